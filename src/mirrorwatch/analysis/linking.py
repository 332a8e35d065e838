"""Act → response linking: which act of B answers which act of A, after how many days, how hard.

Sits after :mod:`.consolidate` (it links *acts*, not mentions) and feeds :mod:`.rates`.

For every act of one side toward the other (the *trigger*), the candidate responses are the other
side's acts toward it ``min_lag_days`` … ``window_days`` days later. Same-day acts are not linked by
default (``min_lag_days=1``): with day-precision dates nobody can tell which of two same-day acts
came first, and symmetric records of one meeting are same-day by construction.

Link score (in [0, 1]) = type similarity × time weight, where

* type similarity is 1.0 for the same PLOVER type and mode (or, when modes are unknown, the same
  CAMEO code), 0.8 for the same type, 0.5 for the same quad class, 0.35 for the same side of the
  scale (both cooperative or both conflictual), 0.2 otherwise;
* time weight = 1 − (lag − min_lag) / (window − min_lag + 1): 1 the first possible day, falling
  linearly to just above 0 at the end of the window.

Many-to-many: one response may fall in the windows of several triggers. Each response is assigned
to exactly one trigger, the one with the highest score (ties: the most recent trigger), so that no
response is counted twice. A trigger may keep several responses; triggers left without any get one
``no-answer`` row.

Labels of a (trigger, response) pair: ``exact-mirror`` (same type and mode), ``mirror`` (same
type), ``cooperative`` (a cooperative answer, quad class 1–2, to a conflictual trigger, 3–4),
``escalation`` (response intensity lower, i.e. more conflictual, than the trigger's),
``de-escalation`` (otherwise: as or more cooperative), ``no-answer``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Unpack

import numpy as np
import pandas as pd

from .series import EventFilters, event_filters

__all__ = ["LINK_COLUMNS", "LinkArrays", "link_acts", "link_core", "link_responses", "side_arrays"]

LINK_COLUMNS = [
    "direction", "trigger_act_id", "trigger_date", "trigger_plover", "trigger_mode", "trigger_intensity",
    "trigger_event_ids", "response_act_id", "response_date", "response_plover", "response_mode",
    "response_intensity", "response_event_ids", "lag_days", "proportionality", "score", "label",
]

_SIM_EXACT, _SIM_TYPE, _SIM_QUAD, _SIM_SIDE, _SIM_OTHER = 1.0, 0.8, 0.5, 0.35, 0.2


@dataclass
class LinkArrays:
    """The acts of one side as plain arrays (what :func:`link_core` needs, fast to shift)."""

    days: np.ndarray  # int64 day numbers
    plover: np.ndarray  # int codes (shared vocabulary between both sides)
    mode: np.ndarray  # int codes of mode, or of cameo when mode is missing; -1 unknown
    quad: np.ndarray  # int 1..4, 0 unknown
    intensity: np.ndarray  # float

    def __len__(self) -> int:
        return len(self.days)


def side_arrays(acts: pd.DataFrame, vocab: dict[str, int], modes: dict[str, int]) -> LinkArrays:
    """Arrays for :func:`link_core` from an acts table (vocabularies are filled as needed)."""
    def code(values: Any, table: dict[str, int]) -> np.ndarray:
        return np.array([table.setdefault(v, len(table)) if isinstance(v, str) and v else -1 for v in values],
                        dtype=np.int64)

    mode_key = [
        f"m:{m}" if isinstance(m, str) and m else (f"c:{c}" if isinstance(c, str) and c else None)
        for m, c in zip(acts["mode"], acts["cameo"], strict=True)
    ]
    return LinkArrays(
        days=pd.to_datetime(acts["first_date"]).to_numpy(dtype="datetime64[D]").astype(np.int64),
        plover=code(acts["plover"], vocab),
        mode=code(mode_key, modes),
        quad=acts["quad_class"].fillna(0).to_numpy(dtype=np.int64),
        intensity=acts["intensity"].fillna(0.0).to_numpy(dtype=np.float64),
    )


def link_core(
    trig: LinkArrays, resp: LinkArrays, *, window_days: int, min_lag_days: int = 1,
    resp_days: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Vectorised linking: candidate pairs, scores, and the best-trigger assignment.

    Args:
        trig: the triggers. resp: the possible responses (the other side's acts).
        window_days: longest lag. min_lag_days: shortest lag.
        resp_days: replaces ``resp.days`` (used for the circular shifts of the chance level).

    Returns:
        ``(trigger_index, response_index, lag_days, score)`` of the kept links, one per response.
    """
    rdays = resp.days if resp_days is None else resp_days
    empty = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float64))
    if len(trig) == 0 or len(rdays) == 0:
        return empty
    order = np.argsort(rdays, kind="stable")
    sorted_days = rdays[order]
    lo = np.searchsorted(sorted_days, trig.days + min_lag_days, side="left")
    hi = np.searchsorted(sorted_days, trig.days + window_days, side="right")
    counts = np.maximum(hi - lo, 0)
    total = int(counts.sum())
    if total == 0:
        return empty
    ti = np.repeat(np.arange(len(trig), dtype=np.int64), counts)
    # position k of the flat candidate list is response lo[t] + (k - first k of t): one repeat of
    # the per-trigger difference instead of two repeats (this runs once per chance-level shift)
    ri = order[np.arange(total, dtype=np.int64) + (lo - (np.cumsum(counts) - counts))[ti]]
    lag = rdays[ri] - trig.days[ti]
    same_type = trig.plover[ti] == resp.plover[ri]
    exact = same_type & (trig.mode[ti] >= 0) & (trig.mode[ti] == resp.mode[ri])
    tq, rq = trig.quad[ti], resp.quad[ri]
    same_quad = (tq > 0) & (tq == rq)
    same_side = (tq > 0) & (rq > 0) & ((tq <= 2) == (rq <= 2))
    sim = np.select([exact, same_type, same_quad, same_side],
                    [_SIM_EXACT, _SIM_TYPE, _SIM_QUAD, _SIM_SIDE], default=_SIM_OTHER)
    span = window_days - min_lag_days + 1
    score = sim * (1.0 - (lag - min_lag_days) / span)
    # Best trigger per response: highest score, then shortest lag (= most recent trigger). One
    # integer key and a scatter-min instead of a 3-key lexsort: this runs once per circular shift
    # of the chance level, and the sort dominated.
    sub = np.rint((1.0 - score) * 1e6).astype(np.int64) * (window_days + 1) + lag
    best = np.full(len(rdays), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(best, ri, sub)
    match = np.flatnonzero(sub == best[ri])
    _, first = np.unique(ri[match], return_index=True)  # exact ties: the first candidate
    keep = match[first]
    return ti[keep], ri[keep], lag[keep], score[keep]


def pair_labels(trig: LinkArrays, resp: LinkArrays, ti: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """The label of each linked pair (see the module docstring)."""
    same_type = trig.plover[ti] == resp.plover[ri]
    exact = same_type & (trig.mode[ti] >= 0) & (trig.mode[ti] == resp.mode[ri])
    t_conflict = (trig.quad[ti] >= 3) | ((trig.quad[ti] == 0) & (trig.intensity[ti] < 0))
    r_coop = ((resp.quad[ri] > 0) & (resp.quad[ri] <= 2)) | ((resp.quad[ri] == 0) & (resp.intensity[ri] > 0))
    escal = resp.intensity[ri] < trig.intensity[ti]
    return np.select(
        [exact, same_type, t_conflict & r_coop, escal],
        ["exact-mirror", "mirror", "cooperative", "escalation"],
        default="de-escalation",
    ).astype(object)


def link_acts(acts: pd.DataFrame, a: str, b: str, *, window_days: int = 14, min_lag_days: int = 1) -> pd.DataFrame:
    """Link the acts of a dyad both ways (pure function over a :func:`consolidate` table).

    Acts with month or year date precision are left out: a lag cannot be measured on them.

    Returns:
        The table of :func:`link_responses` (columns :data:`LINK_COLUMNS`).
    """
    if window_days < min_lag_days:
        raise ValueError(f"window_days ({window_days}) must be >= min_lag_days ({min_lag_days})")
    frames = []
    vocab: dict[str, int] = {}
    modes: dict[str, int] = {}
    for x, y in ((a, b), (b, a)):
        t_acts = acts[(acts["source_country"] == x) & (acts["target_country"] == y)].reset_index(drop=True)
        r_acts = acts[(acts["source_country"] == y) & (acts["target_country"] == x)].reset_index(drop=True)
        trig, resp = side_arrays(t_acts, vocab, modes), side_arrays(r_acts, vocab, modes)
        ti, ri, lag, score = link_core(trig, resp, window_days=window_days, min_lag_days=min_lag_days)
        labels = pair_labels(trig, resp, ti, ri)
        t_int = trig.intensity[ti]
        with np.errstate(divide="ignore", invalid="ignore"):
            prop = np.where(t_int != 0, np.abs(resp.intensity[ri]) / np.abs(t_int), np.nan)
        tr = t_acts.iloc[ti].reset_index(drop=True)
        rr = r_acts.iloc[ri].reset_index(drop=True)
        linked = pd.DataFrame({
            "direction": f"{x}>{y}",
            "trigger_act_id": tr["act_id"], "trigger_date": tr["first_date"], "trigger_plover": tr["plover"],
            "trigger_mode": tr["mode"], "trigger_intensity": tr["intensity"], "trigger_event_ids": tr["event_ids"],
            "response_act_id": rr["act_id"], "response_date": rr["first_date"], "response_plover": rr["plover"],
            "response_mode": rr["mode"], "response_intensity": rr["intensity"],
            "response_event_ids": rr["event_ids"], "lag_days": lag.astype("int64"),
            "proportionality": prop, "score": np.round(score, 4), "label": labels,
        })
        unanswered = t_acts[~np.isin(np.arange(len(t_acts)), ti)]
        none = pd.DataFrame({
            "direction": f"{x}>{y}",
            "trigger_act_id": unanswered["act_id"], "trigger_date": unanswered["first_date"],
            "trigger_plover": unanswered["plover"], "trigger_mode": unanswered["mode"],
            "trigger_intensity": unanswered["intensity"], "trigger_event_ids": unanswered["event_ids"],
            "label": "no-answer",
        })
        frames += [linked, none]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=LINK_COLUMNS)
    out = pd.concat(frames, ignore_index=True).reindex(columns=LINK_COLUMNS)
    out["proportionality"] = out["proportionality"].astype("float64")
    out["lag_days"] = out["lag_days"].astype("Int64")
    return out.sort_values(["trigger_date", "direction", "trigger_act_id", "response_date"],
                           kind="stable").reset_index(drop=True)


def day_precise(acts: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Drop acts whose every mention has month or year precision (no lag can be measured)."""
    if acts.empty or "date_precision" not in events:
        return acts
    coarse = set(events.loc[events["date_precision"].isin(["month", "year"]), "event_id"])
    if not coarse:
        return acts
    keep = [not set(ids) <= coarse for ids in acts["event_ids"]]
    return acts[keep].reset_index(drop=True)


def link_responses(
    store: Any,
    a: str,
    b: str,
    *,
    window_days: int = 14,
    min_lag_days: int = 1,
    consolidate_window_days: int = 2,
    **filters: Unpack[EventFilters],
) -> pd.DataFrame:
    """For each act of either side toward the other, the acts of the other side that answer it.

    Args:
        store: the event store. a, b: the two countries (alpha-3).
        window_days: longest lag counted as an answer. min_lag_days: shortest (default 1 day).
        consolidate_window_days: the ``window_days`` of :func:`consolidate`.
        **filters: ``since``, ``until``, ``datasets``, ``include_symmetric``, ``include_flagged``
            (:class:`~mirrorwatch.analysis.series.EventFilters`), as in :func:`load_events`.

    Returns:
        One row per (trigger, assigned response) and one ``no-answer`` row per unanswered trigger,
        columns :data:`LINK_COLUMNS`. ``direction`` is the trigger's (``"RUS>AZE"``: a Russian act
        toward Azerbaijan and the Azerbaijani answer). ``proportionality`` is
        |response intensity| / |trigger intensity| (NaN when the trigger's intensity is 0).
    """
    from .consolidate import consolidate
    from .series import load_events, normalise_dyad

    a, b = normalise_dyad(a, b)
    common = event_filters("link_responses", filters)
    events = load_events(store, a, b, **common)
    acts = day_precise(consolidate(events, window_days=consolidate_window_days), events)
    return link_acts(acts, a, b, window_days=window_days, min_lag_days=min_lag_days)
