"""Inputs → a stream of drafts and failures: files, folders, URLs, stdin, by format.

:func:`expand` turns the command-line inputs into units (one file, URL or stdin each; folders are
walked recursively in sorted order); :func:`read_unit` reads one unit with the reader its format
needs. The format comes from the file extension (after a ``.gz``), and from the content where the
extension says nothing (stdin, URLs, unknown extensions): the same bytes are read the same way
whatever their name, and a binary file named ``.html`` is still refused.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import InputError
from .decode import GZIP_MAGIC, decode_text, gunzip, read_capped
from .feeds import read_feed
from .fetch import Fetcher
from .html import extract_html
from .items import Draft, Failure, Options
from .tabular import read_csv, read_jsonl
from .text import parse_text
from .warc import read_warc

__all__ = ["EXTENSIONS", "Reader", "Unit", "expand", "kind_of", "sniff"]

#: File extensions ingested from folders, and the reader each one uses.
EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}

# Files in a folder that document the folder rather than report news: skipped in folder walks
# (given by name on the command line they are ingested like any file).
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "copying", "authors")

# Streamed formats: read record by record, never as a whole (no document size cap on the file).
_STREAMED = frozenset({"jsonl", "csv", "tsv", "warc"})

# Bytes looked at to recognise a format (and the read buffer, so that peeking sees them).
_PEEK = 65536


@dataclass(slots=True, frozen=True)
class Unit:
    """One input to read: a ``file``, a ``url``, ``stdin``, or a ``missing`` path."""

    kind: str
    ref: str


def kind_of(name: str) -> str | None:
    """The reader for a file name by its extension (``a.html.gz`` → ``html``), or ``None``."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return EXTENSIONS.get(os.path.splitext(lower)[1])


def _is_url(ref: str) -> bool:
    return ref.lower().startswith(("http://", "https://"))


def _walk(folder: Path, glob: str | None) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.startswith("."):
                continue
            path = Path(root) / f
            if glob:
                rel = path.relative_to(folder).as_posix()
                if not (fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(f, glob)):
                    continue
            elif kind_of(f) is None or f.lower().split(".")[0] in _NOT_ARTICLES:
                continue
            yield path


def expand(inputs: Sequence[str], glob: str | None = None) -> list[Unit]:
    """The units of the inputs, in order: folders walked (sorted), ``-`` is stdin.

    With ``glob`` (matched against the path relative to the folder, or the file name), folders
    yield the matching files whatever their extension; without, the supported extensions.
    """
    units: list[Unit] = []
    for ref in inputs:
        if ref == "-":
            units.append(Unit("stdin", "-"))
        elif _is_url(ref):
            units.append(Unit("url", ref))
        else:
            path = Path(ref)
            if path.is_dir():
                units.extend(Unit("file", str(p)) for p in _walk(path, glob))
            elif path.is_file():
                units.append(Unit("file", ref))
            else:
                units.append(Unit("missing", ref))
    return units


def sniff(data: bytes) -> str:
    """The reader for bytes without a telling name: warc, feed, html, jsonl or text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        return "html"
    if head.startswith(b"<") and any(t in head for t in (b"<html", b"<!doctype html", b"<head", b"<body",
                                                        b"<p", b"<div", b"<article")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


class Reader:
    """Reads units into drafts and failures with the run's options and one fetcher."""

    def __init__(self, options: Options, fetcher: Fetcher, stdin: IO[bytes] | None = None) -> None:
        self.options = options
        self.fetcher = fetcher
        self.stdin = stdin

    def read_unit(self, unit: Unit) -> Iterator[Draft | Failure]:
        """Drafts and failures of one unit; an :class:`InputError` becomes a failure."""
        try:
            if unit.kind == "missing":
                raise InputError(unit.ref, "no such file or folder")
            if unit.kind == "stdin":
                raw = self.stdin if self.stdin is not None else sys.stdin.buffer
                if not hasattr(raw, "peek"):
                    raw = io.BufferedReader(raw)  # type: ignore[arg-type]
                yield from self._read_stream(raw, "<stdin>", None)  # type: ignore[arg-type]
            elif unit.kind == "url":
                yield from self._read_url(unit.ref)
            else:
                try:
                    with open(unit.ref, "rb", buffering=_PEEK) as raw:
                        yield from self._read_stream(raw, unit.ref, kind_of(unit.ref))
                except OSError as exc:
                    raise InputError(unit.ref, f"cannot read ({exc.strerror or exc})") from exc
        except InputError as exc:
            yield Failure.of(exc)

    def _read_stream(self, raw: io.BufferedReader, item: str, kind: str | None) -> Iterator[Draft | Failure]:
        """Read a file or stdin: record formats as a stream, the others whole (up to the size cap)."""
        max_bytes = self.options.max_bytes
        head = raw.peek(_PEEK)[:_PEEK]
        gz = head[:2] == GZIP_MAGIC
        if kind is None:
            plain = head
            if gz:  # look inside without consuming the stream
                try:
                    plain = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
                except zlib.error:
                    plain = b""
            kind = sniff(plain)
        stream: IO[bytes] = raw
        if gz and kind != "warc":  # warcio reads per-record gzip itself
            stream = io.BufferedReader(gzip.GzipFile(fileobj=raw), buffer_size=_PEEK)  # type: ignore[arg-type]
        if kind in _STREAMED:
            yield from self._read_records(stream, item, kind)
            return
        try:
            data = read_capped(stream, item, max_bytes)
        except EOFError as exc:
            raise InputError(item, "truncated gzip stream (unexpected end of data)") from exc
        except (gzip.BadGzipFile, zlib.error) as exc:
            raise InputError(item, f"damaged gzip stream ({exc})") from exc
        yield from self._parse_whole(data, item, kind)

    def _read_records(self, stream: IO[bytes], item: str, kind: str) -> Iterator[Draft | Failure]:
        max_bytes = self.options.max_bytes
        if kind == "jsonl":
            yield from read_jsonl(stream, item, max_bytes)
        elif kind == "warc":
            yield from read_warc(stream, item, max_bytes)
        else:
            yield from read_csv(stream, item, max_bytes, delimiter="\t" if kind == "tsv" else ",")

    def _parse_whole(self, data: bytes, item: str, kind: str | None, *, url: str | None = None,
                     declared: str | None = None) -> Iterator[Draft | Failure]:
        """Read one item held in memory (a page, a small file)."""
        max_bytes = self.options.max_bytes
        if data.startswith(GZIP_MAGIC):
            data = gunzip(data, item, max_bytes)
        kind = kind or sniff(data)
        if kind in _STREAMED:
            yield from self._read_records(io.BufferedReader(io.BytesIO(data)), item, kind)
            return
        if kind == "feed":
            yield from read_feed(data, url or item, fetch_page=self.fetch_page)
            return
        text = decode_text(data, item, declared=declared)
        if kind == "html":
            yield extract_html(text, item, url=url)
            return
        draft = parse_text(text, item, markdown=(kind == "markdown"))
        draft.url = draft.url or url
        yield draft

    def fetch_page(self, url: str, item: str) -> Draft:
        """Fetch a linked page (feed items without content) and extract it as HTML."""
        fetched = self.fetcher.get(url)
        data = fetched.data
        if data.startswith(GZIP_MAGIC):
            data = gunzip(data, item, self.options.max_bytes)
        return extract_html(decode_text(data, item, declared=fetched.charset), item, url=fetched.url)

    def _read_url(self, url: str) -> Iterator[Draft | Failure]:
        fetched = self.fetcher.get(url)
        kind = kind_of(fetched.url.split("?")[0].split("#")[0])
        if fetched.content_type in ("text/html", "application/xhtml+xml"):
            kind = "html"
        elif fetched.content_type in ("application/rss+xml", "application/atom+xml"):
            kind = "feed"
        elif kind in ("text", "markdown", "html") and fetched.content_type.endswith("xml"):
            kind = None  # let the content tell a feed from a page
        yield from self._parse_whole(fetched.data, url, kind, url=fetched.url, declared=fetched.charset)
