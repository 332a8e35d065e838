"""One partition: atomic part and marker, skip when finished, bad items counted, no lost documents."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from mirrorwatch.records import EVENT_SCHEMA, events_from_arrow
from mirrorwatch.scale import worker
from mirrorwatch.scale.partitions import plan
from mirrorwatch.scale.worker import done_path, part_path, run_partition


def _one(tmp_path, lines: list[str]):
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts, _ = plan([f])
    assert len(parts) == 1
    return parts[0]


GOOD = [
    json.dumps({"text": "Russia expelled two diplomats of Poland.", "published": "2025-03-01", "language": "en"}),
    json.dumps({"text": "Frankreich kritisierte Russland scharf.", "published": "2025-03-02", "language": "de"}),
]


def test_part_and_marker_are_written_with_counts(tmp_path):
    p = _one(tmp_path, [*GOOD, "{broken json", json.dumps({"title": "no text"}), GOOD[0]])
    out = tmp_path / "out"
    res = run_partition(p, str(out))
    assert res["skipped"] is False
    assert res["documents"] == 2 and res["duplicates"] == 1 and res["item_failures"] == 2
    names = [f[0] for f in res["failures"]]
    assert all(n.startswith(f"{p.paths[0]}@0:") for n in names)  # file, range and line named
    table = pq.read_table(part_path(out, p.partition_id))
    assert table.schema.equals(EVENT_SCHEMA)
    assert res["events"] == table.num_rows >= 2
    events = events_from_arrow(table)
    assert {(e.source.country, e.plover, e.target.country) for e in events} >= {("RUS", "SANCTION", "POL"),
                                                                                 ("FRA", "ACCUSE", "RUS")}
    marker = json.loads(done_path(out, p.partition_id).read_text(encoding="utf-8"))
    assert marker["events"] == res["events"] and marker["partition"]["start"] == 0
    assert not list(out.glob("*.tmp-*")) and not list((out / "_done").glob("*.tmp-*"))


def test_finished_partition_is_not_coded_again(tmp_path, monkeypatch):
    p = _one(tmp_path, GOOD)
    out = tmp_path / "out"
    first = run_partition(p, str(out))
    monkeypatch.setattr(worker, "_code", lambda *a: (_ for _ in ()).throw(AssertionError("coded twice")))
    again = run_partition(p, str(out))
    assert again["skipped"] is True and again["events"] == first["events"]
    # a marker without its part does not count as finished
    part_path(out, p.partition_id).unlink()
    monkeypatch.undo()
    assert run_partition(p, str(out))["skipped"] is False


def test_one_document_that_breaks_the_coder_loses_only_itself(tmp_path, monkeypatch):
    from mirrorwatch import coding

    p = _one(tmp_path, [*GOOD, json.dumps({"text": "Poison pill: Japan condemned China.", "language": "en"})])
    real = coding.code_batch

    def fragile(table, errors=None):
        if any("Poison" in t for t in table.column("text").to_pylist()):
            raise KeyError("a bug the coder did not expect")
        return real(table, errors=errors)

    monkeypatch.setattr(coding, "code_batch", fragile)
    res = run_partition(p, str(tmp_path / "out"))
    assert res["documents"] == 3 and res["item_failures"] == 1
    assert "KeyError" in res["failures"][0][1]
    got = pq.read_table(part_path(tmp_path / "out", p.partition_id))
    monkeypatch.undo()
    run_partition(p, str(tmp_path / "out2"))
    clean = pq.read_table(part_path(tmp_path / "out2", p.partition_id))
    poison = {e.doc_id for e in events_from_arrow(clean) if "Poison" in (e.sentence or "")}
    assert len(poison) == 1
    # the document-by-document fallback gives exactly the batch output minus the broken document
    assert [r for r in clean.to_pylist() if r["doc_id"] not in poison] == got.to_pylist()


def test_documents_without_language_pack_are_counted_not_failed(tmp_path):
    p = _one(tmp_path, [GOOD[0], json.dumps({"text": "La France a condamné la Russie hier soir.", "language": "fr"})])
    res = run_partition(p, str(tmp_path / "out"))
    assert res["other_languages"] == {"fr": 1} and res["item_failures"] == 0 and res["documents"] == 1


def test_lexicon_mismatch_is_refused(tmp_path):
    import pytest

    from mirrorwatch.errors import MirrorwatchError

    p = _one(tmp_path, GOOD)
    with pytest.raises(MirrorwatchError, match="language packs"):
        run_partition(p, str(tmp_path / "out"), {"lexicon_version": "not-this-one"})
    assert not part_path(tmp_path / "out", p.partition_id).exists()


def test_warc_file_is_one_partition_read_by_the_ingest_reader(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from mirrorwatch.scale.corpus import code_corpus

    path = tmp_path / "crawl.warc.gz"
    bodies = ["Russia expelled two diplomats of Poland on Monday after a long dispute over the embassy.",
              "France condemned Iran over the missile test and called the ambassador to the ministry.",
              "Germany signed a trade agreement with Japan in Berlin after months of talks on tariffs."]
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for i, body in enumerate(bodies):
            html = f"<html><head><title>Story {i}</title></head><body><article><p>{body}</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = w.create_warc_record(f"https://news.example/{i}", "response",
                                       payload=BytesIO(html.encode("utf-8")), http_headers=headers)
            w.write_record(rec)
    parts, _ = plan([tmp_path])
    assert [(p.kind, p.paths) for p in parts] == [("files", (str(path),))]
    s = code_corpus([tmp_path], tmp_path / "out")
    assert s["status"] == "ok" and s["documents"] == 3 and s["events"] >= 3
