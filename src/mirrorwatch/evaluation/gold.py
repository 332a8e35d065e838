"""Gold-set loaders: every reference set in ``../shared`` → :class:`GoldSet` of passages and units.

Part of the evaluation stage (``mirrorwatch eval``). A *unit* is what is scored: one sentence of a
passage (``eval/``) or one record (PLOVER GSR, PETR-2 GSR, ConfliBERT, CASE). A *passage* is what
the coder is given: a whole article (so that document context and dates work) or a record's text
alone. Gold files are read in place and never copied. A record that cannot be read is reported in
:attr:`GoldSet.problems` with its file, position and reason, and the rest of the set is loaded.

The file formats and their quirks are described in ``docs/evaluation.md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .normalise import Tup, actor_code, country, dedupe, expand, label_to_plover, sector

__all__ = [
    "ACLED_TO_PLOVER",
    "LOADERS",
    "GoldSet",
    "Passage",
    "Unit",
    "find_span",
    "load_cameo_class",
    "load_case",
    "load_eval",
    "load_petr2",
    "load_plover_gsr",
    "read_json_run",
]


@dataclass(slots=True)
class Unit:
    """One scored sentence or record.

    ``gold`` holds the normalised, de-duplicated gold tuples; ``no_event`` marks units that the
    gold explicitly declares event-free (``noevents``, non-event markers): false-positive
    opportunities. ``start``/``end`` are character offsets in the passage (``None`` for records).
    ``label`` is the class of classification sets (ConfliBERT PentaClass, CASE type).
    """

    id: str
    text: str
    gold: list[Tup] = field(default_factory=list)
    no_event: bool = False
    start: int | None = None
    end: int | None = None
    category: str | None = None
    label: Any = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Passage:
    """What the coder is given: a text in one language with its publication date and units."""

    id: str
    lang: str
    text: str
    published: str | None
    units: list[Unit]
    record: bool = True


@dataclass(slots=True)
class GoldSet:
    """A loaded gold set: passages, the problems met while reading, and what can be scored."""

    name: str
    kind: str  # "events" (tuples per unit) or "classes" (one label per unit)
    passages: list[Passage]
    problems: list[str] = field(default_factory=list)
    source: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def units(self) -> list[Unit]:
        """All units of all passages, in order."""
        return [u for p in self.passages for u in p.units]

    def languages(self) -> list[str]:
        """The languages present, sorted."""
        return sorted({p.lang for p in self.passages})

    def only(self, lang: str) -> GoldSet:
        """The same set restricted to one language."""
        return GoldSet(self.name, self.kind, [p for p in self.passages if p.lang == lang], list(self.problems),
                       self.source, list(self.notes))


# -- helpers -----------------------------------------------------------------------------------
_WS = re.compile(r"\s+")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def collapse(text: str) -> str:
    """Whitespace runs → one space, stripped (record texts carry hard line breaks)."""
    return _WS.sub(" ", text).strip()


def find_span(haystack: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``haystack`` at or after ``start``, tolerant of whitespace differences.

    Tries the exact string first, then a pattern where every whitespace run matches any whitespace
    run (gold sentences and coder sentences may break lines differently). ``None`` when absent.
    """
    needle = needle.strip()
    if not needle:
        return None
    i = haystack.find(needle, start)
    if i >= 0:
        return i, i + len(needle)
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    m = re.compile(pattern).search(haystack, start)
    if m is None and start:
        m = re.compile(pattern).search(haystack)
    return (m.start(), m.end()) if m else None


def read_json_run(text: str) -> tuple[list[Any], list[str]]:
    """Read a run of JSON values separated by commas, with stray brackets and trailing commas.

    The PLOVER GSR file is such a run (``[ {...}, {...}, ]`` with trailing commas no JSON reader
    accepts). The standard library's ``raw_decode`` parses each value; only the separators are
    skipped by hand. A value that does not parse is reported with its line and skipped to the next
    line that opens an object, so one broken record loses only itself.
    """
    decoder = json.JSONDecoder()
    values: list[Any] = []
    problems: list[str] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and (text[i].isspace() or text[i] in ",[]"):
            i += 1
        if i >= n:
            break
        try:
            value, i = decoder.raw_decode(text, i)
            values.append(value)
        except json.JSONDecodeError as exc:
            nxt = text.find("\n{", i + 1)
            end = n if nxt < 0 else nxt + 1
            # Second chance: a trailing comma before a closing brace inside the object.
            repaired = _TRAILING_COMMA.sub(r"\1", text[i:end])
            try:
                value, _ = decoder.raw_decode(repaired)
                values.append(value)
            except json.JSONDecodeError:
                line = text.count("\n", 0, i) + 1
                problems.append(f"line {line}: not JSON ({exc.msg}); record skipped")
            i = end
    return values, problems


def _iso(value: str | None) -> str | None:
    """``20080804`` or ``2008-08-04`` → ``2008-08-04``; anything else → ``None``."""
    if not value:
        return None
    s = str(value).strip()
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _require(path: Path) -> Path:
    if not path.exists():
        raise InputError(str(path), "gold file not found; pass --shared PATH to the folder holding data/ and eval/")
    return path


# -- eval/: German, English, Russian news passages -----------------------------------------------
def _read_eval_text(path: Path) -> tuple[str, str | None]:
    """Passage text (header lines removed) and the ``# published:`` date."""
    published = None
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# published:"):
            published = line.split(":", 1)[1].strip()[:10]
        elif line.startswith("# source:"):
            continue
        else:
            body.append(line)
    return "\n".join(body).strip("\n"), published


def load_eval(shared: Path) -> GoldSet:
    """``eval/``: 30 passages of real German, Russian and English news with gold events per sentence.

    Records with the same ``doc`` and ``sentence`` form one unit. Non-event markers make a unit a
    false-positive opportunity when the unit has no gold event.
    """
    root = shared / "eval"
    gold_path = _require(root / "gold.jsonl")
    problems: list[str] = []
    by_doc: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for no, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            by_doc.setdefault(str(rec["doc"]), []).append((no, rec))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            problems.append(f"{gold_path.name} line {no}: unreadable record ({exc}); skipped")
    passages: list[Passage] = []
    for doc in sorted(by_doc):
        text_path = root / "texts" / f"{doc}.txt"
        if not text_path.exists():
            problems.append(f"{gold_path.name}: doc {doc!r} has no text file {text_path.name}; its records skipped")
            continue
        text, published = _read_eval_text(text_path)
        lang = doc.rsplit("_", 1)[-1]
        units: dict[str, Unit] = {}
        for no, rec in by_doc[doc]:
            sent = str(rec.get("sentence") or "")
            unit = units.get(sent)
            if unit is None:
                span = find_span(text, sent)
                if span is None:
                    problems.append(f"{gold_path.name} line {no}: sentence of {doc} not found in its text; skipped")
                    continue
                unit = units[sent] = Unit(f"{doc}#{len(units) + 1}", sent, start=span[0], end=span[1])
            if rec.get("non_event"):
                unit.no_event = True
                continue
            plover, _ = label_to_plover(rec.get("plover"))
            if plover is None:
                problems.append(f"{gold_path.name} line {no}: unknown PLOVER type {rec.get('plover')!r}; skipped")
                continue
            src = (country(rec.get("source")), sector(rec.get("source_sector")))
            tgt = country(rec.get("target"))
            targets = [(tgt, sector(rec.get("target_sector")))] if tgt else []
            unit.gold.extend(expand([src], targets, plover, mode=rec.get("mode"), date=rec.get("date")))
        for u in units.values():
            u.gold = dedupe(u.gold)
            u.no_event = u.no_event and not u.gold
        ordered = sorted(units.values(), key=lambda u: u.start or 0)
        passages.append(Passage(doc, lang, text, published, ordered, record=False))
    return GoldSet("eval", "events", passages, problems, str(root))


# -- PLOVER gold standard records (English, CAMEO-manual sentences) -----------------------------
def _plover_actors(value: Any) -> list[tuple[str | None, str | None]]:
    if not isinstance(value, list):
        return []
    out = []
    for a in value:
        if isinstance(a, dict):
            c = country(a.get("code"))
            out.append((c, sector(a.get("sector"), scheme="plover")))
    return [a for a in out if a[0] is not None or a[1] is not None]


def load_plover_gsr(shared: Path) -> GoldSet:
    """PLOVER GSR: 322 English records coded against PLOVER 0.5 (old names mapped, JAP→JPN...).

    ``SRC/TAR`` markup and compound sources without target expand to both directions. ``eventLoc``
    (when it names a resolvable country) goes to ``meta["location"]``.
    """
    path = shared / "data" / "events" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    if not path.exists():
        path = shared / "data" / "anchors" / "PLOVER" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
    _require(path)
    values, problems = read_json_run(path.read_text(encoding="utf-8"))
    problems = [f"{path.name} {p}" for p in problems]
    passages: list[Passage] = []
    for rec in values:
        if not isinstance(rec, dict) or rec.get("event") == "DOCUMENT":
            continue
        rid = str(rec.get("id") or f"record-{len(passages) + 1}")
        text = collapse(str(rec.get("text") or ""))
        plover, _ = label_to_plover(rec.get("event"))
        if not text or plover is None:
            problems.append(f"{path.name} {rid}: no text or unknown event {rec.get('event')!r}; skipped")
            continue
        info = rec.get("textInfo")
        markup = str(info.get("markup") or "") if isinstance(info, dict) else str(info or "")
        reciprocal = "SRC/TAR" in markup
        unit = Unit(rid, text, category=plover)
        unit.gold = expand(_plover_actors(rec.get("source")), _plover_actors(rec.get("target")), plover,
                           mode=rec.get("mode"), reciprocal=reciprocal)
        loc = rec.get("eventLoc")
        if isinstance(loc, dict):
            unit.meta["location"] = _location_country(loc)
        passages.append(Passage(rid, "en", text, _iso(rec.get("date")), [unit]))
    return GoldSet("plover", "events", passages, problems, str(path))


def _location_country(loc: dict[str, Any]) -> str | None:
    """``{"name": "Bam", "country code": "IR"}`` → ``IRN``; a country name alone also works."""
    from babel.core import get_global

    from ..interop.actors import country_from_name

    code = str(loc.get("country code") or "").strip().upper()
    if len(code) == 2:
        for a3, targets in get_global("territory_aliases").items():
            if len(a3) == 3 and a3.isalpha() and targets == [code]:
                return a3
    if len(code) == 3:
        return country(code)
    return country_from_name(str(loc.get("name") or "")) if loc.get("name") else None


# -- PETR-2 GSR (UniversalPetrarch validation file, English) ------------------------------------
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>")
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def load_petr2(shared: Path) -> GoldSet:
    """PETR-2 GSR: 79 English records with CAMEO event codes and composite actor codes.

    The file is not well-formed XML (self-closed ``<Sentence .../>`` followed by its children, a
    ``#`` comment banner), so records are cut at each ``<Sentence`` tag and read with patterns.
    Codings with CAMEO roots 01/02 are no events; records with ``noevents="True"`` are
    false-positive opportunities.
    """
    path = _require(shared / "data" / "anchors" / "UniversalPetrarch" / "UniversalPetrarch" / "data" / "text"
                    / "PETR2_GSR_validation.xml")
    raw = path.read_text(encoding="utf-8")
    problems: list[str] = []
    passages: list[Passage] = []
    starts = [m for m in _SENTENCE.finditer(raw)]
    for k, m in enumerate(starts):
        chunk = raw[m.end(): starts[k + 1].start() if k + 1 < len(starts) else len(raw)]
        attrs = dict(_ATTR.findall(m.group(1)))
        rid = attrs.get("id") or f"sentence-{k + 1}"
        if attrs.get("evaluate", "true").lower() != "true":
            continue
        tm = _TEXT.search(chunk)
        if tm is None:
            problems.append(f"{path.name} {rid}: no <Text>; skipped")
            continue
        text = collapse(html.unescape(tm.group(1)))
        unit = Unit(rid, text, category=attrs.get("category"))
        statements = 0
        for cm in _CODING.finditer(chunk[: tm.start()]):
            c = dict(_ATTR.findall(cm.group(1)))
            if c.get("noevents", "").lower() == "true":
                unit.no_event = True
                continue
            plover, code = label_to_plover(c.get("eventcode"))
            if code is None:
                problems.append(f"{path.name} {rid}: event code {c.get('eventcode')!r} unreadable; coding skipped")
                continue
            if plover is None:
                statements += 1  # CAMEO 01/02: a statement or appeal, no PLOVER event
                continue
            src, tgt = actor_code(c.get("sourcecode")), actor_code(c.get("targetcode"))
            unit.gold.extend(expand([src], [tgt] if tgt != (None, None) else [], plover, cameo=code))
        unit.gold = dedupe(unit.gold)
        unit.meta["statements"] = statements
        passages.append(Passage(rid, "en", text, _iso(attrs.get("date")), [unit]))
    return GoldSet("petr2", "events", passages, problems, str(path))


# -- ConfliBERT cameo_class (PentaClass) --------------------------------------------------------
def load_cameo_class(shared: Path, split: str = "test") -> GoldSet:
    """ConfliBERT ``cameo_class``: English sentences with a PentaClass label 0–4 (Phoenix convention)."""
    path = _require(shared / "data" / "anchors" / "ConfliBERT" / "data" / "cameo_class" / f"{split}.tsv")
    problems: list[str] = []
    passages: list[Passage] = []
    with path.open(encoding="utf-8", newline="") as f:
        for no, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if len(row) < 2 or not row[-1].strip().isdigit() or not 0 <= int(row[-1]) <= 4:
                problems.append(f"{path.name} line {no}: expected 'sentence<TAB>label 0-4'; skipped")
                continue
            text = collapse("\t".join(row[:-1]))
            uid = f"cameo_class-{split}-{no}"
            passages.append(Passage(uid, "en", text, None, [Unit(uid, text, label=int(row[-1]))]))
    return GoldSet("conflibert", "classes", passages, problems, str(path))


# -- CASE 2021 Task 2 (ACLED sub-event types) --------------------------------------------------
#: ACLED/CASE sub-event type → accepted PLOVER types (EVALUATION.md; unlisted types are excluded).
#: Facts from ACLED's codebook: battles, explosions/remote violence and violence against civilians
#: are assaults; demonstrations are protests; arrests are coercion.
ACLED_TO_PLOVER: dict[str, tuple[str, ...]] = {
    "ARMED_CLASH": ("ASSAULT",), "AIR_STRIKE": ("ASSAULT",), "GRENADE": ("ASSAULT",),
    "SUIC_BOMB": ("ASSAULT",), "ART_MISS_ATTACK": ("ASSAULT",), "ATTACK": ("ASSAULT",),
    "CHEM_WEAP": ("ASSAULT",), "REM_EXPLOS": ("ASSAULT",), "SEX_VIOL": ("ASSAULT",),
    "ABDUCT_DISSAP": ("ASSAULT",), "MOB_VIOL": ("ASSAULT",),
    "PEACE_PROTEST": ("PROTEST",), "PROTEST_WITH_INTER": ("PROTEST",), "VIOL_DEMONSTR": ("PROTEST",),
    "ARREST": ("COERCE",), "AGREEMENT": ("AGREE",), "FORCE_AGAINST_PROTEST": ("COERCE", "ASSAULT"),
}


def load_case(shared: Path) -> GoldSet:
    """CASE 2021 Task 2 test set: English snippets with ACLED sub-event types, mapped to PLOVER.

    ``label`` is the tuple of accepted PLOVER types; snippets of unmapped types are excluded and
    counted in :attr:`GoldSet.notes`.
    """
    path = _require(shared / "data" / "anchors" / "case-2021-shared-task" / "task2" / "test_dataset"
                    / "test_set_final_release_with_labels.tsv")
    problems: list[str] = []
    passages: list[Passage] = []
    excluded = 0
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        for no, row in enumerate(reader, 2):
            if len(row) < 3:
                problems.append(f"{path.name} line {no}: expected 'id<TAB>snippet<TAB>type'; skipped")
                continue
            accepted = ACLED_TO_PLOVER.get(row[-1].strip())
            if accepted is None:
                excluded += 1
                continue
            text = collapse("\t".join(row[1:-1]))
            uid = f"case-{row[0]}"
            unit = Unit(uid, text, label=accepted, category=row[-1].strip())
            passages.append(Passage(uid, "en", text, None, [unit]))
    note = f"{excluded} snippets of ACLED types without a PLOVER mapping excluded"
    return GoldSet("case", "classes", passages, problems, str(path), [note])


#: Set name → loader taking the ``../shared`` folder.
LOADERS: dict[str, Callable[[Path], GoldSet]] = {
    "eval": load_eval,
    "plover": load_plover_gsr,
    "petr2": load_petr2,
    "conflibert": load_cameo_class,
    "case": load_case,
}
