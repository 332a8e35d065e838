"""places.tsv: the GeoNames gazetteer of each pack, loaded as pattern kind "place"."""

from __future__ import annotations

import pytest

from mirrorwatch.coding.matching import match
from mirrorwatch.coding.tokens import tokenize
from mirrorwatch.lang import available, load, load_overlay, pack_dir, version


def _places(lang: str, text: str) -> set[str]:
    return {h.pattern.data[0] for h in match(load(lang), tokenize(text, lang)) if h.pattern.kind == "place"}


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_every_pack_ships_a_sorted_small_gazetteer(lang):
    path = pack_dir(lang) / "places.tsv"
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    assert len(rows) > 3000
    assert path.stat().st_size < 400_000
    assert rows == sorted(rows, key=lambda r: (r[0], r[1]))
    assert len(load(lang).places) > 3000


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "clashes near Samarra", "IRQ"),
    ("en", "a rally in Goražde", "BIH"),
    ("en", "a rally in Gorazde", "BIH"),
    ("de", "Razzien in Jekaterinburg", "RUS"),
    ("de", "die Straßen Jekaterinburgs", "RUS"),
    ("de", "Gespräche in Genf", "CHE"),
    ("ru", "обыски в Екатеринбурге", "RUS"),
    ("ru", "под Харьковом", "UKR"),
    ("ru", "в Тель-Авиве", "ISR"),
])
def test_place_names_match_inflected_forms(lang, text, code):
    assert code in _places(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the reading of a mobile bath"),    # Reading, Mobile, Bath: ordinary words
    ("en", "Police said it was mobile."),       # Police (Poland), Mobile (USA)
    ("de", "beim Essen in der Halle"),           # Essen, Halle: German words
    ("ru", "борьба за мир"),                     # Мир: "peace"
    ("ru", "орёл над полем"),                    # Орёл: "eagle"
])
def test_ordinary_words_are_no_places(lang, text):
    assert _places(lang, text) == set()


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_no_place_is_also_an_actor_pattern(lang):
    lex = load(lang)
    for _, (_, pats) in lex.automaton.items():
        kinds = {p.kind for p in pats}
        assert not ("place" in kinds and kinds & {"country", "person", "org", "inst"}), pats


def test_capital_stays_a_country_pattern():
    # Moscow is a capital (countries.tsv), not a place row: it keeps meaning the government
    hits = match(load("en"), tokenize("Moscow", "en"))
    assert {h.pattern.kind for h in hits} == {"country"}


def test_places_change_the_lexicon_version():
    lex = load_overlay("en", {"places.tsv": "code\ttext\tnote\nIRQ\tKirkuk\t\n"})
    assert lex.version != load("en").version
    assert set(lex.places.values()) == {("IRQ", "Kirkuk")}


def test_a_pack_without_places_loads():
    lex = load_overlay("en", {"places.tsv": ""})
    assert lex.places == {}
    assert not _places_in(lex, "in Kirkuk")


def _places_in(lex, text):
    return [h for h in match(lex, tokenize(text, lex.lang)) if h.pattern.kind == "place"]


def test_check_reports_unknown_codes_and_actor_collisions(tmp_path, monkeypatch):
    import mirrorwatch.lang as L

    src = pack_dir("en")
    for f in src.iterdir():
        if f.is_file():
            (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "places.tsv").write_text("code\ttext\tnote\nZZZ\tKirkuk\t\nIRQ\tBaghdad\t\nIRQ\tMosul\t\nIRQ\tMosul\t\n",
                                         encoding="utf-8")
    monkeypatch.setattr(L, "pack_dir", lambda lang: tmp_path)
    L.load.cache_clear()
    try:
        msgs = [(p["level"], p["message"]) for p in L.check("en")]
    finally:
        L.load.cache_clear()
    assert any(lv == "error" and "unknown country code 'ZZZ'" in m for lv, m in msgs)
    assert any(lv == "error" and "'baghdad' is also an actor pattern" in m for lv, m in msgs)
    assert any(lv == "warning" and "duplicate" in m for lv, m in msgs)


def test_shipped_packs_check_clean_for_places():
    from mirrorwatch.lang import check

    problems = [p for p in check() if "places.tsv" in p["where"] and p["level"] == "error"]
    assert problems == []
    assert version() and "en" in available()


@pytest.mark.parametrize(("lang", "text", "code"), [
    # spelling variants of big cities (GeoNames alternate names: tools/build_places.py ``variants``)
    ("en", "shelling around Basra overnight", "IRQ"),
    ("en", "queues in Kharkov and Kharkiv", "UKR"),
    ("en", "the port of Odessa", "UKR"),
    ("en", "a market in Dnipro", "UKR"),
    ("en", "rubble in Aleppo", "SYR"),
    ("en", "convoys to Mosul", "IRQ"),
    ("de", "Kämpfe um Mossul", "IRQ"),
    ("de", "Angriffe auf Basra", "IRQ"),
    ("de", "Stromausfall in Kharkov", "UKR"),
    # real cities the ordinary-word test would drop (``ALLOW_WORDS``)
    ("en", "a march in Providence", "USA"),
    ("en", "a curfew in Van", "TUR"),
    ("en", "the harbour of Split", "HRV"),
    ("de", "ein Gipfel in Schanghai", "CHN"),
])
def test_big_city_spellings_and_allowed_words_are_places(lang, text, code):
    assert code in _places(lang, text)


def test_odessa_is_the_ukrainian_city_and_tiflis_the_capital():
    # the Texan Odessa has a ninth of the Ukrainian city's inhabitants: the variant wins
    assert _places("en", "ships left Odessa") == {"UKR"}
    # German "Tiflis" is the Georgian capital (countries.tsv), never a mere place
    hits = match(load("de"), tokenize("in Tiflis", "de"))
    assert {h.pattern.kind for h in hits} == {"country"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sidney cheered for Werder"),          # variants that are names (EXCLUDE_VARIANTS)
    ("de", "ein Weinberg an der Mosel"),           # the river, not Mosul
    ("en", "the Kentucky Derby"),                   # Derby stays a word
])
def test_names_and_words_are_no_spelling_variants(lang, text):
    assert _places(lang, text) == set()
