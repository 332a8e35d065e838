"""Turning untrusted document data into safe pieces for the templates.

Part of the web stage. The templates escape every value (Jinja2 autoescape); this module adds
what escaping alone does not cover: which URLs may become links (never ``javascript:``, ``data:``
or ``vbscript:``, however they are disguised), highlighted spans as a list of plain-text segments
(the template wraps them in ``<mark>`` and escapes the text), and sparklines as numeric SVG points.
Nothing here builds HTML strings, so nothing here can forget to escape.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Segment", "find_sentence", "highlight", "safe_href", "side_by_side", "sparkline_points"]

#: Link schemes the dashboard renders as links. Everything else is shown as text only.
SAFE_SCHEMES = frozenset({"http", "https"})
# Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:"), so the
# check strips them too before looking at the scheme.
_STRIP = re.compile(r"[\x00-\x20\x7f]+")


def safe_href(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL that is safe as a link target, else ``None``.

    Relative URLs are refused too: a document's URL is meant to point to its origin, and a relative
    one would resolve against the dashboard itself.
    """
    if not url:
        return None
    probe = _STRIP.sub("", unicodedata.normalize("NFKC", url))
    try:
        parts = urlsplit(probe)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return url.strip()


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text; ``kind`` is ``None`` for plain text or one of ``source``, ``target``, ``trigger``, ``event``."""

    text: str
    kind: str | None = None
    title: str | None = None


#: When spans overlap, the narrower, more specific mark wins in this order.
_PRIORITY = {"source": 0, "target": 1, "trigger": 2, "event": 3}


def highlight(text: str, spans: Iterable[tuple[int, int, str, str | None]]) -> list[Segment]:
    """Cut ``text`` into segments, marking the character ranges in ``spans``.

    Args:
        text: the text to show.
        spans: ``(start, end, kind, title)`` character ranges; out-of-range or empty ones are ignored,
            overlaps are resolved per character by :data:`_PRIORITY`.

    Returns:
        Consecutive segments whose texts join to ``text`` exactly.
    """
    n = len(text)
    owner: list[tuple[int, str, str | None] | None] = [None] * n
    for start, end, kind, title in spans:
        start, end = max(0, int(start)), min(n, int(end))
        if start >= end or kind not in _PRIORITY:
            continue
        rank = _PRIORITY[kind]
        for i in range(start, end):
            cur = owner[i]
            if cur is None or rank < cur[0]:
                owner[i] = (rank, kind, title)
    out: list[Segment] = []
    i = 0
    while i < n:
        j = i
        while j < n and owner[j] == owner[i]:
            j += 1
        o = owner[i]
        out.append(Segment(text[i:j], o[1] if o else None, o[2] if o else None))
        i = j
    return out


def find_sentence(text: str, sentence: str, start: int = 0) -> int:
    """Where ``sentence`` starts in ``text`` (from ``start``), tolerating different whitespace; -1 if absent."""
    if not sentence:
        return -1
    for i in (text.find(sentence, start), text.find(sentence)):
        if i >= 0:
            return i
    # Sentence splitting may have normalised whitespace: match word by word.
    words = [re.escape(w) for w in sentence.split()]
    if not words:
        return -1
    pattern = re.compile(r"\s+".join(words))
    m = pattern.search(text, start) or pattern.search(text)
    return m.start() if m else -1


def sparkline_points(values: Sequence[float], *, width: int = 120, height: int = 24, pad: float = 2.0) -> str:
    """SVG ``points`` for a polyline of ``values`` (numbers only, so safe in an attribute)."""
    if not values:
        return ""
    hi = max(max(values), 1e-9)
    lo = min(min(values), 0.0)
    span = hi - lo or 1.0
    step = (width - 2 * pad) / max(len(values) - 1, 1)
    pts = []
    for i, v in enumerate(values):
        x = pad + i * step
        y = height - pad - (float(v) - lo) / span * (height - 2 * pad)
        pts.append(f"{x:.1f},{y:.1f}")
    return " ".join(pts)


def side_by_side(value: Any) -> bool:
    """Whether ``value`` is two or more mappings with the same keys (shown as one table, a column each)."""
    if not isinstance(value, Mapping) or len(value) < 2:
        return False
    inner = list(value.values())
    if not all(isinstance(x, Mapping) and x for x in inner):
        return False
    keys = set(inner[0])
    return all(set(x) == keys for x in inner[1:])
