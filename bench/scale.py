"""Benchmark: scale-out throughput of ``code-corpus`` on 1 and 2 local workers and a Dask LocalCluster.

Generates N short articles (one event sentence and a closing line each, German/English/Russian,
built from lexicon words by ``tests/scale/gen.py``) into one JSON Lines file, then codes it with
``mirrorwatch.api.code_corpus`` on a process pool of 1 worker, a pool of 2 workers and a Dask
LocalCluster of 2 workers (each into a fresh events directory). Prints articles/s and sentences/s,
the scaling ratio against one worker, peak memory per worker (max RSS reported by each worker
process), and checks that the three event directories are byte-identical. Figures go to the
``## Scale-out`` section of docs/benchmarks.md and to bench/results/scale.json.

    .venv/bin/python bench/scale.py --articles 200000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the generator lives with the tests


def _hashes(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("part-*.parquet"))}


def main() -> None:
    from tests.scale.gen import write_jsonl

    from mirrorwatch import api

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--partition-size", type=int, default=5000)
    ap.add_argument("--only", choices=["pool1", "pool2", "dask2"], action="append")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "scale.json")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mw-bench-scale-"))
    try:
        t = time.perf_counter()
        src = write_jsonl(work / "wire.jsonl", args.articles, seed=11, short=True)
        print(f"generated {args.articles:,} articles ({src.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - t:.1f} s", flush=True)
        runs = {"pool1": {"workers": 1}, "pool2": {"workers": 2}, "dask2": {"dask_local": 2}}
        results = {}
        for name, kw in runs.items():
            if args.only and name not in args.only:
                continue
            out = work / name
            s = api.code_corpus([src], out, partition_size=args.partition_size, **kw)
            peak = max((w["peak_rss_mb"] for w in s["workers"].values()), default=0.0)
            # CPU time the workers spent coding: a per-core rate that holds on a busy machine too
            cpu = sum(w["cpu_seconds"] for w in s["workers"].values())
            results[name] = {
                "executor": s["executor"], "status": s["status"], "partitions": s["partitions"],
                "articles": s["documents"], "sentences": s["sentences"], "events": s["events"],
                "seconds": s["run_seconds"], "articles_per_second": s["documents_per_second"],
                "sentences_per_second": s["sentences_per_second"], "workers": len(s["workers"]),
                "peak_rss_mb_per_worker": peak, "worker_cpu_seconds": round(cpu, 1),
                "articles_per_cpu_second": round(s["documents"] / cpu, 1) if cpu else None,
                "hashes": _hashes(out),
            }
            print(f"{s['executor']:<28} {s['run_seconds']:8.1f} s  {s['documents_per_second']:9,.0f} articles/s  "
                  f"{s['sentences_per_second']:9,.0f} sentences/s  "
                  f"{s['documents'] / cpu if cpu else 0:7,.0f} articles/CPU-s  peak {peak:6.0f} MB/worker  "
                  f"({s['partitions']} partitions, {s['events']:,} events)", flush=True)
        base = results.get("pool1", {}).get("articles_per_second")
        for r in results.values():
            r["scaling_vs_1_worker"] = round(r["articles_per_second"] / base, 2) if base else None
        hashes = [r.pop("hashes") for r in results.values()]
        identical = all(h == hashes[0] for h in hashes)
        for name, r in results.items():
            print(f"{name}: scaling vs 1 worker {r['scaling_vs_1_worker']}")
        print(f"byte-identical parts across executors: {identical}")
        report = {"articles": args.articles, "load_average": os.getloadavg(), "partition_size": args.partition_size, "cores": os.cpu_count(),
                  "identical": identical, "runs": results,
                  "command": f".venv/bin/python bench/scale.py --articles {args.articles}"}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":  # the guard Dask's LocalCluster and the forkserver pool need
    main()
