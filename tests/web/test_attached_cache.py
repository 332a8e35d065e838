"""The dashboard's analysis cache notices new Parquet parts in a directory attached to the store."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from mirrorwatch import api, open_store
from mirrorwatch.records import Actor, Event, events_to_arrow

from .conftest import build_store

pytest.importorskip("fastapi")


def _part(folder, name: str, day: str) -> None:
    """One part with one AZE→RUS protest (our own sentence), as ``code-corpus`` would write it."""
    ev = Event(doc_id=f"doc-{name}", sentence_index=0, sentence="Baku protestierte gegen Moskau.", span=(0, 4),
               source=Actor("AZE", "GOV", "Baku"), target=Actor("RUS", "GOV", "Moskau"), plover="PROTEST",
               mode=None, cameo="140", quad_class=3, intensity=-6.5, date=day, date_precision="day")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"part-{name}.parquet.tmp"
    pq.write_table(events_to_arrow([ev]), tmp)
    tmp.rename(folder / f"part-{name}.parquet")  # renamed into place, as the workers do


def test_a_new_part_in_an_attached_directory_gives_new_data(tmp_path):
    from fastapi.testclient import TestClient

    from mirrorwatch.web import create_app

    db = tmp_path / "s.duckdb"
    build_store(open_store(db, wait=30))
    parts = tmp_path / "events"
    _part(parts, "a", "2025-07-20")
    api.attach(db, parts)
    store = open_store(db, wait=30)  # reads the attach config, as `mirrorwatch serve` does
    assert store.events_dirs == [parts.resolve()]
    with TestClient(create_app(store)) as c:
        first = c.get("/dyad/AZE-RUS.json").json()["totals"]["AZE>RUS"]
        assert c.get("/dyad/AZE-RUS.json").json()["totals"]["AZE>RUS"] == first  # served from the cache
        _part(parts, "b", "2025-07-27")  # the store file is untouched: only the directory changed
        assert c.get("/dyad/AZE-RUS.json").json()["totals"]["AZE>RUS"] == first + 1
        (parts / "part-a.parquet").unlink()
        assert c.get("/dyad/AZE-RUS.json").json()["totals"]["AZE>RUS"] == first


def test_the_stamp_changes_with_a_replaced_part_and_not_otherwise(tmp_path):
    from mirrorwatch.web.bridge import parts_stamp

    _part(tmp_path / "ev", "a", "2025-07-20")
    (tmp_path / "ev" / "_done").mkdir()
    before = parts_stamp([tmp_path / "ev"])
    assert before == parts_stamp([tmp_path / "ev"])
    (tmp_path / "ev" / "_done" / "a.json").write_text("{}")  # not a part: the store does not read it
    assert parts_stamp([tmp_path / "ev"]) == before
    _part(tmp_path / "ev", "a", "2025-08-01")  # the same name, rewritten (de-duplication does this)
    assert parts_stamp([tmp_path / "ev"]) != before
