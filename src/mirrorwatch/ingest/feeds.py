"""RSS and Atom feeds → drafts, one per item (feedparser).

An item's full content (``content:encoded``, Atom ``content``) is preferred over its summary
(``description``); HTML in either is reduced to plain text. An item with neither but a link is
fetched and extracted like any page, with the item's own title and date taking precedence over the
page's. Feeds are read from files or fetched from URLs by :mod:`mirrorwatch.ingest.sources`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..errors import InputError
from .html import fragment_text
from .items import Draft, Failure
from .meta import parse_date

__all__ = ["read_feed"]

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _content_text(entry: Any) -> str:
    """The item's text: full content first, then summary; HTML stripped."""
    candidates: list[tuple[str, str]] = []
    for c in entry.get("content") or []:
        if c.get("value"):
            candidates.append((c.get("value", ""), c.get("type", "text/html")))
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((entry.get("summary", ""), detail.get("type", "text/html")))
    for value, ctype in candidates:
        text = fragment_text(value) if ctype in _HTML_TYPES or "<" in value else value.strip()
        if text.strip():
            return text
    return ""


def _entry_date(entry: Any) -> Any:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return entry[key]
    return entry.get("published") or entry.get("updated")


def read_feed(
    data: bytes, name: str, *, fetch_page: Callable[[str, str], Draft] | None = None
) -> Iterator[Draft | Failure]:
    """Drafts and failures of one feed document.

    Args:
        data: the feed's bytes (feedparser reads the declared encoding itself).
        name: the feed's path or URL (``origin`` of its documents; items are named ``name#n``).
        fetch_page: ``fetch_page(url, item)`` → draft of a linked page, for items without content;
            ``None`` makes such items failures.
    """
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            yield Failure(name, f"not a valid RSS/Atom feed ({exc.__class__.__name__}: {exc})")
        elif not parsed.get("version"):
            yield Failure(name, "not an RSS/Atom feed (no feed root element)")
        # A valid feed without items is not a failure: there is nothing to ingest today.
        return
    for n, entry in enumerate(entries, 1):
        link = entry.get("link") or None
        item = f"{name}#{n}" + (f" ({link})" if link else "")
        try:
            title = fragment_text(entry.get("title", "")) or None
            try:
                published = parse_date(_entry_date(entry), item)
            except InputError:  # a date feedparser could not read: the page or --published may have one
                published = None
            text = _content_text(entry)
            language = None
            for c in entry.get("content") or []:
                language = language or c.get("language")
            if text:
                yield Draft(item=item, text=text, title=title, url=link, published=published,
                            language=language, origin=name)
                continue
            if not link:
                raise InputError(item, "feed item has neither text nor a link")
            if fetch_page is None:
                raise InputError(item, "feed item has only a link, and fetching is not available")
            page = fetch_page(link, item)
            page.title = title or page.title
            page.published = published or page.published
            page.origin = name
            yield page
        except InputError as exc:
            yield Failure.of(exc)
