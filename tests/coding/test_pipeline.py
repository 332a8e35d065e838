"""End-to-end behaviour of the coder on sentences written for these tests."""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder


def _triples(events):
    return {(e.source.country, e.target.country if e.target else None, e.plover) for e in events}


@pytest.fixture(scope="module")
def de():
    return Coder("de")


@pytest.fixture(scope="module")
def en():
    return Coder("en")


@pytest.fixture(scope="module")
def ru():
    return Coder("ru")


def test_german_summons_separable_verb(de):
    events = de.code_text("Baku bestellte am Donnerstag den russischen Geschäftsträger ein.", published="2025-07-04")
    assert _triples(events) == {("AZE", "RUS", "ACCUSE")}
    e = events[0]
    assert e.mode == "disapprove" and e.cameo == "111"
    assert e.target.sector == "GOV" and e.source.sector == "GOV"
    assert e.date == "2025-07-03" and e.date_precision == "day"
    assert "verb:de:einbestellen" in e.evidence
    assert e.quad_class == 3 and e.intensity == pytest.approx(-2.0)


def test_german_passive_with_agent_and_attributed_target(de):
    events = de.code_text(
        "In Jekaterinburg wurden am Freitag mehrere aserbaidschanische Staatsbürger von der russischen "
        "Polizei festgenommen.", published="2025-06-30")
    assert _triples(events) == {("RUS", "AZE", "COERCE")}
    e = events[0]
    assert e.source.sector == "COP"
    assert e.target.sector == "CVL" and e.target.attributed
    assert e.mode == "arrest"
    assert e.date == "2025-06-27"


def test_no_trigger_no_event(de):
    assert de.code_text("Der russische Botschafter und der aserbaidschanische Minister lächelten.") == []


def test_negation_flags_event(de):
    events = de.code_text("Russland hat den estnischen Botschafter nicht ausgewiesen.", published="2025-01-10")
    assert events and all(e.negated for e in events)


def test_english_expulsion_and_journalists_are_deportation(en):
    ev = en.code_text("Russia expelled two Estonian diplomats on Monday.", published="2025-07-03")
    assert _triples(ev) == {("RUS", "EST", "SANCTION")}
    assert ev[0].mode == "expel"
    ev = en.code_text("Moscow expelled two German journalists.", published="2025-07-03")
    assert _triples(ev) == {("RUS", "DEU", "COERCE")}
    assert ev[0].mode == "deport" and ev[0].target.attributed


def test_english_passive_by(en):
    ev = en.code_text("Three Azerbaijani nationals were arrested by Russian police in Yekaterinburg.")
    assert _triples(ev) == {("RUS", "AZE", "COERCE")}


def test_symmetric_meeting_gives_both_directions(en):
    ev = en.code_text("The foreign ministers of Armenia and Azerbaijan met in Washington on Tuesday.",
                      published="2025-07-03")
    got = _triples(ev)
    assert ("ARM", "AZE", "CONSULT") in got and ("AZE", "ARM", "CONSULT") in got
    assert all(e.is_symmetric for e in ev)


def test_russian_case_roles(ru):
    ev = ru.code_text("МИД Азербайджана вызвал временного поверенного в делах России.", published="2025-07-03")
    assert _triples(ev) == {("AZE", "RUS", "ACCUSE")}
    ev = ru.code_text("Российского посла вызвали в МИД Эстонии.", published="2025-07-03")
    assert ("EST", "RUS", "ACCUSE") in _triples(ev) or ev == []


def test_deterministic(de):
    text = "Baku bestellte den russischen Geschäftsträger ein. Moskau wies zwei Diplomaten Aserbaidschans aus."
    a = [e.to_dict() for e in de.code_text(text, published="2025-07-01", doc_id="x")]
    b = [e.to_dict() for e in Coder("de").code_text(text, published="2025-07-01", doc_id="x")]
    assert a == b and a
