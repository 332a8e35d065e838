"""Export → import gives the same events; filters; PLOVER and GDELT output conventions; the CLI."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from mirrorwatch import open_store
from mirrorwatch.cli import app
from mirrorwatch.errors import InputError
from mirrorwatch.interop import import_events
from mirrorwatch.interop.export import export_events
from mirrorwatch.records import events_from_arrow, events_to_arrow

from .helpers import gdelt_row, sample_events, tsv


@pytest.fixture
def filled(store):
    store.write_events(events_to_arrow(sample_events()))
    return store


def _all(store) -> dict[str, dict]:
    table = store.query("SELECT * EXCLUDE (run_id) FROM events ORDER BY event_id")
    return {e.event_id: e.to_dict() for e in events_from_arrow(table)}


@pytest.mark.parametrize("name", ["out.csv", "out.csv.gz", "out.parquet", "out.jsonl", "out.jsonl.gz",
                                  "out.plover.jsonl", "out.plover.json"])
def test_export_then_import_gives_the_same_events(filled, tmp_path, name):
    fmt = "plover" if "plover" in name else name.split(".")[1]
    n = export_events(filled, fmt, tmp_path / name)
    assert n == 4
    other = open_store(tmp_path / "other.duckdb", wait=30)
    rep = import_events(other, "plover" if fmt == "plover" else "events", [tmp_path / name])
    assert rep.status == "ok" and rep.imported == 4
    assert _all(other) == _all(filled)


def test_jsonl_as_code_prints_it_without_doc_id(store, tmp_path):
    lines = [e.to_json() for e in sample_events()]
    d = json.loads(lines[1])
    for k in ("doc_id", "sentence", "sentence_index", "span", "event_id"):
        d.pop(k)  # records without doc_id or sentence are valid
    f = tmp_path / "coded.jsonl"
    f.write_text("\n".join([lines[0], json.dumps(d), "[1, 2]", '{"source": {}}']) + "\n", encoding="utf-8")
    rep = import_events(store, "events", [f])
    assert rep.imported == 2 and rep.malformed == 2
    assert [e["line"] for e in rep.errors] == [3, 4]


def test_csv_bad_row_line_number(filled, tmp_path):
    f = tmp_path / "e.csv"
    export_events(filled, "csv", f)
    text = f.read_text(encoding="utf-8").splitlines()
    i = next(i for i, line in enumerate(text) if "2025-06-28" in line)
    text[i] = text[i].replace("2025-06-28", "28.06.2025")
    f.write_text("\n".join(text) + "\n", encoding="utf-8")
    rep = import_events(open_store(tmp_path / "x.duckdb", wait=30), "events", [f])
    assert rep.imported == 3 and rep.malformed == 1 and rep.errors[0]["line"] == i + 1
    assert "28.06.2025" in rep.errors[0]["reason"]


def test_filters(filled, tmp_path):
    f = tmp_path / "f.jsonl"
    assert export_events(filled, "jsonl", f, dyad=["aze", "RUS"]) == 2
    assert export_events(filled, "jsonl", f, since="2025-06-28") == 2
    assert export_events(filled, "jsonl", f, until="2025-06-27") == 2
    assert export_events(filled, "jsonl", f, types=["coerce", "AID"]) == 2
    assert export_events(filled, "jsonl", f, datasets=["gdelt2"]) == 1
    assert export_events(filled, "jsonl", f, dyad=["RUS", "AZE"], since="2025-06-28") == 1
    with pytest.raises(InputError):
        export_events(filled, "jsonl", f, since="June")
    with pytest.raises(InputError):
        export_events(filled, "xml", f)


def test_plover_export_uses_plover_names(filled, tmp_path):
    f = tmp_path / "p.jsonl"
    export_events(filled, "plover", f)
    recs = {r["mirrorwatch"]["plover"]: r for r in map(json.loads, f.read_text(encoding="utf-8").splitlines())}
    coerce = recs["COERCE"]
    assert coerce["actor"][0] == {"code": "RUS", "sector": "COP", "entity_text": "russische Polizei"}
    assert coerce["recipient"][0]["sector"] == "JRN"  # MED → JRN
    assert coerce["event"] == ["COERCE"] and coerce["mode"] == ["seize"] and coerce["quad_code"] == 4
    assert coerce["date"] == "2025-06-27" and coerce["id"]
    assert recs["ACCUSE"]["recipient"][0]["sector"] == "GOV"  # diplomats are GOV in exports
    assert recs["AID"]["recipient"][0]["sector"] == "MED"  # our HLH is PLOVER's MED
    assert recs["THREATEN"]["recipient"] == []


def test_gdelt_export_layout_and_reimport(filled, tmp_path):
    f = tmp_path / "g.export.CSV.gz"
    export_events(filled, "gdelt", f)
    rows = [line.split("\t") for line in gzip.decompress(f.read_bytes()).decode().splitlines()]
    assert len(rows) == 4 and all(len(r) == 61 for r in rows)
    eu = next(r for r in rows if r[26] == "073")
    assert eu[0] == "555"  # GDELT's own id is kept for GDELT events
    assert (eu[5], eu[7], eu[8], eu[12]) == ("IGOEUREEC", "EUR", "EEC", "IGO")
    other = open_store(tmp_path / "g.duckdb", wait=30)
    rep = import_events(other, "gdelt", [f])
    assert rep.status == "ok" and rep.imported == 4 and rep.datasets == ["gdelt2"]
    keys = ("source_country", "source_sector", "target_country", "target_sector", "plover", "mode", "cameo",
            "quad_class", "intensity", "date")
    def pick(store):
        return sorted(tuple(r[k] for k in keys) for r in store.query("SELECT * FROM events").to_pylist())
    expect = [tuple("GOV" if v == "DIP" else v for v in t) for t in pick(filled)]
    got = pick(other)
    # the month-precision event is written with its first day
    assert [t[:-1] for t in got] == [t[:-1] for t in sorted(expect)]
    # GDELT events keep their id through the round trip
    assert _all(other)[next(iter(k for k, v in _all(filled).items() if v["dataset_id"] == "555"))]


def test_gdelt_row_helper_is_61_columns():
    assert len(gdelt_row(2)) == 61 and len(gdelt_row(1)) == 58


runner = CliRunner()


def test_cli_import_export_exit_codes(tmp_path):
    db = str(tmp_path / "cli.duckdb")
    good = tmp_path / "a.tsv"
    good.write_text(tsv([gdelt_row(2)]), encoding="utf-8")
    res = runner.invoke(app, ["import", "gdelt", str(good), "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["imported"] == 1
    bad = tmp_path / "b.tsv"
    bad.write_text(tsv([gdelt_row(2, GLOBALEVENTID="2")]) + "x\ty\n", encoding="utf-8")
    res = runner.invoke(app, ["import", "gdelt", str(bad), "--db", db])
    assert res.exit_code == 3 and "b.tsv:2" in res.output
    res = runner.invoke(app, ["import", "icews", str(tmp_path / "nope.tab"), "--db", db])
    assert res.exit_code == 1
    out = tmp_path / "e.jsonl"
    res = runner.invoke(app, ["export", "--format", "plover", "--dyad", "RUS", "AZE", "-o", str(out), "--db", db])
    assert res.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 2
    res = runner.invoke(app, ["export", "--format", "xml", "-o", str(out), "--db", db])
    assert res.exit_code == 1 and "unknown format" in res.output
