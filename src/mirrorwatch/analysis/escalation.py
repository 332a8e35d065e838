"""Escalation: a rolling escalation index per period, escalation episodes, and who moved first.

Sits on the consolidated acts of a dyad (:mod:`.consolidate`).

* Conflict load of a period = the sum of |intensity| of the conflictual acts (negative Goldstein
  intensity) of both sides toward each other; also kept per side.
* Escalation index of a period = (conflict load − mean of the previous ``window`` periods) /
  max(standard deviation of those periods, 1): how unusual this period is against the dyad's own
  trailing baseline, in baseline standard deviations (the floor of 1 keeps a quiet dyad's first
  incident from scoring in the hundreds). Undefined until ``window // 2`` periods of history exist.
* Episodes: change points of the conflict load (:func:`mirrorwatch.analysis.var.change_points`,
  Pelt with an l2 cost on the standardised load, penalty 3·log(n), breaks on any period) cut the range into regimes; a regime whose mean load exceeds the previous regime's by more than
  one standard deviation of the whole series is an escalation episode. It starts at its first
  period and ends at its last; its peak is its highest period.
* First mover: the side whose first conflictual act toward the other falls earliest in the
  episode (from one period before its start, since a break is placed at period granularity), and
  by how many days it led the other side's first one (``None`` when the other side stayed calm).
"""

from __future__ import annotations

from typing import Any, Unpack

import numpy as np
import pandas as pd

from .series import EventFilters, event_filters

__all__ = ["conflict_frame", "episodes", "escalation", "escalation_index"]


def conflict_frame(acts: pd.DataFrame, a: str, b: str, *, freq: str = "W", start: Any = None,
                   end: Any = None) -> pd.DataFrame:
    """Conflict load per period: columns ``period``, ``conflict``, ``conflict_a``, ``conflict_b``, ``n``."""
    from .series import series_frame

    conf = acts.assign(intensity=np.where(acts["intensity"] < 0, -acts["intensity"], 0.0)) if not acts.empty else acts
    s = series_frame(conf, a, b, freq=freq, date_col="first_date", start=start, end=end)
    if s.empty:
        return pd.DataFrame(columns=["period", "conflict", "conflict_a", "conflict_b", "n"])
    wide = s.pivot(index="period", columns="direction", values=["intensity_sum", "n"])
    out = pd.DataFrame({
        "period": wide.index,
        "conflict_a": wide[("intensity_sum", f"{a}>{b}")].to_numpy(dtype=float),
        "conflict_b": wide[("intensity_sum", f"{b}>{a}")].to_numpy(dtype=float),
        "n": (wide[("n", f"{a}>{b}")] + wide[("n", f"{b}>{a}")]).to_numpy(dtype=np.int64),
    })
    out["conflict"] = out["conflict_a"] + out["conflict_b"]
    return out[["period", "conflict", "conflict_a", "conflict_b", "n"]].reset_index(drop=True)


def escalation_index(conflict: pd.Series, window: int = 8) -> pd.Series:
    """(x − trailing mean) / max(trailing std, 1) over the previous ``window`` periods."""
    prev = conflict.shift(1).rolling(window, min_periods=max(2, window // 2))
    return (conflict - prev.mean()) / prev.std(ddof=0).clip(lower=1.0)


def episodes(frame: pd.DataFrame, acts: pd.DataFrame, a: str, b: str, *, penalty: float | None = None) -> tuple[
        list[dict[str, Any]], list[str]]:
    """Escalation episodes (see the module docstring) and the break periods found."""
    from .var import change_points

    x = frame["conflict"].to_numpy(dtype=float)
    if len(x) < 8 or x.std() == 0:
        return [], []
    # jump=1: an episode may be a burst of two weeks; with breaks only every fifth period it
    # would be averaged into a longer, calmer regime and missed
    breaks = change_points(x, penalty=penalty, min_size=2, model="l2", jump=1)
    bounds = [0, *breaks, len(x)]
    sd = float(x.std())
    periods = list(pd.to_datetime(frame["period"]))
    step = periods[1] - periods[0] if len(periods) > 1 else pd.Timedelta(days=7)
    out = []
    for k in range(1, len(bounds) - 1):
        lo, hi = bounds[k], bounds[k + 1]
        prev_mean = float(x[bounds[k - 1]:lo].mean())
        mean = float(x[lo:hi].mean())
        if mean - prev_mean <= sd:
            continue
        peak = lo + int(np.argmax(x[lo:hi]))
        start, end = periods[lo], periods[hi - 1] + step - pd.Timedelta(days=1)
        firsts: dict[str, pd.Timestamp | None] = {}
        for side, other in ((a, b), (b, a)):
            m = ((acts["source_country"] == side) & (acts["target_country"] == other) & (acts["intensity"] < 0)
                 & (acts["first_date"] >= start - step) & (acts["first_date"] <= end))
            firsts[side] = pd.Timestamp(acts.loc[m, "first_date"].min()) if m.any() else None
        known = {s: d for s, d in firsts.items() if d is not None}
        first_mover = min(known, key=lambda s: (known[s], s)) if known else None
        lead = None
        if len(known) == 2:
            lead = int(abs((known[a] - known[b]).days))
            if lead == 0:
                first_mover = None  # same day: nobody can be said to have moved first
        out.append({
            "start": str(start.date()), "end": str(end.date()), "peak": str(periods[peak].date()),
            "peak_conflict": round(float(x[peak]), 3), "mean_conflict": round(mean, 3),
            "baseline_conflict": round(prev_mean, 3), "first_mover": first_mover, "lead_days": lead,
            "first_conflict_acts": {s: (str(d.date()) if d is not None else None) for s, d in firsts.items()},
        })
    return out, [str(periods[bk].date()) for bk in breaks]


def escalation(
    store: Any,
    a: str,
    b: str,
    *,
    freq: str = "W",
    window: int = 8,
    penalty: float | None = None,
    acts: pd.DataFrame | None = None,
    **filters: Unpack[EventFilters],
) -> dict[str, Any]:
    """Rolling escalation index, escalation episodes and first movers of a dyad.

    Args:
        store: the event store. a, b: the two countries.
        freq: period. window: trailing baseline length in periods.
        penalty: change-point penalty (``None``: 3·log(n) on the standardised conflict load).
        **filters: ``since``, ``until``, ``datasets``, ``include_symmetric``, ``include_flagged``
            (:class:`~mirrorwatch.analysis.series.EventFilters`), as in :func:`load_events`.
        acts: an already consolidated acts table (skips reading the store).

    Returns:
        ``freq``, ``window``, ``series`` (list of ``{period, conflict, conflict_a, conflict_b, n,
        index}``, ``index`` ``None`` before enough history), ``current`` (the last period's index),
        ``breaks`` (period labels), ``episodes`` (list of ``{start, end, peak, peak_conflict,
        mean_conflict, baseline_conflict, first_mover, lead_days, first_conflict_acts}``).
    """
    from .consolidate import consolidate
    from .series import load_events, normalise_dyad

    a, b = normalise_dyad(a, b)
    common = event_filters("escalation", filters)
    since, until = common["since"], common["until"]
    if acts is None:
        acts = consolidate(load_events(store, a, b, **common))
    frame = conflict_frame(acts, a, b, freq=freq, start=since, end=until)
    if frame.empty:
        return {"freq": freq, "window": window, "series": [], "current": None, "breaks": [], "episodes": []}
    frame["index"] = escalation_index(frame["conflict"], window)
    eps, breaks = episodes(frame, acts, a, b, penalty=penalty)
    series = [
        {"period": str(p.date()), "conflict": round(float(c), 3), "conflict_a": round(float(ca), 3),
         "conflict_b": round(float(cb), 3), "n": int(n), "index": None if pd.isna(i) else round(float(i), 3)}
        for p, c, ca, cb, n, i in frame[["period", "conflict", "conflict_a", "conflict_b", "n", "index"]].itertuples(
            index=False)
    ]
    return {"freq": freq, "window": window, "series": series, "current": series[-1]["index"],
            "breaks": breaks, "episodes": eps, "sides": [a, b]}
