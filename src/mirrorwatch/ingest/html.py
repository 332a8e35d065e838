"""HTML → article text and metadata (trafilatura + htmldate), with our inline-teaser filter.

Used for HTML files, fetched pages, WARC response records and feed items whose only content is a
link. trafilatura finds the main text and drops navigation, banners, share bars and related-article
boxes; htmldate (through trafilatura, restricted to page metadata: ``<meta>``, JSON-LD, the URL)
finds the publication date. What trafilatura keeps of inline teasers ("Lesen Sie auch: …") is
removed by :class:`~mirrorwatch.ingest.meta.BoilerplateFilter`. Titles with markup residue (a page
that injects tags into ``og:title``) are replaced by a clean candidate.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from .items import Draft
from .meta import BoilerplateFilter, is_homepage

__all__ = ["MIN_SENTENCE_WORDS", "extract_html", "fragment_text"]

#: A page must have at least one line of this many words, else it holds no article (only chrome).
MIN_SENTENCE_WORDS = 8

_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!]|/?>|javascript:", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>?")
_WS = re.compile(r"\s+")
_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table", "section", "article", "header", "footer", "dd", "dt"]
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")

# trafilatura's date search restricted to what the page states about itself (meta, JSON-LD, URL):
# the extensive search also reads dates in the running text, which are dates of events, not of
# publication.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _one_line(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def _has_markup(text: str) -> bool:
    return bool(_MARKUP.search(text))


def _element_text(el: Any) -> str:
    """The visible text of an element: script/style content dropped, whitespace collapsed."""
    import copy

    el = copy.deepcopy(el)
    for bad in el.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    return _one_line(el.text_content())


def _title(tree: Any, found: str | None) -> str | None:
    """The first clean title among trafilatura's, the first ``<h1>`` and ``<title>``.

    A title with markup residue (``<``, ``>``, ``javascript:``) comes from a page that put markup
    into its metadata; it is not stored as is. If no candidate is clean, tags are stripped from the
    first one.
    """
    candidates = [_one_line(found)]
    h1 = tree.find(".//h1")
    if h1 is not None:
        candidates.append(_element_text(h1))
    t = tree.find(".//title")
    if t is not None:
        candidates.append(_one_line(t.text_content()))
    candidates = [c for c in candidates if c]
    for c in candidates:
        if not _has_markup(c):
            return c
    if candidates:
        stripped = _one_line(_TAG.sub(" ", re.sub(r"(?is)<script.*?(</script>|$)", " ", candidates[0])))
        return stripped.strip("\"'> ") or None
    return None


def _drop_leading_title(text: str, title: str | None) -> str:
    """Drop the first line when it repeats the title (the headline is stored as ``title``)."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if _one_line(first).casefold() == title.casefold():
        return rest
    return text


def extract_html(html: str, item: str, *, url: str | None = None) -> Draft:
    """Main text and metadata of one HTML page.

    Args:
        html: the decoded page.
        item: the name used in error messages (file path, URL, WARC record).
        url: the page's own URL (fetched URL, WARC target URI); without one, the page's canonical
            URL is used unless it points to a front page.

    Raises:
        InputError: the page cannot be parsed or holds no article text.
    """
    import trafilatura

    html = _XML_DECL.sub("", html, count=1)
    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError(item, "not parseable as HTML")
    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # malformed trees trafilatura gives up on
        raise InputError(item, f"HTML could not be processed ({exc.__class__.__name__}: {exc})") from exc
    if doc is None or not doc.text:
        raise InputError(item, "no extractable main text (the page holds only navigation or page chrome)")
    title = _title(tree, doc.title)
    text = doc.text
    text = BoilerplateFilter.for_all_languages().clean(_drop_leading_title(text.strip(), title))
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines()):
        raise InputError(item, "no extractable main text (the page holds only navigation or page chrome)")
    if url is None and doc.url and not is_homepage(doc.url):
        url = doc.url
    site = _one_line(doc.sitename) or None
    if site and "." in site and " " not in site:  # a host name, not a brand: spell it like site_of()
        site = site.lower().removeprefix("www.")
    return Draft(item=item, text=text, title=title, url=url, published=doc.date or None, site=site)


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (feed item content): blocks become lines, scripts vanish.

    Text without any tag is returned unchanged (only whitespace-trimmed).
    """
    if "<" not in html and "&" not in html:
        return html.strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return _one_line(_TAG.sub(" ", html))
    for bad in root.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    lines = (_one_line(line) for line in root.text_content().splitlines())
    return BoilerplateFilter.for_all_languages().clean("\n".join(line for line in lines if line))
