"""Who did it to whom: source and target of each trigger (step 6).

Each actor mention gets a *cue* from its surroundings, using the pack's ``roles.yaml``:

* a preposition before it: agent ("durch", "by", "со стороны"; "von"/"by" only with a passive),
  target ("gegen", "gegenüber", "against", "против"), partner ("mit", "with", "с"), place
  ("in", "в" → location, not a role), other (no role);
* German articles and adjective endings ("den"/"dem" → object, "des" → genitive), Russian cases
  from pymorphy3 (nominative subject; accusative/dative object; instrumental agent of a passive);
* English possessive "'s" before a nominal trigger (the agent: "Russia's expulsion of ...");
* otherwise word order: before the verb = subject, after = object (English, Russian; German
  subject anywhere that is not marked as object).

A passive trigger swaps subject and object. Candidates are ranked by cue strength, then by
distance to the trigger; the target must be another state than the source. Coordinated actors
("A und B") share a role; symmetric triggers (meet, sign) yield both directions. How each role was
found is returned, because confidence and ``explain`` both report it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..lang import Lexicon
from ..ontology import quad_class
from .actors import Mention
from .tokens import Token
from .triggers import TriggerHit

__all__ = ["Cue", "RoleResult", "assign_roles", "coordination_groups", "distinct_bodies", "mention_cues", "speaker_of", "weekday_words"]

# Cue strength for each role (higher wins); cues absent from a table give no candidate.
_SOURCE_RANK = {"agent": 5, "poss": 4, "subj": 3, "plain": 2, "gen-agent": 1}
_TARGET_RANK = {"target": 5, "obj": 4, "with": 4, "gen": 3, "plain": 2, "subj-passive": 3}


@dataclass(slots=True)
class Cue:
    """What the surroundings say about a mention's role."""

    kind: str  # agent | agent-passive | pair | target | with | location | other | obj | gen | subj | poss | plain
    word: str = ""


@dataclass(slots=True)
class RoleResult:
    """Sources and targets of one trigger, and how they were found."""

    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    source_how: str = ""
    target_how: str = ""
    location: Mention | None = None
    notes: list[str] = field(default_factory=list)
    #: the target is settled as none ("demanded that <an unknown group> ..."): no implicit target
    closed: bool = False
    #: states named as the act's adversary ("support X in its struggle against Y"): never its target
    adversaries: set[str] = field(default_factory=set)


def mention_cues(mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> list[Cue]:
    """The role cue of every mention (independent of any trigger)."""
    cues = []
    agent, agent_p = lex.cue("agent_preps"), lex.cue("passive_agent_preps")
    target, with_, loc = lex.cue("target_preps"), lex.cue("with_preps"), lex.cue("location_preps")
    other, gen_p = lex.cue("other_preps"), lex.cue("genitive_preps")
    pair = lex.cue("pair_preps")
    oblique, genitive = lex.cue("oblique_forms"), lex.cue("genitive_forms")
    skippable = lex.cue("determiner_forms") | oblique | genitive
    for m in mentions:
        # Walk left over determiners and adjectives to the word that governs the mention.
        j = m.start - 1
        det = ""
        while j >= 0 and (tokens[j].text.casefold() in skippable or
                          (tokens[j].text[:1].islower() and tokens[j].lemma not in agent | agent_p | target
                           | with_ | loc | other | gen_p | pair and j >= m.start - 2 and tokens[j].text.isalpha()
                           and _is_modifier(tokens[j], lex))):
            if tokens[j].text.casefold() in skippable and not det:
                det = tokens[j].text.casefold()
            j -= 1
        prev = tokens[j].lemma if j >= 0 else ""
        prev2 = f"{tokens[j - 1].lemma} {prev}" if j >= 1 else ""
        own = tokens[m.start].text.casefold()
        if own in skippable and not det:
            det = own
        cue = Cue("plain")
        for word in (prev2, prev):
            if not word:
                continue
            if word in agent:
                cue = Cue("agent", word)
            elif word in agent_p:
                cue = Cue("agent-passive", word)
            elif word in pair:
                cue = Cue("pair", word)
            elif word in target:
                cue = Cue("target", word)
            elif word in with_:
                cue = Cue("with", word)
            elif word in loc:
                cue = Cue("location", word)
            elif word in gen_p:
                cue = Cue("gen", word)
            elif word in other:
                cue = Cue("other", word)
            else:
                continue
            break
        if cue.kind == "with" and j >= 1 and f"{tokens[j - 1].lemma} {prev}" in lex.cue("source_preps"):
            cue = Cue("plain", "according to")  # "according to the Uzbek delegation": who says it
        elif cue.kind in ("with", "target") and j >= 2 and \
                " ".join(t.lemma for t in tokens[j - 2:j + 1]) in lex.cue("background_preps"):
            cue = Cue("other", "background")  # "in response to the decision": no partner, no target
        if cue.kind == "gen" and j >= 1 and tokens[j - 1].lemma in lex.cue("quantity_heads"):
            cue = Cue("plain")  # "thousands of Chilean students", "a group of rebels": the group itself
        if j == m.start - 1 and f"{prev} {tokens[m.start].lemma}" in agent:
            # "со стороны Кишинева": the mention opens with the noun of a multi-word agent preposition
            cue = Cue("agent", f"{prev} {tokens[m.start].lemma}")
        if cue.kind != "location" and j >= 0:
            through = _direction_location(j, tokens, lex, loc)
            if through:
                cue = Cue("location", through)  # "in south Lebanon", "im Süden des Libanon", "на юге Ливана"
        if cue.kind == "plain":
            after_noun = j >= 0 and j == m.start - 1 and tokens[j].pos.startswith("NOUN")
            if j >= 2 and j == m.start - 1 and tokens[j].text == "-" and tokens[j - 1].text.isalpha() and \
                    tokens[j - 1].text.islower():
                # "визит вице-премьера России": the prefix before the hyphen belongs to the noun;
                # the word before it decides
                after_noun = tokens[j - 2].pos.startswith("NOUN")
            cue = _case_cue(m, tokens, lex, det, oblique, genitive, after_noun)
            if cue.kind == "subj" and j >= 0 and j == m.start - 1 and tokens[j].lemma in lex.cue("speech_verbs"):
                cue = Cue("plain")  # "..., заявила официальный представитель": the speaker, not the act's subject
        if m.kind == "pair":
            cue = Cue("pair", "-")  # "the Uzbek-Kazakh summit": the two states act together
        if _in_dateline(tokens, m.start, m.end):
            cue = Cue("location", "dateline")  # "Moskau – ...", "Baku/Moskau – ...", "Samarkand (Reuters) - ..."
        elif m.kind == "place" and cue.kind != "location":
            cue = _place_cue(m, tokens, lex)
        # English possessive: "Russia's decision"
        if m.end < len(tokens) and tokens[m.end].text in ("'s", "’s"):
            cue = Cue("poss", "'s")
        cues.append(cue)
    return cues


_DASHES = frozenset({"-", "–", "—"})


def _place_cue(m: Mention, tokens: list[Token], lex: Lexicon) -> Cue:
    """A town or city (kind ``place``) is a location or nothing, never a role: after one of
    ``place_preps`` ("near Samarra", "под Харьковом"), after a place noun
    ("the city of Kirkuk", "in der Stadt Kirkuk", "в городе Киркук"; roles.yaml ``place_nouns``), or
    joined by a hyphen to one of ``place_suffix_forms`` ("a Kirkuk-based group")."""
    k = m.start - 1
    preps = lex.cue("place_preps")
    for n in (2, 1):
        if k - n + 1 >= 0 and " ".join(t.lemma for t in tokens[k - n + 1:k + 1]) in preps:
            return Cue("location", " ".join(t.lemma for t in tokens[k - n + 1:k + 1]))
    if k >= 1 and tokens[k].lemma in lex.cue("genitive_preps") | lex.cue("genitive_links") and \
            tokens[k - 1].lemma in lex.cue("place_nouns"):
        return Cue("location", tokens[k - 1].lemma)
    if k >= 0 and tokens[k].lemma in lex.cue("place_nouns"):
        return Cue("location", tokens[k].lemma)
    if m.end + 1 < len(tokens) and tokens[m.end].text == "-" and \
            tokens[m.end + 1].text.casefold() in lex.cue("place_suffix_forms"):
        return Cue("location", tokens[m.end + 1].text.casefold())
    return Cue("other", "place")


def _direction_location(j: int, tokens: list[Token], lex: Lexicon, loc: frozenset[str]) -> str:
    """The location preposition reached through direction words between it and a mention whose
    governing word (``j``, found by the walk in ``mention_cues``) is one of them (roles.yaml
    ``direction_forms``): "in south Lebanon", "in north-west Syria", "в северном Ираке", with a
    genitive link after a direction noun ("in the north of Lebanon", "im Zentrum von Bagdad"; "im
    Süden des Libanon" and "на юге Ливана" have the governing noun right before the name). Empty
    when no location preposition stands before them: the mention's own cue then stays."""
    dirs = lex.cue("direction_forms")
    if not dirs:
        return ""

    # written in lower case unless the language capitalises its nouns: a capitalised direction word
    # names a region of its own ("Northern Ireland", "West Darfur", "в Северной Ирландии")
    any_case = bool(lex.roles.get("nouns_capitalised"))

    def direction(k: int) -> bool:
        return k >= 0 and tokens[k].text.casefold() in dirs and (any_case or tokens[k].text.islower())

    k = j
    if tokens[k].lemma in lex.cue("genitive_links") | lex.cue("genitive_preps") and direction(k - 1):
        k -= 1
    if not direction(k):
        return ""
    while direction(k) or (tokens[k].text == "-" and direction(k - 1)):
        k -= 1
    if k >= 0 and tokens[k].text.casefold() in lex.cue("determiner_forms"):
        k -= 1  # "in the north of"
    return tokens[k].lemma if k >= 0 and tokens[k].lemma in loc else ""


def _in_dateline(tokens: list[Token], start: int, end: int) -> bool:
    """A mention that is one of the places opening the sentence as a dateline ("Baku/Moskau – ...")."""
    while start >= 2 and tokens[start - 1].text == "/":
        start -= 2  # a multi-place dateline joins its places with slashes
    if start != 0:
        return False
    while end + 1 < len(tokens) and tokens[end].text == "/":
        end += 2
    return _is_dateline(tokens, end)


def _is_dateline(tokens: list[Token], end: int) -> bool:
    """A place name opening the sentence, followed by a dash or an agency in brackets then a dash."""
    if end < len(tokens) and tokens[end].text in _DASHES and (end == 0 or tokens[end].start > tokens[end - 1].end):
        return True  # (a hyphen inside a word, "Zia-Ul-Haq", is no dateline dash)
    if end < len(tokens) and tokens[end].text in ("(", ","):
        for k in range(end + 1, min(end + 8, len(tokens))):
            if tokens[k].text in _DASHES or tokens[k].text == ":":
                return True
    return False


def _is_modifier(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word that can stand between a preposition and its noun (adjective, numeral)."""
    if lex.lang == "ru":
        return tok.pos in ("ADJF", "NUMR", "PRTF", "ADJF|pssv", "PRTF|pssv")
    endings = tuple(lex.roles.get("adjective_endings", []) or ())
    return bool(endings) and tok.text.casefold().endswith(endings)


def _name_before_verb(m: Mention, tokens: list[Token], lex: Lexicon) -> bool:
    """A one-word capitalised actor name opening a clause right before a finite verb whose ending
    agrees with the name's (the pack's ``genitive_name_subject``: name endings -> verb endings)."""
    table = lex.roles.get("genitive_name_subject") or {}
    if not table or m.end - m.start != 1 or m.end >= len(tokens) or tokens[m.end].pos != "VERB":
        return False
    name, verb = tokens[m.start], tokens[m.end]
    if not name.text[:1].isupper() or (m.start > 0 and tokens[m.start - 1].pos not in ("", "CONJ")):
        return False
    return any(name.text.casefold().endswith(str(end)) and verb.text.casefold().endswith(tuple(vends))
               for end, vends in table.items())


def _case_cue(m: Mention, tokens: list[Token], lex: Lexicon, det: str, oblique: frozenset[str],
              genitive: frozenset[str], after_noun: bool = False) -> Cue:
    if lex.lang == "ru":
        # The first word carries the case: the head noun of "МИД России" or an agreeing adjective
        # ("российского посла"); a following genitive belongs to the head.
        k = m.start
        while k + 2 < m.end and tokens[k + 1].text == "-":
            k += 2  # "премьер-министра", "вице-премьера": the last part of a hyphenated noun declines
        cases = set(tokens[k].cases)
        if tokens[k].pos in ("ADJF", "PRTF") and k + 1 < m.end and tokens[k + 1].cases & cases:
            # an adjective agrees with its noun: "официальный представитель" is nominative only,
            # although the inanimate adjective form alone could be accusative too
            cases &= tokens[k + 1].cases
        if not cases:
            return Cue("plain")
        if after_noun and m.start > 0 and tokens[m.start - 1].text == "-":
            # "визит вице-премьера": a hyphenated title right after a noun is its genitive, whatever
            # the lemmatizer reads in the last part alone ("премьера" as "the premiere")
            return Cue("gen", "genitive")
        if "gen" in cases and "nom" not in cases and after_noun:
            # right after a noun a form that can be genitive is one ("учения Сербии", "действия
            # Венгрии"), although "-ии" names are dative and locative too
            return Cue("gen", "genitive")
        if cases == {"ins"}:
            return Cue("agent-passive", "instrumental")
        if "nom" in cases and not cases & {"acc", "dat"}:
            return Cue("subj", "nominative")
        if cases & {"acc", "dat"} and "nom" not in cases:
            return Cue("obj", "accusative/dative")
        if cases == {"gen"} and not after_noun and _name_before_verb(m, tokens, lex):
            # "Хезболла обстреляла Израиль": the lemmatizer reads a foreign organisation name in
            # -а as a genitive only; before an agreeing finite verb it is the subject
            return Cue("plain")
        if cases == {"gen"}:
            return Cue("gen", "genitive")
        return Cue("plain")
    if det in oblique:
        return Cue("obj", det)
    if det in genitive:
        return Cue("gen", det)
    # German: an adjective ending in -en without article marks an oblique case only after an
    # article; a plain "-e"/"-er" adjective with "der"/"die" is nominative-capable: leave it plain.
    return Cue("plain", det)


def _double_object_recipient(trig: TriggerHit, m: Mention, mentions: list[Mention], tokens: list[Token],
                             lex: Lexicon) -> bool:
    """"A gave B an ultimatum": ``m`` stands right after one of the pack's ``double_object_verbs``
    that follows another actor, and only determiners stand between ``m`` and the act noun."""
    verbs = lex.cue("double_object_verbs")
    if not verbs or m.start < 1 or tokens[m.start - 1].lemma not in verbs:
        return False
    dets = set(lex.cue("indefinite_article_forms")) | set(lex.cue("determiner_forms"))
    if not all(t.text.casefold() in dets for t in tokens[m.end:trig.start]) or trig.start - m.end > 2:
        return False
    return any(o is not m and o.end == m.start - 1 for o in mentions)


def assign_roles(trig: TriggerHit, mentions: list[Mention], cues: list[Cue], groups: list[int],
                 tokens: list[Token], lex: Lexicon) -> RoleResult:
    """Pick the source(s) and target(s) of one trigger among the sentence's mentions.

    Args:
        trig: the trigger.
        mentions: the sentence's actor mentions (after carry-over).
        cues: :func:`mention_cues` of the mentions.
        groups: coordination group id of each mention (same id = "A und B").
        tokens: the sentence's tokens.
        lex: the language pack.
    """
    res = RoleResult()
    order = lex.roles.get("word_order", "svo")
    clause = _clause_span(trig, tokens, lex) if trig.passive and lex.roles.get("clause_bound_passive") else None
    src_c: list[tuple[int, int, int]] = []  # (rank, distance, index)
    tgt_c: list[tuple[int, int, int]] = []
    for i, (m, c) in enumerate(zip(mentions, cues, strict=True)):
        if any(m.start < b and a < m.end for a, b in ((trig.start, trig.end), *trig.parts)):
            continue  # part of the trigger phrase
        if m.kind == "place":
            # a town is where it happened, never who did it or to whom: the location is a copy
            # with the town's state and listed name (the record's location), the mention itself
            # stays stateless
            if c.kind == "location":
                dist = (trig.start - m.end) if m.end <= trig.start else max(0, m.start - trig.end)
                if res.location is None or dist < abs(res.location.start - trig.start):
                    res.location = replace(m, country=m.place, text=m.place_name or m.text)
            continue
        before = m.end <= trig.start
        dist = (trig.start - m.end) if before else max(0, m.start - trig.end)
        kind = c.kind
        if trig.passive and c.word and c.word in trig.defn.agent_preps:
            kind = "agent"  # "was summoned to the ministry": this trigger's own agent preposition
        elif kind == "poss" and not before:
            kind = "plain"  # "accused the EU's mission": a possessive after the verb is its object
        if kind == "plain" and before and _double_object_recipient(trig, m, mentions, tokens, lex):
            # "Chile gave Bolivia an ultimatum": the first object of a giving verb is the
            # recipient of the act noun after it, its target; the verb's subject is the source
            kind = "obj"
        elif kind in ("plain", "poss") and not before and lex.roles.get("direct_object_first") and \
                not trig.defn.nominal and not trig.passive and _direct_object(trig, m, tokens, lex):
            # "rejected North Korea's demand to sever an alliance with Washington", "rejected a
            # United Nations appeal ... with Israel": the verb's own object outranks later partners
            kind = "obj"
        elif kind == "poss" and not trig.defn.nominal and not trig.passive and (
                any(t.text in _CLAUSE_PUNCT for t in tokens[m.end:trig.start])
                or any(o is not m and o.country is not None and m.end <= o.start and o.end <= trig.start
                       for o in mentions)):
            # "criticised Israel's attitude ...: 'Turkey has suspended ...'": a possessive owns its
            # own noun; across a clause break or another actor it is not the verb's subject
            kind = "plain"
        if kind == "pair":
            # "Gespräche zwischen A und B": the pair acts together in a symmetric act; in "Razzien
            # gegen X ... eine Krise zwischen A und B" the pair belongs to another noun
            if not trig.defn.symmetric:
                continue
            if not before and (m.start - trig.last > 4 or _clause_break_between(tokens, trig.last, m.start)):
                # "hosted X ... for a meeting aimed at close relations between the two leaders",
                # "shared evidence with the US about contacts between al Qaeda and ...": a pair far
                # after the act belongs to another noun
                continue
            kind = "agent"
        if kind == "location":
            if res.location is None or dist < abs(res.location.start - trig.start):
                res.location = m
            continue
        if kind == "other" and before and m.end == trig.start and not trig.defn.nominal and not trig.passive \
                and lex.roles.get("word_order") == "svo":
            kind = "subj"  # "since the two countries cut relations": the conjunction opens a clause
        if kind == "other":
            continue
        if kind == "agent-passive":
            kind = "agent" if (trig.passive or trig.defn.nominal) else "other"
            if trig.defn.nominal and not trig.passive and not before and m.start - trig.last > 4:
                # "demonstrations against the alleged violations by the Israeli military": an
                # agent far after an act noun is another noun's
                kind = "other"
            if kind == "other":
                continue
        if kind == "agent" and not (trig.passive or trig.defn.nominal or trig.defn.symmetric):
            if c.word in lex.cue("object_agent_preps") and not before and m.start - trig.last <= 6 and \
                    not _clause_break_between(tokens, trig.last, m.start):
                # "rejected an offer from Afghanistan": the agent of the verb's object noun is
                # whom the verb answers (weaker than a direct object)
                tgt_c.append((_TARGET_RANK["gen"], dist, i))
            continue  # "durch X" with an active verb belongs to some noun, not to this verb
        if kind == "gen" and trig.defn.nominal and 0 <= m.start - trig.end <= 3:
            tgt_c.append((_TARGET_RANK["gen"], dist, i))
            src_c.append((_SOURCE_RANK["gen-agent"], dist, i))
            continue
        if kind == "gen" and not trig.defn.nominal and not trig.passive and 0 < m.start - trig.last <= 3:
            # "осудила заявления венгерского премьера", "condemned the remarks of the premier":
            # the owner of the verb's object noun is whom the act is aimed at (weaker than an object)
            tgt_c.append((_TARGET_RANK["gen"], dist, i))
            continue
        if kind == "gen":
            continue  # a genitive elsewhere belongs to another noun
        if trig.passive and kind in ("subj", "plain"):
            # the grammatical subject of a passive undergoes the act; where the pack asks for it
            # (``clause_bound_passive``), only inside the passive's own clause: in "X teilte mit,
            # dass die Diplomaten abgezogen werden" X speaks, it is not withdrawn
            if clause is not None and not (clause[0] <= m.start and m.end <= clause[1]):
                continue
            if kind == "subj" or before or order == "sov":
                tgt_c.append((_TARGET_RANK["subj-passive"], dist, i))
            continue
        if kind in ("agent", "poss"):
            src_c.append((_SOURCE_RANK[kind], dist, i))
        elif kind == "target" and c.word in lex.cue("adversative_preps") and quad_class(trig.defn.cameo) in (1, 2) \
                and not (m.start > trig.start and m.start - trig.last <= 3):
            # "support the Palestinians in their struggle against Israel": an adversary, no recipient
            # (right after the act's own words it is its complement: "lifted the sanctions against X")
            if m.country is not None:
                res.adversaries.add(m.country)
            continue
        elif kind in ("target", "obj", "with"):
            tgt_c.append((_TARGET_RANK[kind], dist, i))
        elif kind == "subj":
            src_c.append((_SOURCE_RANK["subj"] + (1 if before else 0), dist, i))
        else:  # plain: word order decides
            if order == "svo":
                if before:
                    src_c.append((_SOURCE_RANK["plain"], dist, i))
                else:
                    tgt_c.append((_TARGET_RANK["plain"], dist, i))
            else:  # German: the first unmarked actor is the subject, later ones objects
                src_c.append((_SOURCE_RANK["plain"], m.start, i))
                tgt_c.append((_TARGET_RANK["plain"] - 1, dist, i))
    if lex.roles.get("target_in_clause"):
        # "will visit Albania in June, ... since Tirana split with Moscow": an actor after a clause
        # break ranks below every actor inside the trigger's own clause
        tgt_c = [(r - 10 if _clause_break_between(tokens, trig.last, mentions[i].start) else r, d, i)
                 for r, d, i in tgt_c]
    src_c.sort(key=lambda x: (-x[0], x[1]))
    tgt_c.sort(key=lambda x: (-x[0], x[1]))
    if quad_class(trig.defn.cameo) in (3, 4) and any(
            not mentions[i].attributed and mentions[i].country is not None for _, _, i in src_c):
        # "A court in Baku ordered several Russian citizens held in detention": nationals,
        # journalists or companies named beside a state institution are what a conflictual act is
        # done to, never its agent; they become target candidates (as an object would be)
        moved = [(r, d, i) for r, d, i in src_c if mentions[i].attributed]
        if moved:
            src_c = [c for c in src_c if c not in moved]
            tgt_c = sorted([*tgt_c, *((_TARGET_RANK["obj"], d, i) for _, d, i in moved)], key=lambda x: (-x[0], x[1]))
    relative = _relative_antecedent(trig, mentions, tokens, lex)
    if relative is not None and not trig.passive:
        # "Poland, which expelled two diplomats, ...": the relative pronoun's antecedent is the
        # subject; "the agreement, which meets the interests ...": an antecedent that is no actor
        # leaves the verb without one (no speaker stands in for it)
        if relative >= 0:
            res.sources = _group(relative, mentions, groups)
            res.source_how = "subj:relative"
        src_c = []
    if src_c:
        i = src_c[0][2]
        res.sources = _group(i, mentions, groups)
        res.source_how = cues[i].kind + (f":{cues[i].word}" if cues[i].word else "")
    if not res.sources and relative is None:
        excl = {i for _, _, i in tgt_c}
        if lex.roles.get("speaker_not_target"):
            # "..., - сообщила Захарова": word order made a speaker after an active trigger a
            # target candidate, but with speaker_not_target the subject of a reporting verb outside
            # the trigger is never its target, so it may speak for it (a passive's subject before
            # it, "X said the plane was shot down", still never does)
            spk = _speaker(mentions, cues, tokens, lex, trig)
            if spk is not None and not trig.passive and mentions[spk].start >= trig.end:
                excl.discard(spk)
        sp = _speaker(mentions, cues, tokens, lex, trig, exclude=excl)
        if sp is not None:
            res.sources = _group(sp, mentions, groups)
            res.source_how = "speaker"
    src_groups = {groups[mentions.index(s)] for s in res.sources}
    if lex.roles.get("speaker_not_target"):
        # "Beide Staaten wollten die Grenze öffnen ..., sagte Macron": who reports the act is
        # the subject of the reporting verb, never the one the act is aimed at.
        spk = _speaker(mentions, cues, tokens, lex, trig, outside=trig)
        if spk is not None:
            tgt_c = [c for c in tgt_c if c[2] != spk]
    if trig.defn.symmetric and len(res.sources) >= 2:
        tgt_c = [c for c in tgt_c if c[0] >= _TARGET_RANK["with"]]
    src_countries = {s.country for s in res.sources}
    domestic_pairs = bool(lex.roles.get("domestic_pairs"))
    # with ``domestic_pairs`` two distinct bodies of one state are a pair ("the court summoned the
    # former president", JUD → GOV; not "the minister met the president"), but only when the
    # sentence offers no target of another state: a second pass
    for second in (False, True) if domestic_pairs else (False,):
        for _, _, i in tgt_c:
            m = mentions[i]
            if groups[i] in src_groups:
                continue
            if m.country is not None and m.country in src_countries and not trig.defn.symmetric and \
                    m.sector not in lex.cue("domestic_sectors") and \
                    not (m.attributed and trig.defn.plover in lex.cue("own_people_types")) and \
                    not (second and all(distinct_bodies(s, m) for s in res.sources if s.country == m.country)):
                # (rebels and the opposition are acted on by their own state: "police arrested
                # opposition supporters" is an event; "Russian police detained Russian citizens" is not)
                if not second:
                    res.notes.append(f"skipped {m.text!r} as target: same state as the source")
                continue
            res.targets = _group(i, mentions, groups)
            res.target_how = cues[i].kind + (f":{cues[i].word}" if cues[i].word else "")
            return res
    return res


#: Punctuation that ends a clause (the pack's ``clause_breaks`` in modality.yaml add words: "dass").
_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "(", ")", '"', "„", "“", "«", "»"})


def distinct_bodies(a: Mention, b: Mention) -> bool:
    """Two named, distinct bodies of one state (a court and an official, the government and the
    rebels): an act between them is a domestic event (X → X). A reference ("they", "the country")
    has a guessed sector only, so it never makes such a pair; the state's own nationals (an
    attributed CVL group, "Kenyan citizens") are no body of it: whether an act on them is an event
    is the pack's ``own_people_types`` rule ("Kenya expelled two Kenyan citizens" is none)."""
    return a is not b and a.sector != b.sector and "reference" not in (a.kind, b.kind) and \
        not any(m.attributed and m.sector == "CVL" for m in (a, b))


def _direct_object(trig: TriggerHit, m: Mention, tokens: list[Token], lex: Lexicon) -> bool:
    """``m`` opens the verb's object: only determiners, numbers, lower-case modifiers or a
    complementizer ("demanded that the US ...") stand between the verb and it (at most three words)."""
    gap = tokens[trig.last:m.start]
    dets = lex.cue("determiner_forms") | lex.cue("complementizers")
    days = weekday_words(lex)
    return len(gap) <= 3 and all(t.text.casefold() in dets or t.text.isdigit() or t.text.casefold() in days or
                                 (t.text.islower() and t.text.isalpha() and _is_modifier(t, lex)) for t in gap)


def weekday_words(lex: Lexicon) -> frozenset[str]:
    """The pack's weekday words (dates.yaml): "turned down Monday a United Nations request" has the
    day between the verb and its object."""
    d = lex.dates if isinstance(lex.dates, dict) else {}
    return frozenset(str(k).casefold() for k in (d.get("weekdays") or {}))


def _relative_antecedent(trig: TriggerHit, mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> int | None:
    """For a verb right after a relative pronoun (pack's ``relative_pronouns``, one adverb allowed
    between): the index of the actor the pronoun stands for, -1 when it stands for something else,
    ``None`` when the verb opens no relative clause."""
    pronouns = lex.cue("relative_pronouns")
    if not pronouns or trig.defn.nominal:
        return None
    j = trig.start - 1
    if j >= 1 and tokens[j].text.isalpha() and tokens[j].text.islower() and tokens[j].lemma not in pronouns \
            and tokens[j - 1].lemma in pronouns and not any(m.start <= j < m.end for m in mentions):
        j -= 1  # "which also expelled"
    if j < 1 or tokens[j].lemma not in pronouns or tokens[j].text.casefold() not in pronouns:
        return None
    k = j - 1 if tokens[j - 1].text != "," else j - 2
    for i, m in enumerate(mentions):
        if m.end == k + 1 and m.country is not None:
            return i
    return -1


def _clause_break_between(tokens: list[Token], a: int, b: int) -> bool:
    """A comma, semicolon, colon, dash or bracket between token ``a`` and token ``b`` (a < b)."""
    return a < b and any(t.text in _CLAUSE_PUNCT for t in tokens[a:b])


def _clause_span(trig: TriggerHit, tokens: list[Token], lex: Lexicon) -> tuple[int, int]:
    """Token span of the clause around ``trig``: up to the nearest punctuation or clause-opening word."""
    words = lex.cue("clause_breaks")
    lo = trig.start
    while lo > 0 and tokens[lo - 1].text not in _CLAUSE_PUNCT and tokens[lo - 1].lemma not in words:
        lo -= 1
    # "Zwei Mitarbeiter der Agentur, beide russische Staatsbürger, wurden festgenommen": commas
    # around an apposition do not end the clause; a comma after a reporting verb ("X teilte mit,
    # die Diplomaten würden abgezogen") or a clause-opening word does.
    speech = lex.cue("speech_verbs")
    while lo > 1 and tokens[lo - 1].text == ",":
        k = lo - 1
        while k > 0 and tokens[k - 1].text not in _CLAUSE_PUNCT and tokens[k - 1].lemma not in words:
            k -= 1
        if k == lo - 1 or (k > 0 and tokens[k - 1].text != ",") or \
                any(t.lemma in speech or t.lemma in words for t in tokens[k:lo - 1]):
            break
        lo = k
    hi = trig.last
    while hi < len(tokens) and tokens[hi].text not in _CLAUSE_PUNCT and tokens[hi].lemma not in words:
        hi += 1
    return lo, hi


def speaker_of(mentions: list[Mention], cues: list[Cue], tokens: list[Token], lex: Lexicon) -> int | None:
    """Index of the mention that speaks in this sentence ("sagte Außenministerin X", "X said"), if any."""
    return _speaker(mentions, cues, tokens, lex, None)


def _speaker(mentions: list[Mention], cues: list[Cue], tokens: list[Token], lex: Lexicon,
             trig: TriggerHit | None, exclude: set[int] = frozenset(),  # type: ignore[assignment]
             outside: TriggerHit | None = None) -> int | None:
    """The actor of a reporting verb ("sagte Außenministerin X", "X said") when the trigger has no subject.

    Mentions in ``exclude`` (the trigger's target candidates: the subject of a passive) never speak.
    With ``outside``, reporting verbs that are part of that trigger ("erklärte sich bereit") do not count.
    """
    speech = lex.cue("speech_verbs")
    if not speech:
        return None
    spans = [] if outside is None else [(outside.start, outside.end), *outside.parts]
    for k, tok in enumerate(tokens):
        if tok.lemma not in speech or any(a <= k < b for a, b in spans):
            continue
        best = None
        for i, m in enumerate(mentions):
            if cues[i].kind in ("location", "other", "gen", "obj", "target", "with") or i in exclude:
                continue
            if trig is not None and any(m.start < b and a < m.end for a, b in ((trig.start, trig.end), *trig.parts)):
                continue
            d = m.start - k if m.start > k else k - m.end + 1
            if d <= 4 and (best is None or d < best[0]):
                best = (d, i)
        if best is not None:
            return best[1]
    return None


def _group(i: int, mentions: list[Mention], groups: list[int]) -> list[Mention]:
    g = groups[i]
    return [m for k, m in enumerate(mentions) if groups[k] == g]


def coordination_groups(mentions: list[Mention], tokens: list[Token], lex: Lexicon,
                        verbs: frozenset[int] = frozenset()) -> list[int]:
    """Group id per mention: mentions joined only by commas or "and"-words share a group.

    ``verbs`` (start tokens of verbal triggers): "A frees 32 B soldiers, B frees 2 A soldiers" —
    a comma between an act's object and an actor right before another verb opens a new clause,
    no list (the second actor is that verb's subject)."""
    conj = lex.cue("coordination")
    groups = list(range(len(mentions)))
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if (a.start, a.end) == (b.start, b.end):  # one phrase, several states ("the two countries")
            groups[k] = groups[k - 1]
            continue
        if a.kind == "place" or b.kind == "place":
            continue  # a town is no party of a list of actors
        between = tokens[a.end:b.start]
        if a.kind == b.kind == "pair" and len(between) == 1 and between[0].text == "-":
            groups[k] = groups[k - 1]
            continue
        if verbs and len(between) == 1 and between[0].text == "," and b.end in verbs and \
                any(v < a.start for v in verbs):
            continue  # "..., Армения освобождает ...": a new clause, not a list
        if len(between) == 1 and between[0].text == "," and b.end < len(tokens) and \
                tokens[b.end].lemma in (lex.cue("speech_verbs") | lex.cue("report_verbs")) and \
                all(not t.text.isalnum() for t in tokens[b.end + 1:]):
            continue  # "Iran attacked Iraq, Kuwait said.": the closing reporter is no list member
        if between and len(between) <= 2 and all(t.lemma in conj or t.text == "," for t in between) and \
                any(t.lemma in conj for t in between) | (len(between) == 1 and between[0].text == ","):
            groups[k] = groups[k - 1]
    return groups
