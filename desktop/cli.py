"""Command line: `synoptic compare A B [...]`, `synoptic export S.synoptic`, `synoptic batch FOLDER -o OUT`, and
`synoptic [FILE ...]` for the app.

Errors are one line on stderr (`synoptic: <file>: <what is wrong>`), nothing on stdout; exit 2 for usage, 1 for input,
70 for an internal error (its traceback only with SYNOPTIC_DEBUG=1).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from .engine.model import SynopticError

EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 70


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"must be a number between 0 and 1, not {text!r}")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {text!r}")
    return value


def _window_size(text: str) -> tuple[int, int]:
    """"1280x800" (or "1280×800") → (1280, 800)."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        width, height = (int(p) for p in parts)
    except ValueError:
        width = height = 0
    if not (320 <= width <= 10_000 and 240 <= height <= 10_000):
        raise argparse.ArgumentTypeError(f"must be WIDTHxHEIGHT in pixels, such as 1280x800, not {text!r}")
    return width, height


_REPORT_FILES = "a report: .txt, .md, a saved web page (.html), .docx, .pdf or .rtf"
_EXITS = "exit status: 0 done, 1 a file could not be used (one line on standard error), 2 bad usage"


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=28)


def _command(sub, name: str, summary: str, description: str, examples: list[tuple[str, str]], exits: str):
    """A subcommand whose help ends on its examples (command, what it gives) and its exit statuses."""
    width = max(len(command) for command, _ in examples) + 3
    epilog = "examples:\n" + "".join(f"  {command:<{width}}{what}\n" for command, what in examples) + exits
    return sub.add_parser(name, help=summary, description=description, epilog=epilog, formatter_class=_formatter)


def _compare_parser(sub) -> None:
    p = _command(sub, "compare", "compare two or more reports and print the result",
                 "Align the sentences the reports share and mark what only one of them says.", [
                     ("synoptic compare afp.txt reuters.html", "a Markdown report on standard output"),
                     ("synoptic compare a.txt b.pdf --html -o report.html", "a report to open in a browser"),
                     ("synoptic compare a.txt b.pdf --docx -o report.docx", "a report to edit in Word"),
                     ("synoptic compare a.txt b.docx --json", "the JSON contract, for scripts"),
                     ("synoptic compare a.txt b.txt --save case.synoptic", "also a session to review in the app")],
                 _EXITS)
    p.add_argument("files", nargs="+", metavar="FILE", help=_REPORT_FILES + " (two or more)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="fmt", action="store_const", const="json", help="the synoptic/comparison@1 JSON contract")
    fmt.add_argument("--markdown", dest="fmt", action="store_const", const="markdown", help="a readable report (default)")
    fmt.add_argument("--html", dest="fmt", action="store_const", const="html", help="a self-contained HTML report")
    fmt.add_argument("--docx", dest="fmt", action="store_const", const="docx", help="a Word report (with -o)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to OUT instead of standard output; its suffix names the format where no flag does "
                        "(.html .md .docx .csv .json)")
    p.add_argument("--threshold", type=_threshold, default=None, metavar="X", help="minimum group score, 0–1 (default 0.5)")
    p.add_argument("--max-chars", type=_positive_int, default=None, metavar="N", help="refuse inputs longer than N characters")
    p.add_argument("--no-semantic", action="store_true", help="lexical matching only (no sentence embeddings)")
    p.add_argument("--save", metavar="S.synoptic", help="also save the comparison as a session file")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the per-user embedding cache")


def _export_parser(sub) -> None:
    p = _command(sub, "export", "export a saved session",
                 "Write a saved session's comparison with the reviewer's verdicts and notes.", [
                     ("synoptic export case.synoptic --html -o case.html", "the report with verdicts and notes"),
                     ("synoptic export case.synoptic --csv -o claims.csv", "one row per sentence, for a spreadsheet")],
                 _EXITS)
    p.add_argument("session", metavar="S.synoptic", help="a session saved by the app or by compare --save")
    fmt = p.add_mutually_exclusive_group(required=True)
    for name in ("json", "markdown", "html", "docx", "csv"):
        fmt.add_argument(f"--{name}", dest="fmt", action="store_const", const=name)
    p.add_argument("-o", "--output", metavar="OUT")


def _batch_parser(sub) -> None:
    p = _command(sub, "batch", "find the stories in a folder of reports and compare each, on Dask",
                 "Group a folder of reports into stories and compare each story's reports. Results land in OUTDIR as "
                 "each story finishes; run the same command again to resume an interrupted run.", [
                     ("synoptic batch reports/ -o out/", "then open out/index.html"),
                     ("synoptic batch list.txt -o out/ --workers 2", "the files a manifest lists, one per line"),
                     ("synoptic batch reports/ -o out/ --stories s.csv", "the stories given by a CSV story,file")],
                 "exit status: 0 done (an unreadable report is listed and left out), 1 nothing could be compared, "
                 "2 bad usage, 130 interrupted")
    p.add_argument("input", metavar="INPUT", help="a folder of reports (searched recursively) or a manifest listing files")
    p.add_argument("-o", "--output", metavar="OUTDIR", required=True, help="folder for stories.csv, the stories and the index")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler to run on (default: a local cluster)")
    p.add_argument("--workers", type=_positive_int, default=None, metavar="N", help="local workers (default: one per core)")
    p.add_argument("--threshold", type=_threshold, default=None, metavar="X", help="minimum group score, 0–1 (default 0.5)")
    p.add_argument("--stories", metavar="MANIFEST", help="a CSV story,file giving the stories instead of finding them")
    p.add_argument("--story-threshold", type=_threshold, default=None, metavar="X",
                   help="how alike reports must be to form a story, 0–1 (default 0.22): higher splits more")
    p.add_argument("--max-chars", type=_positive_int, default=None, metavar="N", help="refuse inputs longer than N characters")


def _open_parser(sub) -> None:
    p = sub.add_parser("open", help="open the desktop app on these files (the default with no subcommand)",
                       description="Open the desktop app: each report in a column, what they share aligned, what "
                                   "only one says marked. With no file, the bundled samples.")
    p.add_argument("files", nargs="*", metavar="FILE", help=_REPORT_FILES + "; or one session (.synoptic) or batch story (.json)")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen at 1400×900, write a PNG and exit")
    p.add_argument("--size", type=_window_size, default=None, metavar="WxH",
                   help="the screenshot's size in pixels, such as 1280x800 (default 1400x900)")
    p.add_argument("--threshold", type=_threshold, default=None, metavar="X", help="minimum group score, 0–1 (default 0.5)")
    p.add_argument("--max-chars", type=_positive_int, default=None, metavar="N", help="refuse inputs longer than N characters")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="synoptic", description="Compare news reports: shared claims and what only one source says.",
                     formatter_class=_formatter,
                     epilog="synoptic FILE FILE … opens the app on the reports; synoptic COMMAND --help for each command.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    _compare_parser(sub)
    _export_parser(sub)
    _batch_parser(sub)
    _open_parser(sub)
    return parser


def _write(text: str | bytes, output: str | None) -> None:  # bytes: a Word report, always with OUT
    """Print, or write OUT atomically (``report_file.write_report``). Reports are UTF-8 whatever the locale; a
    character UTF-8 cannot hold (an undecodable file name) is written as a backslash escape."""
    if output:
        from .export.report_file import write_report

        write_report(text, output)
        return
    data = text.encode("utf-8", errors="backslashreplace")
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        out.write(data)
    sys.stdout.flush()


def _check_writable(output: str | None) -> None:
    """Refuse at once an output that cannot be written: a folder, a missing folder, a folder we may not write in."""
    if not output:
        return
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise SynopticError("is a folder; give a file name to write the report to", path=output)
    if not folder.is_dir():
        raise SynopticError("cannot write: its folder does not exist", path=output)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SynopticError("cannot write: permission denied", path=output)


def _refuse_overwriting(target: str | None, reading: list[str], why: str) -> None:
    """An output that is a file the command reads (a report compared, the session exported) is refused: writing
    it would destroy the input."""
    if not target or not os.path.exists(target):
        return
    for path in reading:
        try:
            same = os.path.samefile(target, path)
        except OSError:
            continue
        if same:
            raise SynopticError(f"is {why}", path=target)


def _check_session_target(path: str) -> None:
    """``--save`` replaces a session only when it holds no review work: a file that is no session, or a session
    with verdicts, notes or corrections, is kept (a reviewer's work is never overwritten by a new run). An empty
    file (made by `touch` or a "save as" dialog beforehand) holds nothing to lose."""
    if not os.path.exists(path) or (os.path.isfile(path) and os.path.getsize(path) == 0):
        return
    from .store.session import Session

    try:
        with Session.open(path, read_only=True) as session:
            work = len(session.annotations()) + len(session.overrides())
    except SynopticError:
        raise SynopticError("exists and is not a Synoptic session; not replaced (save to another file)", path=path)
    if work:
        kinds = "verdict, note or correction" if work == 1 else "verdicts, notes or corrections"
        raise SynopticError(f"holds review work ({work} {kinds}); not replaced (save to another file, or open it in "
                            "the app to compare again)", path=path)


def render(comparison, fmt: str, annotations=(), overrides=()) -> str | bytes:
    from .export.report_file import render as render_report

    return render_report(comparison, fmt, annotations, overrides)


def cmd_compare(args) -> int:
    from .engine.ingest import DEFAULT_MAX_CHARS, read_path
    from .engine.model import Options
    from .engine.pipeline import compare

    if len(args.files) < 2:
        raise _UsageError("compare needs at least two files")
    for target, what in ((args.output, "the report"), (args.save, "the session")):
        _check_writable(target)  # before the comparison, not after it
        _refuse_overwriting(target, args.files, f"one of the reports compared; write {what} to another file")
    if args.output and args.save and os.path.realpath(args.output) == os.path.realpath(args.save):
        raise SynopticError("is the --save session too; give the report and the session two names", path=args.output)
    if args.save:
        _check_session_target(args.save)
    args.fmt = _report_format(args.fmt, args.output)
    limit = args.max_chars or DEFAULT_MAX_CHARS
    sources = [read_path(f, max_chars=limit) for f in args.files]
    options = Options(threshold=Options.threshold if args.threshold is None else args.threshold,
                      semantic=not args.no_semantic, max_chars=limit)
    with _embedding_cache(args) as cache:
        comparison = compare(sources, options, cache=cache)
    if args.save:
        _save_session(comparison, args.save)
    _write(render(comparison, args.fmt), args.output)
    return 0


class _NoCache:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _embedding_cache(args):
    """The per-user embedding cache (``SYNOPTIC_CACHE_DIR`` overrides its folder), unless --no-cache.

    The cache only saves time: when it cannot be opened, say so in one line and compare without it."""
    if args.no_cache or args.no_semantic:
        return _NoCache()
    import sqlite3

    from .engine.embed import MODEL_NAME
    from .store import SqliteEmbeddingCache

    try:
        return SqliteEmbeddingCache.user_cache(MODEL_NAME, os.environ.get("SYNOPTIC_CACHE_DIR") or None)
    except (OSError, SynopticError, sqlite3.Error) as exc:
        print(f"synoptic: warning: embedding cache unavailable ({exc}); comparing without it", file=sys.stderr)
        return _NoCache()


def _report_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one OUT's suffix names ("-o report.docx"), else Markdown; checked before any
    work: a Word report is a file, never printed."""
    if fmt is None and output:
        from .export.report_file import FORMATS, format_for_path

        fmt = getattr(format_for_path(output, None), "name", None)
        if fmt is None and Path(output).suffix:  # "-o report.pdf" had written Markdown into it
            known = ", ".join(f.suffix for f in FORMATS)
            raise _UsageError(f"cannot tell a report's format from '{Path(output).suffix}': name the file {known} "
                              "(or .txt for Markdown), or give the format (--html, --docx …)")
    if fmt == "docx" and not output:
        raise _UsageError("a Word report is a file: give one with -o report.docx")
    return fmt or "markdown"


def _save_session(comparison, path: str) -> None:
    """Write the comparison as a session file, replacing ``path`` atomically."""
    from .store.session import Session

    with Session.create(None) as session:
        session.save_comparison(comparison)
        session.copy_to(path)


def cmd_export(args) -> int:
    from .store.session import Session

    args.fmt = _report_format(args.fmt, args.output)
    _refuse_overwriting(args.output, [args.session], "the session exported; write the report to another file")
    with Session.open(args.session, read_only=True) as session:
        comparison = session.load_comparison()
        if comparison is None:
            raise SynopticError("the session holds no comparison yet", args.session)
        annotations, overrides = session.annotations(), session.overrides()
    _write(render(comparison, args.fmt, annotations, overrides), args.output)
    return 0


def cmd_batch(args) -> int:
    """Compare every story of a folder; failing reports are reported (one line each) and left out."""
    if args.scheduler and args.workers:
        raise _UsageError("--workers sizes the local cluster; it cannot be used with --scheduler")
    try:
        from .batch.run import BatchConfig, describe, failed_entirely, run_batch, warn_failures
    except ImportError as exc:
        raise SynopticError(f"batch needs dask[distributed] ({exc})") from None
    from .engine.ingest import DEFAULT_MAX_CHARS

    config = BatchConfig(args.input, args.output, scheduler=args.scheduler, workers=args.workers,
                         threshold=args.threshold, stories=args.stories, story_threshold=args.story_threshold,
                         max_chars=args.max_chars or DEFAULT_MAX_CHARS)
    previous = signal.signal(signal.SIGTERM, _interrupt)  # stopped by the system: close the workers, keep OUTDIR
    try:
        report = run_batch(config)
    finally:
        signal.signal(signal.SIGTERM, previous)
    warn_failures(report)
    _write(describe(report, args.output), None)
    return EXIT_INPUT if failed_entirely(report) else 0


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _has_display() -> bool:
    """Whether Qt can show a window: always on Windows/macOS; on Linux only with X11, Wayland or a forced platform."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_open(args) -> int:
    if not _has_display():
        if not args.screenshot:
            raise SynopticError("no display to open the app on; use `synoptic compare FILE FILE` for a report")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    from .ui.app import run_app

    files = [story_session(f) if _is_contract(f) else f for f in args.files]
    if args.size and not args.screenshot:
        raise _UsageError("--size sets a screenshot's size; use it with --screenshot")
    return run_app(files, screenshot=args.screenshot, threshold=args.threshold, max_chars=args.max_chars,
                   size=args.size)


def _is_contract(path: str) -> bool:
    """A ``.json`` file holding a synoptic/comparison@1 document (`compare --json`, a batch story)."""
    if not path.lower().endswith(".json") or not os.path.isfile(path):
        return False
    try:
        with open(path, encoding="utf-8") as fh:
            return '"synoptic/comparison@1"' in fh.read(4096)
    except (OSError, UnicodeDecodeError):
        return False


def story_session(path: str) -> str:
    """The session of a comparison saved as JSON: ``<name>.synoptic`` next to it, made from the JSON the first
    time (later openings keep the review work saved in it)."""
    from .export.contract import from_contract

    session = os.path.splitext(path)[0] + ".synoptic"
    if os.path.exists(session):
        return session
    try:
        with open(path, encoding="utf-8") as fh:
            comparison = from_contract(json.load(fh))
    except (ValueError, KeyError, TypeError) as exc:
        raise SynopticError(f"not a readable comparison ({_one_line(exc)})", path) from None
    _save_session(comparison, session)
    return session


def _normalise_argv(argv: list[str]) -> list[str]:
    """`synoptic FILE ...` and `synoptic` alone mean `synoptic open ...`."""
    if not argv or argv[0] not in ("compare", "export", "batch", "open", "-h", "--help"):
        return ["open", *argv]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = _normalise_argv(list(sys.argv[1:] if argv is None else argv))
    try:
        args = build_parser().parse_args(argv)
        handler = {"compare": cmd_compare, "export": cmd_export, "batch": cmd_batch, "open": cmd_open}[args.command]
        return handler(args)
    except _UsageError as exc:
        _say(str(exc))
        return EXIT_USAGE
    except SynopticError as exc:
        _say(str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt:
        resume = "; run the same command again to resume" if args_command(argv) == "batch" else ""
        print(f"synoptic: interrupted{resume}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        name = exc.filename or ""
        _say(f"{name + ': ' if name else ''}{exc.strerror or exc}")
        return EXIT_INPUT
    except MemoryError:
        print("synoptic: out of memory (inputs too large?); try smaller files or --no-semantic", file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:  # a bug: still one line, the traceback only on request
        if os.environ.get("SYNOPTIC_DEBUG"):
            raise
        _say(f"internal error ({type(exc).__name__}: {_one_line(exc)}); run again with SYNOPTIC_DEBUG=1 for details")
        return EXIT_INTERNAL


def args_command(argv: list[str]) -> str:
    return argv[0] if argv else ""


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def _say(message: str) -> None:
    """One line on stderr: a newline or other control character (say, in a file name) is shown escaped."""
    shown = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message)
    print(f"synoptic: {shown}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
