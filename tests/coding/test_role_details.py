"""Round-4 role rules: descriptive appositions and the addressee of a complaint.

All sentences are written for these tests.
"""

from __future__ import annotations

from ..conftest import acted_triples

_triples = acted_triples


def test_state_inside_a_descriptive_apposition_is_not_the_agent(en):
    got = _triples(en.code_text("Chile, a close Brazilian partner in the region, has refused to recognise Venezuela's "
                                "election result.", published="2024-03-05"))
    assert ("CHL", "VEN", "REJECT") in got
    assert not any(s == "BRA" for s, _, _ in got)


def test_a_list_after_a_comma_is_no_apposition(en):
    got = _triples(en.code_text("Norway, a founding member, and Denmark condemned Russia.", published="2024-03-05"))
    assert ("DNK", "RUS", "ACCUSE") in got


def test_complaint_to_an_organisation_is_aimed_at_the_state_it_is_about(en):
    got = _triples(en.code_text("Syria complained to the United Nations over Turkish air strikes.", published="2024-03-05"))
    assert ("SYR", "TUR", "ACCUSE") in got
    assert not any(t in ("UNO", "IGO") for _, t, _ in got)


def test_complaint_to_a_state_keeps_its_target(en):
    got = _triples(en.code_text("Syria complained to Turkey over the air strikes.", published="2024-03-05"))
    assert ("SYR", "TUR", "ACCUSE") in got


def test_possessive_and_modifier_make_a_demand_noun(en):
    # "rejected Ukraine's consistent demand to ...": the demand is the object of the rejection, no act
    got = _triples(en.code_text("Hungary has rejected Ukraine's consistent demand to sever its military alliance with Russia.",
                                published="2024-03-05"))
    assert ("HUN", "UKR", "REJECT") in got
    assert not any(p == "REQUEST" for _, _, p in got)


def test_demand_is_made_of_the_clause_subject_not_its_object(en):
    # an invented group the lexicon cannot know: the demand has no state target, Mali is only a place
    got = _triples(en.code_text("Canada demanded that Zorvatia free the hostages it took in Mali last week.",
                                published="2024-03-05"))
    assert ("CAN", "MLI", "REQUEST") not in got
    got = _triples(en.code_text("Norway demanded on Friday that the Russian government release the fishermen.",
                                published="2024-03-05"))
    assert ("NOR", "RUS", "REQUEST") in got


def test_obligation_inside_a_report_has_no_speaker_from_the_clause(en):
    got = _triples(en.code_text("The aid group said Dutch and Belgian troops must guarantee safe passage.",
                                published="2024-03-05"))
    assert not any(p == "REQUEST" for _, _, p in got)
    assert ("NOR", "CHL", "REQUEST") in _triples(en.code_text("Norway said on Monday that Chile must hand back "
                                                              "the trawler.", published="2024-03-05"))


def test_organisation_reporting_at_the_end_is_no_party(en):
    got = _triples(en.code_text("A camp for Sudanese refugees was attacked by Chadian militiamen, leaving 15 people dead, "
                                "the UN refugee agency reported.", published="2024-03-05"))
    assert ("TCD", "SDN", "ASSAULT") in got
    assert not any(t == "UNO" for _, t, _ in got)


def test_weekday_between_verb_and_object(en):
    got = _triples(en.code_text("Jordan turned down Monday a United Nations request for sending soldiers along its "
                                "frontier with Syria.", published="2024-03-05"))
    assert ("JOR", "UNO", "REJECT") in got
    assert not any(p == "REQUEST" for _, _, p in got)


def test_the_state_a_withdrawal_leaves_is_its_target(en):
    got = _triples(en.code_text("Russia completed the withdrawal of its troops from Georgia.", published="2024-03-05"))
    assert got == {("RUS", "GEO", "RETREAT")}


def test_act_noun_modifying_an_institution_is_no_act(en):
    got = _triples(en.code_text("France sped up the withdrawal of its occupation forces from Chad.",
                                published="2024-03-05"))
    assert got == {("FRA", "TCD", "RETREAT")}
