"""English trigger lexicon (lang/en/triggers.yaml): the CAMEO verb classes added for PLOVER types.

Sentences are written for these tests; each pairs a common news expression with the PLOVER type
its CAMEO class maps to.
"""

from __future__ import annotations

import pytest

from ..conftest import acted_triples

_triples = acted_triples


@pytest.mark.parametrize(("sentence", "expected"), [
    # AID: relief supplies (070), peacekeepers (074)
    ("Germany sent relief supplies to Armenia.", ("DEU", "ARM", "AID")),
    ("Japan donated food to North Korea.", ("JPN", "PRK", "AID")),
    ("The Red Cross delivered medical supplies to Iraq.", ("IGO", "IRQ", "AID")),
    ("The United Nations deployed peacekeepers in Bosnia.", ("UNO", "BIH", "AID")),
    # COOPERATE: joint exercises (062), shared intelligence or evidence (064)
    ("Egypt and France held joint military exercises.", ("EGY", "FRA", "COOPERATE")),
    ("Egypt and France held joint military exercises.", ("FRA", "EGY", "COOPERATE")),
    ("Britain shared evidence with Spain.", ("GBR", "ESP", "COOPERATE")),
    # SUPPORT: diplomatic relations and embassies (054), welcoming a decision (051)
    ("Israel and Jordan established diplomatic relations.", ("ISR", "JOR", "SUPPORT")),
    ("Israel and Jordan established diplomatic relations.", ("JOR", "ISR", "SUPPORT")),
    ("South Korea opened an embassy in Moscow.", ("KOR", "RUS", "SUPPORT")),
    ("India welcomed Pakistan's decision.", ("IND", "PAK", "SUPPORT")),
    # CONCEDE: allowing a rally
    ("Kenya allowed the opposition rally.", ("KEN", "KEN", "CONCEDE")),
    # ACCUSE: investigations and charges
    ("Italian prosecutors opened an investigation into the Libyan embassy.", ("ITA", "LBY", "ACCUSE")),
    ("Greece lodged a complaint against Turkey.", ("GRC", "TUR", "ACCUSE")),
    # REJECT: declining, failing to agree (both sides)
    ("Poland declined an invitation from Russia.", ("POL", "RUS", "REJECT")),
    ("Ethiopia and Eritrea failed to reach an agreement.", ("ETH", "ERI", "REJECT")),
    ("Ethiopia and Eritrea failed to reach an agreement.", ("ERI", "ETH", "REJECT")),
    # RETREAT: resignation of an official (no recipient)
    ("The prime minister of Peru resigned.", ("PER", None, "RETREAT")),
])
def test_trigger_gives_the_plover_type(en, sentence, expected):
    assert expected in _triples(en.code_text(sentence))


def test_failing_to_agree_is_not_agreement(en):
    """'failed to reach an agreement' is the longer pattern: no AGREE from 'reach an agreement'."""
    got = _triples(en.code_text("Ethiopia and Eritrea failed to reach an agreement."))
    assert not any(t == "AGREE" for _, _, t in got)


def test_declining_an_invitation_is_not_the_invitation(en):
    got = _triples(en.code_text("Poland declined an invitation from Russia."))
    assert ("RUS", "POL", "AGREE") not in got


def test_joint_exercises_are_cooperation_not_mobilization(en):
    got = _triples(en.code_text("Egypt and France held joint military exercises."))
    assert not any(t == "MOBILIZE" for _, _, t in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    # SUPPORT: defending another state verbally (052)
    ("China defended North Korea against the criticism.", ("CHN", "PRK", "SUPPORT")),
    # CONSULT: receiving a visitor with a welcome (043)
    ("The French president gave a warm welcome to the Chilean leader.", ("FRA", "CHL", "CONSULT")),
    # ACCUSE (investigate): inspectors sent, nationals put under investigation
    ("The IAEA dispatched inspectors to Syria.", ("IGO", "SYR", "ACCUSE")),
    ("Italy put two Tunisian nationals under investigation.", ("ITA", "TUN", "ACCUSE")),
    # REJECT: being opposed to
    ("Belgium is opposed to Dutch mediation.", ("BEL", "NLD", "REJECT")),
    # SANCTION: halting talks or visits (164/165), cutting aid (162), breaking off relations (161)
    ("Egypt broke off the talks with Sudan.", ("EGY", "SDN", "SANCTION")),
    ("Finland postponed a planned visit to Russia.", ("FIN", "RUS", "SANCTION")),
    ("The United States cut its aid to Pakistan.", ("USA", "PAK", "SANCTION")),
    ("Norway suspended its aid to Zimbabwe.", ("NOR", "ZWE", "SANCTION")),
    ("Ghana broke off diplomatic relations with Israel.", ("GHA", "ISR", "SANCTION")),
    # MOBILIZE: reinforcing forces, alerts (152/154)
    ("Syria strengthened its forces in Lebanon.", ("SYR", "LBN", "MOBILIZE")),
    ("India put its troops on alert.", ("IND", None, "MOBILIZE")),
])
def test_more_cameo_classes(en, sentence, expected):
    assert expected in _triples(en.code_text(sentence))


def test_broken_off_talks_are_no_consultation(en):
    """'broke off the talks' ends talks: the noun 'talks' inside must not yield CONSULT."""
    got = _triples(en.code_text("Egypt broke off the talks with Sudan."))
    assert not any(t == "CONSULT" for _, _, t in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peru issued an ultimatum to Ecuador.", ("PER", "ECU", "THREATEN")),
    ("Hamas vowed to avenge the killing by Israel.", ("PSE", "ISR", "THREATEN")),
])
def test_threats(en, sentence, expected):
    assert expected in _triples(en.code_text(sentence))


def test_vowing_to_fight_is_a_threat_not_an_attack(en):
    got = _triples(en.code_text("Eritrean rebels vowed to fight Ethiopia."))
    assert any(t == "THREATEN" for _, _, t in got)
    assert not any(t == "ASSAULT" for _, _, t in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Farmers in France blocked the bridge to Germany.", ("FRA", "DEU", "PROTEST")),
    ("Opposition parties in Bangladesh organized a general strike.", ("BGD", "BGD", "PROTEST")),
])
def test_protest_forms_with_words_between(en, sentence, expected):
    """'organized a general strike', 'blocked the bridge': the verb and its noun may stand apart."""
    assert expected in _triples(en.code_text(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The European Union called for the withdrawal of Serbian forces.", ("EUR", "SRB", "REQUEST")),
    ("Iraq allowed UN weapons inspectors into the country.", ("IRQ", "UNO", "RETREAT")),
    ("Syria granted the Red Cross access to the prisons.", ("SYR", "IGO", "RETREAT")),
])
def test_calls_and_access(en, sentence, expected):
    """'call for' is a demand (10); letting inspectors or the Red Cross in is RETREAT access (086)."""
    assert expected in _triples(en.code_text(sentence))


def test_advancing_some_distance_into_a_state_is_seizure(en):
    """'advanced ten kilometres into Syria': the distance may stand inside the pattern (COERCE 192)."""
    assert ("TUR", "SYR", "COERCE") in _triples(en.code_text("Turkish troops advanced ten kilometres into Syria."))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Azerbaijan handed over 15 tonnes of humanitarian aid to Turkey.", ("AZE", "TUR", "AID")),
    ("Kazakhstan sent a humanitarian convoy to Kyrgyzstan.", ("KAZ", "KGZ", "AID")),
    ("Armenia and Azerbaijan exchanged prisoners.", ("ARM", "AZE", "COOPERATE")),
    ("Russia returned the bodies of 500 Ukrainian soldiers to Ukraine.", ("RUS", "UKR", "RETREAT")),
    ("A Russian drone attack on Kyiv killed five people.", ("RUS", "UKR", "ASSAULT")),
])
def test_modern_news_expressions(en, sentence, expected):
    assert expected in _triples(en.code_text(sentence))


def test_handing_over_aid_is_aid_not_extradition(en):
    got = _triples(en.code_text("Azerbaijan handed over 15 tonnes of humanitarian aid to Turkey."))
    assert ("AZE", "TUR", "COOPERATE") not in got


@pytest.mark.parametrize("sentence", [
    "Japan apologized to South Korea for the wartime abuses.",
    "Canada offered a formal apology to Mexico.",
])
def test_apology_is_a_concession_not_support(en, sentence):
    """Regret for one's own act is CONCEDE (PLOVER manual), as the de and ru packs code it."""
    triples = _triples(en.code_text(sentence))
    assert any(t[2] == "CONCEDE" for t in triples), triples
    assert not any(t[2] == "SUPPORT" for t in triples), triples


def test_agreeing_to_a_ceasefire_is_agreement_declaring_one_is_retreat(en):
    """A ceasefire agreed is a commitment (AGREE); a ceasefire declared is carried out (RETREAT)."""
    agreed = _triples(en.code_text("Armenia and Azerbaijan agreed to a ceasefire."))
    assert ("ARM", "AZE", "AGREE") in agreed and not any(t[2] == "RETREAT" for t in agreed), agreed
    declared = _triples(en.code_text("Armenia and Azerbaijan declared a ceasefire."))
    assert ("ARM", "AZE", "RETREAT") in declared, declared


@pytest.mark.parametrize("sentence", [
    "Italy handed over medicines to Libya.",
    "Japan sent medicine to Nepal.",
])
def test_handing_over_medicine_is_aid(en, sentence):
    """Medicine handed over is aid, not the extradition sense of 'hand over'."""
    triples = _triples(en.code_text(sentence))
    assert any(t[2] == "AID" for t in triples) and not any(t[2] == "COOPERATE" for t in triples), triples


def test_the_adjective_close_is_no_closure(en):
    """'close' as an adjective ("a close ally") is no act; closing a named facility is COERCE."""
    assert not any(t[2] == "COERCE" for t in _triples(en.code_text("Germany is a close ally of France.")))
    assert ("RUS", "POL", "COERCE") in _triples(en.code_text("Russia closed the Polish consulate."))


def test_searching_for_a_solution_is_no_raid(en):
    """'search for' a solution is no act; searching a named place is a raid (COERCE)."""
    assert not _triples(en.code_text("Iran searched for a solution with Iraq."))
    assert ("TUR", "SAU", "COERCE") in _triples(en.code_text("Turkish police searched the Saudi consulate."))


def test_the_adjective_free_is_no_release(en):
    """'free elections' is no release; freeing people is RETREAT release."""
    assert not any(t[2] == "RETREAT" for t in _triples(en.code_text("Kenya held free elections with observers from Uganda.")))
    assert ("IRN", "GBR", "RETREAT") in _triples(en.code_text("Iran freed two British nationals."))
