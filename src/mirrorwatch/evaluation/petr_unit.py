"""PETRARCH unit tests as *behaviour tests*: the coder run with PETRARCH's validation dictionaries.

Part of the evaluation stage (``mirrorwatch eval --set petr-unit``). PETRARCH2 ships stylised
English records with fictional actors (``data/text/PETR.UnitTest.records.xml``) and the dictionaries
they are meant to be coded with (``data/dictionaries/PETR.Validate.{actors,agents,verbs,discards}.txt``).
Their own header says they test features, not accuracy: the result is a **pass rate per category**
(COMPOUND, MODIFY = passive voice, PARSING, DATE, SYNSET, AGENT, ...), never an accuracy figure.

The dictionaries are translated at run time into an in-memory English pack overlay
(:func:`mirrorwatch.lang.load_overlay`): the overlay *replaces* the English actor files and
triggers (PETRARCH runs with these dictionaries only) and keeps the English grammar files (roles,
modality, dates, abbreviations). Nothing is written to the repository. What translates cleanly:

* actors: every name and ``+`` synonym with its code (first three letters = actor, the rest a
  sector when it is one of ours); date-restricted codes become ``people.tsv`` rows with from/to;
* agents: every agent word (and its ``{plural}``, ``!MACRO!`` substitutions expanded) → an
  institution with the sector of its ``~XXX`` code;
* verbs: every verb and ``+`` synonym whose code is a CAMEO code with a PLOVER type (crosswalk), and
  the simple patterns ``- * WORDS [code]`` (the verb followed later by plain words).

Everything else is counted as *not loadable* (codes that are WEIS or made up, CAMEO 01/02 which are
no PLOVER events, patterns with synsets, ``%`` / ``$`` / ``+`` slots or words before the verb,
discards, which our engine has no notion of). A record whose expected event code is not loadable
is reported as *not loadable* and kept out of the pass rate.

A record passes when the set of (source actor, target actor, PLOVER type) the coder emits equals the
expected set (actor = first three letters of the code; expected CAMEO 01/02 codings expect no event).
Only the categories the file's own ``<Include>`` list runs are tested.
"""

from __future__ import annotations

import html
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError

__all__ = ["PetrPack", "UnitRecord", "build_pack", "load_records", "overlay_files", "score_petr_unit"]

_COMMENT = re.compile(r"\s#.*$")
_CODE = re.compile(r"\[([^\]]*)\]")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_INCLUDE = re.compile(r"<Include>(.*?)</Include>", re.S)
_PLAIN = re.compile(r"^[A-Z0-9_' .-]+$")


@dataclass
class PetrPack:
    """The translated dictionaries: rows per pack file and what could not be loaded, with reasons."""

    countries: list[dict[str, str]] = field(default_factory=list)
    people: list[dict[str, str]] = field(default_factory=list)
    institutions: list[dict[str, str]] = field(default_factory=list)
    triggers: list[dict[str, Any]] = field(default_factory=list)
    loaded: Counter[str] = field(default_factory=Counter)
    not_loadable: Counter[str] = field(default_factory=Counter)


@dataclass
class UnitRecord:
    """One unit-test record: its text, date and expected (source, target, PLOVER) codings."""

    id: str
    category: str
    date: str | None
    text: str
    expected: set[tuple[str | None, str | None, str]]
    loadable: bool = True
    reason: str = ""


def _phrase(word: str) -> str:
    """PETRARCH's ``GONDOR_CITY_`` / ``KLM_NOP_+RST`` → ``gondor city`` / ``klm nop rst``."""
    return " ".join(word.replace("_", " ").replace("+", " ").split()).lower()


def _strip(line: str) -> str:
    """The line without its ``# comment`` (a line that starts with ``#`` is all comment)."""
    if line.lstrip().startswith("#"):
        return ""
    return _COMMENT.sub("", line).rstrip()


def _petr_date(value: str) -> str | None:
    """``950601`` / ``19950601`` → ``1995-06-01`` (two-digit years as in the TABARI files: 19xx)."""
    v = value.strip()
    if len(v) == 6 and v.isdigit():
        v = "19" + v
    if len(v) == 8 and v.isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:]}"
    return None


def _sector(rest: str) -> str:
    from ..ontology import SECTORS

    return rest[:3] if rest[:3] in SECTORS else ""


def _cameo_plover(code: str) -> tuple[str | None, str | None, str]:
    """(PLOVER type, mode, reason) of a dictionary code; type ``None`` with the reason when not loadable."""
    from ..ontology import cameo, plover_for_cameo

    code = code.split(":", 1)[0].strip()
    if code in ("", "---"):
        return None, None, "no event code ([---])"
    if cameo(code) is None:
        return None, None, "not a CAMEO code (WEIS or test code)"
    plover, mode = plover_for_cameo(code)
    if plover is None:
        return None, None, "CAMEO 01/02: no PLOVER event"
    return plover, mode, ""


def _actor_entry(pack: PetrPack, names: list[str], codes: list[str]) -> None:
    """Add one actor entry (names + synonyms) with its code block to the pack."""
    plain = [c for c in codes if not re.search(r"[<>]|\d{6}", c)]
    dated = [c for c in codes if c not in plain]
    if not codes:
        pack.not_loadable["actor without code"] += len(names)
        return
    for c in plain[:1]:
        if "/" in c:  # "[FRO/BIL/SAM]": PETRARCH codes one event per actor; our rows name one actor
            pack.not_loadable["multi-actor code (first actor only)"] += len(names)
        code = c.split()[0].split("/")[0].upper() if c.split() else ""
        if not (code[:1].isalpha() and code[:3].isalnum()):  # "G77" is an actor, "---" / "+++" are not
            pack.not_loadable[f"actor code {c!r} (no actor)"] += len(names)
            continue
        for n in names:
            pack.countries.append({"code": code[:3], "kind": "name", "sector": _sector(code[3:]), "text": n})
            pack.loaded["actor names"] += 1
    for c in dated:
        m = re.match(r"\s*([A-Za-z+\-]*)\s*(?:<\s*(\d+)|>\s*(\d+)|(\d+)\s*-\s*(\d+))", c)
        code = (m.group(1) or "").upper() if m else ""
        if m is None or not code[:3].isalpha():
            pack.not_loadable["date-restricted code without actor"] += len(names)
            continue
        start = _petr_date(m.group(3) or m.group(4) or "") or ""
        end = _petr_date(m.group(2) or m.group(5) or "") or ""
        for n in names:
            pack.people.append({"text": n, "code": code[:3], "sector": _sector(code[3:]) or "GOV",
                                "role": "", "from": start, "to": end})
            pack.loaded["date-restricted actor codes"] += 1


def parse_actors(text: str, pack: PetrPack) -> None:
    """PETR actors file: ``NAME [CODE]``, ``+SYNONYM`` lines, indented ``[CODE date-range]`` lines."""
    names: list[str] = []
    codes: list[str] = []
    for raw in text.splitlines():
        line = _strip(raw)
        if not line.strip() or line.lstrip().startswith(("<", "#")):
            continue
        if raw[:1].isspace() and line.strip().startswith("["):
            codes += _CODE.findall(line)
            continue
        if line.startswith("+"):
            names.append(_phrase(_CODE.sub("", line[1:])))
            codes += _CODE.findall(line)
            continue
        if names:
            _actor_entry(pack, names, codes)
        names = [_phrase(_CODE.sub("", line))]
        codes = _CODE.findall(line)
    if names:
        _actor_entry(pack, names, codes)


def parse_agents(text: str, pack: PetrPack) -> None:
    """PETR agents file: ``WORD {PLURALS} [~SECTOR]`` and ``!MACRO! = A, B`` substitutions."""
    macros: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = _strip(raw).strip()
        if not line or line.startswith(("<", "#")):
            continue
        m = re.match(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(line)
        body = _CODE.sub("", line)
        plural = re.search(r"\{([^}]*)\}", body)
        words = [re.sub(r"\{[^}]*\}", "", body).strip()] + (plural.group(1).split() if plural else [])
        expanded: list[str] = []
        for w in words:
            macro = next((k for k in macros if k in w), None)
            expanded += [w.replace(macro, v) for v in macros[macro]] if macro else [w]
        code = codes[0].strip() if codes else ""
        if re.fullmatch(r"[A-Z]{3}~", code):  # "[NGO~]": the agent is an actor of its own
            for w in expanded:
                pack.countries.append({"code": code[:3], "kind": "name", "sector": "", "text": _phrase(w)})
                pack.loaded["agent words"] += 1
            continue
        code = code.replace("~", "")
        sector = _sector(code)
        if not sector:
            pack.not_loadable[f"agent code outside our sectors ({code or 'none'})"] += len(expanded)
            continue
        for w in expanded:
            if w:
                pack.institutions.append({"text": _phrase(w), "sector": sector, "kind": "institution",
                                          "country": "", "note": ""})
                pack.loaded["agent words"] += 1


def parse_verbs(text: str, pack: PetrPack) -> None:
    """PETR verbs file: ``--- VERB [code] ---`` blocks, verbs and ``+`` synonyms, ``-`` patterns."""
    block_code = ""
    verb = ""
    in_synset = False
    n = 0

    def trigger(match: list[str], code: str) -> None:
        nonlocal n
        plover, mode, why = _cameo_plover(code)
        if plover is None:
            pack.not_loadable[f"verb: {why}"] += 1
            return
        n += 1
        pack.triggers.append({"id": f"petr:{n}", "plover": plover, "mode": mode, "cameo": code.split(":")[0],
                              "match": match})
        pack.loaded["verb triggers"] += 1

    for raw in text.splitlines():
        line = _strip(raw).strip()
        if not line or line.startswith(("<", "#")):
            continue
        if line.startswith("---"):
            codes = _CODE.findall(line)
            block_code = codes[0].strip() if codes else "---"
            verb, in_synset = "", False
            continue
        if line.startswith("&"):
            in_synset = True  # a synset definition: its + members are no verbs
            continue
        if line.startswith("-"):
            in_synset = False
            codes = _CODE.findall(line)
            body = _CODE.sub("", line[1:]).strip()
            m = re.fullmatch(r"\*\s+(.+)", body)
            if m and verb and codes and _PLAIN.match(m.group(1)):
                trigger([f"{verb} ... {_phrase(m.group(1))}"], codes[0].strip())
            else:
                pack.not_loadable["verb pattern (synsets, slots or words before the verb)"] += 1
            continue
        if line.startswith("+") and in_synset:
            continue
        codes = _CODE.findall(line)
        body = _CODE.sub("", line.lstrip("+"))
        forms = re.search(r"\{([^}]*)\}", body)
        word = _phrase(re.sub(r"\{[^}]*\}", "", body))
        if not line.startswith("+"):
            in_synset = False
            verb = word
        trigger([word] + [_phrase(f) for f in (forms.group(1).split() if forms else [])],
                codes[0].strip() if codes else block_code)


def build_pack(dictionaries: Path) -> PetrPack:
    """Translate the four ``PETR.Validate.*`` dictionaries in ``dictionaries`` into a :class:`PetrPack`."""
    pack = PetrPack()
    read = {k: (dictionaries / f"PETR.Validate.{k}.txt") for k in ("actors", "agents", "verbs", "discards")}
    for p in read.values():
        if not p.is_file():
            raise InputError(str(p), "PETRARCH validation dictionary not found; pass --shared PATH")
    parse_actors(read["actors"].read_text(encoding="utf-8", errors="replace"), pack)
    parse_agents(read["agents"].read_text(encoding="utf-8", errors="replace"), pack)
    parse_verbs(read["verbs"].read_text(encoding="utf-8", errors="replace"), pack)
    discards = [ln for ln in read["discards"].read_text(encoding="utf-8", errors="replace").splitlines()
                if ln.strip() and not ln.lstrip().startswith(("<", "#"))]
    pack.not_loadable["discards (no such notion in our engine)"] += len(discards)
    return pack


def _tsv(header: list[str], rows: list[dict[str, str]]) -> str:
    clean = [[str(r.get(h, "")).replace("\t", " ") for h in header] for r in rows]
    return "\n".join(["\t".join(header), *("\t".join(r) for r in clean)]) + "\n"


def overlay_files(pack: PetrPack) -> dict[str, str]:
    """The in-memory pack files (for :func:`mirrorwatch.lang.load_overlay`) of a :class:`PetrPack`."""
    return {
        "countries.tsv": _tsv(["code", "kind", "sector", "text"], pack.countries),
        "people.tsv": _tsv(["text", "code", "sector", "role", "from", "to"], pack.people),
        "orgs.tsv": _tsv(["text", "code", "sector"], []),
        "institutions.tsv": _tsv(["text", "sector", "kind", "country", "note"], pack.institutions),
        "triggers.yaml": yaml.safe_dump({"triggers": pack.triggers}, allow_unicode=True, sort_keys=False),
    }


def _actor3(code: str | None) -> str | None:
    c = (code or "").strip().upper()
    return c[:3] if c[:1].isalpha() and c[:3].isalnum() else None


def load_records(path: Path) -> tuple[list[UnitRecord], list[str]]:
    """The unit-test records of the categories the file's ``<Include>`` runs, and the problems met."""
    from ..ontology import cameo, plover_for_cameo

    raw = path.read_text(encoding="utf-8", errors="replace")
    inc = _INCLUDE.search(raw)
    include = set(inc.group(1).split()) if inc else None
    records: list[UnitRecord] = []
    problems: list[str] = []
    for k, m in enumerate(_SENTENCE.finditer(raw), 1):
        attrs = dict(_ATTR.findall(m.group(1)))
        rid = attrs.get("id") or f"record-{k}"
        category = attrs.get("category") or re.sub(r"[-_]?\d.*$", "", rid) or "(none)"
        if include is not None and category not in include:
            continue
        tm = _TEXT.search(m.group(2))
        if tm is None:
            problems.append(f"{path.name} {rid}: no <Text>; skipped")
            continue
        text = " ".join(html.unescape(tm.group(1)).split())
        date = _petr_date(attrs.get("date", ""))
        rec = UnitRecord(rid, category, date, text, set())
        for cm in _CODING.finditer(m.group(2)):
            c = dict(_ATTR.findall(cm.group(1)))
            if c.get("noevents", "").lower() == "true":
                continue
            code = c.get("eventcode", "").strip()
            if cameo(code) is None:
                rec.loadable, rec.reason = False, f"expected code {code!r} is not a CAMEO code"
                continue
            plover, _ = plover_for_cameo(code)
            if plover is not None:  # CAMEO 01/02: a statement, which we do not code as an event
                rec.expected.add((_actor3(c.get("sourcecode")), _actor3(c.get("targetcode")), plover))
        records.append(rec)
    return records, problems


def _petr_coder(pack: PetrPack) -> Any:
    """A :class:`~mirrorwatch.coding.Coder` whose English lexicon is the PETR overlay."""
    from ..coding import Coder
    from ..lang import load_overlay

    lex = load_overlay("en", overlay_files(pack))

    class PetrCoder(Coder):
        """The coder with the PETRARCH validation dictionaries as its English pack."""

        def _lexicon(self, text: str, lang: str | None) -> Any:
            return lex

    return PetrCoder("en"), lex


def score_petr_unit(shared: Path, *, include_flagged: bool = False, coder: Any = None) -> dict[str, Any]:
    """The scorecard entry of ``--set petr-unit``: behaviour-test pass rate per category."""
    t0 = time.perf_counter()
    data = shared / "data" / "anchors" / "petrarch2" / "petrarch2" / "data"
    path = data / "text" / "PETR.UnitTest.records.xml"
    if not path.is_file():
        raise InputError(str(path), "PETRARCH unit-test records not found; pass --shared PATH")
    pack = build_pack(data / "dictionaries")
    records, problems = load_records(path)
    lex_problems: list[Any] = []
    if coder is None:
        coder, lex = _petr_coder(pack)
        lex_problems = lex.problems
    per_cat: dict[str, Counter[str]] = {}
    failed: list[str] = []
    results: list[dict[str, Any]] = []
    cpu = 0.0
    for rec in records:
        cat = per_cat.setdefault(rec.category, Counter())
        if not rec.loadable:
            cat["not_loadable"] += 1
            results.append({"id": rec.id, "category": rec.category, "result": "not loadable", "why": rec.reason})
            continue
        c0 = time.process_time()
        try:
            events = coder.code_text(rec.text, lang="en", published=rec.date)
        except Exception as exc:  # one record the coder fails on is a failed test, listed
            failed.append(f"{rec.id}: the coder failed ({type(exc).__name__}: {exc})")
            events = None
        cpu += time.process_time() - c0
        got = set() if events is None else {
            (_actor3(e.source.country), _actor3(e.target.country if e.target else None), e.plover)
            for e in events if include_flagged or not (e.negated or e.hypothetical)}
        ok = events is not None and got == rec.expected
        cat["passed" if ok else "failed"] += 1
        results.append({"id": rec.id, "category": rec.category, "result": "pass" if ok else "fail",
                        "expected": sorted(map(str, rec.expected)), "got": sorted(map(str, got))})
    categories = {}
    for name in sorted(per_cat):
        c = per_cat[name]
        tested = c["passed"] + c["failed"]
        categories[name] = {"tested": tested, "passed": c["passed"], "not_loadable": c["not_loadable"],
                            "pass_rate": round(c["passed"] / tested, 4) if tested else None}
    tested = sum(v["tested"] for v in categories.values())
    passed = sum(v["passed"] for v in categories.values())
    notes = ["BEHAVIOUR TESTS, not accuracy: PETRARCH unit-test records (fictional actors) coded with the "
             "PETR.Validate dictionaries as an in-memory English pack overlay",
             "dictionary entries loaded: " + ", ".join(f"{k} {v}" for k, v in sorted(pack.loaded.items())),
             "not loadable: " + ", ".join(f"{k} {v}" for k, v in sorted(pack.not_loadable.items()))]
    if lex_problems:
        notes.append(f"{len(lex_problems)} overlay entries the pack loader rejected")
    return {
        "set": "petr-unit", "lang": "en", "kind": "behaviour", "units": len(records), "passages": len(records),
        "failed": failed, "problems": problems[:50], "problem_count": len(problems), "notes": notes,
        "include_flagged": include_flagged,
        "pass_rate": round(passed / tested, 4) if tested else None, "tested": tested, "passed": passed,
        "not_loadable": sum(v["not_loadable"] for v in categories.values()),
        "categories": categories,
        "dictionary": {"loaded": dict(pack.loaded), "not_loadable": dict(pack.not_loadable)},
        "records": results,
        "speed": {"sentences": tested, "cpu_s": round(cpu, 3), "wall_s": round(time.perf_counter() - t0, 3),
                  "sentences_per_s_per_core": round(tested / cpu, 1) if cpu > 0 else None},
    }
