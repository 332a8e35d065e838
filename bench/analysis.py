"""Benchmark of the reciprocity analytics on a large generated store.

Generates ``--events`` events (default 1,000,000) among ``--countries`` countries (default 200)
over three years, with a heavy-tailed dyad distribution (a few busy pairs, many quiet ones), writes
them to a fresh store in Arrow batches, then times on the busiest dyad: ``dyad_series``,
``link_responses``, ``reciprocity`` (200 circular shifts), and on the whole store
``dyads_overview``; and, on the same acts, a straightforward pandas implementation of the linking
(a loop over triggers with boolean masks) against the vectorised one on the dyad's first 180 days
(the naive one is quadratic), reporting the ratio.
Peak memory is the process's maximum resident set size after each step.

    .venv/bin/python bench/analysis.py                     # 1 M events
    .venv/bin/python bench/analysis.py --events 10000000    # the issue's 10 M

Prints the figures and writes them to ``bench/results/analysis.json``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from mirrorwatch import open_store
from mirrorwatch.analysis import (
    consolidate,
    dyad_series,
    dyads_overview,
    link_responses,
    load_events,
    reciprocity,
)
from mirrorwatch.analysis.linking import link_acts
from mirrorwatch.analysis.series import plover_intensity
from mirrorwatch.ontology import PLOVER_QUAD, PLOVER_TYPES
from mirrorwatch.records import EVENT_SCHEMA

HERE = Path(__file__).resolve().parent


def peak_mb() -> float:
    """Maximum resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def codes(n: int) -> list[str]:
    """``n`` distinct three-letter codes (AAA, AAB, ...); synthetic, not real countries."""
    out = []
    for i in range(n):
        out.append("".join(chr(65 + (i // 26**k) % 26) for k in (2, 1, 0)))
    return out


def generate(store, n_events: int, n_countries: int, seed: int = 0, batch: int = 500_000) -> tuple[str, str]:
    """Write ``n_events`` generated events; return the busiest dyad."""
    rng = np.random.default_rng(seed)
    names = np.array(codes(n_countries))
    # heavy-tailed dyads: Zipf-like weights over 5,000 random ordered pairs
    n_pairs = min(5000, n_countries * (n_countries - 1))
    src = rng.integers(0, n_countries, n_pairs)
    tgt = (src + rng.integers(1, n_countries, n_pairs)) % n_countries
    weights = 1.0 / np.arange(1, n_pairs + 1) ** 1.1
    weights /= weights.sum()
    types = np.array(PLOVER_TYPES)
    inten = np.array([plover_intensity()[t] for t in PLOVER_TYPES])
    quad = np.array([PLOVER_QUAD[t] for t in PLOVER_TYPES], dtype=np.int8)
    start = np.datetime64("2022-01-01")
    written = 0
    while written < n_events:
        n = min(batch, n_events - written)
        pair = rng.choice(n_pairs, size=n, p=weights)
        # the reverse direction of a pair is as busy, so that dyads are two-sided
        flip = rng.random(n) < 0.5
        s = np.where(flip, tgt[pair], src[pair])
        t = np.where(flip, src[pair], tgt[pair])
        ty = rng.integers(0, len(types), n)
        days = rng.integers(0, 3 * 365, n)
        ids = np.char.add("b", np.arange(written, written + n).astype(str))
        cols = {name: pa.nulls(n, type=EVENT_SCHEMA.field(name).type) for name in EVENT_SCHEMA.names}
        cols.update({
            "event_id": pa.array(ids), "doc_id": pa.array(np.char.add("d", (np.arange(written, written + n) // 3).astype(str))),
            "source_country": pa.array(names[s]), "target_country": pa.array(names[t]),
            "plover": pa.array(types[ty]), "quad_class": pa.array(quad[ty]), "intensity": pa.array(inten[ty]),
            "date": pa.array((start + days.astype("timedelta64[D]")).astype("datetime64[D]")),
            "date_precision": pa.array(np.full(n, "day")), "negated": pa.array(np.zeros(n, bool)),
            "hypothetical": pa.array(np.zeros(n, bool)), "is_symmetric": pa.array(np.zeros(n, bool)),
            "dataset": pa.array(np.full(n, "mirrorwatch")),
        })
        store.write_events(pa.table(cols, schema=EVENT_SCHEMA), run_id="bench")
        written += n
    top = int(np.argmax(weights))
    a, b = sorted([names[src[top]], names[tgt[top]]])
    return str(a), str(b)


def naive_link(acts: pd.DataFrame, a: str, b: str, window: int = 14) -> int:
    """The obvious pandas version: for every trigger, mask the other side's acts in the window and
    give each answer to its best trigger. Returns the number of answered triggers."""
    best: dict[str, tuple[float, int]] = {}
    for x, y in ((a, b), (b, a)):
        trig = acts[(acts.source_country == x) & (acts.target_country == y)]
        resp = acts[(acts.source_country == y) & (acts.target_country == x)]
        for ti, tr in enumerate(trig.itertuples()):
            lag = (resp["first_date"] - tr.first_date).dt.days
            cand = resp[(lag >= 1) & (lag <= window)]
            for r in cand.itertuples():
                lg = (r.first_date - tr.first_date).days
                sim = 0.8 if r.plover == tr.plover else 0.2
                score = sim * (1 - (lg - 1) / window)
                key = f"{x}{r.act_id}"
                if key not in best or score > best[key][0]:
                    best[key] = (score, ti)
    return len({v[1] for v in best.values()})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--countries", type=int, default=200)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "analysis.json")
    args = ap.parse_args()
    fig: dict[str, object] = {"events": args.events, "countries": args.countries, "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.duckdb")
        t = time.perf_counter()
        a, b = generate(store, args.events, args.countries)
        fig["generate_and_store_s"] = round(time.perf_counter() - t, 2)
        ev = load_events(store, a, b)
        acts = consolidate(ev)
        fig.update(dyad=f"{a}-{b}", dyad_events=len(ev), dyad_acts=len(acts))

        def timed(name: str, fn, n_items: int) -> None:
            t0 = time.perf_counter()
            fn()
            dt = time.perf_counter() - t0
            fig[f"{name}_s"] = round(dt, 3)
            fig[f"{name}_events_per_s"] = round(n_items / dt)
            fig[f"{name}_peak_rss_mb"] = round(peak_mb())
            print(f"{name:22} {dt:8.3f} s  {n_items / dt:14,.0f} events/s  peak RSS {peak_mb():7.0f} MB", flush=True)

        timed("dyad_series", lambda: dyad_series(store, a, b), len(ev))
        timed("link_responses", lambda: link_responses(store, a, b), len(ev))
        timed("reciprocity", lambda: reciprocity(store, a, b, n_shifts=200), len(ev))
        timed("dyads_overview", lambda: dyads_overview(store), args.events)
        # the naive version is quadratic: compare both on the dyad's first 180 days only
        sub = acts[acts["first_date"] < acts["first_date"].min() + pd.Timedelta(days=180)]
        t0 = time.perf_counter()
        link_acts(sub, a, b)
        fast = time.perf_counter() - t0
        t0 = time.perf_counter()
        naive_link(sub, a, b)
        slow = time.perf_counter() - t0
        fig.update(link_vectorised_s=round(fast, 3), link_naive_pandas_s=round(slow, 3),
                   link_speedup=round(slow / fast, 1), peak_rss_mb=round(peak_mb()))
        fig["link_compare_acts"] = len(sub)
        print(f"linking on {len(sub):,} acts: vectorised {fast:.3f} s, naive pandas {slow:.3f} s "
              f"→ {slow / fast:.0f}× faster; peak RSS {peak_mb():.0f} MB")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(fig, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(fig, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
