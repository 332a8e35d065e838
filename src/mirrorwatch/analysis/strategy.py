"""Strategy fingerprint: weekly moves → memory-one four-vector → nearest named strategy.

Sits on top of the dyad series (:mod:`.series`, acts from :mod:`.consolidate`); the what-if
simulator (:mod:`mirrorwatch.simulate`) reads :func:`weekly_moves`.

Moves: each side's *net intensity* toward the other in a period is the sum of the Goldstein
intensities of its acts. A period is a cooperation move ``C`` when net ≥ ``coop_threshold``
(default +1.0), a defection ``D`` when net ≤ ``defect_threshold`` (default −1.0), and no move
(``None``) otherwise — no acts, or acts that cancel out.

Four-vector (Axelrod's convention, from the side's own perspective): p(C | CC), p(C | CD),
p(C | DC), p(C | DD), where the state is (own move, other's move) in period t and the outcome is
the side's own move in period t+1; only transitions where all three moves exist count. Intervals
are percentile bootstrap intervals over the transitions (``n_boot`` resamples, seeded).

Named strategies: tit-for-tat, win-stay-lose-shift, grudger, bully (always defect), appeaser
(always cooperate) and random. Their four-vectors are not typed in here: each is measured by
playing the Axelrod library's player class against a random opponent, so the definitions are
the library's. Because importing Axelrod takes about 12 s, the measured vectors are shipped in
``named_strategies.json`` (regenerate: ``python -m mirrorwatch.analysis.strategy``; a test checks
the file against the library). Distance = root mean squared difference over the components defined on both sides
(a bully never reaches state CC, so that component does not count against it); ties go to the
first name in :data:`NAMED_STRATEGIES` (bully, appeaser, tit-for-tat, win-stay-lose-shift,
grudger, random).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Unpack

import numpy as np
import pandas as pd

from ..errors import AnalysisError
from .series import EventFilters, event_filters

__all__ = ["NAMED_STRATEGIES", "four_vector", "named_four_vectors", "nearest_strategy",
           "strategy_fingerprint", "weekly_moves"]

#: mirrorwatch's names → Axelrod player classes, in tie-break order: the unconditional strategies
#: first, because when the data cannot tell them apart (a side that always defects never shows what
#: it would do after mutual cooperation) the simpler explanation wins.
NAMED_STRATEGIES: dict[str, str] = {
    "bully": "Defector",
    "appeaser": "Cooperator",
    "tit-for-tat": "TitForTat",
    "win-stay-lose-shift": "WinStayLoseShift",
    "grudger": "Grudger",
    "random": "Random",
}
STATES = ("CC", "CD", "DC", "DD")
COOP_THRESHOLD = 1.0
DEFECT_THRESHOLD = -1.0


def _move(net: float, n: int, coop: float, defect: float) -> str | None:
    if n == 0:
        return None
    if net >= coop:
        return "C"
    if net <= defect:
        return "D"
    return None


def weekly_moves(
    store: Any,
    a: str,
    b: str,
    *,
    freq: str = "W",
    coop_threshold: float = COOP_THRESHOLD,
    defect_threshold: float = DEFECT_THRESHOLD,
    series: pd.DataFrame | None = None,
    **filters: Unpack[EventFilters],
) -> pd.DataFrame:
    """Each side's move per period (``"C"``, ``"D"`` or ``None``) from its net intensity.

    Args:
        store: the event store. a, b: the two countries.
        freq: period (``"D"``, ``"W"``, ``"M"``).
        coop_threshold: net intensity at or above which a period is a cooperation move.
        defect_threshold: net intensity at or below which it is a defection.
        **filters: ``since``, ``until``, ``datasets``, ``include_symmetric``, ``include_flagged``
            (:class:`~mirrorwatch.analysis.series.EventFilters`), as in :func:`load_events`.
        series: a :func:`dyad_series` result to reuse (skips reading the store).

    Returns:
        Columns ``period``, ``move_a``, ``move_b``, ``net_a``, ``net_b`` (``net_a`` = sum of the
        intensities of A's acts toward B in the period), one row per period, gap-filled.
    """
    from .series import dyad_series, normalise_dyad

    if coop_threshold <= defect_threshold:
        raise AnalysisError(
            f"coop_threshold ({coop_threshold}) must be greater than defect_threshold ({defect_threshold})."
        )
    a, b = normalise_dyad(a, b)
    common = event_filters("weekly_moves", filters)
    if series is None:
        series = dyad_series(store, a, b, freq=freq, **common)
    if series.empty:
        return pd.DataFrame(columns=["period", "move_a", "move_b", "net_a", "net_b"])
    wide = series.pivot(index="period", columns="direction", values=["intensity_sum", "n"])
    ab, ba = f"{a}>{b}", f"{b}>{a}"
    out = pd.DataFrame({
        "period": wide.index,
        "net_a": wide[("intensity_sum", ab)].to_numpy(dtype=float),
        "net_b": wide[("intensity_sum", ba)].to_numpy(dtype=float),
    })
    n_a = wide[("n", ab)].to_numpy()
    n_b = wide[("n", ba)].to_numpy()
    # dtype=object keeps None as None (pandas would infer a string column with NaN)
    out["move_a"] = pd.Series([_move(x, k, coop_threshold, defect_threshold)
                               for x, k in zip(out["net_a"], n_a, strict=True)], dtype=object)
    out["move_b"] = pd.Series([_move(x, k, coop_threshold, defect_threshold)
                               for x, k in zip(out["net_b"], n_b, strict=True)], dtype=object)
    return out[["period", "move_a", "move_b", "net_a", "net_b"]].reset_index(drop=True)


def _transitions(own: list[str | None], other: list[str | None]) -> tuple[np.ndarray, np.ndarray]:
    """(state index 0..3, cooperated next) for every complete transition."""
    states, nxt = [], []
    for t in range(len(own) - 1):
        if own[t] is None or other[t] is None or own[t + 1] is None:
            continue
        states.append(STATES.index(own[t] + other[t]))
        nxt.append(own[t + 1] == "C")
    return np.array(states, dtype=np.int64), np.array(nxt, dtype=bool)


def _vector(states: np.ndarray, nxt: np.ndarray) -> list[float | None]:
    out: list[float | None] = []
    for s in range(4):
        m = states == s
        out.append(float(nxt[m].mean()) if m.any() else None)
    return out


def four_vector(own: list[str | None], other: list[str | None]) -> tuple[list[float | None], list[int]]:
    """The memory-one four-vector of ``own`` moves against ``other``'s, and transitions per state."""
    states, nxt = _transitions(own, other)
    return _vector(states, nxt), [int((states == s).sum()) for s in range(4)]


#: The measured four-vectors, shipped so that no command pays Axelrod's ~12 s import time.
NAMED_FILE = Path(__file__).with_name("named_strategies.json")


def measure_named_four_vectors(turns: int = 2000, seed: int = 7) -> dict[str, list[float | None]]:
    """Four-vectors of the named strategies, measured by playing Axelrod's players against Random.

    Slow (imports the whole Axelrod library); :func:`named_four_vectors` reads the shipped result.
    Regenerate the file with ``python -m mirrorwatch.analysis.strategy``.
    """
    import axelrod as axl

    out: dict[str, list[float | None]] = {}
    for name, cls in NAMED_STRATEGIES.items():
        match = axl.Match((getattr(axl, cls)(), axl.Random(0.5)), turns=turns, seed=seed)
        plays = match.play()
        own = [str(p[0]) for p in plays]
        other = [str(p[1]) for p in plays]
        out[name] = [None if v is None else round(v, 3) for v in four_vector(own, other)[0]]
    return out


@lru_cache(maxsize=1)
def named_four_vectors() -> dict[str, list[float | None]]:
    """The named strategies' four-vectors as measured with Axelrod (read from ``named_strategies.json``)."""
    data = json.loads(NAMED_FILE.read_text(encoding="utf-8"))
    return {name: data["four_vectors"][name] for name in NAMED_STRATEGIES}


def nearest_strategy(vector: list[float | None]) -> tuple[dict[str, Any] | None, dict[str, float | None]]:
    """The nearest named strategy to a four-vector and the distance to each (``None`` = not comparable)."""
    distances: dict[str, float | None] = {}
    for name, ref in named_four_vectors().items():
        diffs = [(v - r) ** 2 for v, r in zip(vector, ref, strict=True) if v is not None and r is not None]
        distances[name] = round(float(np.sqrt(np.mean(diffs))), 4) if diffs else None
    known = [(d, i, n) for i, (n, d) in enumerate(distances.items()) if d is not None]
    if not known:
        return None, distances
    d, _, name = min(known)
    return {"name": name, "distance": d}, distances


def _side(own: list[str | None], other: list[str | None], periods: list[str], *, n_boot: int,
          rng: np.random.Generator) -> dict[str, Any]:
    states, nxt = _transitions(own, other)
    vec = _vector(states, nxt)
    ci: list[list[float] | None] = [None] * 4
    if len(states) and n_boot > 0:
        idx = rng.integers(0, len(states), size=(n_boot, len(states)))
        for s in range(4):
            if vec[s] is None:
                continue
            m = states[idx] == s
            c = (nxt[idx] & m).sum(axis=1)
            k = m.sum(axis=1)
            vals = c[k > 0] / k[k > 0]
            ci[s] = [round(float(np.percentile(vals, 2.5)), 4), round(float(np.percentile(vals, 97.5)), 4)]
    nearest, distances = nearest_strategy(vec)
    return {
        "moves": [{"period": p, "move": m} for p, m in zip(periods, own, strict=True)],
        "four_vector": [None if v is None else round(v, 4) for v in vec],
        "ci": ci,
        "n_transitions": len(states),
        "state_counts": {st: int((states == i).sum()) for i, st in enumerate(STATES)},
        "moves_count": {"C": own.count("C"), "D": own.count("D"), "none": own.count(None)},
        "nearest": nearest,
        "distances": distances,
    }


def strategy_fingerprint(
    store: Any,
    a: str,
    b: str,
    *,
    freq: str = "W",
    coop_threshold: float = COOP_THRESHOLD,
    defect_threshold: float = DEFECT_THRESHOLD,
    n_boot: int = 500,
    seed: int = 0,
    moves: pd.DataFrame | None = None,
    **filters: Unpack[EventFilters],
) -> dict[str, Any]:
    """Each side's memory-one strategy with bootstrap intervals and the nearest named strategy.

    Args:
        store: the event store. a, b: the two countries.
        freq: period of a move. coop_threshold / defect_threshold: see :func:`weekly_moves`.
        n_boot: bootstrap resamples for the intervals. seed: their seed.
        **filters: ``since``, ``until``, ``datasets``, ``include_symmetric``, ``include_flagged``
            (:class:`~mirrorwatch.analysis.series.EventFilters`), as in :func:`load_events`.
        moves: a :func:`weekly_moves` result to reuse.

    Returns:
        ``{A: side, B: side, "params": {...}, "named": {name: four-vector}}`` where each side has
        ``moves`` (list of ``{period, move}``), ``four_vector`` [p(C|CC), p(C|CD), p(C|DC), p(C|DD)]
        (``None`` where the state never occurred), ``ci`` (a [low, high] 95 % interval per
        component), ``n_transitions``, ``state_counts``, ``moves_count``, ``nearest``
        (``{name, distance}`` or ``None``) and ``distances``.
    """
    from .series import normalise_dyad

    a, b = normalise_dyad(a, b)
    common = event_filters("strategy_fingerprint", filters)
    if moves is None:
        moves = weekly_moves(store, a, b, freq=freq, coop_threshold=coop_threshold,
                             defect_threshold=defect_threshold, **common)
    periods = [str(pd.Timestamp(p).date()) for p in moves["period"]]
    ma = [m if isinstance(m, str) else None for m in moves["move_a"]]
    mb = [m if isinstance(m, str) else None for m in moves["move_b"]]
    rng = np.random.default_rng(seed)
    return {
        a: _side(ma, mb, periods, n_boot=n_boot, rng=rng),
        b: _side(mb, ma, periods, n_boot=n_boot, rng=rng),
        "params": {"freq": freq, "coop_threshold": coop_threshold, "defect_threshold": defect_threshold,
                   "n_boot": n_boot, "seed": seed, "states": list(STATES)},
        "named": dict(named_four_vectors()),
    }


if __name__ == "__main__":  # regenerate the shipped four-vectors from the Axelrod library
    import axelrod

    NAMED_FILE.write_text(json.dumps({
        "generated_by": "python -m mirrorwatch.analysis.strategy",
        "axelrod": axelrod.__version__, "turns": 2000, "seed": 7, "opponent": "Random(0.5)",
        "states": list(STATES), "four_vectors": measure_named_four_vectors(),
    }, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {NAMED_FILE}")
