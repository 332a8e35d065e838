"""Export stored events: CSV, Parquet, JSONL, PLOVER JSON and GDELT 2.0.

Part of the interop stage, the way out of the store: one filtered query over ``all_events`` (the
events table plus attached Parquet directories) is streamed in Arrow batches to the chosen writer.
The file is written under a temporary name and renamed at the end, so a failed export never leaves
half a file behind. A name ending in ``.gz`` is gzip-compressed (not for Parquet, which compresses
itself).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import queue
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from ..errors import InputError
from ..records import EVENT_SCHEMA, events_from_arrow

__all__ = ["FORMATS", "export_events", "query_batches"]

#: Export formats and what they write.
FORMATS = {
    "csv": "flat columns of the store, header row, evidence as a JSON list",
    "parquet": "flat columns of the store (EVENT_SCHEMA), zstd",
    "jsonl": "one event per line, exactly as `mirrorwatch code --format jsonl`",
    "plover": "PLOVER JSON records (JSONL; a JSON array when the name ends in .json)",
    "gdelt": "GDELT 2.0 events layout: 61 tab-separated columns, no header, our codes",
}


def _iso(value: str | dt.date | None, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise InputError(f"--{what} {value!r}", "not a date; write YYYY-MM-DD") from exc


def _where(dyad: Sequence[str] | None, since: Any, until: Any, types: Sequence[str] | None,
           datasets: Sequence[str] | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if dyad:
        if len(dyad) != 2:
            raise InputError("--dyad", "give two country codes, e.g. --dyad RUS AZE")
        a, b = (c.strip().upper() for c in dyad)
        clauses.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
        params += [a, b, b, a]
    lo, hi = _iso(since, "since"), _iso(until, "until")
    if lo:
        clauses.append("date >= ?")
        params.append(lo)
    if hi:
        clauses.append("date <= ?")
        params.append(hi)
    if types:
        clauses.append("plover IN (" + ", ".join("?" for _ in types) + ")")
        params += [t.strip().upper() for t in types]
    if datasets:
        clauses.append("dataset IN (" + ", ".join("?" for _ in datasets) + ")")
        params += [d.strip() for d in datasets]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query_batches(store: Any, *, dyad: Sequence[str] | None = None, since: Any = None, until: Any = None,
                  types: Sequence[str] | None = None, datasets: Sequence[str] | None = None,
                  batch_rows: int = 20000) -> Iterator[pa.Table]:
    """Stream the matching events (ordered by date, then id) as tables with :data:`EVENT_SCHEMA`.

    The read connection stays open while the caller consumes the batches.
    """
    where, params = _where(dyad, since, until, types, datasets)
    cols = ", ".join(f'"{n}"' for n in EVENT_SCHEMA.names)
    sql = f"SELECT {cols} FROM all_events{where} ORDER BY date NULLS LAST, event_id"
    with store.read() as con:
        # DuckDB 2: a relation streams as a RecordBatchReader; batches of batch_rows bound the memory.
        reader = con.sql(sql, params=params).to_arrow_reader(batch_rows)
        pending: list[pa.RecordBatch] = []
        rows = 0
        for batch in reader:
            pending.append(batch)
            rows += batch.num_rows
            if rows >= batch_rows:
                yield pa.Table.from_batches(pending).cast(EVENT_SCHEMA)
                pending, rows = [], 0
        if pending:
            yield pa.Table.from_batches(pending).cast(EVENT_SCHEMA)


#: gzip level of compressed exports: 6 (the gzip tool's default) writes files as small as 9 does
#: on event data, 2.7 times faster (docs/benchmarks.md).
GZIP_LEVEL = 6


class _GzipWriter(io.RawIOBase):
    """A gzip file compressed in a background thread while the caller formats the next batch.

    zlib works without the GIL, so on two cores compressing and formatting overlap (half the time
    of a ``.gz`` export). At most one piece waits in the queue; an error in the thread is raised
    at the next write or at close.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._gz = gzip.open(path, "wb", compresslevel=GZIP_LEVEL)  # noqa: SIM115 (closed in close())
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="mirrorwatch-gzip", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._gz.write(data)
                except BaseException as exc:  # raised in the caller's thread
                    self._error = exc

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self._error is not None:
            raise self._error
        chunk = bytes(data)
        self._queue.put(chunk)
        return len(chunk)

    def close(self) -> None:
        if not self.closed:
            self._queue.put(None)
            self._thread.join()
            self._gz.close()
            super().close()
            if self._error is not None:
                raise self._error


def _binary_sink(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return _GzipWriter(path)  # type: ignore[return-value]
    return open(path, "wb")


def _write_plover(batches: Iterator[pa.Table], fh: IO[Any], *, array: bool) -> int:
    from .common import write_lines, write_text
    from .plover import plover_json_lines, plover_record

    n = 0
    if array:
        write_text(fh, "[\n")
    for b in batches:
        if b.num_rows == 0:
            continue
        if b.column("event_id").null_count:
            # Rows without an id (hand-made attached Parquet) get theirs from the record, row by row.
            lines = [json.dumps(plover_record(e), ensure_ascii=False) for e in events_from_arrow(b)]
            text = "".join(",\n" + line for line in lines) if array else "".join(line + "\n" for line in lines)
            write_text(fh, text[2:] if array and n == 0 else text)
        elif array:  # records separated by ",\n": each line starts with one, but the file's first
            write_lines(fh, plover_json_lines(b, prefix=",\n"), skip=0 if n else 2)
        else:
            write_lines(fh, plover_json_lines(b, terminator="\n"))
        n += b.num_rows
    if array:
        write_text(fh, "\n]\n")
    return n


def export_events(store: Any, fmt: str, path: str | os.PathLike[str], *, dyad: Sequence[str] | None = None,
                  since: Any = None, until: Any = None, types: Sequence[str] | None = None,
                  datasets: Sequence[str] | None = None) -> int:
    """Write the store's events (optionally filtered) to ``path`` in ``fmt``; return how many.

    See :func:`mirrorwatch.api.export_events`.
    """
    from .gdelt import write_gdelt
    from .tabular import write_csv, write_jsonl, write_parquet

    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt}", f"unknown format; use one of {', '.join(FORMATS)}")
    out = Path(path)
    if out.parent and not out.parent.exists():
        raise InputError(str(out), "the folder does not exist")
    batches = query_batches(store, dyad=dyad, since=since, until=until, types=types, datasets=datasets)
    tmp = out.with_name(out.name + ".part")
    try:
        if fmt == "parquet":
            with open(tmp, "wb") as fh:
                n = write_parquet(batches, fh)
        elif fmt == "csv":
            with _binary_sink(tmp if not out.name.endswith(".gz") else tmp.with_name(out.name + ".part.gz")) as fh:
                n = write_csv(batches, fh)
            if out.name.endswith(".gz"):
                os.replace(tmp.with_name(out.name + ".part.gz"), tmp)
        else:
            sink = tmp.with_name(out.name + ".part.gz") if out.name.endswith(".gz") else tmp
            with _binary_sink(sink) as fh:
                if fmt == "jsonl":
                    n = write_jsonl(batches, fh)
                elif fmt == "plover":
                    n = _write_plover(batches, fh, array=out.name.endswith(".json"))
                else:
                    n = write_gdelt(batches, fh)
            if sink != tmp:
                os.replace(sink, tmp)
        os.replace(tmp, out)
    except BaseException:
        for p in (tmp, tmp.with_name(out.name + ".part.gz")):
            p.unlink(missing_ok=True)
        raise
    return n
