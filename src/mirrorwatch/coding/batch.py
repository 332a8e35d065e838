"""Coding many documents: :func:`code_documents` and the pure Arrow batch function :func:`code_batch`.

:func:`code_batch` is what every executor runs (in-process, a process pool, Dask workers): a pure
function from a table of documents (:data:`~mirrorwatch.records.DOCUMENT_SCHEMA` columns) to a
table of events (:data:`~mirrorwatch.records.EVENT_SCHEMA`). It is deterministic: each document is
coded on its own (no state crosses documents), the output is sorted by (doc_id, sentence_index,
event_id), so the same input gives byte-identical output whatever the process or the row order.
A document that fails is skipped and reported through ``errors`` (one broken item never stops a
batch).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from ..errors import MirrorwatchError
from ..records import EVENT_SCHEMA, Document, Event, events_to_arrow
from .pipeline import Coder

__all__ = ["code_batch", "code_documents"]

log = logging.getLogger(__name__)


def _sort_key(e: Event) -> tuple:
    return (e.doc_id or "", e.sentence_index if e.sentence_index is not None else -1, e.event_id or "")


def code_documents(docs: Iterable[Document], *, errors: list[dict[str, Any]] | None = None) -> list[Event]:
    """Code documents one by one, in the order given.

    Args:
        docs: the documents (``language`` and ``published`` are used when set).
        errors: if given, one ``{"doc_id", "error"}`` dict is appended per document that failed;
            otherwise failures are logged and skipped.
    """
    coder = Coder()
    out: list[Event] = []
    for doc in docs:
        try:
            out.extend(coder.code_text(doc.text, lang=doc.language or None, published=doc.published,
                                       doc_id=doc.doc_id))
        except (MirrorwatchError, ValueError, TypeError) as exc:
            if errors is None:
                log.warning("document %s not coded: %s", doc.doc_id, exc)
            else:
                errors.append({"doc_id": doc.doc_id, "error": str(exc)})
    return out


def code_batch(table: pa.Table, *, errors: list[dict[str, Any]] | None = None) -> pa.Table:
    """Code a table of documents into a table of events (pure and deterministic).

    Args:
        table: at least the columns ``doc_id`` and ``text``; ``language`` and ``published`` are
            used when present (see :data:`~mirrorwatch.records.DOCUMENT_SCHEMA`).
        errors: optional list that receives ``{"doc_id", "error"}`` for each failed document.

    Returns:
        An Arrow table with :data:`~mirrorwatch.records.EVENT_SCHEMA`, sorted by doc_id,
        sentence_index and event_id.
    """
    names = set(table.column_names)
    if "text" not in names:
        raise MirrorwatchError("code_batch needs a 'text' column (see records.DOCUMENT_SCHEMA)")
    docs = []
    cols = {n: table.column(n).to_pylist() for n in ("doc_id", "text", "language", "published") if n in names}
    for i in range(table.num_rows):
        text = cols["text"][i]
        if not isinstance(text, str):
            if errors is not None:
                errors.append({"doc_id": cols.get("doc_id", [None] * table.num_rows)[i], "error": "text is empty"})
            continue
        pub = cols.get("published", [None] * table.num_rows)[i]
        if isinstance(pub, dt.datetime):
            pub = pub.date()
        docs.append(Document(text=text, doc_id=cols.get("doc_id", [""] * table.num_rows)[i] or "",
                             language=cols.get("language", [None] * table.num_rows)[i],
                             published=pub.isoformat() if isinstance(pub, dt.date) else pub))
    docs.sort(key=lambda d: d.doc_id)
    events = sorted(code_documents(docs, errors=errors), key=_sort_key)
    if not events:
        return EVENT_SCHEMA.empty_table()
    return events_to_arrow(events)
