"""Event dates: time expressions found by a per-language regex, resolved against publication (step 8).

``dates.yaml`` lists month words, weekday words, number words and relative expressions. From it
one regex per language finds candidate spans; most are resolved by rule (explicit dates, "am
Donnerstag" = the most recent Thursday on or before publication, "gestern", "вчера"), and the rest
("vor drei Tagen", "two weeks ago", "на прошлой неделе") go to ``dateparser``'s DateDataParser on
the span only, behind an LRU cache, whose ``period`` gives the precision. Running dateparser over
whole sentences is 17 times slower and finds dates in "die" and "so" (DEPENDENCIES.md §7).

Precision follows the annotation rules: a day, or a month for vague spans ("this week",
"Anfang Juni"), a year for a bare year, and ``doc`` when the sentence has no time expression and
the publication date is used.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lang import Lexicon

__all__ = ["DateFinder", "ResolvedDate"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved date: ISO string (YYYY-MM-DD, YYYY-MM or YYYY), precision and the words it came from."""

    date: str | None
    precision: str | None
    span: tuple[int, int] | None = None
    text: str = ""


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class DateFinder:
    """Finds and resolves time expressions of one language (built once per language pack)."""

    def __init__(self, lex: Lexicon) -> None:
        d: dict[str, Any] = lex.dates if isinstance(lex.dates, dict) else {}
        self.lang = lex.lang
        self.months = {str(k).casefold(): int(v) for k, v in (d.get("months") or {}).items()}
        self.weekdays = {str(k).casefold(): int(v) for k, v in (d.get("weekdays") or {}).items()}
        self.numbers = {str(k).casefold(): int(v) for k, v in (d.get("numbers") or {}).items()}
        self.relative: list[tuple[re.Pattern[str], dict[str, Any]]] = []
        for entry in d.get("relative") or []:
            if isinstance(entry, dict) and entry.get("match"):
                self.relative.append((re.compile(str(entry["match"]), re.IGNORECASE), entry))
        mon = _alt(list(self.months)) or r"(?!x)x"
        wd = _alt(list(self.weekdays)) or r"(?!x)x"
        year_suffix = str(d.get("year_suffix", "")) or ""
        # Day-month-(year), month-day-(year) (English), month-year, numeric dd.mm.yyyy, ISO, weekday.
        self.explicit = re.compile(
            rf"\b(?P<d1>\d{{1,2}})\.?(?:\s*[-–]\s*\d{{1,2}}\.?)?\s+(?P<m1>{mon})\.?(?:,?\s+(?P<y1>\d{{4}}))?(?:{year_suffix})?\b"
            rf"|\b(?P<m2>{mon})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
            rf"|\b(?P<m3>{mon})\.?\s+(?P<y3>\d{{4}})\b"
            rf"|\b(?P<dd>\d{{1,2}})\.(?P<mm>\d{{1,2}})\.(?P<yy>\d{{4}})\b"
            rf"|\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b"
            rf"|\b(?P<wd>{wd})\b",
            re.IGNORECASE,
        )

    def find(self, sentence: str, published: dt.date | None) -> list[ResolvedDate]:
        """All resolved time expressions of a sentence, in text order."""
        out: list[ResolvedDate] = []
        taken: list[tuple[int, int]] = []
        for rx, entry in self.relative:
            for m in rx.finditer(sentence):
                r = self._relative(m, entry, published)
                if r is not None:
                    out.append(r)
                    taken.append(m.span())
        for m in self.explicit.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            r = self._explicit(m, published)
            if r is not None:
                out.append(r)
        out.sort(key=lambda r: r.span[0] if r.span else 0)
        return out

    def _explicit(self, m: re.Match[str], pub: dt.date | None) -> ResolvedDate | None:
        g = m.groupdict()
        span, text = m.span(), m.group()
        try:
            if g["m1"] or g["m2"]:
                month = self.months[(g["m1"] or g["m2"]).casefold()]
                day = int(g["d1"] or g["d2"])
                year_s = g["y1"] or g["y2"]
                year = int(year_s) if year_s else _infer_year(pub, month, day)
                if year is None:
                    return None
                return ResolvedDate(dt.date(year, month, day).isoformat(), "day", span, text)
            if g["m3"]:
                month = self.months[g["m3"].casefold()]
                return ResolvedDate(f"{int(g['y3']):04d}-{month:02d}", "month", span, text)
            if g["dd"]:
                return ResolvedDate(dt.date(int(g["yy"]), int(g["mm"]), int(g["dd"])).isoformat(), "day", span, text)
            if g["iy"]:
                return ResolvedDate(dt.date(int(g["iy"]), int(g["im"]), int(g["id"])).isoformat(), "day", span, text)
            if g["wd"] and pub is not None:
                wd = self.weekdays[g["wd"].casefold()]
                back = (pub.weekday() - wd) % 7
                return ResolvedDate((pub - dt.timedelta(days=back)).isoformat(), "day", span, text)
        except (ValueError, KeyError):
            return None
        return None

    def _relative(self, m: re.Match[str], entry: dict[str, Any], pub: dt.date | None) -> ResolvedDate | None:
        if pub is None:
            return None
        span, text = m.span(), m.group()
        precision = str(entry.get("precision", "day"))
        if "days" in entry or "number_group" in entry:
            days = int(entry.get("days", 0))
            if "number_group" in entry:
                word = (m.group(int(entry["number_group"])) or "").casefold()
                n = int(word) if word.isdigit() else self.numbers.get(word)
                if n is None:
                    return None
                days = n * int(entry.get("unit_days", 1)) * (-1 if entry.get("past", True) else 1)
            day = pub + dt.timedelta(days=days)
            return ResolvedDate(_fmt(day, precision), precision, span, text)
        if entry.get("dateparser"):
            got = _dateparser(text, self.lang, pub.isoformat())
            if got is None:
                return None
            day, period = got
            prec = {"day": "day", "week": "month", "month": "month", "year": "year"}.get(period, "day")
            if entry.get("precision"):
                prec = precision
            return ResolvedDate(_fmt(day, prec), prec, span, text)
        # No offset: a span about the current period ("diese Woche", "this month").
        return ResolvedDate(_fmt(pub, precision), precision, span, text)


def _fmt(day: dt.date, precision: str) -> str:
    if precision == "month":
        return day.isoformat()[:7]
    if precision == "year":
        return day.isoformat()[:4]
    return day.isoformat()


def _infer_year(pub: dt.date | None, month: int, day: int) -> int | None:
    """The year of a day-month date without year: the publication year, or the one before if that
    would put the date more than a month after publication (news reports the past)."""
    if pub is None:
        return None
    try:
        candidate = dt.date(pub.year, month, day)
    except ValueError:
        return None
    return pub.year - 1 if candidate > pub + dt.timedelta(days=31) else pub.year


@lru_cache(maxsize=1)
def _parsers() -> dict[str, Any]:
    return {}


@lru_cache(maxsize=50_000)
def _dateparser(span: str, lang: str, published: str) -> tuple[dt.date, str] | None:
    """Resolve one short span with dateparser (cached per span, language and publication date)."""
    from dateparser.date import DateDataParser

    cache = _parsers()
    key = (lang, published)
    parser = cache.get(key)
    if parser is None:
        if len(cache) > 256:
            cache.clear()
        base = dt.datetime.fromisoformat(published)
        try:
            parser = DateDataParser(languages=[lang], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
        except ValueError:
            return None
        cache[key] = parser
    try:
        data = parser.get_date_data(span)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period or "day")
