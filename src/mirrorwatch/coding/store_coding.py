"""Incremental coding of a store's documents (``mirrorwatch code --db``), batch by batch.

The ``coded`` ledger (migrations/002_events.sql) says which documents a run already coded, so a
re-run, or a run resumed after a crash, codes only the rest. Each batch is read in one short
read transaction and written in one short write transaction (events + ledger rows together), so
other processes (the dashboard, an ingest) wait at most one batch. A document that fails to code
is recorded in the run's stats with its reason and is *not* put in the ledger: the next run tries
it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pyarrow as pa

from ..lang import version
from ..records import CODED_DATASET
from ..store import Store
from .batch import code_batch

__all__ = ["code_store"]


def code_store(store: Store, *, all: bool = False, progress: Callable[[int, int], Any] | None = None,
               batch_size: int = 200) -> dict[str, Any]:
    """Code the documents of ``store`` that the ledger does not list yet; see :func:`mirrorwatch.api.code`."""
    lexv = version()
    if all:
        with store.write() as con:
            con.execute("DELETE FROM events WHERE dataset = ?", [CODED_DATASET])
            con.execute("DELETE FROM coded")
    with store.read() as con:
        todo = [r[0] for r in con.execute(
            "SELECT doc_id FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM coded) ORDER BY doc_id"
        ).fetchall()]
    run_id = store.start_run("code", {"all": all}, lexicon_version=lexv)
    done = events = 0
    failed: list[dict[str, Any]] = []
    try:
        for i in range(0, len(todo), batch_size):
            ids = todo[i:i + batch_size]
            with store.read() as con:
                docs = con.sql(
                    "SELECT doc_id, text, language, published FROM documents WHERE doc_id IN "
                    "(SELECT unnest($ids::VARCHAR[]))", params={"ids": ids}
                ).to_arrow_table()
            errors: list[dict[str, Any]] = []
            table = code_batch(docs, errors=errors)
            bad = {e["doc_id"] for e in errors}
            failed.extend(errors)
            counts = _counts(table)
            ledger = pa.table({
                "doc_id": [d for d in ids if d not in bad],
                "run_id": [run_id] * len([d for d in ids if d not in bad]),
                "lexicon_version": [lexv] * len([d for d in ids if d not in bad]),
                "n_events": [counts.get(d, 0) for d in ids if d not in bad],
                "coded_at": [dt.datetime.now(dt.UTC)] * len([d for d in ids if d not in bad]),
            })
            with store.write() as con:
                events += store.write_events(table, run_id=run_id, con=con)
                con.register("_mw_coded", ledger)
                try:
                    con.execute("INSERT INTO coded SELECT * FROM _mw_coded "
                                "WHERE doc_id NOT IN (SELECT doc_id FROM coded)")
                finally:
                    con.unregister("_mw_coded")
            done += len(ids) - len(bad)
            if progress is not None:
                progress(min(i + batch_size, len(todo)), len(todo))
    except BaseException:
        store.finish_run(run_id, status="failed", stats={"documents": done, "events": events, "failed": failed})
        raise
    stats = {"documents": done, "events": events, "failed": failed, "run_id": run_id, "lexicon_version": lexv}
    store.finish_run(run_id, status="partial" if failed else "ok",
                     stats={k: v for k, v in stats.items() if k != "run_id"})
    return stats


def _counts(table: pa.Table) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in table.column("doc_id").to_pylist():
        out[d] = out.get(d, 0) + 1
    return out
