"""English engine rules of round 3: coordinated verbs, nationals as objects, and the further
classes added below. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder


def _triples(events, *, flagged=False):
    return {(e.source.country, e.target.country if e.target else None, e.plover) for e in events
            if flagged or not (e.negated or e.hypothetical)}


@pytest.fixture(scope="module")
def en():
    return Coder("en")


def test_second_verb_shares_the_subject_of_the_first(en):
    # the object of "summoned" must not become the subject of "lodged a protest"
    events = en.code_text("Estonia's foreign ministry summoned Belarus's envoy on Monday and lodged a firm "
                          "protest over Minsk's hostile actions.", published="2025-03-05")
    assert _triples(events) == {("EST", "BLR", "ACCUSE")}


def test_second_verb_with_its_own_object(en):
    events = en.code_text("Lithuania summoned the Russian ambassador and expelled two Russian diplomats.",
                          published="2025-03-05")
    assert ("LTU", "RUS", "SANCTION") in _triples(events)
    assert all(e.source.country == "LTU" for e in events)


def test_new_subject_after_and_is_not_coordination(en):
    events = en.code_text("Latvia expelled a Russian diplomat and Russia expelled a Latvian diplomat.",
                          published="2025-03-05")
    assert _triples(events) == {("LVA", "RUS", "SANCTION"), ("RUS", "LVA", "SANCTION")}


def test_nationals_held_by_a_court_are_never_the_agent(en):
    events = en.code_text("A court in Tbilisi on Friday ordered three Armenian citizens held in custody on "
                          "smuggling charges.", published="2025-03-07")
    assert events, "the custody order is an event"
    for e in events:
        assert e.source.country == "GEO"
        assert e.target is not None and e.target.country == "ARM" and e.target.sector == "CVL"
    assert ("GEO", "ARM", "COERCE") in _triples(events)
