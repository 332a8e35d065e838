"""One ingest run: read the inputs as a stream, write documents to the store in short batches.

The loop behind ``mirrorwatch ingest`` and :func:`mirrorwatch.api.ingest`. Documents are written
every ``batch_size`` documents, each batch in its own short transaction, so that readers of the
store (the dashboard, ``mirrorwatch status``) wait at most one batch. A crash or ``kill -9`` loses at
most the batch in flight; because documents are keyed by their content (``doc_id``) and their
normalised URL, running the same command again completes the work without duplicates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import IO, Any

import httpx
import pyarrow as pa

from ..errors import InputError
from ..records import DOCUMENT_SCHEMA, Document
from ..store import Store
from .decode import DEFAULT_MAX_BYTES
from .fetch import Fetcher
from .items import Failure, Options, finish
from .meta import parse_date
from .sources import Reader, expand

__all__ = ["DEFAULT_BATCH_SIZE", "IngestReport", "ingest", "iter_documents"]

DEFAULT_BATCH_SIZE = 200


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did.

    Attributes:
        new: documents stored by this run.
        duplicates: documents skipped because the store (or this run) already had the same text or URL.
        failed: ``(item, reason)`` for every input item that could not be ingested.
        documents: ids of the documents stored by this run, in input order.
        items: input units read (files, URLs, stdin), folders counted by their files.
        run_id: the run recorded in the store's ``runs`` table.
        status: ``ok`` (nothing failed), ``partial`` (some items failed) or ``failed`` (nothing
            ingested and something failed, or the run was interrupted).
    """

    new: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    items: int = 0
    run_id: str | None = None
    status: str = "ok"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (``failed`` as ``[item, reason]`` pairs)."""
        d = asdict(self)
        d["failed"] = [list(f) for f in self.failed]
        return d

    def to_json(self) -> str:
        """The report as one JSON document."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def stats(self) -> dict[str, Any]:
        """The counts recorded with the run (failures capped at 100 to keep the runs table small)."""
        return {"new": self.new, "duplicates": self.duplicates, "failed": len(self.failed),
                "items": self.items, "failures": [list(f) for f in self.failed[:100]]}


def iter_documents(
    inputs: Sequence[str],
    options: Options,
    *,
    fetcher: Fetcher,
    stdin: IO[bytes] | None = None,
    on_unit: Callable[[int, int], None] | None = None,
):  # -> Iterator[Document | Failure]
    """Documents and failures of the inputs, as a stream (nothing is stored).

    Args:
        inputs: paths, folders, URLs, ``-`` for stdin.
        options: run settings (fallback date, language, size cap, glob).
        fetcher: fetches URLs and link-only feed items.
        stdin: the stream for ``-`` (default: the process's stdin).
        on_unit: ``on_unit(done, total)`` after each unit (file, URL, stdin) is read.
    """
    units = expand(inputs, options.glob)
    reader = Reader(options, fetcher, stdin)
    for n, unit in enumerate(units, 1):
        for result in reader.read_unit(unit):
            if isinstance(result, Failure):
                yield result
                continue
            try:
                yield finish(result, options)
            except InputError as exc:
                yield Failure.of(exc)
        if on_unit is not None:
            on_unit(n, len(units))


def _table(docs: list[Document]) -> pa.Table:
    cols: dict[str, list[Any]] = {name: [] for name in DOCUMENT_SCHEMA.names}
    for d in docs:
        cols["doc_id"].append(d.doc_id)
        cols["url"].append(d.url)
        cols["title"].append(d.title)
        cols["published"].append(dt.date.fromisoformat(d.published) if d.published else None)
        cols["language"].append(d.language)
        cols["site"].append(d.site)
        cols["origin"].append(d.origin)
        cols["text"].append(d.text)
        cols["ingested_at"].append(None)
    return pa.Table.from_pydict(cols, schema=DOCUMENT_SCHEMA)


def ingest(
    store: Store,
    inputs: Sequence[str],
    *,
    glob: str | None = None,
    published: str | None = None,
    lang: str | None = None,
    progress: Callable[[int, int, IngestReport], None] | None = None,
    on_failure: Callable[[str, str], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    transport: httpx.BaseTransport | None = None,
    client: httpx.Client | None = None,
    stdin: IO[bytes] | None = None,
) -> IngestReport:
    """Ingest files, folders, feeds, URLs and stdin into the store; see :func:`mirrorwatch.api.ingest`."""
    if published is not None:
        published = parse_date(published, "--published", field="the date")
    if lang is not None and not lang.strip():
        lang = None
    options = Options(published=published, lang=lang, max_bytes=max_bytes, glob=glob)
    params = {"inputs": list(inputs), "glob": glob, "published": published, "lang": lang, "max_bytes": max_bytes}
    report = IngestReport()
    report.run_id = store.start_run("ingest", params)
    batch: list[Document] = []
    # Duplicates inside one batch are settled here, first in input order wins: the store's own
    # in-batch rule picks an arbitrary row among equal ids or URLs, which would make the stored
    # set depend on batch boundaries (and could drop a text whose chosen copy lost on its URL).
    batch_ids: set[str] = set()
    batch_urls: set[str] = set()

    def flush() -> None:
        if not batch:
            return
        stored = store.write_documents(_table(batch))
        report.new += len(stored)
        report.duplicates += len(batch) - len(stored)
        report.documents.extend(stored)
        batch.clear()
        batch_ids.clear()
        batch_urls.clear()

    def unit_done(done: int, total: int) -> None:
        report.items = done
        if progress is not None:
            progress(done, total, report)

    try:
        with Fetcher(max_bytes=max_bytes, transport=transport, client=client) as fetcher:
            for result in iter_documents(inputs, options, fetcher=fetcher, stdin=stdin, on_unit=unit_done):
                if isinstance(result, Failure):
                    report.failed.append((result.item, result.reason))
                    if on_failure is not None:
                        on_failure(result.item, result.reason)
                    continue
                if result.doc_id in batch_ids or (result.url and result.url in batch_urls):
                    report.duplicates += 1
                    continue
                batch_ids.add(result.doc_id)
                if result.url:
                    batch_urls.add(result.url)
                batch.append(result)
                if len(batch) >= batch_size:
                    flush()
            flush()
    except BaseException:
        # Ctrl-C or a store error: what was committed stays; the run says it did not finish.
        report.status = "failed"
        # The store itself may be the problem; then the original error matters more than this one.
        with contextlib.suppress(Exception):
            store.finish_run(report.run_id, status="failed", stats={**report.stats(), "interrupted": True})
        raise
    if report.failed:
        report.status = "partial" if (report.new or report.duplicates) else "failed"
    store.finish_run(report.run_id, status=report.status, stats=report.stats())
    return report
