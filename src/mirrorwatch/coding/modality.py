"""Negation, denial, plans, threats, conditionals, questions, reported claims (step 7).

The words come from ``modality.yaml``. A cue counts for a trigger when it stands in the same clause
(between the nearest clause breaks around the trigger) within a window of tokens; denial verbs and
questions count for the whole sentence. Negated and hypothetical events are still emitted, with
their flags set, so that ``explain`` and ``--include-flagged`` analyses can see them; analyses drop
them by default. Reported claims ("sollen", "reportedly") only lower the confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import Lexicon
from .tokens import Token
from .triggers import TriggerHit

__all__ = ["Modality", "modality_of"]

_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", '"', "„", "“", "«", "»"})


@dataclass(slots=True)
class Modality:
    """The flags of one trigger and the words that set them."""

    negated: bool = False
    hypothetical: bool = False
    reported: bool = False
    cues: list[str] = field(default_factory=list)
    #: the actor's own announcement of the act ("will", "said it would", "plans to"): the word
    intent: str = ""
    #: a condition stated after the act ("... unless", "... if"): the word, and whether it is one
    #: that makes the act an ultimatum (the pack's ``threat_conditions``: "unless")
    condition_after: str = ""
    ultimatum: bool = False
    #: a condition or speculation before the act ("Wenn ..., werde", "could"): no announcement
    speculative: bool = False
    #: "failed to reach agreement": the word that says the act was attempted and did not happen
    failure: str = ""

    def to_dict(self) -> dict:
        """A plain dict for explain output."""
        return {"negated": self.negated, "hypothetical": self.hypothetical, "reported": self.reported,
                "cues": list(self.cues)}


def _clause(tokens: list[Token], t: TriggerHit, lex: Lexicon) -> tuple[int, int]:
    breaks = _CLAUSE_BREAKS | lex.cue("clause_breaks")
    lo = t.start
    while lo > 0 and tokens[lo - 1].text not in breaks and tokens[lo - 1].lemma not in breaks:
        lo -= 1
    hi = t.last
    while hi < len(tokens) and tokens[hi].text not in breaks:
        hi += 1
    return lo, hi


def _attributive(tokens: list[Token], k: int, t: TriggerHit, lex: Lexicon) -> bool:
    """"a planned visit", "the intended talks": a cue word between a determiner and the act noun
    describes the noun; it is no one's announcement."""
    return t.defn.nominal and k == t.start - 1 and k > 0 and \
        tokens[k - 1].text.casefold() in lex.cue("determiner_forms")


def _object_noun(tokens: list[Token], k: int, t: TriggerHit, lex: Lexicon) -> bool:
    """A plan word after the act that is a noun of its object ("rejected a Senegalese peace plan",
    "welcomed the plan"): an article or determiner opens its phrase within three words after the
    act, so it plans nothing about the act."""
    dets = lex.cue("determiner_forms") | lex.cue("noun_determiner_forms")
    return k >= t.last and any(tok.text.casefold() in dets for tok in tokens[max(t.last, k - 3):k])


def modality_of(t: TriggerHit, tokens: list[Token], lex: Lexicon) -> Modality:
    """The modality flags of trigger ``t`` in its sentence."""
    mod = Modality()
    lo, hi = _clause(tokens, t, lex)
    window = int(lex.modality.get("window", 6)) if isinstance(lex.modality.get("window"), int) else 6
    near = tokens[max(lo, t.start - window):min(hi, t.last + window)]
    clause = tokens[lo:hi]
    whole = tokens
    neg, plan, cond = lex.cue("negation"), lex.cue("plan"), lex.cue("conditional")
    deny, reported, question = lex.cue("denial"), lex.cue("reported"), lex.cue("question")
    neg_forms, plan_forms = lex.cue("negation_forms"), lex.cue("plan_forms")
    cancel, future = lex.cue("negation_cancel_next"), lex.cue("future_forms")
    intent, intent_forms = lex.cue("intent"), lex.cue("intent_forms")
    failure = lex.cue("failure")
    start = max(lo, t.start - window)
    for k, tok in enumerate(near, start):
        if k > 0 and tok.text[:1].isupper() and tok.text.casefold() in plan_forms | future:
            continue  # "on May 1", "Will Smith": a capitalised word inside a sentence is no modal
        if tok.lemma in neg or tok.text.casefold() in neg_forms:
            if k >= t.last and lex.modality.get("negation_before_only"):
                continue  # "expelled ... for activities not corresponding to ...": another verb's
            if k + 1 < len(tokens) and tokens[k + 1].lemma in cancel:
                continue  # "nicht ohne Folgen": a double negative is no negation
            mod.negated = True
            mod.cues.append(f"negation:{tok.text}")
        if tok.lemma in failure and k < t.start and not mod.failure:
            # "failed to reach agreement": the act did not happen (the pipeline codes a failed
            # cooperative act as REJECT)
            mod.negated = True
            mod.failure = tok.text
            mod.cues.append(f"failure:{tok.text}")
        if not t.passive and not t.defn.future_ok and tok.text.casefold() in future:
            mod.hypothetical = True
            mod.cues.append(f"future:{tok.text}")
            if k < t.start:
                mod.intent = mod.intent or tok.text
        if (tok.lemma in intent or tok.text.casefold() in intent_forms) and k < t.start \
                and not t.passive and not t.defn.future_ok and not _attributive(tokens, k, t, lex) \
                and not (k + 1 < len(tokens) and tokens[k + 1].text.casefold() in lex.cue("intent_cancel_next_forms")):
            # "said it would support", "plans to impose", "is prepared to lift": the actor announces
            # the act (the pipeline codes the announcement: AGREE, THREATEN or REJECT)
            mod.hypothetical = True
            mod.intent = mod.intent or tok.text
            mod.cues.append(f"intent:{tok.text}")
        elif (tok.lemma in plan or tok.text.casefold() in plan_forms) and not t.start <= k < t.last \
                and not _object_noun(tokens, k, t, lex):
            # (a modal inside the lexicon phrase itself, "should leave the territory", is its wording)
            mod.hypothetical = True
            mod.speculative = True
            mod.cues.append(f"plan:{tok.text}")
    tag = lex.modality.get("future_tag")
    if tag and not t.passive and not t.defn.future_ok and not mod.hypothetical:
        # A future verb form (Russian perfective "посетит", "состоится"): the verb itself, or for a
        # noun a verb after it in its clause, whose subject it is ("переговоры ... состоятся"); a
        # verb before a noun governs it ("примет меры в ответ на введение санкций").
        for tok in (tokens[t.last:hi] if t.defn.nominal else tokens[t.start:t.last]):
            if tag in tok.pos.split("|"):
                mod.hypothetical = True
                mod.cues.append(f"future:{tok.text}")
                break
    for k, tok in enumerate(clause, lo):
        if tok.lemma in cond and t.defn.future_ok and k >= t.last:
            # "threatened to cut ties unless ...", "would meet him if ...": a threat or an offer
            # states its condition; the act of threatening or offering has taken place
            continue
        if tok.lemma in cond:
            mod.hypothetical = True
            mod.cues.append(f"conditional:{tok.text}")
            if k >= t.last:
                # "will withdraw its force unless ...": the condition of an announced act
                mod.condition_after = mod.condition_after or tok.text
                mod.ultimatum = mod.ultimatum or tok.lemma in lex.cue("threat_conditions")
            else:
                mod.speculative = True
        if tok.lemma in reported or tok.text.casefold() in reported:
            mod.reported = True
            mod.cues.append(f"reported:{tok.text}")
    # An infinitive clause takes the plan of the clause it depends on: "Polen erwägt, die Grenze
    # zu schließen" (the pack's ``infinitive_markers`` stand right before the trigger's last word).
    markers = lex.cue("infinitive_markers")
    if markers and lo > 0 and not mod.hypothetical and t.last >= 2 and tokens[t.last - 2].lemma in markers:
        k = lo - 1
        while k > 0 and tokens[k - 1].text not in _CLAUSE_BREAKS:
            k -= 1
        cue = next((tok for tok in tokens[k:lo] if tok.lemma in plan or tok.text.casefold() in plan_forms), None)
        if cue is not None:
            mod.hypothetical = True
            if (cue.lemma in intent or cue.text.casefold() in intent_forms) and not t.passive:
                mod.intent = mod.intent or cue.text  # "Polen plant, die Grenze zu schließen"
                mod.cues.append(f"intent:{cue.text} (infinitive clause)")
            else:
                mod.speculative = True
                mod.cues.append(f"plan:{cue.text} (infinitive clause)")
    # Speculation about another's act ("Analysts expect that Russia will expel ...", "Experten
    # rechnen damit, dass ..."): a pack's ``speculation`` word in the clause before the act's clause,
    # or in its own clause before it, makes the act no announcement (it stays hypothetical).
    spec = lex.cue("speculation")
    if spec:
        brk = _CLAUSE_BREAKS | lex.cue("clause_breaks")
        j = lo - 1
        while j >= 0 and (tokens[j].text in brk or tokens[j].lemma in brk):
            j -= 1  # over ", dass", "that"
        k = j
        while k > 0 and tokens[k - 1].text not in brk and tokens[k - 1].lemma not in brk:
            k -= 1
        before = tokens[max(0, k):j + 1] if j >= 0 else []
        cue = next((tok for tok in [*before, *tokens[lo:t.start]] if tok.lemma in spec), None)
        if cue is not None:
            mod.hypothetical = True
            mod.speculative = True
            mod.cues.append(f"speculation:{cue.text}")
    # A conditional clause before the main clause ("Wenn ..., werde ...") governs it too.
    first = whole[0].lemma if whole else ""
    if first in cond and lo > 0:
        mod.hypothetical = True
        mod.speculative = True
        mod.cues.append(f"conditional:{whole[0].text}")
    for k, tok in enumerate(whole):
        if tok.lemma in deny and not t.start <= k < t.last:
            mod.negated = True
            mod.speculative = True  # a denied act is no announcement either
            mod.cues.append(f"denial:{tok.text}")
            break
    if (whole and (whole[-1].text == "?" or (len(whole) > 1 and whole[-2].text == "?"))) or \
            (whole and whole[0].lemma in question and t.start < 6):
        mod.hypothetical = True
        mod.speculative = True
        mod.cues.append("question")
    return mod
