"""Benchmark: import and export of a large GDELT 2.0 file (rows per second, peak memory).

Generates N GDELT 2.0 rows (tab-separated, headerless, gzip) by repeating the real rows of the
shared GDELT 1.0 sample (``../shared/data/events/gdelt1_georgia_2011_2013``) with fresh
GLOBALEVENTIDs and the three ADM2 columns added; without the sample it repeats a small synthetic
set of rows. Then times ``import_events(kind="gdelt")`` into a fresh store and
``export_events`` to Parquet, GDELT and PLOVER, each in its own child process so that peak memory
(``ru_maxrss``) is measured per step, with the CPU time of all its threads (the wall time depends on
what else runs on the shared cores; the load average is printed beside it). Prints the figures and
writes them to ``bench/results/interop.json``.

    .venv/bin/python bench/interop.py --rows 1000000
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MIRRORWATCH_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "data" / "events" / "gdelt1_georgia_2011_2013"


def _sample_rows() -> list[list[str]]:
    """Real GDELT 1.0 rows as 61-column GDELT 2.0 rows (ADM2 columns empty), NA → empty."""
    from mirrorwatch.interop.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS

    rows: list[list[str]] = []
    for f in sorted(SAMPLE.glob("*.csv.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            for r in reader:
                if len(r) == len(header) + 1:
                    r = r[1:]
                d = dict(zip(header, r, strict=False))
                rows.append([("" if d.get(c, "") == "NA" else d.get(c, "").strip()) for c in GDELT2_COLUMNS])
    if rows:
        return rows
    # No shared data: a few synthetic rows in GDELT's layout.
    base = dict.fromkeys(GDELT1_COLUMNS, "")
    base.update(SQLDATE="20250627", Actor1Code="RUSGOV", Actor1Name="RUSSIA", Actor1CountryCode="RUS",
                Actor1Type1Code="GOV", Actor2Code="AZEGOV", Actor2Name="AZERBAIJAN", Actor2CountryCode="AZE",
                Actor2Type1Code="GOV", QuadClass="3", GoldsteinScale="-2", ActionGeo_FullName="Baku, Azerbaijan")
    out = []
    for code in ("040", "111", "173", "042", "163", "036", "0874", "190"):
        d = dict(base, EventCode=code, EventBaseCode=code[:3], EventRootCode=code[:2])
        out.append([d.get(c, "") for c in GDELT2_COLUMNS])
    return out


def generate(path: Path, n: int) -> None:
    """Write n GDELT 2.0 rows (gzip) by cycling through the sample with new ids."""
    rows = _sample_rows()
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as fh:
        buf = io.StringIO()
        for i in range(n):
            r = rows[i % len(rows)]
            r0 = r[0]
            r[0] = str(900_000_000 + i)
            buf.write("\t".join(r) + "\n")
            r[0] = r0
            if i % 50_000 == 49_999:
                fh.write(buf.getvalue())
                buf = io.StringIO()
        fh.write(buf.getvalue())


def _child(step: str, db: str, path: str) -> None:
    from mirrorwatch import open_store
    from mirrorwatch.interop import import_events
    from mirrorwatch.interop.export import export_events

    store = open_store(db)
    t = time.perf_counter()
    cpu = time.process_time()  # all threads of the process: comparable when the cores are shared
    if step == "import":
        rep = import_events(store, "gdelt", [path])
        n = rep.rows
        extra = {"imported": rep.imported, "no_plover": rep.no_plover, "malformed": rep.malformed,
                 "symmetric": rep.symmetric}
    else:
        n = export_events(store, step, path)
        extra = {"bytes": Path(path).stat().st_size}
    secs = time.perf_counter() - t
    cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"step": step, "rows": n, "seconds": round(secs, 2), "rows_per_s": int(n / secs),
                      "cpu_seconds": round(cpu, 2), "load_avg": round(os.getloadavg()[0], 1),
                      "peak_rss_mb": round(peak), **extra}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.export.CSV.gz"
        t = time.perf_counter()
        generate(src, args.rows)
        print(f"generated {args.rows:,} GDELT 2.0 rows in {time.perf_counter() - t:.1f} s "
              f"({src.stat().st_size / 1e6:.0f} MB gzip){'' if SAMPLE.is_dir() else ' (synthetic rows)'}")
        db = str(Path(tmp) / "bench.duckdb")
        results = []
        for step, target in (("import", src), ("parquet", Path(tmp) / "out.parquet"),
                             ("gdelt", Path(tmp) / "out.tsv.gz"), ("plover", Path(tmp) / "out.jsonl.gz")):
            proc = subprocess.run([sys.executable, __file__, "--child", step, db, str(target)],
                                  capture_output=True, text=True, check=True)
            res = json.loads(proc.stdout.strip().splitlines()[-1])
            results.append(res)
            print(f"{step:8s} {res['rows']:>10,} rows  {res['seconds']:7.2f} s  {res['rows_per_s']:>9,} rows/s  "
                  f"CPU {res['cpu_seconds']:6.2f} s  peak RSS {res['peak_rss_mb']} MB  (load {res['load_avg']})")
    out = REPO / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "interop.json").write_text(json.dumps({
        "rows": args.rows, "machine": platform.platform(), "cpus": os.cpu_count(), "results": results,
    }, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
