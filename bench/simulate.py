"""Benchmark: the what-if simulation (Axelrod import, Monte Carlo runs, tournament).

Builds a fitted dyad from a generated 500-week history of two known memory-one strategies (no
store needed), then times: importing Axelrod, ``simulate_fit`` with and without a swap
(``--runs`` × ``--weeks``), and a tournament of the two fitted sides and the five classic
strategies. Prints the figures and writes them to ``bench/results/simulate.json``.

    .venv/bin/python bench/simulate.py --runs 1000 --weeks 26
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
STATES = ("CC", "CD", "DC", "DD")


def memory_one_moves(va: tuple[float, ...], vb: tuple[float, ...], weeks: int,
                     seed: int = 0) -> tuple[list[str], list[str]]:
    """Weekly moves of two memory-one strategies (plain numpy, not the code under test).

    ``va`` and ``vb`` are each side's probability of cooperating after (own, other's) last moves
    CC, CD, DC, DD; both open with C. Shared with ``bench/whatif.py``.
    """
    rng = np.random.default_rng(seed)
    a, b = ["C"], ["C"]
    for _ in range(weeks - 1):
        sa, sb = STATES.index(a[-1] + b[-1]), STATES.index(b[-1] + a[-1])
        a.append("C" if rng.random() < va[sa] else "D")
        b.append("C" if rng.random() < vb[sb] else "D")
    return a, b


def history(weeks: int, seed: int = 0) -> pd.DataFrame:
    """Weekly moves of two memory-one strategies as the series a fit reads."""
    a, b = memory_one_moves((0.9, 0.2, 0.6, 0.3), (0.8, 0.3, 0.5, 0.4), weeks, seed)
    return pd.DataFrame({
        "period": pd.date_range("2020-01-06", periods=weeks, freq="7D"),
        "move_a": pd.Series(a, dtype=object), "move_b": pd.Series(b, dtype=object),
        "net_a": [3.0 if m == "C" else -4.0 for m in a], "net_b": [3.0 if m == "C" else -4.0 for m in b],
    })


def write_figures(figures: dict, name: str, width: int) -> None:
    """Print the figures (keys padded to ``width``) and write them to ``bench/results/<name>.json``."""
    for k, v in figures.items():
        print(f"{k:{width}} {v}")
    out = REPO / "bench" / "results" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=1000)
    ap.add_argument("--weeks", type=int, default=26)
    ap.add_argument("--repetitions", type=int, default=20)
    args = ap.parse_args()

    sys.path.insert(0, str(REPO / "src"))
    t = time.perf_counter()
    import axelrod  # timed on purpose: the import is the largest fixed cost

    t_import = time.perf_counter() - t
    from mirrorwatch.simulate import fit_from_moves, simulate_fit
    from mirrorwatch.simulate.game import Strategy, run_tournament

    fit = fit_from_moves(history(500), "AAA", "BBB", n_boot=200)
    t = time.perf_counter()
    simulate_fit(fit, weeks=args.weeks, runs=args.runs, seed=1)
    t_base = time.perf_counter() - t
    t = time.perf_counter()
    simulate_fit(fit, weeks=args.weeks, runs=args.runs, seed=1, swap=("AAA", Strategy("classic", "tit-for-tat")))
    t_swap = time.perf_counter() - t
    t = time.perf_counter()
    res = run_tournament([fit], weeks=args.weeks, repetitions=args.repetitions, seed=1)
    t_tour = time.perf_counter() - t
    figures = {
        "runs": args.runs, "weeks": args.weeks, "repetitions": args.repetitions,
        "axelrod_import_s": round(t_import, 2),
        "simulate_baseline_s": round(t_base, 2),
        "simulate_with_swap_s": round(t_swap, 2),
        "matches_per_s": round(args.runs / t_base, 1),
        "tournament_s": round(t_tour, 2), "tournament_players": res["params"]["players"],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(), "axelrod": axelrod.__version__,
    }
    write_figures(figures, "simulate", 24)
    return 0


if __name__ == "__main__":
    sys.exit(main())
