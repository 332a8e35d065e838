"""One partition of a scale-out run: read it, code it, write its Parquet part and its marker.

This is what runs on a worker (the calling process, a pool process or a Dask worker). The client
sends only the :class:`~mirrorwatch.scale.partitions.Partition` (paths and a range) and gets back
the counts; the documents never travel. The worker

1. returns the existing marker when the partition is already finished (a task run twice);
2. reads its documents with the ingest readers (bad items are counted and named, not fatal);
3. drops repeated documents (same ``doc_id``) and documents in languages without a language pack;
4. codes them with :func:`mirrorwatch.coding.code_batch` (if that fails as a whole, document by
   document, so one broken article never loses the others);
5. writes ``part-<id>.parquet`` under a temporary name and renames it (atomic: a reader sees the
   whole part or none), then the list of its documents ``_done/<id>.docs`` (for the client's
   cross-partition de-duplication, :mod:`.dedup`) and ``_done/<id>.json`` with the counts, the same way.

A part exists complete or not at all, and a marker exists only beside its part; a run killed at
any point is completed by running it again, without duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import time
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa

from .partitions import Partition

__all__ = ["DONE_DIR", "FAULT_ENV", "done_path", "part_path", "read_marker", "run_partition"]

#: Folder (inside the events directory) of the ``<partition_id>.json`` markers of finished parts.
DONE_DIR = "_done"
#: Test hook, read by the client and passed to the workers in the options (so a pool's forkserver
#: or a remote worker need not share the client's environment): a JSON object ``{"match",
#: "action", "times", "state"}`` that makes the first ``times`` attempts at partitions whose label
#: contains ``match`` either ``exit`` the worker process (``os._exit``, as a crash or an OOM kill
#: would) or ``raise`` an error. ``state`` is a folder where attempts are counted across
#: processes. Unset in normal use.
FAULT_ENV = "MIRRORWATCH_SCALE_FAULT"
# Item failures listed by name in a marker (all are counted).
_MAX_LISTED = 20


def part_path(out_dir: str | os.PathLike[str], partition_id: str) -> Path:
    """Where the Parquet part of a partition goes."""
    return Path(out_dir) / f"part-{partition_id}.parquet"


def done_path(out_dir: str | os.PathLike[str], partition_id: str) -> Path:
    """Where the marker of a finished partition goes."""
    return Path(out_dir) / DONE_DIR / f"{partition_id}.json"


def read_marker(out_dir: str | os.PathLike[str], partition_id: str) -> dict[str, Any] | None:
    """The marker of a finished partition, or ``None`` if it is not finished (or its part is gone).

    A partition also needs its document list (:mod:`.dedup`): a marker written without one (by an
    older version) cannot take part in cross-partition de-duplication, so it is coded again.
    """
    from .dedup import docs_path

    marker = done_path(out_dir, partition_id)
    if (not marker.is_file() or not part_path(out_dir, partition_id).is_file()
            or not docs_path(out_dir, partition_id).is_file()):
        return None
    try:
        return json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # a damaged marker: the partition is coded again


def _atomic_write(path: Path, write: Any) -> None:
    """Write through ``write(tmp_path)`` and rename into place (same folder, so the rename is atomic).

    The temporary name does not end in ``.parquet``, so attached readers never see a half part.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        write(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _maybe_fault(partition: Partition, spec: str | None) -> None:
    if not spec:
        return
    cfg = json.loads(spec)
    if cfg.get("match", "") not in partition.label:
        return
    state = Path(cfg["state"])
    state.mkdir(parents=True, exist_ok=True)
    for k in range(int(cfg.get("times", 1))):
        try:  # O_EXCL: exactly one attempt claims each fault, whichever process it runs in
            os.close(os.open(state / f"{partition.partition_id}.{k}", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        if cfg.get("action") == "exit":
            os._exit(17)
        raise RuntimeError(f"injected fault in partition {partition.partition_id}")


def _read_documents(partition: Partition, options: dict[str, Any]) -> tuple[list[Any], list[tuple[str, str]]]:
    """The documents of a partition and its item failures, read with the ingest readers."""
    from ..errors import InputError
    from ..ingest.fetch import Fetcher
    from ..ingest.items import Failure, Options, finish
    from ..ingest.sources import Reader, Unit

    opts = Options(published=options.get("published"), lang=options.get("lang"),
                   max_bytes=int(options.get("max_bytes") or 10 * 1024 * 1024))
    docs: list[Any] = []
    failures: list[tuple[str, str]] = []

    def take(results: Any) -> None:
        for r in results:
            if isinstance(r, Failure):
                failures.append((r.item, r.reason))
                continue
            try:
                docs.append(finish(r, opts))
            except InputError as exc:
                failures.append((exc.item, exc.reason))

    if partition.kind == "files":
        # Files are local; the fetcher is only there because feeds may link pages (not followed
        # unless a feed item has no content, and then fetched as ingest would).
        with Fetcher(max_bytes=opts.max_bytes) as fetcher:
            reader = Reader(opts, fetcher)
            for p in partition.paths:
                take(reader.read_unit(Unit("file", p) if os.path.isfile(p) else Unit("missing", p)))
    elif partition.kind == "jsonl":
        take(_read_jsonl_range(partition, opts.max_bytes))
    elif partition.kind == "parquet":
        take(_read_parquet_rows(partition))
    else:
        raise ValueError(f"unknown partition kind {partition.kind!r}")
    return docs, failures


def _read_jsonl_range(partition: Partition, max_bytes: int) -> Any:
    import io

    from ..ingest.items import Failure
    from ..ingest.tabular import read_jsonl

    path = partition.paths[0]
    start, stop = int(partition.start or 0), int(partition.stop or 0)
    try:
        with open(path, "rb") as f:
            f.seek(start)
            data = f.read(stop - start)
    except OSError as exc:
        yield Failure(path, f"cannot read ({exc.strerror or exc})")
        return
    if len(data) < stop - start:
        yield Failure(path, f"file shorter than when the run was planned (byte {start + len(data)} < {stop})")
    # Items are named "<file>@<byte offset of the range>:<line within the range>".
    yield from read_jsonl(io.BufferedReader(io.BytesIO(data)), f"{path}@{start}", max_bytes)


def _read_parquet_rows(partition: Partition) -> Any:
    import pyarrow.parquet as pq

    from ..errors import InputError
    from ..ingest.items import Failure
    from ..ingest.tabular import record_draft

    path = partition.paths[0]
    start, stop = int(partition.start or 0), int(partition.stop or 0)
    try:
        pf = pq.ParquetFile(path)
        wanted = {"text", "body", "content", "title", "headline", "url", "link", "published", "date",
                  "language", "lang", "site"}
        columns = [c for c in pf.schema_arrow.names if c.lower() in wanted]
        groups, first, offset = [], None, 0
        for i in range(pf.metadata.num_row_groups):
            n = pf.metadata.row_group(i).num_rows
            if offset + n > start and offset < stop:
                groups.append(i)
                first = offset if first is None else first
            offset += n
        table = pf.read_row_groups(groups, columns=columns) if groups else None
    except Exception as exc:  # ArrowInvalid/OSError: a damaged file
        yield Failure(path, f"not a readable Parquet file ({exc})")
        return
    if table is None:
        return
    table = table.slice(start - (first or 0), stop - start)
    for n, record in enumerate(table.to_pylist(), start):
        item = f"{path}#row{n}"
        try:
            yield record_draft(record, item, path)
        except InputError as exc:
            yield Failure.of(exc)


def _documents_table(docs: list[Any]) -> pa.Table:
    from ..records import DOCUMENT_SCHEMA

    def day(value: str | None) -> dt.date | None:
        try:
            return dt.date.fromisoformat(value[:10]) if value else None
        except ValueError:
            return None

    return pa.Table.from_pydict(
        {
            "doc_id": [d.doc_id for d in docs], "url": [d.url for d in docs], "title": [d.title for d in docs],
            "published": [day(d.published) for d in docs], "language": [d.language for d in docs],
            "site": [d.site for d in docs], "origin": [d.origin for d in docs], "text": [d.text for d in docs],
            "ingested_at": [None] * len(docs),
        },
        schema=DOCUMENT_SCHEMA,
    )


def _code(table: pa.Table, errors: list[dict[str, Any]]) -> pa.Table:
    """``code_batch`` on the whole table; if it fails as a whole, document by document."""
    from ..coding import code_batch
    from ..records import EVENT_SCHEMA

    try:
        return code_batch(table, errors=errors)
    except Exception:
        # An error the coder does not catch per document (a bug on one odd article): find the
        # culprit by coding one document at a time. Rows are sorted by doc_id, as code_batch sorts
        # its output, so the concatenation equals what a successful whole-table call returns.
        table = table.sort_by("doc_id")
        parts = []
        for i in range(table.num_rows):
            row = table.slice(i, 1)
            try:
                parts.append(code_batch(row, errors=errors))
            except Exception as exc:
                errors.append({"doc_id": row.column("doc_id")[0].as_py(),
                               "error": f"{exc.__class__.__name__}: {exc}"})
        return pa.concat_tables(parts) if parts else EVENT_SCHEMA.empty_table()


def _count_sentences(docs: list[Any]) -> list[int]:
    """Sentences of each document as the coder splits them (for throughput figures); 0 without a language."""
    from ..coding.sentences import split_sentences
    from ..lang import load

    counts = []
    for d in docs:
        if not d.language:
            counts.append(0)
            continue
        lex = load(d.language)
        counts.append(sum(1 for _ in split_sentences(d.text, lex.abbreviations)))
    return counts


def _peak_rss_mb() -> float:
    try:
        import resource

        # ru_maxrss is in kilobytes on Linux (bytes on macOS).
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(kb / (1024 * 1024 if os.uname().sysname == "Darwin" else 1024), 1)
    except (ImportError, AttributeError):
        return 0.0


def run_partition(partition: Partition, out_dir: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Read, code and write one partition; return its marker (the counts).

    Args:
        partition: what to read.
        out_dir: the events directory (shared by every worker: a local disk or a network file system).
        options: ``lang`` and ``published`` (fallbacks for items that give none, as in ingest),
            ``max_bytes`` (size cap of one document), ``lexicon_version`` (the client's: a worker
            whose language packs differ refuses to code, so that one corpus is coded by one coder).

    Returns:
        The marker written to ``_done/<partition_id>.json``: ``documents``, ``sentences``,
        ``events``, ``duplicates``, ``other_languages``, ``item_failures`` (count) with the first
        ``failures`` named, ``seconds``, ``cpu_seconds``, ``worker``, ``peak_rss_mb``; ``skipped`` is true when the
        partition was already finished.

    Raises:
        MirrorwatchError: the worker's language packs differ from the client's.
        OSError: the part cannot be written (the executor retries, then reports the partition).
    """
    import pyarrow.parquet as pq

    from .._version import __version__
    from ..errors import MirrorwatchError
    from ..lang import available, version
    from .dedup import write_docs

    options = options or {}
    lexicon = version()
    made_with = {k: options.get(k) for k in ("lang", "published", "max_bytes")}
    marker = read_marker(out_dir, partition.partition_id)
    if marker is not None and marker.get("lexicon_version") == lexicon and marker.get("options") == made_with:
        return {**marker, "skipped": True}  # a task run twice (a retried Dask task that had finished)
    _maybe_fault(partition, options.get("fault"))
    expected = options.get("lexicon_version")
    if expected and expected != lexicon:
        raise MirrorwatchError(
            f"worker {socket.gethostname()} has language packs {lexicon}, the client {expected}: install the "
            "same mirrorwatch version on every worker"
        )
    t0, c0 = time.perf_counter(), time.process_time()
    docs, failures = _read_documents(partition, options)
    langs = set(available())
    kept, seen, duplicates, other = [], set(), 0, {}
    for d in docs:
        if d.doc_id in seen:
            duplicates += 1
            continue
        seen.add(d.doc_id)
        if d.language and d.language not in langs:
            other[d.language] = other.get(d.language, 0) + 1
            continue
        kept.append(d)
    errors: list[dict[str, Any]] = []
    events = _code(_documents_table(kept), errors)
    failures += [(f"document {e.get('doc_id')}", str(e.get("error"))) for e in errors]
    per_doc = _count_sentences(kept)
    sentences = sum(per_doc)
    out = Path(out_dir)
    _atomic_write(part_path(out, partition.partition_id),
                  lambda tmp: pq.write_table(events, tmp, compression="zstd"))
    # The document list, for the client's cross-partition de-duplication; before the marker, which
    # says the partition is finished.
    write_docs(out, partition.partition_id, [(d.doc_id, d.url or None, n) for d, n in zip(kept, per_doc, strict=True)])
    result = {
        "partition_id": partition.partition_id,
        "partition": partition.to_dict(),
        "label": partition.label,
        "documents": len(kept),
        "sentences": sentences,
        "events": events.num_rows,
        "duplicates": duplicates,
        "other_languages": dict(sorted(other.items())),
        "item_failures": len(failures),
        "failures": [list(f) for f in failures[:_MAX_LISTED]],
        "seconds": round(time.perf_counter() - t0, 3),
        "cpu_seconds": round(time.process_time() - c0, 3),
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "peak_rss_mb": _peak_rss_mb(),
        "lexicon_version": lexicon,
        "options": made_with,
        "mirrorwatch": __version__,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    data = json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8")
    _atomic_write(done_path(out, partition.partition_id), lambda tmp: tmp.write_bytes(data))
    return {**result, "skipped": False}
