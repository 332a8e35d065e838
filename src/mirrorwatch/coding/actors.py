"""Actor mentions: lexicon hits combined into state actors with a CAMEO sector (step 4).

Rules (all words come from the language pack, none from here):

* a country adjective or name followed (within two tokens) by an institution is that country's
  institution: "russischen Polizei" → RUS COP, "Russia's foreign ministry" → RUS GOV;
* an institution followed by a country name or capital (genitive) likewise: "МИД России" → RUS GOV,
  "Präsident Aserbaidschans" → AZE GOV;
* institutions of kind ``national``/``media``/``business`` (nationals, journalists, companies)
  make the actor *attributed* to that country (sector CVL/MED/BUS); demonyms alone too;
* country names, capitals and metonyms alone are the government (GOV, or the metonym's sector);
* state media and agencies (orgs.tsv), officials (people.tsv) carry their own country and sector;
* an institution with no country is kept with ``country=None``: the document-level carry-over
  (:mod:`.context`) may resolve it later ("the ministry" after Russia was named);
* a bare country adjective before an ordinary noun ("russischen Angriffskrieg") is no actor;
* a place of ``places.tsv`` (a town or city: "Kirkuk", "Екатеринбург") is a mention of kind
  ``place`` with no state of its own (``country=None``, its state in ``place``): a location, never
  an actor (roles.py gives it the location cue or none; the document memory skips it). A
  country, capital, person, organisation or institution on the same words wins; a place needs
  its capital letter; "the Iraqi city of Basra" is a place of the adjective's state, and after a
  place noun with a country adjective ("the Syrian town of Kobani") a capitalised name is a place
  even when places.tsv does not list it; an all-capitals dateline ("KIRKUK (Reuters) -") is
  looked up too. A place after a bare institution gives it its state ("police in Kirkuk").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from .matching import Hit
from .tokens import Token, tokenize

__all__ = ["Mention", "find_mentions"]

_ACTOR_KINDS = ("country", "person", "org", "inst")
# Which institution kinds make an actor attributed, and the sector they imply when the row has none.
_ATTRIBUTED = {"national": "CVL", "media": "MED", "business": "BUS"}


@dataclass(slots=True)
class Mention:
    """One actor mention at tokens ``[start, end)`` of a sentence."""

    start: int
    end: int
    country: str | None
    sector: str | None
    text: str
    kind: str  # name | capital | metonym | adjective | demonym | person | org | inst | generic ...
    attributed: bool = False
    evidence: list[str] = field(default_factory=list)
    head: str = ""  # lemma of the institution word, for carry-over ("Botschafter")
    resolved_by: str = "lexicon"  # or "carry-over", "location"
    members: list[Mention] = field(default_factory=list)  # coordination: "A und B"
    place: str | None = None  # kind "place": the state the town lies in (the mention has no country)
    place_name: str = ""  # kind "place": the name as places.tsv lists it ("Екатеринбург" for "Екатеринбурге")

    def to_dict(self) -> dict:
        """A plain dict for explain output."""
        d = {"span": [self.start, self.end], "text": self.text, "country": self.country,
             "sector": self.sector, "kind": self.kind, "attributed": self.attributed,
             "resolved_by": self.resolved_by, "evidence": list(self.evidence)}
        if self.kind == "place":
            d["place"] = self.place
        return d


def _pick_longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first (ties: leftmost)."""
    taken: list[Hit] = []
    used: set[int] = set()
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        rng = range(h.start, h.end)
        if any(i in used for i in rng):
            continue
        taken.append(h)
        used.update(rng)
    return sorted(taken, key=lambda h: h.start)


def _prefer_kind(hits: list[Hit], tokens: list[Token], plural_endings: tuple[str, ...] = ()) -> list[Hit]:
    """One country hit per span: "German" is an adjective before a word, a demonym otherwise.

    A one-word hit written in a plural form (``plural_endings`` of the pack, "Indians", "Russians":
    the surface is not the lemma) is a demonym wherever it stands: adjectives do not inflect so.
    """
    by_span: dict[tuple[int, int], list[Hit]] = {}
    rest = []
    for h in hits:
        if h.pattern.kind == "country":
            by_span.setdefault((h.start, h.end), []).append(h)
        else:
            rest.append(h)
    for (_start, end), hs in by_span.items():
        if len(hs) == 1:
            rest.append(hs[0])
            continue
        nxt = tokens[end] if end < len(tokens) else None
        followed_by_word = nxt is not None and nxt.text[:1].isalpha()
        word = tokens[_start]
        if plural_endings and end - _start == 1 and word.text.casefold() != word.lemma and \
                word.text.casefold().endswith(plural_endings):
            followed_by_word = False  # "visas given to Indians under ...": a plural demonym
        order = {"name": 0, "alias": 0, "capital": 1, "metonym": 1,
                 "adjective": 2 if followed_by_word else 4, "demonym": 3}
        rest.append(min(hs, key=lambda h: order.get(h.pattern.data[1], 5)))
    return rest


def _country_of(h: Hit) -> tuple[str | None, str, str | None]:
    """(country, kind, sector) of a country/person/org hit."""
    d = h.pattern.data
    if h.pattern.kind == "country":
        code, kind, sector = d
        return code or None, kind or "name", sector
    if h.pattern.kind == "person":
        return d[0] or None, "person", d[1]
    if h.pattern.kind == "org":
        return d[0] or None, "org", d[1]
    return None, "inst", d[0]


def find_mentions(hits: list[Hit], tokens: list[Token], sentence: str, lang: str,
                  fillers: frozenset[str] = frozenset(), genitive_links: frozenset[str] = frozenset(),
                  location_preps: frozenset[str] = frozenset(),
                  coordination: frozenset[str] = frozenset(), names_modify: bool = True,
                  when: str | None = None, plural_endings: tuple[str, ...] = (),
                  compounds: bool = False, compound_stops: frozenset[str] = frozenset()) -> list[Mention]:
    """Combine actor hits into mentions.

    Args:
        hits: all lexicon hits of the sentence.
        tokens: the sentence's tokens.
        sentence: the sentence text (for the mentions' surface text).
        lang: the language code (for evidence ids).
        fillers: lemmas that may stand between a country word and its institution (articles,
            "'s", hyphen, ordinary adjectives are allowed by shape).
        genitive_links: lemmas linking an institution to a following country ("of", "des").
        location_preps: lemmas of place prepositions ("in"), for "the ministry in Jerusalem".
        coordination: lemmas joining coordinated words ("and"), for "the Uzbek and Kazakh presidents".
        names_modify: whether a country *name* or capital right before an institution owns it
            ("Russia's foreign ministry"). Russian marks ownership by an adjective or a following
            genitive ("российский посол", "посол России"); a name before an institution there is
            another phrase ("высылкой Россией сотрудника": by Russia, of an employee), so its
            pack sets ``names_modify_institutions: false`` in roles.yaml.
        when: the publication date (``YYYY-MM-DD``): a person listed for several offices is read
            in the one held then.
        plural_endings: endings of plural nouns ("s"): a country word so inflected is a demonym.
        compounds: compounds are separate words with the head last (English ``noun_compounds``):
            "Syrian government forces", "UN peacekeeping forces" are one actor, the last word's.
        compound_stops: lemmas that cannot stand inside such a compound (the pack's prepositions:
            "Baghdad between insurgents" is no compound).
    """
    hs = _pick_longest(_prefer_kind(_people_in_office([h for h in hits if h.pattern.kind in _ACTOR_KINDS], when),
                                    tokens, plural_endings))
    out: list[Mention] = []
    pending: list[Hit] = []  # country adjectives coordinated with the next one ("Uzbek and ...")
    i = 0
    while i < len(hs):
        h = hs[i]
        nxt = hs[i + 1] if i + 1 < len(hs) else None
        kind = h.pattern.kind
        country, ckind, _ = _country_of(h)
        if ckind == "adjective" and nxt is not None and _country_of(nxt)[1] == "adjective" and \
                nxt.start > h.end and all(t.lemma in coordination or t.text == "," for t in tokens[h.end:nxt.start]):
            pending.append(h)
            i += 1
            continue
        if kind != "inst" and nxt is not None and nxt.pattern.kind == "inst" and \
                _gap_ok(tokens, h.end, nxt.start, fillers, allow_words=3 if ckind == "adjective" else 0) and \
                (ckind == "adjective" or kind == "org" or
                 (names_modify and ckind in ("name", "capital", "alias", "demonym", "metonym"))):
            for p in pending:  # "the Uzbek and Kazakh presidents": each adjective gets the institution
                m = _combine(nxt, nxt, _country_of(p)[0], tokens, sentence, lang, genitive=False)
                m.start, m.end = p.start, p.end
                m.text = sentence[tokens[p.start].start:tokens[p.end - 1].end]
                out.append(m)
            pending = []
            out.append(_combine(h, nxt, country, tokens, sentence, lang, genitive=False))
            i += 2
            continue
        pending = []
        if kind == "inst" and nxt is not None and nxt.pattern.kind in ("country", "org") and \
                (_gap_ok(tokens, h.end, nxt.start, genitive_links, allow_words=0) or
                 _title_gap(tokens, h.end, nxt.start, genitive_links, coordination)):
            country, ckind, _ = _country_of(nxt)
            linked = nxt.start > h.end
            if ckind == "org" or (ckind in ("name", "alias", "capital") and _is_genitive(tokens, nxt, lang, linked)):
                out.append(_combine(nxt, h, country, tokens, sentence, lang, genitive=True))
                i += 2
                continue
        if kind == "inst" and nxt is not None and nxt.pattern.kind == "person" and nxt.start - h.end <= 1:
            # "Außenministerin Annalena Baerbock": the person gives the country, the title the sector
            pm = _single(nxt, tokens, sentence, lang)
            im = _single(h, tokens, sentence, lang)
            if pm is not None and im is not None:
                out.append(Mention(h.start, nxt.end, pm.country, im.sector or pm.sector,
                                   sentence[tokens[h.start].start:tokens[nxt.end - 1].end], "person", False,
                                   im.evidence + pm.evidence, head=im.head))
                i += 2
                continue
        m = _single(h, tokens, sentence, lang)
        if m is not None:
            out.append(m)
        i += 1
    out = _hyphen_pairs(hs, hits, out, tokens, sentence, lang)
    out = _act_owners(hs, hits, out, tokens, sentence, lang, fillers)
    busy = {i for h in hits for i in range(h.start, h.end)}
    out = _extend_names(out, tokens, sentence, busy)
    out = _merge_owned(out, tokens, sentence, genitive_links)
    if compounds:
        acts = {i for h in hits if h.pattern.kind == "trigger" for i in range(h.start, h.end)}
        out = _merge_compounds(out, tokens, sentence, acts, compound_stops)
    out = _merge_appositions(out, tokens, sentence)
    out = _add_places(out, hits, tokens, sentence, lang, genitive_links)
    _resolve_by_place(out, tokens, location_preps)
    return out


@lru_cache(maxsize=16)
def _place_settings(lang: str) -> tuple[frozenset[str], dict[tuple[str, ...], tuple[str, str]]]:
    """(place nouns, places.tsv keys) of the language's pack; empty when it has none."""
    from ..errors import LexiconError
    from ..lang import load

    try:
        lex = load(lang)
    except LexiconError:
        return frozenset(), {}
    return lex.cue("place_nouns"), lex.places


def _capitalised(tokens: list[Token], start: int, end: int) -> bool:
    """A place name as a name: its first and last words capitalised ("Tel Aviv", "Rostow am Don")."""
    words = [t.text for t in tokens[start:end] if t.text[:1].isalpha()]
    return bool(words) and words[0][:1].isupper() and (words[-1][:1].isupper() or len(words[-1]) <= 3)


def _add_places(out: list[Mention], hits: list[Hit], tokens: list[Token], sentence: str, lang: str,
                links: frozenset[str]) -> list[Mention]:
    """Place mentions (kind ``place``, no country: see the module docstring) added to ``out``."""
    nouns, table = _place_settings(lang)
    place_hits = [h for h in hits if h.pattern.kind == "place"]
    frames = [i for i, t in enumerate(tokens) if t.lemma in nouns] if nouns else []
    dateline = len(tokens) > 1 and tokens[0].text.isupper() and tokens[0].text.isalpha() and len(tokens[0].text) > 2
    if not place_hits and not frames and not dateline:
        return out
    busy = {i for h in hits if h.pattern.kind in _ACTOR_KINDS for i in range(h.start, h.end)}
    busy.update(i for m in out for i in range(m.start, m.end))
    found: list[tuple[int, int, str, str, str]] = []  # (start, end, state, evidence, listed name)
    for h in _pick_longest(place_hits):
        if any(i in busy for i in range(h.start, h.end)) or not _capitalised(tokens, h.start, h.end):
            continue
        found.append((h.start, h.end, h.pattern.data[0], f"place:{lang}:" + " ".join(
            t.lemma for t in tokens[h.start:h.end]), h.pattern.data[1]))
    if dateline and not found:
        # "KIRKUK (Reuters) -": all capitals, so the lemma differs from the listed name's
        end = 1
        while end < min(len(tokens), 4) and tokens[end].text.isupper() and tokens[end].text.isalpha():
            end += 1
        for n in range(end, 0, -1):
            if n < len(tokens) and tokens[n].text in ("(", ",", "-", "–", "—") and not any(i in busy for i in range(n)):
                key = tuple(t.lemma for t in tokenize(" ".join(t.text.title() for t in tokens[:n]), lang))
                if key in table:
                    found.append((0, n, table[key][0], f"place:{lang}:" + " ".join(key), table[key][1]))
                    break
    taken = {i for a, b, *_ in found for i in range(a, b)}
    adjectives = {h.end: h for h in hits if h.pattern.kind == "country" and h.pattern.data[1] == "adjective"}
    for i in frames:
        # "the Iraqi city of Basra", "die syrische Stadt Kobane", "в иракском городе Басра"
        j = i + 1
        if j < len(tokens) and tokens[j].lemma in links and not tokens[j].text[:1].isupper():
            j += 1
        adj = adjectives.get(i) or (adjectives.get(i - 1) if i >= 1 and tokens[i - 1].text[:1].islower() else None)
        state = adj.pattern.data[0] if adj is not None else None
        hit = next((k for k, f in enumerate(found) if f[0] == j), None)
        if hit is not None:
            if state:
                a, b, _, ev, name = found[hit]
                found[hit] = (a, b, state, ev, name)
            continue
        if state is None or j >= len(tokens) or j in busy or j in taken:
            continue
        k = j
        while k < len(tokens) and k - j < 3 and k not in busy and tokens[k].text[:1].isupper() and \
                tokens[k].text.isalpha() and not tokens[k].text.isupper():
            k += 1
        if k > j:
            found.append((j, k, state, f"place:{lang}:frame:" + " ".join(t.lemma for t in tokens[j:k]),
                          sentence[tokens[j].start:tokens[k - 1].end]))
            taken.update(range(j, k))
    if not found:
        return out
    places = [Mention(a, b, None, None, sentence[tokens[a].start:tokens[b - 1].end], "place", False, [ev],
                      resolved_by="place", place=state, place_name=name) for a, b, state, ev, name in found]
    return sorted([*out, *places], key=lambda m: (m.start, m.end))


def _merge_appositions(mentions: list[Mention], tokens: list[Token], sentence: str) -> list[Mention]:
    """A state's office right before the person holding it is one actor.

    "der aserbaidschanische Präsident Ilham Aliyev", "Präsidenten Aserbaidschans Ilham Aliyev",
    "Russian President Vladimir Putin": the title (already given its state) and the name are an
    apposition, not two actors; kept apart they would look like a domestic pair or split a
    coordination ("X Aliyev und Armeniens Regierungschef ...").
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "person" and prev.kind in ("inst", "title") and prev.end == m.start \
                and prev.country is not None and prev.country == m.country and not prev.attributed:
            out[-1] = Mention(prev.start, m.end, m.country, prev.sector or m.sector,
                              sentence[tokens[prev.start].start:tokens[m.end - 1].end], "person", False,
                              prev.evidence + m.evidence, head=prev.head, resolved_by=prev.resolved_by)
            continue
        out.append(m)
    return out


def _people_in_office(hits: list[Hit], when: str | None) -> list[Hit]:
    """One person row per name when a date is known: the office held on ``when``.

    A name listed for several offices ("Tusk": EU Council president 2014–2019, Polish prime
    minister since 2023) is read in the office whose ``from``–``to`` range holds the publication
    date; with no date, or no row in office then, the rows stay as they are (the first one wins).
    """
    if not when:
        return hits
    by_span: dict[tuple[int, int], list[Hit]] = {}
    rest = []
    for h in hits:
        if h.pattern.kind == "person":
            by_span.setdefault((h.start, h.end), []).append(h)
        else:
            rest.append(h)
    for hs in by_span.values():
        held = [h for h in hs if (h.pattern.data[3] or "0000") <= when <= (h.pattern.data[4] or "9999")]
        rest.extend([max(held, key=lambda h: h.pattern.data[3] or "")] if held else hs)
    return rest


def _merge_owned(mentions: list[Mention], tokens: list[Token], sentence: str,
                 links: frozenset[str]) -> list[Mention]:
    """Join an institution word to the state body that owns it.

    * "Министерство иностранных дел (МИД) Белоруссии", "the Ministry of Foreign Affairs (MFA) of
      Peru": an unresolved institution followed by its bracketed short form takes its state;
    * "сотрудников турецкого посольства", "журналисты немецкой медиагруппы": an unresolved
      institution word right before (or linked by a genitive word to) another state's institution
      is a member of it, with that institution's sector (embassy staff are diplomats).
    """
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if b is not None and a.country is None and a.kind in ("inst", "title") and b.country is not None:
            gap = tokens[a.end:b.start]
            bracket = len(gap) == 1 and gap[0].text == "(" and b.kind in ("inst", "org", "title")
            member = b.kind == "inst" and all(t.lemma in links for t in gap)
            if bracket or member:
                end = b.end + (1 if bracket and b.end < len(tokens) and tokens[b.end].text == ")" else 0)
                merged = Mention(a.start, max(end, b.end), b.country, b.sector if member else (a.sector or b.sector),
                                 sentence[tokens[a.start].start:tokens[max(end, b.end) - 1].end], a.kind,
                                 b.attributed if member else a.attributed, a.evidence + b.evidence,
                                 head=a.head, resolved_by=b.resolved_by)
                out.append(merged)
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _merge_compounds(mentions: list[Mention], tokens: list[Token], sentence: str, acts: set[int],
                     stops: frozenset[str] = frozenset()) -> list[Mention]:
    """"Syrian government forces", "UN peacekeeping forces": an unresolved institution word right
    after a state body (at most one lower-case word between) is the head of one compound actor: the
    body's state, the head's sector ("forces" → MIL). Not after nationals or media (attributed):
    "Kenyan students" are no owner of the next word's institution; not over an act word (``acts``:
    "government forces shelled rebel positions")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = tokens[prev.end:m.start] if prev is not None else []
        if prev is not None and m.country is None and m.kind == "inst" and prev.country is not None and \
                not prev.attributed and prev.kind in ("inst", "org", "name", "alias", "capital") and \
                len(gap) <= 1 and all(t.text.isalpha() and t.text.islower() and t.lemma not in stops for t in gap) and \
                not any(i in acts for i in range(prev.end, m.start)):
            out[-1] = Mention(prev.start, m.end, prev.country, m.sector,
                              sentence[tokens[prev.start].start:tokens[m.end - 1].end], "inst", m.attributed,
                              prev.evidence + m.evidence, head=m.head, resolved_by=prev.resolved_by)
            continue
        out.append(m)
    return out


def _resolve_by_place(mentions: list[Mention], tokens: list[Token], location_preps: frozenset[str]) -> None:
    """Resolve a bare institution from the place after it ("das Außenministerium in Jerusalem",
    "police in Kirkuk") or from a town opening its clause right before it ("In Kirkuk, police")."""
    for a, b in pairwise(mentions):
        state = b.country if b.kind in ("capital", "name", "alias") else b.place if b.kind == "place" else None
        if a.country is None and a.kind != "place" and state is not None and \
                0 < b.start - a.end <= 2 and tokens[a.end].lemma in location_preps:
            a.country = state
            a.resolved_by = "location"
            a.evidence.append(f"place:{b.text}")
        elif a.kind == "place" and b.country is None and b.kind in ("inst", "title") and a.start > 0 and \
                tokens[a.start - 1].lemma in location_preps and \
                (b.start == a.end or (b.start == a.end + 1 and tokens[a.end].text == ",")):
            # "In Kirkuk, police ...", "В Екатеринбурге полиция ...": the town's institution
            b.country = a.place
            b.resolved_by = "location"
            b.evidence.append(f"place:{a.text}")


def _gap_ok(tokens: list[Token], a: int, b: int, fillers: frozenset[str], allow_words: int) -> bool:
    """Tokens between a and b are fillers, hyphens, or at most ``allow_words`` lower-case words."""
    if b < a or b - a > allow_words + 2:
        return False
    words = 0
    for t in tokens[a:b]:
        if t.lemma in fillers and words and t.text not in ("-", "–", "'s", "’s"):
            return False  # "German goods today as the leaders": an article after a word opens another phrase
        if t.lemma in fillers or t.text in ("-", "–", "'s", "’s"):
            continue
        if t.text[:1].isalpha() and (t.text[:1].islower() or allow_words):
            words += 1
            if words > allow_words:
                return False
            continue
        return False
    return True


def _title_gap(tokens: list[Token], a: int, b: int, links: frozenset[str], coordination: frozenset[str]) -> bool:
    """A title's own words, then a genitive link: "Ambassador Extraordinary and Plenipotentiary *of* Iran"."""
    gap = tokens[a:b]
    if not 2 <= len(gap) <= 6 or gap[-1].lemma not in links:
        return False
    return all(t.lemma in links or t.lemma in coordination or (t.text[:1].isupper() and t.text.isalpha())
               for t in gap[:-1])


def _is_genitive(tokens: list[Token], h: Hit, lang: str, had_link: bool) -> bool:
    if lang == "ru":
        cases = tokens[h.start].cases
        return not cases or "gen" in cases
    if lang == "de":
        t = tokens[h.start].text
        # "Aserbaidschans", "Russlands": German genitive -s on names; with an article ("der Türkei") too.
        return had_link or t.endswith("s") or t.endswith("'")
    return had_link or True


def _combine(country_hit: Hit, inst_hit: Hit, country: str | None, tokens: list[Token], sentence: str,
             lang: str, *, genitive: bool) -> Mention:
    sector, ikind, fixed = inst_hit.pattern.data
    attributed = ikind in _ATTRIBUTED
    if attributed and not sector:
        sector = _ATTRIBUTED[ikind]
    cd = country_hit.pattern.data
    if country_hit.pattern.kind == "org":  # "Sputnik-Büro", "RIA-Korrespondent": the org decides
        sector = cd[1] or sector
        attributed = sector in ("MED", "BUS", "CVL")
    start = min(country_hit.start, inst_hit.start)
    end = max(country_hit.end, inst_hit.end)
    text = sentence[tokens[start].start:tokens[end - 1].end]
    c_lemmas = " ".join(t.lemma for t in tokens[country_hit.start:country_hit.end])
    i_lemmas = " ".join(t.lemma for t in tokens[inst_hit.start:inst_hit.end])
    ev = f"actor:{lang}:{c_lemmas}+{i_lemmas}" if not genitive else f"actor:{lang}:{i_lemmas}+{c_lemmas}"
    return Mention(start, end, fixed or country, sector or "GOV", text, "inst", attributed, [ev], head=i_lemmas)


def _act_owners(hs: list[Hit], hits: list[Hit], out: list[Mention], tokens: list[Token], sentence: str,
                lang: str, fillers: frozenset[str] = frozenset()) -> list[Mention]:
    """"rejected an Indian proposal", "condemned the Russian strikes": a country adjective right before
    an act word names whose act it is; it is that state's government (kind ``owner``), not the
    bare adjective of an ordinary noun ("Russian gas"), which stays no actor."""
    starts = {h.start for h in hits if h.pattern.kind == "trigger"}
    # "threatened to shell Iraqi towns", "condemned Russian strikes": an adjective right after an
    # act word (over an article) opens its object and names whose things are acted on
    ends = {h.end for h in hits if h.pattern.kind == "trigger" and not h.pattern.rest}
    taken = {i for m in out for i in range(m.start, m.end)}
    added = []
    for h in hs:
        after_act = h.start in ends or (h.start - 1 in ends and tokens[h.start - 1].lemma in fillers)
        if h.pattern.kind != "country" or not (h.end in starts or after_act) or \
                any(i in taken for i in range(h.start, h.end)):
            continue
        country, ckind, _ = _country_of(h)
        if ckind != "adjective" or country is None:
            continue
        text = sentence[tokens[h.start].start:tokens[h.end - 1].end]
        lemmas = " ".join(t.lemma for t in tokens[h.start:h.end])
        added.append(Mention(h.start, h.end, country, "GOV", text, "owner", False, [f"actor:{lang}:{lemmas}"]))
    return sorted([*out, *added], key=lambda m: (m.start, m.end)) if added else out


def _hyphen_pairs(hs: list[Hit], hits: list[Hit], out: list[Mention], tokens: list[Token], sentence: str,
                  lang: str) -> list[Mention]:
    """"the Uzbek-Kazakh summit", "US-Russia talks": two states joined by a hyphen before an act
    noun are a pair (kind ``pair``: they act together, see roles.py), each its government. Before
    another noun ("Uzbek-Kazakh relations", "the Russian-Georgian border") they are no actors."""
    acts = {h.start for h in hits if h.pattern.kind == "trigger"}
    pairs: list[Mention] = []
    # "deutsch-russische Staatsbürger", "Russian-Israeli citizens": before an actor word the
    # hyphen joins two nationalities of one group, no pair of states
    inst_at = {h.start for h in hs if h.pattern.kind == "inst"}
    for a, b in pairwise(hs):
        if b.end in inst_at or b.end not in acts:
            continue
        if a.pattern.kind != "country" or b.pattern.kind != "country" or b.start != a.end + 1 or \
                tokens[a.end].text != "-" or b.end >= len(tokens) or not tokens[b.end].text[:1].isalpha():
            continue
        (ca, ka, _), (cb, kb, _) = _country_of(a), _country_of(b)
        if ca is None or cb is None or ca == cb or not {ka, kb} <= {"adjective", "demonym", "name", "alias"}:
            continue
        for h, c in ((a, ca), (b, cb)):
            text = sentence[tokens[h.start].start:tokens[h.end - 1].end]
            lemmas = " ".join(t.lemma for t in tokens[h.start:h.end])
            pairs.append(Mention(h.start, h.end, c, "GOV", text, "pair", False, [f"actor:{lang}:{lemmas}"]))
    if not pairs:
        return out
    taken = {i for m in pairs for i in range(m.start, m.end)}
    kept = [m for m in out if not any(i in taken for i in range(m.start, m.end))]
    return sorted([*kept, *pairs], key=lambda m: (m.start, m.end))


def _single(h: Hit, tokens: list[Token], sentence: str, lang: str) -> Mention | None:
    text = sentence[tokens[h.start].start:tokens[h.end - 1].end]
    lemmas = " ".join(t.lemma for t in tokens[h.start:h.end])
    ev = [f"actor:{lang}:{lemmas}"]
    kind = h.pattern.kind
    if kind == "inst":
        sector, ikind, fixed = h.pattern.data
        if ikind == "generic" and not fixed:
            return None  # "side", "Seite" alone is nobody
        attributed = ikind in _ATTRIBUTED
        return Mention(h.start, h.end, fixed, sector or _ATTRIBUTED.get(ikind, "GOV"), text,
                       "inst" if ikind != "title" else "title", attributed, ev, head=lemmas,
                       resolved_by="lexicon" if fixed else "unresolved")
    country, ckind, sector = _country_of(h)
    if ckind == "adjective":
        return None  # a country adjective before an ordinary noun is no actor
    if ckind == "demonym":
        return Mention(h.start, h.end, country, "CVL", text, "demonym", True, ev)
    if kind == "org":
        attributed = sector in ("MED", "BUS", "CVL")
        return Mention(h.start, h.end, country, sector, text, "org", attributed, ev)
    if kind == "person":
        return Mention(h.start, h.end, country, sector or "GOV", text, "person", False, ev)
    return Mention(h.start, h.end, country, sector or "GOV", text, ckind, False, ev)


def _extend_names(mentions: list[Mention], tokens: list[Token], sentence: str, busy: set[int]) -> list[Mention]:
    """Swallow a following capitalised name into a title or institution ("Außenministerin Annalena
    Baerbock", "Botschafter Sergej Netschajew") so that the name is not read as a separate actor."""
    for m in mentions:
        if m.kind not in ("title", "inst", "person"):
            continue
        j = m.end
        while j < len(tokens) and j - m.end < 3 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() \
                and j not in busy and not tokens[j].text.isupper():
            j += 1
        if j > m.end:
            m.text = sentence[tokens[m.start].start:tokens[j - 1].end]
            m.end = j
    return mentions
