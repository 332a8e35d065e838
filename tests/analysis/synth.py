"""Synthetic dyads with planted structure, written into a store through the real record path.

Used by the analysis and report tests: events are built as :class:`mirrorwatch.records.Event`,
flattened with :func:`events_to_arrow` and stored with ``Store.write_events``.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from mirrorwatch.analysis.series import plover_intensity
from mirrorwatch.ontology import PLOVER_QUAD
from mirrorwatch.records import Actor, Event, events_to_arrow

START = dt.date(2023, 1, 2)  # a Monday
CONFLICT = ["ACCUSE", "THREATEN", "SANCTION", "COERCE", "PROTEST"]
COOP = ["CONSULT", "AGREE", "COOPERATE", "AID"]
MODES = {"COERCE": "seize", "SANCTION": "expel", "ACCUSE": "disapprove", "THREATEN": "threaten",
         "PROTEST": "demonstrate", "CONSULT": "meet", "AGREE": "agree", "COOPERATE": "cooperate",
         "AID": "aid"}


class Maker:
    """Builds events with unique ids (each its own document and sentence)."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, src: str, tgt: str, plover: str, day: int | dt.date, *, mode: str | None = "auto",
                 intensity: float | None = None, sentence: str | None = None, doc_id: str | None = None,
                 dataset: str = "mirrorwatch", symmetric: bool = False, negated: bool = False) -> Event:
        self.n += 1
        date = day if isinstance(day, dt.date) else START + dt.timedelta(days=int(day))
        return Event(
            doc_id=doc_id or f"doc{self.n:07d}", sentence_index=0,
            sentence=sentence or f"{src} did {plover} to {tgt} (#{self.n}).", span=(0, 10),
            source=Actor(src, "GOV", src), target=Actor(tgt, "GOV", tgt), plover=plover,
            mode=MODES.get(plover) if mode == "auto" else mode, cameo=None,
            quad_class=PLOVER_QUAD[plover],
            intensity=plover_intensity()[plover] if intensity is None else intensity,
            date=date.isoformat(), date_precision="day", negated=negated, is_symmetric=symmetric,
            dataset=dataset, dataset_id=f"x{self.n}" if dataset != "mirrorwatch" else None,
        )


def write(store, events: list[Event]) -> int:
    """Store the events in one batch; return how many were new."""
    return store.write_events(events_to_arrow(events), run_id="test")


def planted_mirror(seed: int = 1, *, a: str = "RUS", b: str = "AZE", days: int = 730, rate: float = 0.12,
                   p_answer: float = 0.8, noise_rate: float = 0.02) -> list[Event]:
    """A acts at ``rate``/day (60 % conflict); B answers each conflict act in kind after 3 ± 1 days
    with probability ``p_answer``, and adds rare unrelated acts of its own."""
    rng = np.random.default_rng(seed)
    mk = Maker()
    out = []
    for d in range(days):
        for _ in range(rng.poisson(rate)):
            t = rng.choice(CONFLICT) if rng.random() < 0.6 else rng.choice(COOP)
            out.append(mk(a, b, str(t), d))
            if t in CONFLICT and rng.random() < p_answer:
                out.append(mk(b, a, str(t), d + int(rng.integers(2, 5))))
        for _ in range(rng.poisson(noise_rate)):
            out.append(mk(b, a, str(rng.choice(COOP + CONFLICT)), d))
    return out


def independent(seed: int = 2, *, a: str = "USA", b: str = "CHN", days: int = 730, rate: float = 0.7,
                types: list[str] | None = None) -> list[Event]:
    """Two busy sides acting independently (Poisson ``rate``/day each, types drawn at random)."""
    rng = np.random.default_rng(seed)
    types = types or ["ACCUSE", "CONSULT", "COERCE", "AGREE", "SANCTION", "REJECT"]
    mk = Maker()
    out = []
    for d in range(days):
        for src, tgt in ((a, b), (b, a)):
            for _ in range(rng.poisson(rate)):
                out.append(mk(src, tgt, str(rng.choice(types)), d))
    return out
