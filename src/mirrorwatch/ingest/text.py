"""Plain text and Markdown articles → :class:`~mirrorwatch.ingest.items.Draft`.

Two ways to give metadata with a text:

* YAML front matter between ``---`` lines at the top (Markdown and text files alike)::

      ---
      title: Moskau bestellt Botschafter ein
      published: 2025-07-01
      url: https://example.org/a
      site: example.org
      language: de
      ---

* header comments at the top of a ``.txt`` file (``# source: URL``, ``# published: YYYY-MM-DD``,
  also ``# title:``, ``# site:``, ``# language:``), ending at the first other line.

Markdown bodies are reduced to plain text with markdown-it-py (its token stream, not regexes, so that
links keep their words and code blocks are not taken for prose); a leading level-1 heading becomes
the title when the front matter has none.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import InputError
from .items import Draft
from .meta import parse_date

__all__ = ["markdown_to_text", "parse_text"]

_FRONT_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_HEADER = re.compile(r"^#\s*(source|url|published|date|title|site|language|lang)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_KEYS = {"source": "url", "url": "url", "link": "url", "published": "published", "date": "published",
         "title": "title", "site": "site", "language": "language", "lang": "language"}


def _front_matter(text: str, item: str) -> tuple[dict[str, Any], str]:
    m = _FRONT_OPEN.match(text)
    if not m:
        return {}, text
    close = _FRONT_CLOSE.search(text, m.end())
    if not close:
        raise InputError(item, "front matter opened with '---' is never closed")
    block = text[m.end():close.start()]
    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 2}" if where is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(item, f"front matter is not valid YAML{line}: {problem}") from exc
    if not isinstance(data, dict):
        raise InputError(item, "front matter is not a YAML mapping of key: value lines")
    body = text[close.end():]
    return {str(k).lower(): v for k, v in data.items()}, body.lstrip("\r\n")


def _header_comments(text: str) -> tuple[dict[str, Any], str]:
    meta: dict[str, Any] = {}
    lines = text.splitlines(keepends=True)
    n = 0
    for line in lines:
        m = _HEADER.match(line.strip())
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2)
        n += 1
    return meta, "".join(lines[n:])


def markdown_to_text(source: str) -> tuple[str, str | None]:
    """Plain text of a Markdown document and its leading level-1 heading (or ``None``).

    Blocks (paragraphs, headings, list items, quotes) become paragraphs separated by a blank line;
    inline markup keeps its words (link text, emphasis), images keep their alt text, code and raw
    HTML tags are dropped.
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[str] = []
    heading: str | None = None
    in_h1 = False
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            in_h1 = tok.tag == "h1" and not blocks and heading is None
        elif tok.type == "inline":
            parts: list[str] = []
            for child in tok.children or []:
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
                elif child.type == "image":
                    parts.append(child.content)
            text = "".join(parts).strip()
            if in_h1 and tokens[i - 1].type == "heading_open":
                heading = text
                in_h1 = False
            elif text:
                blocks.append(text)
        elif tok.type == "html_block":
            plain = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>|<[^>]*>", " ", tok.content)
            plain = re.sub(r"\s+", " ", plain).strip()
            if plain:
                blocks.append(plain)
    return "\n\n".join(blocks), heading


def parse_text(text: str, item: str, *, markdown: bool = False) -> Draft:
    """One text or Markdown article with its metadata.

    Args:
        text: the decoded file.
        item: the name used in error messages and as ``origin``.
        markdown: convert the body from Markdown to plain text.

    Raises:
        InputError: bad front matter, a bad date or an empty body.
    """
    meta, body = _front_matter(text, item)
    if not meta and not markdown:
        meta, body = _header_comments(body)
    fields: dict[str, Any] = {}
    for key, value in meta.items():
        target = _KEYS.get(key)
        if target and target not in fields and value not in (None, ""):
            fields[target] = value
    title = fields.get("title")
    if markdown:
        body, heading = markdown_to_text(body)
        title = title or heading
    body = body.strip()
    if not body:
        raise InputError(item, "empty body (no text after the metadata)")
    return Draft(
        item=item,
        text=body,
        title=str(title) if title is not None else None,
        url=str(fields["url"]) if "url" in fields else None,
        published=parse_date(fields.get("published"), item),
        language=str(fields["language"]) if "language" in fields else None,
        site=str(fields["site"]) if "site" in fields else None,
    )
