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


def read_warc(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Draft | Failure]:
    """Drafts and failures of one WARC stream (plain or gzip-compressed per record)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = 0
    iterator = ArchiveIterator(stream)
    try:
        for record in iterator:
            records += 1
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or None
            item = f"{name}@{iterator.get_record_offset()}" + (f" ({uri})" if uri else "")
            http = record.http_headers
            ctype = (http.get_header("Content-Type") or "") if http is not None else ""
            media = ctype.split(";")[0].strip().lower()
            if media not in _HTML_TYPES:
                continue
            status = http.get_statuscode() if http is not None else None
            if status and not str(status).startswith("2"):
                continue  # redirects and error pages hold no article
            try:
                draft = _record_draft(record, item, uri, ctype, max_bytes)
            except InputError as exc:
                yield Failure.of(exc)
                continue
            if draft is not None:
                yield draft
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        yield Failure(name, f"truncated or damaged WARC after {records} records "
                            f"({exc.__class__.__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else 'unexpected end of data'})")


def _record_draft(record: Any, item: str, uri: str | None, ctype: str, max_bytes: int) -> Draft | None:
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
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
