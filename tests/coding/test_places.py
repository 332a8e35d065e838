"""Places (towns and cities of places.tsv) in the coder: locations only, never actors."""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder


@pytest.fixture(scope="module")
def coders():
    return {lang: Coder(lang) for lang in ("de", "en", "ru")}


def _events(coders, lang, text):
    return coders[lang].code_text(text, published="2025-05-14")


def _places(coders, lang, text):
    return [a for a in coders[lang].explain(text, published="2025-05-14").actors if a["kind"] == "place"]


@pytest.mark.parametrize(("lang", "text", "state", "place"), [
    ("en", "Hundreds of students demonstrated in Kirkuk on Saturday.", "IRQ", "Kirkuk"),
    ("de", "Hunderte Studenten demonstrierten am Samstag in Jekaterinburg.", "RUS", "Jekaterinburg"),
    ("ru", "Сотни студентов провели акцию протеста в Екатеринбурге.", "RUS", "Екатеринбург"),
])
def test_protesters_take_the_state_of_the_town(coders, lang, text, state, place):
    evs = _events(coders, lang, text)
    assert evs, text
    e = evs[0]
    assert e.plover == "PROTEST"
    assert e.source.country == state
    assert e.location is not None
    assert (e.location.country, e.location.place) == (state, place)


def test_without_the_gazetteer_the_town_gives_nothing():
    from mirrorwatch.coding.actors import _place_settings
    from mirrorwatch.lang import load_overlay

    coder = Coder("en")
    text = "Hundreds of students demonstrated in Kirkuk on Saturday."
    base = coder.code_text(text, published="2025-05-14")
    assert base and base[0].location is not None
    # the same sentence with an empty places.tsv: no state for the protesters, no event
    lex = load_overlay("en", {"places.tsv": ""})
    coder._lexicon = lambda text, lang: lex  # type: ignore[method-assign]
    assert _place_settings("en")[1]  # (the shipped table is still there for other coders)
    assert coder.code_text(text, published="2025-05-14") == []


def test_a_place_is_never_source_or_target(coders):
    text = "Kirkuk condemned the Turkish air strikes."
    evs = _events(coders, "en", text)
    assert all(e.source.country != "IRQ" and (e.target is None or e.target.country != "IRQ") for e in evs)
    assert [p["text"] for p in _places(coders, "en", text)] == ["Kirkuk"]


def test_a_capital_is_still_the_government(coders):
    evs = _events(coders, "en", "Baghdad condemned the Turkish air strikes.")
    assert any(e.source.country == "IRQ" and e.source.sector == "GOV" for e in evs)


def test_place_after_location_preposition_is_the_location(coders):
    evs = _events(coders, "en", "Turkish troops shelled Syrian army positions near Aleppo on Monday.")
    assert evs and evs[0].source.country == "TUR" and evs[0].target.country == "SYR"
    assert evs[0].location.country == "SYR" and evs[0].location.place == "Aleppo"


def test_country_adjective_before_place_noun_gives_the_state(coders):
    # "Hit" is an English word (no places.tsv row); the frame makes it an Iraqi town
    evs = _events(coders, "en", "Iraqi police arrested two smugglers in the Iraqi town of Hit.")
    assert evs and evs[0].location is not None
    assert (evs[0].location.country, evs[0].location.place) == ("IRQ", "Hit")


def test_based_frame(coders):
    places = _places(coders, "en", "A Kirkuk-based militia attacked Turkish soldiers.")
    assert [(p["text"], p["place"]) for p in places] == [("Kirkuk", "IRQ")]


@pytest.mark.parametrize(("text", "place"), [
    ("KIRKUK (Reuters) - Turkish warplanes bombed Syrian army positions on Monday.", "Kirkuk"),
    ("Samarra, May 12 - Turkish warplanes bombed Syrian army positions on Monday.", "Samarra"),
])
def test_dateline_sets_the_location(coders, text, place):
    evs = _events(coders, "en", text)
    assert evs and evs[0].location is not None
    assert evs[0].location.country == "IRQ" and evs[0].location.place == place


def test_lower_case_name_is_a_word_not_a_place(coders):
    assert _places(coders, "en", "Protesters gathered in kirkuk square.") == []
    assert [p["text"] for p in _places(coders, "en", "Protesters gathered in Kirkuk.")] == ["Kirkuk"]


def test_ordinary_word_is_no_place(coders):
    assert _places(coders, "en", "Police officers arrested 20 people in Reading on Sunday.") == []
    assert _places(coders, "de", "Die Polizei nahm beim Essen in Halle zwei Männer fest.") == []


def test_place_resolves_a_bare_institution(coders):
    evs = _events(coders, "en", "Police in Kirkuk arrested three Turkish citizens.")
    assert any(e.source.country == "IRQ" and e.source.sector == "COP" for e in evs)
    evs = _events(coders, "ru", "В Екатеринбурге полиция задержала трёх граждан Турции.")
    assert any(e.source.country == "RUS" and e.source.sector == "COP" for e in evs)


def test_place_does_not_start_carry_over(coders):
    # the town names no state of the story: the later unresolved ministry stays without a state
    text = "Protests continued in Kirkuk. The ministry condemned Turkey."
    evs = _events(coders, "en", text)
    assert not any(e.source.country == "IRQ" for e in evs)


def test_explain_shows_the_place(coders):
    ex = coders["en"].explain("Hundreds of students demonstrated in Kirkuk on Saturday.", published="2025-05-14")
    places = [a for a in ex.actors if a["kind"] == "place"]
    assert places and places[0]["place"] == "IRQ" and places[0]["country"] is None
    from rich.console import Console

    console = Console(record=True, width=160)
    console.print(ex)
    out = console.export_text()
    assert "(IRQ)" in out and "location only" in out and "at Kirkuk (IRQ)" in out


def test_allowed_city_word_is_a_place_only_capitalised(coders):
    # "Split" is kept although it is an English word: lower case it stays the word
    assert _places(coders, "en", "The vote split the coalition in two.") == []
    evs = _events(coders, "en", "Hundreds of dockers demonstrated in Split on Friday.")
    assert evs and evs[0].location is not None and evs[0].location.country == "HRV"


def test_spelling_variant_gives_the_location(coders):
    evs = _events(coders, "en", "Hundreds of students demonstrated in Basra on Monday.")
    assert evs and (evs[0].location.country, evs[0].location.place) == ("IRQ", "Basra")
    assert evs[0].source.country == "IRQ"


@pytest.mark.parametrize(("lang", "text", "state"), [
    ("en", "Iraqi troops attacked Turkish soldiers in south Lebanon on Friday.", "LBN"),
    ("en", "Iranian troops attacked Turkish soldiers in the north of Iraq on Friday.", "IRQ"),
    ("en", "Russian troops attacked Turkish soldiers in north-west Syria on Friday.", "SYR"),
    ("de", "Russische Truppen griffen türkische Soldaten im Norden Syriens an.", "SYR"),
    ("de", "Iranische Truppen griffen türkische Soldaten im Süden des Libanon an.", "LBN"),
    ("de", "Iranische Truppen griffen türkische Soldaten im Zentrum von Bagdad an.", "IRQ"),
    ("ru", "Иранские войска атаковали турецких военных на юге Ливана.", "LBN"),
    ("ru", "Российские войска атаковали турецких военных в северном Ираке.", "IRQ"),
])
def test_direction_words_lead_to_the_location(coders, lang, text, state):
    evs = _events(coders, lang, text)
    assert evs, text
    assert all(e.location is not None and e.location.country == state for e in evs)
    assert all(state not in (e.source.country, e.target.country if e.target else None) for e in evs)


def test_direction_word_without_a_location_preposition_keeps_the_role(coders):
    # no "in" before it: the state is the object, as without the direction word
    evs = _events(coders, "en", "Turkish troops attacked the north of Iraq on Friday.")
    assert evs and evs[0].target is not None and evs[0].target.country == "IRQ"


def test_capitalised_direction_word_names_a_region_of_its_own(coders):
    # "Northern Ireland" is no part of the Irish state: no location reached through "Northern"
    evs = _events(coders, "en", "British troops arrested Irish citizens in Northern Ireland on Friday.")
    assert evs
    assert not any(e.location is not None and e.location.country == "IRL" for e in evs)
