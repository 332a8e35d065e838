"""Same output wherever it runs (in-process, process pool, Dask LocalCluster); crashes and errors
are retried; a partition that keeps failing is reported while the rest completes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mirrorwatch.scale.corpus import code_corpus
from mirrorwatch.scale.worker import FAULT_ENV

from ..conftest import EXAMPLES
from .gen import write_jsonl, write_parquet, write_text_folder

pytest.importorskip("distributed")


def _hashes(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("part-*.parquet"))}


def _events(out: Path) -> pa.Table:
    t = pa.concat_tables([pq.read_table(p) for p in sorted(out.glob("part-*.parquet"))])
    return t.sort_by([("doc_id", "ascending"), ("event_id", "ascending")])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    write_jsonl(root / "wire.jsonl", 500, seed=3)
    write_text_folder(root / "txt", 30, seed=4)
    write_parquet(root / "docs.parquet", 200, seed=5, row_group_size=70)
    return root


@pytest.fixture(scope="module")
def three_runs(corpus, tmp_path_factory):
    outs = {}
    for name, kw in (("inproc", {}), ("pool", {"workers": 2}), ("dask", {"dask_local": 2})):
        out = tmp_path_factory.mktemp(name)
        outs[name] = (out, code_corpus([corpus], out, partition_size=100, **kw))
    return outs


def test_every_executor_writes_byte_identical_parts(three_runs):
    (a, sa), (b, sb), (c, sc) = three_runs["inproc"], three_runs["pool"], three_runs["dask"]
    assert sa["status"] == sb["status"] == sc["status"] == "ok"
    assert sa["executor"] == "in-process" and "pool" in sb["executor"] and "LocalCluster" in sc["executor"]
    ha = _hashes(a)
    assert len(ha) == sa["partitions"] > 5
    assert ha == _hashes(b) == _hashes(c)
    assert sa["documents"] == sb["documents"] == sc["documents"] == 730
    assert sa["events"] == sc["events"] == _events(a).num_rows > 600


def test_the_work_was_really_spread_over_workers(three_runs):
    assert len(three_runs["pool"][1]["workers"]) == 2
    assert len(three_runs["dask"][1]["workers"]) == 2
    for w in three_runs["dask"][1]["workers"].values():
        assert w["peak_rss_mb"] > 10 and w["partitions"] >= 1


def test_no_duplicate_events_and_all_documents_coded(three_runs, corpus):
    t = _events(three_runs["dask"][0])
    ids = t.column("event_id").to_pylist()
    assert len(ids) == len(set(ids))
    docs = set(t.column("doc_id").to_pylist())
    assert len(docs) > 600  # nearly every generated article has an event


def test_examples_identical_in_process_and_on_dask(tmp_path):
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ not present")
    a = code_corpus([EXAMPLES], tmp_path / "a", partition_size=4)
    b = code_corpus([EXAMPLES], tmp_path / "b", partition_size=4, dask_local=2)
    assert a["partitions"] == b["partitions"] >= 2
    assert a["events"] == b["events"] > 0
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "b")
    # the hostile examples are reported as item failures, the same on both
    assert a["item_failures"] == b["item_failures"]


def _fault(monkeypatch, tmp_path, action: str, match: str, times: int = 1) -> None:
    spec = {"action": action, "match": match, "times": times, "state": str(tmp_path / "faults")}
    monkeypatch.setenv(FAULT_ENV, json.dumps(spec))


def test_a_worker_killed_mid_run_still_gives_the_complete_result(corpus, three_runs, tmp_path, monkeypatch):
    _fault(monkeypatch, tmp_path, "exit", "wire.jsonl [bytes 0:")
    out = tmp_path / "out"
    s = code_corpus([corpus], out, partition_size=100, workers=2)
    assert s["status"] == "ok" and s["failed"] == []
    assert len(list((tmp_path / "faults").iterdir())) == 1  # the crash really happened
    assert _hashes(out) == _hashes(three_runs["inproc"][0])


def test_a_dask_worker_killed_mid_run_still_gives_the_complete_result(corpus, three_runs, tmp_path, monkeypatch):
    _fault(monkeypatch, tmp_path, "exit", "docs.parquet [rows 0:")
    out = tmp_path / "out"
    s = code_corpus([corpus], out, partition_size=100, dask_local=2)
    assert s["status"] == "ok" and s["failed"] == []
    assert len(list((tmp_path / "faults").iterdir())) == 1
    assert _hashes(out) == _hashes(three_runs["inproc"][0])


def test_errors_are_retried_then_reported_and_a_rerun_completes(corpus, three_runs, tmp_path, monkeypatch):
    _fault(monkeypatch, tmp_path, "raise", "docs.parquet [rows 100:", times=3)
    out = tmp_path / "out"
    s = code_corpus([corpus], out, partition_size=100, attempts=2)
    assert s["status"] == "partial"
    assert len(s["failed"]) == 1 and s["failed"][0]["attempts"] == 2
    assert "injected fault" in s["failed"][0]["error"]
    assert s["coded"] == s["partitions"] - 1
    again = code_corpus([corpus], out, partition_size=100)  # third fault, then success
    assert again["status"] == "ok" and again["coded"] == 1 and again["skipped"] == s["partitions"] - 1
    assert _hashes(out) == _hashes(three_runs["inproc"][0])


def test_a_partition_that_always_kills_its_worker_is_reported(corpus, tmp_path, monkeypatch):
    _fault(monkeypatch, tmp_path, "exit", "docs.parquet [rows 0:", times=10)
    s = code_corpus([corpus / "docs.parquet"], tmp_path / "out", partition_size=100, workers=2, attempts=2)
    assert s["status"] == "partial" and s["coded"] == 1
    assert [f["label"].split(" [")[1] for f in s["failed"]] == ["rows 0:100]"]
    assert "worker process died" in s["failed"][0]["error"]
