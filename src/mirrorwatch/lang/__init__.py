"""Language packs: the data files under ``lang/<xx>/`` loaded into one matcher per language.

Every language is a folder with the same files (see ``docs/languages.md``):

* ``countries.tsv``, ``people.tsv``, ``orgs.tsv``: who the state actors are (names, adjectives,
  demonyms, capitals, metonyms, officials, state media, IGOs);
* ``institutions.tsv``: police, ministries, ambassadors, nationals, journalists... → CAMEO sector;
* ``triggers.yaml``: lemma patterns → PLOVER type, mode and CAMEO code, each with a stable id;
* ``roles.yaml``: cues for who did what to whom (prepositions, articles, cases, passive);
* ``modality.yaml``: negation, denial, plans, conditionals, reported claims;
* ``dates.yaml``: month and weekday words and relative date expressions;
* ``abbreviations.txt``: words after which a period does not end a sentence;
* ``places.tsv`` (optional): towns and cities (GeoNames, built by ``tools/build_places.py``) with
  their state: locations only, never actors.

:func:`load` lemmatizes every pattern with the same tokenizer and lemmatizer as the text
(:mod:`mirrorwatch.coding.tokens`) and puts all of them into one Aho-Corasick automaton over
space-joined lemma strings, so one pass over a sentence finds every actor, trigger and cue.
:func:`version` is a digest over the files, recorded with every coding run.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import LexiconError

__all__ = ["Lexicon", "Pattern", "TriggerDef", "available", "check", "load", "load_overlay", "pack_dir", "version"]

#: Bump when the engine's rules change in a way that changes output for the same data files.
ENGINE_RULES = "1"

#: Files every language pack provides (the others are optional).
REQUIRED_FILES = ("countries.tsv", "triggers.yaml")

#: Non-state actor codes accepted besides ISO 3166-1 alpha-3 codes found in countries.tsv.
EXTRA_CODES = frozenset({"EUR", "UNO", "IGO", "NGO", "XKX", "PSE", "IMG", "MNC"})

#: Kinds of institutions.tsv rows. ``national``/``media``/``business`` mark people and bodies of a
#: state abroad (attributed); ``institution`` a state organ; ``generic`` words like "side".
INSTITUTION_KINDS = frozenset({"institution", "title", "national", "media", "business", "generic"})


def pack_dir(lang: str) -> Path:
    """The folder of a language pack (inside the installed package)."""
    return Path(str(resources.files(__package__).joinpath(lang)))


def available() -> list[str]:
    """Languages with a usable pack (a folder holding the required files), sorted."""
    root = Path(str(resources.files(__package__)))
    return sorted(
        p.name for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(("_", ".")) and all((p / f).is_file() for f in REQUIRED_FILES)
    )


def version(lang: str | None = None) -> str:
    """A short digest over the data files of one language pack (or all of them) and the engine rules."""
    h = hashlib.blake2b(digest_size=6)
    h.update(ENGINE_RULES.encode())
    for code in [lang] if lang else available():
        folder = pack_dir(code)
        for f in sorted(folder.iterdir()) if folder.is_dir() else []:
            if f.is_file() and not f.name.endswith(".md"):
                h.update(f"{code}/{f.name}\0".encode())
                h.update(f.read_bytes())
    return h.hexdigest()


#: PLOVER types whose act *is* a statement about the future (a threat, a promise, a demand): a
#: future tense does not make them hypothetical unless the entry says ``future_ok: false``.
_FUTURE_TYPES = frozenset({"THREATEN", "AGREE", "REQUEST"})


@dataclass(frozen=True, slots=True)
class TriggerDef:
    """One trigger entry of ``triggers.yaml``."""

    id: str
    plover: str
    mode: str | None
    cameo: str
    symmetric: bool = False
    nominal: bool = False
    passive: bool = False
    needs_target: bool = True
    agentless: str | None = None  # sector of the implied agent of an agentless passive ("were arrested": COP)
    by_target: tuple[tuple[str, str, str | None, str], ...] = ()  # (target sector, plover, mode, cameo)
    # Prepositions that mark this trigger's agent in the passive ("was summoned *to* the ministry").
    agent_preps: frozenset[str] = frozenset()
    # Announcing the future is the act itself (threats, promises, demands): "will"/"wird" sets no flag.
    future_ok: bool = False
    # A symmetric act towards a bare place name is one-way ("visited Russia": visitor → host only).
    one_way_to_place: bool = False
    # A verb that reports a claim ("warf vor, das Land unterstütze ..."): a trigger in the clause
    # after it is what is claimed, not an act of its own.
    content_clause: bool = False
    # A judgement without an act verb ("Poland's actions are damaging", "illegal measures"): the
    # judged state is the target, the speaker (or the document's acting state) the source.
    evaluative: bool = False
    # Expulsion phrases with "leave": the place left is the expelling state ("were told to leave the
    # territory of Azerbaijan", "ordered to leave Russia"): a state right after the phrase is the agent.
    place_is_agent: bool = False
    # A modal of obligation in reported speech ("Russia said Sudan must return the helicopter"): the
    # speaker demands it of the actor right before the modal (REQUEST speaker → that actor).
    speaker_demand: bool = False
    # Fixed phrases this trigger must not fire in (lemma sequences): "receive a letter" is no
    # hosting, "come back to the talks" no return of forces; a match overlapping one is dropped.
    exclude: tuple[tuple[str, ...], ...] = ()
    # PLOVER types this trigger is the purpose or content of ("rallied to protest the law",
    # "demonstrators protesting the result"): with such an act in the sentence it is no act itself.
    part_of: frozenset[str] = frozenset()
    # The act may have no addressee ("promised to democratize the country"): a target is looked for
    # as for any trigger (the sentence, then the story's other state); with none it has no target.
    target_optional: bool = False
    # Sectors whose act this is not ("troops arrived in Bosnia" is a deployment, no visit): with a
    # source of such a sector the trigger emits nothing.
    source_not: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Pattern:
    """What one lexicon key stands for.

    ``kind`` is ``country``, ``person``, ``org``, ``inst``, ``place``, ``trigger`` or ``cue``; ``data`` holds the
    row's fields; ``rest`` the later parts of a discontinuous pattern ("bestellen ... ein").
    """

    kind: str
    ntok: int
    data: Any
    rest: tuple[tuple[str, ...], ...] = ()
    source: str = ""  # "file:line" for error messages and explain


@dataclass
class Lexicon:
    """A loaded language pack: the automaton and the tables the coder asks."""

    lang: str
    version: str
    automaton: Any  # ahocorasick.Automaton: " l1 l2 " -> list[Pattern]
    roles: dict[str, Any]
    modality: dict[str, Any]
    dates: dict[str, Any]
    abbreviations: frozenset[str]
    triggers: dict[str, TriggerDef] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # cue name -> single-lemma set
    problems: list[dict[str, Any]] = field(default_factory=list)
    #: places.tsv: lemma key -> (state code, name as listed), for lookups outside the automaton
    #: (an all-capitals dateline, "KIRKUK (Reuters) -")
    places: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)

    def cue(self, name: str) -> frozenset[str]:
        """The single-lemma set of a role or modality cue (empty when the pack has none)."""
        return self.cues.get(name, frozenset())


def _read(folder: Path, name: str, overlay: Mapping[str, str] | None = None) -> str | None:
    if overlay is not None and name in overlay:  # an in-memory file shadows the pack's (load_overlay)
        return overlay[name]
    p = folder / name
    return p.read_text(encoding="utf-8") if p.is_file() else None


def _tsv(folder: Path, name: str, overlay: Mapping[str, str] | None = None) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with their line numbers (comments and blank lines skipped)."""
    text = _read(folder, name, overlay)
    if text is None:
        return []
    lines = [(i, ln) for i, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = lines[0][1].split("\t")
    rows = []
    for i, ln in lines[1:]:
        values = next(csv.reader(io.StringIO(ln), delimiter="\t", quoting=csv.QUOTE_NONE))
        rows.append((i, {h: (values[k].strip() if k < len(values) else "") for k, h in enumerate(header)}))
    return rows


def _yaml(folder: Path, name: str, overlay: Mapping[str, str] | None = None) -> Any:
    text = _read(folder, name, overlay)
    if text is None:
        return {}
    try:
        return yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise LexiconError(f"{folder / name}: not valid YAML ({exc}). Fix the file or restore it from git.") from exc


def _key(phrase: str, lang: str) -> tuple[str, ...]:
    from ..coding.tokens import tokenize

    return tuple(t.lemma for t in tokenize(phrase, lang))


def _words(values: Any) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        return [values]
    return [str(v) for v in values]


@lru_cache(maxsize=16)
def load(lang: str) -> Lexicon:
    """Load (once per process) and compile the language pack of ``lang``.

    Raises:
        LexiconError: the pack is missing or a file cannot be parsed (the message names the file).
    """
    return _compile(lang, None)


def load_overlay(lang: str, files: Mapping[str, str]) -> Lexicon:
    """Compile the pack of ``lang`` with some of its files replaced by in-memory texts (not cached).

    ``files`` maps a pack file name (``countries.tsv``, ``triggers.yaml``, ...) to the text to read
    instead of that file; the other files come from the pack. This lets a test harness run the coder
    with a lexicon from outside the repository (the evaluation's PETRARCH unit-test pack) without
    writing files. The version digest covers the replaced texts.

    Raises:
        LexiconError: as :func:`load`.
    """
    return _compile(lang, dict(files))


def _compile(lang: str, overlay: dict[str, str] | None) -> Lexicon:
    """Build the :class:`Lexicon` of ``lang`` from its pack folder (files in ``overlay`` shadowing it)."""
    import ahocorasick

    folder = pack_dir(lang)
    if not all((folder / f).is_file() for f in REQUIRED_FILES):
        raise LexiconError(
            f"No language pack for {lang!r} (looked in {folder}). Available: {', '.join(available()) or 'none'}. "
            "A pack is a folder lang/<xx>/ with the files described in docs/languages.md."
        )
    table: dict[tuple[str, ...], list[Pattern]] = {}
    problems: list[dict[str, Any]] = []

    def add(phrase: str, kind: str, data: Any, where: str) -> None:
        parts = [p.strip() for p in phrase.split("...")]
        keys = [_key(p, lang) for p in parts]
        if not keys[0] or any(not k for k in keys):
            problems.append({"lang": lang, "where": where, "level": "error",
                             "message": f"pattern {phrase!r} has no words"})
            return
        pat = Pattern(kind, len(keys[0]), data, tuple(keys[1:]), where)
        table.setdefault(keys[0], []).append(pat)

    roles = _yaml(folder, "roles.yaml", overlay)
    # Inflected forms the lemmatizer does not know ("estnische", "usbekischen", "Usbeken") would
    # not meet their dictionary form, so a pack may list the endings to add to adjective and
    # demonym entries (German: -e/-en/-er/-es/-em); each variant is lemmatized like any text.
    endings = {
        kind: _words(roles.get(f"{kind}_endings")) if isinstance(roles, dict) else []
        for kind in ("adjective", "demonym")
    }
    for line, row in _tsv(folder, "countries.tsv", overlay):
        if row.get("text"):
            data = (row.get("code", ""), row.get("kind", ""), row.get("sector") or None)
            where = f"countries.tsv:{line}"
            add(row["text"], "country", data, where)
            seen = {_key(row["text"], lang)}
            for ending in endings.get(row.get("kind", ""), []):
                variant = row["text"] + ending
                key = _key(variant, lang)
                if key and key not in seen:
                    seen.add(key)
                    add(variant, "country", data, where)
    for line, row in _tsv(folder, "people.tsv", overlay):
        if row.get("text"):
            add(row["text"], "person", (row.get("code", ""), row.get("sector") or "GOV", row.get("role", ""),
                                        row.get("from", ""), row.get("to", "")), f"people.tsv:{line}")
    for line, row in _tsv(folder, "orgs.tsv", overlay):
        if row.get("text"):
            add(row["text"], "org", (row.get("code", ""), row.get("sector") or None, row.get("text", "")),
                f"orgs.tsv:{line}")
    for line, row in _tsv(folder, "institutions.tsv", overlay):
        if row.get("text"):
            add(row["text"], "inst", (row.get("sector") or None, row.get("kind") or "institution",
                                      row.get("country") or None), f"institutions.tsv:{line}")

    # Places (towns, cities) are locations, never actors: a pattern kind of their own. A pack may
    # list endings for inflected forms its lemmatizer does not know (German genitive "Kirkuks").
    places: dict[tuple[str, ...], tuple[str, str]] = {}
    place_endings = _words(roles.get("place_endings")) if isinstance(roles, dict) else []
    for line, row in _tsv(folder, "places.tsv", overlay):
        if row.get("text"):
            data = (row.get("code", ""), row["text"])
            key = _key(row["text"], lang)
            add(row["text"], "place", data, f"places.tsv:{line}")
            places.setdefault(key, data)
            for ending in place_endings:
                variant = _key(row["text"] + ending, lang)
                # (only a form no other entry has: "Tripoli" + s is the capital "Tripolis")
                if variant and variant != key and variant not in table:
                    add(row["text"] + ending, "place", data, f"places.tsv:{line}")

    modality = _yaml(folder, "modality.yaml", overlay)
    # In languages that capitalise nouns (German), a capitalised pattern is a nominal trigger.
    nouns_capitalised = bool(isinstance(roles, dict) and roles.get("nouns_capitalised"))
    triggers: dict[str, TriggerDef] = {}
    tdoc = _yaml(folder, "triggers.yaml", overlay)
    for n, entry in enumerate(tdoc.get("triggers", []) if isinstance(tdoc, dict) else [], 1):
        where = f"triggers.yaml:#{n}"
        if not isinstance(entry, dict) or "id" not in entry or "plover" not in entry:
            problems.append({"lang": lang, "where": where, "level": "error",
                             "message": "each trigger needs at least id, plover and match"})
            continue
        td = TriggerDef(
            id=str(entry["id"]), plover=str(entry["plover"]), mode=entry.get("mode"),
            cameo=str(entry.get("cameo", "")), symmetric=bool(entry.get("symmetric", False)),
            nominal=bool(entry.get("nominal", False)), passive=bool(entry.get("passive", False)),
            needs_target=bool(entry.get("needs_target", True)), agentless=entry.get("agentless"),
            by_target=tuple((str(k), str(v[0]), v[1], str(v[2])) for k, v in (entry.get("by_target") or {}).items()),
            agent_preps=frozenset(_key(w, lang)[0] for w in _words(entry.get("agent_preps")) if _key(w, lang)),
            future_ok=bool(entry.get("future_ok", entry.get("plover") in _FUTURE_TYPES)),
            one_way_to_place=bool(entry.get("one_way_to_place", False)),
            content_clause=bool(entry.get("content_clause", False)),
            evaluative=bool(entry.get("evaluative", False)),
            place_is_agent=bool(entry.get("place_is_agent", False)),
            speaker_demand=bool(entry.get("speaker_demand", False)),
            exclude=tuple(k for k in (_key(w, lang) for w in _words(entry.get("exclude"))) if k),
            part_of=frozenset(str(x) for x in _words(entry.get("part_of"))),
            target_optional=bool(entry.get("target_optional", False)),
            source_not=frozenset(str(x) for x in _words(entry.get("source_not"))),
        )
        if td.id in triggers:
            problems.append({"lang": lang, "where": where, "level": "error", "message": f"duplicate trigger id {td.id}"})
        triggers[td.id] = td
        nominal = replace(td, nominal=True)
        for phrase in _words(entry.get("match")):
            # "Festnahme", "Akt der Aggression" are nouns; "Abkommen ... geschlossen", "Sanktionen
            # verhängen" end in a verb, which heads the phrase (voice, clause, object roles).
            noun = nouns_capitalised and phrase[:1].isupper() and phrase.split()[-1][:1].isupper()
            add(phrase, "trigger", nominal if noun else td, f"{where} {td.id}")
        # `nouns:` lists nominalisations explicitly, for languages that do not capitalise nouns
        for phrase in _words(entry.get("nouns")):
            add(phrase, "trigger", nominal, f"{where} {td.id}")

    cues: dict[str, frozenset[str]] = {}
    for doc in (roles, modality):
        for name, values in (doc.items() if isinstance(doc, dict) else []):
            if not isinstance(values, list):
                continue
            singles = set()
            surface = name.endswith("_forms")  # matched on the case-folded word, not the lemma
            for phrase in _words(values):
                if surface:
                    singles.add(phrase.casefold())
                    continue
                k = _key(phrase, lang) if "..." not in phrase else ()
                if len(k) == 1:
                    singles.add(k[0])
                elif k:
                    add(phrase, "cue", name, f"cue {name}")
                    # Multi-word prepositions ("со стороны", "в отношении") are also kept as their
                    # space-joined lemmas, which is how role cues look up the two words before a
                    # mention; a single lemma never contains a space, so no one-word test changes.
                    singles.add(" ".join(k))
            cues[name] = frozenset(singles)

    automaton = ahocorasick.Automaton()
    for key, pats in table.items():
        word = " " + " ".join(key) + " "
        automaton.add_word(word, (len(word), pats))
    if table:
        automaton.make_automaton()
    abbr_text = _read(folder, "abbreviations.txt", overlay) or ""
    abbreviations = frozenset(
        ln.strip().rstrip(".").casefold().split(".")[-1].strip()
        for ln in abbr_text.splitlines() if ln.strip() and not ln.startswith("#")
    )
    return Lexicon(
        lang=lang, version=version(lang) + _overlay_digest(overlay), automaton=automaton,
        roles=roles if isinstance(roles, dict) else {},
        modality=modality if isinstance(modality, dict) else {}, dates=_yaml(folder, "dates.yaml", overlay),
        abbreviations=abbreviations, triggers=triggers, cues=cues, problems=problems, places=places,
    )


def _overlay_digest(overlay: Mapping[str, str] | None) -> str:
    """``""`` for a plain pack, else ``+`` and a digest of the replaced files (so versions differ)."""
    if not overlay:
        return ""
    h = hashlib.blake2b(digest_size=4)
    for name in sorted(overlay):
        h.update(f"{name}\0{overlay[name]}\0".encode())
    return "+" + h.hexdigest()


def check(lang: str | None = None) -> list[dict[str, Any]]:
    """Validate language packs; return problems as dicts (``lang``, ``where``, ``level``, ``message``).

    ``level`` is ``error`` (unknown codes, conflicting patterns, unreadable files) or ``warning``
    (duplicates, a CAMEO code whose PLOVER type differs from the trigger's).
    """
    from ..ontology import PLOVER_TYPES, SECTORS, cameo, plover_for_cameo

    problems: list[dict[str, Any]] = []
    for code in [lang] if lang else available():
        try:
            load.cache_clear()
            lex = load(code)
        except LexiconError as exc:
            problems.append({"lang": code, "where": "", "level": "error", "message": str(exc)})
            continue
        problems.extend(lex.problems)
        folder = pack_dir(code)
        known = {row.get("code") for _, row in _tsv(folder, "countries.tsv")} | EXTRA_CODES
        for name in ("countries.tsv", "people.tsv", "orgs.tsv", "institutions.tsv", "places.tsv"):
            first: dict[tuple[str, ...], int] = {}
            for line, row in _tsv(folder, name):
                k = tuple(row.values())
                if k in first:
                    problems.append({"lang": code, "where": f"{name}:{line}", "level": "warning",
                                     "message": f"duplicate of line {first[k]}"})
                first.setdefault(k, line)
        for td_entry in (_yaml(folder, "triggers.yaml") or {}).get("triggers", []) or []:
            if isinstance(td_entry, dict):
                phrases = _words(td_entry.get("match"))
                for p in {p for p in phrases if phrases.count(p) > 1}:
                    problems.append({"lang": code, "where": f"triggers.yaml {td_entry.get('id')}", "level": "warning",
                                     "message": f"pattern {p!r} listed twice"})
        for name, cols in (("countries.tsv", ("code", "sector")), ("people.tsv", ("code", "sector")),
                           ("orgs.tsv", ("code", "sector")), ("institutions.tsv", ("country", "sector")),
                           ("places.tsv", ("code", "sector"))):
            for line, row in _tsv(folder, name):
                where = f"{name}:{line}"
                c, s = row.get(cols[0]), row.get(cols[1])
                if c and c not in known:
                    problems.append({"lang": code, "where": where, "level": "error",
                                     "message": f"unknown country code {c!r} (not in countries.tsv)"})
                if s and s not in SECTORS:
                    problems.append({"lang": code, "where": where, "level": "error", "message": f"unknown sector {s!r}"})
                if name == "institutions.tsv" and row.get("kind") and row["kind"] not in INSTITUTION_KINDS:
                    problems.append({"lang": code, "where": where, "level": "error",
                                     "message": f"unknown kind {row['kind']!r}; use one of {sorted(INSTITUTION_KINDS)}"})
        for td in lex.triggers.values():
            where = f"triggers.yaml {td.id}"
            if td.plover not in PLOVER_TYPES:
                problems.append({"lang": code, "where": where, "level": "error", "message": f"unknown PLOVER type {td.plover!r}"})
            for sector in sorted(td.source_not - set(SECTORS)):
                problems.append({"lang": code, "where": where, "level": "error",
                                 "message": f"source_not names unknown sector {sector!r}"})
            for part in sorted(td.part_of - set(PLOVER_TYPES)):
                problems.append({"lang": code, "where": where, "level": "error",
                                 "message": f"part_of names unknown PLOVER type {part!r}"})
            if not td.cameo or cameo(td.cameo) is None:
                problems.append({"lang": code, "where": where, "level": "error", "message": f"unknown CAMEO code {td.cameo!r}"})
            elif plover_for_cameo(td.cameo)[0] not in (td.plover, None):
                problems.append({"lang": code, "where": where, "level": "warning",
                                 "message": f"CAMEO {td.cameo} maps to {plover_for_cameo(td.cameo)[0]}, trigger says {td.plover}"})
        # Same key, different meaning: conflicting trigger patterns; repeated identical rows: duplicates.
        for item in lex.automaton.items() if len(lex.automaton) else []:
            key, (_, pats) = item
            by_kind: dict[str, list[Pattern]] = {}
            for p in pats:
                by_kind.setdefault(p.kind, []).append(p)
            trig = [p for p in by_kind.get("trigger", []) if not p.rest]
            types = {(p.data.plover, p.data.mode) for p in trig}
            if len(types) > 1:
                problems.append({"lang": code, "where": ", ".join(p.source for p in trig), "level": "error",
                                 "message": f"pattern {key.strip()!r} is claimed by triggers of different types {sorted(map(str, types))}"})
            places = by_kind.get("place", [])
            if places and len({p.data[0] for p in places}) > 1:
                problems.append({"lang": code, "where": ", ".join(p.source for p in places), "level": "warning",
                                 "message": f"place {key.strip()!r} names places in several states"})
            actors = [p for k in ("country", "person", "org", "inst") for p in by_kind.get(k, [])]
            if places and actors:
                problems.append({"lang": code, "where": ", ".join(p.source for p in [*places, *actors]),
                                 "level": "error",
                                 "message": f"place {key.strip()!r} is also an actor pattern (the actor would win; "
                                            "drop the place in tools/build_places.py)"})
            countries = {p.data[0] for p in by_kind.get("country", [])}
            if len(countries) > 1:
                problems.append({"lang": code, "where": ", ".join(p.source for p in by_kind["country"]),
                                 "level": "warning",
                                 "message": f"country text {key.strip()!r} names several countries {sorted(countries)}"})
    load.cache_clear()
    return problems
