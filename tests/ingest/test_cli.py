"""The real ``mirrorwatch ingest`` command: exit codes, output, kill -9 and a concurrent reader."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mirrorwatch import api
from mirrorwatch.cli import app

from .helpers import DATA

MIRRORWATCH = str(Path(sys.executable).parent / "mirrorwatch")
GOOD = "The foreign ministers of the two states met on Monday and agreed to reopen the border crossing."


def run(*args: str):
    return CliRunner().invoke(app, ["ingest", *args])


def test_exit_0_when_everything_is_ingested(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    result = run(str(tmp_path / "a.txt"), "--db", db, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["new"] == 1 and report["failed"] == [] and report["status"] == "ok"
    assert "1 new, 0 duplicates, 0 failed" in result.stderr
    again = run(str(tmp_path / "a.txt"), "--db", db, "--json")
    assert again.exit_code == 0 and json.loads(again.stdout)["duplicates"] == 1


def test_exit_3_with_failed_lines_on_stderr(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.html").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    result = run(str(tmp_path), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 3, result.output
    assert f"FAILED {tmp_path / 'b.html'}: binary content (PNG image), not text" in result.stderr
    assert result.stdout == ""  # without --json nothing goes to stdout


def test_exit_1_when_nothing_could_be_ingested(tmp_path):
    result = run(str(tmp_path / "missing.txt"), "--db", str(tmp_path / "s.duckdb"), "--quiet")
    assert result.exit_code == 1
    assert "FAILED" in result.stderr and "no such file" in result.stderr
    assert "new," not in result.stderr  # --quiet: no summary


def test_options_reach_the_documents(tmp_path):
    db = tmp_path / "s.duckdb"
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "--db", str(db), "--published", "2019-09-09", "--lang", "de")
    assert result.exit_code == 0, result.output
    (row,) = api.open_store(db).query("SELECT published, language FROM documents").to_pylist()
    assert str(row["published"]) == "2019-09-09" and row["language"] == "de"


@pytest.mark.parametrize("args", [["--published", "9.9.2019"], ["--lang", "xx"]])
def test_bad_options_are_usage_errors(tmp_path, args):
    result = run(str(DATA / "harbour.txt"), "--db", str(tmp_path / "s.duckdb"), *args)
    assert result.exit_code == 2


def test_stdin(tmp_path):
    result = CliRunner().invoke(app, ["ingest", "-", "--db", str(tmp_path / "s.duckdb"), "--json"],
                                input=(DATA / "briefs.jsonl").read_text(encoding="utf-8"))
    assert result.exit_code == 3  # the file has bad lines
    report = json.loads(result.stdout)
    assert report["new"] == 3 and {f[0] for f in report["failed"]} == {f"<stdin>:{n}" for n in (3, 4, 5, 6)}


# -- processes ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """3,000 generated articles (distinct texts) in one folder."""
    folder = tmp_path_factory.mktemp("corpus")
    subjects = ["The foreign ministry", "The defence minister", "The prime minister", "The embassy", "Parliament"]
    acts = ["summoned the ambassador of", "announced sanctions against", "signed an accord with",
            "expelled two diplomats of", "offered talks to"]
    for i in range(3000):
        text = " ".join(f"{subjects[(i + j) % 5]} {acts[(i * 7 + j) % 5]} state number {i} on day {j} of the crisis."
                        for j in range(5))
        (folder / f"{i:05}.txt").write_text(f"# published: 2020-01-{1 + i % 28:02}\n{text}\n", encoding="utf-8")
    return folder


def _ids(db: Path) -> list[str]:
    return [r["doc_id"] for r in api.open_store(db, wait=60).query("SELECT doc_id FROM documents ORDER BY 1").to_pylist()]


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return int(api.open_store(db, wait=60).query("SELECT count(*) AS n FROM documents").to_pylist()[0]["n"])
    except api.MirrorwatchError:
        return 0


@pytest.mark.slow
def test_kill_9_then_rerun_equals_an_uninterrupted_run(tmp_path, corpus):
    killed = tmp_path / "killed.duckdb"
    cmd = [MIRRORWATCH, "ingest", str(corpus), "--quiet", "--db"]
    proc = subprocess.Popen([*cmd, str(killed)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _count(killed) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        alive = proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert alive, "the ingest finished before it could be killed; make the corpus larger"
    assert 0 < _count(killed) < 3000
    rerun = subprocess.run([*cmd, str(killed)], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    clean = tmp_path / "clean.duckdb"
    subprocess.run([*cmd, str(clean)], check=True, capture_output=True)
    assert len(_ids(clean)) == 3000
    assert _ids(killed) == _ids(clean)


@pytest.mark.slow
def test_status_reads_while_ingest_writes(tmp_path, corpus):
    db = tmp_path / "busy.duckdb"
    proc = subprocess.Popen([MIRRORWATCH, "ingest", str(corpus), "--quiet", "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = []
    try:
        while proc.poll() is None:
            st = subprocess.run([MIRRORWATCH, "status", "--json", "--db", str(db)], capture_output=True, text=True,
                                timeout=120)
            assert st.returncode == 0, st.stderr
            seen.append((json.loads(st.stdout).get("documents", 0), proc.poll() is None))
    finally:
        proc.wait()
    assert proc.returncode == 0, proc.stderr.read()
    assert any(during for _, during in seen), "no status call overlapped the ingest"
    counts = [n for n, _ in seen]
    assert counts == sorted(counts)  # readers see committed batches only, never a rollback
    assert _count(db) == 3000
