"""`synoptic batch` through a real subprocess on one Dask worker: stories found, files written, index, resume,
and a broken report reported without stopping the run. Skipped when Dask cannot start a local cluster here."""
import csv
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from conftest import SAMPLES, SHARED

pytest.importorskip("distributed")

BRIDGE = [
    ("pont-1.txt", "Le pont de Valmont-sur-Lys s'effondre, deux blessés",
     "Le vieux pont de Valmont-sur-Lys s'est effondré mardi matin dans la rivière. Deux automobilistes ont été "
     "blessés légèrement, selon les pompiers. Le maire, Hélène Durand, a demandé une enquête sur l'entretien de "
     "l'ouvrage construit en 1932. La circulation est déviée par la route départementale."),
    ("pont-2.txt", "Effondrement du pont de Valmont-sur-Lys",
     "Mardi matin, le pont de Valmont-sur-Lys a cédé et s'est écroulé dans la rivière. Les pompiers ont secouru "
     "deux conducteurs, blessés sans gravité. Hélène Durand, maire de la commune, réclame une enquête. "
     "Des riverains signalaient des fissures depuis des mois."),
    ("pont-3.txt", "Valmont-sur-Lys : le pont s'écroule, la maire Hélène Durand veut une enquête",
     "Le pont de 1932 qui enjambe la rivière à Valmont-sur-Lys s'est effondré mardi. Deux personnes ont été "
     "légèrement blessées. La maire Hélène Durand exige une enquête sur l'entretien du pont. Une déviation a été "
     "mise en place."),
]
MUSEUM = [
    ("musee-1.txt", "Vol de trois tableaux au musée de Kerbrat",
     "Trois tableaux du peintre Anton Kessler ont été volés dans la nuit de samedi au musée de Kerbrat. Les "
     "voleurs sont entrés par une fenêtre du premier étage. Le conservateur, Marc Le Gall, estime leur valeur à "
     "deux millions d'euros. La gendarmerie a ouvert une enquête."),
    ("musee-2.txt", "Musée de Kerbrat : des toiles de Kessler dérobées",
     "Le musée de Kerbrat a été cambriolé dans la nuit de samedi à dimanche. Trois toiles d'Anton Kessler ont "
     "disparu. Selon Marc Le Gall, conservateur du musée, elles valent deux millions d'euros. Les cambrioleurs "
     "ont forcé une fenêtre."),
    ("musee-3.txt", "Kerbrat : trois Kessler volés, les gendarmes enquêtent",
     "Des cambrioleurs ont emporté trois tableaux d'Anton Kessler au musée de Kerbrat, samedi soir. Ils sont "
     "passés par une fenêtre. Le conservateur Marc Le Gall évalue le préjudice à deux millions d'euros."),
]


def _batch(*args):
    return subprocess.run([sys.executable, "-m", "desktop", "batch", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for name, title, body in BRIDGE + MUSEUM:
        sub = folder / ("pont" if name.startswith("pont") else "musee")
        sub.mkdir(exist_ok=True)
        (sub / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 40)
    out = tmp_path_factory.mktemp("out")
    first = _batch(folder, "-o", out, "--workers", "1")
    if first.returncode != 0 and "Dask" in first.stderr:
        pytest.skip(f"Dask cannot start here: {first.stderr.strip()}")
    return folder, out, first


def _stories_csv(out):
    with open(out / "stories.csv", encoding="utf-8", newline="") as fh:
        return {row["file"]: row["story"] for row in csv.DictReader(fh)}


def test_stories_are_found_and_every_file_has_a_row(batch_run):
    folder, out, res = batch_run
    assert res.returncode == 0, res.stderr
    rows = _stories_csv(out)
    assert len(rows) == 9 and rows["broken.txt"] == ""
    bridge = {rows[f"pont/{n}"] for n, _, _ in BRIDGE}
    museum = {rows[f"musee/{n}"] for n, _, _ in MUSEUM}
    samples = {rows[p.name] for p in SAMPLES.glob("*.txt")}
    assert len(bridge) == len(museum) == len(samples) == 1
    assert len(bridge | museum | samples) == 3 and "" not in bridge | museum | samples


def test_a_broken_report_is_reported_without_stopping_the_run(batch_run):
    _, out, res = batch_run
    assert "3 stories: 3 compared" in res.stdout
    [line] = res.stderr.strip().splitlines()
    assert line.startswith("synoptic: broken.txt: ") and "left out" in line
    with sqlite3.connect(out / "index.sqlite") as db:
        error = db.execute("SELECT error FROM reports WHERE file = 'broken.txt'").fetchone()[0]
    assert error and "\n" not in error


def test_each_story_has_a_contract_json_and_html(batch_run):
    _, out, _ = batch_run
    for story in set(_stories_csv(out).values()) - {""}:
        check = subprocess.run([sys.executable, str(SHARED / "contract" / "check.py"), str(out / f"{story}.json")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
        assert "<html" in (out / f"{story}.html").read_text(encoding="utf-8")
        assert json.loads((out / f"{story}.json").read_text(encoding="utf-8"))["format"] == "synoptic/comparison@1"


def test_the_index_lists_stories_with_their_figures(batch_run):
    _, out, _ = batch_run
    with sqlite3.connect(out / "index.sqlite") as db:
        db.row_factory = sqlite3.Row
        stories = [dict(r) for r in db.execute("SELECT * FROM stories")]
    assert len(stories) == 3 and {s["status"] for s in stories} == {"done"}
    for s in stories:
        assert s["n_sources"] in (2, 3) and len(json.loads(s["sources"])) == s["n_sources"]
        assert s["claims_all"] >= 1 and s["claims_one"] >= 0 and s["conflicts"] >= 0
        assert s["anonymous_only"] is not None and 0 <= s["anonymous_only"] <= s["claims_all"] + s["claims_some"]
    html = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{s["name"]}.html"' in html for s in stories) and "broken.txt" in html


def test_a_second_run_redoes_nothing(batch_run):
    folder, out, _ = batch_run
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    again = _batch(folder, "-o", out, "--workers", "1")
    assert again.returncode == 0, again.stderr
    assert "3 stories: 0 compared, 3 already done" in again.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")} == before


def test_usage_errors(tmp_path):
    res = _batch(tmp_path / "nowhere", "-o", tmp_path / "out")
    assert res.returncode == 1 and res.stderr.startswith("synoptic: ") and "nowhere" in res.stderr
    res = _batch(tmp_path, "-o", tmp_path / "out", "--workers", "1", "--scheduler", "tcp://127.0.0.1:1")
    assert res.returncode == 2 and res.stdout == ""


def test_a_story_whose_reports_changed_replaces_the_old_one(batch_run, tmp_path):
    folder, out, _ = batch_run
    copy = tmp_path / "reports"
    shutil.copytree(folder, copy)
    (copy / "musee" / "musee-3.txt").unlink()
    old = _stories_csv(out)["musee/musee-1.txt"]
    res = _batch(copy, "-o", out, "--workers", "1")
    assert res.returncode == 0, res.stderr
    assert "3 stories: 1 compared, 2 already done" in res.stdout
    new = _stories_csv(out)["musee/musee-1.txt"]
    assert new != old and (out / f"{new}.json").is_file() and not (out / f"{old}.json").exists()
    with sqlite3.connect(out / "index.sqlite") as db:
        assert db.execute("SELECT count(*) FROM stories").fetchone()[0] == 3


def test_the_same_run_on_a_given_scheduler(tmp_path):
    from distributed import LocalCluster

    from desktop.batch.run import BatchConfig, run_batch

    folder = tmp_path / "in"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    (folder / "empty.txt").write_text("")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1",
                      dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster:
        report = run_batch(BatchConfig(str(folder), str(tmp_path / "out"), scheduler=cluster.scheduler_address))
        assert cluster.status.name == "running"  # the user's cluster is left running
    assert report.compared == 1 and report.failed_reports == [("empty.txt", "empty file")]
    assert len(list((tmp_path / "out").glob("*.json"))) == 1


def test_an_output_folder_inside_the_reports_folder_is_not_read_back_as_reports(batch_run, tmp_path):
    """Found by a review: a nightly run writing into reports/out read the last run's story pages as reports, which
    added a source repeating every other to each story, and compared everything again."""
    folder, _, _ = batch_run
    inside = tmp_path / "reports"
    shutil.copytree(folder, inside)
    first = _batch(inside, "-o", inside / "out", "--workers", "1")
    again = _batch(inside, "-o", inside / "out", "--workers", "1")
    assert first.returncode == 0 and again.returncode == 0, (first.stderr, again.stderr)
    assert "3 stories: 0 compared, 3 already done" in again.stdout
    assert not any(name.startswith("out/") for name in _stories_csv(inside / "out"))


def test_the_reports_folder_is_no_output_folder(batch_run, tmp_path):
    folder, _, _ = batch_run
    inside = tmp_path / "reports"
    shutil.copytree(folder, inside)
    res = _batch(inside, "-o", inside, "--workers", "1")
    assert res.returncode == 1 and "is the reports folder; write the stories to another folder" in res.stderr
    assert not (inside / "stories.csv").exists()


def test_a_batch_that_could_read_no_report_fails(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "scan.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "blank.txt").write_text("   \n\n", encoding="utf-8")
    res = _batch(folder, "-o", tmp_path / "out", "--workers", "1")
    if "Dask" in res.stderr:
        pytest.skip(f"Dask cannot start here: {res.stderr.strip()}")
    assert res.returncode == 1, (res.stdout, res.stderr)
    assert "0 compared" in res.stdout and "2 reports could not be read" in res.stdout
    assert sorted(line.split(":")[1].strip() for line in res.stderr.strip().splitlines()) == ["blank.txt", "scan.txt"]


def test_ctrl_c_stops_the_run_in_one_line(tmp_path):
    """Ctrl-C in a terminal reaches every process of the group, Dask's workers too: they ignore it (each printed a
    traceback), and the run stops with its one line."""
    import os
    import signal
    import time

    folder, out = tmp_path / "reports", tmp_path / "out"
    for k in range(4):  # one story of eight reports
        (folder / f"desk{k}").mkdir(parents=True)
        for sample in sorted(SAMPLES.glob("*.txt")):
            text = sample.read_text(encoding="utf-8")
            (folder / f"desk{k}" / sample.name).write_text(f"{text}\nÉdition {k}.\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "batch", str(folder), "-o", str(out), "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline, worker = time.monotonic() + 60, None
    while worker is None and proc.poll() is None and time.monotonic() < deadline:
        worker = _worker_of(proc.pid)
        time.sleep(0.05)
    if worker is None:
        proc.communicate(timeout=60)
        pytest.skip("no Dask worker process seen (Dask cannot start here, or the run was over)")
    time.sleep(0.5)
    ignored = int(next(line for line in worker.read_text().splitlines() if line.startswith("SigIgn:")).split()[1], 16)
    os.killpg(proc.pid, signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert ignored & (1 << (signal.SIGINT - 1)), "the worker would be stopped by Ctrl-C itself"
    assert proc.returncode in (0, 130), stderr
    assert "Traceback" not in stderr
    if proc.returncode == 130:
        assert stderr.strip() == "synoptic: interrupted; run the same command again to resume"


def _worker_of(pid: int):
    """The status file of a Dask worker process (a child running multiprocessing's spawn) under ``pid``, or None."""
    from pathlib import Path

    for proc in Path("/proc").glob("[0-9]*"):
        try:
            parent = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if parent == pid and b"spawn_main" in (proc / "cmdline").read_bytes():
                return proc / "status"
        except (OSError, IndexError, ValueError):
            continue
    return None
