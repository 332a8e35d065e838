"""Attached event directories: the config beside the store, the environment variable, bad dirs."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mirrorwatch import api
from mirrorwatch.errors import InputError
from mirrorwatch.records import EVENT_SCHEMA
from mirrorwatch.scale.attach import ENV, config_path


def _events_dir(path, n: int = 3):
    path.mkdir(parents=True, exist_ok=True)
    rows = [{name: None for name in EVENT_SCHEMA.names} for _ in range(n)]
    for i, r in enumerate(rows):
        r.update(event_id=f"e{path.name}{i}", plover="ACCUSE", source_country="RUS", target_country="POL",
                 dataset="mirrorwatch", evidence=[])
    pq.write_table(pa.Table.from_pylist(rows, schema=EVENT_SCHEMA), path / "part-x.parquet")
    return path


def test_attach_is_recorded_beside_the_store_and_idempotent(tmp_path):
    db = tmp_path / "s.duckdb"
    d = _events_dir(tmp_path / "ev")
    assert api.attach(db, d) == [d.resolve()]
    assert api.attach(db, str(d)) == [d.resolve()]  # twice: no change
    assert config_path(db) == tmp_path / "s.duckdb.attached.json"
    assert api.status(api.open_store(db))["events"] == 3
    assert api.detach(db, d) == []
    with pytest.raises(InputError, match="not attached"):
        api.detach(db, d)


def test_environment_variable_adds_directories(tmp_path, monkeypatch):
    a, b = _events_dir(tmp_path / "a", 2), _events_dir(tmp_path / "b", 5)
    db = tmp_path / "s.duckdb"
    api.attach(db, a)
    monkeypatch.setenv(ENV, str(b))
    store = api.open_store(db)
    assert store.events_dirs == [a.resolve(), b.resolve()]
    assert api.status(store)["events"] == 7


def test_a_vanished_directory_is_skipped_not_fatal(tmp_path, caplog):
    db = tmp_path / "s.duckdb"
    d = _events_dir(tmp_path / "ev")
    api.attach(db, d)
    (d / "part-x.parquet").unlink()
    store = api.open_store(db)
    assert store.events_dirs == []
    assert api.status(store)["events"] == 0
    assert "holds no Parquet parts" in caplog.text


def test_non_event_parquet_and_broken_config_are_refused(tmp_path):
    db = tmp_path / "s.duckdb"
    other = tmp_path / "other"
    other.mkdir()
    pq.write_table(pa.table({"text": ["an article, not an event"]}), other / "docs.parquet")
    with pytest.raises(InputError, match="missing columns event_id"):
        api.attach(db, other)
    config_path(db).write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a valid attach config"):
        api.open_store(db)
