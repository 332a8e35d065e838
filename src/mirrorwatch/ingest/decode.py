"""Bytes → text for the ingest stage: transparent gunzip, binary rejection, character sets.

The first step for every input that is read as a whole (a file, a fetched URL, a WARC record,
stdin). Each problem raises :class:`~mirrorwatch.errors.InputError` naming the item and the reason,
so that the batch records it and goes on with the next item.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from typing import IO

from ..errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "GZIP_MAGIC", "decode_text", "gunzip", "read_capped", "sniff_binary"]

#: Default size cap for one document (a file, a page, a record): 10 MB.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

GZIP_MAGIC = b"\x1f\x8b"

# File signatures of formats people put next to articles by mistake (or rename to .html).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x7fELF", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


def sniff_binary(data: bytes) -> str | None:
    """The name of a binary format ``data`` starts with, or ``None`` when it may be text."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    return None


def read_capped(stream: IO[bytes], item: str, max_bytes: int) -> bytes:
    """Read a whole stream, refusing more than ``max_bytes`` (without reading the rest)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(item, f"larger than the size cap of {max_bytes:,} bytes (raise it with --max-size)")
    return data


def gunzip(data: bytes, item: str, max_bytes: int) -> bytes:
    """Decompress a gzip stream (all members), refusing truncated streams and over-size output.

    The size cap applies to the decompressed bytes, so that a small "gzip bomb" cannot fill memory.
    """
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            return read_capped(gz, item, max_bytes)
    except EOFError as exc:
        raise InputError(item, "truncated gzip stream (unexpected end of data)") from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(item, f"damaged gzip stream ({exc})") from exc


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_text(data: bytes, item: str, *, declared: str | None = None) -> str:
    """Decode the bytes of one text item (any format), or say why they are not text.

    Order: byte-order mark; UTF-8; the charset the content declares (``<meta charset>``, XML
    declaration) or the transport declared (``declared``, e.g. an HTTP header); then detection by
    ``charset_normalizer``. Binary content (known file signatures, NUL bytes, many control
    characters) is refused whatever the file name says.

    Raises:
        InputError: binary content or bytes no character set fits.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_text(data.decode("utf-16"), item)
        except UnicodeDecodeError as exc:
            raise InputError(item, f"undecodable bytes: invalid UTF-16 ({exc.reason})") from exc
    kind = sniff_binary(data)
    if kind:
        raise InputError(item, f"binary content ({kind}), not text")
    if b"\x00" in data[:65536]:
        raise InputError(item, "binary content (NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8"), item)
    except UnicodeDecodeError:
        pass
    for name in (declared, _declared_charset(data)):
        if not name:
            continue
        try:
            if codecs.lookup(name).name == "utf-8":
                continue  # already failed above
            return _check_text(data.decode(name), item)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(item, "undecodable bytes: not UTF-8, and no character set fits (binary?)")
    return _check_text(str(best), item)


def _check_text(text: str, item: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(item, "binary content (control characters), not text")
    return text
