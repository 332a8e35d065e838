"""Planning partitions: deterministic ids, exact JSON Lines ranges, stable groups, refused inputs."""

from __future__ import annotations

import itertools

import pyarrow as pa
import pyarrow.parquet as pq

from mirrorwatch.scale.partitions import Partition, _group_files, plan

from .gen import write_jsonl, write_parquet, write_text_folder


def test_jsonl_ranges_cover_the_file_at_line_starts(tmp_path):
    f = write_jsonl(tmp_path / "a.jsonl", 1500)
    parts, failures = plan([f], partition_size=100)
    assert failures == []
    assert len(parts) > 3 and all(p.kind == "jsonl" for p in parts)
    data = f.read_bytes()
    assert parts[0].start == 0 and parts[-1].stop == len(data)
    for a, b in itertools.pairwise(parts):
        assert a.stop == b.start  # contiguous, no byte read twice or skipped
        assert data[b.start - 1:b.start] == b"\n"  # every range starts at a line start
    lines = sum(data[p.start:p.stop].count(b"\n") for p in parts)
    assert lines == 1500


def test_ids_are_deterministic_and_distinct(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", 800)
    write_text_folder(tmp_path / "txt", 30)
    write_parquet(tmp_path / "d.parquet", 250, row_group_size=70)
    first, _ = plan([tmp_path], partition_size=50)
    again, _ = plan([str(tmp_path)], partition_size=50)
    assert [p.partition_id for p in first] == [p.partition_id for p in again]
    assert len({p.partition_id for p in first}) == len(first)
    kinds = {p.kind for p in first}
    assert kinds == {"jsonl", "parquet", "files"}
    rows = [(p.start, p.stop) for p in first if p.kind == "parquet"]
    assert rows == [(0, 50), (50, 100), (100, 150), (150, 200), (200, 250)]
    files = [f for p in first if p.kind == "files" for f in p.paths]
    assert len(files) == len(set(files)) == 30


def test_adding_a_file_changes_only_its_own_group():
    paths = [f"/corpus/{i:05d}.txt" for i in range(0, 2000, 2)]
    before = _group_files(paths, 20)
    after = _group_files(sorted([*paths, "/corpus/00999.txt"]), 20)
    lost = set(before) - set(after)
    # the group that got the file (and, when it hit the size cap, the one after it) - not the rest
    assert 1 <= len(lost) <= 2 and len(before) > 25
    assert any("/corpus/00999.txt" in g for g in set(after) - set(before))
    assert sum(map(len, before)) == 1000


def test_refused_inputs_are_named_and_the_rest_planned(tmp_path):
    write_jsonl(tmp_path / "ok.jsonl", 10)
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    pq.write_table(pa.table({"headline": ["x"]}), tmp_path / "notext.parquet")
    parts, failures = plan([tmp_path / "ok.jsonl", tmp_path / "missing", "https://example.org/x", "-",
                            tmp_path / "bad.parquet", tmp_path / "notext.parquet"])
    assert len(parts) == 1
    reasons = dict(failures)
    assert "no such file" in reasons[str(tmp_path / "missing")]
    assert "files only" in reasons["https://example.org/x"] and "files only" in reasons["-"]
    assert "not a readable Parquet" in reasons[str(tmp_path / "bad.parquet")]
    assert "no 'text' column" in reasons[str(tmp_path / "notext.parquet")]


def test_output_folder_inside_the_input_is_not_read(tmp_path):
    write_text_folder(tmp_path / "in", 5)
    out = tmp_path / "in" / "events"
    out.mkdir()
    pq.write_table(pa.table({"text": ["a part, not a document"]}), out / "part-x.parquet")
    parts, _ = plan([tmp_path / "in"], exclude=out)
    assert all(not p.paths[0].startswith(str(out)) for p in parts)
    assert sum(len(p.paths) for p in parts) == 5


def test_partition_label_and_dict():
    p = Partition("jsonl", ("/x/a.jsonl",), 0, 100)
    assert p.label == "/x/a.jsonl [bytes 0:100]"
    assert p.to_dict()["paths"] == ["/x/a.jsonl"] and len(p.partition_id) == 16
    assert Partition("jsonl", ("/x/a.jsonl",), 0, 101).partition_id != p.partition_id
