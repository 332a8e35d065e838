"""The two verbs of the what-if stage: :func:`simulate` (one dyad, with an optional swap) and
:func:`tournament` (fitted players of several dyads against the classic strategies).

Ties the steps of :mod:`mirrorwatch.simulate` together: fit (:mod:`.fit`) → play (:mod:`.game`)
→ summarise (:mod:`.paths`). Results are plain JSON-serialisable dicts; the same seed gives the
same dict. ``mirrorwatch.api.simulate`` / ``api.tournament`` and the CLI call these.
"""

from __future__ import annotations

import itertools
from typing import Any

from ..errors import AnalysisError, InputError
from .fit import DyadFit, fit_dyad
from .game import Strategy, parse_swap, play_runs, run_tournament
from .paths import compare, summarise_runs

__all__ = ["simulate", "simulate_fit", "tournament"]

#: The filters every verb passes through to the analysis (``**common`` of the API).
COMMON_KEYS = ("since", "until", "datasets", "include_symmetric", "include_flagged",
               "coop_threshold", "defect_threshold", "window_days")

DEFINITIONS = {
    "round": "one simulated round is one week; moves C/D as in the analysis (net intensity ≥ +1 / ≤ −1)",
    "escalation_episode": "at least `episode_weeks` consecutive weeks of mutual defection (DD)",
    "deescalation": "weeks from the escalation onset (start in DD, or first episode week) to the first CC week",
    "bands": "10th–90th percentile over runs of the weekly net intensity (both sides summed)",
    "uncertainty": "each run draws each fitted four-vector from Beta(k+1, n−k+1) per state",
}


def _check(weeks: int, runs: int, episode_weeks: int) -> None:
    if not 1 <= weeks <= 520:
        raise InputError("--weeks", f"{weeks} is outside 1–520")
    if not 1 <= runs <= 100_000:
        raise InputError("--runs", f"{runs} is outside 1–100000")
    if not 1 <= episode_weeks <= weeks:
        raise InputError("--episode-weeks", f"{episode_weeks} must be between 1 and --weeks ({weeks})")


def _common(common: dict[str, Any]) -> dict[str, Any]:
    unknown = set(common) - set(COMMON_KEYS)
    if unknown:
        raise TypeError(f"unknown keyword argument(s): {', '.join(sorted(unknown))}")
    return common


def simulate_fit(
    fit: DyadFit,
    *,
    weeks: int = 26,
    runs: int = 1000,
    swap: tuple[str, Strategy] | None = None,
    noise: float = 0.0,
    seed: int = 0,
    episode_weeks: int = 2,
    uncertainty: bool = True,
) -> dict[str, Any]:
    """Simulate a fitted dyad (no store needed; :func:`simulate` reads and fits first).

    Args:
        fit: the dyad's fit.
        weeks, runs, noise, seed, episode_weeks: see :func:`simulate`.
        swap: ``(side, strategy)`` to compare against the fitted baseline.
        uncertainty: draw fitted four-vectors per run (``False``: posterior mean every run).

    Returns:
        The result dict of :func:`simulate`.
    """
    _check(weeks, runs, episode_weeks)
    base = {x: Strategy("fitted", x, fit.sides[x]) for x in (fit.a, fit.b)}
    kw = {"weeks": weeks, "runs": runs, "noise": noise, "seed": seed, "uncertainty": uncertainty}
    moves0 = play_runs(fit, base, **kw)
    out: dict[str, Any] = {
        "dyad": [fit.a, fit.b],
        "params": {"weeks": weeks, "runs": runs, "noise": noise, "seed": seed, "episode_weeks": episode_weeks,
                   "uncertainty": uncertainty,
                   "swap": f"{swap[0]}={swap[1].name if swap[1].kind == 'classic' else 'fitted:' + swap[1].name}"
                   if swap else None},
        "start": {"state": "".join(fit.last_state) if fit.last_state else None,
                  "state_period": fit.last_state_period, "last_period": fit.last_period},
        "fit": fit.to_dict(),
        "baseline": summarise_runs(moves0, fit, seed=seed, episode_weeks=episode_weeks,
                                   labels={x: s.label for x, s in base.items()}),
        "swap": None,
        "comparison": None,
        "history": [{"period": r.period, "net": round(float(r.net_a + r.net_b), 3),
                     f"{fit.a}": round(float(r.net_a), 3), f"{fit.b}": round(float(r.net_b), 3)}
                    for r in fit.history.tail(52).itertuples()],
        "definitions": DEFINITIONS,
        "notes": list(fit.notes),
    }
    if swap is not None:
        side, strat = swap
        swapped = {**base, side: strat}
        moves1 = play_runs(fit, swapped, **kw)
        out["swap"] = summarise_runs(moves1, fit, seed=seed, episode_weeks=episode_weeks,
                                     labels={x: s.label for x, s in swapped.items()})
        out["comparison"] = compare(moves0, moves1, fit, seed=seed, episode_weeks=episode_weeks)
    return out


def simulate(
    store: Any,
    a: str,
    b: str,
    *,
    weeks: int = 26,
    runs: int = 1000,
    swap: str | None = None,
    noise: float = 0.0,
    seed: int = 0,
    episode_weeks: int = 2,
    **common: Any,
) -> dict[str, Any]:
    """What-if simulation of one dyad from its current state (``mirrorwatch simulate A B``).

    Args:
        store: the event store. a, b: the two countries (alpha-3).
        weeks: horizon in weeks. runs: Monte Carlo runs.
        swap: ``"SIDE=STRATEGY"``: compare against SIDE playing ``tit-for-tat``, ``grudger``, ``wsls``,
            ``always-defect``, ``always-cooperate`` or ``fitted:XXX`` (XXX's fitted strategy toward
            the same opponent, from the XXX–opponent dyad in the store).
        noise: probability that any move is flipped. seed: seed (same seed → same result).
        episode_weeks: consecutive mutual-defection weeks that make an escalation episode.
        **common: ``since``, ``until``, ``datasets``, ``include_symmetric``, ``include_flagged``,
            ``coop_threshold``, ``defect_threshold``, ``window_days`` (as in the analysis).

    Returns:
        ``dyad``, ``params``, ``start`` (last observed state), ``fit`` (both sides' four-vectors
        with bootstrap and posterior intervals, intensities, lags), ``baseline`` and ``swap``
        (players, ``escalation``, ``deescalation``, ``cooperation_rate``, ``net_total``, weekly
        ``path`` with bands), ``comparison`` (swap − baseline with 95 % intervals), ``history``
        (last 52 observed weeks), ``definitions`` and ``notes``.

    Raises:
        AnalysisError: no events between the two, or none for the ``fitted:`` country.
        InputError: a bad ``swap``, ``weeks``, ``runs``, ``noise`` or ``episode_weeks``.
    """
    from ..analysis.series import normalise_dyad

    common = _common(common)
    a, b = normalise_dyad(a, b)
    _check(weeks, runs, episode_weeks)
    parsed = parse_swap(swap, a, b) if swap else None
    fit = fit_dyad(store, a, b, seed=seed, **common)
    strat: tuple[str, Strategy] | None = None
    if parsed is not None:
        side, name = parsed
        if name.startswith("fitted:"):
            donor = name.split(":", 1)[1]
            opponent = b if side == a else a
            if donor == side:
                strat = (side, Strategy("fitted", side, fit.sides[side]))
            else:
                try:
                    donor_fit = fit_dyad(store, donor, opponent, seed=seed, **common)
                except AnalysisError as exc:
                    raise AnalysisError(f"--swap {swap}: cannot fit {donor}'s strategy toward {opponent}: {exc}") from exc
                strat = (side, Strategy("fitted", donor, donor_fit.sides[donor]))
        else:
            strat = (side, Strategy("classic", name))
    return simulate_fit(fit, weeks=weeks, runs=runs, swap=strat, noise=noise, seed=seed, episode_weeks=episode_weeks)


def tournament(
    store: Any,
    countries: list[str],
    *,
    weeks: int = 26,
    repetitions: int = 20,
    noise: float = 0.0,
    seed: int = 0,
    classics: list[str] | None = None,
    min_events: int = 1,
    **common: Any,
) -> dict[str, Any]:
    """Axelrod tournament among the fitted players of the dyads among ``countries`` and the classics.

    Args:
        store: the event store. countries: two or more alpha-3 codes; every pair with at least
            ``min_events`` events enters with both its fitted sides.
        weeks: rounds per match. repetitions: matches per pair of players. noise, seed: as in :func:`simulate`.
        classics: classic strategies to add (default all five ``--swap`` names).
        **common: event filters as in :func:`simulate`.

    Returns:
        ``{"ranking": [...], "dyads": [...fitted dyads...], "skipped": [{dyad, reason}], "params": {...}}``.

    Raises:
        InputError: fewer than two countries. AnalysisError: no pair has events.
    """
    from ..analysis.series import normalise_dyad

    common = _common(common)
    codes = []
    for c in countries:
        code = normalise_dyad(c, "ZZZ" if str(c).upper() != "ZZZ" else "YYY")[0]
        if code not in codes:
            codes.append(code)
    if len(codes) < 2:
        raise InputError("--tournament", "needs at least two different countries")
    fits, skipped = [], []
    for x, y in itertools.combinations(codes, 2):
        try:
            f = fit_dyad(store, x, y, seed=seed, **common)
        except AnalysisError as exc:
            skipped.append({"dyad": f"{x}-{y}", "reason": str(exc)})
            continue
        if f.params.get("events", 0) < min_events:
            skipped.append({"dyad": f"{x}-{y}", "reason": f"fewer than {min_events} events"})
            continue
        fits.append(f)
    if not fits:
        raise AnalysisError(f"No pair among {', '.join(codes)} has events in the store; nothing to rank.")
    res = run_tournament(fits, classics=classics, weeks=weeks, repetitions=repetitions, noise=noise, seed=seed)
    res["dyads"] = [f"{f.a}-{f.b}" for f in fits]
    res["skipped"] = skipped
    res["notes"] = [n for f in fits for n in f.notes]
    return res
