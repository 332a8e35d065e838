"""The column-wise import and export paths: same results as the row-by-row definitions.

The exporters build JSON and GDELT lines with Arrow string kernels and the importers map whole
batches; these tests hold them to the record's own row-by-row forms (``Event.to_json``,
``plover_record``) on hostile values, and check the batching of writes (order of repeated ids,
failed writes, several writes per import).
"""

from __future__ import annotations

import io
import json
import math

import pyarrow as pa
import pytest

from mirrorwatch.interop import common, import_events
from mirrorwatch.interop.common import concat_lists, factorize, strip
from mirrorwatch.interop.gdelt import gdelt_lines, write_gdelt
from mirrorwatch.interop.plover import event_json_lines, plover_json_lines, plover_record
from mirrorwatch.records import Actor, Event, Location, events_from_arrow, events_to_arrow

from .helpers import gdelt_row, sample_events, tsv

HOSTILE = 'quote " backslash \\ tab \t newline \n bell \x07 unit \x1f del \x7f line sep \u2028 é 中 🚀 </script>'


def _hostile_events() -> list[Event]:
    return [
        *sample_events(),
        Event(doc_id="d\"3", sentence_index=0, sentence=HOSTILE, span=(3, 9),
              source=Actor("RUS", "DIP", HOSTILE, attributed=True), target=Actor(None, None, "only text"),
              plover="ACCUSE", mode=None, cameo="112", quad_class=3, intensity=float("nan"),
              date="0999-03", date_precision="month", location=Location(None, "Tab\there"),
              confidence=0.8333333, evidence=["verb:en:" + HOSTILE, "flag:x"], language="",
              dataset="gdelt2", dataset_id="٣٤", dataset_goldstein=1e-05, dataset_quad_class=3),
        Event(doc_id=None, sentence_index=None, sentence="", span=None, source=Actor(None, None, ""),
              target=None, plover="AID", mode="", cameo=None, quad_class=None, intensity=None,
              date=None, date_precision=None, confidence=0.0004, evidence=[], dataset="icews",
              dataset_id="x", dataset_goldstein=1e16, dataset_quad_class=None),
        Event(doc_id=None, sentence_index=None, sentence=None, span=None, source=Actor("USA", "GOV", "US"),
              target=Actor("GEO", "MIL", "Georgian army"), plover="ASSAULT", mode="aerial", cameo="195",
              quad_class=4, intensity=-10.0, date="2024", date_precision="year",
              location=Location("GEO", None), evidence=["url:https://a.example/x\ty", "url:https://b.example/"]),
    ]


def _table() -> pa.Table:
    return events_to_arrow(_hostile_events())


def test_event_json_lines_equal_event_to_json():
    table = _table()
    fast = event_json_lines(table).to_pylist()
    slow = [e.to_json() for e in events_from_arrow(table)]
    assert fast == slow


def test_plover_json_lines_equal_plover_record_dumps():
    table = _table()
    fast = plover_json_lines(table, terminator="\n").to_pylist()
    slow = [json.dumps(plover_record(e), ensure_ascii=False) + "\n" for e in events_from_arrow(table)]
    assert fast == slow
    assert math.isnan(json.loads(fast[4])["mirrorwatch"]["intensity"])


def test_json_lines_follow_a_table_sliced_from_a_larger_one():
    table = _table().slice(2, 3)
    assert event_json_lines(table).to_pylist() == [e.to_json() for e in events_from_arrow(table)]


def test_gdelt_lines_clean_texts_and_format_fields():
    table = _table()
    lines = [ln.split("\t") for ln in gdelt_lines(table).to_pylist()]
    assert all(len(f) == 61 for f in lines)
    hostile = lines[4]
    # no tab or line break of a name may shift a column; the rest of the text stays as it was
    assert hostile[6] == HOSTILE.replace("\t", " ").replace("\n", " ")
    assert hostile[1:4] == ["9990301", "99903", "999"]  # Python's strftime: the year is not padded
    assert hostile[0] == "٣٤"  # digits to Python's isdigit, as gdelt_event_id decides
    assert lines[5][0] == str(int(table.column("event_id")[5].as_py()[:15], 16))  # no GDELT event
    assert hostile[30] == "nan" and hostile[51:54] == ["4", "Tab here", ""]
    last = lines[6]
    assert last[60] == "https://a.example/x y"  # the first url, cleaned
    assert last[30] == "-10" and last[26:29] == ["195", "195", "19"]
    assert lines[3][0] == "555"  # a GDELT event keeps its GLOBALEVENTID


def test_write_gdelt_accepts_text_and_binary_handles():
    table = _table()
    text, raw = io.StringIO(), io.BytesIO()
    assert write_gdelt([table, table.slice(0, 0)], text) == table.num_rows
    write_gdelt([table], raw)
    assert raw.getvalue().decode("utf-8") == text.getvalue()
    assert text.getvalue().count("\n") == table.num_rows


def test_kernels_strip_factorize_concat_lists():
    assert strip(pa.array([" a\x1c", None, "\u00a0b\u2003"])).to_pylist() == ["a", None, "b"]
    codes, combos = factorize([pa.array(["x", None, "x", "y"]), pa.array([1, 2, 1, None])])
    assert [combos[c] for c in codes.to_pylist()] == [("x", 1), (None, 2), ("x", 1), ("y", None)]
    assert len(combos) == 3
    a = pa.array([["a"], [], None, ["b", "c"]], pa.list_(pa.string()))
    b = pa.array([["1", "2"], ["3"], ["4"], None], pa.list_(pa.string()))
    assert concat_lists([a, b]).to_pylist() == [["a", "1", "2"], ["3"], ["4"], ["b", "c"]]


def test_repeated_id_first_row_wins_across_and_within_writes(store, tmp_path, monkeypatch):
    rows = [gdelt_row(2, GLOBALEVENTID=str(i), EventCode="173") for i in range(10)]
    rows.append(gdelt_row(2, GLOBALEVENTID="3", EventCode="042"))  # same id again, another code
    rows.append(gdelt_row(2, GLOBALEVENTID="8", EventCode="190"))
    f = tmp_path / "dup.tsv"
    f.write_text(tsv(rows), encoding="utf-8")
    monkeypatch.setattr(common, "WRITE_ROWS", 4)
    rep = import_events(store, "gdelt", [f], block_size=700)
    assert rep.imported == 10 and rep.duplicates == 2
    codes = {r["dataset_id"]: r["cameo"] for r in store.query("SELECT dataset_id, cameo FROM events").to_pylist()}
    assert codes["3"] == "173" and codes["8"] == "173"
    runs = store.query("SELECT count(DISTINCT run_id) AS n FROM events").to_pylist()
    assert runs == [{"n": 1}]


def test_failed_write_is_raised_and_the_run_is_closed(store, tmp_path, monkeypatch):
    f = tmp_path / "a.tsv"
    f.write_text(tsv([gdelt_row(2, GLOBALEVENTID=str(i)) for i in range(5)]), encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(common, "write_batch", broken)
    with pytest.raises(OSError, match="disk full"):
        import_events(store, "gdelt", [f])
    (run,) = store.query("SELECT status FROM runs").to_pylist()
    assert run["status"] == "failed"
    assert store.query("SELECT count(*) AS n FROM events").to_pylist() == [{"n": 0}]
