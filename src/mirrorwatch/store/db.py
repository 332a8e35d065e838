"""The embedded event store: one DuckDB file, versioned schema, batch writes, polite locking.

Concurrency design (why it looks like this): DuckDB locks its file across processes, and a process
that holds it read-write blocks every other process, even read-only opens. A long-lived connection
in `mirrorwatch serve` would therefore stop an ingest, and a long ingest would stop the dashboard.
So no command keeps the file open: every read and every write batch opens the file, does its work
in one short transaction and closes it again. Whoever finds the file locked waits with jittered
exponential back-off (``wait`` seconds at most, default 60) and then gets a clear
:class:`~mirrorwatch.errors.StoreBusyError`. Writers commit in batches (a few hundred documents at a
time), so a reader never waits longer than one batch. A crash or ``kill -9`` mid-batch loses only
the uncommitted batch (DuckDB's WAL rolls it back); re-running the command completes the work
without duplicates, because documents and events are keyed by content-derived ids.

Schema versions live in ``migrations/NNN_name.sql``; opening a store written by an older
mirrorwatch applies the missing migrations (in one transaction), and a store written by a newer
one is refused rather than damaged.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .._version import __version__
from ..errors import SchemaError, StoreBusyError, StoreError

__all__ = ["DEFAULT_DB", "Store", "migrations", "resolve_db_path"]

#: Default store file, relative to the working directory (overridden by ``--db`` or ``MIRRORWATCH_DB``).
DEFAULT_DB = "mirrorwatch.duckdb"

_LOCK_MARKERS = ("could not set lock", "conflicting lock", "resource temporarily unavailable")


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``path`` if given, else ``$MIRRORWATCH_DB``, else ``./mirrorwatch.duckdb``."""
    return Path(path or os.environ.get("MIRRORWATCH_DB") or DEFAULT_DB)


def migrations() -> list[tuple[int, str, str]]:
    """The schema migrations shipped with this version: ``(number, name, sql)`` in order."""
    out = []
    folder = resources.files(__package__).joinpath("migrations")
    for entry in folder.iterdir():
        m = re.match(r"^(\d{3})_(.+)\.sql$", entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(out)


def _is_lock_error(exc: BaseException) -> bool:
    msg = str(exc).lower()
    return any(marker in msg for marker in _LOCK_MARKERS)


class Store:
    """A mirrorwatch event store in one DuckDB file.

    Example::

        store = Store("crisis.duckdb")
        print(store.status()["events"])
        with store.read() as con:
            con.sql("SELECT plover, count(*) FROM events GROUP BY 1").show()

    Args:
        path: the DuckDB file (created on first write). ``None`` → :func:`resolve_db_path`.
        wait: seconds to wait for another process's lock before :class:`StoreBusyError`.
        events_dirs: Parquet event directories to read alongside the ``events`` table (attached,
            not imported); see ``mirrorwatch attach``.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        wait: float = 60.0,
        events_dirs: Sequence[str | os.PathLike[str]] = (),
    ) -> None:
        self.path = resolve_db_path(path)
        self.wait = wait
        self.events_dirs = [Path(p) for p in events_dirs]
        self._checked = False

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- connections -------------------------------------------------------------------------
    def _open(self, *, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.wait
        delay = 0.01
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.Error as exc:  # IOException on lock conflicts
                if not _is_lock_error(exc):
                    raise StoreError(f"Cannot open the store {self.path}: {exc}") from exc
                if time.monotonic() >= deadline:
                    raise StoreBusyError(
                        f"The store {self.path} stayed locked by another process for {self.wait:.0f} s. "
                        "Another mirrorwatch command is writing to it; try again when it has finished, "
                        "or pass a longer wait (MIRRORWATCH_WAIT)."
                    ) from exc
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 0.25)

    def ensure_schema(self) -> int:
        """Create the store or upgrade it to this version's schema; return the schema version."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = self._open(read_only=False)
        try:
            version = self._migrate(con)
        finally:
            con.close()
        self._checked = True
        return version

    def _migrate(self, con: duckdb.DuckDBPyConnection) -> int:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
            "applied_at TIMESTAMPTZ, mirrorwatch VARCHAR)"
        )
        have = {r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()}
        shipped = migrations()
        newest = shipped[-1][0]
        if have and max(have) > newest:
            raise SchemaError(
                f"The store {self.path} has schema version {max(have)}, but this mirrorwatch "
                f"({__version__}) knows only up to {newest}. Upgrade mirrorwatch to open it."
            )
        pending = [m for m in shipped if m[0] not in have]
        if pending:
            con.execute("BEGIN TRANSACTION")
            try:
                for number, name, sql in pending:
                    con.execute(sql)
                    con.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, now(), ?)", [number, name, __version__]
                    )
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise SchemaError(f"Migrating {self.path} failed at {pending[0][1]}: {exc}") from exc
        return newest

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived read-only connection (an older schema is upgraded first).

        Raises :class:`StoreError` when there is no store at the path: reading never creates one.

        Keep the block short: while it is open, writers in other processes wait.
        """
        if not self._checked:
            if not self.path.exists():
                # Reading never creates a store: a mistyped --db must not leave an empty file behind.
                raise StoreError(
                    f"No store at {self.path}. Create one with: mirrorwatch ingest PATH --db {self.path} "
                    "(or mirrorwatch import ...), or point --db / MIRRORWATCH_DB at an existing store."
                )
            if self.schema_version() < migrations()[-1][0]:
                self.ensure_schema()
            self._checked = True
        con = self._open(read_only=True)
        try:
            self._attach_event_dirs(con)
            yield con
        finally:
            con.close()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived read-write connection inside one transaction (rolled back on error)."""
        if not self._checked:
            self.ensure_schema()
        con = self._open(read_only=False)
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            con.close()

    def _attach_event_dirs(self, con: duckdb.DuckDBPyConnection) -> None:
        """Expose ``all_events``: the events table plus any attached Parquet directories."""
        if not self.events_dirs:
            con.execute("CREATE OR REPLACE TEMP VIEW all_events AS SELECT * FROM events")
            return
        globs = ", ".join("'" + str(p / "**" / "*.parquet").replace("'", "''") + "'" for p in self.events_dirs)
        con.execute(
            "CREATE OR REPLACE TEMP VIEW all_events AS SELECT * FROM events UNION ALL BY NAME "
            f"SELECT * FROM read_parquet([{globs}], union_by_name=true)"
        )

    def schema_version(self) -> int:
        """The schema version of the file on disk (0 for a new or empty file)."""
        if not self.path.exists():
            return 0
        con = self._open(read_only=True)
        try:
            try:
                row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
            except duckdb.CatalogException:
                return 0
            return int(row[0] or 0)
        finally:
            con.close()

    # -- queries -----------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> pa.Table:
        """Run a read-only query and return an Arrow table (``all_events`` includes attached dirs)."""
        with self.read() as con:
            return con.sql(sql, params=list(params) if params else None).to_arrow_table()

    def df(self, sql: str, params: Sequence[Any] | None = None):  # -> pandas.DataFrame
        """Run a read-only query and return a pandas DataFrame."""
        with self.read() as con:
            return con.sql(sql, params=list(params) if params else None).df()

    # -- writes ------------------------------------------------------------------------------
    def write_documents(self, batch: pa.Table, con: duckdb.DuckDBPyConnection | None = None) -> list[str]:
        """Insert documents that are new by id and by URL; return the ids actually inserted.

        ``batch`` follows :data:`mirrorwatch.records.DOCUMENT_SCHEMA` (extra columns ignored). Rows
        whose ``doc_id`` or non-empty ``url`` is already stored, or repeated inside the batch, are
        skipped: ingesting the same input twice stores each article once.
        """
        if batch.num_rows == 0:
            return []
        if con is None:
            with self.write() as c:
                return self.write_documents(batch, c)
        # Input order decides among duplicates inside the batch: the first row of an id wins, then
        # the first remaining row of a URL, so the stored set never depends on how rows were hashed.
        batch = batch.append_column("_mw_pos", pa.array(range(batch.num_rows), pa.int64()))
        con.register("_mw_docs", batch)
        try:
            rows = con.execute(
                """
                WITH by_id AS (
                    SELECT * FROM _mw_docs
                    QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY _mw_pos) = 1
                ), b AS (
                    SELECT * FROM by_id
                    QUALIFY row_number() OVER (PARTITION BY coalesce(nullif(url, ''), doc_id) ORDER BY _mw_pos) = 1
                )
                INSERT INTO documents BY NAME
                SELECT doc_id, nullif(url, '') AS url, title, published, language, site, origin, text,
                       coalesce(ingested_at, now()) AS ingested_at
                FROM b
                WHERE doc_id NOT IN (SELECT doc_id FROM documents)
                  AND (nullif(b.url, '') IS NULL
                       OR b.url NOT IN (SELECT url FROM documents WHERE url IS NOT NULL))
                ORDER BY _mw_pos
                RETURNING doc_id
                """
            ).fetchall()
        finally:
            con.unregister("_mw_docs")
        return [r[0] for r in rows]

    def write_events(
        self, batch: pa.Table, *, run_id: str | None = None, con: duckdb.DuckDBPyConnection | None = None
    ) -> int:
        """Insert events not yet stored (by ``event_id``); return how many were new.

        ``batch`` follows :data:`mirrorwatch.records.EVENT_SCHEMA`.
        """
        if batch.num_rows == 0:
            return 0
        if con is None:
            with self.write() as c:
                return self.write_events(batch, run_id=run_id, con=c)
        # The first row of an id inside the batch wins (input order), then an anti-join skips ids
        # already stored: cheaper than NOT IN on a large table, same result.
        batch = batch.append_column("_mw_pos", pa.array(range(batch.num_rows), pa.int64()))
        con.register("_mw_events", batch)
        try:
            inserted = con.execute(
                """
                INSERT INTO events BY NAME
                SELECT b.* EXCLUDE (_mw_pos), ? AS run_id
                FROM (SELECT * FROM _mw_events
                      QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY _mw_pos) = 1) AS b
                ANTI JOIN events AS e ON e.event_id = b.event_id
                """,
                [run_id],
            ).fetchone()[0]  # an INSERT answers with the number of rows it inserted
        finally:
            con.unregister("_mw_events")
        return int(inserted)

    # -- runs --------------------------------------------------------------------------------
    def start_run(self, command: str, params: dict[str, Any] | None = None, *, lexicon_version: str | None = None) -> str:
        """Record that a command started; return its run id."""
        run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        with self.write() as con:
            con.execute(
                "INSERT INTO runs VALUES (?, ?, now(), NULL, 'running', ?, ?, ?, NULL)",
                [run_id, command, __version__, lexicon_version, json.dumps(params or {}, default=str)],
            )
        return run_id

    def finish_run(self, run_id: str, *, status: str, stats: dict[str, Any] | None = None) -> None:
        """Record how a run ended (``ok``, ``partial`` or ``failed``) with its counts."""
        with self.write() as con:
            con.execute(
                "UPDATE runs SET finished_at = now(), status = ?, stats = ? WHERE run_id = ?",
                [status, json.dumps(stats or {}, default=str), run_id],
            )

    # -- overview ----------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        """What the store holds: counts by language, site, dataset and type; dates; schema; runs."""
        if not self.path.exists():
            return {"path": str(self.path), "exists": False, "documents": 0, "events": 0}
        with self.read() as con:
            one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
            pairs = lambda sql: {str(k): int(v) for k, v in con.execute(sql).fetchall()}  # noqa: E731
            lo, hi = con.execute("SELECT min(date), max(date) FROM all_events").fetchone()
            runs = [
                {"run_id": r[0], "command": r[1], "started_at": r[2].isoformat() if r[2] else None,
                 "status": r[3], "version": r[4], "lexicon_version": r[5],
                 "stats": json.loads(r[6]) if r[6] else None}
                for r in con.execute(
                    "SELECT run_id, command, started_at, status, version, lexicon_version, stats "
                    "FROM runs ORDER BY started_at DESC LIMIT 5"
                ).fetchall()
            ]
            return {
                "path": str(self.path),
                "exists": True,
                "schema_version": int(one("SELECT max(version) FROM schema_migrations")),
                "documents": int(one("SELECT count(*) FROM documents")),
                "documents_coded": int(one("SELECT count(*) FROM coded")),
                "events": int(one("SELECT count(*) FROM all_events")),
                "documents_by_language": pairs(
                    "SELECT coalesce(language, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"
                ),
                "documents_by_site": pairs(
                    "SELECT coalesce(site, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC LIMIT 20"
                ),
                "events_by_dataset": pairs("SELECT dataset, count(*) FROM all_events GROUP BY 1 ORDER BY 2 DESC"),
                "events_by_type": pairs("SELECT plover, count(*) FROM all_events GROUP BY 1 ORDER BY 2 DESC"),
                "date_range": [lo.isoformat() if lo else None, hi.isoformat() if hi else None],
                "last_runs": runs,
                "attached_event_dirs": [str(p) for p in self.events_dirs],
            }
