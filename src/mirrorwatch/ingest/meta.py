"""Metadata rules of the ingest stage: URLs, sites, dates, languages and inline boilerplate.

Every reader (text, HTML, feeds, tables, WARC) hands its findings to these helpers, so that one rule
decides, for all of them, what a normalised URL is, which language a text has and which lines of
extracted page text are links to other articles ("Lesen Sie auch: …") rather than part of the article.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import InputError

__all__ = [
    "BoilerplateFilter",
    "detect_language",
    "normalise_language",
    "normalise_url",
    "parse_date",
    "site_of",
    "supported_languages",
]


# -- URLs ------------------------------------------------------------------------------------------
def normalise_url(url: str | None) -> str | None:
    """The form of a URL used for de-duplication, or ``None`` for no/unsupported URL.

    Lower-cases scheme and host, drops default ports, the fragment and ``utm_*`` tracking
    parameters; keeps the path and the other parameters in their order (their order can matter
    to the site). Written by hand rather than with ``courlan.normalize_url`` because that one also
    removes and reorders parameters by its own lists, which would merge distinct articles of sites
    that put the article id in the query string.
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith("utm_")]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query, doseq=True), ""))


def site_of(url: str | None) -> str | None:
    """The host of a URL without a leading ``www.`` (the ``site`` of a document without one)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def is_homepage(url: str | None) -> bool:
    """True for a URL whose path is empty or ``/``: a canonical link to a front page, not an article."""
    if not url:
        return False
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


# -- dates -----------------------------------------------------------------------------------------
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: Any, item: str, *, field: str = "published") -> str | None:
    """An ISO date ``YYYY-MM-DD`` from what a source gives, or ``None`` when it gives nothing.

    Accepts ``date``/``datetime`` objects (YAML front matter), ISO 8601 strings (a time part is
    ignored), RFC 2822 strings (feeds, e-mail style) and ``time.struct_time`` (feedparser).

    Raises:
        InputError: the value is present but not a date; the message names ``item`` and ``field``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    text = str(value).strip()
    m = _ISO_DAY.match(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            pass
    else:
        try:
            return email.utils.parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    raise InputError(item, f"{field} {text[:40]!r} is not a date (write YYYY-MM-DD)")


# -- languages -------------------------------------------------------------------------------------
def supported_languages() -> list[str]:
    """The languages mirrorwatch has a language pack for (the subfolders of ``mirrorwatch/lang``)."""
    return list(_supported())


@lru_cache(maxsize=1)
def _supported() -> tuple[str, ...]:
    # The installed packs do not change while a process runs; listing them per document cost more
    # than identifying the language.
    from ..lang import available

    return tuple(available())


def normalise_language(value: Any) -> str | None:
    """``"de-DE"``, ``"DE"``, ``"de_AT"`` → ``"de"``; ``None``/empty → ``None``."""
    if value is None:
        return None
    code = re.split(r"[-_]", str(value).strip(), maxsplit=1)[0].lower()
    return code or None


@lru_cache(maxsize=4)
def _identifier(langs: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(list(langs))
    return ident


def detect_language(text: str) -> str | None:
    """The most likely supported language of ``text`` (py3langid restricted to the packs)."""
    langs = _supported()
    if not langs or not text.strip():
        return None
    if len(langs) == 1:
        return langs[0]
    # The first 1,500 characters (a lead and a paragraph) decide as well as the whole article, and
    # py3langid's cost grows with the length.
    lang, _score = _identifier(langs).classify(text[:1500])
    return str(lang)


# -- inline boilerplate ------------------------------------------------------------------------------
# Leading decoration in front of a teaser link: bullets, arrows, guillemets, dashes, spaces.
_LEAD = "•·*►▶▸→»›>–—-|  \t"
# What may follow a cue phrase for the line to count as a teaser: nothing, or a separator.
_AFTER = ":–—-|»›>→▶►\"'„“«"
_TEASER_MAX_WORDS = 12


class BoilerplateFilter:
    """Drops lines that link to other articles ("Lesen Sie auch: …", "Read more: …", "Читайте также: …").

    The cue phrases come from ``lang/<xx>/boilerplate.txt`` of every language pack: page chrome is
    not always in the article's language, and a text's language is not known yet when it is
    filtered, so all cues apply to all texts. A line starting with a cue is dropped when the cue is
    followed by the end of the line or a separator (colon, dash, arrow, quote), or when the line is
    a short teaser (at most 12 words, no final full stop); a real sentence that merely begins with
    the same words ("Related talks in Geneva ended on Friday.") is kept.
    """

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = sorted({p.casefold() for p in phrases if p.strip()}, key=len, reverse=True)

    @classmethod
    @lru_cache(maxsize=1)
    def for_all_languages(cls) -> BoilerplateFilter:
        """The filter with the cue phrases of every language pack."""
        from ..lang import pack_dir

        phrases: list[str] = []
        for code in supported_languages():
            path = pack_dir(code) / "boilerplate.txt"
            if path.is_file():
                for line in path.read_text(encoding="utf-8").splitlines():
                    line = line.strip()
                    if line and not line.startswith("#"):
                        phrases.append(line)
        return cls(phrases)

    def is_boilerplate(self, line: str) -> bool:
        """True when ``line`` is a teaser link to another article."""
        stripped = line.strip().lstrip(_LEAD).strip()
        folded = stripped.casefold()
        for phrase in self.phrases:
            if not folded.startswith(phrase):
                continue
            rest = stripped[len(phrase):]
            if rest and rest[0].isalnum():  # "Relatedness ...": the cue is only a word prefix
                continue
            rest = rest.strip()
            if not rest or rest[0] in _AFTER:
                return True
            words = stripped.split()
            if len(words) <= _TEASER_MAX_WORDS and not stripped.endswith((".", "!", "?", "…")):
                return True
        return False

    def clean(self, text: str) -> str:
        """``text`` without its teaser lines."""
        return "\n".join(line for line in text.splitlines() if not self.is_boilerplate(line))
