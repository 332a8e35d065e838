#!/usr/bin/env python3
"""Build-time seed for the actor lexicons in src/mirrorwatch/lang/{de,en,ru}/.

Writes countries.tsv, people.tsv and orgs.tsv for each language from the curated
tables embedded at the end of this file (DATA; plain text, one record a line) plus CLDR territory names
from babel (added as `alias` rows when they differ from the curated name).

Nothing here runs at run time; the TSV files are the data the package reads.
Run:  .venv/bin/python tools/build_country_seed.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG_DIR = ROOT / "src" / "mirrorwatch" / "lang"
LANGS = ("de", "en", "ru")
KIND_ORDER = {"name": 0, "alias": 1, "adjective": 2, "demonym": 3, "capital": 4, "metonym": 5}

# alpha-3 -> alpha-2 for the CLDR lookup (codes pycountry/babel do not know)
SPECIAL_A2 = {"XKX": "XK"}


def split_multi(field: str) -> list[str]:
    return [x.strip() for x in field.split("/") if x.strip()]


def yo_variant(text: str) -> str | None:
    if "ё" in text or "Ё" in text:
        return text.replace("ё", "е").replace("Ё", "Е")
    return None


def read_records(name: str, nfields: int) -> list[list[str]]:
    out = []
    for ln, line in enumerate(DATA.get(name, "").splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        parts = [p.strip() for p in s.split("|")]
        if len(parts) < nfields:
            parts += [""] * (nfields - len(parts))
        if len(parts) != nfields:
            sys.exit(f"{name}:{ln}: expected {nfields} fields, got {len(parts)}: {line}")
        out.append(parts)
    return out


def alpha2(code: str) -> str | None:
    if code in SPECIAL_A2:
        return SPECIAL_A2[code]
    try:
        import pycountry
        c = pycountry.countries.get(alpha_3=code)
        return c.alpha_2 if c else None
    except ImportError:
        return None


def clean_cldr(name: str) -> str | None:
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    if " - " in name or "Sonderverwaltung" in name or "САР" in name or "о-ва" in name:
        return None
    return name.replace("’", "'") if name else None


# Case endings of Russian nouns by the ending of the nominative: (ending to drop, endings to add).
_RU_DECLENSION = (
    ("ия", ("ии", "ию", "ией")),
    ("а", ("ы", "и", "е", "у", "ой")),
    ("я", ("и", "е", "ю", "ей")),
    ("й", ("я", "ю", "ем", "е")),
    ("ь", ("и", "ью", "я", "ю", "ем", "е")),
    ("ы", ("", "ов", "ам", "ами", "ах")),  # plural names: "Филиппины", "Нидерланды"
)


def ru_split_forms(text: str) -> list[str]:
    """Case forms of a one-word Russian place name that pymorphy3 gives another lemma than the name.

    The coder matches lemmas, so "Ливану" must lemmatize like "Ливан"; for some names pymorphy3
    reads a form as a different word ("Ливан" → "лиана", "Астану" → "астан"), which would make
    those forms invisible. Listing exactly those forms as extra rows keeps every case findable.
    The forms come from the regular noun declension (a name that does not decline gets none).
    """
    if " " in text or "-" in text or not text[:1].isupper() or text.isupper():
        return []
    sys.path.insert(0, str(ROOT / "src"))
    from mirrorwatch.coding.tokens import morph

    base = morph(text)[0]
    low = text[-1].lower()
    forms: list[str] = []
    for ending, adds in _RU_DECLENSION:
        if text.endswith(ending):
            stem = text[: -len(ending)]
            # spelling rule: "и", never "ы", after к г х ж ш щ ч; "ы", never "и", after other hard stems
            soft = stem[-1:].lower() in "кгхжшщч" or ending not in ("а", "ы")
            forms = [stem + a for a in adds if not (a == "ы" and soft) and not (a == "и" and not soft)]
            break
    else:
        if low.isalpha() and low not in "аеёиоуыэюя":
            forms = [text + a for a in ("а", "у", "ом", "е")]
    return [f for f in forms if morph(f)[0] != base]


def de_genitive_forms(text: str) -> list[str]:
    """The German genitive "-s" form of a one-word name ("Chinas", "Putins") when simplemma misses it.

    German marks a possessor with "-s" and no apostrophe ("Chinas Botschafter", "Russlands Angriff",
    "Putins Sprecher"); the coder matches lemmas, and simplemma lemmatizes many such forms to
    themselves ("chinas"), so the name would be invisible. Listing exactly those forms as extra rows
    keeps them findable; names ending in s, x, z or ß take no "-s" (their genitive is written with
    an apostrophe or not marked), and multi-word names decline only in their last word, which is left
    to the noun's own lemma.
    """
    if " " in text or not text[:1].isupper() or text.isupper() or text[-1] in "sxzßSXZ":
        return []
    # Feminine names ("die Ukraine", "die Slowakei", "die Bundesrepublik") and plurals ("die
    # Komoren") take no genitive "-s".
    if text.endswith(("e", "ei", "ik", "schaft")) or (text.endswith("en") and not text.endswith("ien")):
        return []
    sys.path.insert(0, str(ROOT / "src"))
    from mirrorwatch.coding.tokens import lemmatize

    form = text + "s"
    return [form] if lemmatize(form, "de") != lemmatize(text, "de") else []


def build_countries(lang: str):
    rows: list[tuple[str, str, str, str, str]] = []  # code, kind, sector, text, comment-note
    seen = set()

    def add(code, kind, sector, text, note=""):
        commented = text.startswith("!")
        if commented:
            text = text[1:]
            m = re.match(r"(.*?)\s*\{(.*)\}$", text)
            if m:
                text, note = m.group(1), m.group(2)
        key = (code, kind, text)
        if key in seen:
            return
        seen.add(key)
        rows.append((code, kind, sector, text, note if commented else None))
        if lang == "ru" and not commented:
            v = yo_variant(text)
            if v and (code, kind, v) not in seen:
                seen.add((code, kind, v))
                rows.append((code, kind, sector, v, None))

    recs = read_records(f"countries_{lang}", 6)
    codes = []
    for code, name, aliases, adjs, dems, caps in recs:
        codes.append(code)
        add(code, "name", "", name)
        for a in split_multi(aliases):
            add(code, "alias", "", a)
        for a in split_multi(adjs):
            add(code, "adjective", "", a)
        for a in split_multi(dems):
            add(code, "demonym", "", a)
        for a in split_multi(caps):
            add(code, "capital", "", a)
    # CLDR names as aliases
    try:
        import babel
        terr = babel.Locale(lang).territories
    except Exception:  # pragma: no cover
        terr = {}
    all_texts = {(r[0], r[3]) for r in rows}
    for code in codes:
        a2 = alpha2(code)
        if not a2 or a2 not in terr:
            continue
        nm = clean_cldr(terr[a2])
        if nm and (code, nm) not in all_texts and not any(r[3] == nm for r in rows):
            add(code, "alias", "", nm)
    for code, sector, texts in read_records(f"metonyms_{lang}", 3):
        for t in split_multi(texts):
            add(code, "metonym", sector, t)
    if lang == "ru":
        for code, kind, sector, text, note in list(rows):
            if note is None and kind in ("name", "alias", "capital"):
                for form in ru_split_forms(text):
                    add(code, kind, sector, form)
    if lang == "de":
        for code, kind, sector, text, note in list(rows):
            if note is None and kind in ("name", "alias", "capital"):
                for form in de_genitive_forms(text):
                    add(code, kind, sector, form)
    # a state listed again (historical names, regions) keeps the place of its first record
    order: dict[str, int] = {}
    for i, c in enumerate(codes):
        order.setdefault(c, i)
    rows.sort(key=lambda r: (order.get(r[0], 10_000), r[0], KIND_ORDER[r[1]]))
    return rows


HEADER_NOTE = {
    "countries": "# countries.tsv ({lang}) — generated by tools/build_country_seed.py from its DATA tables"
    "; names seeded from CLDR (babel), adjectives/demonyms/capitals/metonyms curated. See SOURCES.md.\n"
    "# Rows commented out with '#-' are deliberately NOT matched (collision with ordinary words or other actors).\n",
}


def write_countries(lang: str):
    rows = build_countries(lang)
    out = [HEADER_NOTE["countries"].format(lang=lang), "code\tkind\tsector\ttext\n"]
    for code, kind, sector, text, note in rows:
        if note is not None:
            out.append(f"#-\t{code}\t{kind}\t{sector}\t{text}\t— {note}\n")
        else:
            out.append(f"{code}\t{kind}\t{sector}\t{text}\n")
    (LANG_DIR / lang / "countries.tsv").write_text("".join(out), encoding="utf-8")
    return sum(1 for r in rows if r[4] is None)


# ---------------------------------------------------------------- people
# people_seed.txt: code|sector|role|from|to|en|de|ru|note
# language field: "Full Name" (surname row = last token) or
#                 "Full Name/Surname/Alias..." ; Surname "-" = no surname row.

def person_rows(field: str, lang: str) -> list[tuple[str, str]]:
    parts = split_multi(field)
    if not parts:
        return []
    full, rest = parts[0], parts[1:]
    out = [(full, "")]
    if rest:
        short, aliases = rest[0], rest[1:]
    else:
        short, aliases = full.split()[-1], []
    if short != "-" and short != full:
        out.append((short, "surname"))
    for a in aliases:
        out.append((a, "alias"))
    return out


def write_people(lang: str):
    recs = read_records("people", 9)
    li = {"en": 5, "de": 6, "ru": 7}[lang]
    out = [f"# people.tsv ({lang}) — generated by tools/build_country_seed.py from the DATA tables of this script; "
           "facts curated by hand, see SOURCES.md. Empty `to` = in office as far as known (late 2026).\n",
           "text\tcode\tsector\trole\tfrom\tto\tnote\n"]
    seen = set()
    n = 0
    for code, sector, role, frm, to, *names, note in recs:
        field = names[li - 5]
        for text, what in person_rows(field, lang):
            variants = [text]
            if lang == "ru" and yo_variant(text):
                variants.append(yo_variant(text))
            if lang == "de" and what == "surname":
                variants += de_genitive_forms(text)  # "Putins Sprecher"
            for t in variants:
                key = (t, code, role, frm)
                if key in seen:
                    continue
                seen.add(key)
                nn = "; ".join(x for x in (what, note) if x)
                out.append(f"{t}\t{code}\t{sector}\t{role}\t{frm}\t{to}\t{nn}\n")
                n += 1
    (LANG_DIR / lang / "people.tsv").write_text("".join(out), encoding="utf-8")
    return n


# ---------------------------------------------------------------- orgs
# orgs_seed.txt: code|sector|en names|de names|ru names|note   (names separated by '/')

def write_orgs(lang: str):
    recs = read_records("orgs", 6)
    li = {"en": 2, "de": 3, "ru": 4}[lang]
    out = [f"# orgs.tsv ({lang}) — generated by tools/build_country_seed.py from the DATA tables of this script; "
           "curated by hand, see SOURCES.md. IGOs: EUR / UNO (PLOVER codes), otherwise IGO with the name in text.\n",
           "text\tcode\tsector\tnote\n"]
    seen = set()
    n = 0
    for rec in recs:
        code, sector, note = rec[0], rec[1], rec[5]
        for t in split_multi(rec[li]):
            variants = [t]
            if lang == "ru" and yo_variant(t):
                variants.append(yo_variant(t))
            for v in variants:
                if (v, code, sector) in seen:
                    continue
                seen.add((v, code, sector))
                out.append(f"{v}\t{code}\t{sector}\t{note}\n")
                n += 1
    (LANG_DIR / lang / "orgs.tsv").write_text("".join(out), encoding="utf-8")
    return n


def main():
    for lang in LANGS:
        (LANG_DIR / lang).mkdir(parents=True, exist_ok=True)
        nc = write_countries(lang)
        npp = write_people(lang)
        no = write_orgs(lang)
        print(f"{lang}: countries={nc} people={npp} orgs={no}")


# ==== DATA (curated; edit here, then re-run) ====
DATA: dict[str, str] = {}

DATA["countries_de"] = """\
# code|name|aliases|adjectives|demonyms|capitals
RUS|Russland|Russische Föderation/RF|russisch|Russe/Russin|Moskau
AZE|Aserbaidschan|Republik Aserbaidschan/Aserbeidschan|aserbaidschanisch/aserbeidschanisch|Aserbaidschaner/Aserbaidschanerin/Aseri|Baku
DEU|Deutschland|Bundesrepublik Deutschland/Bundesrepublik/BRD|deutsch/bundesdeutsch|Deutscher|Berlin/Hamburg/Bremen/Bayern/Sachsen/Sachsen-Anhalt/Thüringen/Brandenburg/Mecklenburg-Vorpommern/Niedersachsen/Nordrhein-Westfalen/Hessen/Rheinland-Pfalz/Baden-Württemberg/Saarland/Schleswig-Holstein
USA|Vereinigte Staaten|Vereinigte Staaten von Amerika/USA/US/Amerika|amerikanisch/US-amerikanisch|Amerikaner/Amerikanerin/US-Amerikaner/US-Amerikanerin|Washington
GBR|Vereinigtes Königreich|Großbritannien/Britannien/UK|britisch|Brite/Britin|London
FRA|Frankreich|Französische Republik|französisch|Franzose/Französin|Paris
CHN|China|Volksrepublik China/VR China|chinesisch|Chinese/Chinesin|Peking/Beijing
UKR|Ukraine||ukrainisch|Ukrainer/Ukrainerin|Kiew/Kyjiw
ARM|Armenien|Republik Armenien|armenisch|Armenier/Armenierin|Eriwan/Jerewan
GEO|Georgien||georgisch|Georgier/Georgierin|Tiflis/Tbilissi
TUR|Türkei|Türkiye/Republik Türkei|türkisch|Türke/Türkin|Ankara
IRN|Iran|Islamische Republik Iran|iranisch|Iraner/Iranerin|Teheran
ISR|Israel|Staat Israel|israelisch|Israeli|Jerusalem/!Tel Aviv{Sitz der meisten Botschaften, nicht Israels Hauptstadt}
KAZ|Kasachstan|Republik Kasachstan|kasachisch/kasachstanisch|Kasache/Kasachin|Astana/Nur-Sultan
UZB|Usbekistan|Republik Usbekistan|usbekisch|Usbeke/Usbekin|Taschkent
KGZ|Kirgisistan|Kirgistan/Kirgisien/Kirgisische Republik|kirgisisch|Kirgise/Kirgisin|Bischkek
TJK|Tadschikistan|Republik Tadschikistan|tadschikisch|Tadschike/Tadschikin|Duschanbe
TKM|Turkmenistan||turkmenisch|Turkmene/Turkmenin|Aschgabat
BLR|Belarus|Weißrussland/Republik Belarus|belarussisch/weißrussisch/belarusisch|Belarusse/Belarussin/Weißrusse/Weißrussin|Minsk
POL|Polen|Republik Polen|polnisch|Pole/Polin|Warschau
CZE|Tschechien|Tschechische Republik|tschechisch|Tscheche/Tschechin|Prag
MDA|Moldau|Republik Moldau/Moldawien/Moldova|moldauisch/moldawisch|Moldauer/Moldauerin/Moldawier|Chișinău/Chisinau/Kischinau
SRB|Serbien|Republik Serbien|serbisch|Serbe/Serbin|Belgrad
XKX|Kosovo|Republik Kosovo|kosovarisch|Kosovare/Kosovarin|Pristina/Prishtina
IND|Indien|Republik Indien|indisch|Inder/Inderin|Neu-Delhi
PAK|Pakistan|Islamische Republik Pakistan|pakistanisch|Pakistaner/Pakistanerin|Islamabad
JPN|Japan||japanisch|Japaner/Japanerin|Tokio/Tokyo
DZA|Algerien|Demokratische Volksrepublik Algerien|algerisch|Algerier/Algerierin|Algier
KEN|Kenia|Republik Kenia|kenianisch|Kenianer/Kenianerin|Nairobi
SVK|Slowakei|Slowakische Republik|slowakisch|Slowake/Slowakin|Bratislava/Pressburg
HUN|Ungarn||ungarisch|Ungar/Ungarin|Budapest
ITA|Italien|Italienische Republik|italienisch|Italiener/Italienerin|Rom
ESP|Spanien|Königreich Spanien|spanisch|Spanier/Spanierin|Madrid
PSE|Palästina|Staat Palästina|palästinensisch|Palästinenser/Palästinenserin|Ramallah
TWN|Taiwan|Republik China|taiwanisch|Taiwaner/Taiwanerin|Taipeh/Taipei
VAT|Vatikan|Heiliger Stuhl/Vatikanstaat/Staat Vatikanstadt|vatikanisch||Vatikanstadt
SAU|Saudi-Arabien|Königreich Saudi-Arabien|saudi-arabisch/saudisch|Saudi-Araber/Saudi-Araberin/Saudi|Riad
BRA|Brasilien|Föderative Republik Brasilien|brasilianisch|Brasilianer/Brasilianerin|Brasília/Brasilia
CAN|Kanada||kanadisch|Kanadier/Kanadierin|Ottawa
AUS|Australien||australisch|Australier/Australierin|Canberra
KOR|Südkorea|Republik Korea|südkoreanisch/!koreanisch{beide Korea; nicht zugeordnet}|Südkoreaner/Südkoreanerin|Seoul
PRK|Nordkorea|Demokratische Volksrepublik Korea/DVRK|nordkoreanisch|Nordkoreaner/Nordkoreanerin|Pjöngjang/Pyongyang
MEX|Mexiko|Vereinigte Mexikanische Staaten|mexikanisch|Mexikaner/Mexikanerin|Mexiko-Stadt
IDN|Indonesien|Republik Indonesien|indonesisch|Indonesier/Indonesierin|Jakarta
ZAF|Südafrika|Republik Südafrika|südafrikanisch|Südafrikaner/Südafrikanerin|Pretoria
ARG|Argentinien||argentinisch|Argentinier/Argentinierin|Buenos Aires
EGY|Ägypten|Arabische Republik Ägypten|ägyptisch|Ägypter/Ägypterin|Kairo
SYR|Syrien|Arabische Republik Syrien|syrisch|Syrer/Syrerin|Damaskus
IRQ|Irak|Republik Irak|irakisch|Iraker/Irakerin|Bagdad
AFG|Afghanistan|Islamisches Emirat Afghanistan|afghanisch|Afghane/Afghanin|Kabul
NLD|Niederlande|Holland/Königreich der Niederlande|niederländisch/holländisch|Niederländer/Niederländerin/Holländer/Holländerin|Amsterdam/!Den Haag{Regierungssitz, aber auch Sitz von IStGH, IGH und OPCW}
BEL|Belgien|Königreich Belgien|belgisch|Belgier/Belgierin|Brüssel
AUT|Österreich|Republik Österreich|österreichisch|Österreicher/Österreicherin|Wien
CHE|Schweiz|Schweizerische Eidgenossenschaft/Eidgenossenschaft|schweizerisch/Schweizer|Schweizer/Schweizerin|Bern
LTU|Litauen|Republik Litauen|litauisch|Litauer/Litauerin|Vilnius/Wilna
LVA|Lettland|Republik Lettland|lettisch|Lette/Lettin|Riga
EST|Estland|Republik Estland|estnisch|Este/Estin|Tallinn
ROU|Rumänien||rumänisch|Rumäne/Rumänin|Bukarest
BGR|Bulgarien|Republik Bulgarien|bulgarisch|Bulgare/Bulgarin|Sofia
GRC|Griechenland|Hellenische Republik|griechisch|Grieche/Griechin|Athen
FIN|Finnland|Republik Finnland|finnisch|Finne/Finnin|Helsinki
SWE|Schweden|Königreich Schweden|schwedisch|Schwede/Schwedin|Stockholm
NOR|Norwegen|Königreich Norwegen|norwegisch|Norweger/Norwegerin|Oslo
DNK|Dänemark|Königreich Dänemark|dänisch|Däne/Dänin|Kopenhagen
QAT|Katar|Qatar|katarisch|Katarer/Katarerin|Doha
ARE|Vereinigte Arabische Emirate|VAE/Emirate|emiratisch|Emirati|Abu Dhabi
# ---- übrige UN-Mitgliedstaaten
ALB|Albanien|Republik Albanien|albanisch|Albaner/Albanerin|Tirana
AND|Andorra|Fürstentum Andorra|andorranisch|Andorraner/Andorranerin|Andorra la Vella
AGO|Angola|Republik Angola|angolanisch|Angolaner/Angolanerin|Luanda
ATG|Antigua und Barbuda|Antigua|antiguanisch|Antiguaner/Antiguanerin|St. John's/Saint John's
BHS|Bahamas|Commonwealth der Bahamas|bahamaisch|Bahamaer/Bahamaerin|Nassau
BHR|Bahrain|Königreich Bahrain|bahrainisch|Bahrainer/Bahrainerin|Manama
BGD|Bangladesch|Volksrepublik Bangladesch|bangladeschisch|Bangladescher/Bangladescherin|Dhaka/Dakka
BRB|Barbados||barbadisch|Barbadier/Barbadierin|Bridgetown
BLZ|Belize||belizisch|Belizer/Belizerin|Belmopan
BEN|Benin|Republik Benin|beninisch|Beniner/Beninerin|Porto-Novo
BTN|Bhutan|Königreich Bhutan|bhutanisch|Bhutaner/Bhutanerin|Thimphu
BOL|Bolivien|Plurinationaler Staat Bolivien|bolivianisch|Bolivianer/Bolivianerin|La Paz/Sucre
BIH|Bosnien und Herzegowina|Bosnien-Herzegowina/Bosnien|bosnisch/bosnisch-herzegowinisch|Bosnier/Bosnierin|Sarajevo
BWA|Botsuana|Botswana/Republik Botsuana|botsuanisch|Botsuaner/Botsuanerin|Gaborone
BRN|Brunei|Brunei Darussalam|bruneiisch|Bruneier/Bruneierin|Bandar Seri Begawan
BFA|Burkina Faso||burkinisch|Burkiner/Burkinerin|Ouagadougou
BDI|Burundi|Republik Burundi|burundisch|Burundier/Burundierin|Gitega/Bujumbura
CPV|Cabo Verde|Kap Verde|cabo-verdisch/kapverdisch|Cabo-Verdier/Kapverdier|Praia
KHM|Kambodscha|Königreich Kambodscha|kambodschanisch|Kambodschaner/Kambodschanerin|Phnom Penh
CMR|Kamerun|Republik Kamerun|kamerunisch|Kameruner/Kamerunerin|Jaunde/Yaoundé
CAF|Zentralafrikanische Republik|ZAR|zentralafrikanisch|Zentralafrikaner/Zentralafrikanerin|Bangui
TCD|Tschad|Republik Tschad|tschadisch|Tschader/Tschaderin|N'Djamena
CHL|Chile|Republik Chile|chilenisch|Chilene/Chilenin|Santiago de Chile/Santiago
COL|Kolumbien|Republik Kolumbien|kolumbianisch|Kolumbianer/Kolumbianerin|Bogotá/Bogota
COM|Komoren|Union der Komoren|komorisch|Komorer/Komorerin|Moroni
COG|Republik Kongo|Kongo-Brazzaville|!kongolesisch{auch DR Kongo; DR Kongo zugeordnet}|!Kongolese{auch DR Kongo; DR Kongo zugeordnet}|Brazzaville
COD|Demokratische Republik Kongo|DR Kongo/Kongo-Kinshasa/DRK|kongolesisch|Kongolese/Kongolesin|Kinshasa
CRI|Costa Rica|Republik Costa Rica|costa-ricanisch|Costa-Ricaner/Costa-Ricanerin|San José
CIV|Côte d'Ivoire|Elfenbeinküste/Cote d'Ivoire|ivorisch|Ivorer/Ivorerin|Yamoussoukro/Abidjan
HRV|Kroatien|Republik Kroatien|kroatisch|Kroate/Kroatin|Zagreb
CUB|Kuba|Republik Kuba|kubanisch|Kubaner/Kubanerin|Havanna
CYP|Zypern|Republik Zypern|zyprisch|Zyprer/Zyprerin/Zypriot|Nikosia
DJI|Dschibuti|Republik Dschibuti|dschibutisch|Dschibutier/Dschibutierin|Dschibuti-Stadt/Dschibuti
DMA|Dominica|Commonwealth Dominica|dominicanisch|Dominicaner/Dominicanerin|Roseau
DOM|Dominikanische Republik||dominikanisch|!Dominikaner{auch Ordensbrüder}/Dominikanerin|Santo Domingo
ECU|Ecuador|Republik Ecuador|ecuadorianisch|Ecuadorianer/Ecuadorianerin|Quito
SLV|El Salvador|Republik El Salvador|salvadorianisch|Salvadorianer/Salvadorianerin|San Salvador
GNQ|Äquatorialguinea|Republik Äquatorialguinea|äquatorialguineisch|Äquatorialguineer/Äquatorialguineerin|Malabo
ERI|Eritrea|Staat Eritrea|eritreisch|Eritreer/Eritreerin|Asmara
SWZ|Eswatini|Swasiland/Königreich Eswatini|eswatinisch/swasiländisch|Swasi/Eswatiner|Mbabane/Lobamba
ETH|Äthiopien|Demokratische Bundesrepublik Äthiopien|äthiopisch|Äthiopier/Äthiopierin|Addis Abeba
FJI|Fidschi|Republik Fidschi|fidschianisch|Fidschianer/Fidschianerin|Suva
GAB|Gabun|Gabunische Republik|gabunisch|Gabuner/Gabunerin|Libreville
GMB|Gambia|Republik Gambia|gambisch|Gambier/Gambierin|Banjul
GHA|Ghana|Republik Ghana|ghanaisch|Ghanaer/Ghanaerin|Accra
GRD|Grenada||grenadisch|Grenader/Grenaderin|St. George's/Saint George's
GTM|Guatemala|Republik Guatemala|guatemaltekisch|Guatemalteke/Guatemaltekin|Guatemala-Stadt
GIN|Guinea|Republik Guinea|guineisch|Guineer/Guineerin|Conakry
GNB|Guinea-Bissau|Republik Guinea-Bissau|guinea-bissauisch|Guinea-Bissauer/Guinea-Bissauerin|Bissau
GUY|Guyana|Kooperative Republik Guyana|guyanisch|Guyaner/Guyanerin|Georgetown
HTI|Haiti|Republik Haiti|haitianisch|Haitianer/Haitianerin|Port-au-Prince
HND|Honduras|Republik Honduras|honduranisch|Honduraner/Honduranerin|Tegucigalpa
ISL|Island|Republik Island|isländisch|Isländer/Isländerin|Reykjavík/Reykjavik
IRL|Irland|Republik Irland|irisch|Ire/Irin|Dublin
JAM|Jamaika||jamaikanisch|Jamaikaner/Jamaikanerin|Kingston
JOR|Jordanien|Haschemitisches Königreich Jordanien|jordanisch|Jordanier/Jordanierin|Amman
KIR|Kiribati|Republik Kiribati|kiribatisch|Kiribatier/Kiribatierin|Tarawa/South Tarawa
KWT|Kuwait|Staat Kuwait|kuwaitisch|Kuwaiter/Kuwaiterin|Kuwait-Stadt
LAO|Laos|Demokratische Volksrepublik Laos|laotisch|Laote/Laotin|Vientiane
LBN|Libanon|Libanesische Republik|libanesisch|Libanese/Libanesin|Beirut
LSO|Lesotho|Königreich Lesotho|lesothisch|Lesother/Lesotherin|Maseru
LBR|Liberia|Republik Liberia|liberianisch|Liberianer/Liberianerin|Monrovia
LBY|Libyen|Staat Libyen|libysch|Libyer/Libyerin|Tripolis
LIE|Liechtenstein|Fürstentum Liechtenstein|liechtensteinisch|Liechtensteiner/Liechtensteinerin|Vaduz
LUX|Luxemburg|Großherzogtum Luxemburg|luxemburgisch|Luxemburger/Luxemburgerin|Luxemburg-Stadt
MDG|Madagaskar|Republik Madagaskar|madagassisch|Madagasse/Madagassin|Antananarivo
MWI|Malawi|Republik Malawi|malawisch|Malawier/Malawierin|Lilongwe
MYS|Malaysia||malaysisch|Malaysier/Malaysierin|Kuala Lumpur/Putrajaya
MDV|Malediven|Republik Malediven|maledivisch|Malediver/Malediverin|Malé/!Male{Plural von Mal}
MLI|Mali|Republik Mali|malisch|Malier/Malierin|Bamako
MLT|Malta|Republik Malta|maltesisch|Malteser/Malteserin|Valletta
MHL|Marshallinseln|Republik Marshallinseln|marshallisch|Marshaller/Marshallerin|Majuro
MRT|Mauretanien|Islamische Republik Mauretanien|mauretanisch|Mauretanier/Mauretanierin|Nouakchott
MUS|Mauritius|Republik Mauritius|mauritisch|Mauritier/Mauritierin|Port Louis
FSM|Mikronesien|Föderierte Staaten von Mikronesien|mikronesisch|Mikronesier/Mikronesierin|Palikir
MCO|Monaco|Fürstentum Monaco|monegassisch|Monegasse/Monegassin|Monaco-Ville
MNG|Mongolei||mongolisch|Mongole/Mongolin|Ulaanbaatar/Ulan Bator/Ulan-Bator
MNE|Montenegro||montenegrinisch|Montenegriner/Montenegrinerin|Podgorica
MAR|Marokko|Königreich Marokko|marokkanisch|Marokkaner/Marokkanerin|Rabat
MOZ|Mosambik|Republik Mosambik|mosambikanisch|Mosambikaner/Mosambikanerin|Maputo
MMR|Myanmar|Birma/Burma|myanmarisch/birmanisch|Myanmare/Myanmarin/Birmane|Naypyidaw/Naypyitaw
NAM|Namibia|Republik Namibia|namibisch|Namibier/Namibierin|Windhuk/Windhoek
NRU|Nauru|Republik Nauru|nauruisch|Nauruer/Nauruerin|Yaren
NPL|Nepal||nepalesisch|Nepalese/Nepalesin|Kathmandu
NZL|Neuseeland||neuseeländisch|Neuseeländer/Neuseeländerin|Wellington
NIC|Nicaragua|Republik Nicaragua|nicaraguanisch|Nicaraguaner/Nicaraguanerin|Managua
NER|Niger|Republik Niger|nigrisch|Nigrer/Nigrerin|Niamey
NGA|Nigeria|Bundesrepublik Nigeria|nigerianisch|Nigerianer/Nigerianerin|Abuja
MKD|Nordmazedonien|Mazedonien/Republik Nordmazedonien/ehemalige jugoslawische Republik Mazedonien/Ehemalige Jugoslawische Republik Mazedonien|nordmazedonisch/mazedonisch|Nordmazedonier/Mazedonier/Mazedonierin|Skopje
OMN|Oman|Sultanat Oman|omanisch|Omaner/Omanerin|Maskat
PLW|Palau|Republik Palau|palauisch|Palauer/Palauerin|Ngerulmud/Melekeok
PAN|Panama|Republik Panama|panamaisch|Panamaer/Panamaerin|Panama-Stadt
PNG|Papua-Neuguinea||papua-neuguineisch|Papua-Neuguineer/Papua-Neuguineerin|Port Moresby
PRY|Paraguay|Republik Paraguay|paraguayisch|Paraguayer/Paraguayerin|Asunción/Asuncion
PER|Peru|Republik Peru|peruanisch|Peruaner/Peruanerin|Lima
PHL|Philippinen|Republik der Philippinen|philippinisch|Philippiner/Philippinerin/Filipino|Manila
PRT|Portugal|Portugiesische Republik|portugiesisch|Portugiese/Portugiesin|Lissabon
RWA|Ruanda|Republik Ruanda/Rwanda|ruandisch|Ruander/Ruanderin|Kigali
KNA|St. Kitts und Nevis|Saint Kitts und Nevis|kittitisch/nevisisch|Kittitianer/Nevisianer|Basseterre
LCA|St. Lucia|Saint Lucia|lucianisch|Lucianer/Lucianerin|Castries
VCT|St. Vincent und die Grenadinen|Saint Vincent und die Grenadinen|vincentisch|Vincenter/Vincenterin|Kingstown
WSM|Samoa|Unabhängiger Staat Samoa|samoanisch|Samoaner/Samoanerin|Apia
SMR|San Marino|Republik San Marino|san-marinesisch|San-Marinese/San-Marinesin|Stadt San Marino
STP|São Tomé und Príncipe|Sao Tome und Principe|são-toméisch|São-Toméer/São-Toméerin|São Tomé/Sao Tome
SEN|Senegal|Republik Senegal|senegalesisch|Senegalese/Senegalesin|Dakar
SYC|Seychellen|Republik Seychellen|seychellisch|Seycheller/Seychellerin|!Victoria{häufiger Vorname; nicht zugeordnet}
SLE|Sierra Leone|Republik Sierra Leone|sierra-leonisch|Sierra-Leoner/Sierra-Leonerin|Freetown
SGP|Singapur|Republik Singapur|singapurisch|Singapurer/Singapurerin|Singapur-Stadt
SVN|Slowenien|Republik Slowenien|slowenisch|Slowene/Slowenin|Ljubljana/Laibach
SLB|Salomonen||salomonisch|Salomoner/Salomonerin|Honiara
SOM|Somalia|Bundesrepublik Somalia|somalisch|Somalier/Somalierin/Somali|Mogadischu
SSD|Südsudan|Republik Südsudan|südsudanesisch|Südsudanese/Südsudanesin|Juba/Dschuba
LKA|Sri Lanka|Demokratische Sozialistische Republik Sri Lanka/Ceylon|sri-lankisch|Sri-Lanker/Sri-Lankerin|Colombo/Sri Jayewardenepura Kotte
SDN|Sudan|Republik Sudan|sudanesisch|Sudanese/Sudanesin|Khartum/Port Sudan
SUR|Suriname|Republik Suriname|surinamisch|Surinamer/Surinamerin|Paramaribo
THA|Thailand|Königreich Thailand|thailändisch|Thailänder/Thailänderin/Thai|Bangkok
TLS|Timor-Leste|Osttimor/Demokratische Republik Timor-Leste|timoresisch/osttimoresisch|Timorese/Timoresin/Osttimorese|Dili
TGO|Togo|Togoische Republik|togoisch|Togoer/Togoerin|Lomé/Lome
TON|Tonga|Königreich Tonga|tongaisch|Tongaer/Tongaerin|Nuku'alofa
TTO|Trinidad und Tobago|Trinidad|trinidadisch|Trinidader/Trinidaderin|Port of Spain
TUN|Tunesien|Tunesische Republik|tunesisch|Tunesier/Tunesierin|Tunis
TUV|Tuvalu||tuvaluisch|Tuvaluer/Tuvaluerin|Funafuti
UGA|Uganda|Republik Uganda|ugandisch|Ugander/Uganderin|Kampala
TZA|Tansania|Vereinigte Republik Tansania|tansanisch|Tansanier/Tansanierin|Dodoma
URY|Uruguay|Republik Östlich des Uruguay|uruguayisch|Uruguayer/Uruguayerin|Montevideo
VUT|Vanuatu|Republik Vanuatu|vanuatuisch|Vanuatuer/Vanuatuerin|Port Vila
VEN|Venezuela|Bolivarische Republik Venezuela|venezolanisch|Venezolaner/Venezolanerin|Caracas
VNM|Vietnam|Sozialistische Republik Vietnam|vietnamesisch|Vietnamese/Vietnamesin|Hanoi
YEM|Jemen|Republik Jemen|jemenitisch|Jemenit/Jemenitin|Sanaa/Aden
ZMB|Sambia|Republik Sambia|sambisch|Sambier/Sambierin|Lusaka
ZWE|Simbabwe|Republik Simbabwe|simbabwisch|Simbabwer/Simbabwerin|Harare
# historische Staatsnamen im Nachrichtenarchiv (1980er-2000er): der Nachfolgestaat
RUS|Sowjetunion|UdSSR|sowjetisch|Sowjets|
SRB|Jugoslawien|Bundesrepublik Jugoslawien/BRJ/Serbien und Montenegro|jugoslawisch|Jugoslawen|
KHM|Kamputschea|Demokratisches Kamputschea/Volksrepublik Kamputschea|kamputscheanisch||
COD|Zaire|Republik Zaire|zairisch|Zairer|
DEU|DDR|Deutsche Demokratische Republik/Westdeutschland/Ostdeutschland|westdeutsch/ostdeutsch||Bonn/Ost-Berlin
CZE|Tschechoslowakei|ČSSR/CSSR/ČSFR|tschechoslowakisch|Tschechoslowaken|
ZWE|Rhodesien||rhodesisch||
# Volksgruppen mit ihrem Staat benannt: der Staat, in dem sie leben, nicht der Nachbarstaat
BIH|Republika Srpska||bosnisch-serbisch/bosnisch-kroatisch|bosnische Serben/bosnische Kroaten/bosnische Muslime|Pale
HRV|Krajina||kroatisch-serbisch|kroatische Serben|
XKX|Kosova||kosovo-albanisch|Kosovo-Albaner/Kosovaren|
# Regionen, die in Nachrichten ihren Staat nennen (CAMEO kodiert sie als den Staat); umstrittene Gebiete fehlen absichtlich
PSE|Gazastreifen|Gaza/Westjordanland/Palästinensergebiete|||Gaza-Stadt
RUS|Tschetschenien|Tschetschenische Republik|tschetschenisch|Tschetschenen|Grosny
SDN|Darfur||||
CHN|Tibet||tibetisch|Tibeter|Lhasa
"""

DATA["countries_en"] = """\
# code|name|aliases|adjectives|demonyms|capitals   ('/' separates values; '!text{note}' = commented out)
RUS|Russia|Russian Federation/RF|Russian|Russian|Moscow
AZE|Azerbaijan|Republic of Azerbaijan|Azerbaijani/Azeri/Azerbaijan|Azerbaijani/Azeri|Baku
DEU|Germany|Federal Republic of Germany/FRG|German|German|Berlin
USA|United States|United States of America/US/USA/U.S./U.S.A./America|American/US/U.S.|American|Washington/Washington, D.C.
GBR|United Kingdom|UK/U.K./Britain/Great Britain|British/UK|Briton/Brit/British|London
FRA|France|French Republic|French|Frenchman/Frenchwoman/French|Paris
CHN|China|People's Republic of China/PRC/mainland China|Chinese|Chinese|Beijing/Peking
UKR|Ukraine|the Ukraine|Ukrainian|Ukrainian|Kyiv/Kiev
ARM|Armenia|Republic of Armenia|Armenian|Armenian|Yerevan
GEO|Georgia|Sakartvelo|Georgian|Georgian|Tbilisi
TUR|Turkey|Türkiye/Turkiye/Republic of Türkiye|Turkish|Turk|Ankara
IRN|Iran|Islamic Republic of Iran/Persia|Iranian|Iranian|Tehran/Teheran
ISR|Israel|State of Israel|Israeli|Israeli|Jerusalem/!Tel Aviv{most states' embassies sit there; not Israel's capital}
KAZ|Kazakhstan|Republic of Kazakhstan|Kazakh/Kazakhstani|Kazakh/Kazakhstani|Astana/Nur-Sultan
UZB|Uzbekistan|Republic of Uzbekistan|Uzbek/Uzbekistani|Uzbek|Tashkent
KGZ|Kyrgyzstan|Kyrgyz Republic/Kirghizia|Kyrgyz/Kyrgyzstani|Kyrgyz|Bishkek
TJK|Tajikistan|Republic of Tajikistan|Tajik/Tajikistani|Tajik|Dushanbe
TKM|Turkmenistan||Turkmen|Turkmen|Ashgabat/Ashkhabad
BLR|Belarus|Republic of Belarus/Byelorussia/Belorussia|Belarusian/Belarusan/Byelorussian|Belarusian|Minsk
POL|Poland|Republic of Poland|Polish|Pole|Warsaw
CZE|Czechia|Czech Republic|Czech|Czech|Prague
MDA|Moldova|Republic of Moldova|Moldovan|Moldovan|Chisinau/Chișinău/Kishinev
SRB|Serbia|Republic of Serbia|Serbian|Serb/Serbian|Belgrade
XKX|Kosovo|Republic of Kosovo|Kosovar/Kosovan|Kosovar/Kosovan|Pristina/Prishtina
IND|India|Republic of India/Bharat|Indian|Indian|New Delhi
PAK|Pakistan|Islamic Republic of Pakistan|Pakistani|Pakistani|Islamabad
JPN|Japan|Nippon|Japanese|Japanese|Tokyo
DZA|Algeria|People's Democratic Republic of Algeria|Algerian|Algerian|Algiers
KEN|Kenya|Republic of Kenya|Kenyan|Kenyan|Nairobi
SVK|Slovakia|Slovak Republic|Slovak/Slovakian|Slovak|Bratislava
HUN|Hungary||Hungarian|Hungarian|Budapest
ITA|Italy|Italian Republic|Italian|Italian|Rome
ESP|Spain|Kingdom of Spain|Spanish|Spaniard|Madrid
PSE|Palestine|State of Palestine|Palestinian|Palestinian|Ramallah
TWN|Taiwan|Republic of China/ROC|Taiwanese|Taiwanese|Taipei
VAT|Vatican|Holy See/Vatican City|Vatican||Vatican City
SAU|Saudi Arabia|Kingdom of Saudi Arabia/KSA|Saudi/Saudi Arabian|Saudi|Riyadh
BRA|Brazil|Federative Republic of Brazil|Brazilian|Brazilian|Brasília/Brasilia
CAN|Canada||Canadian|Canadian|Ottawa
AUS|Australia|Commonwealth of Australia|Australian|Australian|Canberra
KOR|South Korea|Republic of Korea/ROK|South Korean/!Korean{shared by both Koreas; bare "Korean" not matched}|South Korean|Seoul
PRK|North Korea|Democratic People's Republic of Korea/DPRK|North Korean|North Korean|Pyongyang
MEX|Mexico|United Mexican States|Mexican|Mexican|Mexico City
IDN|Indonesia|Republic of Indonesia|Indonesian|Indonesian|Jakarta
ZAF|South Africa|Republic of South Africa|South African|South African|Pretoria
ARG|Argentina|Argentine Republic|Argentine/Argentinian|Argentine/Argentinian|Buenos Aires
EGY|Egypt|Arab Republic of Egypt|Egyptian|Egyptian|Cairo
SYR|Syria|Syrian Arab Republic|Syrian|Syrian|Damascus
IRQ|Iraq|Republic of Iraq|Iraqi|Iraqi|Baghdad
AFG|Afghanistan|Islamic Emirate of Afghanistan|Afghan|Afghan|Kabul
NLD|Netherlands|Holland/Kingdom of the Netherlands|Dutch|Dutchman/Dutchwoman/Dutch|Amsterdam/!The Hague{seat of government, but also of ICC, ICJ and OPCW: not attributed to NLD}
BEL|Belgium|Kingdom of Belgium|Belgian|Belgian|Brussels
AUT|Austria|Republic of Austria|Austrian|Austrian|Vienna
CHE|Switzerland|Swiss Confederation|Swiss|Swiss|Bern/Berne
LTU|Lithuania|Republic of Lithuania|Lithuanian|Lithuanian|Vilnius
LVA|Latvia|Republic of Latvia|Latvian|Latvian|Riga
EST|Estonia|Republic of Estonia|Estonian|Estonian|Tallinn
ROU|Romania||Romanian|Romanian|Bucharest
BGR|Bulgaria|Republic of Bulgaria|Bulgarian|Bulgarian|Sofia
GRC|Greece|Hellenic Republic|Greek/Hellenic|Greek|Athens
FIN|Finland|Republic of Finland|Finnish|Finn|Helsinki
SWE|Sweden|Kingdom of Sweden|Swedish|Swede|Stockholm
NOR|Norway|Kingdom of Norway|Norwegian|Norwegian|Oslo
DNK|Denmark|Kingdom of Denmark|Danish|Dane|Copenhagen
QAT|Qatar|State of Qatar|Qatari|Qatari|Doha
ARE|United Arab Emirates|UAE/U.A.E.|Emirati|Emirati|Abu Dhabi
# ---- remaining UN member states
ALB|Albania|Republic of Albania|Albanian|Albanian|Tirana
AND|Andorra|Principality of Andorra|Andorran|Andorran|Andorra la Vella
AGO|Angola|Republic of Angola|Angolan|Angolan|Luanda
ATG|Antigua and Barbuda|Antigua|Antiguan|Antiguan|St. John's/Saint John's
BHS|Bahamas|the Bahamas/Commonwealth of the Bahamas|Bahamian|Bahamian|Nassau
BHR|Bahrain|Kingdom of Bahrain|Bahraini|Bahraini|Manama
BGD|Bangladesh|People's Republic of Bangladesh|Bangladeshi|Bangladeshi|Dhaka
BRB|Barbados||Barbadian/Bajan|Barbadian/Bajan|Bridgetown
BLZ|Belize||Belizean|Belizean|Belmopan
BEN|Benin|Republic of Benin|Beninese|Beninese|Porto-Novo
BTN|Bhutan|Kingdom of Bhutan|Bhutanese|Bhutanese|Thimphu
BOL|Bolivia|Plurinational State of Bolivia|Bolivian|Bolivian|La Paz/Sucre
BIH|Bosnia and Herzegovina|Bosnia/Bosnia-Herzegovina/BiH|Bosnian/Bosnian-Herzegovinian|Bosnian|Sarajevo
BWA|Botswana|Republic of Botswana|Botswanan/Botswana|Motswana/Batswana|Gaborone
BRN|Brunei|Brunei Darussalam|Bruneian|Bruneian|Bandar Seri Begawan
BFA|Burkina Faso|Burkina|Burkinabe/Burkinabè|Burkinabe/Burkinabè|Ouagadougou
BDI|Burundi|Republic of Burundi|Burundian|Burundian|Gitega/Bujumbura
CPV|Cabo Verde|Cape Verde|Cape Verdean/Cabo Verdean|Cape Verdean|Praia
KHM|Cambodia|Kingdom of Cambodia|Cambodian|Cambodian|Phnom Penh
CMR|Cameroon|Republic of Cameroon|Cameroonian|Cameroonian|Yaoundé/Yaounde
CAF|Central African Republic|CAR|Central African|Central African|Bangui
TCD|Chad|Republic of Chad|Chadian|Chadian|N'Djamena/Ndjamena
CHL|Chile|Republic of Chile|Chilean|Chilean|Santiago/Santiago de Chile
COL|Colombia|Republic of Colombia|Colombian|Colombian|Bogotá/Bogota
COM|Comoros|Union of the Comoros|Comorian|Comorian|Moroni
COG|Republic of the Congo|Congo-Brazzaville/Republic of Congo|!Congolese{shared with DR Congo; assigned to COD}|!Congolese{shared with DR Congo; assigned to COD}|Brazzaville
COD|Democratic Republic of the Congo|DR Congo/DRC/Congo-Kinshasa/Democratic Republic of Congo|Congolese|Congolese|Kinshasa
CRI|Costa Rica|Republic of Costa Rica|Costa Rican|Costa Rican|San José/!San Jose{usually the Californian city}
CIV|Côte d'Ivoire|Ivory Coast/Cote d'Ivoire|Ivorian|Ivorian|Yamoussoukro/Abidjan
HRV|Croatia|Republic of Croatia|Croatian|Croat/Croatian|Zagreb
CUB|Cuba|Republic of Cuba|Cuban|Cuban|Havana
CYP|Cyprus|Republic of Cyprus|Cypriot|Cypriot|Nicosia
DJI|Djibouti|Republic of Djibouti|Djiboutian|Djiboutian|Djibouti City
DMA|Dominica|Commonwealth of Dominica|!Dominican{shared with the Dominican Republic; assigned to DOM}|!Dominican{shared with the Dominican Republic; assigned to DOM}|Roseau
DOM|Dominican Republic||Dominican|Dominican|Santo Domingo
ECU|Ecuador|Republic of Ecuador|Ecuadorian|Ecuadorian|Quito
SLV|El Salvador|Republic of El Salvador|Salvadoran/Salvadorian|Salvadoran|San Salvador
GNQ|Equatorial Guinea|Republic of Equatorial Guinea|Equatorial Guinean/Equatoguinean|Equatorial Guinean/Equatoguinean|Malabo
ERI|Eritrea|State of Eritrea|Eritrean|Eritrean|Asmara
SWZ|Eswatini|Swaziland/Kingdom of Eswatini|Swazi/Eswatini|Swazi|Mbabane/Lobamba
ETH|Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian|Ethiopian|Addis Ababa
FJI|Fiji|Republic of Fiji|Fijian|Fijian|Suva
GAB|Gabon|Gabonese Republic|Gabonese|Gabonese|Libreville
GMB|Gambia|the Gambia/Republic of the Gambia|Gambian|Gambian|Banjul
GHA|Ghana|Republic of Ghana|Ghanaian|Ghanaian|Accra
GRD|Grenada||Grenadian|Grenadian|St. George's/Saint George's
GTM|Guatemala|Republic of Guatemala|Guatemalan|Guatemalan|Guatemala City
GIN|Guinea|Republic of Guinea/Guinea-Conakry|Guinean|Guinean|Conakry
GNB|Guinea-Bissau|Republic of Guinea-Bissau|Bissau-Guinean|Bissau-Guinean|Bissau
GUY|Guyana|Co-operative Republic of Guyana|Guyanese|Guyanese|Georgetown
HTI|Haiti|Republic of Haiti|Haitian|Haitian|Port-au-Prince
HND|Honduras|Republic of Honduras|Honduran|Honduran|Tegucigalpa
ISL|Iceland||Icelandic|Icelander|Reykjavik/Reykjavík
IRL|Ireland|Republic of Ireland/Éire|Irish|Irishman/Irishwoman/Irish|Dublin
JAM|Jamaica||Jamaican|Jamaican|Kingston
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian|Jordanian|Amman
KIR|Kiribati|Republic of Kiribati|I-Kiribati/Kiribati|I-Kiribati|Tarawa/South Tarawa
KWT|Kuwait|State of Kuwait|Kuwaiti|Kuwaiti|Kuwait City
LAO|Laos|Lao PDR/Lao People's Democratic Republic|Lao/Laotian|Lao/Laotian|Vientiane
LBN|Lebanon|Lebanese Republic|Lebanese|Lebanese|Beirut
LSO|Lesotho|Kingdom of Lesotho|Basotho/Lesotho|Mosotho/Basotho|Maseru
LBR|Liberia|Republic of Liberia|Liberian|Liberian|Monrovia
LBY|Libya|State of Libya|Libyan|Libyan|Tripoli
LIE|Liechtenstein|Principality of Liechtenstein|Liechtenstein|Liechtensteiner|Vaduz
LUX|Luxembourg|Grand Duchy of Luxembourg|Luxembourgish/Luxembourg|Luxembourger|Luxembourg City
MDG|Madagascar|Republic of Madagascar|Malagasy|Malagasy|Antananarivo
MWI|Malawi|Republic of Malawi|Malawian|Malawian|Lilongwe
MYS|Malaysia||Malaysian|Malaysian|Kuala Lumpur/Putrajaya
MDV|Maldives|Republic of Maldives/the Maldives|Maldivian|Maldivian|Malé/!Male{English word}
MLI|Mali|Republic of Mali|Malian|Malian|Bamako
MLT|Malta|Republic of Malta|Maltese|Maltese|Valletta
MHL|Marshall Islands|Republic of the Marshall Islands|Marshallese|Marshallese|Majuro
MRT|Mauritania|Islamic Republic of Mauritania|Mauritanian|Mauritanian|Nouakchott
MUS|Mauritius|Republic of Mauritius|Mauritian|Mauritian|Port Louis
FSM|Micronesia|Federated States of Micronesia/FSM|Micronesian|Micronesian|Palikir
MCO|Monaco|Principality of Monaco|Monegasque/Monacan|Monegasque|Monaco City/Monaco-Ville
MNG|Mongolia||Mongolian|Mongolian|Ulaanbaatar/Ulan Bator
MNE|Montenegro||Montenegrin|Montenegrin|Podgorica
MAR|Morocco|Kingdom of Morocco|Moroccan|Moroccan|Rabat
MOZ|Mozambique|Republic of Mozambique|Mozambican|Mozambican|Maputo
MMR|Myanmar|Burma/Republic of the Union of Myanmar|Myanmar/Burmese|Burmese|Naypyidaw/Naypyitaw/Nay Pyi Taw
NAM|Namibia|Republic of Namibia|Namibian|Namibian|Windhoek
NRU|Nauru|Republic of Nauru|Nauruan|Nauruan|Yaren
NPL|Nepal||Nepali/Nepalese|Nepali/Nepalese|Kathmandu
NZL|New Zealand|Aotearoa|New Zealand|New Zealander/Kiwi|Wellington
NIC|Nicaragua|Republic of Nicaragua|Nicaraguan|Nicaraguan|Managua
NER|Niger|Republic of the Niger|Nigerien|Nigerien|Niamey
NGA|Nigeria|Federal Republic of Nigeria|Nigerian|Nigerian|Abuja
MKD|North Macedonia|Macedonia/Republic of North Macedonia/FYROM/Former Yugoslav Republic of Macedonia/former Yugoslav Republic of Macedonia|North Macedonian/Macedonian|Macedonian/North Macedonian|Skopje
OMN|Oman|Sultanate of Oman|Omani|Omani|Muscat
PLW|Palau|Republic of Palau|Palauan|Palauan|Ngerulmud/Melekeok
PAN|Panama|Republic of Panama|Panamanian|Panamanian|Panama City
PNG|Papua New Guinea|PNG|Papua New Guinean|Papua New Guinean|Port Moresby
PRY|Paraguay|Republic of Paraguay|Paraguayan|Paraguayan|Asunción/Asuncion
PER|Peru|Republic of Peru|Peruvian|Peruvian|Lima
PHL|Philippines|the Philippines/Republic of the Philippines|Philippine/Filipino|Filipino/Filipina|Manila
PRT|Portugal|Portuguese Republic|Portuguese|Portuguese|Lisbon
RWA|Rwanda|Republic of Rwanda|Rwandan|Rwandan|Kigali
KNA|Saint Kitts and Nevis|St Kitts and Nevis/St. Kitts and Nevis|Kittitian/Nevisian|Kittitian/Nevisian|Basseterre
LCA|Saint Lucia|St Lucia/St. Lucia|Saint Lucian/St Lucian|Saint Lucian/St Lucian|Castries
VCT|Saint Vincent and the Grenadines|St Vincent and the Grenadines/St. Vincent|Vincentian|Vincentian|Kingstown
WSM|Samoa|Independent State of Samoa|Samoan|Samoan|Apia
SMR|San Marino|Republic of San Marino|Sammarinese|Sammarinese|City of San Marino
STP|São Tomé and Príncipe|Sao Tome and Principe|São Toméan/Santomean|São Toméan/Santomean|São Tomé/Sao Tome
SEN|Senegal|Republic of Senegal|Senegalese|Senegalese|Dakar
SYC|Seychelles|Republic of Seychelles/the Seychelles|Seychellois|Seychellois|!Victoria{common given name; not matched}
SLE|Sierra Leone|Republic of Sierra Leone|Sierra Leonean|Sierra Leonean|Freetown
SGP|Singapore|Republic of Singapore|Singaporean|Singaporean|Singapore City
SVN|Slovenia|Republic of Slovenia|Slovenian/Slovene|Slovenian/Slovene|Ljubljana
SLB|Solomon Islands||Solomon Islander/Solomon Islands|Solomon Islander|Honiara
SOM|Somalia|Federal Republic of Somalia|Somali/Somalian|Somali|Mogadishu
SSD|South Sudan|Republic of South Sudan|South Sudanese|South Sudanese|Juba
LKA|Sri Lanka|Democratic Socialist Republic of Sri Lanka/Ceylon|Sri Lankan|Sri Lankan|Colombo/Sri Jayawardenepura Kotte
SDN|Sudan|Republic of the Sudan/the Sudan|Sudanese|Sudanese|Khartoum/Port Sudan
SUR|Suriname|Republic of Suriname/Surinam|Surinamese|Surinamese/Surinamer|Paramaribo
THA|Thailand|Kingdom of Thailand/Siam|Thai|Thai|Bangkok
TLS|Timor-Leste|East Timor/Democratic Republic of Timor-Leste|Timorese/East Timorese|Timorese|Dili
TGO|Togo|Togolese Republic|Togolese|Togolese|Lomé/Lome
TON|Tonga|Kingdom of Tonga|Tongan|Tongan|Nuku'alofa
TTO|Trinidad and Tobago|Trinidad|Trinidadian/Tobagonian|Trinidadian/Tobagonian|Port of Spain
TUN|Tunisia|Tunisian Republic|Tunisian|Tunisian|Tunis
TUV|Tuvalu||Tuvaluan|Tuvaluan|Funafuti
UGA|Uganda|Republic of Uganda|Ugandan|Ugandan|Kampala
TZA|Tanzania|United Republic of Tanzania|Tanzanian|Tanzanian|Dodoma
URY|Uruguay|Oriental Republic of Uruguay|Uruguayan|Uruguayan|Montevideo
VUT|Vanuatu|Republic of Vanuatu|Vanuatuan/Ni-Vanuatu|Ni-Vanuatu|Port Vila
VEN|Venezuela|Bolivarian Republic of Venezuela|Venezuelan|Venezuelan|Caracas
VNM|Vietnam|Viet Nam/Socialist Republic of Vietnam|Vietnamese|Vietnamese|Hanoi
YEM|Yemen|Republic of Yemen|Yemeni|Yemeni|Sanaa/Sana'a/Aden
ZMB|Zambia|Republic of Zambia|Zambian|Zambian|Lusaka
ZWE|Zimbabwe|Republic of Zimbabwe|Zimbabwean|Zimbabwean|Harare
# historical names of states still in the news archive (1980s-2000s): the successor state
RUS|Soviet Union|USSR/U.S.S.R./the Soviet Union|Soviet|Soviets|
SRB|Yugoslavia|Federal Republic of Yugoslavia/FRY/Serbia and Montenegro|Yugoslav|Yugoslavs|
KHM|Kampuchea|Democratic Kampuchea/People's Republic of Kampuchea|Kampuchean|Kampucheans|
COD|Zaire|Republic of Zaire|Zairean/Zairian|Zaireans/Zairians|
DEU|West Germany|East Germany/GDR/German Democratic Republic|West German/East German|West Germans/East Germans|Bonn/East Berlin
CZE|Czechoslovakia|Czech and Slovak Federal Republic|Czechoslovak|Czechoslovaks|
ZWE|Rhodesia||Rhodesian|Rhodesians|
# a state's people named with their ethnic group: the state they live in, not the kin state
BIH|Republika Srpska||Bosnian Serb/Bosnian Croat/Bosnian Muslim|Bosnian Serbs/Bosnian Croats/Bosnian Muslims|
HRV|Krajina||Croatian Serb|Croatian Serbs|
XKX|Kosova||Kosovo Albanian/Kosovar|Kosovo Albanians/Kosovars|
# regions that name their state in news (CAMEO codes them as the state): Palestinian territories,
# Chechnya, Darfur, Tibet; disputed regions claimed by two states are deliberately not listed
PSE|Gaza Strip|Gaza/West Bank/Palestinian territories|Gazan|Gazans|Gaza City
RUS|Chechnya|Chechen Republic|Chechen|Chechens|Grozny
SDN|Darfur|||Darfuris|
CHN|Tibet||Tibetan|Tibetans|Lhasa
"""

DATA["countries_ru"] = """\
# code|name|aliases|adjectives|demonyms|capitals
RUS|Россия|Российская Федерация/РФ|российский/русский/московский|россиянин/россиянка/русский|Москва
AZE|Азербайджан|Азербайджанская Республика|азербайджанский|азербайджанец/азербайджанка|Баку
DEU|Германия|Федеративная Республика Германия/ФРГ|немецкий/германский/берлинский|немец/немка|Берлин
USA|Соединённые Штаты|Соединённые Штаты Америки/США/Америка/Штаты|американский/вашингтонский|американец/американка|Вашингтон
GBR|Великобритания|Соединённое Королевство/Британия/!Англия{часто = Великобритания, но это Англия; не сопоставляется}|британский/лондонский|британец/британка/англичанин|Лондон
FRA|Франция|Французская Республика|французский/парижский|француз/француженка|Париж
CHN|Китай|Китайская Народная Республика/КНР|китайский/пекинский|китаец/китаянка|Пекин
UKR|Украина||украинский/киевский|украинец/украинка|Киев
ARM|Армения|Республика Армения|армянский|армянин/армянка|Ереван
GEO|Грузия|Сакартвело|грузинский|грузин/грузинка|Тбилиси
TUR|Турция|Турецкая Республика/Тюркие|турецкий/анкарский|турок/турчанка|Анкара
IRN|Иран|Исламская Республика Иран/ИРИ|иранский/тегеранский|иранец/иранка|Тегеран
ISR|Израиль|Государство Израиль|израильский|израильтянин/израильтянка|Иерусалим/!Тель-Авив{там посольства большинства стран; не столица}
KAZ|Казахстан|Республика Казахстан|казахстанский/казахский|казахстанец/казахстанка/казах/казашка|Астана/Нур-Султан
UZB|Узбекистан|Республика Узбекистан|узбекский/узбекистанский|узбек/узбечка|Ташкент
KGZ|Киргизия|Киргизстан/Кыргызстан/Кыргызская Республика|киргизский/кыргызский/кыргызстанский|киргиз/киргизка/кыргыз|Бишкек
TJK|Таджикистан|Республика Таджикистан|таджикский|таджик/таджичка|Душанбе
TKM|Туркмения|Туркменистан|туркменский|туркмен/туркменка|Ашхабад
BLR|Беларусь|Белоруссия/Республика Беларусь|белорусский/минский|белорус/белоруска|Минск
POL|Польша|Республика Польша|польский/варшавский|поляк/полька|Варшава
CZE|Чехия|Чешская Республика|чешский|чех/чешка|Прага
MDA|Молдавия|Молдова/Республика Молдова|молдавский/молдовский|молдаванин/молдаванка|Кишинёв
SRB|Сербия|Республика Сербия|сербский|серб/сербка|Белград
XKX|Косово|Республика Косово|косовский|косовар/косоварка|Приштина
IND|Индия|Республика Индия|индийский|индиец/индианка|Нью-Дели
PAK|Пакистан|Исламская Республика Пакистан|пакистанский|пакистанец/пакистанка|Исламабад
JPN|Япония||японский/токийский|японец/японка|Токио
DZA|Алжир|Алжирская Народная Демократическая Республика|алжирский|алжирец/алжирка|Алжир
KEN|Кения|Республика Кения|кенийский|кениец/кенийка|Найроби
SVK|Словакия|Словацкая Республика|словацкий|словак/словачка|Братислава
HUN|Венгрия||венгерский|венгр/венгерка|Будапешт
ITA|Италия|Итальянская Республика|итальянский|итальянец/итальянка|Рим
ESP|Испания|Королевство Испания|испанский|испанец/испанка|Мадрид
PSE|Палестина|Государство Палестина|палестинский|палестинец/палестинка|Рамалла
TWN|Тайвань|Китайская Республика|тайваньский|тайванец/тайванька|Тайбэй/Тайбей
VAT|Ватикан|Святой Престол/Государство-город Ватикан|ватиканский||Ватикан
SAU|Саудовская Аравия|Королевство Саудовская Аравия/КСА|саудовский/саудоаравийский|саудовец/саудовка|Эр-Рияд/Рияд
BRA|Бразилия|Федеративная Республика Бразилия|бразильский|бразилец/бразильянка|Бразилиа
CAN|Канада||канадский|канадец/канадка|Оттава
AUS|Австралия||австралийский|австралиец/австралийка|Канберра
KOR|Южная Корея|Республика Корея/РК|южнокорейский/!корейский{обе Кореи; не сопоставляется}|южнокореец/южнокорейка|Сеул
PRK|Северная Корея|КНДР/Корейская Народно-Демократическая Республика|северокорейский|северокореец/северокорейка|Пхеньян
MEX|Мексика|Мексиканские Соединённые Штаты|мексиканский|мексиканец/мексиканка|Мехико
IDN|Индонезия|Республика Индонезия|индонезийский|индонезиец/индонезийка|Джакарта
ZAF|Южная Африка|ЮАР/Южно-Африканская Республика|южноафриканский|южноафриканец/южноафриканка|Претория
ARG|Аргентина|Аргентинская Республика|аргентинский|аргентинец/аргентинка|Буэнос-Айрес
EGY|Египет|Арабская Республика Египет/АРЕ|египетский|египтянин/египтянка|Каир
SYR|Сирия|Сирийская Арабская Республика/САР|сирийский|сириец/сирийка|Дамаск
IRQ|Ирак|Республика Ирак|иракский|иракец/иракчанка|Багдад
AFG|Афганистан|Исламский Эмират Афганистан|афганский|афганец/афганка|Кабул
NLD|Нидерланды|Голландия/Королевство Нидерландов|нидерландский/голландский|нидерландец/нидерландка/голландец/голландка|Амстердам/!Гаага{резиденция правительства, но и МУС, Международного суда и ОЗХО}
BEL|Бельгия|Королевство Бельгия|бельгийский|бельгиец/бельгийка|Брюссель
AUT|Австрия|Австрийская Республика|австрийский|австриец/австрийка|Вена
CHE|Швейцария|Швейцарская Конфедерация|швейцарский|швейцарец/швейцарка|Берн
LTU|Литва|Литовская Республика|литовский|литовец/литовка|Вильнюс
LVA|Латвия|Латвийская Республика|латвийский/латышский|латыш/латышка/латвиец|Рига
EST|Эстония|Эстонская Республика|эстонский|эстонец/эстонка|Таллин/Таллинн
ROU|Румыния||румынский|румын/румынка|Бухарест
BGR|Болгария|Республика Болгария|болгарский|болгарин/болгарка|София
GRC|Греция|Греческая Республика|греческий|грек/гречанка|Афины
FIN|Финляндия|Финляндская Республика|финский/финляндский|финн/финка|Хельсинки
SWE|Швеция|Королевство Швеция|шведский|швед/шведка|Стокгольм
NOR|Норвегия|Королевство Норвегия|норвежский|норвежец/норвежка|Осло
DNK|Дания|Королевство Дания|датский|датчанин/датчанка|Копенгаген
QAT|Катар|Государство Катар|катарский|катарец/катарка|Доха
ARE|Объединённые Арабские Эмираты|ОАЭ/Эмираты|эмиратский|эмиратец/эмиратка|Абу-Даби
# ---- остальные государства — члены ООН
ALB|Албания|Республика Албания|албанский|албанец/албанка|Тирана
AND|Андорра|Княжество Андорра|андоррский|андоррец/андорранка|Андорра-ла-Велья
AGO|Ангола|Республика Ангола|ангольский|анголец/анголка|Луанда
ATG|Антигуа и Барбуда|Антигуа|антигуанский|антигуанец/антигуанка|Сент-Джонс
BHS|Багамы|Багамские Острова/Содружество Багамских Островов|багамский|багамец/багамка|Нассау
BHR|Бахрейн|Королевство Бахрейн|бахрейнский|бахрейнец/бахрейнка|Манама
BGD|Бангладеш|Народная Республика Бангладеш|бангладешский|бангладешец/бангладешка|Дакка
BRB|Барбадос||барбадосский|барбадосец/барбадоска|Бриджтаун
BLZ|Белиз||белизский|белизец/белизка|Бельмопан
BEN|Бенин|Республика Бенин|бенинский|бенинец/бенинка|Порто-Ново
BTN|Бутан|Королевство Бутан|бутанский|бутанец/бутанка|Тхимпху
BOL|Боливия|Многонациональное Государство Боливия|боливийский|боливиец/боливийка|Ла-Пас/Сукре
BIH|Босния и Герцеговина|Босния/БиГ|боснийский|босниец/боснийка|Сараево
BWA|Ботсвана|Республика Ботсвана|ботсванский|ботсванец/ботсванка|Габороне
BRN|Бруней|Бруней-Даруссалам|брунейский|брунеец/брунейка|Бандар-Сери-Бегаван
BFA|Буркина-Фасо||буркинийский|буркиниец/буркинийка|Уагадугу
BDI|Бурунди|Республика Бурунди|бурундийский|бурундиец/бурундийка|Гитега/Бужумбура
CPV|Кабо-Верде|Острова Зелёного Мыса|кабовердианский|кабовердиец/кабовердианка|Прая
KHM|Камбоджа|Королевство Камбоджа|камбоджийский|камбоджиец/камбоджийка|Пномпень
CMR|Камерун|Республика Камерун|камерунский|камерунец/камерунка|Яунде
CAF|Центральноафриканская Республика|ЦАР|центральноафриканский|центральноафриканец/центральноафриканка|Банги
TCD|Чад|Республика Чад|чадский|чадец/чадка|Нджамена
CHL|Чили|Республика Чили|чилийский|чилиец/чилийка|Сантьяго
COL|Колумбия|Республика Колумбия|колумбийский|колумбиец/колумбийка|Богота
COM|Коморы|Союз Коморских Островов/Коморские Острова|коморский|коморец/коморка|Морони
COG|Республика Конго|Конго-Браззавиль|!конголезский{также ДР Конго; отнесено к ДРК}|!конголезец{также ДР Конго; отнесено к ДРК}|Браззавиль
COD|Демократическая Республика Конго|ДР Конго/ДРК/Конго-Киншаса|конголезский|конголезец/конголезка|Киншаса
CRI|Коста-Рика|Республика Коста-Рика|костариканский|костариканец/костариканка|Сан-Хосе
CIV|Кот-д'Ивуар|Кот-д’Ивуар/Берег Слоновой Кости|ивуарийский|ивуариец/ивуарийка|Ямусукро/Абиджан
HRV|Хорватия|Республика Хорватия|хорватский|хорват/хорватка|Загреб
CUB|Куба|Республика Куба|кубинский|кубинец/кубинка|Гавана
CYP|Кипр|Республика Кипр|кипрский|киприот/киприотка|Никосия
DJI|Джибути|Республика Джибути|джибутийский|джибутиец/джибутийка|Джибути
DMA|Доминика|Содружество Доминики|доминикский|!доминиканец{также Доминиканская Республика; отнесено к DOM}|Розо
DOM|Доминиканская Республика|Доминикана|доминиканский|доминиканец/доминиканка|Санто-Доминго
ECU|Эквадор|Республика Эквадор|эквадорский|эквадорец/эквадорка|Кито
SLV|Сальвадор|Республика Эль-Сальвадор/Эль-Сальвадор|сальвадорский|сальвадорец/сальвадорка|Сан-Сальвадор
GNQ|Экваториальная Гвинея|Республика Экваториальная Гвинея|экваториальногвинейский|экваториальногвинеец/экваториальногвинейка|Малабо
ERI|Эритрея|Государство Эритрея|эритрейский|эритреец/эритрейка|Асмэра/Асмара
SWZ|Эсватини|Свазиленд/Королевство Эсватини|свазилендский/эсватинийский|свази/свазилендец|Мбабане/Лобамба
ETH|Эфиопия|Федеративная Демократическая Республика Эфиопия|эфиопский|эфиоп/эфиопка|Аддис-Абеба
FJI|Фиджи|Республика Фиджи|фиджийский|фиджиец/фиджийка|Сува
GAB|Габон|Габонская Республика|габонский|габонец/габонка|Либревиль
GMB|Гамбия|Республика Гамбия|гамбийский|гамбиец/гамбийка|Банжул
GHA|Гана|Республика Гана|ганский|ганец/ганка|Аккра
GRD|Гренада||гренадский|гренадец/гренадка|Сент-Джорджес
GTM|Гватемала|Республика Гватемала|гватемальский|гватемалец/гватемалка|Гватемала/Гватемала-Сити
GIN|Гвинея|Гвинейская Республика/Гвинея-Конакри|гвинейский|гвинеец/гвинейка|Конакри
GNB|Гвинея-Бисау|Республика Гвинея-Бисау|бисау-гвинейский|бисау-гвинеец/бисау-гвинейка|Бисау
GUY|Гайана|Кооперативная Республика Гайана|гайанский|гайанец/гайанка|Джорджтаун
HTI|Гаити|Республика Гаити|гаитянский|гаитянин/гаитянка|Порт-о-Пренс
HND|Гондурас|Республика Гондурас|гондурасский|гондурасец/гондураска|Тегусигальпа
ISL|Исландия||исландский|исландец/исландка|Рейкьявик
IRL|Ирландия|Республика Ирландия|ирландский|ирландец/ирландка|Дублин
JAM|Ямайка||ямайский|ямаец/ямайка|Кингстон
JOR|Иордания|Иорданское Хашимитское Королевство|иорданский|иорданец/иорданка|Амман
KIR|Кирибати|Республика Кирибати|кирибатийский|кирибатиец/кирибатийка|Южная Тарава/Тарава
KWT|Кувейт|Государство Кувейт|кувейтский|кувейтец/кувейтка|Эль-Кувейт/Кувейт
LAO|Лаос|Лаосская Народно-Демократическая Республика/ЛНДР|лаосский|лаосец/лаоска|Вьентьян
LBN|Ливан|Ливанская Республика|ливанский|ливанец/ливанка|Бейрут
LSO|Лесото|Королевство Лесото|лесотский|лесотец/мосото|Масеру
LBR|Либерия|Республика Либерия|либерийский|либериец/либерийка|Монровия
LBY|Ливия|Государство Ливия|ливийский|ливиец/ливийка|Триполи
LIE|Лихтенштейн|Княжество Лихтенштейн|лихтенштейнский|лихтенштейнец/лихтенштейнка|Вадуц
LUX|Люксембург|Великое Герцогство Люксембург|люксембургский|люксембуржец/люксембурженка|Люксембург
MDG|Мадагаскар|Республика Мадагаскар|мадагаскарский/малагасийский|малагасиец/малагасийка|Антананариву
MWI|Малави|Республика Малави|малавийский|малавиец/малавийка|Лилонгве
MYS|Малайзия||малайзийский|малайзиец/малайзийка|Куала-Лумпур/Путраджая
MDV|Мальдивы|Мальдивская Республика/Мальдивские Острова|мальдивский|мальдивец/мальдивка|Мале
MLI|Мали|Республика Мали|малийский|малиец/малийка|Бамако
MLT|Мальта|Республика Мальта|мальтийский|мальтиец/мальтийка|Валлетта/Ла-Валлетта
MHL|Маршалловы Острова|Республика Маршалловы Острова|маршалльский|маршаллец/маршалльцы|Маджуро
MRT|Мавритания|Исламская Республика Мавритания|мавританский|мавританец/мавританка|Нуакшот
MUS|Маврикий|Республика Маврикий|маврикийский|маврикиец/маврикийка|Порт-Луи
FSM|Микронезия|Федеративные Штаты Микронезии|микронезийский|микронезиец/микронезийка|Паликир
MCO|Монако|Княжество Монако|монакский|монегаск/монегаска|Монако
MNG|Монголия||монгольский|монгол/монголка|Улан-Батор
MNE|Черногория||черногорский|черногорец/черногорка|Подгорица
MAR|Марокко|Королевство Марокко|марокканский|марокканец/марокканка|Рабат
MOZ|Мозамбик|Республика Мозамбик|мозамбикский|мозамбикец/мозамбичка|Мапуту
MMR|Мьянма|Бирма/Республика Союз Мьянма|мьянманский/бирманский|мьянманец/бирманец|Нейпьидо
NAM|Намибия|Республика Намибия|намибийский|намибиец/намибийка|Виндхук
NRU|Науру|Республика Науру|науруанский|науруанец/науруанка|Ярен
NPL|Непал||непальский|непалец/непалка|Катманду
NZL|Новая Зеландия||новозеландский|новозеландец/новозеландка|Веллингтон
NIC|Никарагуа|Республика Никарагуа|никарагуанский|никарагуанец/никарагуанка|Манагуа
NER|Нигер|Республика Нигер|нигерский|нигерец/нигерка|Ниамей
NGA|Нигерия|Федеративная Республика Нигерия|нигерийский|нигериец/нигерийка|Абуджа
MKD|Северная Македония|Македония/Республика Северная Македония/Бывшая Югославская Республика Македония/БЮРМ|северомакедонский/македонский|македонец/македонка|Скопье
OMN|Оман|Султанат Оман|оманский|оманец/оманка|Маскат
PLW|Палау|Республика Палау|палауский|палауанец/палауанка|Нгерулмуд/Мелекеок
PAN|Панама|Республика Панама|панамский|панамец/панамка|Панама
PNG|Папуа — Новая Гвинея|Папуа-Новая Гвинея/ПНГ|папуа-новогвинейский|папуас/папуаска|Порт-Морсби
PRY|Парагвай|Республика Парагвай|парагвайский|парагваец/парагвайка|Асунсьон
PER|Перу|Республика Перу|перуанский|перуанец/перуанка|Лима
PHL|Филиппины|Республика Филиппины|филиппинский|филиппинец/филиппинка|Манила
PRT|Португалия|Португальская Республика|португальский|португалец/португалка|Лиссабон
RWA|Руанда|Республика Руанда|руандийский|руандиец/руандийка|Кигали
KNA|Сент-Китс и Невис||сент-китсский|киттиец/невисец|Бастер
LCA|Сент-Люсия||сент-люсийский|сент-люсиец/сент-люсийка|Кастри
VCT|Сент-Винсент и Гренадины||сент-винсентский|сент-винсентец/винсентец|Кингстаун
WSM|Самоа|Независимое Государство Самоа|самоанский|самоанец/самоанка|Апиа
SMR|Сан-Марино|Республика Сан-Марино|сан-маринский|санмаринец/санмаринка|Сан-Марино
STP|Сан-Томе и Принсипи||сантомийский|сантомиец/сантомийка|Сан-Томе
SEN|Сенегал|Республика Сенегал|сенегальский|сенегалец/сенегалка|Дакар
SYC|Сейшелы|Сейшельские Острова/Республика Сейшельские Острова|сейшельский|сейшелец/сейшелька|!Виктория{частое женское имя; не сопоставляется}
SLE|Сьерра-Леоне|Республика Сьерра-Леоне|сьерра-леонский|сьерралеонец/сьерралеонка|Фритаун
SGP|Сингапур|Республика Сингапур|сингапурский|сингапурец/сингапурка|Сингапур
SVN|Словения|Республика Словения|словенский|словенец/словенка|Любляна
SLB|Соломоновы Острова||соломонский|соломонец/соломонка|Хониара
SOM|Сомали|Федеративная Республика Сомали|сомалийский|сомалиец/сомалийка|Могадишо
SSD|Южный Судан|Республика Южный Судан|южносуданский|южносуданец/южносуданка|Джуба
LKA|Шри-Ланка|Демократическая Социалистическая Республика Шри-Ланка/Цейлон|шри-ланкийский/ланкийский|ланкиец/шриланкиец|Коломбо/Шри-Джаяварденепура-Котте
SDN|Судан|Республика Судан|суданский|суданец/суданка|Хартум/Порт-Судан
SUR|Суринам|Республика Суринам|суринамский|суринамец/суринамка|Парамарибо
THA|Таиланд|Королевство Таиланд/Тайланд|тайский/таиландский|таец/тайка|Бангкок
TLS|Восточный Тимор|Тимор-Лесте/Демократическая Республика Тимор-Лесте|восточнотиморский/тиморский|тиморец/тиморка|Дили
TGO|Тоголезская Республика|!Того{совпадает с частым словом «того»}|тоголезский|тоголезец/тоголезка|Ломе
TON|Тонга|Королевство Тонга|тонганский|тонганец/тонганка|Нукуалофа
TTO|Тринидад и Тобаго|Тринидад|тринидадский|тринидадец/тринидадка|Порт-оф-Спейн
TUN|Тунис|Тунисская Республика|тунисский|тунисец/туниска|Тунис
TUV|Тувалу||тувалуанский|тувалуанец/тувалуанка|Фунафути
UGA|Уганда|Республика Уганда|угандийский|угандиец/угандийка|Кампала
TZA|Танзания|Объединённая Республика Танзания|танзанийский|танзаниец/танзанийка|Додома
URY|Уругвай|Восточная Республика Уругвай|уругвайский|уругваец/уругвайка|Монтевидео
VUT|Вануату|Республика Вануату|вануатский|вануатец/вануатка|Порт-Вила
VEN|Венесуэла|Боливарианская Республика Венесуэла|венесуэльский|венесуэлец/венесуэлка|Каракас
VNM|Вьетнам|Социалистическая Республика Вьетнам/СРВ|вьетнамский|вьетнамец/вьетнамка|Ханой
YEM|Йемен|Йеменская Республика|йеменский|йеменец/йеменка|Сана/Аден
ZMB|Замбия|Республика Замбия|замбийский|замбиец/замбийка|Лусака
ZWE|Зимбабве|Республика Зимбабве|зимбабвийский|зимбабвиец/зимбабвийка|Хараре
# исторические названия государств в архиве новостей (1980-2000-е): государство-преемник
RUS|Советский Союз|СССР|советский||
SRB|Югославия|Союзная Республика Югославия/СРЮ/Сербия и Черногория|югославский|югослав|
KHM|Кампучия|Демократическая Кампучия/Народная Республика Кампучия|кампучийский||
COD|Заир|Республика Заир|заирский|заирец|
DEU|ГДР|Германская Демократическая Республика/Западная Германия/Восточная Германия|западногерманский/восточногерманский||Бонн
CZE|Чехословакия|ЧССР/ЧСФР|чехословацкий|чехословак|
ZWE|Родезия||родезийский||
# этнические группы, названные вместе с государством: государство проживания, а не соседнее
BIH|Республика Сербская||боснийско-сербский/боснийско-хорватский|боснийские сербы/боснийские хорваты/боснийские мусульмане|Пале
HRV|Сербская Краина||хорватско-сербский|хорватские сербы|
XKX|Косова||косовско-албанский|косовские албанцы/косовары|
# регионы, которые в новостях называют своё государство (CAMEO кодирует их как государство); спорные территории намеренно не включены
PSE|Сектор Газа|Газа/Западный берег/Западный берег реки Иордан/палестинские территории|||
RUS|Чечня|Чеченская Республика|чеченский|чеченец|Грозный
SDN|Дарфур||||
CHN|Тибет||тибетский|тибетец|Лхаса
"""

DATA["metonyms_de"] = """\
RUS|GOV|Kreml/Smolenskaja/Smolenskaja-Platz
RUS|LEG|Staatsduma/Duma/Föderationsrat
USA|GOV|Weißes Haus/State Department/US-Außenministerium/Oval Office
USA|MIL|Pentagon
USA|LEG|US-Kongress/Kapitol
FRA|GOV|Élysée/Elysée/Élysée-Palast/Elysée-Palast/Elysee-Palast/Quai d'Orsay/Matignon
FRA|LEG|Nationalversammlung Frankreichs
GBR|GOV|Downing Street/Whitehall/Foreign Office
GBR|LEG|Westminster/britisches Unterhaus/britisches Oberhaus
DEU|GOV|Bundesregierung/Kanzleramt/Bundeskanzleramt/Auswärtiges Amt/Bundespresseamt/Bundespräsidialamt
DEU|LEG|Bundestag
CHN|GOV|Zhongnanhai
CHN|LEG|Nationaler Volkskongress/NVK
AZE|LEG|Milli Medschlis/Milli Majlis/Milli Məclis
ISR|LEG|Knesset
UKR|LEG|Werchowna Rada/Rada
UKR|GOV|Bankowa
POL|LEG|Sejm
LTU|LEG|Seimas
LVA|LEG|Saeima
KAZ|GOV|Akorda/Ak Orda
KAZ|LEG|Mäschilis/Maschilis
UZB|LEG|Olij Madschlis/Oliy Majlis
KGZ|LEG|Dschogorku Kenesch
TUR|LEG|Große Nationalversammlung
JPN|LEG|japanisches Parlament
KOR|GOV|Blaues Haus
"""

DATA["metonyms_en"] = """\
# code|sector|texts
RUS|GOV|Kremlin/Smolenskaya Square/Smolenskaya/Old Square
RUS|LEG|State Duma/Duma/Federation Council
USA|GOV|White House/State Department/Foggy Bottom/Oval Office/Treasury Department
USA|MIL|Pentagon
USA|LEG|Capitol Hill/US Congress/U.S. Congress
FRA|GOV|Élysée/Elysée/Elysee/Élysée Palace/Elysee Palace/Quai d'Orsay/Matignon
FRA|LEG|National Assembly of France
GBR|GOV|Downing Street/Number 10/No 10/Whitehall/Foreign Office/Foreign, Commonwealth and Development Office/FCDO
GBR|LEG|Westminster/House of Commons/House of Lords
GBR|MIL|Ministry of Defence
DEU|GOV|German Chancellery/Chancellery/Federal Foreign Office/German Foreign Office/Bundesregierung
DEU|LEG|Bundestag
CHN|GOV|Zhongnanhai
CHN|LEG|National People's Congress/NPC
AZE|GOV|Presidential Administration of Azerbaijan
AZE|LEG|Milli Majlis/Milli Mejlis
ISR|LEG|Knesset
UKR|LEG|Verkhovna Rada/Rada
UKR|GOV|Bankova
POL|LEG|Sejm
LTU|LEG|Seimas
LVA|LEG|Saeima
KAZ|GOV|Akorda/Ak Orda
KAZ|LEG|Mazhilis/Mazhlis
UZB|LEG|Oliy Majlis
KGZ|LEG|Jogorku Kenesh
TKM|LEG|Mejlis of Turkmenistan
TUR|LEG|Grand National Assembly
JPN|GOV|Kantei/Kasumigaseki
JPN|LEG|National Diet
IND|GOV|South Block/Raisina Hill
KOR|GOV|Blue House/Yongsan
IRN|LEG|Majlis of Iran
ARM|LEG|National Assembly of Armenia
"""

DATA["metonyms_ru"] = """\
RUS|GOV|Кремль/Смоленская площадь/Старая площадь
RUS|LEG|Госдума/Государственная дума/Дума/Совет Федерации/Совфед
USA|GOV|Белый дом/Госдеп/Госдепартамент/Овальный кабинет/Минфин США
USA|MIL|Пентагон
USA|LEG|Конгресс США/Капитолий
FRA|GOV|Елисейский дворец/Кэ д'Орсе/Матиньон
GBR|GOV|Даунинг-стрит/Форин-офис/Уайтхолл
GBR|LEG|Вестминстер/Палата общин/Палата лордов
DEU|GOV|Ведомство федерального канцлера/Федеральное правительство Германии
DEU|LEG|Бундестаг
CHN|GOV|Чжуннаньхай
CHN|LEG|Всекитайское собрание народных представителей/ВСНП
AZE|LEG|Милли Меджлис
ISR|LEG|Кнессет
UKR|LEG|Верховная рада/Рада/Верховная Рада
UKR|GOV|Банковая/Офис президента Украины
POL|LEG|!Сейм{так называют и парламенты Латвии и Литвы; не сопоставляется}
LTU|LEG|Сейм Литвы
LVA|LEG|Сейм Латвии
KAZ|GOV|Акорда/Ак Орда
KAZ|LEG|Мажилис
UZB|LEG|Олий Мажлис
KGZ|LEG|Жогорку Кенеш
TKM|LEG|Меджлис Туркменистана
TUR|LEG|Великое национальное собрание Турции/ВНСТ
JPN|LEG|японский парламент
KOR|GOV|Голубой дом
"""

DATA["orgs"] = """\
# code|sector|en|de|ru|note
RUS|MED|Sputnik|Sputnik|Спутник|state news agency brand (Rossiya Segodnya)
RUS|MED|Sputnik Azerbaijan|Sputnik Aserbaidschan/Sputnik Azerbaijan|Спутник Азербайджан/Sputnik Азербайджан|Russian state media office in Baku (owner RUS; attributed to RUS)
RUS|MED|RT/Russia Today/RT DE|RT/Russia Today/RT DE/RT Deutsch|RT/Russia Today/Раша Тудэй|
RUS|MED|TASS/Tass|TASS/Tass|ТАСС|
RUS|MED|RIA Novosti/RIA|RIA Nowosti/RIA Novosti/RIA|РИА Новости/РИА|
RUS|MED|Rossiya Segodnya|Rossija Segodnja/Rossiya Segodnya|Россия сегодня/МИА «Россия сегодня»|
RUS|MED|Channel One/Perviy Kanal|Perwy Kanal/Erster Kanal|Первый канал|
RUS|MED|Rossiya 1/VGTRK|Rossija 1/WGTRK|Россия-1/Россия 1/ВГТРК|
RUS|MED|Izvestia|Iswestija|Известия|
RUS|MED|Rossiyskaya Gazeta|Rossijskaja Gaseta|Российская газета|government newspaper
RUS|MED|Zvezda|Swesda|Звезда|defence ministry TV
AZE|MED|AZERTAC/Azertac|AZERTAC/Azertac|АЗЕРТАДЖ/Азертадж|state news agency
AZE|MED|İTV|İTV|İTV/Общественное телевидение Азербайджана|public broadcaster
AZE|MED|AzTV|AzTV|AzTV/АзТВ|
AZE|MED|Report.az/APA.az|Report.az/APA.az|Report.az|pro-government news sites
DEU|MED|ARD|ARD|ARD/АРД|
DEU|MED|ZDF|ZDF|ZDF/ЦДФ|
DEU|MED|Deutsche Welle/DW|Deutsche Welle/DW|Deutsche Welle/Немецкая волна/DW|
GBR|MED|BBC|BBC|Би-би-си/BBC/Русская служба Би-би-си|
CHN|MED|Xinhua|Xinhua/Neues China|Синьхуа|
CHN|MED|CGTN|CGTN|CGTN|
CHN|MED|CCTV/China Central Television|CCTV|CCTV/Центральное телевидение Китая|
CHN|MED|Global Times|Global Times|Global Times/Глобал таймс|
CHN|MED|People's Daily|Volkszeitung/Renmin Ribao|Жэньминь жибао|
IRN|MED|IRNA|IRNA|ИРНА/IRNA|
IRN|MED|Press TV/IRIB|Press TV/IRIB|Press TV/IRIB|
TUR|MED|Anadolu/Anadolu Agency|Anadolu/Anadolu Agentur|Анадолу/Anadolu|
TUR|MED|TRT|TRT|TRT|
USA|MED|Voice of America/VOA|Voice of America/Stimme Amerikas|Голос Америки|
USA|MED|Radio Free Europe/Radio Liberty/RFE/RL|Radio Free Europe/Radio Liberty/RFE/RL|Радио Свобода/Радио Свободная Европа|
FRA|MED|France 24/RFI|France 24/RFI|France 24/RFI|
QAT|MED|Al Jazeera|Al Jazeera/Al-Dschasira|Аль-Джазира|
UKR|MED|Ukrinform|Ukrinform|Укринформ|
BLR|MED|BelTA|BelTA|БелТА|
KAZ|MED|Kazinform|Kazinform|Казинформ|
RUS|SPY|FSB/Federal Security Service|FSB/Inlandsgeheimdienst FSB|ФСБ/Федеральная служба безопасности|
RUS|SPY|SVR/Foreign Intelligence Service|SWR/Auslandsgeheimdienst SWR|СВР/Служба внешней разведки|
RUS|SPY|GRU|GRU/Militärgeheimdienst GRU|ГРУ|
DEU|SPY|BND/Federal Intelligence Service|BND/Bundesnachrichtendienst|БНД/Федеральная разведывательная служба Германии|
DEU|SPY|BfV/Office for the Protection of the Constitution|Verfassungsschutz/BfV/Bundesamt für Verfassungsschutz|Ведомство по защите конституции/BfV|
GBR|SPY|MI6/Secret Intelligence Service|MI6|МИ-6/MI6|
GBR|SPY|MI5|MI5|МИ-5/MI5|
GBR|SPY|GCHQ|GCHQ|Центр правительственной связи/GCHQ|
USA|SPY|CIA|CIA|ЦРУ|
USA|COP|FBI|FBI|ФБР|
USA|SPY|NSA/National Security Agency|NSA|АНБ|
AZE|SPY|DTX/State Security Service of Azerbaijan|DTX/Staatssicherheitsdienst Aserbaidschans|СГБ Азербайджана/Служба государственной безопасности Азербайджана/СГБ|
UKR|SPY|SBU/Security Service of Ukraine|SBU/Ukrainischer Geheimdienst SBU|СБУ/Служба безопасности Украины|
UKR|SPY|HUR/GUR|HUR/Militärgeheimdienst HUR|ГУР/Главное управление разведки|
ISR|SPY|Mossad|Mossad|Моссад|
ISR|SPY|Shin Bet/Shabak|Schin Bet/Shin Bet|Шин Бет/Шабак|
BLR|SPY|KGB of Belarus/Belarusian KGB|KGB Belarus/belarussischer KGB|КГБ Беларуси/КГБ Белоруссии/КГБ|
TUR|SPY|MIT/MİT|MIT/MİT/türkischer Geheimdienst|МИТ/Национальная разведывательная организация Турции|
IRN|MIL|IRGC/Revolutionary Guards/Islamic Revolutionary Guard Corps|Revolutionsgarden/IRGC|КСИР/Корпус стражей исламской революции|
CHN|SPY|Ministry of State Security/MSS|Ministerium für Staatssicherheit Chinas/MSS|Министерство государственной безопасности КНР/МГБ КНР|
DEU|JUD|Federal Prosecutor's Office/Federal Public Prosecutor General|Generalbundesanwalt/Bundesanwaltschaft/Bundesanwalt|Генпрокуратура Германии/Федеральная прокуратура Германии|
DEU|JUD|Federal Court of Justice|Bundesgerichtshof/BGH|Федеральный верховный суд Германии|
DEU|JUD|Federal Constitutional Court|Bundesverfassungsgericht|Федеральный конституционный суд Германии|
RUS|JUD|Investigative Committee of Russia/Investigative Committee|Ermittlungskomitee/Russisches Ermittlungskomitee|Следственный комитет/СК России/СКР/Следственный комитет России|
RUS|JUD|Prosecutor General's Office of Russia|russische Generalstaatsanwaltschaft|Генпрокуратура/Генеральная прокуратура РФ/Генпрокуратура России|
RUS|JUD|Supreme Court of Russia|Oberstes Gericht Russlands|Верховный суд РФ/Верховный суд России|
RUS|GOV|Roskomnadzor|Roskomnadsor/Roskomnadzor|Роскомнадзор/РКН|
RUS|GOV|Russian Foreign Ministry/Russian MFA|russisches Außenministerium|МИД России/МИД РФ|
RUS|GOV|Ministry of Justice of Russia|russisches Justizministerium|Минюст/Минюст России/Минюст РФ|
RUS|COP|Rosgvardia/National Guard of Russia|Rosgwardija/Nationalgarde Russlands|Росгвардия|
RUS|COP|Russian Interior Ministry/MVD|russisches Innenministerium|МВД России/МВД РФ|
RUS|MIL|Russian Armed Forces/Russian Ministry of Defence|russische Streitkräfte/russisches Verteidigungsministerium|Минобороны России/Минобороны РФ/Вооружённые силы России/ВС РФ|
RUS|MIL|Wagner Group/Wagner PMC|Wagner-Gruppe/Gruppe Wagner|ЧВК Вагнер/ЧВК «Вагнер»|
DEU|COP|Federal Police of Germany|Bundespolizei|Федеральная полиция Германии|
DEU|COP|Federal Criminal Police Office|Bundeskriminalamt/BKA|Федеральное ведомство уголовной полиции Германии/BKA|
DEU|MIL|Bundeswehr|Bundeswehr|бундесвер|
USA|MIL|US Army/US military/U.S. military|US-Armee/US-Streitkräfte/US-Militär|армия США/ВС США|
USA|GOV|Treasury Department/OFAC|US-Finanzministerium/OFAC|Минфин США/OFAC|
CHN|MIL|People's Liberation Army/PLA|Volksbefreiungsarmee|Народно-освободительная армия Китая/НОАК|
ISR|MIL|Israel Defense Forces/IDF|israelische Armee/IDF|Армия обороны Израиля/ЦАХАЛ/АОИ|
UKR|MIL|Armed Forces of Ukraine|ukrainische Armee/ukrainische Streitkräfte|ВСУ/Вооружённые силы Украины|
AZE|JUD|Prosecutor General's Office of Azerbaijan|Generalstaatsanwaltschaft Aserbaidschans|Генпрокуратура Азербайджана|
AZE|GOV|Azerbaijani Foreign Ministry/Azerbaijani MFA|aserbaidschanisches Außenministerium|МИД Азербайджана/МИД АР|
AZE|COP|Azerbaijani Interior Ministry|aserbaidschanisches Innenministerium|МВД Азербайджана|
AZE|BUS|AZAL/Azerbaijan Airlines|AZAL/Azerbaijan Airlines|АЗАЛ/AZAL/Азербайджанские авиалинии|
AZE|BUS|SOCAR/State Oil Company of Azerbaijan|SOCAR|SOCAR/ГНКАР|
RUS|BUS|Aeroflot|Aeroflot|Аэрофлот|
RUS|BUS|Gazprom|Gazprom|Газпром|
RUS|BUS|Rosneft|Rosneft|Роснефть|
RUS|BUS|Rosatom|Rosatom|Росатом|
RUS|BUS|Lukoil|Lukoil|Лукойл|
UKR|BUS|Naftogaz|Naftogaz|Нафтогаз|
TUR|BUS|Turkish Airlines|Turkish Airlines|Turkish Airlines/Турецкие авиалинии|
DEU|BUS|Lufthansa|Lufthansa|Lufthansa/Люфтганза|
CHN|BUS|Huawei|Huawei|Huawei/Хуавэй|
EUR|IGO|European Union/EU/E.U.|Europäische Union/EU|Европейский союз/Евросоюз/ЕС|
EUR|IGO|European Commission/EU Commission/Brussels Commission|EU-Kommission/Europäische Kommission|Еврокомиссия/Европейская комиссия|
EUR|IGO|European Council/Council of the EU|Europäischer Rat/Rat der EU|Европейский совет/Совет ЕС|
EUR|IGO|European Parliament|Europäisches Parlament/EU-Parlament/Europaparlament|Европарламент/Европейский парламент|
EUR|IGO|EEAS/European External Action Service|Europäischer Auswärtiger Dienst/EAD|Европейская служба внешних связей/ЕСВД|
EUR|IGO|European Court of Justice/ECJ|Europäischer Gerichtshof/EuGH|Суд Европейского союза/Суд ЕС|
EUR|IGO|EULEX/EUFOR/EUMM/EUBAM/EU monitoring mission/EU Monitoring Mission|EULEX/EUFOR/EUMM/EUBAM/EU-Beobachtermission|ЕВЛЕКС/Миссия ЕС по верховенству права/Миссия наблюдателей ЕС|
UNO|IGO|United Nations/UN/U.N./UNO|Vereinte Nationen/UN/UNO|ООН/Организация Объединённых Наций|
UNO|IGO|UN Security Council/Security Council/UNSC|UN-Sicherheitsrat/Weltsicherheitsrat/Sicherheitsrat|Совбез ООН/Совет Безопасности ООН/СБ ООН|
UNO|IGO|UN General Assembly/UNGA|UN-Vollversammlung/UN-Generalversammlung|Генассамблея ООН/Генеральная Ассамблея ООН|
UNO|IGO|UN Human Rights Council|UN-Menschenrechtsrat|Совет ООН по правам человека/СПЧ ООН|
UNO|IGO|UNHCR|UNHCR/UN-Flüchtlingshilfswerk|УВКБ ООН|
UNO|IGO|UNICEF|UNICEF|ЮНИСЕФ|
UNO|IGO|UNESCO|UNESCO|ЮНЕСКО|
IGO|IGO|NATO/North Atlantic Treaty Organization|NATO/Nato/Nordatlantikpakt|НАТО/Североатлантический альянс|
IGO|IGO|OSCE/Organization for Security and Co-operation in Europe|OSZE/Organisation für Sicherheit und Zusammenarbeit in Europa|ОБСЕ/Организация по безопасности и сотрудничеству в Европе|
IGO|IGO|CSTO/Collective Security Treaty Organization|OVKS/Organisation des Vertrags über kollektive Sicherheit|ОДКБ/Организация Договора о коллективной безопасности|
IGO|IGO|CIS/Commonwealth of Independent States|GUS/Gemeinschaft Unabhängiger Staaten|СНГ/Содружество Независимых Государств|
IGO|IGO|EAEU/Eurasian Economic Union|EAWU/Eurasische Wirtschaftsunion|ЕАЭС/Евразийский экономический союз|
IGO|IGO|Council of Europe|Europarat|Совет Европы/СЕ|
IGO|IGO|PACE/Parliamentary Assembly of the Council of Europe|PACE/Parlamentarische Versammlung des Europarats|ПАСЕ|
IGO|IGO|European Court of Human Rights/ECHR/ECtHR|Europäischer Gerichtshof für Menschenrechte/EGMR|ЕСПЧ/Европейский суд по правам человека|
IGO|IGO|SCO/Shanghai Cooperation Organisation|SOZ/Schanghaier Organisation für Zusammenarbeit/Shanghai-Organisation|ШОС/Шанхайская организация сотрудничества|
IGO|IGO|BRICS|BRICS|БРИКС|
IGO|IGO|African Union/AU|Afrikanische Union/AU|Африканский союз/АС|
IGO|IGO|ASEAN|ASEAN|АСЕАН|
IGO|IGO|Arab League/League of Arab States|Arabische Liga|Лига арабских государств/ЛАГ|
IGO|IGO|OPEC/OPEC+|OPEC/Opec/OPEC+|ОПЕК/ОПЕК+|
IGO|IGO|IAEA/International Atomic Energy Agency|IAEA/IAEO/Internationale Atomenergiebehörde/Internationale Atomenergie-Organisation|МАГАТЭ|
IGO|IGO|WHO/World Health Organization|WHO/Weltgesundheitsorganisation|ВОЗ/Всемирная организация здравоохранения|
IGO|IGO|IMF/International Monetary Fund|IWF/Internationaler Währungsfonds|МВФ/Международный валютный фонд|
IGO|IGO|World Bank|Weltbank|Всемирный банк|
IGO|IGO|WTO/World Trade Organization|WTO/Welthandelsorganisation|ВТО/Всемирная торговая организация|
IGO|IGO|Organization of Turkic States/OTS|Organisation der Turkstaaten/OTS|Организация тюркских государств/ОТГ|
IGO|IGO|GUAM|GUAM|ГУАМ|
IGO|IGO|G7/Group of Seven|G7/G-7|G7/Группа семи/«Большая семёрка»/Большая семёрка|
IGO|IGO|G20/Group of Twenty|G20/G-20|G20/«Большая двадцатка»/Большая двадцатка/Группа двадцати|
IGO|IGO|International Criminal Court/ICC|Internationaler Strafgerichtshof/IStGH|МУС/Международный уголовный суд|
IGO|IGO|International Court of Justice/ICJ|Internationaler Gerichtshof/IGH|Международный суд ООН/Международный суд|
IGO|IGO|OPCW|OPCW/Organisation für das Verbot chemischer Waffen|ОЗХО|
IGO|IGO|Interpol|Interpol|Интерпол|
IGO|IGO|Gulf Cooperation Council/GCC|Golf-Kooperationsrat|Совет сотрудничества государств Залива/ССАГПЗ|
IGO|IGO|Organisation of Islamic Cooperation/OIC|Organisation für Islamische Zusammenarbeit/OIC|Организация исламского сотрудничества/ОИС|
IGO|IGO|Union State|Unionsstaat Russland-Belarus|Союзное государство|Russia–Belarus
# --- historical and further IGOs (the European Community is the EU's predecessor: EUR) ---
EUR|IGO|European Community/European Communities/EC/EEC/European Economic Community/Common Market/European Common Market|Europäische Gemeinschaft/Europäische Gemeinschaften/EG/EWG/Europäische Wirtschaftsgemeinschaft|Европейское сообщество/Европейские сообщества/ЕЭС/Европейское экономическое сообщество|predecessor of the EU (1958-1993)
UNO|IGO|UN peacekeepers/U.N. peacekeepers/United Nations peacekeepers/UNPROFOR/UNIFIL/MONUC/UNAMSIL|UN-Friedenstruppen/Blauhelme/UNPROFOR/UNIFIL|миротворцы ООН/ЮНПРОФОР/ВСООНЛ|UN peacekeeping forces and missions
UNO|IGO|World Food Programme/World Food Program/WFP|Welternährungsprogramm/WFP|Всемирная продовольственная программа/ВПП ООН|
UNO|IGO|UNDP/UN Development Programme|UNDP/UN-Entwicklungsprogramm|ПРООН/Программа развития ООН|
UNO|IGO|UNRWA|UNRWA/UN-Palästinenserhilfswerk|БАПОР/UNRWA|
UNO|IGO|FAO/Food and Agriculture Organization|FAO/Welternährungsorganisation|ФАО|
UNO|IGO|ILO/International Labour Organization/International Labor Organization|ILO/Internationale Arbeitsorganisation|МОТ/Международная организация труда|
UNO|IGO|UN High Commissioner for Refugees/U.N. High Commissioner for Refugees|UN-Hochkommissar für Flüchtlinge|Верховный комиссар ООН по делам беженцев|
UNO|IGO|UN Secretary-General/U.N. Secretary-General/UN Secretary General|UN-Generalsekretär|генсек ООН/Генеральный секретарь ООН|
IGO|IGO|APEC/Asia-Pacific Economic Cooperation|APEC/Asiatisch-Pazifische Wirtschaftsgemeinschaft|АТЭС/Азиатско-Тихоокеанское экономическое сотрудничество|
IGO|IGO|Organization of African Unity/OAU|Organisation für Afrikanische Einheit/OAU|Организация африканского единства/ОАЕ|predecessor of the African Union (1963-2002)
IGO|IGO|ECOWAS/Economic Community of West African States/ECOMOG|ECOWAS/Westafrikanische Wirtschaftsgemeinschaft/ECOMOG|ЭКОВАС/Экономическое сообщество стран Западной Африки|
IGO|IGO|SADC/Southern African Development Community|SADC/Entwicklungsgemeinschaft des südlichen Afrika|САДК|
IGO|IGO|IGAD|IGAD|ИГАД|
IGO|IGO|Organization of American States/OAS|Organisation Amerikanischer Staaten/OAS|Организация американских государств/ОАГ|
IGO|IGO|Mercosur/Mercosul|Mercosur|МЕРКОСУР|
IGO|IGO|OECD|OECD|ОЭСР|
IGO|IGO|Warsaw Pact|Warschauer Pakt|Организация Варшавского договора/Варшавский договор|1955-1991
IGO|IGO|Comecon|RGW/Comecon|СЭВ|1949-1991
IGO|IGO|Commonwealth of Nations/Commonwealth Secretariat|Commonwealth|Содружество наций|
IGO|IGO|CSCE/Conference on Security and Cooperation in Europe|KSZE|СБСЕ/Совещание по безопасности и сотрудничеству в Европе|predecessor of the OSCE
IGO|IGO|Organization of the Islamic Conference|Organisation der Islamischen Konferenz|Организация Исламская конференция|OIC until 2011
IGO|IGO|Nonaligned Movement/Non-Aligned Movement|Bewegung der Blockfreien|Движение неприсоединения|
IGO|IGO|G8/Group of Eight|G8/G-8|G8/«Большая восьмёрка»/Большая восьмёрка|
IGO|IGO|International Tribunal for the former Yugoslavia/ICTY/Yugoslav war crimes tribunal|Jugoslawien-Tribunal/UN-Kriegsverbrechertribunal|МТБЮ/Международный трибунал по бывшей Югославии/Гаагский трибунал|
IGO|IGO|ICTR/International Criminal Tribunal for Rwanda|Ruanda-Tribunal|МУТР/Международный трибунал по Руанде|
IGO|IGO|European Bank for Reconstruction and Development/EBRD|EBWE/Osteuropabank|ЕБРР|
IGO|IGO|Asian Development Bank/ADB|Asiatische Entwicklungsbank|Азиатский банк развития/АБР|
IGO|IGO|African Development Bank|Afrikanische Entwicklungsbank|Африканский банк развития|
# --- international non-governmental organisations: code IGO (international organisations take IGO, PRODUCT.md; the PLOVER gold records code Amnesty and the Red Cross so), sector NGO ---
IGO|NGO|Amnesty International|Amnesty International|Amnesty International/Международная амнистия|
IGO|NGO|Human Rights Watch/HRW|Human Rights Watch/HRW|Human Rights Watch/HRW|
IGO|NGO|International Committee of the Red Cross/ICRC/Red Cross/Red Crescent/International Red Cross|Internationales Komitee vom Roten Kreuz/IKRK/Rotes Kreuz/Roter Halbmond|Международный комитет Красного Креста/МККК/Красный Крест/Красный Полумесяц|
IGO|NGO|Doctors Without Borders/Medecins Sans Frontieres/Médecins Sans Frontières/MSF|Ärzte ohne Grenzen/MSF|Врачи без границ|
IGO|NGO|Reporters Without Borders/RSF|Reporter ohne Grenzen/RSF|Репортёры без границ|
IGO|NGO|Committee to Protect Journalists/CPJ|Komitee zum Schutz von Journalisten/CPJ|Комитет защиты журналистов|
IGO|NGO|Transparency International|Transparency International|Transparency International|
IGO|NGO|Greenpeace|Greenpeace|Гринпис|
IGO|NGO|Oxfam|Oxfam|Оксфам|
IGO|NGO|International Crisis Group|International Crisis Group|Международная кризисная группа|
# --- armed, rebel and opposition movements: home country + REB (armed) / OPP (political) ---
PSE|REB|Hamas/Islamic Resistance Movement|Hamas|ХАМАС/Хамас|
PSE|REB|Islamic Jihad/Palestinian Islamic Jihad|Islamischer Dschihad|Исламский джихад|
PSE|REB|Palestine Liberation Organization/Palestine Liberation Organisation/Palestinian Liberation Organization/PLO|Palästinensische Befreiungsorganisation/PLO|Организация освобождения Палестины/ООП|
PSE|OPP|Fatah|Fatah|ФАТХ/Фатх|
PSE|REB|al-Aqsa Martyrs Brigades/Al-Aqsa Martyrs' Brigades|Al-Aksa-Brigaden|Бригады мучеников аль-Аксы|
PSE|GOV|Palestinian Authority/Palestinian National Authority|Palästinensische Autonomiebehörde/Autonomiebehörde|Палестинская национальная администрация/ПНА|
LBN|REB|Hezbollah/Hizbollah/Hizbullah/Hizballah|Hisbollah|Хезболла/Хизбалла|
LBN|REB|Amal|Amal-Miliz|Амаль|
TUR|REB|PKK/Kurdistan Workers' Party/Kurdistan Workers Party|PKK/Arbeiterpartei Kurdistans|РПК/Рабочая партия Курдистана|
IRQ|OPP|Kurdistan Democratic Party/KDP|Demokratische Partei Kurdistans/KDP/DPK|Демократическая партия Курдистана/ДПК|
IRQ|OPP|Patriotic Union of Kurdistan/PUK|Patriotische Union Kurdistans/PUK|Патриотический союз Курдистана/ПСК|
AFG|REB|Taliban/Taleban|Taliban|Талибан/талибы|
AFG|REB|Northern Alliance|Nordallianz|Северный альянс|
IMG|REB|al-Qaeda/al Qaeda/Al-Qaeda/Al Qaeda/al-Qaida/Al-Qaida/Qaeda/Qaida|al-Qaida/Al-Qaida/al-Kaida/Al-Kaida/Qaida/Kaida|Аль-Каида/аль-Каида/Каида|transnational: CAMEO IMG; the bare name part keeps 'al-Qaeda' findable where the coder drops multi-word names with a lower-case word
IMG|REB|Islamic State/ISIS/ISIL/IS|Islamischer Staat/IS/ISIS|Исламское государство/ИГИЛ/ИГ|transnational: CAMEO IMG
LKA|REB|Liberation Tigers of Tamil Eelam/LTTE/Tamil Tigers|Befreiungstiger von Tamil Eelam/LTTE/Tamil Tigers/Tamilische Tiger|Тигры освобождения Тамил-Илама/ТОТИ|
AGO|REB|UNITA|UNITA|УНИТА|
SLE|REB|Revolutionary United Front/RUF|Revolutionäre Vereinigte Front/RUF|Объединённый революционный фронт/ОРФ|
SDN|REB|SPLA/SPLM/Sudan People's Liberation Army/Sudan People's Liberation Movement|SPLA/SPLM/Sudanesische Volksbefreiungsarmee|НОАС/Народно-освободительная армия Судана|
SDN|REB|Justice and Equality Movement/JEM|Bewegung für Gerechtigkeit und Gleichheit/JEM|Движение за справедливость и равенство|
BDI|REB|FDD/Forces for the Defence of Democracy/CNDD-FDD|FDD/CNDD-FDD|ФЗД|
XKX|REB|Kosovo Liberation Army/KLA/UCK|Befreiungsarmee des Kosovo/UÇK/UCK|Армия освобождения Косова/АОК|
COL|REB|Revolutionary Armed Forces of Colombia/FARC|FARC/Revolutionäre Streitkräfte Kolumbiens|ФАРК/Революционные вооружённые силы Колумбии|
COL|REB|National Liberation Army of Colombia/ELN|ELN/Nationale Befreiungsarmee Kolumbiens|АНО/Армия национального освобождения Колумбии|
PER|REB|Shining Path/Sendero Luminoso|Leuchtender Pfad/Sendero Luminoso|Сендеро Луминосо/Сияющий путь|
PHL|REB|Moro Islamic Liberation Front/MILF|Islamische Befreiungsfront der Moros/MILF|Исламский фронт освобождения моро|
PHL|REB|Moro National Liberation Front/MNLF|Nationale Befreiungsfront der Moros/MNLF|Национальный фронт освобождения моро|
PHL|REB|Abu Sayyaf|Abu Sayyaf|Абу Сайяф|
PHL|REB|New People's Army/NPA|Neue Volksarmee/NPA|Новая народная армия|
ESP|REB|ETA|ETA|ЭТА|
GBR|REB|Irish Republican Army/IRA/Provisional IRA|Irisch-Republikanische Armee/IRA|Ирландская республиканская армия/ИРА|
MOZ|REB|Renamo/RENAMO|Renamo|РЕНАМО|
KHM|REB|Khmer Rouge|Rote Khmer|красные кхмеры|
NIC|REB|Contras/Contra rebels|Contras|контрас|
SLV|REB|FMLN/Farabundo Marti National Liberation Front|FMLN|ФНОФМ|
MEX|REB|Zapatista National Liberation Army/Zapatistas/EZLN|Zapatisten/EZLN|сапатисты/САНО|
DZA|OPP|Islamic Salvation Front/FIS|Islamische Heilsfront/FIS|Исламский фронт спасения/ИФС|
DZA|REB|Armed Islamic Group/GIA|Bewaffnete Islamische Gruppe/GIA|Вооружённая исламская группа/ВИГ|
EGY|OPP|Muslim Brotherhood|Muslimbruderschaft/Muslimbrüder|Братья-мусульмане|
UGA|REB|Lord's Resistance Army/LRA|Widerstandsarmee des Herrn/LRA|Армия сопротивления Господа/ЛРА|
RWA|REB|Rwandan Patriotic Front/RPF|Ruandische Patriotische Front/RPF|Руандийский патриотический фронт/РПФ|
SOM|REB|al-Shabaab/al-Shabab/Al-Shabaab/Shabaab|al-Shabaab/Al-Shabaab/Shabaab|Аш-Шабааб/аль-Шабааб|
NGA|REB|Boko Haram|Boko Haram|Боко харам|
YEM|REB|Houthis/Houthi rebels/Ansar Allah|Huthi/Huthis/Huthi-Rebellen/Ansar Allah|хуситы/Ансар Аллах|
ZAF|OPP|African National Congress/ANC|Afrikanischer Nationalkongress/ANC|Африканский национальный конгресс/АНК|
ZWE|OPP|Movement for Democratic Change/MDC|Bewegung für demokratischen Wandel/MDC|Движение за демократические перемены|
"""

DATA["people"] = """\
# code|sector|role|from|to|en|de|ru|note
# name fields: "Full Name" (surname row = last word) or "Full/Surname/alias..."; Surname "-" = no surname-only row
RUS|GOV|head_of_state|2012-05-07||Vladimir Putin/Putin/Vladimir Vladimirovich Putin|Wladimir Putin/Putin|Владимир Путин/Путин/Владимир Владимирович Путин|
RUS|GOV|head_of_government|2012-05-08|2020-01-15|Dmitry Medvedev/Medvedev/Dmitri Medvedev|Dmitri Medwedew/Medwedew|Дмитрий Медведев/Медведев|
RUS|GOV|security_council_deputy_chair|2020-01-16||Dmitry Medvedev/Medvedev/Dmitri Medvedev|Dmitri Medwedew/Medwedew|Дмитрий Медведев/Медведев|
RUS|GOV|head_of_government|2020-01-16||Mikhail Mishustin|Michail Mischustin|Михаил Мишустин|
RUS|GOV|foreign_minister|2004-03-09||Sergei Lavrov/Lavrov/Sergey Lavrov|Sergej Lawrow/Lawrow/Sergei Lawrow|Сергей Лавров/Лавров|
RUS|GOV|mfa_spokesperson|2015-08-10||Maria Zakharova/Zakharova/Maria Sakharova|Maria Sacharowa/Sacharowa|Мария Захарова/Захарова|
RUS|GOV|presidential_spokesperson|2012-05-22||Dmitry Peskov/Peskov/Dmitri Peskov|Dmitri Peskow/Peskow|Дмитрий Песков/Песков|Kremlin spokesman
RUS|GOV|deputy_foreign_minister|2008-01-01||Sergei Ryabkov/Ryabkov|Sergej Rjabkow/Rjabkow|Сергей Рябков/Рябков|from approx.
RUS|GOV|presidential_aide|2012-05-21||Yuri Ushakov/Ushakov|Juri Uschakow/Uschakow|Юрий Ушаков/Ушаков|foreign-policy aide
RUS|GOV|presidential_chief_of_staff|2016-08-12||Anton Vaino/Vaino|Anton Waino/Waino|Антон Вайно/Вайно|
RUS|GOV|un_ambassador|2017-07-27||Vassily Nebenzia/Nebenzia/Vasily Nebenzya/Nebenzya|Wassili Nebensja/Nebensja/Nebenzia|Василий Небензя/Небензя|
RUS|GOV|security_council_secretary|2008-05-12|2024-05-12|Nikolai Patrushev/Patrushev|Nikolai Patruschew/Patruschew|Николай Патрушев/Патрушев|
RUS|GOV|presidential_aide|2024-05-14||Nikolai Patrushev/Patrushev|Nikolai Patruschew/Patruschew|Николай Патрушев/Патрушев|
RUS|MIL|defence_minister|2012-11-06|2024-05-12|Sergei Shoigu/Shoigu/Sergey Shoigu|Sergej Schoigu/Schoigu|Сергей Шойгу/Шойгу|
RUS|GOV|security_council_secretary|2024-05-12||Sergei Shoigu/Shoigu/Sergey Shoigu|Sergej Schoigu/Schoigu|Сергей Шойгу/Шойгу|
RUS|MIL|defence_minister|2024-05-14||Andrei Belousov/Belousov/Andrey Belousov|Andrej Beloussow/Beloussow|Андрей Белоусов/Белоусов|
RUS|MIL|chief_of_general_staff|2012-11-09||Valery Gerasimov/Gerasimov|Waleri Gerassimow/Gerassimow|Валерий Герасимов/Герасимов|
RUS|LEG|duma_chairman|2016-10-05||Vyacheslav Volodin/Volodin|Wjatscheslaw Wolodin/Wolodin|Вячеслав Володин/Володин|
RUS|LEG|federation_council_chair|2011-09-21||Valentina Matviyenko/Matviyenko/Valentina Matvienko|Valentina Matwijenko/Matwijenko|Валентина Матвиенко/Матвиенко|
RUS|SPY|fsb_director|2008-05-12||Alexander Bortnikov/Bortnikov|Alexander Bortnikow/Bortnikow|Александр Бортников/Бортников|
RUS|SPY|svr_director|2016-10-05||Sergei Naryshkin/Naryshkin|Sergej Naryschkin/Naryschkin|Сергей Нарышкин/Нарышкин|
AZE|GOV|head_of_state|2003-10-31||Ilham Aliyev/Aliyev/Ilham Aliev|Ilham Alijew/Alijew/Ilham Aliyev/Aliyev|Ильхам Алиев/Алиев|surname row safe: Heydar Aliyev left office 2003
AZE|GOV|first_vice_president|2017-02-21||Mehriban Aliyeva/Aliyeva|Mehriban Alijewa/Alijewa|Мехрибан Алиева/Алиева|
AZE|GOV|head_of_government|2003-11-04|2018-04-21|Artur Rasizade/Rasizade|Artur Rasisade/Rasisade|Артур Расизаде/Расизаде|
AZE|GOV|head_of_government|2018-04-21|2019-10-08|Novruz Mammadov/-|Nowrus Mammadow/-|Новруз Мамедов/-|surname common
AZE|GOV|head_of_government|2019-10-08||Ali Asadov/Asadov|Ali Asadow/Asadow|Али Асадов/Асадов|
AZE|GOV|foreign_minister|2004-04-02|2020-07-16|Elmar Mammadyarov/Mammadyarov|Elmar Mammadjarow/Mammadjarow|Эльмар Мамедъяров/Мамедъяров|
AZE|GOV|foreign_minister|2020-07-16||Jeyhun Bayramov/Bayramov|Dscheyhun Bayramow/Bayramow/Jeyhun Bayramov/Dscheichun Bairamow/Bairamow|Джейхун Байрамов/Байрамов|
AZE|GOV|mfa_spokesperson|2018-11-01|2021-10-31|Leyla Abdullayeva/Abdullayeva|Leyla Abdullajewa/Abdullajewa|Лейла Абдуллаева/Абдуллаева|dates approx.
AZE|GOV|mfa_spokesperson|2021-11-01||Aykhan Hajizada/Hajizada/Ayxan Hacızadə/Aykhan Hajizade|Aychan Hadschisade/Hadschisade/Aykhan Hajizada/Hajizada|Айхан Гаджизаде/Гаджизаде|head of MFA press service; from approx.
AZE|GOV|presidential_aide|2018-08-01||Hikmet Hajiyev/Hajiyev|Hikmet Hadschijew/Hadschijew/Hikmet Hajiyev|Хикмет Гаджиев/Гаджиев|foreign-policy aide; from approx.
AZE|MIL|defence_minister|2013-10-22||Zakir Hasanov/Hasanov|Sakir Hasanow/Hasanow|Закир Гасанов/Гасанов|
AZE|LEG|speaker|2020-03-10||Sahiba Gafarova/Gafarova|Sahiba Gafarowa/Gafarowa|Сахиба Гафарова/Гафарова|
ARM|GOV|head_of_government|2018-05-08||Nikol Pashinyan/Pashinyan/Nikol Pashinian|Nikol Paschinjan/Paschinjan|Никол Пашинян/Пашинян|
ARM|GOV|head_of_state|2008-04-09|2018-04-09|Serzh Sargsyan/Sargsyan/Serzh Sarkisian|Sersch Sargsjan/Sargsjan|Серж Саргсян/Саргсян|
ARM|GOV|head_of_state|2018-04-09|2022-02-01|Armen Sarkissian/Sarkissian|Armen Sarkissjan/Sarkissjan|Армен Саркисян/Саркисян|
ARM|GOV|head_of_state|2022-03-13||Vahagn Khachaturyan/Khachaturyan|Wahagn Chatschaturjan/Chatschaturjan|Ваагн Хачатурян/Хачатурян|
ARM|GOV|foreign_minister|2008-04-21|2018-05-12|Edward Nalbandian/Nalbandian|Eduard Nalbandjan/Nalbandjan|Эдвард Налбандян/Налбандян|
ARM|GOV|foreign_minister|2018-05-12|2020-11-16|Zohrab Mnatsakanyan/Mnatsakanyan|Sohrab Mnazakanjan/Mnazakanjan|Зограб Мнацаканян/Мнацаканян|
ARM|GOV|foreign_minister|2020-11-18|2021-06-01|Ara Aivazian/Aivazian|Ara Ajwasjan/Ajwasjan|Ара Айвазян/Айвазян|
ARM|GOV|foreign_minister|2021-08-19||Ararat Mirzoyan/Mirzoyan|Ararat Mirsojan/Mirsojan|Арарат Мирзоян/Мирзоян|
ARM|GOV|mfa_spokesperson|2021-09-01||Ani Badalyan/Badalyan|Ani Badaljan/Badaljan|Ани Бадалян/Бадалян|from approx.
ARM|MIL|defence_minister|2021-11-15||Suren Papikyan/Papikyan|Suren Papikjan/Papikjan|Сурен Папикян/Папикян|
ARM|LEG|speaker|2021-08-02||Alen Simonyan/Simonyan|Alen Simonjan/Simonjan|Ален Симонян/Симонян|
GEO|GOV|head_of_state|2013-11-17|2018-12-16|Giorgi Margvelashvili/Margvelashvili|Giorgi Margwelaschwili/Margwelaschwili|Георгий Маргвелашвили/Маргвелашвили|
GEO|GOV|head_of_state|2018-12-16|2024-12-29|Salome Zourabichvili/Zourabichvili/Salome Zurabishvili/Zurabishvili|Salome Surabischwili/Surabischwili/Salome Zourabichvili/Zourabichvili|Саломе Зурабишвили/Зурабишвили|
GEO|GOV|head_of_state|2024-12-29||Mikheil Kavelashvili/Kavelashvili|Micheil Kawelaschwili/Kawelaschwili|Михаил Кавелашвили/Кавелашвили|
GEO|GOV|head_of_government|2015-12-30|2018-06-13|Giorgi Kvirikashvili/Kvirikashvili|Giorgi Kwirikaschwili/Kwirikaschwili|Георгий Квирикашвили/Квирикашвили|
GEO|GOV|head_of_government|2018-06-20|2019-09-02|Mamuka Bakhtadze/Bakhtadze|Mamuka Bachtadse/Bachtadse|Мамука Бахтадзе/Бахтадзе|
GEO|GOV|head_of_government|2019-09-08|2021-02-18|Giorgi Gakharia/Gakharia|Giorgi Gacharia/Gacharia|Георгий Гахария/Гахария|
GEO|GOV|head_of_government|2021-02-22|2024-01-29|Irakli Garibashvili/Garibashvili|Irakli Gharibaschwili/Gharibaschwili/Garibaschwili|Ираклий Гарибашвили/Гарибашвили|also PM 2013-11-20..2015-12-30
GEO|GOV|head_of_government|2024-02-08||Irakli Kobakhidze/Kobakhidze|Irakli Kobachidse/Kobachidse|Ираклий Кобахидзе/Кобахидзе|
GEO|GOV|foreign_minister|2018-06-20|2022-03-07|David Zalkaliani/Zalkaliani|Dawit Salkaliani/Salkaliani|Давид Залкалиани/Залкалиани|dates approx.
GEO|GOV|foreign_minister|2022-03-07|2024-11-28|Ilia Darchiashvili/Darchiashvili|Ilia Dartschiaschwili/Dartschiaschwili|Илья Дарчиашвили/Дарчиашвили|dates approx.
GEO|GOV|foreign_minister|2024-11-28||Maka Botchorishvili/Botchorishvili|Maka Botschoriswili/Botschoriswili|Мака Бочоришвили/Бочоришвили|from approx.
GEO|GOV|ruling_party_founder|2023-12-30||Bidzina Ivanishvili/Ivanishvili|Bidsina Iwanischwili/Iwanischwili|Бидзина Иванишвили/Иванишвили|Georgian Dream honorary chairman; no state office
TUR|GOV|head_of_state|2014-08-28||Recep Tayyip Erdoğan/Erdoğan/Recep Tayyip Erdogan/Erdogan|Recep Tayyip Erdoğan/Erdoğan/Recep Tayyip Erdogan/Erdogan|Реджеп Тайип Эрдоган/Эрдоган|
TUR|GOV|head_of_government|2014-08-28|2016-05-24|Ahmet Davutoğlu/Davutoğlu/Ahmet Davutoglu/Davutoglu|Ahmet Davutoğlu/Davutoğlu/Ahmet Davutoglu/Davutoglu|Ахмет Давутоглу/Давутоглу|
TUR|GOV|head_of_government|2016-05-24|2018-07-09|Binali Yıldırım/Yıldırım/Binali Yildirim/Yildirim|Binali Yıldırım/Yıldırım/Binali Yildirim/Yildirim|Бинали Йылдырым/Йылдырым|office abolished 2018
TUR|GOV|vice_president|2023-06-03||Cevdet Yılmaz/-/Cevdet Yilmaz|Cevdet Yılmaz/-/Cevdet Yilmaz|Джевдет Йылмаз/-|surname common
TUR|GOV|foreign_minister|2015-11-24|2023-06-04|Mevlüt Çavuşoğlu/Çavuşoğlu/Mevlut Cavusoglu/Cavusoglu|Mevlüt Çavuşoğlu/Çavuşoğlu/Mevlüt Cavusoglu/Cavusoglu|Мевлют Чавушоглу/Чавушоглу|also FM 2014-08-29..2015-08-28
TUR|GOV|foreign_minister|2023-06-04||Hakan Fidan/Fidan|Hakan Fidan/Fidan|Хакан Фидан/Фидан|
TUR|SPY|mit_director|2010-05-27|2023-06-04|Hakan Fidan/Fidan|Hakan Fidan/Fidan|Хакан Фидан/Фидан|
TUR|GOV|mfa_spokesperson|2023-01-01||Öncü Keçeli/Keçeli/Oncu Keceli|Öncü Keçeli/Keçeli|Ёнджю Кечели/Кечели|dates approx.
TUR|GOV|presidential_spokesperson|2014-12-01|2023-06-05|İbrahim Kalın/Kalın/Ibrahim Kalin|İbrahim Kalın/Kalın/Ibrahim Kalin|Ибрагим Калын/Калын|
TUR|SPY|mit_director|2023-06-05||İbrahim Kalın/Kalın/Ibrahim Kalin|İbrahim Kalın/Kalın/Ibrahim Kalin|Ибрагим Калын/Калын|
TUR|MIL|defence_minister|2018-07-10|2023-06-04|Hulusi Akar/Akar|Hulusi Akar/Akar|Хулуси Акар/Акар|
TUR|MIL|defence_minister|2023-06-04||Yaşar Güler/Güler/Yasar Guler|Yaşar Güler/Güler|Яшар Гюлер/Гюлер|
IRN|GOV|supreme_leader|1989-06-04||Ali Khamenei/Khamenei/Ayatollah Khamenei|Ali Chamenei/Chamenei/Ajatollah Chamenei|Али Хаменеи/Хаменеи|
IRN|GOV|head_of_state|2013-08-03|2021-08-03|Hassan Rouhani/Rouhani/Hassan Rohani|Hassan Rohani/Rohani/Hassan Ruhani/Ruhani|Хасан Роухани/Роухани|president (head of government)
IRN|GOV|head_of_state|2021-08-03|2024-05-19|Ebrahim Raisi/Raisi|Ebrahim Raisi/Raisi/Ebrahim Raissi/Raissi|Эбрахим Раиси/Раиси|president
IRN|GOV|head_of_state|2024-07-28||Masoud Pezeshkian/Pezeshkian|Massud Peseschkian/Peseschkian/Masoud Pezeshkian|Масуд Пезешкиан/Пезешкиан|president
IRN|GOV|foreign_minister|2013-08-15|2021-08-25|Mohammad Javad Zarif/Zarif/Javad Zarif|Mohammed Dschawad Sarif/Sarif/Mohammad Javad Zarif/Zarif|Мохаммад Джавад Зариф/Зариф|
IRN|GOV|foreign_minister|2021-08-25|2024-05-19|Hossein Amir-Abdollahian/Amir-Abdollahian/Abdollahian|Hossein Amir-Abdollahian/Amir-Abdollahian|Хосейн Амир Абдоллахиан/Абдоллахиан/Хосейн Амир-Абдоллахиан/Амир-Абдоллахиан|
IRN|GOV|foreign_minister|2024-08-21||Abbas Araghchi/Araghchi/Abbas Araqchi/Araqchi|Abbas Araghtschi/Araghtschi/Abbas Araghchi/Araghchi|Аббас Аракчи/Аракчи/Аббас Арагчи/Арагчи|
IRN|GOV|mfa_spokesperson|2022-06-01|2024-08-31|Nasser Kanaani/Kanaani/Nasser Kanani|Nasser Kanaani/Kanaani|Насер Канани/Канани|dates approx.
IRN|GOV|mfa_spokesperson|2024-08-31||Esmaeil Baghaei/Baghaei/Esmail Baghaei|Esmail Baghaei/Baghaei/Esmaeil Baghaei|Эсмаил Багаи/Багаи|from approx.
ISR|GOV|head_of_government|2009-03-31|2021-06-13|Benjamin Netanyahu/Netanyahu|Benjamin Netanjahu/Netanjahu|Биньямин Нетаньяху/Нетаньяху/Беньямин Нетаньяху|
ISR|GOV|head_of_government|2022-12-29||Benjamin Netanyahu/Netanyahu|Benjamin Netanjahu/Netanjahu|Биньямин Нетаньяху/Нетаньяху/Беньямин Нетаньяху|
ISR|GOV|head_of_government|2021-06-13|2022-06-30|Naftali Bennett/-|Naftali Bennett/-|Нафтали Беннет/Беннет|en/de surname common
ISR|GOV|head_of_government|2022-07-01|2022-12-29|Yair Lapid/Lapid|Jair Lapid/Lapid/Yair Lapid|Яир Лапид/Лапид|
ISR|GOV|foreign_minister|2021-06-13|2022-07-01|Yair Lapid/Lapid|Jair Lapid/Lapid/Yair Lapid|Яир Лапид/Лапид|
ISR|GOV|head_of_state|2014-07-24|2021-07-07|Reuven Rivlin/Rivlin|Reuven Rivlin/Rivlin|Реувен Ривлин/Ривлин|
ISR|GOV|head_of_state|2021-07-07||Isaac Herzog/Herzog|Isaac Herzog/-/Jizchak Herzog|Ицхак Герцог/Герцог|de surname = noun Herzog
ISR|GOV|foreign_minister|2020-05-17|2021-06-13|Gabi Ashkenazi/Ashkenazi|Gabi Aschkenasi/Aschkenasi/Gabi Ashkenazi|Габи Ашкенази/Ашкенази|
ISR|GOV|foreign_minister|2022-12-29|2024-01-01|Eli Cohen/-|Eli Cohen/-|Эли Коэн/-|surname common
ISR|GOV|foreign_minister|2024-01-01|2024-11-05|Israel Katz/Katz|Israel Katz/Katz|Исраэль Кац/Кац|also FM 2019-10..2020-05
ISR|MIL|defence_minister|2024-11-05||Israel Katz/Katz|Israel Katz/Katz|Исраэль Кац/Кац|
ISR|GOV|foreign_minister|2024-11-05||Gideon Sa'ar/Sa'ar/Gideon Saar/Saar|Gideon Saar/Saar/Gideon Sa'ar|Гидеон Саар/Саар|
ISR|MIL|defence_minister|2020-05-17|2022-12-29|Benny Gantz/Gantz|Benny Gantz/Gantz|Бени Ганц/Ганц/Бенни Ганц|
ISR|MIL|defence_minister|2022-12-29|2024-11-05|Yoav Gallant/-|Joav Galant/Galant/Yoav Gallant/Gallant|Йоав Галант/Галант|en surname = adjective
USA|GOV|head_of_state|2009-01-20|2017-01-20|Barack Obama/Obama|Barack Obama/Obama|Барак Обама/Обама|
USA|GOV|head_of_state|2017-01-20|2021-01-20|Donald Trump/Trump/Donald J. Trump|Donald Trump/Trump|Дональд Трамп/Трамп|first term
USA|GOV|head_of_state|2021-01-20|2025-01-20|Joe Biden/Biden/Joseph Biden|Joe Biden/Biden|Джо Байден/Байден|
USA|GOV|head_of_state|2025-01-20||Donald Trump/Trump/Donald J. Trump|Donald Trump/Trump|Дональд Трамп/Трамп|second term
USA|GOV|vice_president|2017-01-20|2021-01-20|Mike Pence/Pence|Mike Pence/Pence|Майк Пенс/Пенс|
USA|GOV|vice_president|2021-01-20|2025-01-20|Kamala Harris/-|Kamala Harris/-|Камала Харрис/Харрис|surname common en/de
USA|GOV|vice_president|2025-01-20||JD Vance/Vance/J.D. Vance/James David Vance|JD Vance/Vance/J.D. Vance|Джей Ди Вэнс/Вэнс/Джеймс Дэвид Вэнс|
USA|GOV|foreign_minister|2013-02-01|2017-01-20|John Kerry/Kerry|John Kerry/Kerry|Джон Керри/Керри|Secretary of State
USA|GOV|foreign_minister|2017-02-01|2018-03-31|Rex Tillerson/Tillerson|Rex Tillerson/Tillerson|Рекс Тиллерсон/Тиллерсон|Secretary of State
USA|GOV|foreign_minister|2018-04-26|2021-01-20|Mike Pompeo/Pompeo|Mike Pompeo/Pompeo|Майк Помпео/Помпео|Secretary of State
USA|GOV|foreign_minister|2021-01-26|2025-01-20|Antony Blinken/Blinken/Tony Blinken|Antony Blinken/Blinken|Энтони Блинкен/Блинкен|Secretary of State
USA|GOV|foreign_minister|2025-01-21||Marco Rubio/Rubio|Marco Rubio/Rubio|Марко Рубио/Рубио|Secretary of State
USA|GOV|mfa_spokesperson|2017-04-24|2019-03-01|Heather Nauert/Nauert|Heather Nauert/Nauert|Хизер Нойерт/Нойерт|State Department spokesperson; dates approx.
USA|GOV|mfa_spokesperson|2019-05-01|2021-01-20|Morgan Ortagus/Ortagus|Morgan Ortagus/Ortagus|Морган Ортагус/Ортагус|dates approx.
USA|GOV|mfa_spokesperson|2021-01-20|2023-03-31|Ned Price/-|Ned Price/-|Нед Прайс/Прайс|en surname common word
USA|GOV|mfa_spokesperson|2023-05-01|2025-01-20|Matthew Miller/-|Matthew Miller/-|Мэттью Миллер/-|surname common
USA|GOV|mfa_spokesperson|2025-01-21|2025-08-31|Tammy Bruce/-|Tammy Bruce/-|Тэмми Брюс/-|dates approx.
USA|GOV|mfa_spokesperson|2025-08-31||Tommy Pigott/Pigott|Tommy Pigott/Pigott|Томми Пиготт/Пиготт|from approx.
USA|GOV|press_secretary|2021-01-20|2022-05-13|Jen Psaki/Psaki|Jen Psaki/Psaki|Джен Псаки/Псаки|White House
USA|GOV|press_secretary|2022-05-13|2025-01-20|Karine Jean-Pierre/Jean-Pierre|Karine Jean-Pierre/Jean-Pierre|Карин Жан-Пьер/Жан-Пьер|White House
USA|GOV|press_secretary|2025-01-20||Karoline Leavitt/Leavitt|Karoline Leavitt/Leavitt|Кэролайн Ливитт/Ливитт|White House
USA|GOV|national_security_adviser|2021-01-20|2025-01-20|Jake Sullivan/-|Jake Sullivan/-|Джейк Салливан/Салливан|
USA|GOV|national_security_adviser|2025-01-20|2025-05-01|Mike Waltz/Waltz/Michael Waltz|Mike Waltz/Waltz|Майк Уолц/Уолц|
USA|GOV|special_envoy|2025-01-20||Steve Witkoff/Witkoff|Steve Witkoff/Witkoff|Стив Уиткофф/Уиткофф|
USA|GOV|special_envoy|2025-01-20||Keith Kellogg/Kellogg|Keith Kellogg/Kellogg|Кит Келлог/Келлог/Кит Келлогг/Келлогг|Ukraine envoy
USA|MIL|defence_minister|2017-01-20|2018-12-31|Jim Mattis/Mattis/James Mattis|Jim Mattis/Mattis/James Mattis|Джеймс Мэттис/Мэттис|
USA|MIL|defence_minister|2019-07-23|2020-11-09|Mark Esper/Esper|Mark Esper/Esper|Марк Эспер/Эспер|
USA|MIL|defence_minister|2021-01-22|2025-01-20|Lloyd Austin/-|Lloyd Austin/-|Ллойд Остин/Остин|en/de surname = city
USA|MIL|defence_minister|2025-01-25||Pete Hegseth/Hegseth|Pete Hegseth/Hegseth|Пит Хегсет/Хегсет|Secretary of Defense/War
GBR|GOV|head_of_state|1952-02-06|2022-09-08|Queen Elizabeth II/-/Elizabeth II|Königin Elizabeth II./-/Elizabeth II.|Елизавета II/-/королева Елизавета II|
GBR|GOV|head_of_state|2022-09-08||King Charles III/-/Charles III/King Charles|König Charles III./-/Charles III./König Charles|Карл III/-/король Карл III/Чарльз III/король Чарльз|
GBR|GOV|head_of_government|2010-05-11|2016-07-13|David Cameron/Cameron|David Cameron/Cameron|Дэвид Кэмерон/Кэмерон|
GBR|GOV|head_of_government|2016-07-13|2019-07-24|Theresa May/-|Theresa May/-|Тереза Мэй/Мэй|en/de surname = ordinary word
GBR|GOV|head_of_government|2019-07-24|2022-09-06|Boris Johnson/-|Boris Johnson/-|Борис Джонсон/Джонсон|surname common
GBR|GOV|head_of_government|2022-09-06|2022-10-25|Liz Truss/Truss|Liz Truss/Truss|Лиз Трасс/Трасс|
GBR|GOV|head_of_government|2022-10-25|2024-07-05|Rishi Sunak/Sunak|Rishi Sunak/Sunak|Риши Сунак/Сунак|
GBR|GOV|head_of_government|2024-07-05||Keir Starmer/Starmer|Keir Starmer/Starmer|Кир Стармер/Стармер|
GBR|GOV|foreign_minister|2014-07-15|2016-07-13|Philip Hammond/Hammond|Philip Hammond/Hammond|Филип Хаммонд/Хаммонд|Foreign Secretary
GBR|GOV|foreign_minister|2016-07-13|2018-07-09|Boris Johnson/-|Boris Johnson/-|Борис Джонсон/Джонсон|Foreign Secretary
GBR|GOV|foreign_minister|2018-07-09|2019-07-24|Jeremy Hunt/-|Jeremy Hunt/Hunt|Джереми Хант/Хант|en surname = common word
GBR|GOV|foreign_minister|2019-07-24|2021-09-15|Dominic Raab/Raab|Dominic Raab/Raab|Доминик Рааб/Рааб|
GBR|GOV|foreign_minister|2021-09-15|2022-09-06|Liz Truss/Truss|Liz Truss/Truss|Лиз Трасс/Трасс|
GBR|GOV|foreign_minister|2022-09-06|2023-11-13|James Cleverly/-|James Cleverly/Cleverly|Джеймс Клеверли/Клеверли|en surname = adverb
GBR|GOV|foreign_minister|2023-11-13|2024-07-05|David Cameron/Cameron/Lord Cameron|David Cameron/Cameron/Lord Cameron|Дэвид Кэмерон/Кэмерон|
GBR|GOV|foreign_minister|2024-07-05|2025-09-05|David Lammy/Lammy|David Lammy/Lammy|Дэвид Лэмми/Лэмми|
GBR|GOV|foreign_minister|2025-09-05||Yvette Cooper/-|Yvette Cooper/-|Иветт Купер/Купер|surname common en/de
GBR|MIL|defence_minister|2019-07-24|2023-08-31|Ben Wallace/-|Ben Wallace/-|Бен Уоллес/Уоллес|
GBR|MIL|defence_minister|2023-08-31|2024-07-05|Grant Shapps/Shapps|Grant Shapps/Shapps|Грант Шаппс/Шаппс|
GBR|MIL|defence_minister|2024-07-05||John Healey/Healey|John Healey/Healey|Джон Хили/Хили|
FRA|GOV|head_of_state|2012-05-15|2017-05-14|François Hollande/Hollande/Francois Hollande|François Hollande/Hollande/Francois Hollande|Франсуа Олланд/Олланд|
FRA|GOV|head_of_state|2017-05-14||Emmanuel Macron/Macron|Emmanuel Macron/Macron|Эмманюэль Макрон/Макрон/Эммануэль Макрон|
FRA|GOV|head_of_government|2017-05-15|2020-07-03|Édouard Philippe/-/Edouard Philippe|Édouard Philippe/-/Edouard Philippe|Эдуар Филипп/-|surname = first name
FRA|GOV|head_of_government|2020-07-03|2022-05-16|Jean Castex/Castex|Jean Castex/Castex|Жан Кастекс/Кастекс|
FRA|GOV|head_of_government|2022-05-16|2024-01-09|Élisabeth Borne/Borne/Elisabeth Borne|Élisabeth Borne/Borne/Elisabeth Borne|Элизабет Борн/Борн|
FRA|GOV|head_of_government|2024-01-09|2024-09-05|Gabriel Attal/Attal|Gabriel Attal/Attal|Габриэль Атталь/Атталь|
FRA|GOV|head_of_government|2024-09-05|2024-12-13|Michel Barnier/Barnier|Michel Barnier/Barnier|Мишель Барнье/Барнье|
FRA|GOV|head_of_government|2024-12-13|2025-09-09|François Bayrou/Bayrou/Francois Bayrou|François Bayrou/Bayrou/Francois Bayrou|Франсуа Байру/Байру|
FRA|GOV|head_of_government|2025-09-09||Sébastien Lecornu/Lecornu/Sebastien Lecornu|Sébastien Lecornu/Lecornu/Sebastien Lecornu|Себастьен Лекорню/Лекорню|
FRA|MIL|defence_minister|2022-05-20|2025-09-09|Sébastien Lecornu/Lecornu/Sebastien Lecornu|Sébastien Lecornu/Lecornu/Sebastien Lecornu|Себастьен Лекорню/Лекорню|
FRA|GOV|foreign_minister|2016-02-11|2017-05-17|Jean-Marc Ayrault/Ayrault|Jean-Marc Ayrault/Ayrault|Жан-Марк Эро/Эро|
FRA|GOV|foreign_minister|2017-05-17|2022-05-20|Jean-Yves Le Drian/Le Drian|Jean-Yves Le Drian/Le Drian|Жан-Ив Ле Дриан/Ле Дриан|
FRA|GOV|foreign_minister|2022-05-20|2024-01-11|Catherine Colonna/Colonna|Catherine Colonna/Colonna|Катрин Колонна/Колонна|
FRA|GOV|foreign_minister|2024-01-11|2024-09-21|Stéphane Séjourné/Séjourné/Stephane Sejourne/Sejourne|Stéphane Séjourné/Séjourné/Stephane Sejourne|Стефан Сежурне/Сежурне|
FRA|GOV|foreign_minister|2024-09-21||Jean-Noël Barrot/Barrot/Jean-Noel Barrot|Jean-Noël Barrot/Barrot/Jean-Noel Barrot|Жан-Ноэль Барро/Барро|
FRA|GOV|mfa_spokesperson|2020-09-01|2023-08-31|Anne-Claire Legendre/Legendre|Anne-Claire Legendre/Legendre|Анн-Клер Лежандр/Лежандр|dates approx.
FRA|GOV|mfa_spokesperson|2024-01-01||Christophe Lemoine/Lemoine|Christophe Lemoine/Lemoine|Кристоф Лемуан/Лемуан|dates approx.
DEU|GOV|head_of_government|2005-11-22|2021-12-08|Angela Merkel/Merkel|Angela Merkel/Merkel|Ангела Меркель/Меркель|
DEU|GOV|head_of_government|2021-12-08|2025-05-06|Olaf Scholz/Scholz|Olaf Scholz/Scholz|Олаф Шольц/Шольц|
DEU|GOV|head_of_government|2025-05-06||Friedrich Merz/Merz|Friedrich Merz/Merz|Фридрих Мерц/Мерц|
DEU|GOV|head_of_state|2012-03-18|2017-03-18|Joachim Gauck/Gauck|Joachim Gauck/Gauck|Йоахим Гаук/Гаук|
DEU|GOV|head_of_state|2017-03-19||Frank-Walter Steinmeier/Steinmeier|Frank-Walter Steinmeier/Steinmeier|Франк-Вальтер Штайнмайер/Штайнмайер|
DEU|GOV|foreign_minister|2013-12-17|2017-01-27|Frank-Walter Steinmeier/Steinmeier|Frank-Walter Steinmeier/Steinmeier|Франк-Вальтер Штайнмайер/Штайнмайер|
DEU|GOV|foreign_minister|2017-01-27|2018-03-14|Sigmar Gabriel/-|Sigmar Gabriel/-|Зигмар Габриэль/-|surname = first name
DEU|GOV|foreign_minister|2018-03-14|2021-12-08|Heiko Maas/Maas|Heiko Maas/Maas|Хайко Маас/Маас|
DEU|GOV|foreign_minister|2021-12-08|2025-05-06|Annalena Baerbock/Baerbock|Annalena Baerbock/Baerbock|Анналена Бербок/Бербок/Анналена Бэрбок/Бэрбок|
DEU|GOV|foreign_minister|2025-05-06||Johann Wadephul/Wadephul|Johann Wadephul/Wadephul|Йоханн Вадефуль/Вадефуль|
DEU|GOV|government_spokesperson|2010-08-11|2021-12-08|Steffen Seibert/Seibert|Steffen Seibert/Seibert|Штеффен Зайберт/Зайберт|
DEU|GOV|government_spokesperson|2021-12-08|2025-05-06|Steffen Hebestreit/Hebestreit|Steffen Hebestreit/Hebestreit|Штеффен Хебештрайт/Хебештрайт|
DEU|GOV|government_spokesperson|2025-05-14||Stefan Kornelius/Kornelius|Stefan Kornelius/Kornelius|Штефан Корнелиус/Корнелиус|from approx.
DEU|MIL|defence_minister|2013-12-17|2019-07-17|Ursula von der Leyen/von der Leyen|Ursula von der Leyen/von der Leyen|Урсула фон дер Ляйен/фон дер Ляйен|
DEU|MIL|defence_minister|2019-07-17|2021-12-08|Annegret Kramp-Karrenbauer/Kramp-Karrenbauer|Annegret Kramp-Karrenbauer/Kramp-Karrenbauer/AKK|Аннегрет Крамп-Карренбауэр/Крамп-Карренбауэр|
DEU|MIL|defence_minister|2021-12-08|2023-01-19|Christine Lambrecht/Lambrecht|Christine Lambrecht/Lambrecht|Кристине Ламбрехт/Ламбрехт|
DEU|MIL|defence_minister|2023-01-19||Boris Pistorius/Pistorius|Boris Pistorius/Pistorius|Борис Писториус/Писториус|
EUR|IGO|commission_president|2014-11-01|2019-11-30|Jean-Claude Juncker/Juncker|Jean-Claude Juncker/Juncker|Жан-Клод Юнкер/Юнкер|
EUR|IGO|commission_president|2019-12-01||Ursula von der Leyen/von der Leyen|Ursula von der Leyen/von der Leyen|Урсула фон дер Ляйен/фон дер Ляйен|
EUR|IGO|high_representative|2014-11-01|2019-11-30|Federica Mogherini/Mogherini|Federica Mogherini/Mogherini|Федерика Могерини/Могерини|
EUR|IGO|high_representative|2019-12-01|2024-11-30|Josep Borrell/Borrell|Josep Borrell/Borrell|Жозеп Боррель/Боррель|
EUR|IGO|high_representative|2024-12-01||Kaja Kallas/Kallas|Kaja Kallas/Kallas|Кая Каллас/Каллас|
EUR|IGO|council_president|2014-12-01|2019-11-30|Donald Tusk/Tusk|Donald Tusk/Tusk|Дональд Туск/Туск|
EUR|IGO|council_president|2019-12-01|2024-11-30|Charles Michel/-|Charles Michel/-|Шарль Мишель/Мишель|en/de surname = first name
EUR|IGO|council_president|2024-12-01||António Costa/-/Antonio Costa|António Costa/-/Antonio Costa|Антониу Кошта/Кошта|surname common
EUR|IGO|parliament_president|2022-01-18||Roberta Metsola/Metsola|Roberta Metsola/Metsola|Роберта Мецола/Мецола|
EUR|IGO|eeas_spokesperson|2019-12-01|2025-03-31|Peter Stano/Stano|Peter Stano/Stano|Петер Стано/Стано|dates approx.
UNO|IGO|secretary_general|2017-01-01||António Guterres/Guterres/Antonio Guterres|António Guterres/Guterres/Antonio Guterres|Антониу Гутерриш/Гутерриш/Антонио Гутерреш/Гутерреш|
UNO|IGO|sg_spokesperson|2014-01-01||Stéphane Dujarric/Dujarric/Stephane Dujarric|Stéphane Dujarric/Dujarric|Стефан Дюжаррик/Дюжаррик|from approx.
UNO|IGO|general_assembly_president|2025-09-09|2026-09-08|Annalena Baerbock/Baerbock|Annalena Baerbock/Baerbock|Анналена Бербок/Бербок/Анналена Бэрбок/Бэрбок|80th session
IGO|IGO|nato_secretary_general|2014-10-01|2024-10-01|Jens Stoltenberg/Stoltenberg|Jens Stoltenberg/Stoltenberg|Йенс Столтенберг/Столтенберг|NATO
IGO|IGO|nato_secretary_general|2024-10-01||Mark Rutte/Rutte|Mark Rutte/Rutte|Марк Рютте/Рютте/Марк Рютте|NATO
IGO|IGO|iaea_director_general|2019-12-03||Rafael Grossi/Grossi/Rafael Mariano Grossi|Rafael Grossi/Grossi/Rafael Mariano Grossi|Рафаэль Гросси/Гросси/Рафаэль Мариано Гросси|IAEA
NLD|GOV|head_of_government|2010-10-14|2024-07-02|Mark Rutte/Rutte|Mark Rutte/Rutte|Марк Рютте/Рютте|
NLD|GOV|head_of_government|2024-07-02||Dick Schoof/Schoof|Dick Schoof/Schoof|Дик Схоф/Схоф|
CHN|GOV|head_of_state|2013-03-14||Xi Jinping/Xi/President Xi|Xi Jinping/Xi|Си Цзиньпин/Си|
CHN|GOV|head_of_government|2013-03-15|2023-03-11|Li Keqiang/-|Li Keqiang/-|Ли Кэцян/-|surname common
CHN|GOV|head_of_government|2023-03-11||Li Qiang/-|Li Qiang/-|Ли Цян/-|surname common
CHN|GOV|foreign_minister|2013-03-16|2022-12-30|Wang Yi/-|Wang Yi/-|Ван И/-|surname common
CHN|GOV|foreign_minister|2022-12-30|2023-07-25|Qin Gang/-|Qin Gang/-|Цинь Ган/-|
CHN|GOV|foreign_minister|2023-07-25||Wang Yi/-|Wang Yi/-|Ван И/-|surname common
CHN|GOV|mfa_spokesperson|2012-09-01|2024-09-30|Hua Chunying/-|Hua Chunying/-|Хуа Чуньин/-|dates approx.
CHN|GOV|mfa_spokesperson|2020-02-24|2023-01-09|Zhao Lijian/-|Zhao Lijian/-|Чжао Лицзянь/-|dates approx.
CHN|GOV|mfa_spokesperson|2020-07-01|2024-07-31|Wang Wenbin/-|Wang Wenbin/-|Ван Вэньбинь/-|dates approx.
CHN|GOV|mfa_spokesperson|2022-09-01||Mao Ning/-|Mao Ning/-|Мао Нин/-|from approx.
CHN|GOV|mfa_spokesperson|2024-01-01||Lin Jian/-|Lin Jian/-|Линь Цзянь/-|from approx.
CHN|GOV|mfa_spokesperson|2024-12-01||Guo Jiakun/-|Guo Jiakun/-|Го Цзякунь/-|from approx.
CHN|MIL|defence_minister|2023-12-29||Dong Jun/-|Dong Jun/-|Дун Цзюнь/-|
IND|GOV|head_of_government|2014-05-26||Narendra Modi/Modi|Narendra Modi/Modi|Нарендра Моди/Моди|
IND|GOV|head_of_state|2017-07-25|2022-07-25|Ram Nath Kovind/Kovind|Ram Nath Kovind/Kovind|Рам Натх Ковинд/Ковинд|
IND|GOV|head_of_state|2022-07-25||Droupadi Murmu/Murmu|Droupadi Murmu/Murmu|Драупади Мурму/Мурму|
IND|GOV|foreign_minister|2014-05-26|2019-05-30|Sushma Swaraj/Swaraj|Sushma Swaraj/Swaraj|Сушма Сварадж/Сварадж|
IND|GOV|foreign_minister|2019-05-30||Subrahmanyam Jaishankar/Jaishankar/S. Jaishankar|Subrahmanyam Jaishankar/Jaishankar/S. Jaishankar|Субраманьям Джайшанкар/Джайшанкар|
IND|GOV|mfa_spokesperson|2020-08-01|2023-12-31|Arindam Bagchi/Bagchi|Arindam Bagchi/Bagchi|Ариндам Багчи/Багчи|dates approx.
IND|GOV|mfa_spokesperson|2024-01-01||Randhir Jaiswal/Jaiswal|Randhir Jaiswal/Jaiswal|Рандхир Джайсвал/Джайсвал|from approx.
IND|MIL|defence_minister|2019-05-31||Rajnath Singh/-|Rajnath Singh/-|Раджнат Сингх/-|surname common
IDN|GOV|head_of_state|2014-10-20|2024-10-20|Joko Widodo/Widodo/Jokowi|Joko Widodo/Widodo/Jokowi|Джоко Видодо/Видодо|
IDN|GOV|head_of_state|2024-10-20||Prabowo Subianto/Prabowo|Prabowo Subianto/Prabowo|Прабово Субианто/Прабово|
IDN|GOV|foreign_minister|2014-10-27|2024-10-20|Retno Marsudi/Marsudi|Retno Marsudi/Marsudi|Ретно Марсуди/Марсуди|
IDN|GOV|foreign_minister|2024-10-21||Sugiono/-|Sugiono/-|Сугионо/-|
ITA|GOV|head_of_state|2015-02-03||Sergio Mattarella/Mattarella|Sergio Mattarella/Mattarella|Серджо Маттарелла/Маттарелла|
ITA|GOV|head_of_government|2014-02-22|2016-12-12|Matteo Renzi/Renzi|Matteo Renzi/Renzi|Маттео Ренци/Ренци|
ITA|GOV|head_of_government|2016-12-12|2018-06-01|Paolo Gentiloni/Gentiloni|Paolo Gentiloni/Gentiloni|Паоло Джентилони/Джентилони|
ITA|GOV|head_of_government|2018-06-01|2021-02-13|Giuseppe Conte/Conte|Giuseppe Conte/Conte|Джузеппе Конте/Конте|
ITA|GOV|head_of_government|2021-02-13|2022-10-22|Mario Draghi/Draghi|Mario Draghi/Draghi|Марио Драги/Драги|
ITA|GOV|head_of_government|2022-10-22||Giorgia Meloni/Meloni|Giorgia Meloni/Meloni|Джорджа Мелони/Мелони|
ITA|GOV|foreign_minister|2019-09-05|2022-10-22|Luigi Di Maio/Di Maio|Luigi Di Maio/Di Maio|Луиджи Ди Майо/Ди Майо|
ITA|GOV|foreign_minister|2022-10-22||Antonio Tajani/Tajani|Antonio Tajani/Tajani|Антонио Таяни/Таяни|
JPN|GOV|head_of_government|2012-12-26|2020-09-16|Shinzo Abe/Abe|Shinzo Abe/Abe|Синдзо Абэ/Абэ|
JPN|GOV|head_of_government|2020-09-16|2021-10-04|Yoshihide Suga/Suga|Yoshihide Suga/Suga|Ёсихидэ Суга/Суга|
JPN|GOV|head_of_government|2021-10-04|2024-10-01|Fumio Kishida/Kishida|Fumio Kishida/Kishida|Фумио Кисида/Кисида|
JPN|GOV|foreign_minister|2012-12-26|2017-08-03|Fumio Kishida/Kishida|Fumio Kishida/Kishida|Фумио Кисида/Кисида|
JPN|GOV|head_of_government|2024-10-01|2025-10-21|Shigeru Ishiba/Ishiba|Shigeru Ishiba/Ishiba|Сигэру Исиба/Исиба|
JPN|GOV|head_of_government|2025-10-21||Sanae Takaichi/Takaichi|Sanae Takaichi/Takaichi|Санаэ Такаити/Такаити|
JPN|GOV|head_of_state|2019-05-01||Emperor Naruhito/-/Naruhito|Kaiser Naruhito/-/Naruhito|император Нарухито/-/Нарухито|
JPN|GOV|foreign_minister|2017-08-03|2019-09-11|Taro Kono/Kono|Taro Kono/Kono|Таро Коно/Коно|
JPN|GOV|foreign_minister|2019-09-11|2021-11-10|Toshimitsu Motegi/Motegi|Toshimitsu Motegi/Motegi|Тосимицу Мотэги/Мотэги|
JPN|GOV|foreign_minister|2021-11-10|2023-09-13|Yoshimasa Hayashi/Hayashi|Yoshimasa Hayashi/Hayashi|Ёсимаса Хаяси/Хаяси|
JPN|GOV|chief_cabinet_secretary|2023-12-14|2025-10-21|Yoshimasa Hayashi/Hayashi|Yoshimasa Hayashi/Hayashi|Ёсимаса Хаяси/Хаяси|government spokesperson
JPN|GOV|foreign_minister|2023-09-13|2024-10-01|Yoko Kamikawa/Kamikawa|Yoko Kamikawa/Kamikawa|Ёко Камикава/Камикава|
JPN|GOV|foreign_minister|2024-10-01|2025-10-21|Takeshi Iwaya/Iwaya|Takeshi Iwaya/Iwaya|Такэси Ивая/Ивая|
JPN|GOV|foreign_minister|2025-10-21||Toshimitsu Motegi/Motegi|Toshimitsu Motegi/Motegi|Тосимицу Мотэги/Мотэги|
KOR|GOV|head_of_state|2017-05-10|2022-05-10|Moon Jae-in/-/Moon Jae In|Moon Jae In/-/Moon Jae-in|Мун Чжэ Ин/-|Korean surnames not used alone
KOR|GOV|head_of_state|2022-05-10|2025-04-04|Yoon Suk Yeol/Yoon/Yoon Suk-yeol|Yoon Suk Yeol/Yoon/Yoon Suk-yeol|Юн Сок Ёль/Юн|
KOR|GOV|head_of_state|2025-06-04||Lee Jae-myung/-/Lee Jae Myung|Lee Jae Myung/-/Lee Jae-myung|Ли Чжэ Мён/-|
KOR|GOV|foreign_minister|2017-06-18|2021-02-08|Kang Kyung-wha/-|Kang Kyung Wha/-|Кан Гён Хва/-|
KOR|GOV|foreign_minister|2021-02-09|2022-05-12|Chung Eui-yong/-|Chung Eui Yong/-|Чон Ый Ён/-|
KOR|GOV|foreign_minister|2022-05-12|2024-01-10|Park Jin/-|Park Jin/-|Пак Чин/-|
KOR|GOV|foreign_minister|2024-01-10|2025-07-20|Cho Tae-yul/-|Cho Tae Yul/-|Чо Тхэ Ёль/-|to approx.
KOR|GOV|foreign_minister|2025-07-21||Cho Hyun/-|Cho Hyun/-|Чо Хён/-|from approx.
PRK|GOV|head_of_state|2011-12-17||Kim Jong Un/-/Kim Jong-un|Kim Jong Un/-/Kim Jong-un|Ким Чен Ын/-|
PRK|GOV|senior_official|2019-01-01||Kim Yo Jong/-/Kim Yo-jong|Kim Yo Jong/-/Kim Yo-jong|Ким Ё Чжон/-|Kim Jong Un's sister; from approx.
PRK|GOV|foreign_minister|2016-05-01|2020-01-18|Ri Yong Ho/-|Ri Yong Ho/-|Ли Ён Хо/-|dates approx.
PRK|GOV|foreign_minister|2020-01-18|2022-06-10|Ri Son Gwon/-|Ri Son Gwon/-|Ли Сон Гвон/-|dates approx.
PRK|GOV|foreign_minister|2022-06-10||Choe Son Hui/-|Choe Son Hui/-|Цой Сон Хи/-|
SAU|GOV|head_of_state|2015-01-23||King Salman/-/Salman bin Abdulaziz|König Salman/-/Salman bin Abdulaziz|король Сальман/-/Сальман бен Абдель Азиз|
SAU|GOV|head_of_government|2022-09-27||Mohammed bin Salman/-/MBS|Mohammed bin Salman/-|Мухаммед бен Сальман/-|crown prince since 2017-06-21
SAU|GOV|foreign_minister|2015-04-29|2018-12-27|Adel al-Jubeir/al-Jubeir|Adel al-Dschubair/al-Dschubair/Adel al-Jubeir|Адель аль-Джубейр/аль-Джубейр|
SAU|GOV|foreign_minister|2019-10-23||Faisal bin Farhan/-|Faisal bin Farhan/-|Фейсал бен Фархан/-|
ZAF|GOV|head_of_state|2009-05-09|2018-02-14|Jacob Zuma/Zuma|Jacob Zuma/Zuma|Джейкоб Зума/Зума|
ZAF|GOV|head_of_state|2018-02-15||Cyril Ramaphosa/Ramaphosa|Cyril Ramaphosa/Ramaphosa|Сирил Рамафоса/Рамафоса|
ZAF|GOV|foreign_minister|2019-05-30|2024-07-03|Naledi Pandor/Pandor|Naledi Pandor/Pandor|Наледи Пандор/Пандор|
ZAF|GOV|foreign_minister|2024-07-03||Ronald Lamola/Lamola|Ronald Lamola/Lamola|Рональд Ламола/Ламола|
ARG|GOV|head_of_state|2015-12-10|2019-12-10|Mauricio Macri/Macri|Mauricio Macri/Macri|Маурисио Макри/Макри|
ARG|GOV|head_of_state|2019-12-10|2023-12-10|Alberto Fernández/-/Alberto Fernandez|Alberto Fernández/-/Alberto Fernandez|Альберто Фернандес/-|surname common
ARG|GOV|head_of_state|2023-12-10||Javier Milei/Milei|Javier Milei/Milei|Хавьер Милей/Милей|
ARG|GOV|foreign_minister|2023-12-10|2024-10-30|Diana Mondino/Mondino|Diana Mondino/Mondino|Диана Мондино/Мондино|
ARG|GOV|foreign_minister|2024-10-30|2025-10-22|Gerardo Werthein/Werthein|Gerardo Werthein/Werthein|Херардо Вертхайн/Вертхайн|to approx.
ARG|GOV|foreign_minister|2025-10-22||Pablo Quirno/Quirno|Pablo Quirno/Quirno|Пабло Кирно/Кирно|from approx.
BRA|GOV|head_of_state|2016-08-31|2019-01-01|Michel Temer/Temer|Michel Temer/Temer|Мишел Темер/Темер|
BRA|GOV|head_of_state|2019-01-01|2023-01-01|Jair Bolsonaro/Bolsonaro|Jair Bolsonaro/Bolsonaro|Жаир Болсонару/Болсонару|
BRA|GOV|head_of_state|2023-01-01||Luiz Inácio Lula da Silva/Lula/Lula da Silva/Luiz Inacio Lula da Silva|Luiz Inácio Lula da Silva/Lula/Lula da Silva|Луис Инасиу Лула да Силва/Лула/Лула да Силва|
BRA|GOV|foreign_minister|2019-01-01|2021-03-29|Ernesto Araújo/-/Ernesto Araujo|Ernesto Araújo/-|Эрнесту Араужу/Араужу|
BRA|GOV|foreign_minister|2021-04-06|2022-12-31|Carlos França/-/Carlos Franca|Carlos França/-|Карлос Франса/-|surname = country/word
BRA|GOV|foreign_minister|2023-01-01||Mauro Vieira/Vieira|Mauro Vieira/Vieira|Мауро Виейра/Виейра|
CAN|GOV|head_of_government|2015-11-04|2025-03-14|Justin Trudeau/Trudeau|Justin Trudeau/Trudeau|Джастин Трюдо/Трюдо|
CAN|GOV|head_of_government|2025-03-14||Mark Carney/Carney|Mark Carney/Carney|Марк Карни/Карни|
CAN|GOV|foreign_minister|2017-01-10|2019-11-20|Chrystia Freeland/Freeland|Chrystia Freeland/Freeland|Христя Фриланд/Фриланд|
CAN|GOV|foreign_minister|2021-10-26|2025-05-13|Mélanie Joly/Joly/Melanie Joly|Mélanie Joly/Joly/Melanie Joly|Мелани Жоли/Жоли|
CAN|GOV|foreign_minister|2025-05-13||Anita Anand/-|Anita Anand/-|Анита Ананд/Ананд|surname = common first name
AUS|GOV|head_of_government|2015-09-15|2018-08-24|Malcolm Turnbull/Turnbull|Malcolm Turnbull/Turnbull|Малкольм Тёрнбулл/Тёрнбулл|
AUS|GOV|head_of_government|2018-08-24|2022-05-23|Scott Morrison/-|Scott Morrison/-|Скотт Моррисон/Моррисон|surname common en/de
AUS|GOV|head_of_government|2022-05-23||Anthony Albanese/Albanese|Anthony Albanese/Albanese|Энтони Албаниз/Албаниз/Энтони Альбанезе/Альбанезе|
AUS|GOV|foreign_minister|2018-08-28|2022-05-23|Marise Payne/Payne|Marise Payne/Payne|Мэрис Пейн/Пейн|
AUS|GOV|foreign_minister|2022-05-23||Penny Wong/-|Penny Wong/-|Пенни Вонг/-|surname common
MEX|GOV|head_of_state|2012-12-01|2018-11-30|Enrique Peña Nieto/Peña Nieto/Enrique Pena Nieto|Enrique Peña Nieto/Peña Nieto|Энрике Пенья Ньето/Пенья Ньето|
MEX|GOV|head_of_state|2018-12-01|2024-10-01|Andrés Manuel López Obrador/López Obrador/AMLO/Andres Manuel Lopez Obrador/Lopez Obrador|Andrés Manuel López Obrador/López Obrador/AMLO|Андрес Мануэль Лопес Обрадор/Лопес Обрадор|
MEX|GOV|head_of_state|2024-10-01||Claudia Sheinbaum/Sheinbaum|Claudia Sheinbaum/Sheinbaum|Клаудия Шейнбаум/Шейнбаум|
MEX|GOV|foreign_minister|2018-12-01|2023-06-12|Marcelo Ebrard/Ebrard|Marcelo Ebrard/Ebrard|Марсело Эбрард/Эбрард|
MEX|GOV|foreign_minister|2023-07-03|2024-09-30|Alicia Bárcena/Bárcena/Alicia Barcena|Alicia Bárcena/Bárcena|Алисия Барсена/Барсена|
MEX|GOV|foreign_minister|2024-10-01||Juan Ramón de la Fuente/de la Fuente/Juan Ramon de la Fuente|Juan Ramón de la Fuente/de la Fuente|Хуан Рамон де ла Фуэнте/де ла Фуэнте|may have left office 2025
ESP|GOV|head_of_government|2011-12-21|2018-06-01|Mariano Rajoy/Rajoy|Mariano Rajoy/Rajoy|Мариано Рахой/Рахой|
ESP|GOV|head_of_government|2018-06-02||Pedro Sánchez/-/Pedro Sanchez|Pedro Sánchez/-/Pedro Sanchez|Педро Санчес/-|surname common
ESP|GOV|foreign_minister|2018-06-07|2019-11-29|Josep Borrell/Borrell|Josep Borrell/Borrell|Жозеп Боррель/Боррель|
ESP|GOV|foreign_minister|2021-07-12||José Manuel Albares/Albares/Jose Manuel Albares|José Manuel Albares/Albares|Хосе Мануэль Альбарес/Альбарес|
POL|GOV|head_of_state|2015-08-06|2025-08-06|Andrzej Duda/Duda|Andrzej Duda/Duda|Анджей Дуда/Дуда|
POL|GOV|head_of_state|2025-08-06||Karol Nawrocki/Nawrocki|Karol Nawrocki/Nawrocki|Кароль Навроцкий/Навроцкий|
POL|GOV|head_of_government|2015-11-16|2017-12-11|Beata Szydło/Szydło/Beata Szydlo/Szydlo|Beata Szydło/Szydło/Beata Szydlo|Беата Шидло/Шидло|
POL|GOV|head_of_government|2017-12-11|2023-12-13|Mateusz Morawiecki/Morawiecki|Mateusz Morawiecki/Morawiecki|Матеуш Моравецкий/Моравецкий|
POL|GOV|head_of_government|2023-12-13||Donald Tusk/Tusk|Donald Tusk/Tusk|Дональд Туск/Туск|
POL|GOV|foreign_minister|2020-08-26|2023-11-27|Zbigniew Rau/Rau|Zbigniew Rau/-|Збигнев Рау/Рау|de surname = adjective rau
POL|GOV|foreign_minister|2023-12-13||Radosław Sikorski/Sikorski/Radoslaw Sikorski|Radosław Sikorski/Sikorski/Radoslaw Sikorski|Радослав Сикорский/Сикорский|
POL|GOV|mfa_spokesperson|2024-01-01||Paweł Wroński/Wroński/Pawel Wronski|Paweł Wroński/Wroński/Pawel Wronski|Павел Вронский/Вронский|dates approx.
HUN|GOV|head_of_government|2010-05-29||Viktor Orbán/Orbán/Viktor Orban/Orban|Viktor Orbán/Orbán/Viktor Orban/Orban|Виктор Орбан/Орбан|
HUN|GOV|foreign_minister|2014-09-23||Péter Szijjártó/Szijjártó/Peter Szijjarto/Szijjarto|Péter Szijjártó/Szijjártó/Peter Szijjarto/Szijjarto|Петер Сийярто/Сийярто|
SVK|GOV|head_of_government|2023-10-25||Robert Fico/Fico|Robert Fico/Fico|Роберт Фицо/Фицо|also PM 2006-2010, 2012-2018
SVK|GOV|head_of_state|2024-06-15||Peter Pellegrini/Pellegrini|Peter Pellegrini/Pellegrini|Петер Пеллегрини/Пеллегрини|
SVK|GOV|foreign_minister|2023-10-25||Juraj Blanár/Blanár/Juraj Blanar/Blanar|Juraj Blanár/Blanár/Juraj Blanar|Юрай Бланар/Бланар|
CZE|GOV|head_of_state|2013-03-08|2023-03-08|Miloš Zeman/Zeman/Milos Zeman|Miloš Zeman/Zeman/Milos Zeman|Милош Земан/Земан|
CZE|GOV|head_of_state|2023-03-09||Petr Pavel/-|Petr Pavel/-|Петр Павел/-|surname = first name
CZE|GOV|head_of_government|2017-12-06|2021-12-17|Andrej Babiš/Babiš/Andrej Babis/Babis|Andrej Babiš/Babiš/Andrej Babis/Babis|Андрей Бабиш/Бабиш|
CZE|GOV|head_of_government|2021-12-17|2025-12-09|Petr Fiala/Fiala|Petr Fiala/Fiala|Петр Фиала/Фиала|to approx.
CZE|GOV|head_of_government|2025-12-09||Andrej Babiš/Babiš/Andrej Babis/Babis|Andrej Babiš/Babiš/Andrej Babis/Babis|Андрей Бабиш/Бабиш|from approx.
CZE|GOV|foreign_minister|2021-12-17|2025-12-09|Jan Lipavský/Lipavský/Jan Lipavsky/Lipavsky|Jan Lipavský/Lipavský/Jan Lipavsky|Ян Липавский/Липавский|to approx.
UKR|GOV|head_of_state|2014-06-07|2019-05-20|Petro Poroshenko/Poroshenko|Petro Poroschenko/Poroschenko|Пётр Порошенко/Порошенко/Петро Порошенко|
UKR|GOV|head_of_state|2019-05-20||Volodymyr Zelensky/Zelensky/Volodymyr Zelenskyy/Zelenskyy/Zelenskiy|Wolodymyr Selenskyj/Selenskyj/Wolodimir Selenski/Selenski|Владимир Зеленский/Зеленский/Владимир Александрович Зеленский|
UKR|GOV|head_of_government|2016-04-14|2019-08-29|Volodymyr Groysman/Groysman|Wolodymyr Hrojsman/Hrojsman|Владимир Гройсман/Гройсман|
UKR|GOV|head_of_government|2019-08-29|2020-03-04|Oleksiy Honcharuk/Honcharuk|Oleksij Hontscharuk/Hontscharuk|Алексей Гончарук/Гончарук|
UKR|GOV|head_of_government|2020-03-04|2025-07-17|Denys Shmyhal/Shmyhal|Denys Schmyhal/Schmyhal|Денис Шмыгаль/Шмыгаль|
UKR|MIL|defence_minister|2025-07-17||Denys Shmyhal/Shmyhal|Denys Schmyhal/Schmyhal|Денис Шмыгаль/Шмыгаль|
UKR|GOV|head_of_government|2025-07-17||Yulia Svyrydenko/Svyrydenko|Julija Swyrydenko/Swyrydenko|Юлия Свириденко/Свириденко|
UKR|GOV|foreign_minister|2014-06-19|2019-08-29|Pavlo Klimkin/Klimkin|Pawlo Klimkin/Klimkin|Павел Климкин/Климкин|
UKR|GOV|foreign_minister|2019-08-29|2020-03-04|Vadym Prystaiko/Prystaiko|Wadym Prystajko/Prystajko|Вадим Пристайко/Пристайко|
UKR|GOV|foreign_minister|2020-03-04|2024-09-05|Dmytro Kuleba/Kuleba|Dmytro Kuleba/Kuleba|Дмитрий Кулеба/Кулеба|
UKR|GOV|foreign_minister|2024-09-05||Andrii Sybiha/Sybiha/Andriy Sybiha|Andrij Sybiha/Sybiha|Андрей Сибига/Сибига|
UKR|GOV|mfa_spokesperson|2021-06-01|2024-04-30|Oleg Nikolenko/Nikolenko|Oleh Nikolenko/Nikolenko|Олег Николенко/Николенко|dates approx.
UKR|GOV|mfa_spokesperson|2024-05-01||Heorhii Tykhyi/Tykhyi|Heorhij Tychyj/Tychyj|Георгий Тихий/-|ru surname = adjective; from approx.
UKR|GOV|presidential_office_head|2020-02-11|2025-11-28|Andriy Yermak/Yermak/Andrii Yermak|Andrij Jermak/Jermak|Андрей Ермак/Ермак|to approx.
UKR|MIL|defence_minister|2021-11-04|2023-09-05|Oleksii Reznikov/Reznikov|Olexij Resnikow/Resnikow|Алексей Резников/Резников|
UKR|MIL|defence_minister|2023-09-06|2025-07-17|Rustem Umerov/Umerov|Rustem Umjerow/Umjerow/Umerow|Рустем Умеров/Умеров|
UKR|MIL|commander_in_chief|2021-07-27|2024-02-08|Valerii Zaluzhnyi/Zaluzhnyi/Valery Zaluzhny/Zaluzhny|Walerij Saluschnyj/Saluschnyj|Валерий Залужный/Залужный|
UKR|MIL|commander_in_chief|2024-02-08||Oleksandr Syrskyi/Syrskyi/Oleksandr Syrsky/Syrsky|Olexander Syrskyj/Syrskyj|Александр Сырский/Сырский|
UKR|SPY|military_intelligence_chief|2020-08-05||Kyrylo Budanov/Budanov|Kyrylo Budanow/Budanow|Кирилл Буданов/Буданов|HUR
BLR|GOV|head_of_state|1994-07-20||Alexander Lukashenko/Lukashenko/Aliaksandr Lukashenka/Lukashenka/Alexander Lukashenka|Alexander Lukaschenko/Lukaschenko/Alexander Lukaschenka|Александр Лукашенко/Лукашенко|
BLR|GOV|head_of_government|2020-06-04|2025-04-01|Roman Golovchenko/Golovchenko|Roman Golowtschenko/Golowtschenko|Роман Головченко/Головченко|to approx.
BLR|GOV|head_of_government|2025-04-01||Alexander Turchin/Turchin|Alexander Turtschin/Turtschin|Александр Турчин/Турчин|from approx.
BLR|GOV|foreign_minister|2012-08-20|2022-11-26|Vladimir Makei/Makei|Wladimir Makej/Makej|Владимир Макей/Макей|
BLR|GOV|foreign_minister|2022-12-06|2024-04-09|Sergei Aleinik/Aleinik|Sergej Alejnik/Alejnik|Сергей Алейник/Алейник|to approx.
BLR|GOV|foreign_minister|2024-04-09||Maxim Ryzhenkov/Ryzhenkov|Maxim Ryschenkow/Ryschenkow|Максим Рыженков/Рыженков|from approx.
BLR|OPP|opposition_leader|2020-08-10||Sviatlana Tsikhanouskaya/Tsikhanouskaya/Svetlana Tikhanovskaya/Tikhanovskaya|Swjatlana Zichanouskaja/Zichanouskaja/Swetlana Tichanowskaja/Tichanowskaja|Светлана Тихановская/Тихановская|in exile
MDA|GOV|head_of_state|2016-12-23|2020-12-24|Igor Dodon/Dodon|Igor Dodon/Dodon|Игорь Додон/Додон|
MDA|GOV|head_of_state|2020-12-24||Maia Sandu/Sandu|Maia Sandu/Sandu|Майя Санду/Санду|
MDA|GOV|head_of_government|2023-02-16|2025-11-01|Dorin Recean/Recean|Dorin Recean/Recean|Дорин Речан/Речан|to approx.
MDA|GOV|head_of_government|2025-11-01||Alexandru Munteanu/Munteanu|Alexandru Munteanu/Munteanu|Александру Мунтяну/Мунтяну|from approx.
MDA|GOV|foreign_minister|2021-08-06|2024-01-29|Nicu Popescu/Popescu|Nicu Popescu/Popescu|Нику Попеску/Попеску|
MDA|GOV|foreign_minister|2024-01-29||Mihai Popșoi/Popșoi/Mihai Popsoi/Popsoi|Mihai Popșoi/Popșoi/Mihai Popsoi|Михай Попшой/Попшой|may have changed late 2025
SRB|GOV|head_of_state|2017-05-31||Aleksandar Vučić/Vučić/Aleksandar Vucic/Vucic|Aleksandar Vučić/Vučić/Aleksandar Vucic/Vucic|Александр Вучич/Вучич|
SRB|GOV|head_of_government|2017-06-29|2024-05-02|Ana Brnabić/Brnabić/Ana Brnabic/Brnabic|Ana Brnabić/Brnabić/Ana Brnabic/Brnabic|Ана Брнабич/Брнабич|
SRB|GOV|head_of_government|2024-05-02|2025-04-16|Miloš Vučević/Vučević/Milos Vucevic/Vucevic|Miloš Vučević/Vučević/Milos Vucevic/Vucevic|Милош Вучевич/Вучевич|
SRB|GOV|head_of_government|2025-04-16||Đuro Macut/Macut/Djuro Macut|Đuro Macut/Macut/Djuro Macut|Джуро Мацут/Мацут|
SRB|GOV|foreign_minister|2020-10-28|2022-10-26|Nikola Selaković/Selaković/Nikola Selakovic/Selakovic|Nikola Selaković/Selaković/Nikola Selakovic|Никола Селакович/Селакович|
SRB|GOV|foreign_minister|2022-10-26|2024-05-02|Ivica Dačić/Dačić/Ivica Dacic/Dacic|Ivica Dačić/Dačić/Ivica Dacic/Dacic|Ивица Дачич/Дачич|also FM 2014-2020
SRB|GOV|foreign_minister|2024-05-02||Marko Đurić/Đurić/Marko Djuric/Djuric|Marko Đurić/Đurić/Marko Djuric|Марко Джурич/Джурич|
XKX|GOV|head_of_state|2016-04-07|2020-11-05|Hashim Thaçi/Thaçi/Hashim Thaci/Thaci|Hashim Thaçi/Thaçi/Hashim Thaci/Thaci|Хашим Тачи/Тачи|
XKX|GOV|head_of_state|2021-04-04||Vjosa Osmani/Osmani|Vjosa Osmani/Osmani|Вьоса Османи/Османи|
XKX|GOV|head_of_government|2021-03-22||Albin Kurti/Kurti|Albin Kurti/Kurti|Альбин Курти/Курти|also PM 2020-02..2020-06
XKX|GOV|foreign_minister|2021-03-22||Donika Gërvalla-Schwarz/Gërvalla/Donika Gervalla/Gervalla|Donika Gërvalla-Schwarz/Gërvalla/Donika Gervalla|Доника Гервалла-Шварц/Гервалла|
PAK|GOV|head_of_government|2018-08-18|2022-04-10|Imran Khan/-|Imran Khan/-|Имран Хан/-|surname common
PAK|GOV|head_of_government|2022-04-11|2023-08-14|Shehbaz Sharif/-/Shahbaz Sharif|Shehbaz Sharif/-/Shahbaz Sharif|Шахбаз Шариф/-|surname shared with Nawaz Sharif
PAK|GOV|head_of_government|2024-03-04||Shehbaz Sharif/-/Shahbaz Sharif|Shehbaz Sharif/-/Shahbaz Sharif|Шахбаз Шариф/-|
PAK|GOV|head_of_state|2024-03-10||Asif Ali Zardari/-|Asif Ali Zardari/-|Асиф Али Зардари/-|surname shared with Bilawal Bhutto Zardari
PAK|GOV|foreign_minister|2022-04-27|2023-08-10|Bilawal Bhutto Zardari/Bhutto Zardari/Bilawal Bhutto|Bilawal Bhutto Zardari/Bhutto Zardari|Билавал Бхутто Зардари/Бхутто Зардари|
PAK|GOV|foreign_minister|2024-03-11||Ishaq Dar/-|Ishaq Dar/-|Исхак Дар/-|surname too short/ambiguous
PAK|MIL|army_chief|2022-11-29||Asim Munir/Munir|Asim Munir/Munir|Асим Мунир/Мунир|
PAK|GOV|mfa_spokesperson|2023-01-01|2025-04-30|Mumtaz Zahra Baloch/-|Mumtaz Zahra Baloch/-|Мумтаз Захра Балоч/-|dates approx.
PAK|GOV|mfa_spokesperson|2025-05-01||Shafqat Ali Khan/-|Shafqat Ali Khan/-|Шафкат Али Хан/-|from approx.
DZA|GOV|head_of_state|2019-12-19||Abdelmadjid Tebboune/Tebboune|Abdelmadjid Tebboune/Tebboune|Абдельмаджид Теббун/Теббун|
DZA|GOV|foreign_minister|2021-07-07|2023-03-18|Ramtane Lamamra/Lamamra|Ramtane Lamamra/Lamamra|Рамтан Ламамра/Ламамра|
DZA|GOV|foreign_minister|2023-03-18||Ahmed Attaf/Attaf|Ahmed Attaf/Attaf|Ахмед Аттаф/Аттаф|
KEN|GOV|head_of_state|2013-04-09|2022-09-13|Uhuru Kenyatta/Kenyatta|Uhuru Kenyatta/Kenyatta|Ухуру Кениата/Кениата|
KEN|GOV|head_of_state|2022-09-13||William Ruto/Ruto|William Ruto/Ruto|Уильям Руто/Руто|
KEN|GOV|foreign_minister|2024-07-01||Musalia Mudavadi/Mudavadi|Musalia Mudavadi/Mudavadi|Мусалиа Мудавади/Мудавади|from approx.
KAZ|GOV|head_of_state|1990-04-24|2019-03-20|Nursultan Nazarbayev/Nazarbayev|Nursultan Nasarbajew/Nasarbajew|Нурсултан Назарбаев/Назарбаев|
KAZ|GOV|head_of_state|2019-03-20||Kassym-Jomart Tokayev/Tokayev/Kassym-Zhomart Tokayev|Qassym-Schomart Tokajew/Tokajew/Kassym-Schomart Tokajew|Касым-Жомарт Токаев/Токаев|
KAZ|GOV|head_of_government|2022-01-11|2024-02-05|Alikhan Smailov/Smailov|Alichan Smailow/Smailow|Алихан Смаилов/Смаилов|
KAZ|GOV|head_of_government|2024-02-06||Olzhas Bektenov/Bektenov|Olschas Bektenow/Bektenow|Олжас Бектенов/Бектенов|
KAZ|GOV|foreign_minister|2019-12-18|2023-09-01|Mukhtar Tileuberdi/Tileuberdi|Muchtar Tileuberdi/Tileuberdi|Мухтар Тлеуберди/Тлеуберди|
KAZ|GOV|foreign_minister|2023-09-01||Murat Nurtleu/Nurtleu|Murat Nurtleu/Nurtleu|Мурат Нуртлеу/Нуртлеу|may have changed 2025
KAZ|GOV|mfa_spokesperson|2021-01-01||Aibek Smadiyarov/Smadiyarov|Aibek Smadijarow/Smadijarow|Айбек Смадияров/Смадияров|dates approx.
UZB|GOV|head_of_state|2016-09-08||Shavkat Mirziyoyev/Mirziyoyev|Schawkat Mirsijojew/Mirsijojew/Shavkat Mirziyoyev/Mirziyoyev|Шавкат Мирзиёев/Мирзиёев|acting from 2016-09-08, elected 2016-12-14
UZB|GOV|head_of_government|2016-12-14||Abdulla Aripov/Aripov|Abdulla Aripow/Aripow|Абдулла Арипов/Арипов|
UZB|GOV|foreign_minister|2012-01-01|2022-06-30|Abdulaziz Kamilov/Kamilov|Abdulasis Kamilow/Kamilow|Абдулазиз Камилов/Камилов|dates approx.
UZB|GOV|foreign_minister|2022-07-01||Bakhtiyor Saidov/Saidov|Bachtijor Saidow/Saidow|Бахтиёр Саидов/Саидов|from approx.
KGZ|GOV|head_of_state|2017-11-24|2020-10-15|Sooronbay Jeenbekov/Jeenbekov|Sooronbai Dscheenbekow/Dscheenbekow|Сооронбай Жээнбеков/Жээнбеков|
KGZ|GOV|head_of_state|2021-01-28||Sadyr Japarov/Japarov/Sadyr Zhaparov/Zhaparov|Sadyr Dschaparow/Dschaparow/Sadyr Schaparow|Садыр Жапаров/Жапаров|
KGZ|GOV|head_of_government|2021-10-12|2024-12-16|Akylbek Japarov/-/Akylbek Zhaparov|Akylbek Dschaparow/-|Акылбек Жапаров/-|surname shared with the president
KGZ|GOV|head_of_government|2024-12-16||Adylbek Kasymaliev/Kasymaliev|Adylbek Kassymalijew/Kassymalijew|Адылбек Касымалиев/Касымалиев|
KGZ|GOV|foreign_minister|2022-06-01||Jeenbek Kulubaev/Kulubaev|Dscheenbek Kulubajew/Kulubajew|Жээнбек Кулубаев/Кулубаев|from approx.
TJK|GOV|head_of_state|1992-11-19||Emomali Rahmon/Rahmon|Emomali Rahmon/Rahmon|Эмомали Рахмон/Рахмон|
TJK|GOV|head_of_government|2013-11-23||Kokhir Rasulzoda/Rasulzoda|Kochir Rasulsoda/Rasulsoda|Кохир Расулзода/Расулзода|
TJK|GOV|foreign_minister|2013-11-29||Sirojiddin Muhriddin/Muhriddin|Sirodschiddin Muhriddin/Muhriddin|Сироджиддин Мухриддин/Мухриддин|
TKM|GOV|head_of_state|2007-02-14|2022-03-19|Gurbanguly Berdimuhamedov/-|Gurbanguly Berdimuhamedow/-|Гурбангулы Бердымухамедов/-|surname shared with his son
TKM|GOV|head_of_state|2022-03-19||Serdar Berdimuhamedov/Berdimuhamedov|Serdar Berdimuhamedow/Berdimuhamedow|Сердар Бердымухамедов/Бердымухамедов|
TKM|GOV|foreign_minister|2001-07-01||Rashid Meredov/Meredov|Raschid Meredow/Meredow|Рашид Мередов/Мередов|
EGY|GOV|head_of_state|2014-06-08||Abdel Fattah el-Sisi/el-Sisi/Sisi/al-Sisi|Abdel Fattah al-Sisi/al-Sisi/Sisi|Абдель Фаттах ас-Сиси/ас-Сиси/Сиси|
EGY|GOV|foreign_minister|2014-06-17|2024-07-03|Sameh Shoukry/Shoukry|Samih Schukri/Schukri/Sameh Shoukry|Самех Шукри/Шукри|
EGY|GOV|foreign_minister|2024-07-03||Badr Abdelatty/Abdelatty|Badr Abdelatty/Abdelatty|Бадр Абдель Ати/Абдель Ати|
SYR|GOV|head_of_state|2000-07-17|2024-12-08|Bashar al-Assad/Assad/al-Assad|Baschar al-Assad/Assad/al-Assad|Башар Асад/Асад/Башар аль-Асад|
SYR|GOV|head_of_state|2025-01-29||Ahmed al-Sharaa/al-Sharaa/Sharaa|Ahmed al-Scharaa/al-Scharaa|Ахмед аш-Шараа/аш-Шараа|
SYR|GOV|foreign_minister|2024-12-21||Asaad al-Shaibani/al-Shaibani|Asaad al-Schaibani/al-Schaibani|Асаад аш-Шейбани/аш-Шейбани|
QAT|GOV|head_of_state|2013-06-25||Tamim bin Hamad Al Thani/-/Sheikh Tamim|Tamim bin Hamad Al Thani/-|Тамим бен Хамад Аль Тани/-|
ARE|GOV|head_of_state|2022-05-14||Mohamed bin Zayed/-/MBZ|Mohammed bin Zayid/-/Mohamed bin Zayed|Мухаммед бен Заид/-|
EST|GOV|head_of_government|2021-01-26|2024-07-15|Kaja Kallas/Kallas|Kaja Kallas/Kallas|Кая Каллас/Каллас|
LTU|GOV|head_of_state|2019-07-12||Gitanas Nausėda/Nausėda/Gitanas Nauseda/Nauseda|Gitanas Nausėda/Nausėda/Gitanas Nauseda|Гитанас Науседа/Науседа|
AUT|GOV|head_of_state|2017-01-26||Alexander Van der Bellen/Van der Bellen|Alexander Van der Bellen/Van der Bellen|Александр Ван дер Беллен/Ван дер Беллен|
# senior diplomats: deputy foreign ministers and special envoys (ru round 3); "from approx." = start date rounded
RUS|GOV|deputy_foreign_minister|2005-05-01|2019-09-24|Grigory Karasin/Karasin/Grigori Karasin|Grigori Karassin/Karassin|Григорий Карасин/Карасин|from approx.; Prague format with Georgia
RUS|LEG|senator|2019-09-25||Grigory Karasin/Karasin/Grigori Karasin|Grigori Karassin/Karassin|Григорий Карасин/Карасин|still Russia's envoy in the Prague format
RUS|GOV|deputy_foreign_minister|2018-01-22||Alexander Grushko/Grushko|Alexander Gruschko/Gruschko|Александр Грушко/Грушко|
RUS|GOV|deputy_foreign_minister|2019-01-01||Andrey Rudenko/Rudenko/Andrei Rudenko|Andrej Rudenko/Rudenko|Андрей Руденко/Руденко|from approx.
RUS|GOV|deputy_foreign_minister|2021-04-01||Mikhail Galuzin/Galuzin|Michail Galusin/Galusin|Михаил Галузин/Галузин|from approx.
RUS|GOV|deputy_foreign_minister|2018-01-01||Sergey Vershinin/Vershinin/Sergei Vershinin|Sergej Werschinin/Werschinin|Сергей Вершинин/Вершинин|from approx.
RUS|GOV|special_envoy|2025-02-01||Kirill Dmitriev/-|Kirill Dmitrijew/-|Кирилл Дмитриев/-|from approx.; surname common
CHN|GOV|deputy_foreign_minister|2022-01-01||Sun Weidong/-|Sun Weidong/-|Сунь Вэйдун/Сунь|from approx.; "Sun" alone is too common in en/de (The Sun)
CHN|GOV|deputy_foreign_minister|2022-12-01||Ma Zhaoxu/-|Ma Zhaoxu/-|Ма Чжаосюй/-|from approx.
JPN|GOV|ambassador_to_china|2023-12-01||Kenji Kanasugi/Kanasugi|Kenji Kanasugi/Kanasugi|Кэндзи Канасуги/Канасуги/Канасуги Кэндзи|from approx.
JPN|GOV|chief_cabinet_secretary|2025-10-21||Minoru Kihara/Kihara|Minoru Kihara/Kihara|Минору Кихара/Кихара|
GEO|GOV|special_representative|2012-11-01||Zurab Abashidze/Abashidze|Surab Abaschidse/Abaschidse|Зураб Абашидзе/Абашидзе|PM's envoy for relations with Russia
ARM|GOV|deputy_foreign_minister|2021-08-01||Vahan Kostanyan/Kostanyan|Wahan Kostanjan/Kostanjan|Ваан Костанян/Костанян|from approx.
ARM|GOV|security_council_secretary|2018-05-01||Armen Grigoryan/-|Armen Grigorjan/-|Армен Григорян/-|surname common
AZE|GOV|deputy_foreign_minister|2020-01-01||Elnur Mammadov/-|Elnur Mammadow/-|Эльнур Мамедов/-|from approx.; surname common
IRN|GOV|deputy_foreign_minister|2024-08-01||Kazem Gharibabadi/Gharibabadi|Kazem Gharibabadi/Gharibabadi|Казем Гарибабади/Гарибабади|from approx.
IRN|GOV|deputy_foreign_minister|2021-09-01|2024-08-31|Ali Bagheri Kani/Bagheri Kani/Ali Bagheri|Ali Bagheri Kani/Bagheri Kani|Али Багери Кани/Багери Кани|from approx.
KAZ|GOV|deputy_foreign_minister|2019-01-01||Roman Vassilenko/Vassilenko|Roman Wassilenko/Wassilenko|Роман Василенко/Василенко|from approx.
# --- heads of state/government and foreign ministers of the 1980s-2000s (news archives); a name
# --- read outside its term still gives its state (actors.py keeps all rows when no row is in office)
USA|GOV|head_of_state|1981-01-20|1989-01-20|Ronald Reagan/Reagan|Ronald Reagan/Reagan|Рональд Рейган/Рейган|
USA|GOV|head_of_state|1989-01-20|1993-01-20|George H.W. Bush/Bush/George Bush/George H. W. Bush|George H. W. Bush/Bush/George Bush|Джордж Буш-старший/Буш|
USA|GOV|head_of_state|1993-01-20|2001-01-20|Bill Clinton/Clinton|Bill Clinton/Clinton|Билл Клинтон/Клинтон|
USA|GOV|head_of_state|2001-01-20|2009-01-20|George W. Bush/Bush|George W. Bush/Bush|Джордж Буш-младший/Буш/Джордж Буш|
USA|GOV|head_of_state|1977-01-20|1981-01-20|Jimmy Carter/Carter|Jimmy Carter/Carter|Джимми Картер/Картер|
USA|GOV|foreign_minister|2009-01-21|2013-02-01|Hillary Clinton/-/Hillary Rodham Clinton|Hillary Clinton/-|Хиллари Клинтон/-|
USA|GOV|foreign_minister|1982-07-16|1989-01-20|George Shultz/Shultz|George Shultz/Shultz|Джордж Шульц/Шульц|
USA|GOV|foreign_minister|1989-01-25|1992-08-23|James Baker/-|James Baker/-|Джеймс Бейкер/Бейкер|
USA|GOV|foreign_minister|1993-01-20|1997-01-17|Warren Christopher/-|Warren Christopher/-|Уоррен Кристофер/-|
USA|GOV|foreign_minister|1997-01-23|2001-01-20|Madeleine Albright/Albright|Madeleine Albright/Albright|Мадлен Олбрайт/Олбрайт|
USA|GOV|foreign_minister|2001-01-20|2005-01-26|Colin Powell/Powell|Colin Powell/Powell|Колин Пауэлл/Пауэлл|
USA|GOV|foreign_minister|2005-01-26|2009-01-20|Condoleezza Rice/-|Condoleezza Rice/-|Кондолиза Райс/Райс|
USA|MIL|defence_minister|2001-01-20|2006-12-18|Donald Rumsfeld/Rumsfeld|Donald Rumsfeld/Rumsfeld|Дональд Рамсфелд/Рамсфелд|
USA|GOV|vice_president|2001-01-20|2009-01-20|Dick Cheney/Cheney|Dick Cheney/Cheney|Дик Чейни/Чейни|
RUS|GOV|head_of_state|1985-03-11|1991-12-25|Mikhail Gorbachev/Gorbachev|Michail Gorbatschow/Gorbatschow|Михаил Горбачёв/Горбачёв|Soviet leader
RUS|GOV|head_of_state|1991-07-10|1999-12-31|Boris Yeltsin/Yeltsin|Boris Jelzin/Jelzin|Борис Ельцин/Ельцин|
RUS|GOV|head_of_state|1964-10-14|1982-11-10|Leonid Brezhnev/Brezhnev|Leonid Breschnew/Breschnew|Леонид Брежнев/Брежнев|Soviet leader
RUS|GOV|head_of_state|1982-11-12|1984-02-09|Yuri Andropov/Andropov|Juri Andropow/Andropow|Юрий Андропов/Андропов|Soviet leader
RUS|GOV|head_of_state|1984-02-13|1985-03-10|Konstantin Chernenko/Chernenko|Konstantin Tschernenko/Tschernenko|Константин Черненко/Черненко|Soviet leader
RUS|GOV|foreign_minister|1957-02-15|1985-07-02|Andrei Gromyko/Gromyko|Andrei Gromyko/Gromyko|Андрей Громыко/Громыко|Soviet foreign minister
RUS|GOV|head_of_government|1992-12-14|1998-03-23|Viktor Chernomyrdin/Chernomyrdin|Viktor Tschernomyrdin/Tschernomyrdin|Виктор Черномырдин/Черномырдин|
RUS|GOV|foreign_minister|1990-10-11|1996-01-05|Andrei Kozyrev/Kozyrev|Andrei Kosyrew/Kosyrew|Андрей Козырев/Козырев|
RUS|GOV|foreign_minister|1996-01-09|1998-09-11|Yevgeny Primakov/Primakov|Jewgeni Primakow/Primakow|Евгений Примаков/Примаков|
RUS|GOV|foreign_minister|1998-09-11|2004-03-09|Igor Ivanov/-|Igor Iwanow/-|Игорь Иванов/-|
GEO|GOV|head_of_state|1992-03-10|2003-11-23|Eduard Shevardnadze/Shevardnadze|Eduard Schewardnadse/Schewardnadse|Эдуард Шеварднадзе/Шеварднадзе|Soviet foreign minister 1985-1990
GEO|GOV|head_of_state|2004-01-25|2013-11-17|Mikheil Saakashvili/Saakashvili|Micheil Saakaschwili/Saakaschwili|Михаил Саакашвили/Саакашвили|
AZE|GOV|head_of_state|1993-06-15|2003-10-31|Heydar Aliyev/-/Heydar Aliev|Hejdar Alijew/-/Heydar Aliyev|Гейдар Алиев/-|
ARM|GOV|head_of_state|1991-10-16|1998-02-03|Levon Ter-Petrosyan/Ter-Petrosyan|Lewon Ter-Petrosjan/Ter-Petrosjan|Левон Тер-Петросян/Тер-Петросян|
ARM|GOV|head_of_state|1998-02-04|2008-04-09|Robert Kocharyan/Kocharyan|Robert Kotscharjan/Kotscharjan|Роберт Кочарян/Кочарян|
UKR|GOV|head_of_state|1991-12-05|1994-07-19|Leonid Kravchuk/Kravchuk|Leonid Krawtschuk/Krawtschuk|Леонид Кравчук/Кравчук|
UKR|GOV|head_of_state|1994-07-19|2005-01-23|Leonid Kuchma/Kuchma|Leonid Kutschma/Kutschma|Леонид Кучма/Кучма|
UKR|GOV|head_of_state|2005-01-23|2010-02-25|Viktor Yushchenko/Yushchenko|Wiktor Juschtschenko/Juschtschenko|Виктор Ющенко/Ющенко|
UKR|GOV|head_of_state|2010-02-25|2014-02-22|Viktor Yanukovych/Yanukovych|Wiktor Janukowytsch/Janukowytsch|Виктор Янукович/Янукович|
UZB|GOV|head_of_state|1990-03-24|2016-09-02|Islam Karimov/Karimov|Islam Karimow/Karimow|Ислам Каримов/Каримов|
TKM|GOV|head_of_state|1990-10-27|2006-12-21|Saparmurat Niyazov/Niyazov|Saparmurat Nijasow/Nijasow|Сапармурат Ниязов/Ниязов|
KGZ|GOV|head_of_state|1990-10-27|2005-04-11|Askar Akayev/Akayev/Askar Akaev|Askar Akajew/Akajew|Аскар Акаев/Акаев|
SRB|GOV|head_of_state|1989-05-08|2000-10-07|Slobodan Milosevic/Milosevic/Slobodan Milošević/Milošević|Slobodan Milošević/Milošević/Slobodan Milosevic/Milosevic|Слободан Милошевич/Милошевич|President of Serbia, then of Yugoslavia (1997-2000)
SRB|GOV|head_of_state|2000-10-07|2003-03-07|Vojislav Kostunica/Kostunica/Vojislav Koštunica/Koštunica|Vojislav Koštunica/Koštunica/Vojislav Kostunica/Kostunica|Воислав Коштуница/Коштуница|President of Yugoslavia, PM of Serbia 2004-2008
SRB|GOV|head_of_government|2001-01-25|2003-03-12|Zoran Djindjic/Djindjic/Zoran Đinđić/Đinđić|Zoran Đinđić/Đinđić/Zoran Djindjic/Djindjic|Зоран Джинджич/Джинджич|
HRV|GOV|head_of_state|1990-05-30|1999-12-10|Franjo Tudjman/Tudjman/Franjo Tuđman/Tuđman|Franjo Tuđman/Tuđman/Franjo Tudjman/Tudjman|Франьо Туджман/Туджман|
BIH|GOV|head_of_state|1990-12-20|2000-10-14|Alija Izetbegovic/Izetbegovic/Alija Izetbegović/Izetbegović|Alija Izetbegović/Izetbegović/Alija Izetbegovic/Izetbegovic|Алия Изетбегович/Изетбегович|
BIH|REB|bosnian_serb_leader|1992-01-09|1996-07-19|Radovan Karadzic/Karadzic/Radovan Karadžić/Karadžić|Radovan Karadžić/Karadžić/Radovan Karadzic/Karadzic|Радован Караджич/Караджич|Bosnian Serb leader
FRA|GOV|head_of_state|1981-05-21|1995-05-17|François Mitterrand/Mitterrand/Francois Mitterrand|François Mitterrand/Mitterrand|Франсуа Миттеран/Миттеран|
FRA|GOV|head_of_state|1995-05-17|2007-05-16|Jacques Chirac/Chirac|Jacques Chirac/Chirac|Жак Ширак/Ширак|
FRA|GOV|head_of_state|2007-05-16|2012-05-15|Nicolas Sarkozy/Sarkozy|Nicolas Sarkozy/Sarkozy|Николя Саркози/Саркози|
FRA|GOV|head_of_government|1997-06-02|2002-05-06|Lionel Jospin/Jospin|Lionel Jospin/Jospin|Лионель Жоспен/Жоспен|
DEU|GOV|head_of_government|1982-10-01|1998-10-27|Helmut Kohl/Kohl|Helmut Kohl/-|Гельмут Коль/-|German "Kohl" is also a vegetable: no surname row in de
DEU|GOV|head_of_government|1998-10-27|2005-11-22|Gerhard Schroeder/Schroeder/Gerhard Schröder/Schröder|Gerhard Schröder/Schröder|Герхард Шрёдер/Шрёдер|
DEU|GOV|foreign_minister|1974-05-17|1992-05-17|Hans-Dietrich Genscher/Genscher|Hans-Dietrich Genscher/Genscher|Ганс-Дитрих Геншер/Геншер|
DEU|GOV|foreign_minister|1992-05-18|1998-10-26|Klaus Kinkel/Kinkel|Klaus Kinkel/Kinkel|Клаус Кинкель/Кинкель|
DEU|GOV|foreign_minister|1998-10-27|2005-11-22|Joschka Fischer/-|Joschka Fischer/-|Йошка Фишер/-|
DEU|GOV|head_of_state|1976-05-29|1989-10-18|Erich Honecker/Honecker|Erich Honecker/Honecker|Эрих Хонеккер/Хонеккер|GDR leader
GBR|GOV|head_of_government|1979-05-04|1990-11-28|Margaret Thatcher/Thatcher|Margaret Thatcher/Thatcher|Маргарет Тэтчер/Тэтчер|
GBR|GOV|head_of_government|1990-11-28|1997-05-02|John Major/-|John Major/-|Джон Мейджор/Мейджор|
GBR|GOV|head_of_government|1997-05-02|2007-06-27|Tony Blair/Blair|Tony Blair/Blair|Тони Блэр/Блэр|
GBR|GOV|head_of_government|2007-06-27|2010-05-11|Gordon Brown/-|Gordon Brown/-|Гордон Браун/-|
ITA|GOV|head_of_government|2001-06-11|2006-05-17|Silvio Berlusconi/Berlusconi|Silvio Berlusconi/Berlusconi|Сильвио Берлускони/Берлускони|also 1994-95, 2008-11
ESP|GOV|head_of_government|1982-12-02|1996-05-05|Felipe Gonzalez/-/Felipe González|Felipe González/-|Фелипе Гонсалес/-|
ESP|GOV|head_of_government|1996-05-05|2004-04-17|Jose Maria Aznar/Aznar/José María Aznar|José María Aznar/Aznar|Хосе Мария Аснар/Аснар|
POL|GOV|head_of_state|1981-10-18|1990-12-22|Wojciech Jaruzelski/Jaruzelski|Wojciech Jaruzelski/Jaruzelski|Войцех Ярузельский/Ярузельский|
POL|GOV|head_of_state|1990-12-22|1995-12-22|Lech Walesa/Walesa/Lech Wałęsa/Wałęsa|Lech Wałęsa/Wałęsa/Lech Walesa/Walesa|Лех Валенса/Валенса|
CZE|GOV|head_of_state|1989-12-29|2003-02-02|Vaclav Havel/Havel/Václav Havel|Václav Havel/Havel|Вацлав Гавел/Гавел|
ROU|GOV|head_of_state|1965-03-22|1989-12-22|Nicolae Ceausescu/Ceausescu/Nicolae Ceaușescu/Ceaușescu|Nicolae Ceaușescu/Ceaușescu/Nicolae Ceausescu/Ceausescu|Николае Чаушеску/Чаушеску|
ROU|GOV|head_of_state|1989-12-22|1996-11-29|Ion Iliescu/Iliescu|Ion Iliescu/Iliescu|Ион Илиеску/Илиеску|also 2000-2004
BGR|GOV|head_of_state|1954-03-04|1989-11-10|Todor Zhivkov/Zhivkov|Todor Schiwkow/Schiwkow|Тодор Живков/Живков|
ALB|GOV|head_of_state|1992-04-09|1997-07-24|Sali Berisha/Berisha|Sali Berisha/Berisha|Сали Бериша/Бериша|
TUR|GOV|head_of_state|1989-11-09|1993-04-17|Turgut Ozal/Ozal/Turgut Özal/Özal|Turgut Özal/Özal|Тургут Озал/Озал|PM 1983-1989
TUR|GOV|head_of_state|1993-05-16|2000-05-16|Suleyman Demirel/Demirel/Süleyman Demirel|Süleyman Demirel/Demirel|Сулейман Демирель/Демирель|
TUR|GOV|head_of_government|1999-01-11|2002-11-18|Bulent Ecevit/Ecevit/Bülent Ecevit|Bülent Ecevit/Ecevit|Бюлент Эджевит/Эджевит|
TUR|GOV|head_of_government|1993-06-25|1996-03-06|Tansu Ciller/Ciller/Tansu Çiller/Çiller|Tansu Çiller/Çiller|Тансу Чиллер/Чиллер|
GRC|GOV|head_of_government|1981-10-21|1989-07-02|Andreas Papandreou/-|Andreas Papandreou/-|Андреас Папандреу/-|also 1993-1996
ISR|GOV|head_of_government|1992-07-13|1995-11-04|Yitzhak Rabin/Rabin|Jitzchak Rabin/Rabin|Ицхак Рабин/Рабин|also 1974-1977
ISR|GOV|head_of_government|1986-10-20|1992-07-13|Yitzhak Shamir/Shamir|Jitzchak Schamir/Schamir|Ицхак Шамир/Шамир|
ISR|GOV|head_of_government|1995-11-04|1996-06-18|Shimon Peres/Peres|Schimon Peres/Peres|Шимон Перес/Перес|President 2007-2014
ISR|GOV|head_of_government|1999-07-06|2001-03-07|Ehud Barak/-|Ehud Barak/-|Эхуд Барак/-|
ISR|GOV|head_of_government|2001-03-07|2006-04-14|Ariel Sharon/Sharon|Ariel Scharon/Scharon/Ariel Sharon/Sharon|Ариэль Шарон/Шарон|
ISR|GOV|head_of_government|2006-04-14|2009-03-31|Ehud Olmert/Olmert|Ehud Olmert/Olmert|Эхуд Ольмерт/Ольмерт|
ISR|GOV|head_of_government|1977-06-20|1983-10-10|Menachem Begin/-|Menachem Begin/-|Менахем Бегин/Бегин|
PSE|GOV|head_of_state|1994-07-05|2004-11-11|Yasser Arafat/Arafat/Yasir Arafat|Jassir Arafat/Arafat/Jasir Arafat|Ясир Арафат/Арафат|PLO chairman from 1969
PSE|GOV|head_of_state|2005-01-15||Mahmoud Abbas/-/Abu Mazen|Mahmud Abbas/-/Abu Mazen|Махмуд Аббас/-|
PSE|REB|hamas_leader|1987-12-01|2004-03-22|Ahmed Yassin/Yassin/Sheikh Ahmed Yassin|Ahmed Jassin/Jassin|Ахмед Ясин/Ясин|
LBN|REB|hezbollah_leader|1992-02-16|2024-09-27|Hassan Nasrallah/Nasrallah|Hassan Nasrallah/Nasrallah|Хасан Насралла/Насралла|
EGY|GOV|head_of_state|1981-10-14|2011-02-11|Hosni Mubarak/Mubarak|Husni Mubarak/Mubarak|Хосни Мубарак/Мубарак|
EGY|GOV|head_of_state|1970-10-15|1981-10-06|Anwar Sadat/Sadat/Anwar el-Sadat|Anwar as-Sadat/Sadat|Анвар Садат/Садат|
EGY|GOV|foreign_minister|1991-05-20|2001-05-14|Amr Moussa/Moussa|Amr Mussa/Mussa|Амр Муса/-|Arab League secretary-general 2001-2011
IGO|IGO|secretary_general|1979-07-01|1990-09-03|Chedli Klibi/Klibi|Chedli Klibi/Klibi|Шедли Клиби/Клиби|Arab League secretary-general
SYR|GOV|head_of_state|1971-03-14|2000-06-10|Hafez al-Assad/-/Hafez Assad|Hafis al-Assad/-|Хафез Асад/-|
IRQ|GOV|head_of_state|1979-07-16|2003-04-09|Saddam Hussein/Saddam|Saddam Hussein/Saddam|Саддам Хусейн/Саддам|
IRQ|GOV|foreign_minister|1983-01-01|1991-03-23|Tariq Aziz/-|Tarik Asis/-|Тарик Азиз/-|deputy PM until 2003; dates approx.
IRN|GOV|supreme_leader|1979-02-11|1989-06-03|Ayatollah Khomeini/Khomeini/Ruhollah Khomeini|Ajatollah Chomeini/Chomeini|аятолла Хомейни/Хомейни|
IRN|GOV|head_of_state|1989-08-03|1997-08-03|Akbar Hashemi Rafsanjani/Rafsanjani/Hashemi Rafsanjani|Akbar Haschemi Rafsandschani/Rafsandschani|Акбар Хашеми Рафсанджани/Рафсанджани|
IRN|GOV|head_of_state|1997-08-03|2005-08-03|Mohammad Khatami/Khatami|Mohammed Chatami/Chatami|Мохаммад Хатами/-|
IRN|GOV|head_of_state|2005-08-03|2013-08-03|Mahmoud Ahmadinejad/Ahmadinejad|Mahmud Ahmadinedschad/Ahmadinedschad|Махмуд Ахмадинежад/Ахмадинежад|
LBY|GOV|head_of_state|1969-09-01|2011-10-20|Muammar Gaddafi/Gaddafi/Moammar Gadhafi/Gadhafi/Muammar Qaddafi/Qaddafi/Kadhafi|Muammar al-Gaddafi/Gaddafi|Муаммар Каддафи/Каддафи|
JOR|GOV|head_of_state|1952-08-11|1999-02-07|King Hussein/-|König Hussein/-|король Хусейн/-|
MAR|GOV|head_of_state|1961-03-03|1999-07-23|King Hassan/-/Hassan II|König Hassan/-/Hassan II.|король Хасан II/-|
SAU|GOV|head_of_state|1982-06-13|2005-08-01|King Fahd/-|König Fahd/-|король Фахд/-|
TUN|GOV|head_of_state|1987-11-07|2011-01-14|Zine El Abidine Ben Ali/Ben Ali|Zine el-Abidine Ben Ali/Ben Ali|Зин эль-Абидин Бен Али/Бен Али|
DZA|GOV|head_of_state|1999-04-27|2019-04-02|Abdelaziz Bouteflika/Bouteflika|Abd al-Aziz Bouteflika/Bouteflika|Абдельазиз Бутефлика/Бутефлика|
SDN|GOV|head_of_state|1989-06-30|2019-04-11|Omar al-Bashir/Bashir/Omar Hassan al-Bashir/al-Bashir|Omar al-Baschir/Baschir/al-Baschir|Омар аль-Башир/Башир|
SDN|REB|splm_leader|1983-07-01|2005-07-30|John Garang/Garang|John Garang/Garang|Джон Гаранг/Гаранг|SPLM/A leader
ETH|GOV|head_of_government|1991-05-28|2012-08-20|Meles Zenawi/Meles|Meles Zenawi/Meles|Мелес Зенауи/Зенауи|
ERI|GOV|head_of_state|1993-05-24||Isaias Afwerki/Afwerki|Isayas Afewerki/Afewerki|Исайяс Афеворки/Афеворки|
KEN|GOV|head_of_state|1978-08-22|2002-12-30|Daniel arap Moi/-/Daniel Arap Moi|Daniel arap Moi/-|Даниэль арап Мои/-|
UGA|GOV|head_of_state|1986-01-29||Yoweri Museveni/Museveni|Yoweri Museveni/Museveni|Йовери Мусевени/Мусевени|
RWA|GOV|head_of_state|2000-03-24||Paul Kagame/Kagame|Paul Kagame/Kagame|Поль Кагаме/Кагаме|
RWA|GOV|head_of_state|1973-07-05|1994-04-06|Juvenal Habyarimana/Habyarimana/Juvénal Habyarimana|Juvénal Habyarimana/Habyarimana|Жювеналь Хабиаримана/Хабиаримана|
COD|GOV|head_of_state|1965-11-24|1997-05-16|Mobutu Sese Seko/Mobutu|Mobutu Sese Seko/Mobutu|Мобуту Сесе Секо/Мобуту|
COD|GOV|head_of_state|1997-05-17|2001-01-16|Laurent Kabila/-/Laurent-Desire Kabila|Laurent-Désiré Kabila/-|Лоран Кабила/-|
COD|GOV|head_of_state|2001-01-26|2019-01-24|Joseph Kabila/Kabila|Joseph Kabila/Kabila|Жозеф Кабила/Кабила|
AGO|GOV|head_of_state|1979-09-21|2017-09-26|Jose Eduardo dos Santos/dos Santos/José Eduardo dos Santos|José Eduardo dos Santos/dos Santos|Жозе Эдуарду душ Сантуш/душ Сантуш|
AGO|REB|unita_leader|1966-03-13|2002-02-22|Jonas Savimbi/Savimbi|Jonas Savimbi/Savimbi|Жонас Савимби/Савимби|
ZWE|GOV|head_of_state|1980-04-18|2017-11-21|Robert Mugabe/Mugabe|Robert Mugabe/Mugabe|Роберт Мугабе/Мугабе|PM 1980-1987, President 1987-2017
ZWE|OPP|opposition_leader|1999-09-01|2018-02-14|Morgan Tsvangirai/Tsvangirai|Morgan Tsvangirai/Tsvangirai|Морган Цвангираи/Цвангираи|
ZAF|GOV|head_of_state|1994-05-10|1999-06-14|Nelson Mandela/Mandela|Nelson Mandela/Mandela|Нельсон Мандела/Мандела|
ZAF|GOV|head_of_state|1989-08-15|1994-05-10|F.W. de Klerk/de Klerk/Frederik Willem de Klerk/F. W. de Klerk|Frederik Willem de Klerk/de Klerk|Фредерик де Клерк/де Клерк|
ZAF|GOV|head_of_state|1999-06-14|2008-09-24|Thabo Mbeki/Mbeki|Thabo Mbeki/Mbeki|Табо Мбеки/Мбеки|
NGA|GOV|head_of_state|1999-05-29|2007-05-29|Olusegun Obasanjo/Obasanjo|Olusegun Obasanjo/Obasanjo|Олусегун Обасанджо/Обасанджо|
NGA|GOV|head_of_state|1993-11-17|1998-06-08|Sani Abacha/Abacha|Sani Abacha/Abacha|Сани Абача/Абача|
CIV|GOV|head_of_state|2000-10-26|2011-04-11|Laurent Gbagbo/Gbagbo|Laurent Gbagbo/Gbagbo|Лоран Гбагбо/Гбагбо|
CIV|GOV|head_of_state|1960-08-07|1993-12-07|Felix Houphouet-Boigny/Houphouet-Boigny/Félix Houphouët-Boigny/Houphouët-Boigny|Félix Houphouët-Boigny/Houphouët-Boigny|Феликс Уфуэ-Буаньи/Уфуэ-Буаньи|
LBR|GOV|head_of_state|1997-08-02|2003-08-11|Charles Taylor/-|Charles Taylor/-|Чарльз Тейлор/-|
SLE|REB|ruf_leader|1991-03-23|2000-05-17|Foday Sankoh/Sankoh|Foday Sankoh/Sankoh|Фоде Санко/Санко|RUF leader
SLE|GOV|head_of_state|1996-03-29|2007-09-17|Ahmad Tejan Kabbah/Kabbah|Ahmad Tejan Kabbah/Kabbah|Ахмад Теджан Кабба/Кабба|ousted 1997-1998
GHA|GOV|head_of_state|1981-12-31|2001-01-07|Jerry Rawlings/Rawlings|Jerry Rawlings/Rawlings|Джерри Роулингс/Роулингс|
TZA|GOV|head_of_state|1964-04-26|1985-11-05|Julius Nyerere/Nyerere|Julius Nyerere/Nyerere|Джулиус Ньерере/Ньерере|
ZMB|GOV|head_of_state|1964-10-24|1991-11-02|Kenneth Kaunda/Kaunda|Kenneth Kaunda/Kaunda|Кеннет Каунда/Каунда|
TCD|GOV|head_of_state|1990-12-02|2021-04-20|Idriss Deby/Deby/Idriss Déby/Déby|Idriss Déby/Déby|Идрис Деби/Деби|
BFA|GOV|head_of_state|1987-10-15|2014-10-31|Blaise Compaore/Compaore/Blaise Compaoré/Compaoré|Blaise Compaoré/Compaoré|Блез Компаоре/Компаоре|
PAK|GOV|head_of_state|1978-09-16|1988-08-17|Zia-ul-Haq/-/Zia ul-Haq/Mohammad Zia-ul-Haq|Zia-ul-Haq/-/Mohammed Zia-ul-Haq|Зия-уль-Хак/-|
PAK|GOV|head_of_state|2001-06-20|2008-08-18|Pervez Musharraf/Musharraf|Pervez Musharraf/Musharraf|Первез Мушарраф/Мушарраф|chief executive from 1999-10-12
PAK|GOV|head_of_government|1993-10-19|1996-11-05|Benazir Bhutto/-|Benazir Bhutto/-|Беназир Бхутто/Бхутто|also 1988-1990
PAK|GOV|head_of_government|1997-02-17|1999-10-12|Nawaz Sharif/-|Nawaz Sharif/-|Наваз Шариф/-|also 1990-93, 2013-17
IND|GOV|head_of_government|1984-10-31|1989-12-02|Rajiv Gandhi/-|Rajiv Gandhi/-|Раджив Ганди/-|
IND|GOV|head_of_government|1998-03-19|2004-05-22|Atal Bihari Vajpayee/Vajpayee|Atal Bihari Vajpayee/Vajpayee|Атал Бихари Ваджпаи/Ваджпаи|
IND|GOV|head_of_government|2004-05-22|2014-05-26|Manmohan Singh/-|Manmohan Singh/-|Манмохан Сингх/-|
AFG|GOV|head_of_state|2001-12-22|2014-09-29|Hamid Karzai/Karzai|Hamid Karzai/Karzai|Хамид Карзай/Карзай|
AFG|GOV|head_of_state|1987-09-30|1992-04-16|Mohammad Najibullah/Najibullah|Mohammed Nadschibullah/Nadschibullah|Мухаммад Наджибулла/Наджибулла|
AFG|REB|taliban_leader|1994-09-01|2013-04-23|Mullah Omar/-/Mullah Mohammad Omar|Mullah Omar/-|мулла Омар/-|
IMG|REB|al_qaeda_leader|1988-08-11|2011-05-02|Osama bin Laden/bin Laden/Usama bin Laden|Osama bin Laden/bin Laden|Усама бен Ладен/бен Ладен|
TUR|REB|pkk_leader|1978-11-27||Abdullah Ocalan/Ocalan/Abdullah Öcalan/Öcalan|Abdullah Öcalan/Öcalan|Абдулла Оджалан/Оджалан|imprisoned since 1999
IDN|GOV|head_of_state|1967-03-12|1998-05-21|Suharto/-/Soeharto|Suharto/-|Сухарто/-|
IDN|GOV|head_of_state|1998-05-21|1999-10-20|B.J. Habibie/Habibie/Bacharuddin Jusuf Habibie|Bacharuddin Jusuf Habibie/Habibie|Бухаруддин Юсуф Хабиби/Хабиби|
IDN|GOV|head_of_state|2001-07-23|2004-10-20|Megawati Sukarnoputri/Megawati|Megawati Sukarnoputri/Megawati|Мегавати Сукарнопутри/Мегавати|
PHL|GOV|head_of_state|1965-12-30|1986-02-25|Ferdinand Marcos/-|Ferdinand Marcos/-|Фердинанд Маркос/-|
PHL|GOV|head_of_state|1986-02-25|1992-06-30|Corazon Aquino/-|Corazon Aquino/-|Корасон Акино/-|
PHL|GOV|head_of_state|2001-01-20|2010-06-30|Gloria Macapagal Arroyo/Arroyo/Gloria Arroyo|Gloria Macapagal-Arroyo/Arroyo|Глория Макапагал-Арройо/Арройо|
MYS|GOV|head_of_government|1981-07-16|2003-10-31|Mahathir Mohamad/Mahathir|Mahathir Mohamad/Mahathir|Махатхир Мохамад/Махатхир|also 2018-2020
KHM|GOV|head_of_government|1985-01-14|2023-08-22|Hun Sen/-|Hun Sen/-|Хун Сен/-|co-PM 1993-1998
KHM|GOV|head_of_state|1993-09-24|2004-10-07|Norodom Sihanouk/Sihanouk/Prince Sihanouk|Norodom Sihanouk/Sihanouk|Нородом Сианук/Сианук|
MMR|OPP|opposition_leader|1988-09-24|2016-03-30|Aung San Suu Kyi/Suu Kyi|Aung San Suu Kyi/Suu Kyi|Аун Сан Су Чжи/Су Чжи|
CHN|GOV|paramount_leader|1978-12-22|1989-11-09|Deng Xiaoping/Deng|Deng Xiaoping/Deng|Дэн Сяопин/Дэн|
CHN|GOV|head_of_state|1993-03-27|2003-03-15|Jiang Zemin/-|Jiang Zemin/-|Цзян Цзэминь/-|
CHN|GOV|head_of_government|1987-11-24|1998-03-17|Li Peng/-|Li Peng/-|Ли Пэн/-|
CHN|GOV|head_of_state|2003-03-15|2013-03-14|Hu Jintao/-|Hu Jintao/-|Ху Цзиньтао/-|
PRK|GOV|head_of_state|1948-09-09|1994-07-08|Kim Il Sung/-/Kim Il-sung|Kim Il Sung/-|Ким Ир Сен/-|
PRK|GOV|head_of_state|1994-07-08|2011-12-17|Kim Jong Il/-/Kim Jong-il|Kim Jong Il/-|Ким Чен Ир/-|
KOR|GOV|head_of_state|1998-02-25|2003-02-24|Kim Dae-jung/-/Kim Dae Jung|Kim Dae-jung/-|Ким Дэ Чжун/-|
JPN|GOV|head_of_government|1982-11-27|1987-11-06|Yasuhiro Nakasone/Nakasone|Yasuhiro Nakasone/Nakasone|Ясухиро Накасонэ/Накасонэ|
JPN|GOV|head_of_government|2001-04-26|2006-09-26|Junichiro Koizumi/Koizumi|Jun’ichirō Koizumi/Koizumi/Junichiro Koizumi|Дзюнъитиро Коидзуми/Коидзуми|
VNM|GOV|head_of_government|1997-09-25|2006-06-27|Phan Van Khai/-|Phan Văn Khải/-|Фан Ван Кхай/-|
CUB|GOV|head_of_state|1976-12-02|2008-02-24|Fidel Castro/Castro|Fidel Castro/Castro|Фидель Кастро/Кастро|surname also Raúl Castro (president 2008-2018), same state
CUB|GOV|head_of_state|2008-02-24|2018-04-19|Raúl Castro/-/Raul Castro|Raúl Castro/-|Рауль Кастро/-|
VEN|GOV|head_of_state|1999-02-02|2013-03-05|Hugo Chavez/Chavez/Hugo Chávez/Chávez|Hugo Chávez/Chávez|Уго Чавес/Чавес|
CHL|GOV|head_of_state|1973-09-11|1990-03-11|Augusto Pinochet/Pinochet|Augusto Pinochet/Pinochet|Аугусто Пиночет/Пиночет|
PER|GOV|head_of_state|1990-07-28|2000-11-22|Alberto Fujimori/Fujimori|Alberto Fujimori/Fujimori|Альберто Фухимори/Фухимори|
PAN|GOV|military_ruler|1983-08-12|1989-12-20|Manuel Noriega/Noriega/Manuel Antonio Noriega|Manuel Noriega/Noriega|Мануэль Норьега/Норьега|
NIC|GOV|head_of_state|1985-01-10|1990-04-25|Daniel Ortega/-|Daniel Ortega/-|Даниэль Ортега/-|again from 2007
ARG|GOV|head_of_state|1989-07-08|1999-12-10|Carlos Menem/Menem|Carlos Menem/Menem|Карлос Менем/Менем|
BRA|GOV|head_of_state|1995-01-01|2003-01-01|Fernando Henrique Cardoso/Cardoso|Fernando Henrique Cardoso/Cardoso|Фернанду Энрики Кардозу/Кардозу|
COL|GOV|head_of_state|2002-08-07|2010-08-07|Alvaro Uribe/Uribe/Álvaro Uribe|Álvaro Uribe/Uribe|Альваро Урибе/Урибе|
CAN|GOV|head_of_government|1993-11-04|2003-12-12|Jean Chretien/Chretien/Jean Chrétien/Chrétien|Jean Chrétien/Chrétien|Жан Кретьен/Кретьен|
CAN|GOV|head_of_government|1984-09-17|1993-06-25|Brian Mulroney/Mulroney|Brian Mulroney/Mulroney|Брайан Малруни/Малруни|
AUS|GOV|head_of_government|1996-03-11|2007-12-03|John Howard/-|John Howard/-|Джон Говард/-|
UNO|IGO|secretary_general|1982-01-01|1991-12-31|Javier Perez de Cuellar/Perez de Cuellar/Javier Pérez de Cuéllar/Pérez de Cuéllar|Javier Pérez de Cuéllar/Pérez de Cuéllar|Хавьер Перес де Куэльяр/Перес де Куэльяр|
UNO|IGO|secretary_general|1992-01-01|1996-12-31|Boutros Boutros-Ghali/Boutros-Ghali|Boutros Boutros-Ghali/Boutros-Ghali|Бутрос Бутрос-Гали/Бутрос-Гали|
UNO|IGO|secretary_general|1997-01-01|2006-12-31|Kofi Annan/Annan|Kofi Annan/Annan|Кофи Аннан/Аннан|
UNO|IGO|secretary_general|2007-01-01|2016-12-31|Ban Ki-moon/-/Ban Ki Moon|Ban Ki-moon/-|Пан Ги Мун/-|
UNO|IGO|un_mediator|1981-01-01|1988-12-31|Diego Cordovez/Cordovez|Diego Cordovez/Cordovez|Диего Кордовес/Кордовес|UN mediator for Afghanistan; dates approx.
IGO|IGO|secretary_general|1995-12-05|1999-10-06|Javier Solana/Solana|Javier Solana/Solana|Хавьер Солана/Солана|NATO secretary-general
EUR|IGO|high_representative|1999-10-18|2009-12-01|Javier Solana/Solana|Javier Solana/Solana|Хавьер Солана/Солана|EU high representative
EUR|IGO|commission_president|1985-01-07|1995-01-24|Jacques Delors/Delors|Jacques Delors/Delors|Жак Делор/Делор|
# --- further ministers and leaders of the 1980s-2000s (second batch)
USA|MIL|defence_minister|1981-01-21|1987-11-23|Caspar Weinberger/Weinberger|Caspar Weinberger/Weinberger|Каспар Уайнбергер/Уайнбергер|
USA|MIL|defence_minister|1989-03-21|1993-01-20|Dick Cheney/Cheney|Dick Cheney/Cheney|Дик Чейни/Чейни|Vice President 2001-2009
USA|MIL|defence_minister|1994-02-03|1997-01-24|William Perry/-|William Perry/-|Уильям Перри/-|
USA|MIL|defence_minister|1997-01-24|2001-01-20|William Cohen/-|William Cohen/-|Уильям Коэн/-|
USA|GOV|foreign_minister|1981-01-22|1982-07-05|Alexander Haig/Haig|Alexander Haig/Haig|Александр Хейг/Хейг|
USA|GOV|foreign_minister|1973-09-22|1977-01-20|Henry Kissinger/Kissinger|Henry Kissinger/Kissinger|Генри Киссинджер/Киссинджер|
USA|GOV|vice_president|1993-01-20|2001-01-20|Al Gore/-|Al Gore/-|Альберт Гор/-|
USA|GOV|special_envoy|1994-09-01|2001-01-20|Richard Holbrooke/Holbrooke|Richard Holbrooke/Holbrooke|Ричард Холбрук/Холбрук|Balkans envoy, UN ambassador 1999-2001; dates approx.
USA|GOV|administrator_iraq|2003-05-11|2004-06-28|Paul Bremer/Bremer/L. Paul Bremer|Paul Bremer/Bremer|Пол Бремер/Бремер|Coalition Provisional Authority
GBR|GOV|foreign_minister|1983-06-11|1989-07-24|Geoffrey Howe/-|Geoffrey Howe/-|Джеффри Хау/Хау|
GBR|GOV|foreign_minister|1989-10-26|1995-07-05|Douglas Hurd/Hurd|Douglas Hurd/Hurd|Дуглас Херд/Херд|
GBR|GOV|foreign_minister|1995-07-05|1997-05-02|Malcolm Rifkind/Rifkind|Malcolm Rifkind/Rifkind|Малькольм Рифкинд/Рифкинд|
GBR|GOV|foreign_minister|1997-05-02|2001-06-08|Robin Cook/-|Robin Cook/-|Робин Кук/-|
GBR|GOV|foreign_minister|2001-06-08|2006-05-05|Jack Straw/-|Jack Straw/-|Джек Стро/Стро|
GBR|GOV|foreign_minister|2007-06-28|2010-05-11|David Miliband/Miliband|David Miliband/Miliband|Дэвид Милибэнд/Милибэнд|
GBR|MIL|defence_minister|1989-07-24|1992-04-10|Tom King/-|Tom King/-|Том Кинг/-|
GBR|MIL|defence_minister|1999-10-11|2005-05-06|Geoff Hoon/Hoon|Geoff Hoon/Hoon|Джефф Хун/Хун|
FRA|GOV|foreign_minister|1988-05-12|1993-03-29|Roland Dumas/Dumas|Roland Dumas/Dumas|Ролан Дюма/Дюма|
FRA|GOV|head_of_government|1995-05-17|1997-06-02|Alain Juppé/Juppé/Alain Juppe/Juppe|Alain Juppé/Juppé|Ален Жюппе/Жюппе|foreign minister 1993-1995
FRA|GOV|foreign_minister|1997-06-04|2002-05-06|Hubert Védrine/Védrine/Hubert Vedrine/Vedrine|Hubert Védrine/Védrine|Юбер Ведрин/Ведрин|
FRA|GOV|foreign_minister|2002-05-07|2004-03-31|Dominique de Villepin/de Villepin/Villepin|Dominique de Villepin/de Villepin/Villepin|Доминик де Вильпен/де Вильпен/Вильпен|prime minister 2005-2007
FRA|GOV|head_of_government|1984-07-17|1986-03-20|Laurent Fabius/Fabius|Laurent Fabius/Fabius|Лоран Фабиус/Фабиус|foreign minister 2012-2016
FRA|GOV|head_of_government|1988-05-10|1991-05-15|Michel Rocard/Rocard|Michel Rocard/Rocard|Мишель Рокар/Рокар|
FRA|GOV|head_of_government|1993-03-29|1995-05-10|Edouard Balladur/Balladur/Édouard Balladur|Édouard Balladur/Balladur|Эдуар Балладюр/Балладюр|
FRA|GOV|foreign_minister|2007-05-18|2010-11-13|Bernard Kouchner/Kouchner|Bernard Kouchner/Kouchner|Бернар Кушнер/Кушнер|
DEU|GOV|head_of_state|1984-07-01|1994-06-30|Richard von Weizsäcker/von Weizsäcker/Richard von Weizsaecker/Weizsäcker|Richard von Weizsäcker/von Weizsäcker/Weizsäcker|Рихард фон Вайцзеккер/фон Вайцзеккер|
DEU|GOV|head_of_state|1994-07-01|1999-06-30|Roman Herzog/-|Roman Herzog/-|Роман Херцог/-|
DEU|GOV|head_of_government|1974-05-16|1982-10-01|Helmut Schmidt/-|Helmut Schmidt/-|Гельмут Шмидт/-|
DEU|MIL|defence_minister|1998-10-27|2002-07-18|Rudolf Scharping/Scharping|Rudolf Scharping/Scharping|Рудольф Шарпинг/Шарпинг|
DEU|MIL|defence_minister|1992-04-01|1998-10-26|Volker Rühe/Rühe/Volker Ruehe/Ruehe|Volker Rühe/Rühe|Фолькер Рюэ/Рюэ|
DEU|GOV|foreign_minister|2005-11-22|2009-10-28|Frank-Walter Steinmeier/Steinmeier|Frank-Walter Steinmeier/Steinmeier|Франк-Вальтер Штайнмайер/Штайнмайер|
DEU|GOV|head_of_state|1989-10-18|1989-12-06|Egon Krenz/Krenz|Egon Krenz/Krenz|Эгон Кренц/Кренц|GDR leader
IGO|IGO|secretary_general|1988-07-01|1994-08-13|Manfred Wörner/Wörner/Manfred Woerner/Woerner|Manfred Wörner/Wörner|Манфред Вёрнер/Вёрнер|NATO secretary-general
IGO|IGO|secretary_general|1999-10-14|2003-12-31|George Robertson/-/Lord Robertson|George Robertson/-|Джордж Робертсон/Робертсон|NATO secretary-general
IGO|IGO|secretary_general|2004-01-01|2009-07-31|Jaap de Hoop Scheffer/de Hoop Scheffer|Jaap de Hoop Scheffer/de Hoop Scheffer|Яап де Хоп Схеффер/де Хоп Схеффер|NATO secretary-general
IGO|IGO|director_general|1981-12-01|1997-11-30|Hans Blix/Blix|Hans Blix/Blix|Ханс Бликс/Бликс|IAEA; UN chief weapons inspector 2000-2003
IGO|IGO|director_general|1997-12-01|2009-11-30|Mohamed ElBaradei/ElBaradei/Mohamed el-Baradei|Mohammed el-Baradei/el-Baradei/ElBaradei|Мохаммед эль-Барадеи/эль-Барадеи/Барадеи|IAEA
EUR|IGO|commission_president|1995-01-23|1999-03-15|Jacques Santer/Santer|Jacques Santer/Santer|Жак Сантер/Сантер|
EUR|IGO|commission_president|1999-09-16|2004-11-21|Romano Prodi/Prodi|Romano Prodi/Prodi|Романо Проди/Проди|Italian prime minister 1996-1998, 2006-2008
ITA|GOV|head_of_government|1996-05-17|1998-10-21|Romano Prodi/Prodi|Romano Prodi/Prodi|Романо Проди/Проди|
ITA|GOV|head_of_government|2006-05-17|2008-05-08|Romano Prodi/Prodi|Romano Prodi/Prodi|Романо Проди/Проди|
EUR|IGO|commission_president|2004-11-22|2014-10-31|José Manuel Barroso/Barroso/Jose Manuel Barroso|José Manuel Barroso/Barroso|Жозе Мануэл Баррозу/Баррозу|
RUS|MIL|defence_minister|1992-05-18|1996-06-17|Pavel Grachev/Grachev|Pawel Gratschow/Gratschow|Павел Грачёв/Грачёв|
RUS|GOV|head_of_government|2000-05-17|2004-02-24|Mikhail Kasyanov/Kasyanov|Michail Kasjanow/Kasjanow|Михаил Касьянов/Касьянов|
RUS|GOV|head_of_government|1985-09-27|1991-01-14|Nikolai Ryzhkov/Ryzhkov|Nikolai Ryschkow/Ryschkow|Николай Рыжков/Рыжков|Soviet prime minister
RUS|REB|chechen_leader|1991-11-09|1996-04-21|Dzhokhar Dudayev/Dudayev|Dschochar Dudajew/Dudajew|Джохар Дудаев/Дудаев|Chechen separatist leader
RUS|REB|chechen_leader|1997-02-12|2005-03-08|Aslan Maskhadov/Maskhadov|Aslan Maschadow/Maschadow|Аслан Масхадов/Масхадов|Chechen separatist leader
RUS|REB|chechen_commander|1991-01-01|2006-07-10|Shamil Basayev/Basayev|Schamil Bassajew/Bassajew|Шамиль Басаев/Басаев|Chechen rebel commander; from approx.
CHN|GOV|foreign_minister|1988-04-09|1998-03-18|Qian Qichen/-|Qian Qichen/-|Цянь Цичэнь/-|
CHN|GOV|head_of_government|1998-03-17|2003-03-16|Zhu Rongji/-|Zhu Rongji/-|Чжу Жунцзи/-|
CHN|GOV|head_of_government|2003-03-16|2013-03-15|Wen Jiabao/-|Wen Jiabao/-|Вэнь Цзябао/-|
CHN|GOV|head_of_government|1980-09-10|1987-11-24|Zhao Ziyang/-|Zhao Ziyang/-|Чжао Цзыян/-|
JPN|GOV|head_of_government|1989-08-10|1991-11-05|Toshiki Kaifu/Kaifu|Toshiki Kaifu/Kaifu|Тосики Кайфу/-|
JPN|GOV|head_of_government|1991-11-05|1993-08-09|Kiichi Miyazawa/Miyazawa|Kiichi Miyazawa/Miyazawa|Киити Миядзава/Миядзава|
JPN|GOV|head_of_government|1994-06-30|1996-01-11|Tomiichi Murayama/Murayama|Tomiichi Murayama/Murayama|Томиити Мураяма/Мураяма|
JPN|GOV|head_of_government|1996-01-11|1998-07-30|Ryutaro Hashimoto/Hashimoto|Ryūtarō Hashimoto/Hashimoto/Ryutaro Hashimoto|Рютаро Хасимото/Хасимото|
JPN|GOV|head_of_government|1998-07-30|2000-04-05|Keizo Obuchi/Obuchi|Keizō Obuchi/Obuchi/Keizo Obuchi|Кэйдзо Обути/Обути|
ISR|MIL|defence_minister|1990-06-11|1992-07-13|Moshe Arens/Arens|Mosche Arens/Arens|Моше Аренс/Аренс|foreign minister 1988-1990
PSE|GOV|head_of_government|2006-03-29|2007-06-14|Ismail Haniyeh/Haniyeh/Ismail Haniya/Haniya|Ismail Hanija/Hanija/Ismail Haniyeh/Haniyeh|Исмаил Хания/Хания|Hamas leader
PSE|GOV|head_of_government|2003-10-07|2006-03-29|Ahmed Qurei/Qurei/Abu Ala/Ahmed Qureia/Qureia|Ahmed Kurei/Kurei/Abu Ala|Ахмед Куреи/Куреи/Абу Аля|
PSE|REB|hamas_leader|1996-01-01|2017-05-06|Khaled Meshaal/Meshaal/Khaled Mashaal/Mashaal/Khaled Mashal|Chalid Maschal/Maschal|Халед Машаль/Машаль|Hamas political bureau head; from approx.
QAT|GOV|head_of_state|1995-06-27|2013-06-25|Hamad bin Khalifa al-Thani/-/Sheikh Hamad bin Khalifa al-Thani/Hamad bin Khalifa Al Thani/Sheikh Hamad bin Khalifa|Hamad bin Chalifa Al Thani/-/Scheich Hamad bin Chalifa Al Thani|Хамад бен Халифа Аль Тани/-|emir
ARE|GOV|head_of_state|1971-12-02|2004-11-02|Sheikh Zayed bin Sultan al-Nahyan/-/Sheikh Zayed/Zayed bin Sultan Al Nahyan|Scheich Zayid bin Sultan Al Nahyan/-/Scheich Zayid|шейх Заид бен Султан Аль Нахайян/-/шейх Заид|
JOR|GOV|head_of_state|1999-02-07||King Abdullah II/-/Abdullah II|König Abdullah II./-/Abdullah II.|король Абдалла II/-/Абдалла II|
YEM|GOV|head_of_state|1990-05-22|2012-02-27|Ali Abdullah Saleh/-|Ali Abdullah Salih/-/Ali Abdullah Saleh|Али Абдалла Салех/-|North Yemen from 1978
IRQ|GOV|head_of_government|2004-06-28|2005-05-03|Iyad Allawi/Allawi|Ijad Allawi/Allawi|Айяд Аляуи/Аляуи|
IRQ|GOV|head_of_government|2006-05-20|2014-09-08|Nouri al-Maliki/al-Maliki/Nuri al-Maliki/Maliki|Nuri al-Maliki/al-Maliki/Maliki|Нури аль-Малики/аль-Малики/Малики|
IRQ|GOV|head_of_state|2005-04-07|2014-07-24|Jalal Talabani/Talabani|Dschalal Talabani/Talabani|Джаляль Талабани/Талабани|PUK leader
IRQ|OPP|kdp_leader|1979-03-01||Masoud Barzani/Barzani|Masud Barzani/Barzani|Масуд Барзани/Барзани|KDP leader, Kurdistan Region president 2005-2017
IMG|REB|aqi_leader|2004-10-17|2006-06-07|Abu Musab al-Zarqawi/al-Zarqawi/Zarqawi|Abu Musab al-Sarkawi/al-Sarkawi/Sarkawi|Абу Мусаб аз-Заркави/аз-Заркави/Заркави|al-Qaeda in Iraq
IMG|REB|al_qaeda_leader|2011-06-16|2022-07-31|Ayman al-Zawahiri/al-Zawahiri/Zawahiri|Aiman al-Sawahiri/al-Sawahiri/Sawahiri|Айман аз-Завахири/аз-Завахири/Завахири|deputy leader from 1998
LBN|GOV|head_of_state|1989-11-24|1998-11-24|Elias Hrawi/Hrawi|Elias Hrawi/Hrawi|Ильяс Храуи/Храуи|
LBN|GOV|head_of_state|1998-11-24|2007-11-23|Emile Lahoud/Lahoud|Émile Lahoud/Lahoud|Эмиль Лахуд/Лахуд|
LBN|GOV|head_of_government|1992-10-31|1998-12-02|Rafik Hariri/Hariri/Rafic Hariri|Rafik al-Hariri/Hariri|Рафик Харири/Харири|also 2000-2004
LBN|MIL|army_commander|1984-06-23|1990-10-13|Michel Aoun/Aoun|Michel Aoun/Aoun|Мишель Аун/Аун|head of military government 1988-1990; president 2016-2022
ZMB|GOV|head_of_state|2002-01-02|2008-08-19|Levy Mwanawasa/Mwanawasa|Levy Mwanawasa/Mwanawasa|Леви Мванаваса/Мванаваса|
ZMB|GOV|head_of_state|1991-11-02|2002-01-02|Frederick Chiluba/Chiluba|Frederick Chiluba/Chiluba|Фредерик Чилуба/Чилуба|
MOZ|GOV|head_of_state|1986-11-06|2005-02-02|Joaquim Chissano/Chissano|Joaquim Chissano/Chissano|Жоакин Чиссано/Чиссано|
NAM|GOV|head_of_state|1990-03-21|2005-03-21|Sam Nujoma/Nujoma|Sam Nujoma/Nujoma|Сэм Нуйома/Нуйома|
KEN|GOV|head_of_state|2002-12-30|2013-04-09|Mwai Kibaki/Kibaki|Mwai Kibaki/Kibaki|Мваи Кибаки/Кибаки|
BDI|GOV|head_of_state|1996-07-25|2003-04-30|Pierre Buyoya/Buyoya|Pierre Buyoya/Buyoya|Пьер Буйоя/Буйоя|also 1987-1993
CIV|GOV|head_of_state|2010-12-04||Alassane Ouattara/Ouattara|Alassane Ouattara/Ouattara|Алассан Уаттара/Уаттара|
CIV|GOV|head_of_state|1993-12-07|1999-12-24|Henri Konan Bedie/Konan Bedie/Henri Konan Bédié/Bédié|Henri Konan Bédié/Bédié|Анри Конан Бедье/Бедье|
GHA|GOV|head_of_state|2001-01-07|2009-01-07|John Kufuor/Kufuor|John Kufuor/Kufuor|Джон Куфуор/Куфуор|
TCD|GOV|head_of_state|1982-06-07|1990-12-01|Hissene Habre/Habre/Hissène Habré/Habré|Hissène Habré/Habré|Хиссен Хабре/Хабре|
TCD|GOV|head_of_state|1979-11-10|1982-06-07|Goukouni Oueddei/Oueddei|Goukouni Oueddei/Oueddei|Гукуни Уэддей/Уэддей|
NGA|GOV|head_of_state|1985-08-27|1993-08-26|Ibrahim Babangida/Babangida|Ibrahim Babangida/Babangida|Ибрагим Бабангида/Бабангида|
LBR|GOV|head_of_state|2006-01-16|2018-01-22|Ellen Johnson Sirleaf/Johnson Sirleaf/Sirleaf|Ellen Johnson Sirleaf/Johnson Sirleaf|Элен Джонсон-Серлиф/Джонсон-Серлиф|
SEN|GOV|head_of_state|1981-01-01|2000-04-01|Abdou Diouf/Diouf|Abdou Diouf/Diouf|Абду Диуф/Диуф|
SOM|GOV|head_of_state|1969-10-21|1991-01-26|Siad Barre/-/Mohamed Siad Barre|Siad Barre/-|Мохаммед Сиад Барре/Сиад Барре|
SOM|REB|warlord|1991-01-26|1996-08-01|Mohamed Farah Aidid/Aidid|Mohammed Farah Aidid/Aidid|Мохаммед Фарах Айдид/Айдид|
ETH|GOV|head_of_state|1977-02-03|1991-05-21|Mengistu Haile Mariam/Mengistu|Mengistu Haile Mariam/Mengistu|Менгисту Хайле Мариам/Менгисту|
HTI|GOV|head_of_state|2001-02-07|2004-02-29|Jean-Bertrand Aristide/Aristide|Jean-Bertrand Aristide/Aristide|Жан-Бертран Аристид/Аристид|also 1991, 1994-1996
HTI|GOV|head_of_state|1988-09-17|1990-03-10|Prosper Avril/-|Prosper Avril/-|Проспер Авриль/Авриль|
UGA|REB|lra_leader|1987-01-01||Joseph Kony/Kony|Joseph Kony/Kony|Джозеф Кони/-|LRA leader; from approx.
BGD|GOV|head_of_government|1996-06-23|2001-07-15|Sheikh Hasina/Hasina|Sheikh Hasina/Hasina|Шейх Хасина/Хасина|also 2009-2024
LKA|GOV|head_of_state|1994-11-12|2005-11-19|Chandrika Kumaratunga/Kumaratunga|Chandrika Kumaratunga/Kumaratunga|Чандрика Кумаратунга/Кумаратунга|
LKA|REB|ltte_leader|1976-05-05|2009-05-18|Velupillai Prabhakaran/Prabhakaran|Velupillai Prabhakaran/Prabhakaran|Велупиллаи Прабхакаран/Прабхакаран|
LKA|GOV|head_of_state|2005-11-19|2015-01-09|Mahinda Rajapaksa/Rajapaksa|Mahinda Rajapaksa/Rajapaksa|Махинда Раджапакса/Раджапакса|
TWN|GOV|head_of_state|2000-05-20|2008-05-20|Chen Shui-bian/-|Chen Shui-bian/-|Чэнь Шуйбянь/-|
TWN|GOV|head_of_state|1988-01-13|2000-05-20|Lee Teng-hui/-|Lee Teng-hui/-|Ли Дэнхуэй/-|
IDN|GOV|head_of_state|2004-10-20|2014-10-20|Susilo Bambang Yudhoyono/Yudhoyono|Susilo Bambang Yudhoyono/Yudhoyono|Сусило Бамбанг Юдхойоно/Юдхойоно|
IDN|GOV|head_of_state|1999-10-20|2001-07-23|Abdurrahman Wahid/Wahid|Abdurrahman Wahid/Wahid|Абдуррахман Вахид/Вахид|
THA|GOV|head_of_government|2001-02-09|2006-09-19|Thaksin Shinawatra/Thaksin|Thaksin Shinawatra/Thaksin|Таксин Чиннават/Таксин|
AFG|GOV|head_of_state|1992-06-28|2001-12-22|Burhanuddin Rabbani/Rabbani|Burhanuddin Rabbani/Rabbani|Бурхануддин Раббани/Раббани|
AFG|REB|mujahideen_leader|1977-01-01|2016-09-29|Gulbuddin Hekmatyar/Hekmatyar|Gulbuddin Hekmatyar/Hekmatyar|Гульбеддин Хекматияр/Хекматияр|Hezb-e Islami leader; PM 1993-94, 1996; from approx.
MEX|GOV|head_of_state|1988-12-01|1994-11-30|Carlos Salinas de Gortari/Salinas|Carlos Salinas de Gortari/Salinas|Карлос Салинас де Гортари/Салинас|
MEX|GOV|head_of_state|1994-12-01|2000-11-30|Ernesto Zedillo/Zedillo|Ernesto Zedillo/Zedillo|Эрнесто Седильо/Седильо|
COL|GOV|head_of_state|1998-08-07|2002-08-07|Andres Pastrana/Pastrana/Andrés Pastrana|Andrés Pastrana/Pastrana|Андрес Пастрана/Пастрана|
ARG|GOV|head_of_state|1983-12-10|1989-07-08|Raul Alfonsin/Alfonsin/Raúl Alfonsín/Alfonsín|Raúl Alfonsín/Alfonsín|Рауль Альфонсин/Альфонсин|
NIC|GOV|head_of_state|1990-04-25|1997-01-10|Violeta Chamorro/Chamorro|Violeta Chamorro/Chamorro|Виолета Чаморро/Чаморро|
NLD|GOV|foreign_minister|1982-11-04|1993-01-03|Hans van den Broek/van den Broek/Hans Van den Broek/Van den Broek|Hans van den Broek/van den Broek|Ханс ван ден Брук/ван ден Брук|EU commissioner 1993-1999
NLD|GOV|head_of_government|1982-11-04|1994-08-22|Ruud Lubbers/Lubbers|Ruud Lubbers/Lubbers|Рууд Любберс/Любберс|UN refugee commissioner 2001-2005
SWE|GOV|head_of_government|1991-10-04|1994-10-07|Carl Bildt/Bildt|Carl Bildt/Bildt|Карл Бильдт/Бильдт|foreign minister 2006-2014
AUT|GOV|head_of_state|1986-07-08|1992-07-08|Kurt Waldheim/Waldheim|Kurt Waldheim/Waldheim|Курт Вальдхайм/Вальдхайм|UN secretary-general 1972-1981
GRC|GOV|head_of_government|1996-01-22|2004-03-10|Costas Simitis/Simitis|Konstantinos Simitis/Simitis|Костас Симитис/Симитис|
HUN|GOV|head_of_state|1956-10-25|1988-05-22|Janos Kadar/Kadar/János Kádár/Kádár|János Kádár/Kádár|Янош Кадар/Кадар|party leader
CZE|GOV|head_of_state|1975-05-29|1989-12-10|Gustav Husak/Husak/Gustáv Husák/Husák|Gustáv Husák/Husák|Густав Гусак/-|Czechoslovak president
LTU|GOV|head_of_state|1990-03-11|1992-11-25|Vytautas Landsbergis/Landsbergis|Vytautas Landsbergis/Landsbergis|Витаутас Ландсбергис/Ландсбергис|
GEO|GOV|head_of_state|1991-04-14|1992-01-06|Zviad Gamsakhurdia/Gamsakhurdia|Swiad Gamsachurdia/Gamsachurdia|Звиад Гамсахурдия/Гамсахурдия|
AZE|GOV|head_of_state|1992-06-16|1993-09-01|Abulfaz Elchibey/Elchibey|Abülfas Eltschibey/Eltschibey|Абульфаз Эльчибей/Эльчибей|
MDA|GOV|head_of_state|2001-04-07|2009-09-11|Vladimir Voronin/Voronin|Vladimir Voronin/Voronin|Владимир Воронин/Воронин|
MKD|GOV|head_of_state|1991-01-27|1999-11-19|Kiro Gligorov/Gligorov|Kiro Gligorov/Gligorov|Киро Глигоров/Глигоров|
MKD|GOV|head_of_state|1999-12-15|2004-02-26|Boris Trajkovski/Trajkovski|Boris Trajkovski/Trajkovski|Борис Трайковский/Трайковский|
MNE|GOV|head_of_government|1991-02-15|1998-01-15|Milo Djukanovic/Djukanovic/Milo Đukanović/Đukanović|Milo Đukanović/Đukanović/Milo Djukanovic/Djukanovic|Мило Джуканович/Джуканович|later president; in office most years to 2023
XKX|GOV|head_of_state|2002-03-04|2006-01-21|Ibrahim Rugova/Rugova|Ibrahim Rugova/Rugova|Ибрагим Ругова/Ругова|
BIH|REB|bosnian_serb_commander|1992-05-12|1996-11-08|Ratko Mladic/Mladic/Ratko Mladić/Mladić|Ratko Mladić/Mladić/Ratko Mladic/Mladic|Ратко Младич/Младич|
HRV|GOV|head_of_state|2000-02-18|2010-02-18|Stjepan Mesic/Mesic/Stjepan Mesić/Mesić|Stjepan Mesić/Mesić|Стипе Месич/Месич|
SVN|GOV|head_of_state|1991-06-25|2002-12-22|Milan Kucan/Kucan/Milan Kučan/Kučan|Milan Kučan/Kučan|Милан Кучан/Кучан|
SRB|GOV|head_of_state|2004-07-11|2012-04-05|Boris Tadic/Tadic/Boris Tadić/Tadić|Boris Tadić/Tadić|Борис Тадич/Тадич|
"""

if __name__ == "__main__":
    main()
