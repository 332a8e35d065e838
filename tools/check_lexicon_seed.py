#!/usr/bin/env python3
"""Validate the actor lexicons in src/mirrorwatch/lang/*/ (countries/people/orgs.tsv).

Checks: header, column count, valid codes (ISO alpha-3 via pycountry/babel, or XKX/EUR/UNO/IGO, NGO for non-governmental and IMG for transnational armed groups),
every UN member has name/adjective/capital/demonym rows per language (documented exceptions
below), no duplicate rows, dates parse with from <= to, no text mapped to two countries
(for people: only when the date ranges overlap), no mixed Latin/Cyrillic words.
Exit status 1 on errors.  Usage: python tools/check_lexicon_seed.py
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG_DIR = ROOT / "src" / "mirrorwatch" / "lang"
EXTRA = {"XKX", "EUR", "UNO", "IGO", "NGO", "IMG", "PSE", "TWN", "VAT", "ESH"}
UN193 = set(["AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE"])
REQUIRED_KINDS = ("name", "adjective", "capital", "demonym")
# documented gaps: the only available word is shared with another state (see '#-' rows)
EXCEPTIONS = {
    ("*", "COG", "adjective"), ("*", "COG", "demonym"),
    ("en", "DMA", "adjective"), ("en", "DMA", "demonym"), ("ru", "DMA", "demonym"),
    ("*", "SYC", "capital"),
}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "DIP", "MED", "BUS", "CVL", "OPP", "REB", "SPY", "EDU", "REL", "IGO", "NGO"}
KINDS = {"name", "alias", "adjective", "demonym", "capital", "metonym"}


def valid_codes() -> set[str]:
    codes = set(EXTRA)
    try:
        import pycountry
        codes |= {c.alpha_3 for c in pycountry.countries}
    except ImportError:
        codes |= UN193
    return codes


def read_tsv(path: Path, header: list[str]):
    lines = path.read_text(encoding="utf-8").splitlines()
    seen_header = False
    for ln, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not seen_header:
            if cols != header:
                yield ln, None, f"bad header {cols}"
            seen_header = True
            continue
        if len(cols) != len(header):
            yield ln, None, f"expected {len(header)} columns, got {len(cols)}: {line!r}"
            continue
        yield ln, dict(zip(header, cols, strict=False)), None


def mixed_script(text: str) -> bool:
    return any(re.search(r"[A-Za-z]", w) and re.search(r"[А-Яа-яЁё]", w) for w in re.findall(r"\w+", text))


def parse_date(s: str):
    return dt.date.fromisoformat(s) if s else None


def main() -> int:
    codes = valid_codes()
    errors, warnings = [], []
    for lang_dir in sorted(p for p in LANG_DIR.iterdir() if p.is_dir() and (p / "countries.tsv").exists()):
        lang = lang_dir.name
        # countries
        have = defaultdict(set)
        text_codes = defaultdict(set)
        seen = set()
        n = 0
        for ln, r, err in read_tsv(lang_dir / "countries.tsv", ["code", "kind", "sector", "text"]):
            where = f"{lang}/countries.tsv:{ln}"
            if err:
                errors.append(f"{where}: {err}")
                continue
            n += 1
            if r["code"] not in codes:
                errors.append(f"{where}: unknown code {r['code']}")
            if r["kind"] not in KINDS:
                errors.append(f"{where}: unknown kind {r['kind']}")
            if (r["kind"] == "metonym") != bool(r["sector"]):
                errors.append(f"{where}: sector must be set exactly for metonyms")
            if r["sector"] and r["sector"] not in SECTORS:
                errors.append(f"{where}: unknown sector {r['sector']}")
            if not r["text"].strip() or r["text"] != r["text"].strip():
                errors.append(f"{where}: empty or padded text")
            if mixed_script(r["text"]):
                errors.append(f"{where}: mixed Latin/Cyrillic in {r['text']!r}")
            key = (r["code"], r["kind"], r["text"])
            if key in seen:
                errors.append(f"{where}: duplicate {key}")
            seen.add(key)
            have[r["code"]].add(r["kind"])
            text_codes[r["text"]].add(r["code"])
        for code in sorted(UN193):
            for kind in REQUIRED_KINDS:
                if kind not in have[code] and ("*", code, kind) not in EXCEPTIONS and (lang, code, kind) not in EXCEPTIONS:
                    errors.append(f"{lang}: {code} has no {kind} row")
        for code in ("XKX", "PSE", "TWN", "VAT"):
            if "name" not in have[code]:
                errors.append(f"{lang}: {code} has no name row")
        # orgs
        no = 0
        for ln, r, err in read_tsv(lang_dir / "orgs.tsv", ["text", "code", "sector", "note"]):
            where = f"{lang}/orgs.tsv:{ln}"
            if err:
                errors.append(f"{where}: {err}")
                continue
            no += 1
            if r["code"] not in codes:
                errors.append(f"{where}: unknown code {r['code']}")
            if r["sector"] not in SECTORS:
                errors.append(f"{where}: unknown sector {r['sector']}")
            if mixed_script(r["text"]):
                errors.append(f"{where}: mixed Latin/Cyrillic in {r['text']!r}")
            # international NGOs (Amnesty, the Red Cross) are international organisations too
            if r["code"] in ("EUR", "UNO", "IGO") and r["sector"] not in ("IGO", "NGO"):
                errors.append(f"{where}: IGO codes need sector IGO (or NGO for an international NGO)")
            key = (r["text"], r["code"], r["sector"])
            if key in seen:
                errors.append(f"{where}: duplicate {key}")
            seen.add(key)
            text_codes[r["text"]].add(r["code"])
        for text, cs in sorted(text_codes.items()):
            if len(cs) > 1:
                errors.append(f"{lang}: text {text!r} maps to several codes {sorted(cs)} (countries/orgs)")
        # people
        np_ = 0
        spans = defaultdict(list)
        pseen = set()
        for ln, r, err in read_tsv(lang_dir / "people.tsv", ["text", "code", "sector", "role", "from", "to", "note"]):
            where = f"{lang}/people.tsv:{ln}"
            if err:
                errors.append(f"{where}: {err}")
                continue
            np_ += 1
            if r["code"] not in codes:
                errors.append(f"{where}: unknown code {r['code']}")
            if r["sector"] not in SECTORS:
                errors.append(f"{where}: unknown sector {r['sector']}")
            if mixed_script(r["text"]):
                errors.append(f"{where}: mixed Latin/Cyrillic in {r['text']!r}")
            try:
                f, t = parse_date(r["from"]), parse_date(r["to"])
                if f is None:
                    errors.append(f"{where}: empty from")
                elif t is not None and t < f:
                    errors.append(f"{where}: to < from")
            except ValueError as e:
                errors.append(f"{where}: bad date ({e})")
                continue
            key = (r["text"], r["code"], r["role"], r["from"])
            if key in pseen:
                errors.append(f"{where}: duplicate {key}")
            pseen.add(key)
            spans[r["text"]].append((r["code"], f, t or dt.date.max))
            if r["text"] in text_codes and r["code"] not in text_codes[r["text"]]:
                warnings.append(f"{where}: person text {r['text']!r} is also a country/org text for {sorted(text_codes[r['text']])}")
        for text, sp in spans.items():
            for i, (c1, f1, t1) in enumerate(sp):
                for c2, f2, t2 in sp[i + 1:]:
                    if c1 != c2 and f1 < t2 and f2 < t1:
                        errors.append(f"{lang}: person text {text!r} maps to {c1} and {c2} in overlapping periods")
        print(f"{lang}: countries.tsv {n} rows, people.tsv {np_} rows, orgs.tsv {no} rows")
    for w in sorted(set(warnings)):
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(set(warnings))} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
