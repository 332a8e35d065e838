"""Input discovery for ``code-corpus``: inputs → partitions with deterministic ids.

The first step of a scale-out run, done on the client. It only looks at names, sizes and file
footers (never at the articles), so planning a corpus of millions of articles takes seconds; the
workers read their partitions themselves. Three kinds of partition:

* ``files`` — a group of small files read whole by the ingest readers (text, Markdown, HTML,
  feeds), or one file that can only be read as a stream from its start (WARC, CSV/TSV, gzipped
  JSON Lines);
* ``jsonl`` — a byte range of an uncompressed JSON Lines file, cut at line starts;
* ``parquet`` — a row range of a Parquet table of documents (``text`` column, optionally ``title``,
  ``url``, ``published``, ``language``, ``site``, as in ``records.DOCUMENT_SCHEMA``).

A partition id is a hash of the partition's kind, absolute paths and range, so the same corpus
always gives the same ids and a re-run recognises what is finished. Groups of small files are cut
where a file's own name hash says so (content-defined chunking): adding a file to a folder changes
only the group it falls in, not every group after it.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_PARTITION_SIZE", "Partition", "plan"]

#: Documents per partition (approximate for JSON Lines byte ranges and groups of files).
DEFAULT_PARTITION_SIZE = 2000

# Record formats are never grouped with other files: they hold many documents each.
_RECORD_KINDS = frozenset({"jsonl", "csv", "tsv", "warc"})
# Bytes read from the head of a JSON Lines file to estimate its mean line length.
_SAMPLE_BYTES = 1 << 20
# Smallest byte range worth a partition of its own.
_MIN_CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: what a worker reads, codes and writes as ``part-<partition_id>.parquet``.

    Attributes:
        kind: ``files``, ``jsonl`` (byte range) or ``parquet`` (row range).
        paths: absolute file paths (one for ``jsonl`` and ``parquet``).
        start: first byte (``jsonl``) or row (``parquet``); ``None`` for ``files``.
        stop: end byte or row (exclusive); ``None`` for ``files``.
        partition_id: 16 hex digits derived from the fields above.
    """

    kind: str
    paths: tuple[str, ...]
    start: int | None = None
    stop: int | None = None
    partition_id: str = ""

    def __post_init__(self) -> None:
        if not self.partition_id:
            key = "\x1f".join([self.kind, *self.paths, str(self.start), str(self.stop)])
            object.__setattr__(self, "partition_id", hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest())

    @property
    def label(self) -> str:
        """A short human-readable description (first path and range)."""
        first = self.paths[0] if self.paths else "?"
        if self.kind == "files":
            return first if len(self.paths) == 1 else f"{first} (+{len(self.paths) - 1} files)"
        unit = "bytes" if self.kind == "jsonl" else "rows"
        return f"{first} [{unit} {self.start}:{self.stop}]"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (what the ``_done`` marker records)."""
        d = asdict(self)
        d["paths"] = list(self.paths)
        return d


def _name_hash(path: str) -> int:
    return int.from_bytes(hashlib.blake2b(path.encode("utf-8"), digest_size=8).digest(), "big")


def _group_files(paths: list[str], size: int) -> list[tuple[str, ...]]:
    """Cut a sorted list of small files into groups of about ``size`` (content-defined).

    A group ends after a file whose name hash is divisible by ``size`` (so groups average ``size``
    files and a new file only changes its own group), or when it reaches ``2 * size`` files.
    """
    groups: list[tuple[str, ...]] = []
    cur: list[str] = []
    for p in paths:
        cur.append(p)
        if _name_hash(p) % size == 0 or len(cur) >= 2 * size:
            groups.append(tuple(cur))
            cur = []
    if cur:
        groups.append(tuple(cur))
    return groups


def _jsonl_ranges(path: str, size: int) -> list[tuple[int, int]]:
    """Byte ranges of about ``size`` lines each, every range starting at a line start."""
    total = os.path.getsize(path)
    with open(path, "rb") as f:
        sample = f.read(_SAMPLE_BYTES)
        lines = sample.count(b"\n") or 1
        chunk = max(_MIN_CHUNK_BYTES, len(sample) * size // lines)
        if total <= chunk:
            return [(0, total)]
        bounds = [0]
        pos = chunk
        while pos < total:
            f.seek(pos - 1)  # a line starts at pos if the byte before it is a newline
            f.readline()
            nxt = f.tell()
            if nxt >= total:
                break
            if nxt > bounds[-1]:
                bounds.append(nxt)
            pos = max(nxt, bounds[-1]) + chunk
        bounds.append(total)
    return list(itertools.pairwise(bounds))


def _parquet_rows(path: str) -> int:
    import pyarrow.parquet as pq

    from ..errors import InputError

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as exc:  # ArrowInvalid, OSError: a damaged or non-Parquet file
        raise InputError(path, f"not a readable Parquet file ({exc})") from exc
    names = set(meta.schema.names)
    if not names & {"text", "body", "content"}:
        raise InputError(path, f"no 'text' column in this Parquet table (found: {', '.join(sorted(names))})")
    return meta.num_rows


def _walk_parquet(folder: Path, exclude: Path | None) -> list[str]:
    out: list[str] = []
    for root, dirs, files in os.walk(folder):
        rootp = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (exclude is None or (rootp / d).resolve() != exclude))
        out.extend(str(rootp / f) for f in sorted(files) if f.endswith(".parquet") and not f.startswith("."))
    return out


def plan(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    glob: str | None = None,
    exclude: str | os.PathLike[str] | None = None,
) -> tuple[list[Partition], list[tuple[str, str]]]:
    """Partitions of the inputs, in input order, and the inputs that cannot be used.

    Args:
        inputs: files and folders (folders are walked recursively, in sorted order, with the ingest
            stage's rules: supported extensions, hidden files and README/LICENSE skipped; Parquet
            tables are found too). URLs and ``-`` are refused: workers must read inputs themselves.
        partition_size: documents per partition (files per group, lines per JSON Lines range, rows
            per Parquet range).
        glob: like ``mirrorwatch ingest --glob``: select files in folders by pattern.
        exclude: a folder never to walk (the output directory, so that its parts are not read as
            documents).

    Returns:
        ``(partitions, failures)`` where each failure is ``(input, reason)``.
    """
    from ..ingest.sources import expand, kind_of

    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    excl = Path(exclude).resolve() if exclude is not None else None
    partitions: list[Partition] = []
    failures: list[tuple[str, str]] = []
    seen: set[str] = set()
    small: list[str] = []  # one-document files waiting to be grouped (per input, in order)

    def flush_small() -> None:
        partitions.extend(Partition("files", g) for g in _group_files(small, partition_size))
        small.clear()

    def add_file(path: str) -> None:
        ap = str(Path(path).resolve())
        if ap in seen or (excl is not None and Path(ap).is_relative_to(excl)):
            return
        seen.add(ap)
        if ap.endswith(".parquet"):
            try:
                rows = _parquet_rows(ap)
            except Exception as exc:
                failures.append((path, getattr(exc, "reason", str(exc))))
                return
            for start in range(0, rows, partition_size):
                partitions.append(Partition("parquet", (ap,), start, min(rows, start + partition_size)))
            return
        kind = kind_of(ap)
        if kind == "jsonl" and not ap.lower().endswith(".gz"):
            try:
                ranges = _jsonl_ranges(ap, partition_size)
            except OSError as exc:
                failures.append((path, f"cannot read ({exc.strerror or exc})"))
                return
            partitions.extend(Partition("jsonl", (ap,), a, b) for a, b in ranges if b > a)
        elif kind in _RECORD_KINDS:
            partitions.append(Partition("files", (ap,)))
        else:
            small.append(ap)

    for ref in inputs:
        ref = os.fspath(ref)
        if ref == "-" or ref.lower().startswith(("http://", "https://")):
            failures.append((ref, "code-corpus reads files only (workers read their inputs themselves); "
                                  "ingest URLs and stdin with `mirrorwatch ingest`"))
            continue
        path = Path(ref)
        if path.is_dir():
            units = expand([ref], glob)
            files = {u.ref for u in units if u.kind == "file"}
            if glob is None:  # the ingest walk does not know Parquet tables
                files |= set(_walk_parquet(path, excl))
            for f in sorted(files):
                add_file(f)
            flush_small()
        elif path.is_file():
            add_file(ref)
        else:
            failures.append((ref, "no such file or folder"))
    flush_small()
    return partitions, failures
