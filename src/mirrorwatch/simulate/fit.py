"""Fit what the simulator needs from a dyad's history: per side a four-vector with its uncertainty,
an opening, and the weekly net intensities that go with each move.

First step of the what-if simulation (:mod:`mirrorwatch.simulate`): it reads the dyad through the
analysis stage (:func:`mirrorwatch.analysis.weekly_moves`, :func:`~mirrorwatch.analysis.strategy_fingerprint`,
the act → answer links for the lags) and never recomputes the fingerprint itself. The players of
:mod:`.players` and the Monte Carlo runs of :mod:`.game` start from a :class:`DyadFit`.

Uncertainty and small histories: a side's component p(C | state) was seen ``k`` times cooperating
out of ``n`` transitions from that state. Each simulated run draws the component from
Beta(k + 1, n − k + 1), the posterior under a uniform prior. For many transitions that has the
spread of the fingerprint's bootstrap; for few it shrinks toward 0.5 and stays wide, and for a state
never seen it is uniform on [0, 1] — so a dyad with three weeks of data gives a wide, honest band
instead of a crash or a falsely sharp answer. This module imports no Axelrod (fast).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..errors import AnalysisError

__all__ = ["DyadFit", "SideFit", "fit_dyad", "fit_from_moves"]

STATES = ("CC", "CD", "DC", "DD")


@dataclass
class SideFit:
    """One side's fitted behaviour toward the other.

    Attributes:
        country: the side. opponent: the other side.
        four_vector: the fingerprint's point estimate per state (``None`` = state never seen).
        ci: the fingerprint's 95 % bootstrap interval per state (``None`` where undefined).
        counts: transitions per state (``n``). coops: of those, how many were followed by C (``k``).
        nearest: the fingerprint's nearest named strategy (``{name, distance}`` or ``None``).
        opening: probability of C as a first move when there is no last state (share of C moves,
            shrunk like a component: (c + 1) / (c + d + 2)).
        intensity: weekly net intensities toward the opponent per stance ``"C"`` / ``"D"``, and
            whether each came from the side's own weeks or a fallback (``intensity_source``).
    """

    country: str
    opponent: str
    four_vector: list[float | None]
    ci: list[list[float] | None]
    counts: list[int]
    coops: list[int]
    nearest: dict[str, Any] | None
    opening: float
    moves_count: dict[str, int]
    intensity: dict[str, np.ndarray] = field(default_factory=dict)
    intensity_source: dict[str, str] = field(default_factory=dict)
    lags: dict[str, Any] = field(default_factory=dict)

    @property
    def posterior_mean(self) -> list[float]:
        """(k + 1) / (n + 2) per state: the four-vector shrunk toward 0.5 (0.5 for unseen states)."""
        return [(k + 1) / (n + 2) for k, n in zip(self.coops, self.counts, strict=True)]

    def posterior_interval(self, lo: float = 0.05, hi: float = 0.95) -> list[list[float]]:
        """The ``lo``–``hi`` quantiles of each component's Beta(k + 1, n − k + 1) draw distribution."""
        from scipy.stats import beta

        return [[round(float(beta.ppf(lo, k + 1, n - k + 1)), 4), round(float(beta.ppf(hi, k + 1, n - k + 1)), 4)]
                for k, n in zip(self.coops, self.counts, strict=True)]

    def draw_vector(self, rng: np.random.Generator) -> tuple[float, float, float, float]:
        """One four-vector for one simulated run (see the module docstring)."""
        k = np.asarray(self.coops, dtype=float)
        n = np.asarray(self.counts, dtype=float)
        v = rng.beta(k + 1.0, n - k + 1.0)
        return (float(v[0]), float(v[1]), float(v[2]), float(v[3]))

    def to_dict(self) -> dict[str, Any]:
        """JSON form (intensity samples summarised, not listed)."""
        def summary(x: np.ndarray) -> dict[str, Any]:
            return {"n": len(x), "mean": round(float(np.mean(x)), 3),
                    "p10": round(float(np.percentile(x, 10)), 3), "p90": round(float(np.percentile(x, 90)), 3)}

        return {
            "country": self.country, "opponent": self.opponent,
            "four_vector": self.four_vector, "four_vector_ci": self.ci,
            "transitions": dict(zip(STATES, self.counts, strict=True)),
            "cooperations": dict(zip(STATES, self.coops, strict=True)),
            "posterior_mean": [round(v, 4) for v in self.posterior_mean],
            "posterior_90": self.posterior_interval(),
            "opening": round(self.opening, 4), "moves_count": self.moves_count,
            "nearest": self.nearest,
            "intensity": {m: {**summary(x), "source": self.intensity_source[m]} for m, x in self.intensity.items()},
            "lags": self.lags,
        }


@dataclass
class DyadFit:
    """Both sides of a dyad, its last observed state and its observed weekly path."""

    a: str
    b: str
    sides: dict[str, SideFit]
    last_state: tuple[str, str] | None
    last_state_period: str | None
    last_period: str | None
    history: pd.DataFrame
    params: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    @property
    def n_weeks(self) -> int:
        """Number of periods in the observed history (gap-filled)."""
        return len(self.history)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the fit (the history as period/net lists)."""
        return {
            "a": self.a, "b": self.b,
            "sides": {c: s.to_dict() for c, s in self.sides.items()},
            "last_state": "".join(self.last_state) if self.last_state else None,
            "last_state_period": self.last_state_period, "last_period": self.last_period,
            "weeks_observed": self.n_weeks, "params": self.params, "notes": self.notes,
        }


def _stance(moves: list[str | None]) -> list[str | None]:
    """The last move carried forward over weeks without a move (``None`` before the first move)."""
    out, cur = [], None
    for m in moves:
        cur = m if m is not None else cur
        out.append(cur)
    return out


def _intensities(net: np.ndarray, stance: list[str | None], move: str) -> np.ndarray:
    return net[np.array([s == move for s in stance], dtype=bool)] if len(net) else np.array([], dtype=float)


def _lag_summary(links: pd.DataFrame | None, responder: str) -> dict[str, Any]:
    """Lags (days) of the side's answers, from the analysis stage's act → answer links."""
    if links is None or links.empty or "lag_days" not in links:
        return {"n": 0, "median_days": None, "p25_days": None, "p75_days": None}
    # a link's direction is the trigger's ("RUS>AZE"); the answer comes from the side after ">"
    lag = links.loc[links["direction"].astype(str).str.endswith(f">{responder}"), "lag_days"]
    lag = pd.to_numeric(lag, errors="coerce").dropna().to_numpy(dtype=float)
    if not len(lag):
        return {"n": 0, "median_days": None, "p25_days": None, "p75_days": None}
    return {"n": len(lag), "median_days": float(np.median(lag)),
            "p25_days": float(np.percentile(lag, 25)), "p75_days": float(np.percentile(lag, 75))}


def fit_from_moves(
    moves: pd.DataFrame,
    a: str,
    b: str,
    *,
    fingerprint: dict[str, Any] | None = None,
    links: pd.DataFrame | None = None,
    coop_threshold: float = 1.0,
    defect_threshold: float = -1.0,
    n_boot: int = 500,
    seed: int = 0,
    params: dict[str, Any] | None = None,
) -> DyadFit:
    """Fit both sides from a :func:`~mirrorwatch.analysis.weekly_moves` table.

    Args:
        moves: columns ``period``, ``move_a``, ``move_b``, ``net_a``, ``net_b`` (A = ``a``).
        a, b: the two countries, in the order of ``moves``.
        fingerprint: a :func:`~mirrorwatch.analysis.strategy_fingerprint` of the same moves
            (computed here from ``moves`` when not given).
        links: act → answer links (:func:`~mirrorwatch.analysis.link_responses`) for the lags.
        coop_threshold, defect_threshold: the move thresholds used for ``moves``; a stance with no
            observed week at all falls back to the threshold value itself.
        n_boot, seed: for the fingerprint's bootstrap intervals.
        params: extra parameters recorded with the fit.

    Returns:
        The :class:`DyadFit`.
    """
    from ..analysis import strategy_fingerprint

    if fingerprint is None:
        fingerprint = strategy_fingerprint(None, a, b, moves=moves, n_boot=n_boot, seed=seed,
                                           coop_threshold=coop_threshold, defect_threshold=defect_threshold)
    ma = [m if isinstance(m, str) else None for m in moves["move_a"]]
    mb = [m if isinstance(m, str) else None for m in moves["move_b"]]
    net = {a: moves["net_a"].to_numpy(dtype=float), b: moves["net_b"].to_numpy(dtype=float)}
    own = {a: ma, b: mb}
    notes: list[str] = []
    fallback = {"C": np.array([coop_threshold]), "D": np.array([defect_threshold])}
    sides: dict[str, SideFit] = {}
    for x, y in ((a, b), (b, a)):
        fp = fingerprint[x]
        counts = [int(fp["state_counts"][s]) for s in STATES]
        coops = [0 if v is None else round(v * n) for v, n in zip(fp["four_vector"], counts, strict=True)]
        mc = fp["moves_count"]
        stance = _stance(own[x])
        inten, source = {}, {}
        for m in ("C", "D"):
            vals = _intensities(net[x], stance, m)
            if len(vals):
                inten[m], source[m] = vals, "own"
                continue
            # no week under this stance: borrow the other side's weeks, else the threshold itself
            pooled = _intensities(net[y], _stance(own[y]), m)
            if len(pooled):
                inten[m], source[m] = pooled, f"borrowed from {y}"
            else:
                inten[m], source[m] = fallback[m], "the threshold value"
            notes.append(f"{x} has no week with stance {m}; its intensities for {m} are {source[m]}.")
        sides[x] = SideFit(
            country=x, opponent=y, four_vector=list(fp["four_vector"]), ci=list(fp["ci"]),
            counts=counts, coops=coops, nearest=fp.get("nearest"),
            opening=(mc["C"] + 1) / (mc["C"] + mc["D"] + 2), moves_count=dict(mc),
            intensity=inten, intensity_source=source, lags=_lag_summary(links, x),
        )
        if sum(counts) < 20:
            notes.append(f"{x} has only {sum(counts)} complete week-to-week transition(s); its four-vector "
                         "is drawn mostly from the prior (uniform, mean 0.5), so the bands are wide.")
        med = sides[x].lags.get("median_days")
        if med is not None and med > 7:
            notes.append(f"{x} answers after a median of {med:.0f} days; one simulated round is one week, "
                         "so the simulation assumes faster answers than observed.")
    last_state, last_state_period = None, None
    for i in range(len(moves) - 1, -1, -1):
        if ma[i] is not None and mb[i] is not None:
            last_state, last_state_period = (ma[i], mb[i]), str(pd.Timestamp(moves["period"].iloc[i]).date())
            break
    if last_state is None:
        notes.append("No week with a move by both sides: the runs start from each side's opening.")
    last_period = str(pd.Timestamp(moves["period"].iloc[-1]).date()) if len(moves) else None
    hist = pd.DataFrame({
        "period": [str(pd.Timestamp(p).date()) for p in moves["period"]],
        "net_a": net[a], "net_b": net[b], "move_a": ma, "move_b": mb,
    })
    return DyadFit(a=a, b=b, sides=sides, last_state=last_state, last_state_period=last_state_period,
                   last_period=last_period, history=hist,
                   params={"coop_threshold": coop_threshold, "defect_threshold": defect_threshold,
                           **(params or {})},
                   notes=notes)


def fit_dyad(
    store: Any,
    a: str,
    b: str,
    *,
    freq: str = "W",
    coop_threshold: float = 1.0,
    defect_threshold: float = -1.0,
    since: Any = None,
    until: Any = None,
    datasets: list[str] | None = None,
    include_symmetric: bool = True,
    include_flagged: bool = False,
    window_days: int = 14,
    n_boot: int = 500,
    seed: int = 0,
) -> DyadFit:
    """Read a dyad from the store and fit both sides (one read of the store).

    Args:
        store: the event store. a, b: the two countries (alpha-3).
        freq: period of one move (``"W"``: one simulated round is one week).
        coop_threshold, defect_threshold: move thresholds (see :func:`~mirrorwatch.analysis.weekly_moves`).
        since, until, datasets, include_symmetric, include_flagged: event filters as in the analysis.
        window_days: answer window for the lag distribution.
        n_boot, seed: for the fingerprint's bootstrap intervals.

    Raises:
        AnalysisError: bad country codes, or no event at all between the two.
    """
    from ..analysis.consolidate import consolidate
    from ..analysis.linking import day_precise, link_acts
    from ..analysis.series import load_events, normalise_dyad, series_frame
    from ..analysis.strategy import strategy_fingerprint, weekly_moves

    a, b = normalise_dyad(a, b)
    events = load_events(store, a, b, since=since, until=until, datasets=datasets,
                         include_symmetric=include_symmetric, include_flagged=include_flagged)
    if events.empty:
        raise AnalysisError(f"No state-to-state events between {a} and {b} in the store; "
                            "nothing to fit. Check the codes, the date range or run `mirrorwatch code` first.")
    # the same path as dyad_series(consolidate=True), done here so that the events are read once
    acts = consolidate(events)
    series = series_frame(acts, a, b, freq=freq, date_col="first_date", start=since, end=until)
    moves = weekly_moves(None, a, b, freq=freq, coop_threshold=coop_threshold,
                         defect_threshold=defect_threshold, series=series)
    fp = strategy_fingerprint(None, a, b, moves=moves, n_boot=n_boot, seed=seed, freq=freq,
                              coop_threshold=coop_threshold, defect_threshold=defect_threshold)
    links = link_acts(day_precise(acts, events), a, b, window_days=window_days)
    return fit_from_moves(moves, a, b, fingerprint=fp, links=links, coop_threshold=coop_threshold,
                          defect_threshold=defect_threshold,
                          params={"freq": freq, "since": since, "until": until, "datasets": datasets,
                                  "include_symmetric": include_symmetric, "window_days": window_days,
                                  "events": len(events), "acts": len(acts)})
