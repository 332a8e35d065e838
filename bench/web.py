"""Dashboard latency over a store of a million or more generated events (``make bench`` runs it).

Generates a store (``events_to_arrow`` in batches, written with ``Store.write_events``), then times
requests through the app in-process (Starlette's TestClient, so the figures are the app's own
work: queries, analysis, templates; no network) and the start-up of ``mirrorwatch serve``:

* overview ``/`` (HTML) and ``/index.json``;
* a dyad page ``/dyad/AZE-RUS`` (HTML: timeline, pairs, reciprocity, fingerprint, escalation, VAR);
* a filtered events page ``/events?source=RUS&quad=4`` and its 20th keyset page.

Prints median and p95 per page and rewrites the ``## Dashboard`` section of docs/benchmarks.md.

    .venv/bin/python bench/web.py                 # 1,000,000 events, store cached in /tmp
    .venv/bin/python bench/web.py --events 200000 --repeat 5 --no-docs   # quick look
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"

COUNTRIES = ["RUS", "AZE", "ARM", "TUR", "IRN", "GEO", "UKR", "BLR", "KAZ", "CHN", "USA", "DEU", "FRA", "GBR",
             "POL", "ISR", "SYR", "IRQ", "IND", "PAK", "JPN", "KOR", "PRK", "EGY", "SAU", "ARE", "QAT", "ITA",
             "ESP", "NLD"]


def generate(path: Path, n: int, *, batch: int = 100_000, seed: int = 1) -> float:
    """Write ``n`` synthetic events (10 % of them AZE↔RUS, the rest spread over 30 states); return seconds."""
    from mirrorwatch import open_store
    from mirrorwatch.ontology import PLOVER_QUAD, PLOVER_TYPES
    from mirrorwatch.records import Actor, Event, events_to_arrow

    rng = np.random.default_rng(seed)
    store = open_store(path, wait=60)
    start = dt.date(2022, 1, 1)
    days = 3 * 365
    t0 = time.perf_counter()
    intensity = {p: (3.0 if q <= 2 else -5.0) for p, q in PLOVER_QUAD.items()}
    for lo in range(0, n, batch):
        m = min(batch, n - lo)
        src = rng.integers(0, len(COUNTRIES), m)
        tgt = (src + rng.integers(1, len(COUNTRIES), m)) % len(COUNTRIES)
        hot = rng.random(m) < 0.10
        flip = rng.random(m) < 0.5
        src = np.where(hot, np.where(flip, 0, 1), src)
        tgt = np.where(hot, np.where(flip, 1, 0), tgt)
        ptype = rng.integers(0, len(PLOVER_TYPES), m)
        day = rng.integers(0, days, m)
        lang = rng.choice(["de", "en", "ru"], m)
        events = [
            Event(doc_id=f"d{lo + i}", sentence_index=0, sentence=f"Synthetic sentence {lo + i}.", span=(0, 10),
                  source=Actor(COUNTRIES[src[i]], "GOV", COUNTRIES[src[i]]),
                  target=Actor(COUNTRIES[tgt[i]], "GOV", COUNTRIES[tgt[i]]),
                  plover=PLOVER_TYPES[ptype[i]], mode=None, cameo=None,
                  quad_class=PLOVER_QUAD[PLOVER_TYPES[ptype[i]]], intensity=intensity[PLOVER_TYPES[ptype[i]]],
                  date=(start + dt.timedelta(days=int(day[i]))).isoformat(), date_precision="day",
                  language=str(lang[i]))
            for i in range(m)
        ]
        store.write_events(events_to_arrow(events), run_id="bench-web")
        print(f"  generated {lo + m:,} events", flush=True)
    return time.perf_counter() - t0


def timed(client, path: str, repeat: int) -> dict[str, float]:
    """Median and p95 wall time (ms) of ``repeat`` GET requests, after one warm-up request."""
    first = time.perf_counter()
    r = client.get(path)
    first = (time.perf_counter() - first) * 1000
    if r.status_code != 200:
        raise RuntimeError(f"{path}: HTTP {r.status_code}: {r.text[:300]}")
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"first": first, "median": statistics.median(times), "p95": p95, "n": repeat}


def startup_seconds(db: Path) -> float:
    """Seconds from launching ``mirrorwatch serve`` to its first successful response."""
    from mirrorwatch.web.server import free_port

    port = free_port()
    exe = ROOT / ".venv" / "bin" / "mirrorwatch"
    cmd = [str(exe) if exe.exists() else "mirrorwatch", "serve", "--db", str(db), "--port", str(port)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - t0 < 60:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/style.css", timeout=1) as r:
                    if r.status == 200:
                        return time.perf_counter() - t0
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("mirrorwatch serve did not answer within 60 s")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="events to generate (default 1,000,000)")
    ap.add_argument("--db", type=Path, default=None, help="store file (default /tmp/mirrorwatch-bench-web-N.duckdb)")
    ap.add_argument("--repeat", type=int, default=20, help="timed requests per page")
    ap.add_argument("--rebuild", action="store_true", help="generate the store even if it exists")
    ap.add_argument("--no-docs", action="store_true", help="do not update docs/benchmarks.md")
    args = ap.parse_args(argv)

    import warnings

    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from mirrorwatch import open_store
    from mirrorwatch.web import create_app

    db = args.db or Path(f"/tmp/mirrorwatch-bench-web-{args.events}.duckdb")
    gen = None
    if args.rebuild or not db.exists():
        if db.exists():
            db.unlink()
        print(f"generating {args.events:,} events into {db}")
        gen = generate(db, args.events)
    store = open_store(db, wait=60)
    total = int(store.query("SELECT count(*) AS n FROM events").column("n")[0].as_py())
    size_mb = db.stat().st_size / 1e6
    print(f"store: {total:,} events, {size_mb:.0f} MB" + (f", generated in {gen:.0f} s" if gen else ""))

    pages = {
        "overview (HTML)": "/",
        "overview JSON": "/index.json",
        "dyad page AZE-RUS (HTML)": "/dyad/AZE-RUS",
        "events, filtered (source=RUS, quad=4)": "/events?source=RUS&quad=4",
    }
    results: dict[str, dict[str, float]] = {}
    with TestClient(create_app(store)) as client:
        for label, path in pages.items():
            results[label] = timed(client, path, args.repeat)
            print(f"{label:45s} first {results[label]['first']:8.0f} ms   median {results[label]['median']:8.0f} ms"
                  f"   p95 {results[label]['p95']:8.0f} ms")
        # page 20 of the same filter, reached through the keyset cursors
        after, path = None, "/events.json?source=RUS&quad=4"
        for _ in range(19):
            after = client.get(path + (f"&after={after}" if after else "")).json()["next"]
        label = "events, filtered, page 20 (keyset)"
        results[label] = timed(client, f"/events?source=RUS&quad=4&after={after}", args.repeat)
        print(f"{label:45s} first {results[label]['first']:8.0f} ms   median {results[label]['median']:8.0f} ms"
              f"   p95 {results[label]['p95']:8.0f} ms")
    start = startup_seconds(db)
    print(f"mirrorwatch serve start-up to first response: {start:.2f} s")

    if not args.no_docs:
        write_docs(total, size_mb, results, start, args)
    return 0


def write_docs(total: int, size_mb: float, results: dict[str, dict[str, float]], start: float, args) -> None:
    """Replace the ``## Dashboard`` section of docs/benchmarks.md with these figures."""
    cmd = "python bench/web.py" + ("" if args.events == 1_000_000 else f" --events {args.events}") + (
        "" if args.repeat == 20 else f" --repeat {args.repeat}")
    lines = [
        "## Dashboard",
        "",
        f"`{cmd}` ({dt.date.today().isoformat()}, {platform.python_version()}, {os.cpu_count()} cores): "
        f"a generated store of **{total:,} events** ({size_mb:.0f} MB; 30 states, 3 years, 10 % of events "
        "between AZE and RUS, i.e. about 100,000 in that dyad). Requests go through the app in-process "
        "(TestClient): queries, analysis and templates, no network. Each page is requested once "
        "(\"first\": lazy imports and the whole analysis computed) and then "
        f"{args.repeat} times (median, p95). Repeats of the overview and the dyad page are served from "
        "the analysis cache (valid until another process commits to the store, see docs/dashboard.md), "
        "so their median is the cost of the page itself; \"first\" is what a user waits for after a write.",
        "",
        "| page | first | median | p95 |",
        "|---|---:|---:|---:|",
    ]
    for label, r in results.items():
        lines.append(f"| {label} | {r['first']:,.0f} ms | {r['median']:,.0f} ms | {r['p95']:,.0f} ms |")
    lines += [
        "",
        f"`mirrorwatch serve` from launch to its first response: **{start:.2f} s** on this store "
        "(heavy libraries are imported in a background thread after start-up).",
        "",
    ]
    section = "\n".join(lines)
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## Dashboard\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    DOCS.write_text(text, encoding="utf-8")
    print(f"updated {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
