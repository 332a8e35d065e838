"""English trigger lexicon (lang/en/triggers.yaml): the CAMEO verb classes added for PLOVER types.

Sentences are written for these tests; each pairs a common news expression with the PLOVER type
its CAMEO class maps to.
"""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder


@pytest.fixture(scope="module")
def en() -> Coder:
    return Coder("en")


def _triples(events) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in events if not (e.negated or e.hypothetical)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # AID: relief supplies (070), peacekeepers (074)
    ("Germany sent relief supplies to Armenia.", ("DEU", "ARM", "AID")),
    ("Japan donated food to North Korea.", ("JPN", "PRK", "AID")),
    ("The Red Cross delivered medical supplies to Iraq.", ("NGO", "IRQ", "AID")),
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
