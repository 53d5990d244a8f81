"""`synoptic compare` through a real subprocess: outputs, and one-line errors with the right exit codes."""
import json
import os
import subprocess
import sys

import pytest

from conftest import SHARED


def run(*args, cwd=None):
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture(scope="module")
def json_run(seed_paths):
    return run("compare", *seed_paths, "--json")


def test_json_output_passes_the_contract_check(json_run, tmp_path):
    assert json_run.returncode == 0, json_run.stderr
    out = tmp_path / "c.json"
    out.write_text(json_run.stdout, encoding="utf-8")
    check = subprocess.run([sys.executable, str(SHARED / "contract" / "check.py"), str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert json.loads(json_run.stdout)["format"] == "synoptic/comparison@1"


def test_markdown_is_the_default_and_names_single_sourced_details(seed_paths):
    res = run("compare", *seed_paths)
    assert res.returncode == 0, res.stderr
    assert "repas prêts à manger" in res.stdout and "Financial Times" in res.stdout


def test_output_file_and_html(seed_paths, tmp_path):
    out = tmp_path / "report.html"
    res = run("compare", *seed_paths, "--html", "-o", out)
    assert res.returncode == 0 and res.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert "<html" in html.lower() and "pas de limites" in html
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # readable as any file the user makes (a shared folder)


def test_same_file_twice_groups_everything(seed_paths):
    res = run("compare", seed_paths[1], seed_paths[1], "--json")
    data = json.loads(res.stdout)
    assert len(data["groups"]) == len(data["sources"][0]["sentences"])


def _one_line_error(res, code):
    assert res.returncode == code, (res.returncode, res.stderr)
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("synoptic: ") and "Traceback" not in res.stderr
    return lines[0]


def test_missing_file_is_an_input_error(seed_paths, tmp_path):
    line = _one_line_error(run("compare", seed_paths[0], tmp_path / "nope.txt"), 1)
    assert "nope.txt" in line and "no such file" in line


def test_directory_empty_and_binary_files(seed_paths, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    for bad in (tmp_path, empty, binary):
        _one_line_error(run("compare", seed_paths[0], bad), 1)


def test_usage_errors_exit_2(seed_paths):
    _one_line_error(run("compare", seed_paths[0]), 2)
    _one_line_error(run("compare", *seed_paths, "--bogus"), 2)
    _one_line_error(run("compare", *seed_paths, "--threshold", "7"), 2)


def test_size_limit_names_the_flag(seed_paths):
    line = _one_line_error(run("compare", *seed_paths, "--max-chars", "100"), 1)
    assert "--max-chars" in line


def test_an_unusable_embedding_cache_only_costs_time(seed_paths, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    env = dict(os.environ, SYNOPTIC_CACHE_DIR=str(blocker / "cache"))
    res = subprocess.run([sys.executable, "-m", "desktop", "compare", *map(str, seed_paths), "--json"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0 and json.loads(res.stdout)["groups"]
    assert res.stderr.startswith("synoptic: warning: embedding cache unavailable")


@pytest.mark.parametrize("flag", ["-o", "--save"])
def test_an_output_that_cannot_be_written_is_refused_before_comparing(seed_paths, tmp_path, monkeypatch, capsys, flag):
    from desktop import cli
    from desktop.engine import pipeline

    monkeypatch.setattr(pipeline, "compare", lambda *a, **k: pytest.fail("compared before checking the output"))
    target = tmp_path / "no such folder" / "report.md"
    assert cli.main(["compare", str(seed_paths[0]), str(seed_paths[1]), flag, str(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "its folder does not exist" in err and "report.md" in err
