"""Actor codes of other event datasets → mirrorwatch actors (ISO alpha-3 country + CAMEO sector).

Part of the interop stage: the GDELT, ICEWS and PLOVER importers ask this module what country and
sector an actor of the source dataset is, and the PLOVER/GDELT exporters ask it the way back.
The mappings are data files under ``interop/data/`` (CAMEO country specials and regions, extra
country names, ICEWS sector names, CAMEO/PLOVER sector codes); ISO codes and English country names
come from CLDR through babel, plus the English language pack's aliases.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..ontology import SECTORS

__all__ = [
    "ORG_CODES",
    "CountryCode",
    "cameo_country",
    "cameo_sector",
    "country_from_name",
    "icews_sector",
    "iso3_codes",
    "plover_sector_in",
    "plover_sector_out",
]

#: Codes mirrorwatch keeps in an actor's ``country`` field although they are no state.
ORG_CODES = frozenset({"EUR", "UNO", "IGO"})


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


#: CLDR pseudo-territories (unknown region, EU, UN, eurozone, user-assigned Q*/X*/AA/ZZ) are no states.
_PSEUDO = re.compile(r"^(AA|ZZ|EU|EZ|UN|Q[M-Z]|X[A-JL-Z])$")


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of real territories (CLDR via babel) plus Kosovo's XKX."""
    from babel import Locale
    from babel.core import get_global

    names = Locale("en").territories
    codes = {
        a3
        for a3, targets in get_global("territory_aliases").items()
        if len(a3) == 3 and a3.isalpha() and len(targets) == 1 and targets[0] in names
        and not _PSEUDO.match(targets[0])
    }
    codes.add("XKX")
    return frozenset(codes)


@dataclass(frozen=True, slots=True)
class CountryCode:
    """What a CAMEO actor country code means to mirrorwatch.

    ``country`` is the ISO alpha-3 (or EUR/UNO/IGO) to store, ``None`` when the code names no state;
    ``flag`` is a short note for the event's evidence list (``region:EUR``, ``unknown-country:XYZ``).
    """

    country: str | None
    flag: str | None = None


@lru_cache(maxsize=1)
def _cameo_country_table() -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in _rows("cameo_countries.tsv")}


@lru_cache(maxsize=4096)
def cameo_country(code: str | None) -> CountryCode:
    """Resolve a CAMEO/GDELT actor country code (stray spaces tolerated).

    ISO codes pass through; CAMEO's own state codes (ROM, TMP, ZAR, KOS, ...) become ISO; region codes
    (EUR = Europe, WST, CAU, ...) give no country and a ``region:`` flag; anything else is kept as given
    and flagged ``unknown-country:`` (never dropped).
    """
    c = (code or "").strip().upper()
    if not c or c == "NA":
        return CountryCode(None)
    if c in iso3_codes() or c in ORG_CODES - {"EUR"}:
        return CountryCode(c)
    row = _cameo_country_table().get(c)
    if row is not None:
        if row["kind"] == "alias":
            return CountryCode(row["iso3"])
        if row["kind"] == "region":
            return CountryCode(None, f"region:{c}")
        return CountryCode(row["iso3"] or c)
    return CountryCode(c, f"unknown-country:{c}")


def _norm_name(name: str) -> str:
    # Names differ in accents, case, punctuation and articles across datasets ("Côte d'Ivoire",
    # "Cote d'Ivoire", "the Bahamas"); compare a folded form.
    t = unicodedata.normalize("NFKD", name)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    t = re.sub(r"[^\w]+", " ", t).strip()
    return re.sub(r"^the ", "", t)


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    from babel import Locale
    from babel.core import get_global

    a2_to_a3: dict[str, str] = {}
    for a3, targets in get_global("territory_aliases").items():
        if len(a3) == 3 and a3.isalpha() and len(targets) == 1:
            a2_to_a3.setdefault(targets[0], a3)
    table: dict[str, str] = {}
    for a2, name in Locale("en").territories.items():
        if a2 in a2_to_a3:
            table[_norm_name(name)] = a2_to_a3[a2]
    # The English language pack lists official names and aliases ("Russian Federation"); it belongs
    # to the lang stage, so read it defensively.
    try:
        lang = resources.files("mirrorwatch.lang").joinpath("en", "countries.tsv").read_text(encoding="utf-8")
        lines = [ln for ln in lang.splitlines() if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            if row.get("kind") in ("name", "alias") and row.get("code") and row.get("text"):
                table.setdefault(_norm_name(row["text"]), row["code"])
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        pass
    for row in _rows("country_names.tsv"):
        table[_norm_name(row["name"])] = row["code"]
    return table


@lru_cache(maxsize=4096)
def country_from_name(name: str | None) -> str | None:
    """ISO alpha-3 (or EUR/UNO) of an English country name; an alpha-3 code passes through.

    ``None`` for empty, ``NA`` or unknown names.
    """
    if not name:
        return None
    s = name.strip()
    if not s or s == "NA":
        return None
    if len(s) == 3 and s.isupper() and (s in iso3_codes() or s in ORG_CODES):
        return s
    return _name_table().get(_norm_name(s))


@lru_cache(maxsize=1)
def _sector_tables() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"cameo": {}, "plover": {}}
    for row in _rows("cameo_sectors.tsv"):
        out[row["scheme"]][row["code"]] = row["sector"]
    return out


@lru_cache(maxsize=4096)
def cameo_sector(code: str | None) -> tuple[str | None, str | None]:
    """A CAMEO actor type code (``GOV``, ``INS``, ...) → (mirrorwatch sector, flag or ``None``)."""
    c = (code or "").strip().upper()
    if not c or c == "NA":
        return None, None
    if c in SECTORS:
        return c, None
    mapped = _sector_tables()["cameo"].get(c)
    if mapped is not None:
        return mapped or None, None
    return c, f"unknown-sector:{c}"


@lru_cache(maxsize=4096)
def plover_sector_in(code: str | None) -> tuple[str | None, str | None]:
    """A PLOVER sector code → (mirrorwatch sector, flag). PLOVER's JRN is our MED, its MED our HLH.

    Suffixes some files append for ethnicity or religion (``CVLalb``) are dropped; ``***`` means none.
    """
    c = (code or "").strip()[:3].upper()
    if not c or not c.isalpha():
        return None, None
    table = _sector_tables()["plover"]
    if c in table:
        return table[c] or None, None
    if c in SECTORS:
        return c, None
    return c, f"unknown-sector:{c}"


#: mirrorwatch sector → PLOVER sector (the product brief: MED → JRN; diplomats are GOV in exports).
_PLOVER_OUT = {"MED": "JRN", "HLH": "MED", "DIP": "GOV", "NGO": "SOC"}


def plover_sector_out(sector: str | None) -> str | None:
    """mirrorwatch sector → PLOVER sector code (MED → JRN, HLH → MED, DIP → GOV, NGO → SOC).

    Sectors PLOVER lacks (IGO, ENV) are written as they are, so that a round trip loses nothing.
    """
    if not sector:
        return None
    return _PLOVER_OUT.get(sector, sector)


@lru_cache(maxsize=1)
def _icews_order() -> list[tuple[str, str]]:
    return [(r["icews_sector"].casefold(), r["sector"]) for r in _rows("icews_sectors.tsv")]


@lru_cache(maxsize=8192)
def icews_sector(sectors: str | None) -> str | None:
    """The mirrorwatch sector of an ICEWS actor from its comma-separated sector list.

    The first row of ``data/icews_sectors.tsv`` that the actor has wins (specific before generic);
    ``None`` when no listed sector applies (e.g. only "Parties" or "Ideological").
    """
    if not sectors or sectors == "NA":
        return None
    have = {s.strip().casefold() for s in sectors.split(",")}
    for name, sector in _icews_order():
        if name in have:
            return sector
    return None
