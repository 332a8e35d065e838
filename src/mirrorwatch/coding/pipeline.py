"""The coder: raw text → :class:`~mirrorwatch.records.Event` records, step by step.

Read top to bottom, :meth:`Coder.code_text` does:

1. pick the language pack (given, or detected with py3langid among the packs there are);
2. split sentences (:mod:`.sentences`) with the pack's abbreviations;
3. per sentence: tokens and lemmas (:mod:`.tokens`), one automaton pass for every lexicon
   pattern (:mod:`.matching`);
4. actor mentions (:mod:`.actors`), then document carry-over for bare institutions (:mod:`.context`);
5. triggers (:mod:`.triggers`): no trigger, no event;
6. roles (:mod:`.roles`): source and target of each trigger, coordination, symmetric acts,
   agentless passives;
7. modality (:mod:`.modality`): negated / hypothetical flags;
8. dates (:mod:`.dates`) and location;
9. the event records, with Goldstein intensity, quad class, confidence and evidence ids.

:meth:`Coder.explain` runs the same steps on one sentence and keeps every intermediate result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..errors import InputError, LexiconError
from ..lang import Lexicon, available, load
from ..ontology import goldstein, quad_class
from ..records import Actor, Event, Location
from .actors import Mention, find_mentions
from .context import DocContext
from .dates import DateFinder, ResolvedDate
from .explain import Candidate, Explanation
from .matching import compound_hits, match
from .modality import Modality, modality_of
from .roles import (
    Cue,
    RoleResult,
    assign_roles,
    coordination_groups,
    distinct_bodies,
    mention_cues,
    speaker_of,
    weekday_words,
)
from .sentences import split_sentences
from .tokens import Token, tokenize
from .triggers import TriggerHit, find_triggers

__all__ = ["Coder", "detect_language"]

#: Longest sentence (characters) the coder analyses; longer "sentences" (tables, run-on junk) are
#: cut, so that one hostile input cannot stall a batch.
MAX_SENTENCE_CHARS = 2_000
#: Confidence by how a role was found (see roles.py); mean of source and target, then modality.
_HOW_CONF = {"agent": 0.95, "target": 0.95, "obj": 0.9, "subj": 0.9, "poss": 0.9, "with": 0.85, "gen": 0.75,
             "plain": 0.7, "speaker": 0.6, "carry-over": 0.5, "agentless": 0.5, "symmetric": 0.85}


@lru_cache(maxsize=16)
def _date_finder(lang: str) -> DateFinder:
    return DateFinder(load(lang))


def detect_language(text: str) -> str:
    """The most likely language of ``text`` among the available packs (py3langid)."""
    langs = available()
    if len(langs) == 1:
        return langs[0]
    ident = _identifier(tuple(langs))
    lang, _ = ident.classify(text[:2000])
    return lang


@lru_cache(maxsize=4)
def _identifier(langs: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(list(langs))
    return ident


def _parse_published(published: Any) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError as exc:
        raise InputError(str(published), "publication date must be YYYY-MM-DD") from exc


def _governed_by_preposition(trig: TriggerHit, tokens: list[Token], lex: Lexicon, background: bool = False) -> bool:
    """A nominal trigger after a preposition ("wegen der Ausweisung", "after the attack"): background.

    With ``background`` only the pack's ``background_preps`` count: after them ("Nach dem Anschlag
    in Kaschmir müssen ...") the noun is background even in a sentence with no act verb."""
    preps = (lex.cue("other_preps") | lex.cue("with_preps") | lex.cue("location_preps")
             | lex.cue("background_preps") | lex.cue("target_preps") | lex.cue("genitive_preps")
             | lex.cue("noun_complement_preps"))
    if background:
        preps = lex.cue("background_preps")
    skip = lex.cue("determiner_forms") | lex.cue("oblique_forms") | lex.cue("genitive_forms")
    names = not lex.roles.get("nouns_capitalised")
    j = trig.start - 1
    steps = 0
    while j >= 0 and steps < 4 and (tokens[j].text.casefold() in skip or tokens[j].text.isdigit() or
                                   (tokens[j].text[:1].islower() and tokens[j].lemma not in preps) or
                                   # "during the Baltic 2024 naval drills": a name
                                   # or a year modifies the noun
                                   (names and j > 0 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha())):
        j -= 1
        steps += 1
    return j >= 0 and tokens[j].lemma in preps


def _nominal_object(trig: TriggerHit, triggers: list[TriggerHit], tokens: list[Token], lex: Lexicon,
                    mentions: list[Mention] = ()) -> bool:  # type: ignore[assignment]
    """A nominal trigger that is the object of a verbal act or another noun's genitive: background.

    "verurteilte den Besuch", "condemned the visit", "im Fall eines bewaffneten Angriffs": the
    noun names what the real act is about, not an act of its own. German marks this by case
    (``oblique_forms``/``genitive_forms`` right before the noun); in every language a noun right
    after a verbal trigger (over determiners and adjectives) is that verb's object.
    """
    skip = lex.cue("determiner_forms") | lex.cue("oblique_forms") | lex.cue("genitive_forms")
    owners = {i for m in mentions if m.country is not None for i in range(m.start, m.end)}
    owners |= {i for i, t in enumerate(tokens) if t.text in ("'s", "’s")}
    # the last word of a verbal trigger ends the walk ("rejected" ends like an adjective)
    verb_ends = {t.last - 1 for t in triggers if not t.defn.nominal and t is not trig}
    skip = skip | weekday_words(lex)  # "turned down Monday a United Nations request"
    j = trig.start - 1
    steps = 0
    while j >= 0 and steps < 5 and j not in verb_ends and (tokens[j].text.casefold() in skip or j in owners or
                                   (tokens[j].text[:1].islower() and _is_adjective(tokens[j], lex)) or
                                   # "turned down a new offer", "dismissed Chile's repeated demand":
                                   # one word of any shape between a determiner or possessive and the noun
                                   (tokens[j].text.isalpha() and tokens[j].text.islower() and j > 0
                                    and (tokens[j - 1].text.casefold() in lex.cue("determiner_forms")
                                         or tokens[j - 1].text in ("'s", "’s")))):
        # ("rejected an Indian proposal": the owner's adjective is walked over like any other)
        if tokens[j].text.casefold() in lex.cue("genitive_forms") and lex.cue("genitive_forms"):
            return True
        if tokens[j].text.casefold() in lex.cue("oblique_forms") and any(not t.defn.nominal for t in triggers):
            return True
        j -= 1
        steps += 1
    if j >= 0 and any(not t.defn.nominal and t is not trig and t.last - 1 == j for t in triggers):
        return True
    if lex.roles.get("word_order") == "sov":
        # Verb-final clauses put the object before its verb: "die Einigung blockiert", "den Besuch
        # scharf verurteilt" (at most one adverb between).
        for t in triggers:
            if t is trig or t.defn.nominal:
                continue
            gap = tokens[trig.last:t.start]
            if len(gap) <= 1 and all(g.text[:1].islower() and g.text.isalpha() for g in gap):
                return True
    return False


def _named_past_act(trig: TriggerHit, mentions: list[Mention], cues: list, groups: list[int],
                    tokens: list[Token], lex: Lexicon) -> bool:
    """A background noun that names a specific past act with its own agent and target: an event.

    "в ответ на объявление ... persona non grata со стороны Вильнюса", "в связи с высылкой
    Польшей консулов": the annotation rules code a nominalised act whose actor and target are
    stated. Only where the pack asks for it (``named_past_acts`` in roles.yaml), and only with an
    agent marked right after the noun (an agent preposition or, in Russian, the instrumental case),
    so that a bare "after the attack" stays background.
    """
    if not lex.roles.get("named_past_acts"):
        return False
    roles = assign_roles(trig, mentions, cues, groups, tokens, lex)
    if not roles.sources or not roles.targets or not roles.source_how.startswith("agent"):
        return False
    src = roles.sources[0]
    if not (0 <= src.start - trig.end <= 8 or 0 <= src.start - trig.last <= 3):
        return False  # the agent belongs to this noun only when it follows it closely
    return any(t.country is not None and t.country != src.country for t in roles.targets)


def _announcing_side(roles: RoleResult, mentions: list[Mention], cues: list, tokens: list[Token],
                     lex: Lexicon) -> None:
    """An announced meeting is the speaking side's intent: speaker → the other participant.

    "The talks of A's and B's envoys will take place ..., B's spokeswoman said": the annotation rules
    code only the side that announces (unless the text reports both agreeing), so when the
    sentence's speaker belongs to one of the participants, that state is the source and the other
    participant the target.
    """
    sp = speaker_of(mentions, cues, tokens, lex)
    if sp is None or mentions[sp].country is None:
        return
    side = mentions[sp]
    parties = [*roles.sources, *roles.targets]
    if side.country not in {m.country for m in parties}:
        return
    other = next((m for m in parties if m.country not in (None, side.country)), None)
    if other is None:
        return
    roles.sources, roles.targets = [side], [other]
    roles.source_how = "speaker"
    roles.notes.append(f"announced meeting: only the announcing side {side.country} is the source")


#: CAMEO "express intent to ..." codes for an announced cooperative act (by the act's PLOVER type).
_INTENT_CAMEO = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032", "RETREAT": "034",
                 "CONCEDE": "034"}


#: CAMEO "threaten to ..." codes for an announced or conditional conflictual act (by its PLOVER type).
_THREAT_CAMEO = {"SANCTION": "1312", "COERCE": "137", "ASSAULT": "138", "MOBILIZE": "138", "PROTEST": "133"}
#: CAMEO "reject / refuse to ..." codes for a cooperative act announced as not to be done.
_REFUSAL_CAMEO = {"CONSULT": "125", "AID": "121", "COOPERATE": "121", "RETREAT": "124", "CONCEDE": "124",
                  "AGREE": "127"}


def _as_intent(trig: TriggerHit, plover: str = "AGREE", keep_symmetric: bool = False) -> TriggerHit:
    """The same trigger read as a statement about it: AGREE (intent: "will visit" → CAMEO 036, "will
    send aid" → 033), THREATEN ("will impose sanctions" → 1312) or REJECT ("will not accept" → 12x)."""
    d = trig.defn
    table, default = {"AGREE": (_INTENT_CAMEO, "030"), "THREATEN": (_THREAT_CAMEO, "130"),
                      "REJECT": (_REFUSAL_CAMEO, "120")}[plover]
    cameo = table.get(d.plover, default)
    new = replace(d, plover=plover, mode=None, cameo=cameo, symmetric=d.symmetric and keep_symmetric,
                  future_ok=True, by_target=())
    return TriggerHit(trig.start, trig.end, trig.parts, new, trig.text, trig.passive)


def _offer_of_force(trig: TriggerHit, triggers: list[TriggerHit], tokens: list[Token], lex: Lexicon) -> TriggerHit:
    """A promise or declared readiness whose content is a conflictual act is a threat: "is prepared
    to impose martial law", "vowed to retaliate", "promised to expel ..." (an AGREE trigger that is
    about the future, with a quad class 3–4 act as its content) → THREATEN with that act's threat
    code. A demand's content ("urged X to stop attacks") leaves the demand as it is."""
    if trig.defn.plover != "AGREE" or not trig.defn.future_ok or trig.defn.nominal:
        return trig
    for other in triggers:
        if other is trig or other.start < trig.last or quad_class(other.defn.cameo) not in (3, 4):
            continue
        threat = other.defn.plover == "THREATEN" and 0 < other.start - trig.last <= 2 and \
            tokens[other.start - 1].lemma in lex.cue("infinitive_markers")  # "promised to retaliate"
        if threat or _content_of(other, triggers, tokens, lex) is trig:
            new = _as_intent(other, "THREATEN") if not threat else other
            return TriggerHit(trig.start, trig.end, trig.parts, replace(new.defn, id=trig.defn.id), trig.text,
                              trig.passive)
    return trig


def _announced(trig: TriggerHit, roles: RoleResult, mod: Modality, mentions: list[Mention], cues: list,
               tokens: list[Token], lex: Lexicon) -> TriggerHit:
    """An act its actor announces, promises, plans or makes conditional is coded as that statement.

    PLOVER and the annotation rules code a stated future act by its quad class: a cooperative act
    announced ("will allow", "said it would support", "is prepared to lift") is AGREE; a conflictual
    act announced or planned ("plans to impose restrictions", "wird Gegenmaßnahmen ergreifen",
    "примет ответные меры"), or any act made an ultimatum ("will withdraw its force unless ...",
    the pack's ``threat_conditions``), is THREATEN; a cooperative act announced as not to be done
    ("will not accept refugees") is REJECT. The announcement has happened when it is reported, so
    the record is not hypothetical. Speculation and deliberation ("could", "considering"), a
    condition before the act ("Wenn ..., werde ..."), questions, denials and passives keep the
    act flagged as before, as does a negated conflictual act ("will not impose sanctions").
    """
    if mod.failure and quad_class(trig.defn.cameo) in (1, 2) and not mod.hypothetical and not trig.passive:
        # "Chile and Peru failed to reach a deal": a cooperative act that failed is
        # each side's rejection (a mutual act stays mutual)
        # (both ways only when both sides failed together: "A and B failed to agree"; "Serbia declined
        # to sign the agreement with Kosovo" is Serbia's refusal alone)
        new = _as_intent(trig, "REJECT", keep_symmetric=len({s.country for s in roles.sources}) >= 2)
        mod.negated = False
        why = f"a cooperative act that failed ({mod.failure!r})"
        mod.cues.append(f"intent: {why} → REJECT (CAMEO {new.defn.cameo})")
        roles.notes.append(f"intent: {trig.defn.plover} {trig.text!r} is {why} → REJECT")
        return new
    if not mod.hypothetical or mod.speculative or trig.passive or trig.defn.future_ok:
        return trig
    future_only = bool(mod.cues) and all(c.startswith(("future:", "negation:")) for c in mod.cues)
    if not (mod.intent or future_only):
        return trig
    cooperative = quad_class(trig.defn.cameo) in (1, 2)
    cue = mod.intent or next(c.split(":", 1)[1] for c in mod.cues if c.startswith("future:"))
    if mod.negated:
        if not cooperative or mod.condition_after:
            return trig
        plover, why = "REJECT", f"a cooperative act announced as not to be done ({cue!r} ... not)"
        mod.negated = False
    elif mod.ultimatum:
        plover, why = "THREATEN", f"an act announced ({cue!r}) on a condition ({mod.condition_after!r}): an ultimatum"
    elif not cooperative:
        plover, why = "THREATEN", f"a conflictual act announced or planned ({cue!r})"
    else:
        plover, why = "AGREE", f"a cooperative act announced or offered ({cue!r})"
        if trig.defn.symmetric:
            _announcing_side(roles, mentions, cues, tokens, lex)
    new = _as_intent(trig, plover)
    mod.hypothetical = False
    mod.cues.append(f"intent: {why} → {plover} (CAMEO {new.defn.cameo})")
    roles.notes.append(f"intent: {trig.defn.plover} {trig.text!r} is {why} → {plover}")
    return new


def _stance_prefixed(mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """"an anti-Syria journalist", "the pro-Iranian Hizbollah": a state after one of the pack's
    ``stance_prefixes`` and a hyphen is what the actor is for or against, not its state. A
    country word alone so prefixed is dropped; an institution it was joined to loses the state."""
    prefixes = lex.cue("stance_prefixes")
    if not prefixes:
        return mentions
    out = []
    for m in mentions:
        if m.start >= 2 and tokens[m.start - 1].text in ("-", "‑") and tokens[m.start - 2].text.casefold() in prefixes \
                and m.country is not None:
            if m.kind in ("name", "alias", "capital", "adjective", "demonym", "metonym", "owner"):
                continue
            m = replace(m, country=None, resolved_by="unresolved",
                        evidence=[*m.evidence, f"stance:{tokens[m.start - 2].text.casefold()}"])
        out.append(m)
    return out


def _named_groups(mentions: list[Mention], hits: list, tokens: list[Token], sentence: str, lex: Lexicon) -> list[Mention]:
    """"Iraqi Kurds", "the Nigerian Union of Teachers", "Liberian Peace Council": a country adjective
    before capitalised words the lexicon does not know names a group or body of that country's
    society (CVL, attributed), not nothing. Only for packs that do not capitalise ordinary nouns
    (``nouns_capitalised`` unset): there a capital letter marks a name. Date words and words that
    are lexicon hits end the name; "of" may join two capitalised parts ("Union of Teachers")."""
    if lex.roles.get("nouns_capitalised"):
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    busy = {i for h in hits for i in range(h.start, h.end)}
    dated = _date_words(lex)
    links = lex.cue("genitive_links") or frozenset({"of"})

    def name_word(k: int) -> bool:
        t = tokens[k]
        return (t.text[:1].isupper() and t.text.replace("'", "").isalpha() and k not in busy
                and t.text.casefold() not in dated and not t.text.isupper())

    added = []
    for h in hits:
        if h.pattern.kind != "country" or h.pattern.data[1] != "adjective" or \
                any(i in covered for i in range(h.start, h.end)):
            continue
        j = h.end
        while j < len(tokens) and name_word(j):
            j += 1
            if j + 1 < len(tokens) and tokens[j].lemma in links and name_word(j + 1):
                j += 1
        if j == h.end:
            continue
        text = sentence[tokens[h.start].start:tokens[j - 1].end]
        added.append(Mention(h.start, j, h.pattern.data[0], "CVL", text, "owner", True,
                             [f"actor:{lex.lang}:{tokens[h.start].lemma}", "group:named"]))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _drop_name_modifiers(mentions: list[Mention], tokens: list[Token], hits: list, lex: Lexicon) -> list[Mention]:
    """"Vienna Convention", "Minsk Agreements", "Paris Club": a place name before a capitalised
    word that is no lexicon entry modifies a proper name and is no actor (languages that do not
    capitalise ordinary nouns only). A date word after it ("Israel Friday reimposed ...") is no name."""
    busy = {i for h in hits if h.pattern.kind != "cue" for i in range(h.start, h.end)}
    dated = _date_words(lex)
    out = []
    for m in mentions:
        nxt = tokens[m.end] if m.end < len(tokens) else None
        if m.kind in ("capital", "name", "alias") and nxt is not None and nxt.text[:1].isupper() and \
                nxt.text.isalpha() and m.end not in busy and not nxt.text.isupper() and \
                nxt.text.casefold() not in dated:
            continue
        out.append(m)
    return out


def _purpose_of_same_act(trig: TriggerHit, triggers: list[TriggerHit], tokens: list[Token], lex: Lexicon) -> bool:
    """"telephoned X on Tuesday to discuss ...", "met in Baku to negotiate ...": an infinitive of the
    same PLOVER type shortly after a verbal trigger says what that act was for; it is no second act."""
    markers = lex.cue("infinitive_markers")
    if trig.defn.nominal or trig.start == 0 or tokens[trig.start - 1].lemma not in markers:
        return False
    # the pack may let an act carry the purpose of another type ("staged a hunger strike to demand
    # the resignation of ...": the demand is what the protest is for; roles.yaml purpose_of)
    carriers = {k for k, v in (lex.roles.get("purpose_of") or {}).items() if trig.defn.plover in (v or ())}
    return any(o is not trig and ((o.defn.plover == trig.defn.plover and not o.defn.nominal)
                                  or o.defn.plover in carriers)
               and o.last <= trig.start and trig.start - o.last <= 10 for o in triggers)


def _place_as_agent(trig: TriggerHit, roles: RoleResult, mentions: list[Mention]) -> None:
    """"The two attachés must leave the territory of Latvia": the state left is the one expelling.

    The first state named within four tokens after the phrase becomes the source; the actors word
    order had picked (the informed ambassador, the expelled) are aimed at, unless of that state.
    """
    place = next((m for m in mentions if m.country is not None and 0 <= m.start - trig.last <= 4), None)
    if place is None:
        return
    others = [m for m in (*roles.sources, *roles.targets) if m.country not in (None, place.country)]
    roles.sources, roles.source_how = [place], "place-left"
    roles.targets = others[:1]
    roles.target_how = "plain" if others else ""
    roles.notes.append(f"{place.text!r} is the state left: the expelling state")


#: Types of a complaint: addressed to someone ("to the United Nations"), aimed at whom it is about.
_GRIEVANCE_TYPES = frozenset({"ACCUSE", "PROTEST"})


def _grievance_target(trig: TriggerHit, roles: RoleResult, mentions: list[Mention], tokens: list[Token],
                      lex: Lexicon) -> None:
    """"Jordan complained to the United Nations about Syrian shelling": the organisation a
    complaint is addressed to is no target; the state whose act it is about (named within four words
    after one of the pack's ``grievance_preps``, "over", "about") is."""
    preps = lex.cue("grievance_preps")
    if not preps or trig.defn.plover not in _GRIEVANCE_TYPES or not roles.targets or \
            not all(t.sector == "IGO" for t in roles.targets):
        return
    srcs = {m.country for m in roles.sources}
    for k in range(trig.last, min(len(tokens), trig.last + 12)):
        if tokens[k].lemma not in preps:
            continue
        accused = next((m for m in mentions if m.country is not None and m.country not in srcs
                        and m.sector != "IGO" and 0 < m.start - k <= 4), None)
        if accused is not None:
            roles.targets, roles.target_how = [accused], f"grievance:{tokens[k].text}"
            roles.notes.append(f"complaint about {accused.text!r}: the addressee is no target")
        return


def _noun_modifier(trig: TriggerHit, mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> bool:
    """"some invasion forces", "a mediation mission": an act noun right before an institution word
    (or a word of the pack's ``modified_heads``: "truce monitors", "aid workers") modifies it, in
    languages that build compounds of separate words with the head last (the pack's
    ``noun_compounds``: English; Russian "переговоры представителей" is the act with its genitive);
    it names no act of its own."""
    if not lex.roles.get("noun_compounds") or trig.end - trig.start != 1:
        return False
    if trig.end < len(tokens) and tokens[trig.end].text[:1].islower() and \
            tokens[trig.end].lemma in lex.cue("modified_heads"):
        return True  # "EC truce monitors", "aid workers", "a ceasefire line": the head is another noun
    return any(m.start == trig.end and m.kind == "inst" and tokens[m.start].text[:1].islower() for m in mentions)


def _place_left_cues(trig: TriggerHit, mentions: list[Mention], cues: list, lex: Lexicon) -> list:
    """"the withdrawal of its troops from Georgia": for the pack's ``place_left_types`` (RETREAT), a
    state after one of its ``place_left_preps`` following the act is the place left, its target,
    not the agent the preposition marks elsewhere ("an offer from Afghanistan")."""
    left = lex.cue("place_left_preps")
    if not left or trig.defn.plover not in lex.cue("place_left_types"):
        return cues
    return [Cue("target", c.word) if c.kind in ("agent", "agent-passive", "other") and c.word in left
            and m.start >= trig.start else c for c, m in zip(cues, mentions, strict=True)]


def _clause_subject_target(trig: TriggerHit, roles: RoleResult, mentions: list[Mention], tokens: list[Token],
                           lex: Lexicon) -> None:
    """"insisted that the rebels hand over their weapons to Mali": a demand with a content
    clause is made of that clause's subject; an actor later inside the clause (the object of the
    demanded act) is not its target. When the subject is no known actor, the demand has no target
    from the clause (the pack's ``complementizers`` open the clause)."""
    comps = lex.cue("complementizers")
    if not comps or trig.defn.plover != "REQUEST":
        return
    k = next((i for i in range(trig.last, min(len(tokens), trig.last + 5)) if tokens[i].lemma in comps), None)
    if k is None:
        return
    j = k + 1
    while j < len(tokens) and tokens[j].text.casefold() in lex.cue("determiner_forms"):
        j += 1
    late = [t for t in roles.targets if t.start > j + 2]  # ("that the Zorvatian militants": modifiers)
    if late:
        roles.targets = [t for t in roles.targets if t.start <= j + 2]
        subject = None
        if not roles.targets:
            # "demanded that Hamas renounce its struggle against Israel": the clause's subject
            subject = next((m for m in mentions if j <= m.start <= j + 2 and m.country is not None), None)
            roles.targets = [subject] if subject is not None else []
        roles.closed = not roles.targets
        roles.notes.append(f"{late[0].text!r} is inside the demanded clause, not its subject: "
                           + (f"the target is the clause's subject {subject.text!r}" if subject is not None
                              else "no target" if not roles.targets else "the target stays"))
    elif not roles.targets and j < len(tokens) and tokens[j].text[:1].isupper() and \
            not any(j <= m.start <= j + 2 for m in mentions):
        # "demanded that Hamas ...": a name the lexicon does not know is the one asked; no other
        # state of the story stands in for it
        roles.closed = True
        roles.notes.append(f"the clause subject {tokens[j].text!r} is no known actor: no target")


def _decision_agent(trig: TriggerHit, roles: RoleResult, mentions: list[Mention], tokens: list[Token],
                    lex: Lexicon) -> None:
    """"in reply to the Greek decision on Friday to close the crossing": a state's decision
    (``decision_heads`` in roles.yaml) to do something, named as its act, makes it the act's agent.

    The infinitive must follow the decision closely (at most three words between, a date), so
    that "the Indian decision" does not lend itself to later verbs of the sentence.
    """
    heads = lex.cue("decision_heads")
    markers = lex.cue("infinitive_markers")
    if not heads or trig.defn.nominal or trig.start == 0 or tokens[trig.start - 1].lemma not in markers:
        return
    def decided(m: Mention) -> bool:
        # "the Greek decision ... to", or "the step taken by Latvia to"
        if m.head in heads:
            return True
        return m.start >= 2 and tokens[m.start - 1].lemma in lex.cue("passive_agent_preps") and \
            any(t.lemma in heads for t in tokens[max(0, m.start - 4):m.start - 1])

    owner = next((m for m in mentions if m.country is not None and 0 <= trig.start - 1 - m.end <= 3
                  and decided(m)), None)
    if owner is None:
        return
    roles.sources, roles.source_how = [owner], "agent:decision"
    roles.targets = [t for t in roles.targets if t is not owner and t.country != owner.country]
    roles.notes.append(f"{owner.text!r} decided it: the deciding state is the agent")


def _pair_reference(sources: list[Mention]) -> bool:
    """The sources are the story's pair named by one reference ("the two countries", "both sides"):
    with no other party, what they did they did to each other ("since the two countries cut
    diplomatic relations"), whatever the act's type."""
    return len(sources) >= 2 and all(m.kind == "reference" for m in sources) and \
        len({(m.start, m.end) for m in sources}) == 1


def _remember_pair(mentions: list[Mention], tokens: list[Token], lex: Lexicon, ctx: DocContext) -> None:
    """Keep the last pair of states the text names together ("Armenia and Azerbaijan", "Mirzoyan and
    Bayramov"): "the two ministers", "they" later mean that pair, not a third state named since."""
    named = [m for m in mentions if m.country is not None and m.kind != "reference"]
    if len(named) < 2:
        return
    groups = coordination_groups(named, tokens, lex)
    for g in dict.fromkeys(groups):
        countries = list(dict.fromkeys(m.country for m, k in zip(named, groups, strict=True) if k == g))
        if len(countries) == 2:
            ctx.last_pair = (countries[0], countries[1])


def _proper_names_capitalised(hits: list, tokens: list[Token], lex: Lexicon) -> list:
    """"visited Russia today" is no "Russia Today": in languages that capitalise only names, a
    multi-word organisation or person name matches only where its words are capitalised (the
    automaton matches lemmas, which are case-folded); linking words ("of", "the") and the pack's
    name particles ("al-Qaeda", "bin Laden", "de Klerk", "von Weizsäcker": ``name_particle_forms``)
    may be lower case."""
    small = lex.cue("genitive_links") | lex.cue("fillers") | lex.cue("determiner_forms") | \
        lex.cue("coordination") | lex.cue("name_particle_forms")
    out = []
    for h in hits:
        if h.pattern.kind in ("org", "person") and h.end - h.start >= 2 and any(
                t.text[:1].islower() and t.text.isalpha() and t.text.casefold() not in small
                for t in tokens[h.start:h.end]):
            continue
        out.append(h)
    return out


def _hyphen_participles(hits: list, tokens: list[Token], lex: Lexicon) -> tuple[list, list]:
    """A country word joined by a hyphen to a participle before a group: "Saudi-led forces" are the
    Saudi state's forces (the country word is an adjective owning the institution after "led", pack's
    ``led_forms``); "US-backed rebels" are not the United States' (``backed_forms``): the country is
    no actor and the participle no act ("backed" is no SUPPORT event). Returns the hits and the
    leading states' country hits (a group that is no institution, "the Saudi-led coalition", is
    still the leader's: see :func:`_leaders`)."""
    led, backed = lex.cue("led_forms"), lex.cue("backed_forms")
    if not (led or backed):
        return hits, []
    drop_country: set[int] = set()   # end of a country hit whose state backs the group
    make_adj: set[int] = set()       # end of a country hit whose state leads the group
    part: set[int] = set()           # the participle tokens
    for h in hits:
        k = h.end
        if h.pattern.kind != "country" or k + 1 >= len(tokens) or tokens[k].text != "-":
            continue
        word = tokens[k + 1].text.casefold()
        if word in led:
            make_adj.add(k)
            part.add(k + 1)
        elif word in backed:
            drop_country.add(k)
            part.add(k + 1)
    if not part:
        return hits, []
    out = []
    leaders = []
    adj_done: set[tuple[int, int]] = set()
    for h in hits:
        if h.pattern.kind == "trigger" and h.start in part:
            continue
        if h.pattern.kind == "country" and h.end in drop_country:
            continue
        if h.pattern.kind == "country" and h.end in make_adj:
            if (h.start, h.end) in adj_done:
                continue
            adj_done.add((h.start, h.end))
            code, _kind, sector = h.pattern.data
            h = replace(h, pattern=replace(h.pattern, data=(code, "adjective", sector)))
            leaders.append(h)
        out.append(h)
    return out, leaders


def _leaders(mentions: list[Mention], leaders: list, tokens: list[Token], sentence: str, lang: str) -> list[Mention]:
    """"The Saudi-led coalition struck ...": a leading state whose group is no institution word is
    the actor itself (its government, kind ``owner``), not a bare adjective."""
    added = []
    for h in leaders:
        if any(m.start <= h.start < m.end for m in mentions) or h.pattern.data[0] is None:
            continue
        text = sentence[tokens[h.start].start:tokens[h.end - 1].end]
        lemmas = " ".join(t.lemma for t in tokens[h.start:h.end])
        added.append(Mention(h.start, h.end, h.pattern.data[0], "GOV", text, "owner", False, [f"actor:{lang}:{lemmas}"]))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _speaker_demands(trig: TriggerHit, roles: RoleResult, mentions: list[Mention], cues: list,
                     tokens: list[Token], lex: Lexicon) -> None:
    """"Norway said on Monday that Chile must hand back the trawler": the speaker demands; the actor
    right before the modal is asked. Without a speaker of another state nothing is demanded (a
    ministry's "we must" is no demand on anyone)."""
    asked = next((m for m in mentions if m.country is not None and 0 <= trig.start - m.end <= 1), None)
    sp = speaker_of(mentions, cues, tokens, lex)
    verb = next((k for k in range(trig.start - 1, -1, -1) if tokens[k].lemma in lex.cue("speech_verbs")), None)
    if sp is not None and verb is not None and verb < mentions[sp].start < trig.start:
        sp = None  # "said Dutch and Belgian troops must ...": inside the reported clause, no speaker
    roles.sources, roles.targets = [], []
    if asked is None or sp is None or mentions[sp].country in (None, asked.country) or mentions[sp] is asked:
        roles.notes.append("obligation without a speaker of another state: no demand")
        return
    roles.sources, roles.source_how = [mentions[sp]], "speaker"
    roles.targets, roles.target_how = [asked], "subj:modal"
    roles.notes.append(f"reported obligation: {mentions[sp].text!r} demands it of {asked.text!r}")


def _act_key(e: Event) -> tuple:
    """What makes two events of one sentence the same act (the record's tuple, without the date)."""
    t = e.target
    return (e.source.country, e.source.sector, t.country if t else None, t.sector if t else None,
            e.plover, e.mode, e.cameo, e.negated, e.hypothetical)


_PREPOSITIONS: dict[tuple[str, str], frozenset[str]] = {}
_DATE_WORDS: dict[tuple[str, str], frozenset[str]] = {}


def _date_words(lex: Lexicon) -> frozenset[str]:
    """The pack's weekday and month words (dates.yaml), case-folded; computed once per pack version."""
    key = (lex.lang, lex.version)
    words = _DATE_WORDS.get(key)
    if words is None:
        words = frozenset(str(w).casefold() for name in ("weekdays", "months") for w in (lex.dates.get(name) or {}))
        _DATE_WORDS[key] = words
    return words


def _prepositions(lex: Lexicon) -> frozenset[str]:
    """Every preposition the pack's role cues name (one-word ones); computed once per pack version."""
    key = (lex.lang, lex.version)
    words = _PREPOSITIONS.get(key)
    if words is None:
        words = frozenset(w for name in ("agent_preps", "passive_agent_preps", "target_preps", "with_preps",
                                         "location_preps", "other_preps", "genitive_preps", "pair_preps",
                                         "background_preps", "coordination")
                          for w in lex.cue(name) if " " not in w)
        _PREPOSITIONS[key] = words
    return words


def _verb_forms_no_institutions(hits: list, tokens: list[Token], lex: Lexicon) -> list:
    """"Jakarta forced the agency out": an institution word matched through its lemma ("forces" →
    "force") in a verb form with one of the pack's ``verb_form_endings`` ("-ed") is the verb, no
    actor (the lexicon lists institutions as nouns)."""
    endings = tuple(lex.roles.get("verb_form_endings", []) or ())
    if not endings:
        return hits
    return [h for h in hits if not (h.pattern.kind == "inst" and h.end - h.start == 1 and
                                    tokens[h.start].text.casefold().endswith(endings) and
                                    tokens[h.start].text.casefold() != tokens[h.start].lemma)]


def _inst_inside_act_nouns(hits: list) -> list:
    """"continue military aid", "held military exercises": an institution word that opens a longer
    act noun (a trigger's ``nouns`` entry) is part of that noun, not an actor of its own."""
    spans = [(h.start, h.end) for h in hits if h.pattern.kind == "trigger" and h.pattern.data.nominal
             and not h.pattern.rest and h.end - h.start >= 2]
    if not spans:
        return hits
    return [h for h in hits if not (h.pattern.kind == "inst" and any(
        a == h.start and h.end < b for a, b in spans))]


def _statement_owner(trig: TriggerHit, mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> Mention | None:
    """The state whose statement a judgement is quoted from: "the statement of the Chilean side that
    ... 'violates ...'", "Iran's claim that ... is illegal" (pack's ``statement_nouns``)."""
    nouns = lex.cue("statement_nouns")
    if not nouns:
        return None
    links = lex.cue("genitive_links")
    for k in range(trig.start - 1, max(-1, trig.start - 30), -1):
        if tokens[k].lemma not in nouns:
            continue
        that = next((x for x in range(k + 1, min(trig.start, k + 7)) if tokens[x].lemma == "that"), None)
        if that is None:
            return None
        for m in mentions:
            if m.country is None:
                continue
            if m.end in (k, k - 1) and all(t.text in ("'s", "’s") for t in tokens[m.end:k]):
                return m  # "Iran's statement that"
            if k < m.start < that and all(t.lemma in links for t in tokens[k + 1:m.start]):
                return m  # "the statement of the Chilean side that"
        return None
    return None


def _drop_unresolved_appositions(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"... headed by Aibek Tolenov, Presidential Envoy for ...": a title with no state set
    off by a comma after a name describes that name; it is no actor of its own (kept, it would be
    the nearest subject candidate and drop the act for want of a state)."""
    def apposition(m: Mention) -> bool:
        if m.country is not None or m.kind != "title":
            return False
        k = m.start - 1
        while k >= 0 and m.start - k <= 2 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
            k -= 1  # "Presidential Adviser": capitalised words of the title itself
        return k >= 1 and tokens[k].text == "," and tokens[k - 1].text[:1].isupper() and tokens[k - 1].text.isalpha()

    return [m for m in mentions if not apposition(m)]


def _speaker_pronoun(refs: list[Mention], speaker: Mention, tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """"Bolivian officials said they would shun ...": a one-word pair reference ("they") opening
    what a speaker before it says is the speaker itself (its state, sector and attribution), when
    the story has named no pair for it to mean."""
    speech, comps = lex.cue("speech_verbs"), lex.cue("complementizers")
    out: list[Mention] = []
    done: set[int] = set()
    for r in refs:
        k = r.start - 1
        if k >= 0 and tokens[k].lemma in comps:
            k -= 1
        if r.end - r.start == 1 and "context:pair_refs" in " ".join(r.evidence) and k >= 0 and \
                tokens[k].lemma in speech and speaker.end <= k:
            if r.start not in done:
                done.add(r.start)
                out.append(replace(speaker, start=r.start, end=r.end, text=r.text, kind="reference",
                                   evidence=[*speaker.evidence, f"context:speaker-pronoun:{r.text}"],
                                   resolved_by="carry-over", members=[]))
            continue
        out.append(r)
    return out


def _drop_descriptive_appositions(mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """"Norway, a close partner of the alliance in the north, has declined ...": an indefinite noun
    phrase set off by commas right after an actor describes that actor; a state named inside it is
    no party to the sentence's acts (kept, it would be the nearest subject of the verb after it).

    Only with the pack's ``indefinite_article_forms`` right after the comma, a closing comma within
    twelve words and no coordination word inside ("Russia, a member, and China" is a list).
    """
    articles = lex.cue("indefinite_article_forms")
    if not articles or len(mentions) < 2:
        return mentions
    conj = lex.cue("coordination") - {","}
    drop: set[int] = set()
    for m in mentions:
        i = m.end
        if m.country is None or i + 1 >= len(tokens) or tokens[i].text != "," or \
                tokens[i + 1].text.casefold() not in articles:
            continue
        close = next((j for j in range(i + 2, min(len(tokens), i + 14)) if tokens[j].text in (",", ";")), None)
        if close is None or tokens[close].text != "," or \
                any(t.lemma in conj and t.text.isalpha() for t in tokens[i + 2:close]):
            continue
        drop |= {id(o) for o in mentions if i + 1 < o.start and o.end <= close}
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _drop_reporters(mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """"..., Itar-Tass news agency said", "Kazinform correspondent reports": the media that report
    the story are its source of information, neither party to the act nor a state of the story; so is
    an international organisation that closes the sentence with a report verb ("..., the UN refugee
    agency reported")."""
    verbs = lex.cue("speech_verbs") | lex.cue("report_verbs")
    told = _attribution_spans(tokens, lex)
    out = []
    for m in mentions:
        if any(a <= m.start and m.end <= b for a, b in told):
            continue  # "..., according to the US government": who tells the story, no party to it
        if m.sector == "MED" and any(t.lemma in verbs for t in tokens[m.end:m.end + 2]):
            continue
        if m.sector == "MED" and m.end + 2 < len(tokens) and tokens[m.end + 2].lemma in verbs and \
                all(t.text.isalpha() and t.text.islower() for t in tokens[m.end:m.end + 2]):
            continue  # "..., the official KUNA news agency said": two words of the medium's name
        if m.sector in ("IGO", "NGO") and m.start > 0 and \
                (tokens[m.start - 1].text == "," or tokens[m.start - 1].text.casefold() in lex.cue("determiner_forms")) \
                and any(t.lemma in lex.cue("report_verbs") for t in tokens[m.end:m.end + 2]) and m.end + 3 >= len(tokens):
            # "..., the UN refugee agency reported.": an organisation that closes the sentence with a
            # report verb is its source of information, no party to it
            continue
        out.append(m)
    return out


def _attribution_spans(tokens: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """Token spans that name who tells the story at its end: from one of the pack's ``source_preps``
    after a comma (", according to", ", laut", ", по данным") to the end of the sentence. (An opening
    "According to the Uzbek delegation, the aid included ..." may name the actor itself, so it stays.)"""
    preps = [tuple(p.split()) for p in lex.cue("source_preps")]
    if not preps:
        return []
    spans = []
    for i in (k + 1 for k, t in enumerate(tokens) if t.text == ","):  # (only after a comma)
        for p in preps:
            words = tokens[i:i + len(p)]
            if len(words) == len(p) and all(t.lemma == w or t.text.casefold() == w for t, w in zip(words, p, strict=True)):
                rest = tokens[i + len(p):]
                if rest and not any(t.text in (",", *_CLAUSE_STOPS) for t in rest):
                    spans.append((i + len(p), len(tokens)))
                break
    return spans


def _act_noun_subject(trig: TriggerHit, noun_acts: list[tuple[TriggerHit, RoleResult]], mentions: list[Mention],
                      tokens: list[Token], lex: Lexicon) -> tuple[TriggerHit, RoleResult] | None:
    """The act noun that is the subject of verb ``trig``: "A Russian drone attack on Kyiv killed five".

    Between the noun and the verb stand only the noun's own complement (a preposition of the pack's
    ``noun_complement_preps``, articles, actors, capitalised words): then the place after "on"
    is the noun's target, not the verb's subject, and the verb is the noun's agent's act (of the
    same type it is that same act, coded once)."""
    if trig.defn.nominal or trig.passive or not noun_acts:
        return None
    noun, roles = noun_acts[-1]
    if noun.last > trig.start or trig.start - noun.last > 8:
        return None
    gap = range(noun.last, trig.start)
    if not gap:
        return noun, roles
    links = lex.cue("noun_complement_preps")
    if tokens[noun.last].lemma not in links:
        return None
    inside = {i for m in mentions for i in range(m.start, m.end)}
    small = lex.cue("determiner_forms") | lex.cue("fillers") | links
    ok = all(i in inside or tokens[i].text.casefold() in small or tokens[i].lemma in small or
             (tokens[i].text[:1].isupper() and tokens[i].text.isalpha()) for i in gap)
    return (noun, roles) if ok else None


def _claimed_content(trig: TriggerHit, triggers: list[TriggerHit], tokens: list[Token], lex: Lexicon) -> TriggerHit | None:
    """The accusation whose "of"-clause ``trig`` stands in: "accused Egypt of torturing prisoners",
    "blamed Syria for the attack", "accused of violating the ceasefire" (pack's ``content_preps``:
    PLOVER type → prepositions). What is alleged is the accusation's content, no act of its own.
    The act must open the clause: at most three words (an article, "having") between the preposition
    and it, and no clause break between the accusation and it."""
    preps = lex.roles.get("content_preps") or {}
    if not preps:
        return None
    for other in triggers:
        words = preps.get(other.defn.plover)
        if other is trig or not words or other.last > trig.start or trig.start - other.last > 12:
            continue
        j = next((k for k in range(trig.start - 1, max(other.last, trig.start - 4) - 1, -1)
                  if tokens[k].lemma in words or tokens[k].text.casefold() in words), None)
        if j is None or any(t.text in _CLAUSE_STOPS for t in tokens[other.last:trig.start]):
            continue
        return other
    return None


def _ceased_act(trig: TriggerHit, triggers: list[TriggerHit], tokens: list[Token], lex: Lexicon) -> bool:
    """An act word that is the object of the verb before it, not an act: "to halt attacks" (in a
    verb-second language two verbs do not follow each other, so an act word right after a verbal
    trigger is its object noun), "ended its attacks on Gaza", "stop the shelling" (the pack's
    ``cessation_verbs`` before the act, over determiners and possessives: ending an act is not
    doing it)."""
    if trig.start == 0:
        return False
    k = trig.start - 1
    word = tokens[trig.start]
    # (an infinitive, written as its lemma, may follow a verb: Russian "пригрозил ввести")
    if lex.roles.get("word_order") == "svo" and word.text.casefold() != word.lemma and any(
            not t.defn.nominal and t is not trig and t.last - 1 == k and not t.parts for t in triggers):
        return True
    stop = lex.cue("cessation_verbs")
    if not stop:
        return False
    skip = lex.cue("determiner_forms") | lex.cue("noun_determiner_forms")
    steps = 0
    while k > 0 and steps < 3 and tokens[k].text.casefold() in skip:
        k -= 1
        steps += 1
    return tokens[k].lemma in stop


def _suspected(trig: TriggerHit, tokens: list[Token], lex: Lexicon) -> str | None:
    """The suspicion word whose "of"-phrase ``trig`` stands in: "two nationals suspected by the West
    of blowing up a plane", "charged with attacking", "guilty of violating the ceasefire" (pack's
    ``suspicion_forms`` and ``suspicion_preps``). What someone is suspected of is alleged, not
    stated: flagged content, no act of its own (as in an accusation)."""
    words, preps = lex.cue("suspicion_forms"), lex.cue("suspicion_preps")
    if not words or not preps:
        return None
    j = next((k for k in range(trig.start - 1, max(-1, trig.start - 4), -1) if tokens[k].lemma in preps), None)
    if j is None:
        return None
    for k in range(j - 1, max(-1, j - 5), -1):
        if tokens[k].text in _CLAUSE_STOPS or tokens[k].text == ",":
            return None
        if tokens[k].text.casefold() in words:
            return tokens[k].text
    return None


#: Punctuation that ends the clause of an accusation before its content could begin.
_CLAUSE_STOPS = frozenset({";", ":", "(", ")", '"', "“", "”"})


def _content_of(trig: TriggerHit, triggers: list[TriggerHit], tokens: list[Token], lex: Lexicon) -> TriggerHit | None:
    """The demand, threat or promise whose content ``trig`` is ("urged Russia to withdraw", "drohte, ... auszuweisen").

    A verbal trigger in its base form (an infinitive: the surface is the lemma, or the pack's
    ``infinitive_markers`` "to"/"zu" stand before it) up to twelve tokens after a trigger of a
    future-oriented type is that act's content, not an act of its own; so is one right after a
    refusal ("refused to deploy troops": REJECT), of any type.
    """
    if _claimed_content(trig, triggers, tokens, lex) is not None:
        return _claimed_content(trig, triggers, tokens, lex)
    if trig.defn.nominal:
        return None
    for other in triggers:
        # "warf Pakistan vor, das Land unterstütze ...": what an accusation claims is no act
        if not trig.defn.future_ok and other is not trig and other.defn.content_clause and \
                other.last <= trig.start and trig.start - other.last <= 12:
            return other
    if trig.passive:
        return None
    k = trig.start
    if tokens[k].text[:1].isupper() and lex.roles.get("nouns_capitalised") and (trig.parts or trig.end - k > 1):
        k = trig.parts[-1][0] if trig.parts else trig.end - 1  # "die Kämpfe einzustellen": the verb
    tok = tokens[k]
    markers = lex.cue("infinitive_markers")
    surface = tok.text.casefold()
    # German writes "zu" inside separable verbs: "einzustellen", "auszuweisen", "vorzuschlagen"
    infixed = any(surface[:p] + surface[p + len(i):] == tok.lemma
                  for i in lex.cue("infinitive_infixes") for p in range(1, len(surface) - len(i))
                  if surface.startswith(i, p))
    base = surface == tok.lemma or infixed or (k > 0 and tokens[k - 1].lemma in markers)
    if not base:
        return None
    for other in triggers:
        if other is trig or other.last > trig.start:
            continue
        # a refusal's infinitive right after it ("refused to deploy peacekeepers", "refused to commit
        # to any assistance", "declined to resign") names the act refused: no act of its own either
        if other.defn.plover == "REJECT" and not other.defn.nominal and trig.start - other.last <= 2:
            return other
        if other.defn.future_ok and not trig.defn.future_ok and trig.start - other.last <= 12:
            return other
        # "said Canada should be willing to arbitrate": a promise or offer demanded of someone right after
        # the demand is its content, not the asked party's own promise
        if other.defn.plover == "REQUEST" and not other.defn.nominal and trig.defn.future_ok and \
                trig.start - other.last <= 5:  # ("urged North Korea to agree to ...")
            return other
    return None


def _coordinated_verb(prev: TriggerHit, trig: TriggerHit, mentions: list[Mention], tokens: list[Token],
                      lex: Lexicon) -> bool:
    """``trig`` is a second verb phrase sharing the subject of ``prev``: "summoned X and lodged a protest".

    Without a parser the sign is local: a coordinating word after ``prev`` followed, up to the
    trigger, only by lower-case words (a light verb and its modifiers: "and lodged a strong
    protest", "and expelled") and no actor, which would open a clause with a subject of its own
    ("... and Azerbaijan expelled ...").
    """
    if prev.defn.nominal or trig.start <= prev.last or trig.start - prev.last > 25:
        return False
    conj = lex.cue("coordination") - {","}
    k = trig.start - 1
    steps = 0
    while k >= prev.last and steps < 4:
        tok = tokens[k]
        if tok.lemma in conj and tok.text.isalpha():
            break
        if not (tok.text.isalpha() and tok.text[:1].islower()):
            return False
        k -= 1
        steps += 1
    else:
        return False
    # an attributed word with no state ("a firm protest") cannot open a clause as its subject
    if k < prev.last or any(k < m.end and m.start < trig.start and not (m.attributed and m.country is None)
                            for m in mentions):
        return False
    breaks = lex.cue("clause_breaks")
    return not any(t.lemma in breaks or t.text in (";", ":") for t in tokens[prev.last:k])


def _result_participle(prev: TriggerHit, trig: TriggerHit, tokens: list[Token], lex: Lexicon) -> bool:
    """``trig`` is a participle clause after a comma continuing the verb ``prev``: "rebels shelled
    Juba on Sunday, killing about 20 people". Its subject is ``prev``'s subject, not the actor right
    before the comma (the pack's ``gerund_endings``; no clause break between the two)."""
    endings = tuple(lex.roles.get("gerund_endings", []) or ())
    if not endings or prev.defn.nominal or trig.defn.nominal or trig.passive or \
            trig.start <= prev.last or trig.start - prev.last > 20:
        return False
    word = tokens[trig.start]
    if tokens[trig.start - 1].text != "," or not word.text.casefold().endswith(endings) or \
            word.text.casefold() == word.lemma:
        return False
    breaks = lex.cue("clause_breaks") | lex.cue("relative_pronouns") | lex.cue("speech_verbs")
    return not any(t.lemma in breaks or t.text in (";", ":") for t in tokens[prev.last:trig.start - 1])


def _content_target(trig: TriggerHit, triggers: list[TriggerHit], roles: RoleResult, mentions: list[Mention],
                    cues: list, groups: list[int], tokens: list[Token], lex: Lexicon) -> None:
    """A threat, demand or promise with no target of its own is aimed where its content is:
    "Iran threatened to shell Iraqi towns" (THREATEN IRN → IRQ), "promised to send aid to Chad"."""
    content = next((t for t in triggers if t is not trig and trig.last <= t.start <= trig.last + 3), None)
    if content is None:
        return
    own = assign_roles(content, mentions, cues, groups, tokens, lex)
    srcs = {s.country for s in roles.sources}
    targets = [t for t in own.targets if t.country is not None and t.country not in srcs]
    if targets:
        roles.targets, roles.target_how = targets, own.target_how
        roles.notes.append(f"target of its content {content.text!r}")


def _role_counterpart(srcs: set[str | None], mentions: list[Mention], ctx: DocContext) -> str | None:
    """The other party by role in the story, before mere recency: the state this source last acted
    on, or the state that last acted on it ("Russia summoned the envoy ... Moscow also expelled two
    diplomats" after a third state was named in between). Only when this sentence names no other
    state itself (then the sentence's own state is the nearer counterpart)."""
    if any(m.country is not None and m.country not in srcs for m in mentions):
        return None
    src, tgt = ctx.last_source, ctx.last_target
    if src is None or tgt is None or src.country is None or tgt.country is None:
        return None
    if src.country in srcs and tgt.country not in srcs:
        return tgt.country
    if tgt.country in srcs and src.country not in srcs:
        return src.country
    return None


def _coordinated_speaker(shared: tuple[TriggerHit, RoleResult], trig: TriggerHit, roles: RoleResult,
                         tokens: list[Token], lex: Lexicon) -> None:
    """"Peru halted all imports ... and said any such step ... would be treated as hostile":
    a reporting verb coordinated with an earlier act ("and said") has that act's subject, who then
    speaks for the subjectless act after it."""
    prev, prev_roles = shared
    speech, conj = lex.cue("speech_verbs"), lex.cue("coordination") - {","}
    for k in range(prev.last, trig.start):
        if tokens[k].lemma in speech and k > 0 and tokens[k - 1].lemma in conj:
            roles.sources, roles.source_how = list(prev_roles.sources), "speaker"
            roles.notes.append(f"'{tokens[k - 1].text} {tokens[k].text}' continues {prev.text!r}: its subject speaks")
            return


def _share_subject(prev: TriggerHit, prev_roles: RoleResult, trig: TriggerHit, roles: RoleResult,
                   mentions: list[Mention], cues: list, groups: list[int], tokens: list[Token], lex: Lexicon) -> None:
    """Roles of a coordinated verb: the subject of the first verb, and its own object if it names one.

    The actors between the two verbs are the first verb's object and adverbials, never the second
    verb's subject; with no target of its own after it, the second act is aimed where the first was.
    """
    keep = [i for i, m in enumerate(mentions) if not (prev.start <= m.start < trig.start)]
    own = assign_roles(trig, [mentions[i] for i in keep], [cues[i] for i in keep], [groups[i] for i in keep],
                       tokens, lex)
    roles.sources = list(prev_roles.sources)
    roles.source_how = prev_roles.source_how
    src = {s.country for s in roles.sources}
    targets = [t for t in own.targets if t.start >= trig.start and t.country not in src]
    if targets:
        roles.targets, roles.target_how = targets, own.target_how
    else:
        roles.targets, roles.target_how = list(prev_roles.targets), prev_roles.target_how
    roles.notes.append(f"coordinated with {prev.text!r}: shares its subject")


def _is_adjective(tok: Token, lex: Lexicon) -> bool:
    endings = tuple(lex.roles.get("adjective_endings", []) or ())
    return bool(endings) and tok.text.casefold().endswith(endings)


@dataclass(slots=True)
class _Sentence:
    """Everything computed for one sentence (kept for explain)."""

    text: str
    tokens: list[Token]
    mentions: list[Mention]
    triggers: list[TriggerHit]
    dates: list[ResolvedDate]
    candidates: list[Candidate]
    events: list[Event]



def _implicit(trig: TriggerHit, country: str | None, sector: str | None, evidence: str, *,
              attributed: bool = False) -> Mention:
    """A side the sentence does not name, placed at the trigger and taken from the story (carry-over)."""
    return Mention(trig.start, trig.end, country, sector, "", "implicit", attributed=attributed,
                   evidence=[evidence], resolved_by="carry-over")

class Coder:
    """The native multilingual event coder.

    Example::

        coder = Coder("de")
        for e in coder.code_text("Baku bestellte den russischen Geschäftsträger ein.", published="2025-07-01"):
            print(e.source.country, e.plover, e.target.country)

    Args:
        lang: default language (``de``, ``en``, ``ru``, ...); ``None`` detects it per text.
    """

    def __init__(self, lang: str | None = None) -> None:
        if lang is not None and lang not in available():
            raise LexiconError(f"No language pack for {lang!r}. Available: {', '.join(available())}.")
        self.lang = lang

    # -- public ------------------------------------------------------------------------------
    def code_text(self, text: str, *, lang: str | None = None, published: Any = None,
                  doc_id: str | None = None) -> list[Event]:
        """Code one document's text into events (sentence order, deterministic).

        Args:
            text: the article text.
            lang: its language; default the coder's, else detected.
            published: publication date (``YYYY-MM-DD`` or a date) that relative dates resolve against.
            doc_id: stored in every event (``None`` for ad-hoc text).
        """
        if not isinstance(text, str):
            raise InputError(repr(type(text)), "text to code must be a string")
        if not text.strip():
            return []
        lex = self._lexicon(text, lang)
        pub = _parse_published(published)
        ctx = DocContext()
        events: list[Event] = []
        months = frozenset(_date_finder(lex.lang).months)
        for idx, (s, e) in enumerate(split_sentences(text, lex.abbreviations, months)):
            sent = self._analyse(text[s:e], lex, pub, ctx, doc_id, idx)
            events.extend(sent.events)
        return events

    def explain(self, sentence: str, *, lang: str | None = None, published: Any = None) -> Explanation:
        """Code one sentence and keep every intermediate result (see :class:`Explanation`)."""
        lex = self._lexicon(sentence or " ", lang)
        pub = _parse_published(published)
        sent = self._analyse(sentence or "", lex, pub, DocContext(), None, 0)
        return Explanation(
            sentence=sentence, lang=lex.lang, lexicon_version=lex.version,
            tokens=[t.text for t in sent.tokens], lemmas=[t.lemma for t in sent.tokens],
            actors=[m.to_dict() for m in sent.mentions], triggers=[t.to_dict() for t in sent.triggers],
            dates=[{"text": d.text, "date": d.date, "precision": d.precision} for d in sent.dates],
            candidates=sent.candidates, events=sent.events,
        )

    # -- steps -------------------------------------------------------------------------------
    def _lexicon(self, text: str, lang: str | None) -> Lexicon:
        code = lang or self.lang or detect_language(text)
        return load(code)

    def _analyse(self, sentence: str, lex: Lexicon, pub: dt.date | None, ctx: DocContext,
                 doc_id: str | None, index: int) -> _Sentence:
        sentence = sentence[:MAX_SENTENCE_CHARS]
        tokens = tokenize(sentence, lex.lang)
        hits = match(lex, tokens)
        hits += compound_hits(lex, tokens, hits)
        if not lex.roles.get("nouns_capitalised"):
            hits = _proper_names_capitalised(hits, tokens, lex)
        hits = _inst_inside_act_nouns(hits)
        hits = _verb_forms_no_institutions(hits, tokens, lex)
        hits, leaders = _hyphen_participles(hits, tokens, lex)
        mentions = find_mentions(hits, tokens, sentence, lex.lang, lex.cue("fillers"), lex.cue("genitive_links"),
                                 lex.cue("location_preps"), lex.cue("coordination"),
                                 names_modify=bool(lex.roles.get("names_modify_institutions", True)),
                                 when=pub.isoformat() if pub is not None else None,
                                 plural_endings=tuple(lex.roles.get("plural_demonym_endings", []) or ()),
                                 compounds=bool(lex.roles.get("noun_compounds")),
                                 compound_stops=_prepositions(lex))
        mentions = _leaders(mentions, leaders, tokens, sentence, lex.lang)
        if not lex.roles.get("nouns_capitalised"):
            mentions = _drop_name_modifiers(mentions, tokens, hits, lex)
        mentions = _named_groups(mentions, hits, tokens, sentence, lex)
        mentions = _stance_prefixed(mentions, tokens, lex)
        kept = _drop_reporters(mentions, tokens, lex)
        # the reporting agency's state still counts as named in the story (the counterpart of a
        # later act may be it: "..., Kazinform correspondent reports. ... the humanitarian aid ...")
        ctx.remember([m for m in mentions if m not in kept and m.kind != "org"])
        mentions = kept
        mentions = _drop_unresolved_appositions(mentions, tokens)
        mentions = _drop_descriptive_appositions(mentions, tokens, lex)
        ctx.resolve(mentions)
        triggers = find_triggers(hits, tokens, mentions, sentence, lex)
        dates = _date_finder(lex.lang).find(sentence, pub) if triggers else []
        if not dates and triggers and ctx.last_date is not None:
            # "On April 6, the ambassador was summoned. He was told ...": a sentence without a time
            # expression goes on with the day the passage last named
            dates = [ResolvedDate(ctx.last_date[0], ctx.last_date[1], None, "(carried over)")]
        candidates: list[Candidate] = []
        events: list[Event] = []
        if triggers:
            mentions = self._with_references(hits, tokens, sentence, lex, mentions, triggers, ctx)
            cues = mention_cues(mentions, tokens, lex)
            groups = coordination_groups(mentions, tokens, lex,
                                         frozenset(t.start for t in triggers if not t.defn.nominal))
            verbal = any(not t.defn.nominal for t in triggers)
            # one judgement per judge and sentence: "illegal and provocative actions" is one act, but
            # "X's statement that ... 'contradicts ...', Y noted that ... illegal" holds two judges
            judged: set[str | None] = set()
            shared: tuple[TriggerHit, RoleResult] | None = None  # the last act with a subject
            noun_acts: list[tuple[TriggerHit, RoleResult]] = []  # act nouns with an agent, in order
            for trig in triggers:
                if _ceased_act(trig, triggers, tokens, lex):
                    candidates.append(Candidate.skipped(trig.to_dict(),
                                                        "the object of a verb right before it ('to halt attacks', "
                                                        "'ended its attacks'): what is acted on, no act"))
                    continue
                if trig.defn.nominal and ((verbal and _governed_by_preposition(trig, tokens, lex))
                                          or _governed_by_preposition(trig, tokens, lex, background=True)
                                          or _nominal_object(trig, triggers, tokens, lex, mentions)
                                          or _noun_modifier(trig, mentions, tokens, lex)) and \
                        not _named_past_act(trig, mentions, cues, groups, tokens, lex):
                    candidates.append(Candidate.skipped(trig.to_dict(),
                                                        "background: a noun governed by a preposition, "
                                                        "a verb or a genitive names what the act is about"))
                    continue
                if trig.defn.part_of and any(t is not trig and t.defn.plover in trig.defn.part_of for t in triggers):
                    candidates.append(Candidate.skipped(trig.to_dict(),
                                                        "the purpose or content of an act of type "
                                                        f"{'/'.join(sorted(trig.defn.part_of))} in the sentence "
                                                        "('rallied to protest the law'): one act"))
                    continue
                if _purpose_of_same_act(trig, triggers, tokens, lex):
                    candidates.append(Candidate.skipped(trig.to_dict(),
                                                        "the purpose of an act of the same type just before "
                                                        "it ('telephoned ... to discuss'): one act"))
                    continue
                if trig.defn.evaluative and any(t.defn.plover == trig.defn.plover and not t.defn.evaluative
                                                for t in triggers):
                    candidates.append(Candidate.skipped(trig.to_dict(),
                                                        "evaluative: the sentence states the act itself "
                                                        "or another judgement already made it"))
                    continue
                offered = trig
                trig = _offer_of_force(trig, triggers, tokens, lex)
                roles = assign_roles(trig, mentions, _place_left_cues(trig, mentions, cues, lex), groups, tokens, lex)
                if trig is not offered:
                    roles.notes.append(f"intent: {offered.defn.plover} {offered.text!r} announces a conflictual act "
                                       f"→ THREATEN (CAMEO {trig.defn.cameo})")
                _decision_agent(trig, roles, mentions, tokens, lex)
                subject_act = _act_noun_subject(trig, noun_acts, mentions, tokens, lex)
                if subject_act is not None and subject_act[0].defn.plover == trig.defn.plover:
                    candidates.append(Candidate.skipped(trig.to_dict(),
                                                        f"its subject is the act noun {subject_act[0].text!r} "
                                                        "of the same type: one act"))
                    continue
                if subject_act is not None and subject_act[1].sources:
                    roles.sources, roles.source_how = list(subject_act[1].sources), "act-noun"
                    roles.notes.append(f"subject: the act noun {subject_act[0].text!r}, whose agent acts")
                if shared is not None and _result_participle(shared[0], trig, tokens, lex):
                    if shared[0].defn.plover == trig.defn.plover:
                        candidates.append(Candidate.skipped(trig.to_dict(),
                                                            f"a participle of result of {shared[0].text!r} "
                                                            "of the same type: one act"))
                        continue
                    _share_subject(shared[0], shared[1], trig, roles, mentions, cues, groups, tokens, lex)
                elif shared is not None and _coordinated_verb(shared[0], trig, mentions, tokens, lex):
                    _share_subject(shared[0], shared[1], trig, roles, mentions, cues, groups, tokens, lex)
                if not roles.sources and shared is not None:
                    _coordinated_speaker(shared, trig, roles, tokens, lex)
                if trig.defn.evaluative:
                    self._judged(trig, roles, mentions, cues, tokens, lex, ctx)
                    if roles.sources and roles.sources[0].country in judged:
                        candidates.append(Candidate.skipped(trig.to_dict(),
                                                            "evaluative: this judge's judgement in the sentence "
                                                            "is already coded"))
                        continue
                else:
                    if trig.defn.future_ok and not any(t.country is not None for t in roles.targets):
                        _content_target(trig, triggers, roles, mentions, cues, groups, tokens, lex)
                    if trig.defn.place_is_agent:
                        _place_as_agent(trig, roles, mentions)
                    _grievance_target(trig, roles, mentions, tokens, lex)
                    _clause_subject_target(trig, roles, mentions, tokens, lex)
                    if trig.defn.speaker_demand:
                        _speaker_demands(trig, roles, mentions, cues, tokens, lex)
                    self._fill_domestic(trig, roles, lex, triggers)
                    self._fill_implicit(trig, roles, mentions, ctx)
                    self._fill_unnamed_side(trig, roles, mentions, lex, "source")
                    self._fill_counterpart(trig, roles, mentions, ctx)
                    self._fill_unnamed_side(trig, roles, mentions, lex, "target")
                    self._fill_own_people(trig, roles, lex)
                    self._fill_place_target(trig, roles, lex)
                mod = modality_of(trig, tokens, lex)
                if trig is not offered:
                    mod.cues.append(f"intent: {offered.text!r} announces a conflictual act → THREATEN")
                head = _content_of(trig, triggers, tokens, lex)
                suspicion = _suspected(trig, tokens, lex) if head is None else None
                if suspicion is not None:
                    mod.hypothetical = True  # "suspected of blowing up a plane": alleged, not stated
                    mod.cues.append(f"content of {suspicion}")
                elif head is None:  # (the content of a demand or promise is no announcement of its own)
                    trig = _announced(trig, roles, mod, mentions, cues, tokens, lex)
                if head is not None and head.defn.plover == "REJECT" and trig.start - head.last <= 2:
                    mod.negated = True  # "refused to deploy troops": the refused act did not happen
                    mod.cues.append(f"refused by {head.text}")
                elif head is not None and not mod.hypothetical:
                    mod.hypothetical = True  # "demanded China release ...": what is asked for has not happened
                    mod.cues.append(f"content of {head.text}")
                cand, evs = self._events(trig, roles, mod, sentence, tokens, lex, pub, dates, doc_id, index)
                candidates.append(cand)
                # one record per distinct act in a sentence: "fired shells at ..." matched twice,
                # "summoned ... and lodged a protest" are the same tuple (annotation rules)
                have = {_act_key(e) for e in events}
                evs = [e for e in evs if _act_key(e) not in have]
                events.extend(evs)
                if evs and trig.defn.evaluative:
                    judged.add(evs[0].source.country)
                if trig.defn.nominal and roles.sources:
                    noun_acts.append((trig, roles))
                if not trig.defn.evaluative and roles.sources and not trig.passive:
                    shared = (trig, roles)
                stated = [ev for ev in evs if ev.date and ev.date_precision not in (None, "doc")
                          and not (ev.negated or ev.hypothetical)]
                if stated:  # the day of an act the sentence dates itself
                    ctx.last_date = (stated[0].date, stated[0].date_precision or "day")
                if evs and roles.sources:
                    ctx.last_source = roles.sources[0]
                    ctx.last_target = next((t for t in roles.targets if t.country is not None), None)
                    if quad_class(trig.defn.cameo) == 3 and not (mod.negated or mod.hypothetical):
                        ctx.last_voice = (roles.sources[0], ctx.last_target)
        ctx.remember(mentions)
        _remember_pair(mentions, tokens, lex, ctx)
        return _Sentence(sentence, tokens, mentions, triggers, dates, candidates, events)

    @staticmethod
    def _with_references(hits: list, tokens: list[Token], sentence: str, lex: Lexicon, mentions: list[Mention],
                         triggers: list[TriggerHit], ctx: DocContext) -> list[Mention]:
        """Add the sentence's reference phrases ("the two countries", "wir", "its neighbour") as mentions."""
        cues = mention_cues(mentions, tokens, lex)
        sp = speaker_of(mentions, cues, tokens, lex)
        speaker = mentions[sp].country if sp is not None else None
        busy = [*(m for m in mentions if m.country is not None),
                *(Mention(t.start, t.last, None, None, "", "trigger") for t in triggers)]
        refs = ctx.references(hits, tokens, sentence, lex, busy, speaker)
        if not refs:
            return mentions
        if sp is not None and speaker is not None and ctx.last_pair is None:
            refs = _speaker_pronoun(refs, mentions[sp], tokens, lex)
        # "both ministers": the reference replaces the unresolved title inside it
        covered = {i for r in refs for i in range(r.start, r.end)}
        mentions = [m for m in mentions if m.country is not None or not (set(range(m.start, m.end)) <= covered)]
        kept = []
        for r in refs:
            # "the country's Foreign Ministry": the reference gives an unresolved institution its state
            owner = next((m for m in mentions if m.country is None and 0 <= m.start - r.end <= 1
                          and all(t.text in ("'s", "’s") for t in tokens[r.end:m.start])), None)
            if owner is not None:
                owner.country = r.country
                owner.resolved_by = "carry-over"
                owner.evidence.extend(r.evidence)
                owner.start = r.start
                owner.text = sentence[tokens[r.start].start:tokens[owner.end - 1].end]
                continue
            kept.append(r)
        return sorted([*mentions, *kept], key=lambda m: (m.start, m.end))

    @staticmethod
    def _judged(trig: TriggerHit, roles: RoleResult, mentions: list[Mention], cues: list, tokens: list[Token], lex: Lexicon,
                ctx: DocContext) -> None:
        """Roles of an evaluative trigger: who judges whom ("Poland's actions are damaging").

        A judgement names the judged party ("Poland's actions", "the statements of the Iranian
        ministry", "measures taken by X"), not the judge: the judge is the sentence's speaker ("...,
        the spokesman said"), else the state that acted last in the document (a ministry's own
        statement goes on in its voice: the source of its last verbal act, a protest or a demand,
        else of its last act). The judged state is the actor word order or a cue found,
        when it is not the judge; failing that, the judge's counterpart in the story (the target of
        its last act, else the other state last named before this sentence).
        """
        judged = [m for m in (*roles.sources, *roles.targets) if m.country is not None]
        sp = speaker_of(mentions, cues, tokens, lex)
        judge = mentions[sp] if sp is not None and mentions[sp].country is not None else None
        how = "speaker"
        owner = _statement_owner(trig, mentions, tokens, lex)
        if owner is not None:
            # "the statement of the Chilean side that the step ... 'violates the rules'":
            # the judgement is quoted from that statement; its owner judges, not the speaker
            judge, how = owner, "statement"
            judged = [m for m in judged if m is not owner and m.start > owner.end]
        voice, voiced = ctx.last_voice or (ctx.last_source, ctx.last_target)
        if judge is None and voice is not None and voice.country is not None:
            judge, how = voice, "carry-over"
        roles.sources, roles.targets = [], []
        if judge is None:
            roles.notes.append("evaluative: no speaker and no acting state in the document so far")
            return
        if how == "carry-over":  # a mention of an earlier sentence: its token offsets are not this one's
            judge = _implicit(trig, judge.country, judge.sector, f"context:judge:{judge.country}")
        roles.sources = [judge]
        roles.source_how = how
        target = next((m for m in judged if m.country != judge.country), None)
        if target is not None:
            roles.targets = [target]
            roles.target_how = "judged"
            return
        if voice is not None and voice.country == judge.country and voiced is not None \
                and voiced.country not in (None, judge.country):
            country = voiced.country
        else:
            country = ctx.counterpart({judge.country}, [])
        if country is not None:
            roles.targets = [_implicit(trig, country, "GOV", f"context:counterpart:{country}")]
            roles.target_how = "carry-over"
            roles.notes.append(f"evaluative: the judged party taken as {country}, the judge's counterpart")

    @staticmethod
    def _fill_domestic(trig: TriggerHit, roles: RoleResult, lex: Lexicon, triggers: list[TriggerHit] = ()) -> None:  # type: ignore[assignment]
        """Acts between a state and its own society: rebels, opposition, protesters.

        A group of a ``domestic_sectors`` sector (roles.yaml: rebels, the opposition) named without
        a country belongs to the state where the act happens, else to the state on the other side
        of the act ("police arrested opposition supporters", "the army shelled rebel positions"),
        not to the other state of the story. A demonstration with no addressee is aimed at the
        government of the country where it takes place (or of the protesters' own country).
        """
        domestic = lex.cue("domestic_sectors")
        place = roles.location.country if roles.location is not None else None
        own_types = lex.cue("own_government_types")
        own_gov = trig.defn.plover in own_types
        if own_gov:
            # "Egyptian demonstrators rioted": a country word right before a protest noun names the
            # protesters, people of that state (attributed CVL), not its government
            heads = {t.start for t in triggers if t.defn.plover in own_types and t.defn.nominal}
            roles.sources = [replace(m, sector="CVL", attributed=True) if m.kind in ("adjective", "demonym", "owner")
                             and m.end in heads and not m.attributed else m for m in roles.sources]
        if own_gov and place is not None and roles.sources and \
                all(m.country is None and m.attributed for m in roles.sources):
            # "Thousands of students demonstrated in Kenya": a group of society named without a
            # country protests where it is, as the people of that place
            roles.sources = [replace(m, country=place, resolved_by="carry-over",
                                     evidence=[*m.evidence, f"context:protesters:{place}"]) for m in roles.sources]
            roles.notes.append(f"unplaced protesters taken as {place}, where they protest")
        if own_gov and not roles.sources and place is not None:
            # "Protesters in Lima blocked a highway": the people of the place protest
            roles.sources = [_implicit(trig, place, "CVL", f"implicit:protesters:{place}", attributed=True)]
            roles.source_how = "carry-over"
            roles.notes.append(f"no named protesters: the people of {place}, where it takes place")
        for side, other in (("sources", roles.targets), ("targets", roles.sources)):
            members = getattr(roles, side)
            known = next((m.country for m in other if m.country is not None), None)
            country = place or known
            if country is None or not any(m.country is None and m.sector in domestic for m in members):
                continue
            setattr(roles, side, [replace(m, country=country, resolved_by="carry-over",
                                          evidence=[*m.evidence, f"context:domestic:{country}"])
                                  if m.country is None and m.sector in domestic else m for m in members])
            roles.notes.append(f"{side[:-1]} group taken as {country}: the country of the act")
        if own_gov and roles.sources and \
                not any(t.country is not None for t in roles.targets):
            country = place or next((m.country for m in roles.sources if m.country is not None), None)
            if country is not None:
                roles.targets = [_implicit(trig, country, "GOV", f"implicit:own-government:{country}")]
                roles.target_how = "carry-over"
                roles.notes.append(f"no addressee: the government of {country}, where it takes place")

    @staticmethod
    def _fill_unnamed_side(trig: TriggerHit, roles: RoleResult, mentions: list[Mention], lex: Lexicon,
                           side: str) -> None:
        """A titled person or institution the lexicon cannot place, in a story of one state.

        "Malian rebels will free Prime Minister Oumar Keita", "Rebels in Chad turned down a
        call from President Ahmat Deby", "President Ali Kanu threatened to bar Gabonese opposition
        candidates" (a source only when it is a title with a name): when the sentence names one state only and no earlier
        sentence gave another, the unplaced side is that state's (the PLOVER records code such
        events inside one state as X → X). A target takes the state of a group of society acting on
        it (rebels, the opposition: attributed sources) or of a group of society it names ("the
        civilian government"); a source takes the
        state of the domestic group it acts on (attributed targets of one state), or, for repression
        (``own_people_types``), of the place where it happens. Both get context evidence and the
        lower carry-over confidence; a same-state pair is still only recorded when one side is a
        group of society (attributed), as for every domestic act. The source side runs before the
        story's counterpart is looked up, the target side after it (a story's other state comes first).
        """
        named = {m.country for m in mentions if m.country is not None}
        if len(named) != 1:
            return
        (country,) = named
        unplaced = ("title", "inst", "person")

        def place(ms: list[Mention], why: str) -> list[Mention]:
            return [replace(m, country=country, resolved_by="carry-over",
                            evidence=[*m.evidence, f"context:{why}:{country}"])
                    if m.country is None and m.kind in unplaced else m for m in ms]

        srcs = {m.country for m in roles.sources if m.country is not None}
        # the target side only for a group of society acting ("rebels released the prime minister"): a
        # state's act on an unplaced title ("Germany summoned the ambassador") is aimed abroad
        if side == "target" and srcs == {country} and roles.targets and \
                (all(m.attributed for m in roles.sources) or all(t.attributed for t in roles.targets)) and \
                all(t.country is None and t.kind in unplaced
                                                        for t in roles.targets):
            roles.targets = place(roles.targets, "domestic-unnamed")
            roles.notes.append(f"target {roles.targets[0].text!r} taken as {country}: the only state of the story")
            return
        def named_office(m: Mention) -> bool:
            # "President Omar El Bashir": a title with a name after it (a bare "officials" may be
            # anyone's: a foreign aid agency's, a mission's)
            words = m.text.split()
            return m.kind in ("title", "person") and len(words) >= 2 and words[-1][:1].isupper()

        if side == "source" and roles.sources and all(s.country is None and s.kind in unplaced
                                                      for s in roles.sources):
            here = roles.location.country if roles.location is not None else None
            named = all(named_office(s) for s in roles.sources)
            # (a group of society not yet placed, "the civilian government", is the same state's, when
            # a named office acts on it; "police" or "officials" need the group's state named)
            domestic = bool(roles.targets) and all(t.attributed and (t.country == country or
                                                                     (named and t.country is None))
                                                   for t in roles.targets)
            if not named and not domestic:
                return
            repression = trig.defn.plover in lex.cue("own_people_types") and here == country
            if domestic or repression:
                roles.sources = place(roles.sources, "domestic-unnamed")
                roles.notes.append(f"source {roles.sources[0].text!r} taken as {country}: the only state of "
                                   f"the story, {'whose society it acts on' if domestic else 'where it acts'}")

    @staticmethod
    def _fill_place_target(trig: TriggerHit, roles: RoleResult, lex: Lexicon) -> None:
        """A deployment in another state's territory with no one named is aimed at that state
        ("Israel strengthened its forces in Lebanon", "troops on alert in the West Bank"): for the
        pack's ``place_target_types`` (MOBILIZE) the place where it happens is the target."""
        if trig.defn.plover not in lex.cue("place_target_types") or roles.targets or not roles.sources or \
                roles.closed or roles.location is None or roles.location.country is None:
            return
        country = roles.location.country
        if any(s.country == country for s in roles.sources):
            return  # (forces on alert at home are aimed at no one named)
        roles.targets = [_implicit(trig, country, "GOV", f"implicit:place:{country}")]
        roles.target_how = "place"
        roles.notes.append(f"no target named: the state where it happens, {country}")

    @staticmethod
    def _fill_own_people(trig: TriggerHit, roles: RoleResult, lex: Lexicon) -> None:
        """Repression with no one named and no other state in the story ("Turkish authorities imposed
        a curfew in Cizre", "police opened fire on demonstrators"): aimed at the people of the place,
        else of the acting state (``own_people_types`` in roles.yaml). Runs after the counterpart,
        so that in a story between two states the other state stays the target."""
        if trig.defn.plover not in lex.cue("own_people_types") or not roles.sources or roles.closed or \
                any(t.country is not None for t in roles.targets):
            return
        place = roles.location.country if roles.location is not None else None
        country = place or next((m.country for m in roles.sources if m.country is not None), None)
        if country is None:
            return
        roles.targets = [_implicit(trig, country, "CVL", f"implicit:own-people:{country}", attributed=True)]
        roles.target_how = "carry-over"
        roles.notes.append(f"no one named and no other state: the people of {country}")

    @staticmethod
    def _fill_counterpart(trig: TriggerHit, roles: RoleResult, mentions: list[Mention], ctx: DocContext) -> None:
        """An act with a source but no stated target is aimed at the other state of the story.

        A target whose state is unknown ("summoned the chargé d'affaires", a bare title no earlier
        sentence resolved) gets that state too, keeping its own sector.
        """
        if not roles.sources or not trig.defn.needs_target or roles.closed:
            return
        if roles.targets and any(t.country is not None for t in roles.targets):
            return
        mutual = trig.defn.symmetric or quad_class(trig.defn.cameo) in (1, 2) or _pair_reference(roles.sources)
        if mutual and len({s.country for s in roles.sources}) >= 2:
            return  # "A and B signed", "since the two countries cut relations": the pair is complete
        srcs = {s.country for s in roles.sources}
        country = _role_counterpart(srcs, mentions, ctx) or ctx.counterpart(srcs, mentions)
        if country is None or country in roles.adversaries:
            return
        if roles.targets:  # unresolved institution or title: the other state's (copies: the
            # sentence's mentions stay unresolved for the other triggers and the document memory)
            roles.targets = [replace(t, country=country, resolved_by="carry-over",
                                     evidence=[*t.evidence, f"context:counterpart:{country}"]) for t in roles.targets]
            roles.notes.append(f"target {roles.targets[0].text!r} taken as {country}, the other state of the story")
            return
        roles.targets = [_implicit(trig, country, "GOV", f"context:counterpart:{country}")]
        roles.target_how = "carry-over"
        roles.notes.append(f"no target in the sentence: taken as {country}, the other state of the story")

    @staticmethod
    def _fill_implicit(trig: TriggerHit, roles: RoleResult, mentions: list[Mention], ctx: DocContext) -> None:
        """Agentless passives: the state where it happened, with the trigger's implied sector."""
        if roles.sources or not roles.targets:
            return
        if trig.passive and trig.defn.agentless:
            place = roles.location
            tgt_countries = {t.country for t in roles.targets}
            country = place.country if place is not None and place.country not in tgt_countries else None
            # (unknown attackers, UAF, are those of the place where it happened, as ICEWS codes
            # "unidentified gunmen"; they are never guessed from the states of the story)
            if country is None and trig.defn.agentless != "UAF":
                # the state most recently named in the article that is not the target
                for c in reversed(ctx.states):
                    if c not in tgt_countries:
                        country = c
                        break
            if country is not None:
                roles.sources = [Mention(trig.start, trig.end, country, trig.defn.agentless, "", "implicit",
                                         evidence=[f"implicit:{trig.defn.agentless}"], resolved_by="agentless")]
                roles.source_how = "agentless"
                roles.notes.append(f"agentless passive: agent taken as {country} {trig.defn.agentless}")

    def _events(self, trig: TriggerHit, roles: RoleResult, mod: Modality, sentence: str, tokens: list[Token],
                lex: Lexicon, pub: dt.date | None, dates: list[ResolvedDate], doc_id: str | None,
                index: int) -> tuple[Candidate, list[Event]]:
        d = trig.defn
        cand = Candidate(trigger=trig.to_dict(), sources=[m.to_dict() for m in roles.sources],
                         targets=[m.to_dict() for m in roles.targets], source_how=roles.source_how,
                         target_how=roles.target_how, modality=mod.to_dict(), emitted=False, reason="",
                         notes=list(roles.notes))
        pairs: list[tuple[Mention, Mention | None, bool]] = []
        if d.source_not and any(s.sector in d.source_not for s in roles.sources):
            cand.reason = (f"a {'/'.join(sorted(d.source_not))} actor's {d.plover} "
                           f"'{trig.text}' is another kind of act (troops arriving are no visit)")
            return cand, []
        mutual = d.symmetric or quad_class(d.cameo) in (1, 2) or _pair_reference(roles.sources)
        if mutual and len({s.country for s in roles.sources}) >= 2 and not roles.targets:
            # "A and B signed", "beide Seiten verpflichteten sich": a cooperative act of a pair
            # with no other party is an act of each towards the other
            members = roles.sources
            pairs = [(a, b, True) for a in members for b in members if a is not b and a.country != b.country]
            cand.source_how = cand.target_how = "symmetric"
        elif roles.sources and roles.targets:
            for s in roles.sources:
                for t in roles.targets:
                    # "visited Russia": a place with no named counterpart is visited, not visiting
                    sym = d.symmetric and not (d.one_way_to_place and t.kind in ("name", "capital", "alias"))
                    if sym and d.plover == "AGREE" and lex.roles.get("agree_one_way") and \
                            not roles.target_how.startswith(("with:with", "agent", "pair")):
                        # "X agreed to Y's mediation": only the side that agrees (annotation rules:
                        # both sides only when the text reports both agreeing, "agreed with Y")
                        sym = False
                    pairs.append((s, t, sym))
                    if sym and s.country is not None:
                        # (the reverse of an act whose actor has no state would be aimed at nobody)
                        pairs.append((t, s, True))
        elif roles.sources and (not d.needs_target or d.target_optional):
            pairs = [(s, None, False) for s in roles.sources]
        if not pairs:
            cand.reason = ("no source actor found" if not roles.sources else
                           "no target actor found (this trigger needs one)")
            return cand, []
        date = self._pick_date(trig, tokens, dates, pub)
        loc = None
        if roles.location is not None:
            lm = roles.location
            loc = Location(lm.country, lm.text)
        events: list[Event] = []
        seen: set[tuple] = set()
        dropped: list[str] = []
        for s, t, sym in pairs:
            if s.country is None:
                # an unresolved institution ("the ministry", "police") as the actor: nothing to
                # attribute the act to (a missing target is allowed, a missing actor is not)
                dropped.append(f"{s.text!r} → {t.text if t else None!r}: no state for the source")
                continue
            if s is t:
                continue  # an actor is never paired with itself
            if t is not None and s.country is not None and s.country == t.country and not (s.attributed or t.attributed) \
                    and not (d.plover in lex.cue("own_government_types") and s.sector != t.sector) \
                    and not (lex.roles.get("domestic_pairs") and distinct_bodies(s, t)):
                # (a protest by a parliament or party against its own government is an event; with
                # ``domestic_pairs`` so is any act between two distinct bodies of one state)
                dropped.append(f"{s.text!r} → {t.text!r}: same state on both sides (domestic)")
                continue
            key = (s.country, s.sector, t.country if t else None, t.sector if t else None)
            if key in seen:
                continue
            seen.add(key)
            start = min([trig.start, s.start] + ([t.start] if t is not None else []))
            end = max([trig.last, s.end] + ([t.end] if t is not None else []))
            conf = (_HOW_CONF.get(self._how(roles.source_how, s), 0.7) +
                    (_HOW_CONF.get(self._how(roles.target_how, t), 0.7) if t is not None else 0.6)) / 2
            if mod.reported:
                conf *= 0.85
            plover, mode, cameo = d.plover, d.mode, d.cameo
            for sector, p2, m2, c2 in d.by_target:
                if t is not None and t.sector == sector:
                    plover, mode, cameo = p2, m2, c2  # e.g. expelling journalists is COERCE deport
                    break
            # a record coded from an announcement says so ("modality:intent"): the act named by the
            # trigger id is what was announced, promised, threatened or refused, not what happened
            said = ["modality:intent"] if any(c.startswith("intent: ") for c in mod.cues) else []
            evidence = list(dict.fromkeys([*s.evidence, d.id, *said, *(t.evidence if t is not None else [])]))
            events.append(Event(
                doc_id=doc_id, sentence_index=index, sentence=sentence,
                span=(tokens[start].start, tokens[end - 1].end) if tokens else None,
                source=Actor(s.country, s.sector, s.text, s.attributed),
                target=Actor(t.country, t.sector, t.text, t.attributed) if t is not None else None,
                plover=plover, mode=mode, cameo=cameo, quad_class=quad_class(cameo),
                intensity=goldstein(cameo), date=date.date if date else None,
                date_precision=date.precision if date else None, location=loc,
                negated=mod.negated, hypothetical=mod.hypothetical, confidence=round(conf, 3),
                evidence=evidence, language=lex.lang, is_symmetric=sym,
            ))
        cand.notes.extend(dropped)
        if events:
            cand.emitted = True
            flags = [k for k in ("negated", "hypothetical") if getattr(mod, k)]
            cand.reason = f"{len(events)} event(s)" + (f", flagged {' and '.join(flags)}" if flags else "")
        else:
            cand.reason = "; ".join(dropped) or "no usable actor pair"
        return cand, events

    @staticmethod
    def _how(how: str, m: Mention | None) -> str:
        if m is not None and m.resolved_by in ("carry-over", "agentless"):
            return m.resolved_by
        return how.split(":", 1)[0]

    @staticmethod
    def _pick_date(trig: TriggerHit, tokens: list[Token], dates: list[ResolvedDate],
                   pub: dt.date | None) -> ResolvedDate | None:
        """The time expression nearest to the trigger, else the publication date (precision ``doc``)."""
        if dates and tokens:
            pos = tokens[trig.start].start
            return min(dates, key=lambda r: abs((r.span or (pos, pos))[0] - pos))
        if pub is not None:
            return ResolvedDate(pub.isoformat(), "doc")
        return None
