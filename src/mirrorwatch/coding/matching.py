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

__all__ = ["Hit", "compound_hits", "match"]

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
    surfaces = [t.text.casefold() for t in tokens]
    particles = lex.cue("separable_particles")
    hits = _scan(lex, lemmas, surfaces, particles)
    # German compounds: "Migrationsabkommen", "Wirtschaftssanktionen" are read a second time as
    # their head ("abkommen", "sanktion") so that trigger patterns need not list every compound;
    # only trigger hits that use such a head are kept from that pass.
    heads = tuple(lex.roles.get("compound_trigger_heads", []) or ()) if isinstance(lex.roles, dict) else ()
    if heads:
        reduced = list(lemmas)
        changed = set()
        for i, t in enumerate(tokens):
            if not t.text[:1].isupper():
                continue
            for head in heads:
                if lemmas[i].endswith(head) and len(lemmas[i]) >= len(head) + 3:
                    reduced[i] = head
                    changed.add(i)
                    break
        if changed:
            seen = {(h.start, h.end, h.parts, id(h.pattern)) for h in hits}
            for h in _scan(lex, reduced, surfaces, particles):
                used = [*range(h.start, h.end), *(i for a, b in h.parts for i in range(a, b))]
                if h.pattern.kind == "trigger" and any(i in changed for i in used) and \
                        (h.start, h.end, h.parts, id(h.pattern)) not in seen:
                    hits.append(h)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits


def _scan(lex: Lexicon, lemmas: list[str], surfaces: list[str], particles: frozenset[str]) -> list[Hit]:
    """One automaton pass over the lemma string."""
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
                parts = _find_rest(lemmas, surfaces, end, p.rest, particles)
                if parts is None:
                    continue
                hits.append(Hit(first, end, p, parts))
            else:
                hits.append(Hit(first, end, p))
    return hits


#: Words after which a separable particle still closes its clause ("bestellte ... ein und verlangte").
_CLAUSE_END_WORDS = frozenset({"und", "oder", "aber", "sowie", "denn", "doch", "and", "or", "but", "и", "а", "но"})


def _find_rest(lemmas: list[str], surfaces: list[str], after: int,
               rest: tuple[tuple[str, ...], ...], particles: frozenset[str] = frozenset()) -> tuple[tuple[int, int], ...] | None:
    """Spans of the later parts of a discontinuous pattern, in order, within the clause.

    One-word parts that are separable particles must match the word as written ("ein", not the
    article "eine", whose lemma is also "ein"); among several, the one that closes its clause wins.
    When the pack lists its ``separable_particles``, any other one-word part is a full word and
    matches by lemma ("Repräsentanten ... abgezogen" matches "abgezogen" and "abziehen").
    """
    spans = []
    pos = after
    limit = min(len(lemmas), after + MAX_GAP)
    for part in rest:
        n = len(part)
        found = None
        for i in range(pos, limit - n + 1):
            if lemmas[i] == ";":
                break
            if n == 1:
                # without separable particles in the pack ("share ... views") every part is a
                # full word and matches by lemma too
                same = surfaces[i] == part[0] or (part[0] not in particles and lemmas[i] == part[0])
            else:
                same = tuple(lemmas[i:i + n]) == part
            if not same:
                continue
            if found is None:
                found = i
            nxt = surfaces[i + n] if i + n < len(surfaces) else ""
            if not nxt or not nxt[:1].isalnum() or nxt in _CLAUSE_END_WORDS:
                found = i
                break
        if found is None:
            return None
        spans.append((found, found + n))
        pos = found + n
    return tuple(spans)


def compound_hits(lex: Lexicon, tokens: list[Token], hits: list[Hit]) -> list[Hit]:
    """Institution hits for compounds the lexicon does not list, by their head ("Kulturministerium").

    German writes institutions as compounds; ``roles.yaml`` ``compound_heads`` maps a head
    ("ministerium") to a sector, so every "-ministerium" is a ministry without listing them all.
    """
    heads = lex.roles.get("compound_heads") if isinstance(lex.roles, dict) else None
    if not heads:
        return []
    covered = {i for h in hits if h.pattern.kind in ("country", "person", "org", "inst", "trigger")
               for i in range(h.start, h.end)}
    out = []
    for i, t in enumerate(tokens):
        if i in covered or len(t.lemma) < 6 or not t.text[:1].isupper():
            continue
        for head, sector in heads.items():
            if t.lemma.endswith(head) and len(t.lemma) > len(head) + 2:
                out.append(Hit(i, i + 1, Pattern("inst", 1, (sector, "institution", None), (), f"compound:{head}")))
                break
    return out
