"""The store: schema migrations, idempotent batch writes, and reading while another process writes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time

import duckdb
import pyarrow as pa
import pytest

from mirrorwatch.errors import SchemaError
from mirrorwatch.records import DOCUMENT_SCHEMA, Actor, Document, Event, events_to_arrow
from mirrorwatch.store import Store, migrations


def _docs(texts, urls=None):
    rows = []
    for i, t in enumerate(texts):
        d = Document(text=t, url=(urls[i] if urls else None), published="2025-06-30", language="de")
        rows.append({"doc_id": d.doc_id, "url": d.url, "title": f"t{i}", "published": dt.date(2025, 6, 30),
                     "language": "de", "site": "x.example", "origin": "test", "text": t, "ingested_at": None})
    return pa.Table.from_pylist(rows, schema=DOCUMENT_SCHEMA)


def _event(i: int) -> Event:
    return Event(doc_id=f"d{i}", sentence_index=0, sentence="s", span=(0, 1),
                 source=Actor("AZE", "GOV", "Baku"), target=Actor("RUS", "GOV", "Moskau"),
                 plover="ACCUSE", mode="disapprove", cameo="111", quad_class=3, intensity=-2.0,
                 date="2025-06-28", date_precision="day")


def test_store_creates_schema_at_latest_version(store):
    assert store.ensure_schema() == migrations()[-1][0]
    assert store.schema_version() == migrations()[-1][0]
    assert store.status()["documents"] == 0


def test_store_documents_deduplicated_by_content_and_url(store):
    first = store.write_documents(_docs(["Baku bestellte den Geschäftsträger ein.", "Zweiter Text."],
                                        ["https://a.example/1", "https://a.example/2"]))
    assert len(first) == 2
    # same content with other whitespace/case, and a new text under an already stored URL
    again = store.write_documents(_docs(["baku  bestellte den Geschäftsträger ein.", "Neuer Text."],
                                        ["https://b.example/9", "https://a.example/2"]))
    assert again == []
    # duplicates inside one batch are stored once
    batch = store.write_documents(_docs(["Dritter Text.", "Dritter  Text."]))
    assert len(batch) == 1
    assert store.status()["documents"] == 3


def test_store_documents_first_in_batch_order_wins(store):
    # row 2 repeats row 1's text under another URL; row 3 reuses row 1's URL with a new text:
    # the first row of each id and then of each URL is kept, whatever order the rows hash in.
    texts = ["Erster Text über Baku.", "Erster  Text über Baku.", "Ganz anderer Text.", "Vierter Text."]
    urls = ["https://a.example/1", "https://a.example/2", "https://a.example/1", "https://a.example/4"]
    stored = store.write_documents(_docs(texts, urls))
    assert stored == [_docs(texts[:1]).column("doc_id")[0].as_py(), _docs(texts[3:]).column("doc_id")[0].as_py()]
    got = store.query("SELECT url FROM documents ORDER BY url").column("url").to_pylist()
    assert got == ["https://a.example/1", "https://a.example/4"]


def test_store_events_idempotent(store):
    table = events_to_arrow([_event(i) for i in range(5)])
    assert store.write_events(table, run_id="r1") == 5
    assert store.write_events(table, run_id="r2") == 0
    got = store.query("SELECT count(*) AS n, min(run_id) AS r FROM events").to_pylist()[0]
    assert got == {"n": 5, "r": "r1"}


def test_store_write_rolls_back_on_error(store):
    store.write_events(events_to_arrow([_event(1)]))
    with pytest.raises(RuntimeError), store.write() as con:
        store.write_events(events_to_arrow([_event(2)]), con=con)
        raise RuntimeError("boom")
    assert store.status()["events"] == 1


def test_store_upgrades_an_older_schema(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMPTZ, mirrorwatch VARCHAR)")
    number, name, sql = migrations()[0]
    con.execute(sql)
    con.execute("INSERT INTO schema_migrations VALUES (?, ?, now(), '0.0.1')", [number, name])
    con.execute("INSERT INTO documents VALUES ('d1', NULL, 'old', NULL, 'de', NULL, NULL, 'Alter Text', now())")
    con.close()
    store = Store(path)
    assert store.schema_version() == 1
    info = store.status()  # opening for reading upgrades first
    assert info["schema_version"] == migrations()[-1][0]
    assert info["documents"] == 1 and info["events"] == 0


def test_store_refuses_a_newer_schema(tmp_path):
    store = Store(tmp_path / "new.duckdb")
    store.ensure_schema()
    con = duckdb.connect(str(store.path))
    con.execute("INSERT INTO schema_migrations VALUES (999, 'future', now(), '9.9')")
    con.close()
    with pytest.raises(SchemaError, match="999"):
        Store(store.path).ensure_schema()


WRITER = textwrap.dedent(
    """
    import sys, time
    from mirrorwatch.records import Actor, Event, events_to_arrow
    from mirrorwatch.store import Store
    store = Store(sys.argv[1], wait=60)
    n = 0
    end = time.monotonic() + float(sys.argv[2])
    while time.monotonic() < end:
        batch = [Event(doc_id=f"w{n}-{i}", sentence_index=0, sentence="s", span=(0, 1),
                       source=Actor("RUS", "GOV", "x"), target=Actor("AZE", "GOV", "y"), plover="SANCTION",
                       mode="expel", cameo="166", quad_class=4, intensity=-7.0, date="2025-07-01",
                       date_precision="day") for i in range(200)]
        store.write_events(events_to_arrow(batch))
        n += 1
    print(n)
    """
)


def test_store_reader_never_fails_while_another_process_writes(tmp_path):
    path = tmp_path / "busy.duckdb"
    Store(path).ensure_schema()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "4"], stdout=subprocess.PIPE, text=True)
    reader = Store(path, wait=30)
    counts = []
    try:
        deadline = time.monotonic() + 3.5
        while time.monotonic() < deadline:
            counts.append(reader.query("SELECT count(*) AS n FROM events").to_pylist()[0]["n"])
    finally:
        out, _ = writer.communicate(timeout=120)
    assert writer.returncode == 0
    batches = int(out.strip())
    assert batches >= 2, "the writer must have been able to write while we read"
    assert len(counts) >= 5, "the reader must have got answers while the writer wrote"
    assert counts == sorted(counts), "reads see whole committed batches, never going back"
    assert all(c % 200 == 0 for c in counts), "a reader never sees half a batch"
    assert reader.status()["events"] == batches * 200


def test_store_reading_a_missing_store_is_a_clear_error_and_creates_nothing(tmp_path):
    from mirrorwatch.errors import StoreError

    path = tmp_path / "typo.duckdb"
    with pytest.raises(StoreError, match="No store at"):
        Store(path).query("SELECT 1")
    assert not path.exists()
