"""One pass of the language pack's Aho-Corasick automaton over a sentence's lemmas (step 3).

The sentence becomes the string ``" l1 l2 l3 "`` of its case-folded lemmas; every lexicon key is
stored as ``" p1 p2 "``, so a hit can only start and end on token boundaries and no per-token
Python loop is needed to find multi-word actors, triggers and cues. Discontinuous patterns
("bestellen ... ein", German separable verbs) are stored under their first part; the later parts
are looked for to the right, within the clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lang import Lexicon, Pattern
from .tokens import Token

__all__ = ["Hit", "match"]

#: How far (in tokens) the later part of a discontinuous pattern may follow its first part.
MAX_GAP = 18


@dataclass(slots=True)
class Hit:
    """A lexicon pattern found at tokens ``[start, end)``; ``parts`` lists the spans of later parts."""

    start: int
    end: int
    pattern: Pattern
    parts: tuple[tuple[int, int], ...] = ()


def match(lex: Lexicon, tokens: list[Token]) -> list[Hit]:
    """All lexicon hits in the sentence (overlapping hits included; callers pick the longest)."""
    if not tokens or not len(lex.automaton):
        return []
    lemmas = [t.lemma for t in tokens]
    text = " " + " ".join(lemmas) + " "
    start_of: dict[int, int] = {}
    pos = 1
    for i, lem in enumerate(lemmas):
        start_of[pos] = i
        pos += len(lem) + 1
    hits: list[Hit] = []
    for end_char, (keylen, pats) in lex.automaton.iter(text):
        first = start_of.get(end_char - keylen + 2)
        if first is None:
            continue
        for p in pats:
            end = first + p.ntok
            if p.rest:
                parts = _find_rest(lemmas, end, p.rest)
                if parts is None:
                    continue
                hits.append(Hit(first, end, p, parts))
            else:
                hits.append(Hit(first, end, p))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits


def _find_rest(lemmas: list[str], after: int, rest: tuple[tuple[str, ...], ...]) -> tuple[tuple[int, int], ...] | None:
    """Spans of the later parts of a discontinuous pattern, in order, within the clause."""
    spans = []
    pos = after
    limit = min(len(lemmas), after + MAX_GAP)
    for part in rest:
        n = len(part)
        found = None
        for i in range(pos, limit - n + 1):
            if lemmas[i] in (";",):
                break
            if tuple(lemmas[i:i + n]) == part:
                found = i
                # German separable particles close the clause: take the one followed by punctuation
                # or the sentence end if there is one ("bestellte ... ein.").
                if i + n >= len(lemmas) or not lemmas[i + n][:1].isalnum():
                    break
        if found is None:
            return None
        spans.append((found, found + n))
        pos = found + n
    return tuple(spans)
