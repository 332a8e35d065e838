"""Document-level carry-over: what earlier sentences of the same article resolve (step 4b).

News articles name a state once and then say "the ministry", "das Außenministerium", "посол",
"the country", "its northern neighbour", "beide Länder", "we". The coder keeps, per document,
which country each institution word last belonged to, which states were named (most recent
last) and who acted last, so that

* a later bare institution ("Botschafter", "the ministry") is the one named before;
* a *reference* phrase of the pack's ``roles.yaml`` becomes an actor mention:
  ``pair_refs`` ("the two countries", "beide Seiten") → the two states last named, as one
  coordinated group; ``self_refs`` ("we", "wir", "our") → the state of the sentence's speaker, else
  the last acting state; ``anaphor_refs`` ("the country", "das Land") → the state last named;
  ``other_refs`` ("its neighbour", "die Gegenseite") → the state last named that is not named in
  this sentence; ``person_refs`` ("he", "er") → the state of the person last named;
* an act with a source but no stated target gets the last named other state as its target
  (the pipeline calls :meth:`DocContext.counterpart`).

Resolved mentions say ``resolved_by="carry-over"`` and lower the event's confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import Lexicon
from .actors import Mention
from .matching import Hit
from .tokens import Token

__all__ = ["REFERENCE_CUES", "DocContext"]

#: roles.yaml cue names that mark reference phrases, in priority order (longest match wins anyway).
REFERENCE_CUES = ("pair_refs", "other_refs", "self_refs", "anaphor_refs", "person_refs")


@dataclass
class DocContext:
    """Memory of one document while its sentences are coded in order."""

    by_head: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    last_source: Mention | None = None
    last_target: Mention | None = None  # the target of the last act (the story's counterpart)
    # (source, target) of the last verbal act (protest, demand, threat): whose voice a following
    # judgement without a speaker is in
    last_voice: tuple[Mention, Mention | None] | None = None
    states: list[str] = field(default_factory=list)
    last_date: tuple[str, str] | None = None
    last_person: tuple[str, str | None] | None = None
    # the last two states the text named together ("A and B"): what "the two ministers" refers to
    last_pair: tuple[str, str] | None = None

    def resolve(self, mentions: list[Mention]) -> None:
        """Give unresolved institution mentions the country they last had in this document."""
        for m in mentions:
            if m.country is None and m.head:
                hit = self.by_head.get(m.head)
                if hit is not None:
                    m.country, sector = hit
                    m.sector = m.sector or sector
                    m.resolved_by = "carry-over"
                    m.evidence.append(f"context:{m.head}")

    def remember(self, mentions: list[Mention]) -> None:
        """Record the sentence's resolved mentions for the sentences that follow."""
        for m in mentions:
            if m.country is None or (m.resolved_by == "carry-over" and m.kind == "reference"):
                continue
            if m.head:
                self.by_head[m.head] = (m.country, m.sector)
            if m.kind == "person" or (m.kind == "title" and m.country):
                self.last_person = (m.country, m.sector)
            if m.country in self.states:
                self.states.remove(m.country)
            self.states.append(m.country)
        src = self.last_source
        if src is not None and src.country and any(m is src for m in mentions) and \
                (src.kind == "person" or src.kind == "title"):
            # "he"/"она" in the next sentence continues the person who acted last, not a person
            # named later as the act's object ("Sun condemned Takaichi's remarks. He added ...")
            self.last_person = (src.country, src.sector)

    def recent(self, exclude: set[str | None], mentions: list[Mention] = ()) -> str | None:  # type: ignore[assignment]
        """The state named last (this sentence's ``mentions`` first, then earlier ones) not in ``exclude``."""
        for m in reversed(mentions):
            if m.country is not None and m.country not in exclude and m.kind != "reference":
                return m.country
        for c in reversed(self.states):
            if c not in exclude:
                return c
        return None

    def counterpart(self, sources: set[str | None], mentions: list[Mention]) -> str | None:
        """The implicit target of an act whose text names only its source: the other state last named."""
        return self.recent(sources | {None}, mentions)

    def references(self, hits: list[Hit], tokens: list[Token], sentence: str, lex: Lexicon,
                   mentions: list[Mention], speaker: str | None) -> list[Mention]:
        """Mentions for the sentence's reference phrases, resolved from this document so far.

        Args:
            hits: the sentence's lexicon hits (multi-word reference cues are among them).
            tokens: the sentence's tokens.
            sentence: the sentence text.
            lex: the language pack (its ``roles.yaml`` reference cues).
            mentions: the sentence's own actor mentions (a reference never overlaps one).
            speaker: the state of the sentence's speaker, if one was found.

        Returns:
            The new mentions (``kind="reference"``), possibly two per pair phrase.
        """
        spans: list[tuple[int, int, str]] = []
        for h in hits:
            if h.pattern.kind == "cue" and h.pattern.data in REFERENCE_CUES and not h.pattern.rest:
                spans.append((h.start, h.end, h.pattern.data))
        singles = {name: lex.cue(name) for name in REFERENCE_CUES}
        for i, tok in enumerate(tokens):
            for name, words in singles.items():
                if tok.text.casefold() in words or tok.lemma in words:
                    spans.append((i, i + 1, name))
                    break
        busy = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        # longest first, then leftmost: "its northern neighbour" over "its"
        for start, end, name in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
            if any(i in busy for i in range(start, end)):
                continue
            text = sentence[tokens[start].start:tokens[end - 1].end]
            places = lex.cue("location_preps")
            # "While in Washington they met ...": a place is where the pair is, not one of them
            actors = [m for m in mentions if not (m.start > 0 and tokens[m.start - 1].lemma in places)]
            countries = self._resolve(name, start, actors if name == "pair_refs" else mentions, speaker)
            if not countries:
                continue
            busy.update(range(start, end))
            for c in countries:
                out.append(Mention(start, end, c, "GOV", text, "reference", False, [f"context:{name}:{text}"],
                                   resolved_by="carry-over"))
        return out

    def _resolve(self, name: str, start: int, mentions: list[Mention], speaker: str | None) -> list[str]:
        before = [m for m in mentions if m.end <= start]
        here = {m.country for m in mentions}
        if name == "pair_refs":
            # the two states named last (by their latest mention: "between Russia and Georgia
            # since the two countries ..." is Russia and Georgia, not a state named earlier)
            # (the owner of an act noun, "turned down a Malian proposal and added that they ...",
            # is what is spoken of, not one of the pair that speaks)
            named = [m.country for m in mentions if m.country is not None and m.end <= start
                     and not (m.kind == "owner" and not m.attributed)]
            if self.last_pair is not None and not set(named) - set(self.last_pair):
                # the pair the text last named together, unless this sentence names another state
                # before the reference
                return list(self.last_pair)
            pool = list(reversed(dict.fromkeys(reversed([*self.states, *named]))))
            if len(pool) < 2:  # an anaphor's referents come before it; a cataphor only when they do not
                later = [m.country for m in mentions if m.country is not None and m.end > start]
                pool = list(dict.fromkeys([*pool, *later]))
            return pool[-2:] if len(pool) >= 2 else []
        if name == "self_refs":
            c = speaker or (self.last_source.country if self.last_source is not None else None)
            return [c] if c else []
        if name == "anaphor_refs":
            c = self.recent(set(), before)
            return [c] if c else []
        if name == "other_refs":
            c = self.recent(here | {None}, [])
            return [c] if c else []
        if name == "person_refs":
            if self.last_person is not None and self.last_person[0]:
                return [self.last_person[0]]
            return []
        return []
