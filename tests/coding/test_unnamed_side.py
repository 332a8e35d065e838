"""A titled person or institution the lexicon cannot place, in a story of one state, is that state's.

All sentences and names are written for these tests (the names are invented, so that no lexicon
entry places them). Domestic records need a group of society on one side, as before.
"""

from __future__ import annotations

from ..conftest import acted_triples

_triples = acted_triples


def test_unplaced_target_takes_the_rebels_state(en):
    events = en.code_text("Colombian rebels released Prime Minister Marta Quiroga Vell on Sunday.", published="2024-03-05")
    assert _triples(events) == {("COL", "COL", "RETREAT")}
    ev = events[0]
    assert any(x.startswith("context:domestic-unnamed:COL") for x in ev.evidence)
    assert ev.confidence < 0.8  # a side inferred from context weighs less


def test_unplaced_president_acting_on_own_opposition(en):
    got = _triples(en.code_text("President Anatol Verlanko banned Georgian opposition parties from the election.",
                                published="2024-03-05"))
    assert got == {("GEO", "GEO", "COERCE")}


def test_unplaced_president_imposing_a_curfew_in_a_capital(en):
    got = _triples(en.code_text("President Anatol Verlanko imposed a curfew in Tbilisi.", published="2024-03-05"))
    assert got == {("GEO", "GEO", "COERCE")}


def test_unplaced_source_is_not_the_target_state(en):
    # the only state named is the one acted on: the unknown president is not Russia's
    got = _triples(en.code_text("President Anatol Verlanko threatened further action against Russia.",
                                published="2024-03-05"))
    assert ("RUS", "RUS", "THREATEN") not in got
    assert not got


def test_story_counterpart_comes_before_the_domestic_reading(en):
    text = ("Venezuela expelled the Colombian ambassador on Monday. "
            "Colombian rebels later released a senator, and the government condemned the expulsion.")
    got = _triples(en.code_text(text, published="2024-03-05"))
    assert ("VEN", "COL", "SANCTION") in got
    assert ("COL", "COL", "ACCUSE") not in got


def test_bare_police_acting_on_a_named_states_opposition(en):
    got = _triples(en.code_text("Police arrested Kenyan opposition supporters.", published="2024-03-05"))
    assert got == {("KEN", "KEN", "COERCE")}




def test_they_after_a_speakers_verb_is_the_speaker(en):
    # no pair named before: "they" is the rebels who speak, not Colombia and Venezuela together
    events = en.code_text("Colombian rebels said they will attack Venezuela.", published="2024-03-05")
    assert _triples(events) == {("COL", "VEN", "THREATEN")}
    assert all(e.source.sector == "REB" and e.source.attributed for e in events)


def test_country_word_before_protesters_names_people_not_government(en):
    events = en.code_text("Egyptian demonstrators rioted in Cairo.", published="2024-03-05")
    assert _triples(events) == {("EGY", "EGY", "PROTEST")}
    assert events[0].source.sector == "CVL" and events[0].source.attributed
