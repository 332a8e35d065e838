"""From simulated moves to what an analyst reads: intensity paths with bands, escalation, de-escalation.

Last step of :mod:`mirrorwatch.simulate` before the plots (:mod:`.plots`). Pure numpy: it takes
the ``(runs, weeks, 2)`` move array of :func:`mirrorwatch.simulate.game.play_runs` and the fit.

Definitions (also in ``docs/simulate.md``):

* Net intensity of a simulated week for a side: a draw from that side's observed weekly net
  intensities under the same stance (:mod:`.fit`); the dyad's net intensity is the sum of both
  sides'. A swapped side keeps its own country's intensities: the swap changes *when* it
  cooperates or defects, not how its acts are reported.
* Escalation episode: at least ``episode_weeks`` consecutive simulated weeks of mutual defection
  (both sides D). The probability is the share of runs with one, with a 95 % Wilson interval.
* Time to de-escalation: in a run that starts escalated (last observed week DD) or enters an
  episode, the weeks from the onset (the start, or the first week of the first episode) to the
  first week of mutual cooperation (CC) after it. Runs that reach the horizon without one are
  censored; the median is reported only when more than half of the escalated runs de-escalate.
* Swap comparison: per run, escalated with the swap minus escalated without (same seeds); the mean
  difference with a 95 % normal interval over the paired differences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from .fit import DyadFit

__all__ = ["compare", "deescalation", "episode_mask", "intensity_draws", "summarise_runs", "wilson"]


def wilson(k: int, n: int, z: float = 1.959964) -> list[float] | None:
    """95 % Wilson score interval for k successes in n trials (``None`` for n = 0)."""
    if n == 0:
        return None
    p = k / n
    den = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / den
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return [round(max(0.0, float(centre - half)), 4), round(min(1.0, float(centre + half)), 4)]


def episode_mask(moves: np.ndarray, episode_weeks: int) -> tuple[np.ndarray, np.ndarray]:
    """Per run: whether it has an escalation episode and the first week of the first one (−1: none)."""
    dd = (moves[:, :, 0] == 0) & (moves[:, :, 1] == 0)
    runs, weeks = dd.shape
    streak = np.zeros(runs, dtype=np.int64)
    onset = np.full(runs, -1, dtype=np.int64)
    for t in range(weeks):
        streak = np.where(dd[:, t], streak + 1, 0)
        hit = (streak >= episode_weeks) & (onset < 0)
        onset[hit] = t - episode_weeks + 1
    return onset >= 0, onset


def deescalation(moves: np.ndarray, onset: np.ndarray, start_escalated: bool) -> dict[str, Any]:
    """Time to de-escalation (see the module docstring) over the escalated runs."""
    cc = (moves[:, :, 0] == 1) & (moves[:, :, 1] == 1)
    runs, _weeks = cc.shape
    times: list[float] = []
    for i in range(runs):
        # onset −1 with a DD start means "already escalated before week 1"
        start = -1 if start_escalated else int(onset[i])
        if not start_escalated and start < 0:
            continue
        after = np.flatnonzero(cc[i, start + 1:])
        times.append(float(after[0] + 1) if len(after) else np.inf)
    n = len(times)
    arr = np.array(times, dtype=float)
    done = arr[np.isfinite(arr)]
    median = float(np.median(arr)) if n and len(done) * 2 > n else None
    return {
        "escalated_runs": n,
        "deescalated_share": round(len(done) / n, 4) if n else None,
        "median_weeks": None if median is None or not np.isfinite(median) else median,
        "median_weeks_when_deescalated": float(np.median(done)) if len(done) else None,
        "starts_escalated": start_escalated,
    }


def intensity_draws(moves: np.ndarray, fit: DyadFit, seed: int) -> np.ndarray:
    """Net intensity per run, week and side: each move mapped to a draw from the side's distribution.

    Returns:
        ``float`` array of shape ``(runs, weeks, 2)``.
    """
    rng = np.random.default_rng([seed, 2**31])  # a stream apart from the runs' own draws
    out = np.zeros(moves.shape, dtype=float)
    for j, x in enumerate((fit.a, fit.b)):
        for move, code in (("C", 1), ("D", 0)):
            mask = moves[:, :, j] == code
            k = int(mask.sum())
            if k:
                out[:, :, j][mask] = rng.choice(fit.sides[x].intensity[move], size=k, replace=True)
    return out


def _q(x: np.ndarray, q: float) -> list[float]:
    return [round(float(v), 3) for v in np.percentile(x, q, axis=0)]


def summarise_runs(moves: np.ndarray, fit: DyadFit, *, seed: int, episode_weeks: int,
                   labels: dict[str, str]) -> dict[str, Any]:
    """Everything reported for one scenario: path with bands, escalation, de-escalation, move rates."""
    runs, weeks, _ = moves.shape
    inten = intensity_draws(moves, fit, seed)
    net = inten.sum(axis=2)
    has_ep, onset = episode_mask(moves, episode_weeks)
    k = int(has_ep.sum())
    start = dt.date.fromisoformat(fit.last_period) if fit.last_period else None
    path = []
    means = net.mean(axis=0)
    p10, p50, p90 = _q(net, 10), _q(net, 50), _q(net, 90)
    side_mean = inten.mean(axis=0)
    cc = ((moves[:, :, 0] == 1) & (moves[:, :, 1] == 1)).mean(axis=0)
    dd = ((moves[:, :, 0] == 0) & (moves[:, :, 1] == 0)).mean(axis=0)
    for t in range(weeks):
        path.append({
            "week": t + 1,
            "period": str(start + dt.timedelta(days=7 * (t + 1))) if start else None,
            "net_mean": round(float(means[t]), 3), "net_p10": p10[t], "net_p50": p50[t], "net_p90": p90[t],
            f"{fit.a}_mean": round(float(side_mean[t, 0]), 3), f"{fit.b}_mean": round(float(side_mean[t, 1]), 3),
            "p_mutual_cooperation": round(float(cc[t]), 4), "p_mutual_defection": round(float(dd[t]), 4),
        })
    return {
        "players": labels,
        "escalation": {"probability": round(k / runs, 4), "ci95": wilson(k, runs), "runs": runs,
                       "episode_weeks": episode_weeks,
                       "median_onset_week": float(np.median(onset[has_ep]) + 1) if k else None},
        "deescalation": deescalation(moves, onset, fit.last_state == ("D", "D")),
        "cooperation_rate": {fit.a: round(float(moves[:, :, 0].mean()), 4),
                             fit.b: round(float(moves[:, :, 1].mean()), 4)},
        "net_total": {"mean": round(float(net.sum(axis=1).mean()), 3),
                      "p10": round(float(np.percentile(net.sum(axis=1), 10)), 3),
                      "p90": round(float(np.percentile(net.sum(axis=1), 90)), 3)},
        "path": path,
    }


def compare(base: np.ndarray, swapped: np.ndarray, fit: DyadFit, *, seed: int, episode_weeks: int) -> dict[str, Any]:
    """Swap minus baseline, paired run by run: escalation probability and total net intensity."""
    e0, _ = episode_mask(base, episode_weeks)
    e1, _ = episode_mask(swapped, episode_weeks)
    d = e1.astype(float) - e0.astype(float)
    n = len(d)
    se = float(np.std(d, ddof=1) / np.sqrt(n)) if n > 1 else 0.0
    diff = float(d.mean())
    n0 = intensity_draws(base, fit, seed).sum(axis=(1, 2))
    n1 = intensity_draws(swapped, fit, seed).sum(axis=(1, 2))
    dn = n1 - n0
    se_n = float(np.std(dn, ddof=1) / np.sqrt(n)) if n > 1 else 0.0
    return {
        "escalation_difference": round(diff, 4),
        "escalation_difference_ci95": [round(diff - 1.959964 * se, 4), round(diff + 1.959964 * se, 4)],
        "net_total_difference": round(float(dn.mean()), 3),
        "net_total_difference_ci95": [round(float(dn.mean()) - 1.959964 * se_n, 3),
                                      round(float(dn.mean()) + 1.959964 * se_n, 3)],
        "runs_escalating_only_with_swap": int((d > 0).sum()),
        "runs_escalating_only_without_swap": int((d < 0).sum()),
    }
