"""Cross-partition de-duplication of a ``code-corpus`` directory (the same article in two inputs).

Workers code their partitions independently and in any order, so none of them can know whether an
article was already coded in an earlier partition. Each worker therefore writes, beside its marker,
the list of documents it coded (``_done/<id>.docs``: ``doc_id``, ``url`` and sentence count, in
reading order). When the executor has finished, the client walks the plan **in input order** and
feeds these lists to :meth:`mirrorwatch.store.Store.write_documents` of a throw-away store: the very
rule by which ``mirrorwatch ingest`` keeps one copy of an article (same ``doc_id``, i.e. the same
normalised text, or the same non-empty URL; the first occurrence wins). The documents it refuses
are removed from their partition's part, and the marker records them under ``dropped``.

The result depends only on the plan and the documents, never on the executor, the number of
workers or the order in which partitions finished, so parts stay byte-identical between
in-process, pool and Dask runs. The step is idempotent (a re-run finds every ``dropped`` list as
it should be and rewrites nothing) and safe to interrupt: the part is rewritten before its marker,
and a re-run completes what was left. If a partition must *keep* an article it dropped earlier
(the earlier copy's partition was pruned), its part no longer holds those events, so the
partition is handed back to be coded again.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from .partitions import Partition

__all__ = ["DOCS_SUFFIX", "deduplicate", "docs_path", "read_docs", "write_docs"]

#: Suffix of the per-partition document list in ``_done`` (not ``.json``: markers are ``*.json``).
DOCS_SUFFIX = ".docs"


def docs_path(out_dir: str | Path, partition_id: str) -> Path:
    """Where the document list of a partition goes (beside its marker)."""
    from .worker import DONE_DIR

    return Path(out_dir) / DONE_DIR / f"{partition_id}{DOCS_SUFFIX}"


def write_docs(out_dir: str | Path, partition_id: str, rows: list[tuple[str, str | None, int]]) -> None:
    """Write the ``(doc_id, url, sentences)`` of a partition's coded documents, atomically."""
    from .worker import _atomic_write

    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    _atomic_write(docs_path(out_dir, partition_id), lambda tmp: tmp.write_bytes(data))


def read_docs(out_dir: str | Path, partition_id: str) -> list[tuple[str, str | None, int]] | None:
    """The document list of a partition, or ``None`` if it is missing or damaged."""
    try:
        rows = json.loads(docs_path(out_dir, partition_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return [(str(r[0]), r[1], int(r[2])) for r in rows]


def _identity_table(rows: list[tuple[str, str | None, int]]) -> pa.Table:
    """The rows as documents for ``write_documents``: only ``doc_id`` and ``url`` matter to it."""
    from ..records import DOCUMENT_SCHEMA

    n = len(rows)
    cols: dict[str, list[Any]] = {name: [None] * n for name in DOCUMENT_SCHEMA.names}
    cols["doc_id"] = [r[0] for r in rows]
    cols["url"] = [r[1] for r in rows]
    cols["text"] = [""] * n  # NOT NULL in the store; the text itself is not needed to compare
    return pa.Table.from_pydict(cols, schema=DOCUMENT_SCHEMA)


def _filter_part(out: Path, partition_id: str, dropped: set[str]) -> int:
    """Rewrite a part without the events of ``dropped`` documents; return the events left."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from .worker import _atomic_write, part_path

    path = part_path(out, partition_id)
    table = pq.read_table(path)
    keep = pc.invert(pc.is_in(table.column("doc_id"), value_set=pa.array(sorted(dropped), pa.string())))
    table = table.filter(keep)
    _atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))
    return table.num_rows


def deduplicate(out_dir: str | Path, partitions: Sequence[Partition]) -> dict[str, Any]:
    """Drop from each finished part the documents an earlier partition of the plan already holds.

    Args:
        out_dir: the events directory.
        partitions: the run's plan, in input order (unfinished partitions are passed over: their
            documents are compared when a later run has coded them).

    Returns:
        ``{"dropped": n, "rewritten": [ids], "recode": [partitions]}``: documents dropped in the
        whole plan, parts rewritten now, and partitions whose part lacks events it must keep again
        (their part and marker are deleted; the caller codes them again).
    """
    from ..store import Store
    from .worker import _atomic_write, done_path, part_path, read_marker

    out = Path(out_dir)
    dropped_total, rewritten, recode = 0, [], []
    with tempfile.TemporaryDirectory(prefix="mw-dedup-") as tmp:
        store = Store(Path(tmp) / "identities.duckdb")
        with store.write() as con:
            for p in partitions:
                pid = p.partition_id
                marker = read_marker(out, pid)
                rows = read_docs(out, pid) if marker is not None else None
                if marker is None or rows is None:
                    continue
                kept = set(store.write_documents(_identity_table(rows), con)) if rows else set()
                dropped = sorted(r[0] for r in rows if r[0] not in kept)
                before = marker.get("dropped", [])
                if dropped == before:
                    dropped_total += len(dropped)
                    continue
                if not set(before) <= set(dropped):
                    # The part lost events it must hold again: code the partition afresh.
                    for path in (part_path(out, pid), done_path(out, pid), docs_path(out, pid)):
                        path.unlink(missing_ok=True)
                    recode.append(p)
                    continue
                events = _filter_part(out, pid, set(dropped))
                marker.update({
                    "documents": len(rows) - len(dropped),
                    "sentences": sum(r[2] for r in rows if r[0] in kept),
                    "events": events,
                    "dropped": dropped,
                })
                data = json.dumps(marker, ensure_ascii=False, indent=1).encode("utf-8")
                _atomic_write(done_path(out, pid), lambda t, d=data: t.write_bytes(d))
                dropped_total += len(dropped)
                rewritten.append(pid)
    return {"dropped": dropped_total, "rewritten": rewritten, "recode": recode}
