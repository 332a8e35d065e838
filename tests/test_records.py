"""The event record round-trips through JSON and Arrow unchanged."""

import json

import pytest

from mirrorwatch.records import Actor, Event, Location, content_id, events_from_arrow, events_to_arrow

FIXED_FIELDS = ["doc_id", "sentence_index", "sentence", "span", "source", "target", "plover", "mode", "cameo",
                "quad_class", "intensity", "date", "date_precision", "location", "negated", "hypothetical",
                "confidence", "evidence"]


def _event(**kw):
    base = dict(doc_id="abc", sentence_index=3, sentence="Die russische Polizei durchsuchte …", span=(12, 87),
                source=Actor("RUS", "COP", "russischen Polizei"),
                target=Actor("AZE", "BUS", "aserbaidschanische Geschäftspersonen", attributed=True),
                plover="COERCE", mode="seize", cameo="171", quad_class=4, intensity=-9.2, date="2025-06-27",
                date_precision="day", location=Location("RUS", "Jekaterinburg"), confidence=0.86,
                evidence=["actor:de:russisch+Polizei", "verb:de:Razzia"])
    base.update(kw)
    return Event(**base)


def test_record_json_has_the_fixed_fields_first_in_order():
    d = json.loads(_event().to_json())
    assert list(d)[: len(FIXED_FIELDS)] == FIXED_FIELDS
    assert d["target"] == {"country": "AZE", "sector": "BUS", "text": "aserbaidschanische Geschäftspersonen",
                           "attributed": True}
    assert "attributed" not in d["source"]


@pytest.mark.parametrize("date,precision", [("2025-06-27", "day"), ("2024-12", "month"), (None, None)])
def test_record_roundtrips_json_and_arrow(date, precision):
    e = _event(date=date, date_precision=precision)
    assert Event.from_json(e.to_json()).to_dict() == e.to_dict()
    back = events_from_arrow(events_to_arrow([e]))[0]
    assert back.to_dict() == e.to_dict()


def test_record_without_doc_or_sentence_is_valid():
    d = _event().to_dict()
    for k in ("doc_id", "sentence_index", "sentence", "span"):
        d.pop(k)
    e = Event.from_dict(d)
    assert e.doc_id is None and e.event_id


def test_content_id_ignores_case_and_whitespace_only():
    assert content_id("Baku  bestellte\nden Geschäftsträger ein.") == content_id("baku bestellte den geschäftsträger ein.")
    assert content_id("Baku bestellte den Geschäftsträger ein.") != content_id("Moskau bestellte den Botschafter ein.")
