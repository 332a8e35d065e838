"""Histories generated from known memory-one strategies, as move tables or as stored events.

The generator is plain numpy on purpose: the data must not come from the machinery under test.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from mirrorwatch.records import Actor, Event, events_to_arrow

STATES = ("CC", "CD", "DC", "DD")
START = dt.date(2022, 1, 3)  # a Monday
#: net intensity of a generated cooperation / defection week
COOP_NET, DEFECT_NET = 3.0, -4.0


def memory_one_history(vec_a, vec_b, weeks: int, seed: int = 0, opening=("C", "C")) -> tuple[list[str], list[str]]:
    """Moves of two memory-one strategies playing each other for ``weeks`` weeks."""
    rng = np.random.default_rng(seed)
    a, b = [opening[0]], [opening[1]]
    for _ in range(weeks - 1):
        sa, sb = STATES.index(a[-1] + b[-1]), STATES.index(b[-1] + a[-1])
        a.append("C" if rng.random() < vec_a[sa] else "D")
        b.append("C" if rng.random() < vec_b[sb] else "D")
    return a, b


def moves_frame(ma: list[str | None], mb: list[str | None]) -> pd.DataFrame:
    """A :func:`mirrorwatch.analysis.weekly_moves`-shaped table for the given moves."""
    def net(m):
        return COOP_NET if m == "C" else DEFECT_NET if m == "D" else 0.0

    return pd.DataFrame({
        "period": pd.date_range(pd.Timestamp(START), periods=len(ma), freq="7D"),
        "move_a": pd.Series(ma, dtype=object), "move_b": pd.Series(mb, dtype=object),
        "net_a": [net(m) for m in ma], "net_b": [net(m) for m in mb],
    })


def events_for(a: str, b: str, ma: list[str | None], mb: list[str | None], *, start: dt.date = START) -> list[Event]:
    """One event per side and week with a move: COOPERATE (+3) for C, SANCTION (−4) for D."""
    out = []
    for w, (x, y) in enumerate(zip(ma, mb, strict=True)):
        for src, tgt, m, day in ((a, b, x, 1), (b, a, y, 2)):
            if m is None:
                continue
            plover, inten = ("COOPERATE", COOP_NET) if m == "C" else ("SANCTION", DEFECT_NET)
            date = start + dt.timedelta(days=7 * w + day)
            out.append(Event(
                doc_id=f"{src}{tgt}{w}", sentence_index=0, sentence=f"{src} {plover} {tgt} week {w}.",
                span=(0, 5), source=Actor(src, "GOV", src), target=Actor(tgt, "GOV", tgt), plover=plover,
                mode=None, cameo=None, quad_class=2 if m == "C" else 4, intensity=inten,
                date=date.isoformat(), date_precision="day"))
    return out


def write(store, events: list[Event]) -> None:
    """Store the events in one batch."""
    store.write_events(events_to_arrow(events), run_id="test")
