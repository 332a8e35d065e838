"""Benchmark: the what-if page of the dashboard and the report's what-if section.

Builds a store in a temporary folder with a generated weekly history of two known memory-one
strategies (``--weeks-history`` weeks, one event per side and week with a move), then times, in
one process as a server would see them: the bare page (no simulation), the first simulated page
(includes the Axelrod import), the same request again (cache), a new seed (a simulation without
the import), and the HTML report without and with ``whatif`` (after an untimed report that loads
the analysis libraries). Prints the figures and writes them to
``bench/results/whatif.json``.

    .venv/bin/python bench/whatif.py --runs 500 --weeks 26
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

# The sibling benchmark holds the generator and the writer both use (run as a script, this folder
# is first on sys.path).
from simulate import memory_one_moves, write_figures

REPO = Path(__file__).resolve().parents[1]


def moves(weeks: int, seed: int = 0) -> tuple[list[str], list[str]]:
    """Weekly moves of two memory-one strategies (see ``bench/simulate.py``)."""
    return memory_one_moves((0.9, 0.2, 0.7, 0.3), (0.9, 0.1, 0.8, 0.2), weeks, seed)


def fill(store, weeks: int) -> int:
    """One COOPERATE (+3) or SANCTION (−4) event per side and week; returns the number written."""
    from mirrorwatch.records import Actor, Event, events_to_arrow

    start = dt.date(2022, 1, 3)
    evs = []
    for w, (x, y) in enumerate(zip(*moves(weeks), strict=True)):
        for src, tgt, m, day in (("AZE", "RUS", x, 1), ("RUS", "AZE", y, 2)):
            plover, inten = ("COOPERATE", 3.0) if m == "C" else ("SANCTION", -4.0)
            evs.append(Event(doc_id=f"{src}{w}", sentence_index=0, sentence=f"{src} {plover} {tgt} week {w}.",
                             span=(0, 3), source=Actor(src, "GOV", src), target=Actor(tgt, "GOV", tgt),
                             plover=plover, mode=None, cameo=None, quad_class=2 if m == "C" else 4,
                             intensity=inten, date=(start + dt.timedelta(days=7 * w + day)).isoformat(),
                             date_precision="day"))
    store.write_events(events_to_arrow(evs), run_id="bench")
    return len(evs)


def timed(fn):  # -> (seconds, result)
    t = time.perf_counter()
    res = fn()
    return round(time.perf_counter() - t, 2), res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=500)
    ap.add_argument("--weeks", type=int, default=26)
    ap.add_argument("--weeks-history", type=int, default=156)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    import warnings

    warnings.filterwarnings("ignore")  # Starlette's httpx notice and Axelrod's import warnings
    from fastapi.testclient import TestClient

    import mirrorwatch as mw
    from mirrorwatch.web import create_app

    folder = Path(tempfile.mkdtemp(prefix="mw-bench-whatif-"))
    store = mw.open_store(folder / "bench.duckdb", wait=30)
    store.ensure_schema()
    n_events = fill(store, args.weeks_history)
    client = TestClient(create_app(store))
    q = f"weeks={args.weeks}&runs={args.runs}&swap=AZE=tit-for-tat&seed=0"

    def get(url):
        r = client.get(url)
        r.raise_for_status()
        return r

    t_bare, _ = timed(lambda: get("/whatif/AZE-RUS"))
    loaded_after_bare = "axelrod" in sys.modules
    t_first, r = timed(lambda: get(f"/whatif/AZE-RUS?{q}"))
    t_cached, _ = timed(lambda: get(f"/whatif/AZE-RUS?{q}"))
    t_seed, _ = timed(lambda: get(f"/whatif/AZE-RUS?{q.replace('seed=0', 'seed=1')}"))
    mw.write_report(store, "AZE", "RUS", folder / "warm.html")  # imports statsmodels, vl-convert: not timed
    t_report, _ = timed(lambda: mw.write_report(store, "AZE", "RUS", folder / "plain.html"))
    t_report_w, _ = timed(lambda: mw.write_report(
        store, "AZE", "RUS", folder / "whatif.html",
        whatif={"weeks": args.weeks, "runs": args.runs, "swap": "AZE=tit-for-tat", "seed": 2}))
    figures = {
        "runs": args.runs, "weeks": args.weeks, "history_weeks": args.weeks_history, "events": n_events,
        "bare_page_s": t_bare, "bare_page_imported_axelrod": loaded_after_bare,
        "first_simulated_page_s": t_first, "page_bytes": len(r.content),
        "same_request_cached_s": t_cached, "new_seed_page_s": t_seed,
        "report_without_whatif_s": t_report, "report_with_whatif_s": t_report_w,
        "report_with_whatif_bytes": (folder / "whatif.html").stat().st_size,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
    }
    write_figures(figures, "whatif", 28)
    return 0


if __name__ == "__main__":
    sys.exit(main())
