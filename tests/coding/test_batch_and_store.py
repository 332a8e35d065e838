"""code_batch is pure and deterministic; api.code is incremental, idempotent and re-codes with all=True."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from mirrorwatch import api
from mirrorwatch.coding import code_batch
from mirrorwatch.records import DOCUMENT_SCHEMA, EVENT_SCHEMA, Document

DOCS = [
    Document("Baku bestellte am Donnerstag den russischen Geschäftsträger ein.", published="2025-07-04", language="de"),
    Document("Russia expelled two Estonian diplomats on Monday.", published="2025-07-03", language="en"),
    Document("МИД Азербайджана вызвал временного поверенного в делах России.", published="2025-07-03", language="ru"),
]


def _table(docs):
    return pa.table({
        "doc_id": [d.doc_id for d in docs], "url": [None] * len(docs), "title": [None] * len(docs),
        "published": [dt.date.fromisoformat(d.published) for d in docs], "language": [d.language for d in docs],
        "site": [None] * len(docs), "origin": [None] * len(docs), "text": [d.text for d in docs],
        "ingested_at": [None] * len(docs),
    }, schema=DOCUMENT_SCHEMA)


def test_code_batch_is_order_independent_and_byte_identical():
    a = code_batch(_table(DOCS))
    b = code_batch(_table(list(reversed(DOCS))))
    assert a.schema == EVENT_SCHEMA
    assert a.num_rows >= 3
    assert a.equals(b)
    sink_a, sink_b = pa.BufferOutputStream(), pa.BufferOutputStream()
    for sink, t in ((sink_a, a), (sink_b, b)):
        with pa.ipc.new_stream(sink, t.schema) as w:
            w.write_table(t)
    assert sink_a.getvalue().to_pybytes() == sink_b.getvalue().to_pybytes()


def test_code_batch_reports_bad_rows_and_goes_on():
    t = _table(DOCS)
    bad = t.set_column(t.schema.get_field_index("language"), "language", pa.array(["xx", "en", "ru"]))
    errors: list = []
    out = code_batch(bad, errors=errors)
    assert [e["doc_id"] for e in errors] == [DOCS[0].doc_id]
    assert "xx" in errors[0]["error"]
    assert out.num_rows >= 2


def test_store_coding_is_incremental_and_idempotent(store):
    store.write_documents(_table(DOCS[:2]))
    first = api.code(store)
    assert first["documents"] == 2 and first["events"] >= 2 and not first["failed"]
    again = api.code(store)
    assert again["documents"] == 0 and again["events"] == 0
    store.write_documents(_table(DOCS[2:]))
    third = api.code(store)
    assert third["documents"] == 1
    n = store.query("SELECT count(*) AS n FROM events").column("n")[0].as_py()
    redo = api.code(store, all=True)
    assert redo["documents"] == 3 and redo["events"] == n
    assert store.query("SELECT count(*) AS n FROM coded").column("n")[0].as_py() == 3
    runs = store.query("SELECT lexicon_version, status FROM runs WHERE command = 'code'").to_pylist()
    assert runs and all(r["lexicon_version"] == api.lexicon_version() and r["status"] == "ok" for r in runs)
