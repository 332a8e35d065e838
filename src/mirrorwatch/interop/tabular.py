"""mirrorwatch's own event files: CSV, Parquet and JSONL, read and written.

Part of the interop stage. CSV and Parquet use the flat columns of
:data:`mirrorwatch.records.EVENT_SCHEMA` (``event_id`` first; in CSV ``evidence`` is a JSON list and
empty fields are nulls); JSONL is exactly ``mirrorwatch code --format jsonl`` (nested ``source`` and
``target``; ``doc_id``/``sentence`` may be missing). Import keeps every field, ``event_id`` and
``is_symmetric`` included, so export → import gives the same events.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError
from ..records import EVENT_SCHEMA, Event, events_to_arrow
from .common import ImportReport

__all__ = ["read_tabular", "write_csv", "write_jsonl", "write_parquet"]

_BATCH = 10000
_PARQUET_MAGIC = b"PAR1"


def _parse_value(name: str, typ: pa.DataType, raw: str) -> Any:
    if raw == "":
        return None
    if pa.types.is_boolean(typ):
        low = raw.strip().lower()
        if low in ("true", "1", "yes"):
            return True
        if low in ("false", "0", "no"):
            return False
        raise ValueError(f"{name} {raw!r} is not true/false")
    if pa.types.is_integer(typ):
        return int(raw)
    if pa.types.is_floating(typ):
        return float(raw)
    if pa.types.is_date(typ):
        return dt.date.fromisoformat(raw[:10])
    if pa.types.is_list(typ):
        value = json.loads(raw)
        if not isinstance(value, list):
            raise ValueError(f"{name} is not a JSON list")
        return [str(v) for v in value]
    return raw


def _csv_row(row: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in EVENT_SCHEMA:
        raw = row.get(f.name)
        out[f.name] = None if raw is None else _parse_value(f.name, f.type, raw)
    if not out.get("plover"):
        raise ValueError("plover is empty")
    if out.get("evidence") is None:
        out["evidence"] = []
    for flag in ("source_attributed", "target_attributed", "negated", "hypothetical", "is_symmetric"):
        out[flag] = bool(out.get(flag))
    if not out.get("dataset"):
        out["dataset"] = "mirrorwatch"
    return out


def _with_ids(rows: list[dict[str, Any]]) -> pa.Table:
    table = pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)
    if table.column("event_id").null_count:
        # Files written by hand may lack ids: derive them exactly as the record does.
        from ..records import events_from_arrow

        table = events_to_arrow(events_from_arrow(table))
    return table


def _read_csv(stream: IO[bytes], name: str, report: ImportReport) -> Iterator[pa.Table]:
    # Python's csv module, not Arrow's: sentences may hold quoted line breaks, and each row must be
    # checked on its own so that one bad row is reported and the rest imported.
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    reader = csv.DictReader(text)
    if not reader.fieldnames or "plover" not in reader.fieldnames:
        raise InputError(name, "not a mirrorwatch events CSV: the header has no 'plover' column")
    rows: list[dict[str, Any]] = []
    try:
        for row in reader:
            report.rows += 1
            try:
                rows.append(_csv_row(row))
            except (ValueError, json.JSONDecodeError) as exc:
                report.bad_row(name, reader.line_num, str(exc))
            if len(rows) >= _BATCH:
                yield _with_ids(rows)
                rows = []
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text near line {reader.line_num + 1}") from exc
    if rows:
        yield _with_ids(rows)


def _read_jsonl(stream: IO[bytes], name: str, report: ImportReport) -> Iterator[pa.Table]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace")
    batch: list[Event] = []
    for lineno, line in enumerate(text, 1):
        if not line.strip():
            continue
        report.rows += 1
        try:
            d = json.loads(line)
            if not isinstance(d, dict):
                raise ValueError("the line is not a JSON object")
            if not d.get("plover"):
                raise ValueError("the record has no 'plover'")
            batch.append(Event.from_dict(d))
        except (ValueError, TypeError, KeyError) as exc:
            report.bad_row(name, lineno, str(exc))
            continue
        if len(batch) >= _BATCH:
            yield events_to_arrow(batch)
            batch = []
    if batch:
        yield events_to_arrow(batch)


def _read_parquet(stream: IO[bytes], name: str, report: ImportReport) -> Iterator[pa.Table]:
    try:
        pf = pq.ParquetFile(stream)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(name, f"not a readable Parquet file ({exc})") from exc
    have = set(pf.schema_arrow.names)
    if "plover" not in have:
        raise InputError(name, "not a mirrorwatch events Parquet file: no 'plover' column")
    for batch in pf.iter_batches(batch_size=50000):
        t = pa.Table.from_batches([batch])
        report.rows += t.num_rows
        arrays = []
        for f in EVENT_SCHEMA:
            if f.name in have:
                arrays.append(t.column(f.name).cast(f.type))
            else:
                arrays.append(pa.nulls(t.num_rows, f.type))
        t = pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)
        bad = t.column("plover").null_count
        if bad:
            for i, v in enumerate(t.column("plover").to_pylist()):
                if v is None:
                    report.bad_row(name, None, f"row {report.rows - t.num_rows + i + 1}: plover is empty")
            t = t.filter(t.column("plover").is_valid())
        if t.column("event_id").null_count:
            from ..records import events_from_arrow

            t = events_to_arrow(events_from_arrow(t))
        yield t


def read_tabular(stream: IO[bytes], name: str, report: ImportReport, *, dataset: str | None = None,
                 block_size: int | None = None) -> Iterator[pa.Table]:
    """Stream one of our own event files (CSV, Parquet or JSONL, recognised by content) as Arrow batches.

    Args:
        stream: the decompressed bytes of the file.
        name: how the file is named in messages.
        report: receives counts and bad rows (CSV/JSONL with line numbers).
        dataset: unused (the records carry their own ``dataset``).
        block_size: unused.
    """
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    if head == _PARQUET_MAGIC or name.lower().endswith(".parquet"):
        data = stream.read()  # Parquet needs random access; the footer is at the end.
        yield from _read_parquet(pa.BufferReader(data), name, report)  # type: ignore[arg-type]
        return
    buffered = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
    first = buffered.peek(64)[:64].lstrip()  # type: ignore[union-attr]
    if first.startswith(b"{") or name.lower().endswith((".jsonl", ".jsonl.gz", ".json")):
        yield from _read_jsonl(buffered, name, report)
    else:
        yield from _read_csv(buffered, name, report)


# -- writers ----------------------------------------------------------------------------------------------
def _csv_batch(batch: pa.Table) -> pa.Table:
    ev = [json.dumps(v or [], ensure_ascii=False) for v in batch.column("evidence").to_pylist()]
    idx = batch.schema.get_field_index("evidence")
    return batch.set_column(idx, "evidence", pa.array(ev, pa.string()))


def write_csv(batches: Iterable[pa.Table], sink: IO[bytes]) -> int:
    """Write events as CSV with a header (:data:`EVENT_SCHEMA` columns; ``evidence`` as a JSON list)."""
    import pyarrow.csv as pacsv

    schema = _csv_batch(EVENT_SCHEMA.empty_table()).schema
    n = 0
    with pacsv.CSVWriter(sink, schema, write_options=pacsv.WriteOptions(quoting_style="needed")) as w:
        for b in batches:
            w.write_table(_csv_batch(b))
            n += b.num_rows
    return n


def write_parquet(batches: Iterable[pa.Table], sink: IO[bytes]) -> int:
    """Write events as one Parquet file with :data:`EVENT_SCHEMA` (zstd-compressed)."""
    n = 0
    with pq.ParquetWriter(sink, EVENT_SCHEMA, compression="zstd") as w:
        for b in batches:
            w.write_table(b)
            n += b.num_rows
    return n


def write_jsonl(batches: Iterable[pa.Table], fh: IO[Any]) -> int:
    """Write events as JSONL, one ``Event.to_json()`` per line (as ``mirrorwatch code`` prints).

    ``fh`` may be a text or a binary handle (UTF-8).
    """
    from ..records import events_from_arrow
    from .common import write_lines, write_text
    from .plover import event_json_lines

    n = 0
    for b in batches:
        if b.num_rows == 0:
            continue
        if b.column("event_id").null_count:  # ids still to compute: row by row through the record
            write_text(fh, "".join(e.to_json() + "\n" for e in events_from_arrow(b)))
        else:
            write_lines(fh, event_json_lines(b, "\n"))
        n += b.num_rows
    return n
