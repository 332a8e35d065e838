"""Benchmark of the reciprocity analytics on a large generated store.

Generates ``--events`` events (default 1,000,000) among ``--countries`` countries (default 200)
over three years, with a heavy-tailed dyad distribution (a few busy pairs, many quiet ones), and
writes them to a fresh store in Arrow batches of ``--batch`` rows (memory stays flat however many
events). Then each step runs in its own freshly spawned process, so that the peak resident memory
reported for a step is that step's (plus the interpreter and imports), not the generator's:

* ``dyads_overview`` over the whole store (the all-dyads ranking, one DuckDB query);
* ``api.mirror`` on the busiest dyad (everything the CLI's ``mirrorwatch mirror`` computes:
  events, consolidation, linking, rates with 200 circular shifts, strategy with bootstrap,
  escalation, VAR both ways, evidence of the top pairs);
* on the same dyad, the pieces alone: ``dyad_series``, ``link_responses``, ``reciprocity``;
* the linking of that dyad's acts by a straightforward pandas implementation (a loop over
  triggers with boolean masks, the same scores and the same best-trigger assignment) beside the
  vectorised :func:`~mirrorwatch.analysis.linking.link_acts` on the same acts; both must give the
  same links (checked), and the ratio of their times is reported. The naive one is quadratic in
  the dyad's acts; ``--naive-days`` restricts both to the dyad's first N days (default: all).

    .venv/bin/python bench/analysis.py                     # 1 M events
    .venv/bin/python bench/analysis.py --events 10000000    # the issue's 10 M

Prints the figures and writes them to ``bench/results/analysis.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

HERE = Path(__file__).resolve().parent


def peak_mb() -> float:
    """Peak resident set size of this process in MB: ``VmHWM`` (reset by :func:`reset_peak`).

    ``ru_maxrss`` cannot be used per step: Linux carries it over from the parent through fork and
    exec, so a spawned step would report the generator's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Reset this process's peak RSS to its current RSS (Linux ``clear_refs`` 5; no-op elsewhere)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def codes(n: int) -> list[str]:
    """``n`` distinct three-letter codes (AAA, AAB, ...); synthetic, not real countries."""
    return ["".join(chr(65 + (i // 26**k) % 26) for k in (2, 1, 0)) for i in range(n)]


def generate(store: Any, n_events: int, n_countries: int, seed: int = 0, batch: int = 500_000) -> tuple[str, str]:
    """Write ``n_events`` generated events in Arrow batches; return the busiest dyad (sorted codes)."""
    from mirrorwatch.analysis.series import plover_intensity
    from mirrorwatch.ontology import PLOVER_QUAD, PLOVER_TYPES
    from mirrorwatch.records import EVENT_SCHEMA

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
    while store is not None and written < n_events:
        n = min(batch, n_events - written)
        pair = rng.choice(n_pairs, size=n, p=weights)
        # the reverse direction of a pair is as busy, so that dyads are two-sided
        flip = rng.random(n) < 0.5
        s = np.where(flip, tgt[pair], src[pair])
        t = np.where(flip, src[pair], tgt[pair])
        ty = rng.integers(0, len(types), n)
        days = rng.integers(0, 3 * 365, n)
        seq = np.arange(written, written + n)
        cols = {name: pa.nulls(n, type=EVENT_SCHEMA.field(name).type) for name in EVENT_SCHEMA.names}
        cols.update({
            "event_id": pa.array(np.char.add("b", seq.astype(str))),
            "doc_id": pa.array(np.char.add("d", (seq // 3).astype(str))),
            "source_country": pa.array(names[s]), "target_country": pa.array(names[t]),
            "plover": pa.array(types[ty]), "quad_class": pa.array(quad[ty]), "intensity": pa.array(inten[ty]),
            "date": pa.array((start + days.astype("timedelta64[D]")).astype("datetime64[D]")),
            "date_precision": pa.array(np.full(n, "day")), "negated": pa.array(np.zeros(n, bool)),
            "hypothetical": pa.array(np.zeros(n, bool)), "is_symmetric": pa.array(np.zeros(n, bool)),
            "dataset": pa.array(np.full(n, "mirrorwatch")),
        })
        store.write_events(pa.table(cols, schema=EVENT_SCHEMA), run_id="bench")
        written += n
        print(f"  stored {written:,} events  (peak RSS {peak_mb():,.0f} MB)", flush=True)
    top = int(np.argmax(weights))
    a, b = sorted([names[src[top]], names[tgt[top]]])
    return str(a), str(b)


# -- the straightforward pandas linking ----------------------------------------------------------
_SIM = {"exact": 1.0, "type": 0.8, "quad": 0.5, "side": 0.35, "other": 0.2}


def naive_link(acts: pd.DataFrame, a: str, b: str, window: int = 14, min_lag: int = 1) -> set[tuple[str, str]]:
    """The obvious pandas version of :func:`link_acts`: for every trigger, mask the other side's acts
    in the window, score each candidate (same type/mode/quad/side similarity × linear time weight)
    and give each response to its best trigger (highest score, then shortest lag).

    Returns the kept (trigger act id, response act id) pairs.
    """
    best: dict[str, tuple[float, int, str]] = {}
    span = window - min_lag + 1
    for x, y in ((a, b), (b, a)):
        trig = acts[(acts.source_country == x) & (acts.target_country == y)]
        resp = acts[(acts.source_country == y) & (acts.target_country == x)]
        rdate = pd.to_datetime(resp["first_date"])
        for tr in trig.itertuples():
            lag = (rdate - pd.Timestamp(tr.first_date)).dt.days
            cand = resp[(lag >= min_lag) & (lag <= window)]
            for r in cand.itertuples():
                lg = (pd.Timestamp(r.first_date) - pd.Timestamp(tr.first_date)).days
                tmode = tr.mode if isinstance(tr.mode, str) and tr.mode else None
                rmode = r.mode if isinstance(r.mode, str) and r.mode else None
                if tmode is None and isinstance(tr.cameo, str) and tr.cameo:
                    tmode, rmode = "c:" + tr.cameo, ("c:" + r.cameo if isinstance(r.cameo, str) and r.cameo else None)
                if r.plover == tr.plover and tmode is not None and tmode == rmode:
                    sim = _SIM["exact"]
                elif r.plover == tr.plover:
                    sim = _SIM["type"]
                elif tr.quad_class and tr.quad_class == r.quad_class:
                    sim = _SIM["quad"]
                elif tr.quad_class and r.quad_class and (tr.quad_class <= 2) == (r.quad_class <= 2):
                    sim = _SIM["side"]
                else:
                    sim = _SIM["other"]
                score = sim * (1 - (lg - min_lag) / span)
                key = r.act_id
                # rounded like link_core, so that exact ties break the same way (shortest lag)
                rank = (-round(score, 6), lg)
                if key not in best or rank < best[key][:2]:
                    best[key] = (*rank, tr.act_id)  # type: ignore[assignment]
    return {(v[2], k) for k, v in best.items()}


# -- steps, each run in a fresh process ----------------------------------------------------------
def _step(db: str, name: str, a: str, b: str, naive_days: int | None) -> dict[str, Any]:
    """Run one step on the store at ``db``; return its time, peak RSS and a few counts."""
    from mirrorwatch import api, open_store
    from mirrorwatch.analysis import consolidate, dyad_series, link_responses, load_events, reciprocity
    from mirrorwatch.analysis.linking import day_precise, link_acts

    store = open_store(Path(db))
    reset_peak()
    base = peak_mb()
    info: dict[str, Any] = {}
    c0 = time.process_time()  # CPU of all the process's threads (DuckDB's included)
    t0 = time.perf_counter()
    if name == "dyads_overview":
        info["dyads"] = len(api.dyads_overview(store))
    elif name == "mirror":
        res = api.mirror(store, a, b)
        info["mirror_index"] = {k: res[k]["mirror_index"] for k in (f"{a}->{b}", f"{b}->{a}")}
    elif name == "dyad_series":
        info["rows"] = len(dyad_series(store, a, b))
    elif name == "link_responses":
        info["links"] = len(link_responses(store, a, b))
    elif name == "reciprocity":
        reciprocity(store, a, b, n_shifts=200)
    elif name == "linking_compare":
        ev = load_events(store, a, b)
        acts = day_precise(consolidate(ev), ev)
        if naive_days:
            acts = acts[acts["first_date"] < acts["first_date"].min() + pd.Timedelta(days=naive_days)]
        acts = acts.reset_index(drop=True)
        t0 = time.perf_counter()
        fast = link_acts(acts, a, b)
        info["vectorised_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        slow = naive_link(acts, a, b)
        info["naive_pandas_s"] = time.perf_counter() - t0
        linked = fast[fast["label"] != "no-answer"]
        same = set(zip(linked["trigger_act_id"], linked["response_act_id"], strict=True))
        info.update(acts=len(acts), links=len(same), same_links=same == slow)
    else:  # pragma: no cover - a typo in this script
        raise ValueError(name)
    dt = time.perf_counter() - t0
    return {"s": dt, "cpu_s": time.process_time() - c0, "peak_rss_mb": peak_mb(), "base_rss_mb": base, **info}


def run_step(db: Path, name: str, a: str, b: str, naive_days: int | None = None) -> dict[str, Any]:
    """:func:`_step` in a freshly spawned process (a clean peak-memory figure per step)."""
    ctx = mp.get_context("spawn")
    with ctx.Pool(1) as pool:
        return pool.apply(_step, (str(db), name, a, b, naive_days))


def main() -> int:
    """Generate the store, run every step, print and write the figures."""
    from mirrorwatch import open_store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--countries", type=int, default=200)
    ap.add_argument("--batch", type=int, default=500_000, help="events per Arrow batch written")
    ap.add_argument("--naive-days", type=int, default=None,
                    help="compare the linkings on the dyad's first N days only (default: all its acts)")
    ap.add_argument("--db", type=Path, default=None,
                    help="keep the generated store here and reuse it when it already exists (development)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "analysis.json")
    args = ap.parse_args()
    fig: dict[str, Any] = {"events": args.events, "countries": args.countries, "python": sys.version.split()[0],
                           "command": "bench/analysis.py " + " ".join(sys.argv[1:])}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        t = time.perf_counter()
        if args.db is not None and args.db.exists():
            # the same seed and sizes pick the same busiest dyad without writing anything
            a, b = generate(None, args.events, args.countries, batch=args.batch)
        else:
            a, b = generate(open_store(db), args.events, args.countries, batch=args.batch)
            fig["generate_and_store_s"] = round(time.perf_counter() - t, 1)
            fig["generate_peak_rss_mb"] = round(peak_mb())
        fig["store_mb"] = round(db.stat().st_size / 1e6)
        with open_store(db).read() as con:
            n_ab, n_ba = con.execute(
                "SELECT count(*) FILTER (WHERE source_country = ?), count(*) FILTER (WHERE source_country = ?) "
                "FROM events WHERE (source_country = ? AND target_country = ?) OR (source_country = ? AND "
                "target_country = ?)", [a, b, a, b, b, a]).fetchone()
        fig.update(dyad=f"{a}-{b}", dyad_events=int(n_ab + n_ba))
        print(f"generated {args.events:,} events in {fig.get('generate_and_store_s')} s; busiest dyad {a}-{b} "
              f"with {n_ab + n_ba:,} events", flush=True)
        for name, n_items in (("dyads_overview", args.events), ("mirror", n_ab + n_ba),
                              ("dyad_series", n_ab + n_ba), ("link_responses", n_ab + n_ba),
                              ("reciprocity", n_ab + n_ba)):
            r = run_step(db, name, a, b)
            fig[f"{name}_s"] = round(r["s"], 2)
            fig[f"{name}_cpu_s"] = round(r["cpu_s"], 2)
            fig[f"{name}_events_per_s"] = round(n_items / r["s"])
            fig[f"{name}_peak_rss_mb"] = round(r["peak_rss_mb"])
            fig[f"{name}_base_rss_mb"] = round(r["base_rss_mb"])
            extra = {k: v for k, v in r.items() if k not in ("s", "cpu_s", "peak_rss_mb", "base_rss_mb")}
            if extra:
                fig[f"{name}_info"] = extra
            print(f"{name:16} {r['s']:8.2f} s (CPU {r['cpu_s']:7.2f} s)  {n_items / r['s']:12,.0f} events/s  peak RSS "
                  f"{r['peak_rss_mb']:7,.0f} MB (after imports {r['base_rss_mb']:,.0f} MB)  {extra or ''}", flush=True)
        r = run_step(db, "linking_compare", a, b, args.naive_days)
        fig["machine_load_1min"] = round(__import__("os").getloadavg()[0], 2)
        fig.update(link_compare_acts=r["acts"], link_compare_links=r["links"], link_same_links=r["same_links"],
                   link_vectorised_s=round(r["vectorised_s"], 3), link_naive_pandas_s=round(r["naive_pandas_s"], 1),
                   link_speedup=round(r["naive_pandas_s"] / r["vectorised_s"]),
                   link_compare_peak_rss_mb=round(r["peak_rss_mb"]))
        print(f"linking {r['acts']:,} acts ({r['links']:,} links): vectorised {r['vectorised_s']:.3f} s, "
              f"naive pandas {r['naive_pandas_s']:.1f} s -> {r['naive_pandas_s'] / r['vectorised_s']:,.0f}x; "
              f"same links: {r['same_links']}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(fig, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(fig, indent=2))
    return 0 if fig["link_same_links"] else 1


if __name__ == "__main__":
    sys.exit(main())
