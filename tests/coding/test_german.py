"""German coding: wire-copy verbs and nouns of every PLOVER type, roles, modality and dates.

All sentences are written for these tests (none is taken from the evaluation sets). Each case
states the (source, target, PLOVER type) a reader of the sentence expects; the coder must emit it
unflagged. Modality cases must emit nothing unflagged, date cases the expected date and precision.
"""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder

PUB = "2025-03-14"  # a Friday


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder("de")


def _tuples(coder: Coder, text: str, *, flagged: bool = False) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in coder.code_text(text, published=PUB) if flagged or not (e.negated or e.hypothetical)}


EVENTS = [
    # ACCUSE: summons (also passive with "ins Auswärtige Amt"), criticism, protest, allegations
    ("Das Außenministerium in Berlin bestellte am Montag den russischen Botschafter ein.", ("DEU", "RUS", "ACCUSE")),
    ("Der iranische Geschäftsträger wurde ins Auswärtige Amt einbestellt.", ("DEU", "IRN", "ACCUSE")),
    ("Frankreich hat den algerischen Botschafter einbestellt.", ("FRA", "DZA", "ACCUSE")),
    ("Die ukrainische Regierung kritisierte Ungarn für die Blockade.", ("UKR", "HUN", "ACCUSE")),
    ("Peking protestierte bei Tokio gegen den Besuch.", ("CHN", "JPN", "ACCUSE")),
    ("Litauen warf Belarus vor, Migranten über die Grenze zu schleusen.", ("LTU", "BLR", "ACCUSE")),
    ("Die Regierung in Baku beschuldigte Armenien der Spionage.", ("AZE", "ARM", "ACCUSE")),
    # genitive names ("Putins", "Chinas") own the office that follows them
    ("Putins Sprecher kritisierte die Entscheidung Finnlands.", ("RUS", "FIN", "ACCUSE")),
    ("Chinas Außenministerium verurteilte den Besuch in Taiwan.", ("CHN", "TWN", "ACCUSE")),
    # SANCTION: expulsion (separable "wies ... aus"), persona non grata, sanctions, border closure
    ("Russland wies zwei deutsche Diplomaten aus.", ("RUS", "DEU", "SANCTION")),
    ("Estland erklärte einen russischen Diplomaten zur Persona non grata.", ("EST", "RUS", "SANCTION")),
    ("Die EU verhängte neue Sanktionen gegen Russland.", ("EUR", "RUS", "SANCTION")),
    ("Litauen schloss die Grenze zu Belarus.", ("LTU", "BLR", "SANCTION")),
    # withdrawn diplomats in a "dass" clause: the speaker is the source, not the passive's subject
    ("Der israelische Außenminister teilte mit, dass alle Repräsentanten aus der Türkei abgezogen werden.",
     ("ISR", "TUR", "SANCTION")),
    # COERCE: arrest, deportation
    ("Die Polizei in Polen nahm zwei Belarussen fest.", ("POL", "BLR", "COERCE")),
    ("Deutschland schob 28 Afghanen nach Afghanistan ab.", ("DEU", "AFG", "COERCE")),
    # CONSULT, both directions
    ("Scholz traf sich am Dienstag mit dem chinesischen Präsidenten Xi Jinping in Peking.", ("DEU", "CHN", "CONSULT")),
    ("Macron telefonierte mit Selenskyj.", ("UKR", "FRA", "CONSULT")),
    ("Der türkische Präsident empfing den ungarischen Regierungschef in Ankara.", ("HUN", "TUR", "CONSULT")),
    # SUPPORT: signing, also a compound ("Migrationsabkommen") and verb-first order
    ("Japan und Indien unterzeichneten ein Abkommen über Verteidigung.", ("IND", "JPN", "SUPPORT")),
    ("Deutschland und Kenia schlossen ein Migrationsabkommen.", ("KEN", "DEU", "SUPPORT")),
    ("Die Bundesregierung hat ein Rückführungsabkommen mit Georgien geschlossen.", ("GEO", "DEU", "SUPPORT")),
    # office + holder as one actor in a coordination
    ("Unterzeichnet haben den Vertrag der kasachische Präsident Kassym-Schomart Tokajew und "
     "der usbekische Präsident Schawkat Mirsijojew.", ("KAZ", "UZB", "SUPPORT")),
    # AGREE, REQUEST, THREATEN, REJECT
    ("Serbien und Kosovo vereinbarten, die Gespräche fortzusetzen.", ("SRB", "XKX", "AGREE")),
    ("Deutschland sagte der Ukraine weitere Luftabwehrsysteme zu.", ("DEU", "UKR", "AGREE")),
    ("China forderte Japan auf, die Einleitung zu stoppen.", ("CHN", "JPN", "REQUEST")),
    ("Moskau drohte Finnland mit Gegenmaßnahmen.", ("RUS", "FIN", "THREATEN")),
    ("Teheran wies die Vorwürfe aus Baku zurück.", ("IRN", "AZE", "REJECT")),
    ("Russland lehnte den Vorschlag der Ukraine ab.", ("RUS", "UKR", "REJECT")),
    # RETREAT, ASSAULT, AID
    ("Belarus ließ zwei polnische Staatsbürger frei.", ("BLR", "POL", "RETREAT")),
    ("Russische Truppen griffen ukrainische Stellungen an.", ("RUS", "UKR", "ASSAULT")),
    ("Israel beschoss Ziele im Libanon.", ("ISR", "LBN", "ASSAULT")),
    # the speaker of "..., sagte X" is no target: both sides of the pair promise each other
    ("Die beiden Länder hätten sich verpflichtet, das Feuer einzustellen, sagte Trump.", ("ARM", "AZE", "AGREE")),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS, ids=[e[1][2] + ":" + e[0][:40] for e in EVENTS])
def test_german_event(coder: Coder, text: str, expected: tuple) -> None:
    context = "Trump empfing die Präsidenten Armeniens und Aserbaidschans. " if "beiden Länder" in text else ""
    assert expected in _tuples(coder, context + text)


def test_evaluative_judgement_targets_the_judged_state(coder: Coder) -> None:
    text = ("Kosovo warf Serbien Provokationen vor. "
            "\"Das Eindringen serbischer Soldaten ist eine Aggression\", schrieb Kosovos Regierungschef.")
    got = _tuples(coder, text)
    assert ("XKX", "SRB", "ACCUSE") in got
    assert ("SRB", "XKX", "ACCUSE") not in got


def test_accused_content_is_no_act(coder: Coder) -> None:
    # what Indien claims Pakistan does is the accusation's content, not a SUPPORT event
    got = _tuples(coder, "Indien warf Pakistan vor, das Land unterstütze Terroristen in Kaschmir.")
    assert ("IND", "PAK", "ACCUSE") in got
    assert not any(t[2] == "SUPPORT" for t in got)


def test_promised_content_is_not_a_ceasefire(coder: Coder) -> None:
    got = _tuples(coder, "Armenien und Aserbaidschan. Beide Seiten verpflichteten sich, die Kämpfe einzustellen.")
    assert not any(t[2] == "RETREAT" for t in got)


def test_announcing_is_not_terminating(coder: Coder) -> None:
    # "kündigten an" must not read as "kündigen" (terminate a treaty → SANCTION)
    got = _tuples(coder, "Armenien und Aserbaidschan kündigten an, den Vertrag im Mai zu unterzeichnen.", flagged=True)
    assert not any(t[2] == "SANCTION" for t in got)


def test_object_noun_before_its_verb_is_background(coder: Coder) -> None:
    # "die Einigung blockiert": the agreement is what was blocked, no AGREE event
    got = _tuples(coder, "Die EU wollte neue Sanktionen beschließen. Ungarn hatte die Einigung blockiert.")
    assert ("HUN", "EUR", "REJECT") in got
    assert not any(t[2] == "AGREE" for t in got)


def test_ordered_departure_of_nationals_is_deportation(coder: Coder) -> None:
    text = ("Indien verschärft den Kurs gegen Pakistan. Laut Außenministerium wurde die Ausreise "
            "sämtlicher pakistanischen Staatsbürger angeordnet.")
    events = [e for e in coder.code_text(text, published=PUB) if e.plover == "COERCE"]
    assert events, "no COERCE event"
    assert (events[0].source.country, events[0].target.country, events[0].mode) == ("IND", "PAK", "deport")
    assert events[0].target.sector == "CVL"


MODAL = [
    "Deutschland hat den Botschafter nicht einbestellt.",
    "Moskau bestreitet, Polen angegriffen zu haben.",
    "Frankreich könnte weitere russische Diplomaten ausweisen.",
    "Polen erwägt, die Grenze zu Belarus zu schließen.",
    "Falls Moskau die Soldaten nicht abzieht, will die EU Sanktionen gegen Russland verhängen.",
]


@pytest.mark.parametrize("text", MODAL)
def test_negated_or_hypothetical_is_flagged(coder: Coder, text: str) -> None:
    assert _tuples(coder, text) == set()
    assert _tuples(coder, text, flagged=True), "the flagged event should still be there for explain"


DATES = [
    ("Am Donnerstag bestellte Berlin den russischen Botschafter ein.", "2025-03-13", "day"),
    ("Am 3. März bestellte Berlin den russischen Botschafter ein.", "2025-03-03", "day"),
    ("Vor drei Tagen bestellte Berlin den russischen Botschafter ein.", "2025-03-11", "day"),
    ("Diese Woche bestellte Berlin den russischen Botschafter ein.", "2025-03", "month"),
    ("Im Dezember 2024 bestellte Berlin den russischen Botschafter ein.", "2024-12", "month"),
]


@pytest.mark.parametrize(("text", "date", "precision"), DATES)
def test_german_dates(coder: Coder, text: str, date: str, precision: str) -> None:
    events = coder.code_text(text, published=PUB)
    assert events
    assert (events[0].date, events[0].date_precision) == (date, precision)


# --- the showcase article examples/html/de/02-jekaterinburg-baku-spiegelstrategie.html (our own text)
JEKATERINBURG = (
    "Baku/Moskau – Russische Polizisten sind am Freitag, dem 27. Juni, in Jekaterinburg mit Razzien gegen "
    "Aserbaidschaner vorgegangen und haben damit eine schwere Krise zwischen Moskau und Baku ausgelöst. "
    "Bei den Einsätzen nahmen Polizisten mehrere Aserbaidschaner fest; zwei Brüder kamen dabei ums Leben.\n\n"
    "Am Montag, dem 30. Juni, durchsuchte die aserbaidschanische Polizei das Büro der russischen "
    "Staatsagentur Sputnik Aserbaidschan in Baku. Zwei leitende Mitarbeiter der Agentur, beide russische "
    "Staatsbürger, wurden festgenommen. Ob Moskau mit weiteren Gegenmaßnahmen antworten wird, war zunächst offen."
)


def _coded(coder: Coder, text: str, pub: str = "2025-07-01") -> list[tuple]:
    return [(e.sentence_index, e.source.country, e.source.sector, e.target.country if e.target else None,
             e.plover, e.date, e.negated or e.hypothetical) for e in coder.code_text(text, published=pub)]


def test_raid_against_nationals_is_aimed_at_them_not_at_the_pair(coder: Coder) -> None:
    # "gegen X" gives the target, the subject the agent; "Krise zwischen Moskau und Baku" is no agent
    got = [e for e in _coded(coder, JEKATERINBURG) if e[0] == 0]
    assert (0, "RUS", "COP", "AZE", "COERCE", "2025-06-27", False) in got
    assert not any(e[1] == "AZE" for e in got)


def test_pair_after_zwischen_still_meets(coder: Coder) -> None:
    got = _tuples(coder, "Am Montag gab es in Genf Gespräche zwischen Serbien und Kosovo.")
    assert {("SRB", "XKX", "CONSULT"), ("XKX", "SRB", "CONSULT")} <= got


def test_multi_place_dateline_is_no_actor(coder: Coder) -> None:
    got = _tuples(coder, "Kiew/Warschau – Polen hat zwei ukrainische Lkw-Fahrer festgenommen.")
    assert ("POL", "UKR", "COERCE") in got
    assert not any(t[0] == "UKR" for t in got)


def test_follow_up_sentence_takes_the_day_of_the_previous_act(coder: Coder) -> None:
    got = [e for e in _coded(coder, JEKATERINBURG) if e[0] == 1]
    assert (1, "RUS", "COP", "AZE", "COERCE", "2025-06-27", False) in got


def test_agentless_passive_with_apposition_takes_the_previous_actor(coder: Coder) -> None:
    got = [e for e in _coded(coder, JEKATERINBURG) if e[4] == "COERCE" and e[1] == "AZE"]
    assert (2, "AZE", "COP", "RUS", "COERCE", "2025-06-30", False) in got  # the raid on the office
    assert (3, "AZE", "COP", "RUS", "COERCE", "2025-06-30", False) in got  # the arrest


def test_open_question_is_no_event(coder: Coder) -> None:
    assert not any(e[0] == 4 and not e[6] for e in _coded(coder, JEKATERINBURG))
    text = "Ob Kiew mit einem Verbot antworten wird, ist unklar."
    assert _tuples(coder, text) == set()


def test_ich_in_a_quote_is_the_acting_state(coder: Coder) -> None:
    text = ("Israels Außenminister reagierte am Samstag auf Kritik aus Ankara. "
            "\"Nach den Worten aus Ankara habe ich die Rückkehr der Diplomaten angeordnet\", "
            "schrieb er.")
    got = _tuples(coder, text)
    assert ("ISR", "TUR", "SANCTION") in got
    assert ("TUR", "ISR", "SANCTION") not in got


LEXICON_ROUND2 = [
    # retaliation announced is a threat ("kündigte Vergeltungsmaßnahmen an"), also after a rejection
    ("Teheran wies die Vorwürfe aus Wien zurück und kündigte Gegenmaßnahmen gegen Österreich an.",
     ("IRN", "AUT", "THREATEN")),
    # declaring diplomats unwanted persons is their expulsion
    ("Minsk erklärte drei litauische Diplomaten zu unerwünschten Personen.", ("BLR", "LTU", "SANCTION")),
    # ordering diplomats out of the country is an expulsion (SANCTION), not a deportation
    ("Das Außenministerium in Oslo bestellte den russischen Botschafter ein und teilte ihm mit, "
     "die Diplomaten müssten das Land binnen einer Woche verlassen.", ("NOR", "RUS", "SANCTION")),
    # withdrawn permits of another state's consulate
    ("Zudem entzog Peking dem kanadischen Konsulat in Shanghai die Erlaubnis zur Arbeit.", ("CHN", "CAN", "SANCTION")),
]


@pytest.mark.parametrize(("text", "expected"), LEXICON_ROUND2, ids=[e[1][2] + ":" + e[0][:40] for e in LEXICON_ROUND2])
def test_german_event_round2(coder: Coder, text: str, expected: tuple) -> None:
    assert expected in _tuples(coder, text)


def test_diplomats_ordered_out_are_not_deported(coder: Coder) -> None:
    text = ("Das Außenministerium in Oslo bestellte den russischen Botschafter ein und teilte ihm mit, "
            "die Diplomaten müssten das Land binnen einer Woche verlassen.")
    assert not any(t[2] == "COERCE" for t in _tuples(coder, text))


@pytest.mark.parametrize("land", ["Bayern", "Sachsen", "Nordrhein-Westfalen", "Baden-Württemberg", "Hamburg"])
def test_german_land_is_a_place_of_germany(coder: Coder, land: str) -> None:
    events = coder.code_text(f"In {land} wurden am Dienstag zwei georgische Staatsbürger festgenommen.", published=PUB)
    got = {(e.source.country, e.target.country if e.target else None, e.plover) for e in events}
    assert ("DEU", "GEO", "COERCE") in got
    assert any(e.location is not None and e.location.country == "DEU" for e in events)


def test_agentless_sanction_takes_the_acting_state_from_context(coder: Coder) -> None:
    # "wurden ... verhängt" is a passive (not a future), its agent the state the article is about
    text = "Die EU verschärft ihren Kurs gegenüber Minsk. Gegen Belarus wurden am Montag neue Sanktionen verhängt."
    assert ("EUR", "BLR", "SANCTION") in _tuples(coder, text)


def test_agreeing_on_a_sanctions_package_is_a_sanction(coder: Coder) -> None:
    got = _tuples(coder, "Die G7 haben sich am Montag auf weitere Sanktionen gegen Iran geeinigt.")
    assert any(t[1] == "IRN" and t[2] == "SANCTION" for t in got)
