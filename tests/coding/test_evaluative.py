"""Judgements without an act verb (``evaluative: true`` triggers) and one judgement per sentence.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder


def _triples(events):
    return [(e.source.country, e.target.country if e.target else None, e.plover)
            for e in events if not (e.negated or e.hypothetical)]


@pytest.fixture(scope="module")
def en():
    return Coder("en")


def test_judged_state_is_the_target_and_the_speaker_the_source(en):
    got = _triples(en.code_text("Chile's actions are damaging to the whole region, the Peruvian foreign ministry said.",
                                published="2024-03-05"))
    assert got == [("PER", "CHL", "ACCUSE")]


def test_judgement_in_the_voice_of_the_last_protest(en):
    text = ("Norway summoned the Danish ambassador on Monday over the fishing quotas. "
            "Denmark's decision is unacceptable and damaging to the whole North Sea.")
    got = _triples(en.code_text(text, published="2024-03-05"))
    assert got.count(("NOR", "DNK", "ACCUSE")) == 2  # the summons, then the judgement
    assert ("DNK", "NOR", "ACCUSE") not in got


def test_judgement_without_a_judged_state_takes_the_counterpart(en):
    text = ("Latvia lodged a protest with Russia on Friday. "
            "These are provocative actions, the ministry added.")
    got = _triples(en.code_text(text, published="2024-03-05"))
    assert got.count(("LVA", "RUS", "ACCUSE")) == 2


def test_sentence_that_states_the_act_yields_it_once(en):
    # "condemned" is the act; "provocative actions" only says what was condemned
    got = _triples(en.code_text("Estonia condemned Russia's provocative actions on the border.",
                                published="2024-03-05"))
    assert got == [("EST", "RUS", "ACCUSE")]


def test_several_judgements_in_one_sentence_are_one_event(en):
    text = "Finland said Russia's illegal measures are unacceptable, provocative actions and an abuse of its position."
    got = _triples(en.code_text(text, published="2024-03-05"))
    assert got == [("FIN", "RUS", "ACCUSE")]


def test_adjective_before_an_ordinary_noun_is_no_judgement(en):
    # "illegal migrants" names people, no act of a state; no act verb, no event
    assert en.code_text("Illegal migrants crossed from Belarus into Lithuania on Sunday.", published="2024-03-05") == []


def test_judgement_with_nobody_to_judge_it_is_dropped(en):
    # no speaker and no earlier act in the document: no source, no event
    assert _triples(en.code_text("Such steps are unacceptable for Hungary.", published="2024-03-05")) == []
