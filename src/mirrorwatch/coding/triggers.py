"""Event triggers: lexicon hits that name an act (step 5).

A trigger is a lemma pattern of ``triggers.yaml`` ("einbestellen", "bestellen ... ein",
"expel", "выслать") with its PLOVER type, mode and CAMEO code. Overlapping trigger hits keep the
longest ("Sanktionen verhängen" over "Sanktionen"); a trigger inside an actor mention (an
organisation's name) is no trigger. Whether a trigger is a verb in the passive is decided here,
from the pack's ``roles.yaml`` cues, because it flips who is agent and who is patient.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..lang import Lexicon, TriggerDef
from .actors import Mention
from .matching import Hit
from .tokens import Token

__all__ = ["TriggerHit", "find_triggers"]


@dataclass(slots=True)
class TriggerHit:
    """One trigger occurrence: tokens ``[start, end)`` plus the spans of separated parts."""

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    defn: TriggerDef
    text: str
    passive: bool = False

    @property
    def last(self) -> int:
        """Index one past the trigger's last token (including a separated particle)."""
        return max([self.end] + [b for _, b in self.parts])

    def to_dict(self) -> dict:
        """A plain dict for explain output."""
        d = self.defn
        return {"id": d.id, "span": [self.start, self.end], "text": self.text, "plover": d.plover,
                "mode": d.mode, "cameo": d.cameo, "passive": self.passive, "symmetric": d.symmetric}


def find_triggers(hits: list[Hit], tokens: list[Token], mentions: list[Mention], sentence: str,
                  lex: Lexicon) -> list[TriggerHit]:
    """The sentence's triggers, longest match first, none inside an actor mention."""
    inside = {i for m in mentions for i in range(m.start, m.end)}
    # A word whose part of speech the pack lists as attributive (Russian active participles,
    # "угрожающую", "поддерживающие") describes a noun; it names no act of its own.
    attributive = set(lex.roles.get("attributive_pos", []) or ())
    cands = [h for h in hits if h.pattern.kind == "trigger" and h.start not in inside
             and not (attributive and h.end - h.start == 1 and not h.parts and tokens[h.start].pos in attributive)
             and not _hyphen_modifier(h.start, h.end, tokens, lex)
             and not (h.pattern.data.exclude and _excluded(h, tokens))]
    taken: list[TriggerHit] = []
    used: set[int] = set()
    for h in sorted(cands, key=lambda h: (-(h.end - h.start + sum(b - a for a, b in h.parts)), h.start)):
        span = set(range(h.start, h.end))
        for a, b in h.parts:
            span.update(range(a, b))
        if span & used:
            continue
        used |= span
        text = sentence[tokens[h.start].start:tokens[h.end - 1].end]
        for a, b in h.parts:
            text += " … " + sentence[tokens[a].start:tokens[b - 1].end]
        defn = h.pattern.data
        # "a U.S. request", "an Indian proposal", "a United Nations appeal": a state or organisation
        # named between the article and the word modifies it like an adjective
        # (an indefinite article only: "The United States demanded" keeps its verb)
        modifier = next((m.start for m in mentions if m.end == h.start and m.country is not None
                         and m.kind in ("name", "alias", "capital", "adjective", "owner", "org")), None)
        if not defn.nominal and (_after_determiner(h.start, tokens, lex) or
                                 (modifier is not None and modifier > 0 and
                                  tokens[modifier - 1].text.casefold() in lex.cue("indefinite_article_forms"))):
            defn = replace(defn, nominal=True)  # "the arrest", "Russia's expulsion": a noun
        th = TriggerHit(h.start, h.end, h.parts, defn, text)
        th.passive = _is_passive(th, tokens, lex)
        taken.append(th)
    return sorted(taken, key=lambda t: t.start)


def _excluded(h: Hit, tokens: list[Token]) -> bool:
    """Whether one of the trigger's ``exclude`` phrases ("receive a letter") overlaps the match."""
    last = max([h.end] + [b for _, b in h.parts])
    lemmas = [t.lemma for t in tokens]
    for phrase in h.pattern.data.exclude:
        n = len(phrase)
        for i in range(max(0, h.start - n + 1), min(last, len(tokens) - n + 1)):
            if tuple(lemmas[i:i + n]) == phrase:
                return True
    return False


def _hyphen_modifier(start: int, end: int, tokens: list[Token], lex: Lexicon) -> bool:
    """"its long-threatened invasion", "a UN-brokered deal": a participle (pack's
    ``participle_endings``, written otherwise than its lemma) joined by a hyphen to the word before
    it and followed by a word is a compound adjective describing that word, no act of its own."""
    if end - start != 1 or start < 2 or end >= len(tokens) or tokens[start - 1].text != "-" or \
            not tokens[start - 2].text.isalpha() or not tokens[end].text[:1].isalpha():
        return False
    word = tokens[start]
    endings = tuple(lex.roles.get("participle_endings", []) or ())
    return bool(endings) and word.text.casefold() != word.lemma and word.text.casefold().endswith(endings)


#: Role cues of prepositions: a plural act word after one is a noun ("in ethnic riots").
_PREP_CUES = ("other_preps", "with_preps", "location_preps", "background_preps", "target_preps",
              "genitive_preps", "noun_complement_preps")


def _after_determiner(start: int, tokens: list[Token], lex: Lexicon) -> bool:
    """A trigger word right after a determiner or possessive (over up to two adjectives) is a noun.

    For languages that do not capitalise nouns: the pack's ``noun_determiner_forms`` ("the", "a",
    "its") and a possessive "'s" mark a noun phrase, so "the arrest" is nominal, "arrested" is not.
    """
    dets = lex.cue("noun_determiner_forms")
    if not dets:
        return False
    gerund = tuple(lex.roles.get("gerund_endings", []) or ())
    if gerund and start > 0 and tokens[start].text.casefold().endswith(gerund) and \
            tokens[start - 1].lemma in lex.cue("other_preps") | lex.cue("with_preps") | lex.cue("background_preps"):
        return True  # "for hosting", "after signing": a gerund after a preposition names an act
    endings = tuple(lex.roles.get("adjective_endings", []) or ())
    j = start - 1
    steps = 0
    while j >= 0 and steps < 2 and tokens[j].text[:1].islower() and endings and \
            tokens[j].text.casefold().endswith(endings) and tokens[j].text.casefold() not in dets:
        j -= 1
        steps += 1
    plural = tuple(lex.roles.get("plural_demonym_endings", []) or ())
    word = tokens[start].text.casefold()
    if plural and j >= 0 and word != tokens[start].lemma and word.endswith(plural) and \
            any(tokens[j].lemma in lex.cue(c) for c in _PREP_CUES):
        return True  # "killed in ethnic riots", "after attacks": no verb follows a preposition
    head = tokens[start]
    if j >= 1 and steps == 0 and tokens[j].text.isalpha() and tokens[j].text.islower() and \
            (tokens[j - 1].text.casefold() in lex.cue("indefinite_article_forms")
             or (tokens[j - 1].text in ("'s", "’s") and lex.cue("indefinite_article_forms"))) and \
            head.text.casefold() == head.lemma:
        # "a fresh offer", "North Korea's consistent demand": one modifier of any shape between an
        # indefinite article or a possessive and an uninflected trigger word ("the parties agreed"
        # stays a verb: inflected, definite article)
        j -= 1
    return j >= 0 and (tokens[j].text.casefold() in dets or tokens[j].text in ("'s", "’s"))


def _is_passive(t: TriggerHit, tokens: list[Token], lex: Lexicon) -> bool:
    """Passive voice of a verbal trigger, from the pack's auxiliaries and participle shapes."""
    if t.defn.nominal:
        return False
    if t.defn.passive:
        return True
    head = tokens[t.start]
    if head.text[:1].isupper() and lex.roles.get("nouns_capitalised") and (t.parts or t.end - t.start > 1):
        # "Repräsentanten ... abgezogen", "Sanktionen verhängt": the verb at the end, not the noun
        head = tokens[t.parts[-1][0]] if t.parts else tokens[t.end - 1]
    if lex.lang == "ru":
        return "pssv" in head.pos or head.pos.startswith("PRTS")
    aux = lex.cue("passive_aux_forms")
    if not aux:
        return False
    surface = head.text.casefold()
    inf = tuple(lex.roles.get("infinitive_endings", []) or ())
    if surface == head.lemma and (not inf or surface.endswith(inf)):
        # an infinitive or base form ("wird ausweisen", "will expel") is not a participle; where the
        # pack lists its infinitive endings, a word the lemmatizer does not know ("einbestellt")
        # is a base form only when it ends like one
        return False
    endings = tuple(lex.roles.get("participle_endings", []) or ())
    if endings and not surface.endswith(endings):
        return False
    window = int(lex.roles.get("passive_window", 8))
    lo = max(0, t.start - window)
    hi = min(len(tokens), t.last + 3)
    return any(tok.text.casefold() in aux for tok in tokens[lo:hi])
