"""Announced, planned and conditional acts are coded as the statement about them (AGREE / THREATEN / REJECT).

All sentences are written for these tests. An act its actor announces is no hypothetical act: the
announcement has happened. A cooperative act announced is AGREE, a conflictual act announced or
planned is THREATEN, an act made an ultimatum ("unless") is THREATEN, a cooperative act announced as
not to be done is REJECT. Speculation, conditions before the act, attributive "planned" and
conflictual acts announced as not to be done keep the act flagged.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from mirrorwatch.cli import app
from mirrorwatch.coding import Coder

from ..conftest import acted_triples

_triples = acted_triples


def test_planned_sanction_is_a_threat(en):
    events = en.code_text("Japan plans to expel two Chinese diplomats.", published="2024-03-05")
    assert _triples(events) == {("JPN", "CHN", "THREATEN")}
    assert events[0].cameo.startswith("13") and not events[0].hypothetical


def test_reported_would_support_is_agree(en):
    events = en.code_text("Hungary said it would support Poland.", published="2024-03-05")
    assert ("HUN", "POL", "AGREE") in _triples(events)
    assert not any(e.plover == "SUPPORT" for e in events)


def test_ultimatum_with_unless_is_a_threat(en):
    events = en.code_text("Nigeria announced that it will withdraw its peacekeeping force from Chad unless "
                          "the fighting stops.", published="2024-03-05")
    assert ("NGA", "TCD", "THREATEN") in _triples(events)
    assert ("NGA", "TCD", "AGREE") not in _triples(events)


def test_refused_cooperation_in_the_future_is_reject(en):
    events = en.code_text("Argentina said it would not meet the Chilean delegation.", published="2024-03-05")
    got = _triples(events)
    assert ("ARG", "CHL", "REJECT") in got
    assert not any(e.plover in ("CONSULT", "AGREE") for e in events)


def test_speculation_stays_flagged(en):
    events = en.code_text("Analysts said Russia could attack Ukraine.", published="2024-03-05")
    assert _triples(events) == set()
    assert any(e.plover == "ASSAULT" and e.hypothetical for e in events)


def test_condition_before_the_act_stays_flagged(en):
    events = en.code_text("If Chile expels the envoy, Peru will impose sanctions on Chile.", published="2024-03-05")
    assert ("PER", "CHL", "THREATEN") not in _triples(events)


def test_negated_conflictual_intent_stays_flagged(en):
    events = en.code_text("Brazil will not impose sanctions on Venezuela.", published="2024-03-05")
    assert _triples(events) == set()


def test_attributive_planned_is_no_announcement(en):
    events = en.code_text("The planned visit of the Mexican president to Cuba was cancelled.", published="2024-03-05")
    assert not any(e.plover == "AGREE" for e in events)


def test_german_announced_sanctions_are_a_threat():
    events = Coder("de").code_text("Polen will Sanktionen gegen Belarus verhängen.", published="2024-03-05")
    assert _triples(events) == {("POL", "BLR", "THREATEN")}
    flagged = Coder("de").code_text("Frankreich könnte Sanktionen gegen Mali verhängen.", published="2024-03-05")
    assert _triples(flagged) == set()


def test_russian_intended_sanctions_are_a_threat():
    ru = Coder("ru")
    assert _triples(ru.code_text("Польша намерена ввести санкции против Белоруссии.", published="2024-03-05")) == \
        {("POL", "BLR", "THREATEN")}
    assert _triples(ru.code_text("Эстония может выслать российских дипломатов.", published="2024-03-05")) == set()


def test_explain_says_why_an_intent_became_a_threat(en):
    ex = en.explain("Japan plans to expel two Chinese diplomats.", published="2024-03-05")
    notes = [n for c in ex.candidates for n in c.notes]
    assert any(n.startswith("intent:") and "THREATEN" in n for n in notes)
    res = CliRunner().invoke(app, ["explain", "Japan plans to expel two Chinese diplomats.", "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "intent:" in res.stdout and "THREATEN" in res.stdout


def test_the_act_refused_is_negated_not_coded(en):
    events = en.code_text("The Greek cabinet refused to commit to more assistance for Libya.",
                          published="2024-03-05")
    assert _triples(events) == {("GRC", "LBY", "REJECT")}
    assert any(e.plover == "AGREE" and e.negated for e in events)  # kept for explain, flagged


def test_readiness_to_use_force_is_a_threat(en):
    events = en.code_text("Ecuador said it is prepared to expel the Colombian ambassador.", published="2024-03-05")
    assert ("ECU", "COL", "THREATEN") in _triples(events)
    assert not any(e.plover == "AGREE" and not (e.negated or e.hypothetical) for e in events)
    ex = en.explain("Ecuador said it is prepared to expel the Colombian ambassador.", published="2024-03-05")
    assert any("THREATEN" in n and n.startswith("intent:") for c in ex.candidates for n in c.notes)


def test_readiness_to_help_stays_agree(en):
    events = en.code_text("Japan is ready to send humanitarian aid to Nepal.", published="2024-03-05")
    assert ("JPN", "NPL", "AGREE") in _triples(events)
    assert ("JPN", "NPL", "THREATEN") not in _triples(events)


def test_a_promise_demanded_of_someone_is_the_demands_content(en):
    events = en.code_text("The United States urged North Korea to agree to new talks with South Korea.",
                          published="2024-03-05")
    got = _triples(events)
    assert ("USA", "PRK", "REQUEST") in got
    assert not any(p == "AGREE" for _, _, p in got)


def test_failed_agreement_is_mutual_rejection(en):
    got = _triples(en.code_text("Armenia and Azerbaijan failed to agree on a peace treaty.", published="2024-03-05"))
    assert got == {("ARM", "AZE", "REJECT"), ("AZE", "ARM", "REJECT")}


def test_counterfactual_would_have_is_no_threat(en):
    events = en.code_text("Without the agreement, Russia would have attacked Ukraine.", published="2024-03-05")
    assert _triples(events) == set()
    assert ("RUS", "UKR", "THREATEN") in _triples(en.code_text("Russia said it would attack Ukraine.",
                                                               published="2024-03-05"))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Analysts expect that Russia will expel more Estonian diplomats."),
    ("en", "Russia is likely to expel more Estonian diplomats."),
    ("de", "Experten erwarten, dass Russland weitere Diplomaten aus Estland ausweisen wird."),
    ("ru", "Эксперты ожидают, что Россия вышлет эстонских дипломатов."),
])
def test_speculation_is_no_announcement(lang, sentence):
    events = Coder(lang).code_text(sentence, published="2024-03-05")
    assert events and all(e.hypothetical for e in events)
    assert not any(e.plover == "THREATEN" for e in events)


def test_announcement_records_say_so_in_their_evidence(en):
    told = en.code_text("Japan plans to expel two Chinese diplomats.", published="2024-03-05")
    done = en.code_text("Japan expelled two Chinese diplomats.", published="2024-03-05")
    assert "modality:intent" in told[0].evidence
    assert "modality:intent" not in done[0].evidence


def test_declined_cooperation_is_one_sided_rejection(en):
    got = _triples(en.code_text("The Japanese prime minister declined to meet the Chinese delegation.",
                                published="2024-03-05"))
    assert got == {("JPN", "CHN", "REJECT")}
