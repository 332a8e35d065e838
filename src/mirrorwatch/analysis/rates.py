"""Reciprocity rates per direction, each beside its chance level, and the mirror index.

Sits on top of :mod:`.linking`. For the direction "X answers Y" the triggers are Y's acts toward X
and the responses X's acts toward Y (see ``docs/analysis.md`` for every definition):

* ``answer_rate``: share of Y's acts that got at least one assigned answer from X in the window;
* ``mirror_rate``: share of Y's acts answered in kind (an assigned answer of the same PLOVER type);
* ``median_lag_days``, ``proportionality_median`` and ``escalation_share`` over each answered
  trigger's best (highest-score) answer;
* chance levels: the same rates after a circular time shift of X's acts by a random number of
  days (``n_shifts`` shifts, seeded). The shift keeps how busy X is, its mix of types and its
  clustering in time, but breaks any timing relation to Y: what remains is what a busy pair
  scores "by chance";
* ``mirror_index`` = max(0, (mirror_rate − mirror_rate_chance) / (1 − mirror_rate_chance)): the
  share of the possible above-chance in-kind answering that X actually shows (Cohen's kappa
  form). Independent sides score about 0 however busy they are; a side that answers every act in
  kind scores 1.
"""

from __future__ import annotations

from typing import Any, Unpack

import numpy as np
import pandas as pd

from .linking import LinkArrays, link_core, pair_labels, side_arrays
from .series import EventFilters, event_filters

__all__ = ["direction_key", "direction_rates", "finding", "mirror_index", "reciprocity"]

#: Rolling windows of the ``rolling`` list: length and step in days, and the fewest triggers.
ROLLING_DAYS = 182
ROLLING_STEP_DAYS = 28
ROLLING_MIN_ACTS = 5

#: Work budget of the chance level: candidate (trigger, response) pairs scored over all shifts.
#: A busy dyad (thousands of acts a side, a hundred candidates per trigger) would otherwise spend
#: most of ``mirror`` on 200 shifts whose mean is already precise after a few dozen: each shift
#: averages over thousands of triggers, so the chance level's standard error is tiny either way.
SHIFT_PAIR_BUDGET = 20_000_000
#: Fewest shifts kept when the budget caps them.
MIN_SHIFTS = 50


def shifts_for(n_pairs: int, n_shifts: int) -> int:
    """How many circular shifts to run for a direction with ``n_pairs`` candidate pairs per shift.

    ``n_shifts`` while ``n_pairs × n_shifts`` stays within :data:`SHIFT_PAIR_BUDGET`, otherwise
    as many as the budget allows but never fewer than ``min(n_shifts, MIN_SHIFTS)``.
    """
    if n_shifts <= 0 or n_pairs * n_shifts <= SHIFT_PAIR_BUDGET:
        return max(n_shifts, 0)
    return max(min(n_shifts, MIN_SHIFTS), SHIFT_PAIR_BUDGET // max(n_pairs, 1))


def _candidate_pairs(trig: LinkArrays, resp: LinkArrays, window_days: int, min_lag_days: int) -> int:
    """Number of (trigger, response) pairs within the window (unshifted): the work of one shift."""
    d = np.sort(resp.days)
    lo = np.searchsorted(d, trig.days + min_lag_days, side="left")
    hi = np.searchsorted(d, trig.days + window_days, side="right")
    return int(np.maximum(hi - lo, 0).sum())


def direction_key(responder: str, trigger_side: str) -> str:
    """The key of a direction in :func:`reciprocity`'s result: ``"AZE answers RUS"``."""
    return f"{responder} answers {trigger_side}"


def mirror_index(rate: float | None, chance: float | None) -> float | None:
    """max(0, (rate − chance) / (1 − chance)); 0 when chance is 1; ``None`` when either is unknown."""
    if rate is None or chance is None or not np.isfinite(rate) or not np.isfinite(chance):
        return None
    if chance >= 1.0:
        return 0.0
    return float(max(0.0, (rate - chance) / (1.0 - chance)))


def _per_trigger(n: int, ti: np.ndarray, flags: np.ndarray | None = None) -> np.ndarray:
    """Boolean per trigger: has a kept link (with ``flags`` true, when given)."""
    sel = ti if flags is None else ti[flags]
    out = np.zeros(n, dtype=bool)
    out[sel] = True
    return out


def _shift_matrices(
    trig: LinkArrays, resp: LinkArrays, *, lo_day: int, hi_day: int, window_days: int, min_lag_days: int,
    n_shifts: int, seed: int,
) -> tuple[np.ndarray, np.ndarray] | None:
    """answered / mirrored per (shift, trigger) after circular shifts of the responder's days.

    The number of shifts is capped by :func:`shifts_for` on busy dyads (the matrices' first
    dimension says how many ran).
    """
    span = hi_day - lo_day + 1
    low, high = window_days + 1, span - window_days - 1
    if n_shifts <= 0 or high < low or len(trig) == 0:
        return None
    n_shifts = shifts_for(_candidate_pairs(trig, resp, window_days, min_lag_days), n_shifts)
    rng = np.random.default_rng(seed)
    shifts = rng.integers(low, high + 1, size=n_shifts)
    answered = np.zeros((n_shifts, len(trig)), dtype=bool)
    mirrored = np.zeros((n_shifts, len(trig)), dtype=bool)
    for k, s in enumerate(shifts.tolist()):
        days = lo_day + (resp.days - lo_day + s) % span
        ti, ri, _, _ = link_core(trig, resp, window_days=window_days, min_lag_days=min_lag_days, resp_days=days)
        answered[k] = _per_trigger(len(trig), ti)
        mirrored[k] = _per_trigger(len(trig), ti, trig.plover[ti] == resp.plover[ri])
    return answered, mirrored


def _mean(x: np.ndarray) -> float | None:
    return float(np.mean(x)) if x.size else None


def _median(x: np.ndarray) -> float | None:
    x = x[np.isfinite(x)]
    return float(np.median(x)) if x.size else None


def _r(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(float(x), nd)


def direction_rates(
    trig_acts: pd.DataFrame,
    resp_acts: pd.DataFrame,
    *,
    window_days: int = 14,
    min_lag_days: int = 1,
    n_shifts: int = 200,
    seed: int = 0,
    lo_day: int | None = None,
    hi_day: int | None = None,
) -> dict[str, Any]:
    """The rates of one direction: how the authors of ``resp_acts`` answer ``trig_acts``.

    ``lo_day``/``hi_day`` (day numbers) bound the circular shift; by default the range of both tables.
    """
    vocab: dict[str, int] = {}
    modes: dict[str, int] = {}
    trig, resp = side_arrays(trig_acts, vocab, modes), side_arrays(resp_acts, vocab, modes)
    n = len(trig)
    all_days = np.concatenate([trig.days, resp.days])
    if lo_day is None:
        lo_day = int(all_days.min()) if all_days.size else 0
    if hi_day is None:
        hi_day = int(all_days.max()) if all_days.size else 0
    ti, ri, lag, score = link_core(trig, resp, window_days=window_days, min_lag_days=min_lag_days)
    labels = pair_labels(trig, resp, ti, ri)
    is_mirror = np.isin(labels, ["mirror", "exact-mirror"])
    answered = _per_trigger(n, ti)
    mirrored = _per_trigger(n, ti, is_mirror)
    # the best answer of each answered trigger: highest score, then shortest lag
    o = np.lexsort((lag, -score, ti))
    best = o[np.r_[True, ti[o][1:] != ti[o][:-1]]] if len(o) else o
    t_int = trig.intensity[ti[best]]
    with np.errstate(divide="ignore", invalid="ignore"):
        prop = np.where(t_int != 0, np.abs(resp.intensity[ri[best]]) / np.abs(t_int), np.nan)
    shifts = _shift_matrices(trig, resp, lo_day=lo_day, hi_day=hi_day, window_days=window_days,
                             min_lag_days=min_lag_days, n_shifts=n_shifts, seed=seed)
    answer_rate = _mean(answered)
    mirror_rate = _mean(mirrored)
    answer_chance = _mean(shifts[0]) if shifts is not None and n else None
    mirror_chance = _mean(shifts[1]) if shifts is not None and n else None

    rolling = []
    if n and hi_day - lo_day + 1 > ROLLING_DAYS:
        for end in range(lo_day + ROLLING_DAYS - 1, hi_day + ROLLING_STEP_DAYS, ROLLING_STEP_DAYS):
            end = min(end, hi_day)
            mask = (trig.days > end - ROLLING_DAYS) & (trig.days <= end)
            if mask.sum() < ROLLING_MIN_ACTS:
                continue
            m = float(mirrored[mask].mean())
            m0 = float(shifts[1][:, mask].mean()) if shifts is not None else None
            rolling.append({
                "period_end": str(np.datetime64(end, "D")),
                "acts": int(mask.sum()),
                "mirror_index": _r(mirror_index(m, m0)),
                "mirror_rate": _r(m),
                "mirror_rate_chance": _r(m0),
                "answer_rate": _r(float(answered[mask].mean())),
            })
            if end == hi_day:
                break
    return {
        "acts": int(n),
        "answered": int(answered.sum()),
        "mirrored": int(mirrored.sum()),
        "answer_rate": _r(answer_rate),
        "answer_rate_chance": _r(answer_chance),
        "mirror_rate": _r(mirror_rate),
        "mirror_rate_chance": _r(mirror_chance),
        "median_lag_days": _median(lag[best].astype(float)),
        "proportionality_median": _r(_median(prop)),
        "escalation_share": _r(float(np.mean(labels[best] == "escalation"))) if len(best) else None,
        "mirror_index": _r(mirror_index(mirror_rate, mirror_chance)),
        "responder_acts": len(resp),
        "responder_mean_intensity": _r(float(resp.intensity.mean())) if len(resp) else None,
        "n_shifts": 0 if shifts is None else int(shifts[0].shape[0]),
        "rolling": rolling,
    }


def reciprocity(
    store: Any,
    a: str,
    b: str,
    *,
    window_days: int = 14,
    n_shifts: int = 200,
    seed: int = 0,
    min_lag_days: int = 1,
    consolidate_window_days: int = 2,
    acts: pd.DataFrame | None = None,
    **filters: Unpack[EventFilters],
) -> dict[str, dict[str, Any]]:
    """How each side of a dyad answers the other, with chance levels and the mirror index.

    Args:
        store: the event store. a, b: the two countries (alpha-3).
        window_days: longest lag counted as an answer (days). min_lag_days: shortest.
        n_shifts: circular shifts for the chance levels. seed: their random seed.
        consolidate_window_days: the ``window_days`` of :func:`consolidate`.
        **filters: ``since``, ``until``, ``datasets``, ``include_symmetric``, ``include_flagged``
            (:class:`~mirrorwatch.analysis.series.EventFilters`), as in :func:`load_events`.
        acts: an already consolidated acts table (skips reading the store).

    Returns:
        ``{"B answers A": {...}, "A answers B": {...}}``; under ``"X answers Y"`` the triggers are
        Y's acts toward X: ``acts`` (their number), ``answered``, ``answer_rate``,
        ``answer_rate_chance``, ``mirror_rate``, ``mirror_rate_chance``, ``median_lag_days``,
        ``proportionality_median``, ``escalation_share``, ``mirror_index``, ``responder``,
        ``trigger_side``, ``responder_acts``, ``responder_mean_intensity``, ``n_shifts`` and
        ``rolling`` (list of ``{period_end, acts, mirror_index, mirror_rate, mirror_rate_chance,
        answer_rate}`` over 182-day windows every 28 days). Rates are ``None`` without triggers.
    """
    from .consolidate import consolidate
    from .linking import day_precise
    from .series import load_events, normalise_dyad

    a, b = normalise_dyad(a, b)
    common = event_filters("reciprocity", filters)
    since, until = common["since"], common["until"]
    if acts is None:
        events = load_events(store, a, b, **common)
        acts = day_precise(consolidate(events, window_days=consolidate_window_days), events)
    days = pd.to_datetime(acts["first_date"]).to_numpy(dtype="datetime64[D]").astype(np.int64)
    lo = int(days.min()) if days.size else 0
    hi = int(days.max()) if days.size else 0
    if since is not None:
        lo = min(lo, int(np.datetime64(pd.Timestamp(since).date(), "D").astype(np.int64))) if days.size else lo
    if until is not None:
        hi = max(hi, int(np.datetime64(pd.Timestamp(until).date(), "D").astype(np.int64))) if days.size else hi
    out: dict[str, dict[str, Any]] = {}
    for responder, trigger_side in ((b, a), (a, b)):
        trig_acts = acts[(acts["source_country"] == trigger_side) & (acts["target_country"] == responder)]
        resp_acts = acts[(acts["source_country"] == responder) & (acts["target_country"] == trigger_side)]
        stats = direction_rates(trig_acts.reset_index(drop=True), resp_acts.reset_index(drop=True),
                                window_days=window_days, min_lag_days=min_lag_days, n_shifts=n_shifts,
                                seed=seed, lo_day=lo, hi_day=hi)
        out[direction_key(responder, trigger_side)] = {"responder": responder, "trigger_side": trigger_side, **stats}
    return out


#: Mirror-index thresholds of the verdict in :func:`finding`.
CLEAR_MIRROR, PARTIAL_MIRROR = 0.3, 0.1


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f} %"


def _days(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.0f} day" + ("" if round(x) == 1 else "s") if float(x).is_integer() else f"{x:.1f} days"


def finding(rec: dict[str, Any], window_days: int) -> str:
    """One plain sentence stating what a direction of :func:`reciprocity` found.

    Computed from the numbers only, e.g. "AZE answered 4 of RUS's 10 acts toward it within 14 days
    (40 %; 12 % by chance), 3 in kind (30 %, 6.5× the chance level of 5 %), median lag 2 days:
    AZE mirrors RUS (mirror index 0.26)." The verdict: mirror index ≥ 0.3 "mirrors", ≥ 0.1
    "partly mirrors", below that "no more in-kind answering than chance".
    """
    x, y, n = rec["responder"], rec["trigger_side"], int(rec.get("acts") or 0)
    if n == 0:
        return f"{y} did nothing toward {x} that could be dated to the day, so there is nothing {x} could answer."
    answered, mirrored = int(rec.get("answered") or 0), int(rec.get("mirrored") or 0)
    acts = "act" if n == 1 else "acts"
    head = f"{x} answered {answered} of {y}'s {n} {acts} toward it within {window_days} days"
    if answered == 0:
        return head.replace(f"answered {answered} of", "answered none of") + \
            f" (by chance {_pct(rec.get('answer_rate_chance'))} would have been)."
    m, m0 = rec.get("mirror_rate"), rec.get("mirror_rate_chance")
    if m0 is None:
        vs = "no chance level: the period is too short to shift"
    elif m0 > 0:
        vs = f"{m / m0:.1f}× the chance level of {_pct(m0)}" if m else f"chance level {_pct(m0)}"
    else:
        vs = "never by chance"
    mi = rec.get("mirror_index")
    if mi is None:
        verdict = "mirroring not measurable"
    elif mi >= CLEAR_MIRROR:
        verdict = f"{x} mirrors {y}"
    elif mi >= PARTIAL_MIRROR:
        verdict = f"{x} partly mirrors {y}"
    else:
        verdict = "no more in-kind answering than chance"
    mi_txt = "" if mi is None else f" (mirror index {mi:.2f})"
    return (f"{head} ({_pct(rec.get('answer_rate'))}; {_pct(rec.get('answer_rate_chance'))} by chance), "
            f"{mirrored} in kind ({_pct(m)}, {vs}), median lag {_days(rec.get('median_lag_days'))}: "
            f"{verdict}{mi_txt}.")
