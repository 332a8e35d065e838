"""Interop: import GDELT, ICEWS, PLOVER/POLECAT and mirrorwatch's own event files; export them again.

Where it sits: beside the coder, a second way into the store. Every importer streams its files in
batches (bounded memory), maps each row to the event record (``records.EVENT_SCHEMA``) with the
dataset's provenance (``dataset``, ``dataset_id``; ``event_id`` derives from both, so re-importing
changes nothing), stores new events, and then flags mirror (symmetric) records. The exporters
(:mod:`.export`) write the store back out. Conventions: ``docs/interop.md``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from ..errors import InputError
from .common import (
    Columns,
    ImportReport,
    ImportTable,
    PendingWrites,
    WriteFailed,
    build_event_table,
    flag_mirrors,
    open_members,
)

__all__ = ["KINDS", "ImportReport", "import_events"]

#: Import kinds and what they read.
KINDS = {
    "gdelt": "GDELT 1.0/2.0 event exports (tab-separated, headerless) and CSV extracts with a header",
    "icews": "raw ICEWS coded event data (tab-separated with header)",
    "plover": "PLOVER/POLECAT JSON records (array or JSONL)",
    "events": "mirrorwatch's own CSV, Parquet or JSONL",
}


def _reader(kind: str) -> Callable[..., Iterable[Any]]:
    if kind == "gdelt":
        from .gdelt import read_gdelt

        return read_gdelt
    if kind == "icews":
        from .icews import read_icews

        return read_icews
    if kind == "plover":
        from .plover import read_plover

        return read_plover
    if kind == "events":
        from .tabular import read_tabular

        return read_tabular
    raise InputError(f"import kind {kind!r}", f"unknown; use one of {', '.join(KINDS)}")


def import_events(
    store: Any,
    kind: str,
    paths: Sequence[str | os.PathLike[str]],
    *,
    progress: Callable[[str, int], None] | None = None,
    dataset: str | None = None,
    keep_statements: bool = False,
    block_size: int | None = None,
) -> ImportReport:
    """Import event files of one kind into the store; see :func:`mirrorwatch.api.import_events`."""
    reader = _reader(kind)
    report = ImportReport(kind=kind)
    run_id = store.start_run(f"import {kind}", {"paths": [str(p) for p in paths], "dataset": dataset,
                                                "keep_statements": keep_statements})
    report.run_id = run_id
    ranges: dict[str, list[Any]] = {}
    failed = True
    try:
        # Mapped batches go to a writer thread in transactions of ~WRITE_ROWS rows: fewer, larger
        # writes cost less than one per parsed block, and the next block is parsed meanwhile.
        with PendingWrites(store, report, run_id) as pending:
            for path in paths:
                report.files.append(str(path))
                try:
                    for name, stream in open_members(path):
                        for item in reader(stream, name, report, dataset=dataset, block_size=block_size):
                            table = _event_table(item, report, keep_statements)
                            _extend_ranges(ranges, table)
                            pending.add(table)
                            if progress is not None:
                                progress(name, report.rows)
                except InputError as exc:
                    pending.flush()  # what was read before the break stays stored
                    report.failed_file(str(path), exc.reason if exc.item == str(path) else str(exc))
                except (OSError, EOFError, ValueError, pa.ArrowException) as exc:
                    pending.flush()
                    report.failed_file(str(path), f"could not be read to the end ({exc})")
            pending.flush()
    except WriteFailed as exc:
        raise exc.error from None  # the store's own error (busy, disk full), as a direct write raises it
    else:
        if kind != "events":
            for ds, (lo, hi) in ranges.items():
                report.symmetric += flag_mirrors(store, ds, lo, hi)
        failed = False
    finally:
        # A crash (store busy, disk full) still closes the run; the batches stored so far stay.
        store.finish_run(run_id, status="failed" if failed else report.status, stats=report.to_dict())
    return report


def _event_table(item: Any, report: ImportReport, keep_statements: bool) -> pa.Table:
    """An importer's batch as an :data:`EVENT_SCHEMA` table (own records pass through)."""
    if isinstance(item, Columns | ImportTable):
        table, st = build_event_table(item, keep_statements=keep_statements)
        report.no_plover += st.no_plover
        report.flagged += st.flagged
        report.goldstein_differs += st.goldstein_differs
        report.quad_differs += st.quad_differs
        return table
    for ds in pc.unique(item.column("dataset")).to_pylist():
        if ds not in report.datasets:
            report.datasets.append(ds)
    return item


def _extend_ranges(ranges: dict[str, list[Any]], table: pa.Table) -> None:
    if table.num_rows == 0:
        return
    for ds in pc.unique(table.column("dataset")).to_pylist():
        sub = table.filter(pc.equal(table.column("dataset"), ds))
        mm = pc.min_max(sub.column("date")).as_py()
        if mm["min"] is None:
            continue
        r = ranges.setdefault(ds, [mm["min"], mm["max"]])
        r[0] = min(r[0], mm["min"])
        r[1] = max(r[1], mm["max"])
