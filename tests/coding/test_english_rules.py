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


def test_police_against_own_opposition_is_a_domestic_event(en):
    events = en.code_text("Kenyan police arrested dozens of opposition supporters in Nairobi.", published="2025-03-05")
    assert {(e.source.country, e.source.sector, e.target.country, e.target.sector, e.plover) for e in events} == \
        {("KEN", "COP", "KEN", "OPP", "COERCE")}


def test_repression_of_own_citizens_is_a_domestic_record(en):
    # recorded with the citizens as an attributed CVL target; state-to-state analysis filters it out
    events = en.code_text("Kenyan police arrested two Kenyan citizens in Nairobi.", published="2025-03-05")
    assert [(e.source.country, e.source.sector, e.target.country, e.target.sector, e.target.attributed)
            for e in events] == [("KEN", "COP", "KEN", "CVL", True)]


def test_own_citizens_are_no_target_of_a_diplomatic_act(en):
    events = en.code_text("Kenya expelled two Kenyan citizens working for a foreign embassy.", published="2025-03-05")
    assert not [e for e in events if e.target is not None and e.target.country == "KEN"]


def test_quantity_phrase_keeps_the_group_as_actor(en):
    events = en.code_text("Thousands of Chilean students demonstrated in Santiago on Monday.", published="2025-03-05")
    assert [(e.source.country, e.target.country, e.plover) for e in events] == [("CHL", "CHL", "PROTEST")]
    assert events[0].target.sector == "GOV"


def test_protest_without_named_protesters_takes_the_place(en):
    events = en.code_text("Protesters in Lima blocked several roads on Monday.", published="2025-03-05")
    assert ("PER", "PER", "PROTEST") in _triples(events)
    assert all(e.source.sector == "CVL" for e in events if e.plover == "PROTEST")


def test_rebels_without_country_take_the_state_they_fight(en):
    events = en.code_text("The Malian army shelled rebel positions after rebels attacked a checkpoint.",
                          published="2025-03-05")
    assert not [e for e in events if e.source.sector == "REB" and e.source.country not in (None, "MLI")]


def test_threat_with_a_condition_is_not_hypothetical(en):
    events = en.code_text("Ghana threatened on Friday to close its border with Togo unless Lome withdrew the new "
                          "tariffs.", published="2025-03-08")
    assert ("GHA", "TGO", "THREATEN") in _triples(events)


def test_conditional_clause_before_a_promise_still_flags_it(en):
    events = en.code_text("If the talks fail, Ghana will offer Togo new trade terms.", published="2025-03-08")
    assert ("GHA", "TGO", "AGREE") not in _triples(events)


def test_reporting_agency_is_no_party(en):
    events = en.code_text("Chile's foreign minister telephoned his Peruvian counterpart on Monday, the Chilean "
                          "news agency reported.", published="2025-03-08")
    assert _triples(events) == {("CHL", "PER", "CONSULT"), ("PER", "CHL", "CONSULT")}


def test_agreeing_to_a_proposal_is_one_sided(en):
    events = en.code_text("Ecuador agreed to Colombia's terms for joint border patrols.", published="2025-03-08")
    assert ("ECU", "COL", "AGREE") in _triples(events)
    assert ("COL", "ECU", "AGREE") not in _triples(events)


def test_refusing_to_meet_is_no_meeting(en):
    events = en.code_text("Croatia's president refused to meet the visiting Serbian foreign minister.",
                          published="2025-03-08")
    assert ("HRV", "SRB", "REJECT") in _triples(events)
    assert not any(e.plover == "CONSULT" for e in events if not (e.negated or e.hypothetical))


def test_purpose_infinitive_of_a_call_is_the_same_call(en):
    events = en.code_text("Chile's foreign minister telephoned his Peruvian counterpart to discuss fishing rights.",
                          published="2025-03-08")
    assert len([e for e in events if e.plover == "CONSULT"]) == 2
    assert {e.cameo for e in events} == {"041"}


def test_the_state_left_is_the_expelling_state(en):
    events = en.code_text("Lithuania summoned the Latvian envoy on Monday. The envoy was also told that three "
                          "embassy staff should leave the territory of Lithuania within 72 hours.",
                          published="2025-03-05")
    later = [e for e in events if e.sentence_index == 1]
    assert _triples(later) == {("LTU", "LVA", "SANCTION")}
    assert not later[0].hypothetical  # "should" is part of the expulsion phrase, not a plan


def test_decision_to_act_names_its_agent(en):
    events = en.code_text("In response to the Kenyan decision on Friday to suspend the accord and downgrade "
                          "diplomatic ties with Kampala, Uganda closed its airspace.", published="2025-03-08")
    triples = _triples(events)
    assert ("KEN", "UGA", "SANCTION") in triples
    assert ("UGA", "KEN", "SANCTION") in triples


def test_pair_reference_cutting_relations_is_mutual(en):
    events = en.code_text("Ghana and Togo have long quarrelled. Trade collapsed after the two countries cut "
                          "diplomatic relations.", published="2025-03-08")
    assert {("GHA", "TGO", "SANCTION"), ("TGO", "GHA", "SANCTION")} <= _triples(events)


def test_discontinuous_border_post_and_asked_to_leave(en):
    events = en.code_text("Ghana closed the Elubo border post and asked two Ivorian diplomats to leave.",
                          published="2025-03-08")
    modes = {(e.source.country, e.target.country, e.plover, e.mode) for e in events}
    assert ("GHA", "CIV", "SANCTION", "discontinue") in modes
    assert ("GHA", "CIV", "SANCTION", "expel") in modes


def test_plural_demonyms_are_nationals(en):
    events = en.code_text("Georgian police detained two Russians in Tbilisi.", published="2025-03-08")
    assert {(e.source.country, e.source.sector, e.target.country, e.target.sector, e.plover) for e in events} == \
        {("GEO", "COP", "RUS", "CVL", "COERCE")}


def test_british_spelling_of_cancelled_visas(en):
    events = en.code_text("Islamabad cancelled visas issued to Indian pilgrims under the special scheme.",
                          published="2025-03-08")
    assert {(e.source.country, e.target.country, e.plover, e.mode) for e in events} == \
        {("PAK", "IND", "COERCE", "restrict")}


def test_hyphenated_pair_holds_the_summit_and_signs(en):
    events = en.code_text("The treaty was signed at the Ghanaian-Togolese summit in Accra on Monday.",
                          published="2025-03-08")
    assert _triples(events) == {("GHA", "TGO", "SUPPORT"), ("TGO", "GHA", "SUPPORT"),
                                ("GHA", "TGO", "CONSULT"), ("TGO", "GHA", "CONSULT")}


def test_hyphenated_nationalities_of_one_group_are_no_pair(en):
    events = en.code_text("Georgian police detained two Russian-Israeli citizens in Batumi.", published="2025-03-08")
    assert not any(e.plover == "CONSULT" for e in events)
    assert all(e.source.country == "GEO" for e in events)


def test_two_ministers_are_the_pair_named_together_not_the_host(en):
    text = ("The foreign ministers of Ghana and Togo held talks in Geneva. While there they met with the "
            "Swiss president. The two ministers also signed a memorandum on border trade.")
    events = [e for e in en.code_text(text, published="2025-03-08") if e.sentence_index == 2]
    assert _triples(events) == {("GHA", "TGO", "SUPPORT"), ("TGO", "GHA", "SUPPORT")}


def test_distant_possessive_is_not_the_subject_of_a_verb(en):
    events = en.code_text("Ghana's minister criticised Togo's \"hostile attitude\" on Monday: \"Ghana has suspended "
                          "all trade with Togo.\"", published="2025-03-08")
    triples = _triples(events)
    assert ("GHA", "TGO", "SANCTION") in triples and ("TGO", "GHA", "SANCTION") not in triples


def test_lower_case_words_do_not_form_an_organisation_name(en):
    events = en.code_text("Chile's Deputy Trade Minister visited Japan on Monday.", published="2025-03-08")
    assert ("CHL", "JPN", "CONSULT") in _triples(events)
    assert all(e.source.sector != "MED" for e in events)


def test_rejected_proposal_belongs_to_the_adjectives_state(en):
    events = en.code_text("Bangladesh rejected an Indian proposal for a trade deal.", published="2025-03-08")
    assert _triples(events) == {("BGD", "IND", "REJECT")}


def test_country_adjective_before_an_ordinary_noun_is_still_no_actor(en):
    events = en.code_text("Ghana condemned the sale of Russian gas.", published="2025-03-08")
    assert all(e.target is None or e.target.country != "RUS" for e in events)


def test_reported_obligation_is_a_demand_of_the_speaker(en):
    events = en.code_text("Chile said on Tuesday that Peru must return the fishing boats.", published="2025-03-08")
    assert ("CHL", "PER", "REQUEST") in _triples(events)


def test_own_obligation_is_no_demand(en):
    events = en.code_text("We must protect our borders, the Polish minister said.", published="2025-03-08")
    assert not any(e.plover == "REQUEST" for e in events)


def test_torture_by_security_forces_of_foreign_refugees(en):
    events = en.code_text("Security forces in Guinea tortured dozens of Liberian refugees, a rights group said.",
                          published="2025-03-08")
    assert ("GIN", "LBR", "ASSAULT") in _triples(events)


def test_military_hardware_of_a_state_is_its_military(en):
    events = en.code_text("Israeli tanks fired shells at Lebanese army posts.", published="2025-03-08")
    assert any(e.source.country == "ISR" and e.source.sector == "MIL" and e.plover == "ASSAULT" for e in events)


def test_one_record_per_act_in_a_sentence(en):
    events = en.code_text("Israeli tanks fired shells at Lebanese army posts.", published="2025-03-08")
    keys = [(e.source.country, e.target.country, e.plover, e.cameo) for e in events]
    assert len(keys) == len(set(keys)) == 1


def test_act_noun_opening_with_an_institution_word(en):
    events = en.code_text("Britain's Defence Secretary promised to continue military aid to Mozambique.",
                          published="2025-03-08")
    assert ("GBR", "MOZ", "AGREE") in _triples(events)


def test_named_exercise_after_a_preposition_is_background(en):
    events = en.code_text("Finland shut the crossing for the length of the Northern Shield 2024 naval exercises.",
                          published="2025-03-08")
    assert not any(e.plover == "MOBILIZE" for e in events)


def test_discontinuous_phrase_matches_an_inflected_last_word(en):
    events = en.code_text("The foreign ministers of Ghana and Togo shared their views on trade.",
                          published="2025-03-08")
    assert {("GHA", "TGO", "CONSULT"), ("TGO", "GHA", "CONSULT")} <= _triples(events)


def test_place_of_the_pair_is_not_one_of_them(en):
    text = ("The foreign ministers of Ghana and Togo held talks on Monday. While in Paris they met with the "
            "French president.")
    events = [e for e in en.code_text(text, published="2025-03-08") if e.sentence_index == 1]
    assert {("GHA", "FRA", "CONSULT"), ("TGO", "FRA", "CONSULT")} <= _triples(events)


def test_hyphenated_pair_before_an_ordinary_noun_is_no_actor(en):
    events = en.code_text("The treaty meets the interests of both peoples and opens a new stage in Ghanaian-Togolese "
                          "relations.", published="2025-03-08")
    assert events == []


def test_negation_after_the_trigger_belongs_to_another_verb(en):
    events = en.code_text("Ghana expelled two Togolese diplomats for activities not compatible with their status.",
                          published="2025-03-08")
    assert ("GHA", "TGO", "SANCTION") in _triples(events)


def test_negation_before_the_trigger_still_negates(en):
    events = en.code_text("Ghana did not expel the Togolese diplomats.", published="2025-03-08")
    assert events and all(e.negated for e in events)


def test_agreeing_to_do_something_to_a_state_is_one_sided(en):
    events = en.code_text("The Chilean Congress agreed to lift the ban on fruit imports to Peru.", published="2025-03-08")
    assert ("PER", "CHL", "AGREE") not in _triples(events)


def test_target_inside_the_clause_wins_over_one_after_a_comma(en):
    events = en.code_text("The Chilean president will visit Peru in June, the first visit since Lima quarrelled "
                          "with Bolivia.", published="2025-03-08")
    targets = {e.target.country for e in events if e.source.country == "CHL"}
    assert "PER" in targets and "BOL" not in targets


def test_relative_pronoun_gives_its_antecedent_as_subject(en):
    events = en.code_text("Ghana protested to Togo, which expelled two Ghanaian diplomats on Monday.",
                          published="2025-03-08")
    assert ("TGO", "GHA", "SANCTION") in _triples(events)


def test_relative_clause_of_a_thing_has_no_actor(en):
    events = en.code_text("\"The treaty, which meets the interests of both peoples, is a new stage,\" the Ghanaian "
                          "president said.", published="2025-03-08")
    assert not any(e.plover == "CONSULT" for e in events)


def test_reporting_sources_are_not_the_target(en):
    events = en.code_text("Malian troops shelled rebel camps near the border, Senegalese military sources said.",
                          published="2025-03-08")
    assert all(e.target is None or e.target.country != "SEN" for e in events)


def test_judgement_quoted_from_a_states_statement_is_that_states(en):
    text = ("Ghana expelled two Togolese diplomats. Responding to the statement of the Togolese side that the "
            "step taken by Ghana \"contradicts the principles of good neighbourliness\", the Ghanaian spokesman "
            "noted that illegal activities on Ghanaian territory are unacceptable.")
    events = [e for e in en.code_text(text, published="2025-03-08") if e.sentence_index == 1]
    assert {("TGO", "GHA", "ACCUSE"), ("GHA", "TGO", "ACCUSE")} <= _triples(events)


def test_measure_taken_by_a_state_to_expel_names_its_agent(en):
    events = en.code_text("Togo protested against the measure taken by Ghana to declare two Togolese diplomats "
                          "persona non grata.", published="2025-03-08")
    assert ("GHA", "TGO", "SANCTION") in _triples(events)
    assert ("TGO", "GHA", "SANCTION") not in _triples(events)


def test_according_to_names_no_partner(en):
    events = en.code_text("Ghana closed its border with Togo, according to the Nigerian foreign ministry.",
                          published="2025-03-08")
    assert all(e.target is None or e.target.country != "NGA" for e in events)
    assert ("GHA", "TGO", "SANCTION") in _triples(events)


def test_coordinated_reporting_verb_speaks_for_the_subject(en):
    events = en.code_text("Ghana suspended all trade with Togo and said any attack on its border posts will be "
                          "considered an act of war.", published="2025-03-08")
    assert ("GHA", "TGO", "THREATEN") in _triples(events)


def test_direct_object_outranks_a_later_partner(en):
    events = en.code_text("Chile rejected Peru's demand to end its fishing accord with Ecuador.", published="2025-03-08")
    assert ("CHL", "PER", "REJECT") in _triples(events)
    assert ("CHL", "ECU", "REJECT") not in _triples(events)


def test_demand_that_a_state_act_targets_that_state(en):
    events = en.code_text("China demanded that the United States cancel arms sales to Taiwan.", published="2025-03-08")
    assert ("CHN", "USA", "REQUEST") in _triples(events)


def test_curfew_with_no_one_named_is_aimed_at_the_people_of_the_place(en):
    events = en.code_text("Malian authorities imposed a curfew in Bamako after the riots.", published="2025-03-08")
    assert {(e.source.country, e.target.country, e.target.sector, e.plover) for e in events
            if e.plover == "COERCE"} == {("MLI", "MLI", "CVL", "COERCE")}


def test_repression_in_a_two_state_story_keeps_the_other_state(en):
    text = "Ghana expelled two Togolese diplomats on Monday. Ghanaian police also detained several people in Accra."
    events = [e for e in en.code_text(text, published="2025-03-08") if e.sentence_index == 1]
    assert ("GHA", "TGO", "COERCE") in _triples(events)


def test_eu_missions_are_the_eu(en):
    events = en.code_text("Serbia accused EULEX of ignoring attacks on Serbs in the north.", published="2025-03-08")
    assert ("SRB", "EUR", "ACCUSE") in _triples(events)


def test_parliament_member_protesting_own_government(en):
    events = en.code_text("A member of the Chilean parliament started a hunger strike on Monday.", published="2025-03-08")
    assert [(e.source.country, e.source.sector, e.target.country, e.target.sector, e.plover) for e in events] == \
        [("CHL", "LEG", "CHL", "GOV", "PROTEST")]


def test_rejecting_an_offer_from_a_state_answers_that_state(en):
    events = en.code_text("Peru's President Alan Garcia on Monday rejected a new offer from Chile for "
                          "border talks.", published="2025-03-08")
    assert _triples(events) == {("PER", "CHL", "REJECT")}


def test_the_parties_agreed_stays_a_verb(en):
    text = "The foreign ministers of Ghana and Togo met in Accra. The parties agreed to continue the talks."
    events = [e for e in en.code_text(text, published="2025-03-08") if e.sentence_index == 1]
    assert {("GHA", "TGO", "AGREE"), ("TGO", "GHA", "AGREE")} <= _triples(events)
    assert not any(e.plover == "CONSULT" for e in events)


def test_lifting_a_curfew_is_a_concession(en):
    events = en.code_text("Israel lifted the overnight curfew in the West Bank on Sunday.", published="2025-03-08")
    assert {e.plover for e in events} == {"CONCEDE"}


def test_adjective_opening_the_object_names_the_target(en):
    events = en.code_text("Iran threatened to shell Iraqi towns in retaliation.", published="2025-03-08")
    assert ("IRN", "IRQ", "THREATEN") in _triples(events)
    events = en.code_text("Ghana condemned Togolese raids on border villages.", published="2025-03-08")
    assert ("GHA", "TGO", "ACCUSE") in _triples(events)


def test_threat_takes_the_target_of_its_content(en):
    events = en.code_text("Ghana threatened to expel the Togolese ambassador.", published="2025-03-08")
    assert ("GHA", "TGO", "THREATEN") in _triples(events)


def test_complaints_and_protests_lodged_with_a_state(en):
    events = en.code_text("Ghana lodged an official protest with Togo on Monday.", published="2025-03-08")
    assert ("GHA", "TGO", "ACCUSE") in _triples(events)
    events = en.code_text("Lebanon complained to the United Nations about Israeli air raids.", published="2025-03-08")
    assert any(e.source.country == "LBN" and e.plover == "ACCUSE" for e in events)


def test_withdrawing_troops_with_words_between(en):
    events = en.code_text("Chad withdrew all its remaining troops from Niger on Friday.", published="2025-03-08")
    assert ("TCD", "NER", "RETREAT") in _triples(events)


def test_counterpart_by_role_not_by_the_last_state_named(en):
    text = ("Ghana summoned the Togolese ambassador on Monday. The envoy of Benin attended a separate "
            "briefing. Ghana also expelled two diplomats.")
    events = [e for e in en.code_text(text, published="2025-03-08") if e.sentence_index == 2]
    assert ("GHA", "TGO", "SANCTION") in _triples(events)


def test_no_reverse_meeting_with_an_actor_of_no_state(en):
    text = "Ghana signed a treaty with Togo. A delegation of unknown origin later visited Ghana."
    events = [e for e in en.code_text(text, published="2025-03-08") if e.sentence_index == 1]
    assert all(e.target is not None and e.target.country is not None for e in events)


def test_title_in_apposition_to_a_name_is_no_actor(en):
    events = en.code_text("As the Uzbek team headed by Akmal Karimov, Presidential Adviser on water, said, "
                          "the humanitarian aid was delivered to Kazakhstan.", published="2025-03-08")
    assert ("UZB", "KAZ", "AID") in _triples(events)


def test_country_left_is_a_place(en):
    events = en.code_text("Ten trucks with food left Uzbekistan on Saturday.", published="2025-03-08")
    assert events == []


def test_request_rejected_is_background(en):
    events = en.code_text("Yemen turned down a U.S. request to question the prisoners.", published="2025-03-08")
    assert _triples(events) == {("YEM", "USA", "REJECT")}


def test_demand_as_the_purpose_of_a_protest_is_no_second_act(en):
    events = en.code_text("Thousands of Chilean students demonstrated in Santiago to demand lower fees.",
                          published="2025-03-08")
    assert {e.plover for e in events} == {"PROTEST"}


def test_the_ministry_of_a_state_summoned_keeps_its_verb(en):
    events = en.code_text("The Ministry of Foreign Affairs of Latvia summoned the Chargé "
                          "d'Affaires of the Republic of Belarus.", published="2025-03-08")
    assert _triples(events) == {("LVA", "BLR", "ACCUSE")}


def test_purpose_of_a_requested_meeting_is_content(en):
    events = en.code_text("Chile called for a session of the U.N. Security Council to debate Peru's naval "
                          "build-up.", published="2025-03-08")
    assert not any(e.plover == "CONSULT" for e in events if not (e.negated or e.hypothetical))


def test_accepting_a_proposal_is_agreement(en):
    events = en.code_text("Peru accepted a Chilean proposal for joint patrols.", published="2025-03-08")
    assert ("PER", "CHL", "AGREE") in _triples(events)
