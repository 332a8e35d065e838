"""WARC and WARC.gz files (as in CC-NEWS) → drafts, one per HTML response record (warcio).

Only ``response`` records whose HTTP ``Content-Type`` is HTML are articles; request, metadata and
non-HTML records are skipped silently. The record's ``WARC-Target-URI`` is the document URL and its
``WARC-Date`` the fallback publication date (used only when the page states none). A damaged or
truncated archive ends with one failure naming the file and how many records were read; the
records before the damage are kept.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO, Any

from ..errors import InputError
from .decode import decode_text, gunzip
from .html import extract_html
from .items import Draft, Failure
from .meta import parse_date

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Counting:
    """A read-only stream that counts the bytes read through it (to find truncated archives)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self.stream.read(n)
        self.count += len(data)
        return data

    def drain(self) -> None:
        while self.read(1 << 16):
            pass


# Bytes after the last record that are not a truncated record (the blank lines ending a plain WARC).
_TRAILING_SLACK = 4


def read_warc(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Draft | Failure]:
    """Drafts and failures of one WARC stream (plain or gzip-compressed per record).

    warcio ends the iteration quietly when an archive is cut inside a record header, and returns
    a short body when it is cut inside a body; both are detected here (the record's unread length,
    bytes after the last complete record) and reported as one failure for the file.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    complete = 0
    counter = _Counting(stream)
    iterator = ArchiveIterator(counter)
    end = 0
    try:
        for record in iterator:
            uri = record.rec_headers.get_header("WARC-Target-URI") or None
            http = record.http_headers
            ctype = (http.get_header("Content-Type") or "") if http is not None else ""
            status = str(http.get_statuscode() or "") if http is not None else ""
            # Only successful HTML responses are articles; redirects, errors and other records are skipped.
            wanted = (record.rec_type == "response" and ctype.split(";")[0].strip().lower() in _HTML_TYPES
                      and (not status or status.startswith("2")))
            data = record.content_stream().read(max_bytes + 1) if wanted else b""
            # warcio knows a record's offset and length only once it has been read to its end.
            offset = iterator.get_record_offset()
            end = offset + iterator.get_record_length()
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise EOFError("a record is cut short")
            complete += 1
            if not wanted:
                continue
            item = f"{name}@{offset}" + (f" ({uri})" if uri else "")
            try:
                yield _record_draft(record, data, item, uri, ctype, max_bytes)
            except InputError as exc:
                yield Failure.of(exc)
        counter.drain()
        if counter.count - end > _TRAILING_SLACK:
            raise EOFError("unexpected end of data after the last complete record")
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else "unexpected end of data"
        yield Failure(name, f"truncated or damaged WARC after {complete} complete records ({detail})")


def _record_draft(record: Any, data: bytes, item: str, uri: str | None, ctype: str, max_bytes: int) -> Draft:
    if len(data) > max_bytes:
        raise InputError(item, f"record larger than the size cap of {max_bytes:,} bytes")
    if data.startswith(b"\x1f\x8b"):  # a body stored with Content-Encoding: gzip and not decoded
        data = gunzip(data, item, max_bytes)
    declared = None
    if "charset=" in ctype.lower():
        declared = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
    draft = extract_html(decode_text(data, item, declared=declared), item, url=uri)
    warc_date = record.rec_headers.get_header("WARC-Date")
    try:
        draft.fallback_published = parse_date(warc_date, item, field="WARC-Date")
    except InputError:
        draft.fallback_published = None
    return draft
