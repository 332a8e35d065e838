"""JSON Lines and CSV/TSV files of articles → drafts, one per line or row, streamed.

Each record has a ``text`` field and optionally ``title``, ``url``, ``published`` (``date``),
``language`` (``lang``) and ``site``. A malformed line (bad JSON, not an object, no text, a bad
date, a row with too many fields) is one failure named ``file:line``; the other lines go on.
Files are read as streams, so a JSON Lines file of millions of articles never sits in memory.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from ..errors import InputError
from .items import Draft, Failure
from .meta import parse_date

__all__ = ["read_csv", "read_jsonl", "record_draft"]

_ALIASES = {"text": "text", "body": "text", "content": "text", "title": "title", "headline": "title",
            "url": "url", "link": "url", "published": "published", "date": "published",
            "language": "language", "lang": "language", "site": "site"}


def record_draft(record: dict[str, Any], item: str, origin: str) -> Draft:
    """A draft from one JSON object or CSV row (field names as in the module docstring).

    Raises:
        InputError: no text, or a bad date.
    """
    fields: dict[str, Any] = {}
    has_text = False
    for key, value in record.items():
        target = _ALIASES.get(str(key).strip().lower()) if key is not None else None
        has_text = has_text or target == "text"
        if target and target not in fields and value not in (None, ""):
            fields[target] = value
    text = fields.get("text")
    if text is None:
        raise InputError(item, "empty text" if has_text else "no 'text' field")
    if not isinstance(text, str):
        raise InputError(item, f"'text' is a {type(text).__name__}, not a string")
    if not text.strip():
        raise InputError(item, "empty text")

    def opt(name: str) -> str | None:
        v = fields.get(name)
        return None if v is None else str(v)

    return Draft(
        item=item, text=text, title=opt("title"), url=opt("url"),
        published=parse_date(fields.get("published"), item), language=opt("language"), site=opt("site"),
        origin=origin,
    )


def read_jsonl(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Draft | Failure]:
    """Drafts and failures of a JSON Lines stream (UTF-8; blank lines are skipped).

    Errors reading the stream itself (a truncated gzip) end the file with one failure after the
    lines already read.
    """
    lineno = 0
    while True:
        try:
            raw = stream.readline(max_bytes + 1)
        except (EOFError, OSError) as exc:
            yield Failure(name, f"truncated or damaged stream after line {lineno} ({exc})")
            return
        if not raw:
            return
        lineno += 1
        item = f"{name}:{lineno}"
        if len(raw) > max_bytes:
            yield Failure(item, f"line larger than the size cap of {max_bytes:,} bytes")
            try:  # skip the rest of the over-long line
                while raw and not raw.endswith(b"\n"):
                    raw = stream.readline(max_bytes)
            except (EOFError, OSError) as exc:
                yield Failure(name, f"truncated or damaged stream after line {lineno} ({exc})")
                return
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Failure(item, f"not UTF-8 (byte {exc.start}): JSON Lines must be UTF-8")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(item, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Failure(item, f"a JSON {type(record).__name__}, not an object with a 'text' field")
            continue
        try:
            yield record_draft(record, item, name)
        except InputError as exc:
            yield Failure.of(exc)


def _text_stream(stream: IO[bytes], name: str) -> io.TextIOWrapper:
    """A text view of a CSV stream: UTF-8 (with or without BOM), else the detected charset."""
    head = stream.peek(65536)[:65536] if hasattr(stream, "peek") else b""
    encoding = "utf-8-sig"
    if head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # not just a character cut at the sample's end
                from charset_normalizer import from_bytes

                best = from_bytes(head).best()
                if best is None:
                    raise InputError(name, "undecodable bytes: not UTF-8, and no character set fits") from exc
                encoding = codecs.lookup(best.encoding).name
    return io.TextIOWrapper(stream, encoding=encoding, newline="")


def read_csv(stream: IO[bytes], name: str, max_bytes: int, *, delimiter: str = ",") -> Iterator[Draft | Failure]:
    """Drafts and failures of a CSV/TSV stream with a header row that names a ``text`` column."""
    try:
        text = _text_stream(stream, name)
    except InputError as exc:
        yield Failure.of(exc)
        return
    csv.field_size_limit(max(max_bytes, 131072))
    reader = csv.reader(text, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield Failure(name, "empty file (no header row)")
        return
    except (csv.Error, UnicodeDecodeError, EOFError, OSError) as exc:
        yield Failure(f"{name}:1", f"unreadable header row ({exc})")
        return
    columns = [h.strip().lower() for h in header]
    if not any(_ALIASES.get(c) == "text" for c in columns):
        yield Failure(name, f"no 'text' column in the header (found: {', '.join(columns) or 'nothing'})")
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Failure(f"{name}:{start}", f"malformed CSV ({exc})")
            continue
        except UnicodeDecodeError as exc:
            yield Failure(f"{name}:{start}", f"undecodable bytes ({exc.reason}); the rest of the file is skipped")
            return
        except (EOFError, OSError) as exc:
            yield Failure(name, f"truncated or damaged stream after line {reader.line_num} ({exc})")
            return
        item = f"{name}:{start}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            yield Failure(item, f"{len(row)} fields, but the header has {len(columns)}")
            continue
        try:
            yield record_draft(dict(zip(columns, row, strict=False)), item, name)
        except InputError as exc:
            yield Failure.of(exc)
