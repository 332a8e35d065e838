"""What the ingest readers produce: a :class:`Draft` per article or a :class:`Failure` per bad item.

A reader (text, HTML, feed, table, WARC) fills in what its input says; :func:`finish` then applies
the metadata rules of the stage (fallback date, language, site, URL normalisation, empty-text check)
in one place and makes the :class:`~mirrorwatch.records.Document` the store receives.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..records import Document
from .meta import detect_language, normalise_language, normalise_url, site_of

__all__ = ["Draft", "Failure", "Options", "finish"]


@dataclass(slots=True)
class Options:
    """Settings of one ingest run that the readers need.

    Attributes:
        published: fallback publication date (YYYY-MM-DD) for items that carry none.
        lang: language for items whose own metadata names none (instead of detection).
        max_bytes: size cap of one document (file, page, record, fetched URL).
        glob: pattern selecting files inside folders (``None``: all supported extensions).
    """

    published: str | None = None
    lang: str | None = None
    max_bytes: int = 10 * 1024 * 1024
    glob: str | None = None


@dataclass(slots=True)
class Draft:
    """An article as its reader found it, before the stage's metadata rules.

    ``published`` is the item's own date; ``fallback_published`` a weaker date the container
    offers (a WARC record's date), used only when neither the item nor the page metadata has one.
    ``language`` is set only when the item itself declares it (front matter, a field).
    """

    item: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    fallback_published: str | None = None
    language: str | None = None
    site: str | None = None
    origin: str | None = None


@dataclass(slots=True, frozen=True)
class Failure:
    """One input item that could not be ingested, and why."""

    item: str
    reason: str

    @classmethod
    def of(cls, exc: InputError) -> Failure:
        """The failure an :class:`InputError` describes."""
        return cls(exc.item, exc.reason)


def finish(draft: Draft, options: Options) -> Document:
    """Apply the metadata rules to a draft and return the document to store.

    * text: stripped; empty → :class:`InputError` ``empty body``.
    * published: the item's own → the container's (WARC date) → ``options.published``.
    * language: the item's own (front matter, field) → ``options.lang`` → detected (py3langid).
    * url: normalised (lower-case host, no fragment, no ``utm_*``); site: the item's own → URL host.

    Raises:
        InputError: the text is empty.
    """
    text = draft.text.strip()
    if not text:
        raise InputError(draft.item, "empty body (no text to ingest)")
    url = normalise_url(draft.url)
    language = normalise_language(draft.language) or normalise_language(options.lang) or detect_language(text)
    return Document(
        text=text,
        title=(draft.title or "").strip() or None,
        url=url,
        published=draft.published or draft.fallback_published or options.published,
        language=language,
        site=(draft.site or "").strip() or site_of(url),
        origin=draft.origin or draft.item,
    )
