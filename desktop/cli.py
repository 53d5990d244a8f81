"""Command line: `synoptic compare A B [...]`, `synoptic export S.synoptic`, and `synoptic [FILE ...]` for the app.

Errors are one line on stderr (`synoptic: <file>: <what is wrong>`), nothing on stdout; exit 2 for usage, 1 for input.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from .engine.model import SynopticError

EXIT_INPUT, EXIT_USAGE = 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def _threshold(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def _compare_parser(sub) -> None:
    p = sub.add_parser("compare", help="compare two or more reports and print the result")
    p.add_argument("files", nargs="+", metavar="FILE")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="fmt", action="store_const", const="json", help="the synoptic/comparison@1 JSON contract")
    fmt.add_argument("--markdown", dest="fmt", action="store_const", const="markdown", help="a readable report (default)")
    fmt.add_argument("--html", dest="fmt", action="store_const", const="html", help="a self-contained HTML report")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    p.add_argument("--threshold", type=_threshold, default=None, metavar="X", help="minimum group score, 0–1 (default 0.5)")
    p.add_argument("--max-chars", type=_positive_int, default=None, metavar="N", help="refuse inputs longer than N characters")
    p.add_argument("--no-semantic", action="store_true", help="lexical matching only (no sentence embeddings)")
    p.add_argument("--save", metavar="S.synoptic", help="also save the comparison as a session file")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the per-user embedding cache")


def _export_parser(sub) -> None:
    p = sub.add_parser("export", help="export a saved session")
    p.add_argument("session", metavar="S.synoptic")
    fmt = p.add_mutually_exclusive_group(required=True)
    for name in ("json", "markdown", "html", "csv"):
        fmt.add_argument(f"--{name}", dest="fmt", action="store_const", const=name)
    p.add_argument("-o", "--output", metavar="OUT")


def _open_parser(sub) -> None:
    p = sub.add_parser("open", help="open the desktop app on these files (the default with no subcommand)")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen at 1400×900, write a PNG and exit")
    p.add_argument("--threshold", type=_threshold, default=None, metavar="X")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="synoptic", description="Compare news reports: shared claims and what only one source says.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    _compare_parser(sub)
    _export_parser(sub)
    _open_parser(sub)
    return parser


def _write(text: str, output: str | None) -> None:
    """Print, or write OUT atomically (a crash never leaves half a report)."""
    if not output:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    fd, tmp = tempfile.mkstemp(prefix=".synoptic-", dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render(comparison, fmt: str, annotations=(), overrides=()) -> str:
    if fmt == "json":
        from .export.contract import to_contract

        data = to_contract(comparison)
        if annotations or overrides:
            from .export.contract import annotations_dict, overrides_dict

            data["annotations"] = annotations_dict(annotations)
            data["overrides"] = overrides_dict(overrides)
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "html":
        from .export.html import render_html

        return render_html(comparison, annotations, overrides)
    if fmt == "csv":
        from .export.csv_export import render_csv

        return render_csv(comparison, annotations)
    from .export.markdown import render_markdown

    return render_markdown(comparison, annotations, overrides)


def cmd_compare(args) -> int:
    from .engine.ingest import DEFAULT_MAX_CHARS, read_path
    from .engine.model import Options
    from .engine.pipeline import compare

    if len(args.files) < 2:
        raise _UsageError("compare needs at least two files")
    limit = args.max_chars or DEFAULT_MAX_CHARS
    sources = [read_path(f, max_chars=limit) for f in args.files]
    options = Options(threshold=Options.threshold if args.threshold is None else args.threshold,
                      semantic=not args.no_semantic, max_chars=limit)
    with _embedding_cache(args) as cache:
        comparison = compare(sources, options, cache=cache)
    if args.save:
        _save_session(comparison, args.save)
    _write(render(comparison, args.fmt or "markdown"), args.output)
    return 0


class _NoCache:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _embedding_cache(args):
    """The per-user embedding cache (``SYNOPTIC_CACHE_DIR`` overrides its folder), unless --no-cache."""
    if args.no_cache or args.no_semantic:
        return _NoCache()
    from .engine.embed import MODEL_NAME
    from .store import SqliteEmbeddingCache

    return SqliteEmbeddingCache.user_cache(MODEL_NAME, os.environ.get("SYNOPTIC_CACHE_DIR") or None)


def _save_session(comparison, path: str) -> None:
    """Write the comparison as a session file, replacing ``path`` atomically."""
    from .store.session import Session

    with Session.create(None) as session:
        session.save_comparison(comparison)
        session.copy_to(path)


def cmd_export(args) -> int:
    from .store.session import Session

    with Session.open(args.session, read_only=True) as session:
        comparison = session.load_comparison()
        if comparison is None:
            raise SynopticError("the session holds no comparison yet", args.session)
        annotations, overrides = session.annotations(), session.overrides()
    _write(render(comparison, args.fmt, annotations, overrides), args.output)
    return 0


def cmd_open(args) -> int:
    from .ui.app import run_app

    return run_app(args.files, screenshot=args.screenshot, threshold=args.threshold)


def _normalise_argv(argv: list[str]) -> list[str]:
    """`synoptic FILE ...` and `synoptic` alone mean `synoptic open ...`."""
    if not argv or argv[0] not in ("compare", "export", "open", "-h", "--help"):
        return ["open", *argv]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = _normalise_argv(list(sys.argv[1:] if argv is None else argv))
    try:
        args = build_parser().parse_args(argv)
        handler = {"compare": cmd_compare, "export": cmd_export, "open": cmd_open}[args.command]
        return handler(args)
    except _UsageError as exc:
        print(f"synoptic: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SynopticError as exc:
        print(f"synoptic: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("synoptic: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        name = exc.filename or ""
        print(f"synoptic: {name + ': ' if name else ''}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
