"""`compare --save` then `export`: the saved session gives back the same comparison, plus the reviewer's work."""
import csv
import io
import json
import os
import subprocess
import sys

from desktop.engine.model import Anchor, Override
from desktop.store.session import Session


def run(*args):
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=180, env=dict(os.environ))


def test_save_then_export_round_trips_with_annotations(seed_paths, tmp_path):
    session_path = tmp_path / "case.synoptic"
    direct = run("compare", *seed_paths, "--json", "--save", session_path)
    assert direct.returncode == 0, direct.stderr
    assert session_path.exists() and not (tmp_path / "case.synoptic-wal").exists()

    data = json.loads(direct.stdout)
    src = data["sources"][0]
    mre = next(s for s in src["sentences"] if "repas prêts à manger" in src["text"][s["start"]:s["end"]])
    anchor = Anchor(src["content_hash"], mre["start"], mre["end"])
    with Session.open(session_path) as session:
        session.set_annotation(anchor, "needs check", "Ask the Pentagon about the MRE request.")

    exported = run("export", session_path, "--json")
    assert exported.returncode == 0, exported.stderr
    back = json.loads(exported.stdout)
    notes = back.pop("annotations")
    back.pop("overrides")
    assert back == data  # the saved comparison is the direct one
    assert notes[0]["verdict"] == "needs check" and "Pentagon" in notes[0]["note"]

    rows = list(csv.DictReader(io.StringIO(run("export", session_path, "--csv").stdout)))
    assert any(r["verdict"] == "needs check" and "repas prêts à manger" in r["text"] for r in rows)
    html = run("export", session_path, "--html").stdout
    assert "Pentagon" in html and "<script" not in html


def test_save_replaces_an_existing_session_atomically(seed_paths, tmp_path):
    path = tmp_path / "case.synoptic"
    assert run("compare", *seed_paths, "--save", path).returncode == 0
    first = path.read_bytes()
    assert run("compare", seed_paths[1], seed_paths[0], "--save", path).returncode == 0
    assert path.read_bytes() != first
    with Session.open(path, read_only=True) as session:
        assert session.load_comparison().documents[0].source.name == seed_paths[1].name


def test_export_of_a_damaged_session_is_one_line(tmp_path):
    bad = tmp_path / "bad.synoptic"
    bad.write_text("not a database", encoding="utf-8")
    res = run("export", bad, "--markdown")
    assert res.returncode == 1 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("synoptic: ")
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_overrides_from_the_session_are_exported(seed_paths, tmp_path):
    path = tmp_path / "case.synoptic"
    data = json.loads(run("compare", *seed_paths, "--json", "--save", path).stdout)
    a, b = data["sources"]
    sa, sb = a["sentences"][3], b["sentences"][5]
    override = Override("link", Anchor(a["content_hash"], sa["start"], sa["end"]), Anchor(b["content_hash"], sb["start"], sb["end"]))
    with Session.open(path) as session:
        session.add_override(override)
    back = json.loads(run("export", path, "--json").stdout)
    assert back["overrides"][0]["action"] == "link"


def test_no_output_overwrites_a_report_compared_the_session_exported_or_a_reviewers_work(seed_paths, tmp_path):
    """Found by a review: `--save` over a reviewed session wiped its verdicts; `-o` could replace a report compared
    or the session exported. Each is refused in one line, and the file is left as it was."""
    session_path = tmp_path / "case.synoptic"
    assert run("compare", *seed_paths, "--json", "--save", session_path).returncode == 0
    with Session.open(session_path) as session:
        doc = session.load_comparison().documents[0]
        span = doc.sentences[3]
        session.set_annotation(Anchor(doc.source.content_hash, span.start, span.end), "false", "Denied.")
    kept = {p: p.read_bytes() for p in (session_path, *seed_paths)}
    attempts = {
        "holds review work (1 verdict, note or correction); not replaced": ("compare", *seed_paths, "--save",
                                                                                session_path),
        "is one of the reports compared; write the report to another file": ("compare", *seed_paths, "--json",
                                                                             "-o", seed_paths[0]),
        "is the session exported; write the report to another file": ("export", session_path, "--csv", "-o",
                                                                      session_path),
    }
    for message, args in attempts.items():
        res = run(*args)
        assert res.returncode == 1 and message in res.stderr.strip().splitlines()[-1], (args, res.stderr)
    assert all(p.read_bytes() == data for p, data in kept.items())


def test_the_report_and_the_session_need_two_names(seed_paths, tmp_path):
    """Found by the review: `-o X --save X` left only the report in X, the session lost."""
    target = tmp_path / "case.synoptic"
    res = run("compare", *seed_paths, "-o", target, "--save", target)
    assert res.returncode == 1 and "give the report and the session two names" in res.stderr
    assert not target.exists()


def test_save_fills_an_empty_file_and_keeps_a_file_that_is_no_session(seed_paths, tmp_path):
    empty, other = tmp_path / "case.synoptic", tmp_path / "notes.synoptic"
    empty.touch()
    other.write_text("my notes", encoding="utf-8")
    assert run("compare", *seed_paths, "--save", empty).returncode == 0
    with Session.open(empty, read_only=True) as session:
        assert len(session.load_comparison().documents) == 2
    res = run("compare", *seed_paths, "--save", other)
    assert res.returncode == 1 and "is not a Synoptic session; not replaced" in res.stderr
    assert other.read_text(encoding="utf-8") == "my notes"
