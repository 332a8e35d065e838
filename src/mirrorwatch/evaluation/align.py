"""Run a coder over a gold set and attach its predictions to the gold units (evaluation stage).

Whole passages are coded (so that document context and relative dates work); each predicted event
is then placed in the passage by its ``sentence`` text (whitespace-tolerant) and its ``span``
inside that sentence, and assigned to the gold sentence it overlaps most. Predictions in sentences
without gold become extra units (all their events are false positives). Record sets (PLOVER GSR,
PETR-2, ConfliBERT, CASE) code each record's text on its own, so every prediction belongs to it.
Sentence indices are never trusted for alignment: gold and coder may split sentences differently.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..records import Event
from .gold import GoldSet, Passage, Unit, find_span
from .normalise import Tup, harmonise_igo, pred_tuple

__all__ = ["CodedSet", "CoderLike", "Scored", "code_set"]


class CoderLike(Protocol):
    """What the scorer needs of a coder: :meth:`mirrorwatch.coding.Coder.code_text`."""

    def code_text(self, text: str, *, lang: str | None = None, published: Any = None,
                  doc_id: str | None = None) -> list[Event]:
        """Code one text into events."""
        ...


@dataclass(slots=True)
class Scored:
    """One unit with its gold tuples and all predicted tuples (flagged ones included, marked)."""

    id: str
    lang: str
    gold: list[Tup]
    pred: list[Tup]
    no_event: bool = False
    extra: bool = False  # a sentence the gold does not list
    label: Any = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class CodedSet:
    """The scored units of one set and language, with run facts."""

    name: str
    lang: str
    kind: str
    units: list[Scored]
    passages: int
    cpu_s: float
    wall_s: float
    failed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _scored(unit: Unit, lang: str) -> Scored:
    return Scored(unit.id, lang, list(unit.gold), [], unit.no_event, False, unit.label, dict(unit.meta))


def place_events(passage: Passage, events: Sequence[Event]) -> tuple[list[Scored], list[str]]:
    """Assign the events of one coded passage to its gold units; extra units for the rest."""
    units = [_scored(u, passage.lang) for u in passage.units]
    problems: list[str] = []
    if passage.record:
        for e in events:
            units[0].pred.append(pred_tuple(e))
        units[0].pred = harmonise_igo(units[0].gold, units[0].pred)
        return units, problems
    spans = [(u.start or 0, u.end or 0) for u in passage.units]
    sentence_at: dict[tuple[Any, str], tuple[int, int] | None] = {}
    extras: dict[Any, Scored] = {}
    cursor = 0
    for e in sorted(events, key=lambda ev: (ev.sentence_index is None, ev.sentence_index or 0)):
        key = (e.sentence_index, e.sentence or "")
        if key not in sentence_at:
            where = find_span(passage.text, e.sentence or "", cursor)
            sentence_at[key] = where
            if where is not None:
                cursor = where[0]
        where = sentence_at[key]
        if where is None:
            problems.append(f"{passage.id}: predicted sentence {e.sentence_index} not found in the passage; "
                            "its events count as false positives")
            extra = extras.setdefault(("lost", e.sentence_index), Scored(
                f"{passage.id}@lost{e.sentence_index}", passage.lang, [], [], extra=True))
            extra.pred.append(pred_tuple(e))
            continue
        span = where
        if e.span is not None and 0 <= e.span[0] <= e.span[1] <= where[1] - where[0]:
            span = (where[0] + e.span[0], where[0] + e.span[1])
        # The gold sentence the event's own span overlaps most; failing that, the one its sentence does.
        best, best_overlap = None, 0
        for probe in (span, where):
            for i, s in enumerate(spans):
                ov = _overlap(probe, s)
                if ov > best_overlap:
                    best, best_overlap = i, ov
            if best is not None:
                break
        if best is None:
            extra = extras.setdefault(where, Scored(f"{passage.id}@{where[0]}", passage.lang, [], [], extra=True))
            extra.pred.append(pred_tuple(e))
        else:
            units[best].pred.append(pred_tuple(e))
    for u in units:  # compare IGO actors at the granularity the gold uses (see normalise.harmonise_igo)
        u.pred = harmonise_igo(u.gold, u.pred)
    return units + list(extras.values()), problems


def code_set(gold: GoldSet, coder: CoderLike, *, lang: str | None = None) -> CodedSet:
    """Code every passage of ``gold`` (one language) and attach the predictions to its units.

    A passage the coder fails on is listed in ``failed`` with the reason and left out of the
    scores (its units are neither true nor false), so one broken text never stops the run.
    """
    langs = gold.languages()
    code_lang = lang or (langs[0] if len(langs) == 1 else "mixed")
    scored: list[Scored] = []
    failed: list[str] = []
    problems = list(gold.problems)
    # Load the language packs outside the timing, on a text that is not in the set (coding a gold
    # passage here would warm the coder's caches for it and flatter the speed figure).
    for lg in sorted({p.lang for p in gold.passages}):
        with contextlib.suppress(Exception):  # a broken coder is reported per passage below
            coder.code_text("Warm-up.", lang=lg)
    cpu = 0.0
    t0 = time.perf_counter()
    for p in gold.passages:
        c0 = time.process_time()
        try:
            events = coder.code_text(p.text, lang=p.lang, published=p.published, doc_id=p.id)
        except Exception as exc:  # any coder failure is reported per passage, never fatal
            failed.append(f"{p.id}: the coder failed ({type(exc).__name__}: {exc})")
            continue
        finally:
            cpu += time.process_time() - c0
        units, probs = place_events(p, events)
        scored.extend(units)
        problems.extend(probs)
    return CodedSet(gold.name, code_lang, gold.kind, scored, len(gold.passages), cpu, time.perf_counter() - t0,
                    failed, problems, list(gold.notes))
