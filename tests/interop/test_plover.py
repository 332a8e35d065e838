"""PLOVER/POLECAT JSON import: field names, compound actors, old categories, sectors, the gold standard."""

from __future__ import annotations

import json

import pytest

from mirrorwatch.interop import import_events

RECORDS = [
    {"id": "ex-1", "date": "2025-06-27", "actor": [{"code": "RUS", "sector": "COP", "entity_text": "police"}],
     "recipient": [{"code": "AZE", "sector": "JRN", "entity_text": "Sputnik Azerbaijan"}],
     "event": ["COERCE"], "mode": ["seize"], "quad_code": 4, "event_scale": -9.2,
     "event_loc": {"country": "Russia", "place": "Yekaterinburg"}, "text": "Police raided the office."},
    {"id": "ex-2", "date": "2025-06-28", "source": [{"actorText": "Armenia", "code": "ARM", "sector": "GOV"},
                                                   {"actorText": "Azerbaijan", "code": "AZE", "sector": "GOV"}],
     "target": "", "event": "AGREE"},
    {"id": "ex-3", "date": "2025-06-29", "actor": [{"country_name": "Georgia", "sector_code": "MED"}],
     "recipient": [{"code": "RUS"}], "event": "DISAPPROVE"},
    {"id": "ex-4", "date": "someday", "actor": [{"code": "RUS"}], "event": "ACCUSE"},
    {"id": "ex-5", "date": "2025-06-30", "actor": [{"code": "ZZZ", "sector": "XXX"}], "event": "CRIME"},
]


def test_plover_jsonl(store, tmp_path):
    f = tmp_path / "plover.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n{not json\n", encoding="utf-8")
    rep = import_events(store, "plover", [f])
    assert rep.rows == 6 and rep.malformed == 2 and rep.status == "partial"
    assert sorted(e["line"] for e in rep.errors) == [4, 6]
    ev = {e["dataset_id"]: e for e in store.query("SELECT * FROM events").to_pylist()}
    e = ev["ex-1"]
    assert (e["source_country"], e["source_sector"], e["target_country"], e["target_sector"]) == (
        "RUS", "COP", "AZE", "MED")  # PLOVER JRN is our MED
    assert (e["plover"], e["mode"], e["dataset"], e["dataset_goldstein"], e["dataset_quad_class"]) == (
        "COERCE", "seize", "plover", -9.2, 4)
    assert (e["location_country"], e["location_place"], e["sentence"]) == ("RUS", "Yekaterinburg",
                                                                           "Police raided the office.")
    assert e["cameo"] is not None and "flag:cameo-from-plover" in e["evidence"]
    # compound actors, no recipient: a joint act, one event per direction, flagged symmetric
    pair = {(ev[k]["source_country"], ev[k]["target_country"], ev[k]["is_symmetric"]) for k in ("ex-2#0", "ex-2#1")}
    assert pair == {("ARM", "AZE", True), ("AZE", "ARM", True)}
    # old category names and PLOVER's MED (health)
    assert (ev["ex-3"]["plover"], ev["ex-3"]["source_country"], ev["ex-3"]["source_sector"]) == (
        "ACCUSE", "GEO", "HLH")
    # unknown codes are kept and flagged
    e5 = ev["ex-5"]
    assert e5["plover"] == "CRIME" and e5["source_country"] == "ZZZ"
    assert {"flag:unknown-plover:CRIME", "flag:unknown-country:ZZZ:source", "flag:unknown-sector:XXX:source"} <= set(
        e5["evidence"])
    assert import_events(store, "plover", [f]).imported == 0  # idempotent


def test_plover_gold_standard(store, shared):
    f = shared / "data" / "anchors" / "PLOVER" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
    if not f.is_file():
        pytest.skip("PLOVER gold standard not available")
    rep = import_events(store, "plover", [f])
    assert rep.rows == 322  # the DOCUMENT header record is not an event
    assert rep.malformed == 0 and rep.imported >= 322
    types = {r["plover"] for r in store.query("SELECT DISTINCT plover FROM events").to_pylist()}
    assert {"REQUEST", "ACCUSE", "ASSAULT"} <= types and not {"DEMAND", "DISAPPROVE", "FIGHT"} & types
    jpn = store.query(
        "SELECT count(*) AS n FROM events WHERE source_country = 'JAP' OR target_country = 'JAP'"
    ).to_pylist()[0]["n"]
    assert jpn > 0  # the file's slip JAP (= JPN) is kept and flagged, not dropped
