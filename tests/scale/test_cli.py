"""The ``code-corpus`` and ``attach`` commands: kill -9 and resume, attach seen by status and
analysis, clear errors."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from mirrorwatch import api
from mirrorwatch.cli import app

from .gen import write_jsonl, write_parquet

MW = [sys.executable, "-c", "from mirrorwatch.cli import main; main()"]
runner = CliRunner()


def _hashes(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("part-*.parquet"))}


def test_rerun_after_kill_9_completes_without_duplicates(tmp_path):
    src = write_parquet(tmp_path / "docs.parquet", 900, seed=7, row_group_size=90)
    out = tmp_path / "out"
    cmd = [*MW, "code-corpus", str(src), "--out", str(out), "--partition-size", "30"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list((out / "_done").glob("*.json"))) >= 3 if (out / "_done").is_dir() else False:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list((out / "_done").glob("*.json")))
    assert 3 <= done_before < 30
    again = subprocess.run([*cmd, "--json"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["skipped"] >= done_before and summary["coded"] == 30 - summary["skipped"]
    assert not list(out.glob("*.tmp-*"))
    # the same as an uninterrupted run, and no event twice
    clean = api.code_corpus([src], tmp_path / "clean", partition_size=30)
    assert _hashes(out) == _hashes(tmp_path / "clean") and len(_hashes(out)) == 30
    ids = pq.read_table(out, columns=["event_id"]).column("event_id").to_pylist()
    assert len(ids) == len(set(ids)) == clean["events"]


def test_attach_makes_status_and_analysis_see_the_parquet_events(tmp_path):
    src = write_jsonl(tmp_path / "wire.jsonl", 300, seed=8)
    out = tmp_path / "events"
    res = runner.invoke(app, ["code-corpus", str(src), "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    n_events = json.loads(res.stdout)["events"]
    db = tmp_path / "s.duckdb"
    assert runner.invoke(app, ["attach", str(out), "--db", str(db)]).exit_code == 0
    status = runner.invoke(app, ["status", "--db", str(db), "--json"])
    info = json.loads(status.stdout)
    assert info["events"] == n_events > 0
    assert info["attached_event_dirs"] == [str(out.resolve())]
    overview = api.dyads_overview(api.open_store(db), min_events=1)
    assert len(overview) > 0 and int(overview.filter(like="events").iloc[:, 0].sum()) > 0
    listed = runner.invoke(app, ["attach", "--list", "--db", str(db), "--json"])
    assert json.loads(listed.stdout)["events_dirs"] == [str(out.resolve())]
    assert runner.invoke(app, ["attach", str(out), "--detach", "--db", str(db)]).exit_code == 0
    assert json.loads(runner.invoke(app, ["status", "--db", str(db), "--json"]).stdout)["events"] == 0


def test_bad_options_and_inputs_exit_with_a_clear_error(tmp_path):
    src = write_jsonl(tmp_path / "wire.jsonl", 5)
    res = runner.invoke(app, ["code-corpus", str(src), "--out", str(tmp_path / "o"), "--workers", "2",
                              "--dask-local", "2"])
    assert res.exit_code == 1 and "Choose one executor" in res.output
    res = runner.invoke(app, ["attach", str(tmp_path / "nowhere"), "--db", str(tmp_path / "s.duckdb")])
    assert res.exit_code == 1 and "no such directory" in res.output
    res = runner.invoke(app, ["code-corpus", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "missing.jsonl: no such file" in " ".join(res.output.split())


def test_some_bad_lines_exit_3_and_the_rest_is_coded(tmp_path):
    src = write_jsonl(tmp_path / "wire.jsonl", 20)
    with open(src, "a", encoding="utf-8") as f:
        f.write("{not json\n")
    res = runner.invoke(app, ["code-corpus", str(src), "--out", str(tmp_path / "o"), "--json"])
    assert res.exit_code == 3
    s = json.loads(res.stdout)
    assert s["documents"] == 20 and s["item_failures"] == 1 and "invalid JSON" in s["failures"][0][1]


def test_changed_partitioning_is_refused_then_pruned(tmp_path):
    src = write_parquet(tmp_path / "d.parquet", 120, row_group_size=40)
    out = tmp_path / "o"
    first = api.code_corpus([src], out, partition_size=40)
    res = runner.invoke(app, ["code-corpus", str(src), "--out", str(out), "--partition-size", "60"])
    assert res.exit_code == 1 and "--prune" in res.output
    res = runner.invoke(app, ["code-corpus", str(src), "--out", str(out), "--partition-size", "60", "--prune",
                              "--json"])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["pruned"] == 3 and len(_hashes(out)) == 2
    ids = pq.read_table(out, columns=["event_id"]).column("event_id").to_pylist()
    assert len(ids) == len(set(ids)) == first["events"]


def test_missing_dask_names_the_extra_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    src = write_jsonl(tmp_path / "wire.jsonl", 5)
    res = runner.invoke(app, ["code-corpus", str(src), "--out", str(tmp_path / "o"), "--dask-local", "2"])
    assert res.exit_code == 1
    assert "pip install 'mirrorwatch[dask]'" in " ".join(res.output.split())
