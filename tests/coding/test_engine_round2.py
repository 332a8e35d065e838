"""Round-2 engine rules: name particles, domestic pairs, led forces, accusation content (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder
from mirrorwatch.lang import load


def _triples(events):
    return {(e.source.country, e.target.country if e.target else None, e.plover) for e in events}


@pytest.fixture(scope="module")
def en():
    return Coder("en")


def test_name_with_lower_case_particle_is_a_name(en):
    events = en.code_text("Osama bin Laden threatened the United States.", published="2001-09-20")
    assert ("IMG", "USA", "THREATEN") in _triples(events)


def test_name_particles_are_what_keeps_the_name(en, monkeypatch):
    lex = load("en")
    monkeypatch.setitem(lex.cues, "name_particle_forms", frozenset())
    events = en.code_text("Osama bin Laden threatened the United States.", published="2001-09-20")
    assert ("IMG", "USA", "THREATEN") not in _triples(events)


def test_lower_case_ordinary_word_still_breaks_a_name(en):
    # "today" is no particle: "visited Russia today" is no mention of the broadcaster
    events = en.code_text("The French president visited Russia today.", published="2024-05-02")
    assert all(e.source.sector != "MED" and (e.target is None or e.target.sector != "MED") for e in events)
