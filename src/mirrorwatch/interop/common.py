"""Shared machinery of the importers: opening (gz/zip/plain) files, streaming them in line-aligned
chunks through Arrow's CSV parser with exact line numbers for bad rows, mapping CAMEO codes to the
event record, the import report, and the mirror (symmetric) flag.

Part of the interop stage: ``gdelt.py``, ``icews.py``, ``plover.py`` and ``tabular.py`` turn their
formats into column lists; :func:`build_event_table` turns those into an Arrow table with
:data:`mirrorwatch.records.EVENT_SCHEMA`, which :func:`write_batch` stores; :func:`flag_mirrors`
then marks symmetric records in the store.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import queue
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..errors import InputError
from ..ontology import cameo, goldstein, plover_for_cameo, quad_class, quad_class_for_plover
from ..records import EVENT_SCHEMA

__all__ = [
    "IMPORT_SCHEMA",
    "MAX_SHOWN",
    "WRITE_ROWS",
    "Chunk",
    "Columns",
    "ImportReport",
    "ImportTable",
    "PendingWrites",
    "WriteFailed",
    "blank_to_null",
    "build_event_table",
    "cameo_info",
    "concat_lists",
    "event_ids",
    "factorize",
    "flag_mirrors",
    "iter_chunks",
    "nonempty",
    "open_members",
    "optional_list",
    "strip",
    "write_lines",
    "write_text",
]

#: How many bad rows an import report lists one by one (all are counted).
MAX_SHOWN = 20

#: Bytes of text parsed at a time: bounds memory whatever the file size (≈ 40,000 GDELT rows).
BLOCK_SIZE = 16 << 20

#: ``plover`` of CAMEO roots 01/02 when the user asks to keep them (``keep_statements``).
STATEMENT_LABELS = {1: "STATEMENT", 2: "APPEAL"}


ProgressFn = Callable[[str, int], None]


@dataclass
class ImportReport:
    """What an import did: counts, the first bad rows with file and line, and whole-file failures.

    ``rows`` counts data rows read; ``imported`` the events newly stored; ``duplicates`` the events
    already stored or repeated (same dataset id); ``no_plover`` the CAMEO 01/02 rows skipped;
    ``malformed`` the rows that could not be read (first :data:`MAX_SHOWN` in ``errors``);
    ``flagged`` the imported events with an unknown code flag; ``symmetric`` the events of the
    touched datasets that carry the mirror flag after the import.
    """

    kind: str
    files: list[str] = field(default_factory=list)
    datasets: list[str] = field(default_factory=list)
    rows: int = 0
    imported: int = 0
    duplicates: int = 0
    no_plover: int = 0
    malformed: int = 0
    flagged: int = 0
    symmetric: int = 0
    goldstein_differs: int = 0
    quad_differs: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    failed_files: list[dict[str, str]] = field(default_factory=list)
    run_id: str | None = None

    def bad_row(self, file: str, line: int | None, reason: str) -> None:
        """Count one malformed row; keep the first :data:`MAX_SHOWN` with where and why."""
        self.malformed += 1
        if len(self.errors) < MAX_SHOWN:
            self.errors.append({"file": file, "line": line, "reason": reason})

    def failed_file(self, file: str, reason: str) -> None:
        """Record a file that could not be read (to the end)."""
        self.failed_files.append({"file": file, "reason": reason})

    @property
    def status(self) -> str:
        """``ok``, ``partial`` (some rows or files failed) or ``failed`` (nothing could be read)."""
        if self.failed_files and len(self.failed_files) >= len(self.files) and self.rows == 0:
            return "failed"
        if self.malformed or self.failed_files:
            return "partial"
        return "ok"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (also stored as the run's stats)."""
        return {
            "kind": self.kind, "status": self.status, "files": self.files, "datasets": self.datasets,
            "rows": self.rows, "imported": self.imported, "duplicates": self.duplicates,
            "no_plover": self.no_plover, "malformed": self.malformed, "flagged": self.flagged,
            "symmetric": self.symmetric, "goldstein_differs": self.goldstein_differs,
            "quad_differs": self.quad_differs, "errors": self.errors, "failed_files": self.failed_files,
            "run_id": self.run_id,
        }


# -- files ----------------------------------------------------------------------------------------
def open_members(path: str | Path) -> Iterator[tuple[str, IO[bytes]]]:
    """Yield ``(name, binary stream)`` for a plain, gzip or zip file (each zip member in turn).

    Compression is recognised by the file's first bytes, not its name: people rename files.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such file (check the path)")
    with open(p, "rb") as fh:
        magic = fh.read(4)
    if magic[:2] == b"\x1f\x8b":
        with gzip.open(p, "rb") as fh:
            yield str(p), fh
    elif magic == b"PK\x03\x04":
        try:
            zf = zipfile.ZipFile(p)
        except zipfile.BadZipFile as exc:
            raise InputError(str(p), f"not a readable zip archive ({exc})") from exc
        with zf:
            members = [i for i in zf.infolist() if not i.is_dir()]
            if not members:
                raise InputError(str(p), "the zip archive is empty")
            for info in members:
                with zf.open(info) as fh:
                    yield f"{p}:{info.filename}", fh
    else:
        with open(p, "rb") as fh:
            yield str(p), fh


def read_first_line(stream: IO[bytes]) -> bytes:
    """The first line of a stream without its line break (empty at end of file)."""
    return stream.readline().rstrip(b"\r\n")


@dataclass
class Chunk:
    """One parsed block of a delimited file: its table (all strings) and how to find its lines."""

    table: pa.Table
    first_line: int  # 1-based line number of the block's first line
    raw: bytes
    bad: list[tuple[int, str]]  # (line, reason) of rows the parser rejected

    def lines_of_rows(self) -> list[int]:
        """Line number of every row of :attr:`table` (computed only when a row needs reporting)."""
        bad_lines = {ln for ln, _ in self.bad}
        out = []
        for i, line in enumerate(self.raw.split(b"\n")):
            n = self.first_line + i
            if line.strip() and n not in bad_lines:
                out.append(n)
        return out


def _locate_bad(raw: bytes, first_line: int, texts: list[str]) -> list[int]:
    # Arrow reports a rejected row's text but not its line; find each text among the block's
    # lines (in order, so repeated identical bad lines get distinct numbers).
    lines = raw.split(b"\n")
    out: list[int] = []
    start = 0
    for t in texts:
        tb = t.encode("utf-8", "replace").rstrip(b"\r")
        found = None
        for j in range(start, len(lines)):
            if lines[j].rstrip(b"\r") == tb:
                found = j
                break
        if found is None:
            out.append(first_line + start)
        else:
            out.append(first_line + found)
            start = found + 1
    return out


def _count_fields(text: str, delimiter: str, quoted: bool) -> int:
    if not quoted:
        return text.count(delimiter) + 1
    return len(next(csv.reader([text], delimiter=delimiter), []))


def iter_chunks(
    stream: IO[bytes],
    column_names: Sequence[str],
    *,
    delimiter: str,
    quoted: bool,
    first_line: int,
    block_size: int = BLOCK_SIZE,
    prefix: bytes = b"",
    include_columns: Sequence[str] | None = None,
) -> Iterator[Chunk]:
    """Parse a delimited stream (header already consumed) block by block into string tables.

    Blocks end at a line break, so a row is never split; memory stays at about two blocks. Rows
    with the wrong number of fields are skipped and listed in :attr:`Chunk.bad` with their line.
    ``NA`` and empty fields become nulls. ``include_columns`` limits the table to those columns (a
    name the file lacks gives a null column): the parser still checks every row's field count, but
    converts only what the importer reads. Raises :class:`InputError` on a truncated or corrupt stream.
    """
    types = {name: pa.string() for name in [*column_names, *(include_columns or ())]}
    convert = pacsv.ConvertOptions(
        column_types=types, null_values=["", "NA"], strings_can_be_null=True, quoted_strings_can_be_null=True,
        include_columns=list(include_columns) if include_columns is not None else None,
        include_missing_columns=include_columns is not None,
    )
    line = first_line
    rest = prefix
    eof = False
    while not eof:
        try:
            data = stream.read(block_size)
        except (EOFError, OSError, zipfile.BadZipFile) as exc:
            raise InputError(
                getattr(stream, "name", "input"), f"the file is truncated or corrupt after line {line - 1} ({exc})"
            ) from exc
        if not data:
            eof = True
            block, rest = rest, b""
        else:
            buf = rest + data
            cut = buf.rfind(b"\n")
            if cut < 0:
                rest = buf
                continue
            block, rest = buf[: cut + 1], buf[cut + 1 :]
        if not block.strip():
            line += block.count(b"\n")
            continue
        rejected: list[str] = []

        def handler(row: Any, _rejected: list[str] = rejected) -> str:
            _rejected.append(row.text)
            return "skip"

        parse = pacsv.ParseOptions(
            delimiter=delimiter, quote_char='"' if quoted else False, invalid_row_handler=handler
        )
        read = pacsv.ReadOptions(column_names=list(column_names), use_threads=True, block_size=max(1 << 20, len(block) + 1))
        try:
            table = pacsv.read_csv(io.BytesIO(block), read_options=read, parse_options=parse, convert_options=convert)
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise InputError(getattr(stream, "name", "input"), f"unreadable text near line {line}: {exc}") from exc
        bad_lines = _locate_bad(block, line, rejected) if rejected else []
        bad = [
            (ln, f"expected {len(column_names)} fields, found {_count_fields(t, delimiter, quoted)}")
            for ln, t in zip(bad_lines, rejected, strict=True)
        ]
        yield Chunk(table=table, first_line=line, raw=block, bad=bad)
        line += block.count(b"\n") + (0 if block.endswith(b"\n") else 1)


# -- column kernels -------------------------------------------------------------------------------
# The importers map whole Arrow batches at once. Everything that depends on a code (actor codes,
# CAMEO codes, place names) is computed once per *distinct* combination in Python and spread back
# to the rows with ``take``: a GDELT batch of 60,000 rows holds a few thousand distinct actors.


@lru_cache(maxsize=1)
def _py_whitespace() -> str:
    # Python's str.strip() and Arrow's utf8_trim_whitespace disagree on a few characters (\x1c-\x1f,
    # \x85); trimming exactly Python's set keeps the stored values identical to the row-by-row code.
    return "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace())


def strip(values: pa.Array) -> pa.Array:
    """``str.strip()`` of every string of ``values`` (nulls stay null)."""
    return pc.utf8_trim(values, characters=_py_whitespace())


def nonempty(values: pa.Array) -> np.ndarray:
    """Boolean mask of the non-null, non-empty strings (Python truthiness of each value)."""
    return pc.fill_null(pc.greater(pc.binary_length(values), 0), False).to_numpy(zero_copy_only=False)


def blank_to_null(values: pa.Array) -> pa.Array:
    """Empty strings become nulls (``value or None``)."""
    return pc.if_else(pa.array(nonempty(values)), values, pa.scalar(None, values.type))


def factorize(arrays: Sequence[pa.Array]) -> tuple[pa.Array, list[tuple[Any, ...]]]:
    """Row codes and the distinct value tuples of parallel arrays (null is a value of its own).

    Returns ``(codes, combos)`` with ``combos[codes[i]]`` the tuple of row ``i``'s values, so a
    function of the values is computed once per combination and spread with ``take``.
    """
    key = pa.array(np.zeros(len(arrays[0]), dtype=np.int64))
    combos: list[tuple[Any, ...]] = [()]
    for arr in arrays:
        enc = pc.dictionary_encode(arr, null_encoding="encode")  # null gets an entry of its own
        values = enc.dictionary.to_pylist()
        card = max(len(values), 1)
        idx = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
        # Hash (not sort) the combined key, and re-number after every column so it never overflows.
        both = pc.dictionary_encode(pa.array(key.to_numpy(zero_copy_only=False).astype(np.int64) * card + idx))
        combos = [(*combos[u // card], values[u % card]) for u in both.dictionary.to_pylist()]
        key = both.indices
    return key, combos


def optional_list(values: pa.Array) -> pa.ListArray:
    """A list column with ``[value]`` where ``values`` is not null and ``[]`` where it is."""
    valid = pc.is_valid(values).to_numpy(zero_copy_only=False)
    offsets = np.zeros(len(values) + 1, dtype=np.int32)
    np.cumsum(valid, out=offsets[1:])
    return pa.ListArray.from_arrays(pa.array(offsets), pc.drop_null(values).cast(pa.string()))


def concat_lists(parts: Sequence[pa.Array]) -> pa.ListArray:
    """Row-wise concatenation of list-of-string arrays of equal length (a null list is empty)."""
    n = len(parts[0])
    lengths = np.zeros(n, dtype=np.int64)
    for part in parts:
        lengths += pc.fill_null(pc.list_value_length(part), 0).to_numpy(zero_copy_only=False)
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    values = pa.concat_arrays([pc.list_flatten(p).cast(pa.string()) for p in parts])
    parents = np.concatenate([pc.list_parent_indices(p).to_numpy(zero_copy_only=False) for p in parts])
    # A stable sort by row keeps each row's items in part order, then in their order within a part.
    order = np.argsort(parents, kind="stable")
    return pa.ListArray.from_arrays(pa.array(offsets), values.take(pa.array(order)))


def write_text(fh: IO[Any], text: str | bytes | memoryview) -> None:
    """Write to a text or a binary handle (the exporters write bytes; a caller may pass text)."""
    if isinstance(fh, io.TextIOBase):
        fh.write(text if isinstance(text, str) else bytes(text).decode("utf-8"))
    else:
        fh.write(text.encode("utf-8") if isinstance(text, str) else text)


def write_lines(fh: IO[Any], lines: pa.Array, *, skip: int = 0) -> None:
    """Write the characters of a string column (lines carrying their own breaks) in one piece.

    ``skip`` leaves out that many leading bytes (a separator before the very first record).
    """
    if lines.null_count:
        raise ValueError("a line could not be formatted (a field was null)")
    if len(lines) == 0:
        return
    _, offsets, data = lines.buffers()
    off = np.frombuffer(offsets, dtype=np.int32, count=len(lines) + 1, offset=lines.offset * 4)
    write_text(fh, memoryview(data)[int(off[0]) + skip:int(off[-1])])


# -- CAMEO → record fields ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CodeInfo:
    """Everything the record needs from one CAMEO code (cached per distinct code)."""

    code: str
    plover: str | None
    mode: str | None
    quad: int | None
    intensity: float | None
    root: int | None
    flag: str | None


@lru_cache(maxsize=4096)
def cameo_info(code: str) -> CodeInfo:
    """Map a CAMEO event code (stray spaces tolerated) to PLOVER type, mode, quad class, Goldstein.

    Unknown codes are kept: a code CAMEO lacks but whose root exists (``13y``) takes the root's PLOVER
    type, quad class and Goldstein value and the flag ``unknown-cameo:<code>``; a code without a
    valid root gets plover ``UNKNOWN``.
    """
    c = code.strip()
    try:
        root: int | None = int(c[:2])
        if not 1 <= root <= 20:
            root = None
    except ValueError:
        root = None
    known = cameo(c) is not None
    flag = None if known else f"unknown-cameo:{c}"
    if root is None:
        return CodeInfo(c, "UNKNOWN", None, None, None, None, flag)
    plover, mode = plover_for_cameo(c if known else c[:2])
    return CodeInfo(c, plover, mode, quad_class(c), goldstein(c if known else c[:2]), root, flag)


def event_ids(dataset: str, ids: Sequence[str]) -> list[str]:
    """The ``event_id`` of imported events: the same hash as :meth:`records.Event.compute_id`."""
    # blake2b has no Arrow or DuckDB kernel; hashlib in one comprehension costs ~0.5 µs a row.
    blake = hashlib.blake2b
    prefix = dataset + "\x1f"
    return [blake((prefix + i).encode("utf-8"), digest_size=10).hexdigest() for i in ids]


#: Columns an importer hands to :func:`build_event_table` as Arrow (:class:`ImportTable`); the
#: fields after ``evidence`` are optional (absent: null, or ``False`` for ``is_symmetric``).
IMPORT_SCHEMA = pa.schema([
    ("dataset", pa.string()), ("dataset_id", pa.string()), ("cameo", pa.string()), ("date", pa.date32()),
    ("source_country", pa.string()), ("source_sector", pa.string()), ("source_text", pa.string()),
    ("target_country", pa.string()), ("target_sector", pa.string()), ("target_text", pa.string()),
    ("location_country", pa.string()), ("location_place", pa.string()),
    ("dataset_goldstein", pa.float64()), ("dataset_quad_class", pa.int8()),
    ("evidence", pa.list_(pa.string())),
    ("doc_id", pa.string()), ("sentence_index", pa.int32()), ("sentence", pa.string()),
    ("language", pa.string()), ("plover", pa.string()), ("mode", pa.string()), ("is_symmetric", pa.bool_()),
])


@dataclass
class Columns:
    """Column lists an importer hands to :func:`build_event_table` (one entry per row)."""

    dataset: list[str]
    dataset_id: list[str]
    cameo: list[str]
    date: list[Any]  # datetime.date
    source_country: list[str | None]
    source_sector: list[str | None]
    source_text: list[str | None]
    target_country: list[str | None]
    target_sector: list[str | None]
    target_text: list[str | None]
    location_country: list[str | None]
    location_place: list[str | None]
    dataset_goldstein: list[float | None]
    dataset_quad_class: list[int | None]
    evidence: list[list[str]]
    doc_id: list[str | None] | None = None
    sentence_index: list[int | None] | None = None
    sentence: list[str | None] | None = None
    language: list[str | None] | None = None
    plover: list[str | None] | None = None  # given by the dataset (PLOVER files); else from CAMEO
    mode: list[str | None] | None = None
    is_symmetric: list[bool] | None = None

    def to_arrow(self) -> pa.Table:
        """The lists as an Arrow table with the fields of :data:`IMPORT_SCHEMA` that are given."""
        data = {f.name: getattr(self, f.name) for f in IMPORT_SCHEMA if getattr(self, f.name) is not None}
        return pa.table(data, schema=pa.schema([IMPORT_SCHEMA.field(name) for name in data]))


@dataclass
class ImportTable:
    """An importer's batch already in Arrow form: the columns of :data:`IMPORT_SCHEMA`."""

    table: pa.Table


@dataclass
class BuildStats:
    """Counters of one :func:`build_event_table` call."""

    no_plover: int = 0
    flagged: int = 0
    goldstein_differs: int = 0
    quad_differs: int = 0


def _lookup(codes: pa.Array, values: Sequence[Any], typ: pa.DataType) -> pa.Array:
    return pa.array(values, typ).take(codes)


def build_event_table(cols: Columns | ImportTable, *, keep_statements: bool = False) -> tuple[pa.Table, BuildStats]:
    """Turn importer columns into an Arrow table with :data:`EVENT_SCHEMA`.

    PLOVER type and mode come from the CAMEO crosswalk (unless the dataset gave them), ``intensity``
    is GDELT's Goldstein value of the code and ``quad_class`` its GDELT-convention quad class; the
    dataset's own values stay in ``dataset_goldstein``/``dataset_quad_class``. CAMEO 01/02 rows have no
    PLOVER type: they are skipped and counted (``no_plover``) unless ``keep_statements`` stores them
    as ``STATEMENT``/``APPEAL``. Rows keep their order.
    """
    src = cols.to_arrow() if isinstance(cols, Columns) else cols.table
    st = BuildStats()
    n = src.num_rows
    if n == 0:
        return EVENT_SCHEMA.empty_table(), st
    src = src.combine_chunks()

    def col(name: str) -> pa.Array | None:
        return src.column(name).chunk(0) if name in src.column_names else None

    def typed(name: str) -> pa.Array:
        a = col(name)
        return a.cast(IMPORT_SCHEMA.field(name).type) if a is not None else pa.nulls(n, IMPORT_SCHEMA.field(name).type)

    # CAMEO code → PLOVER type, mode, quad class, Goldstein, root and flag, once per distinct code.
    raw_codes = typed("cameo")
    has_code = nonempty(raw_codes)
    code_ix, code_vals = factorize([raw_codes])
    infos = [cameo_info(c) if c else None for (c,) in code_vals]
    plover = _lookup(code_ix, [i.plover if i else None for i in infos], pa.string())
    mode = _lookup(code_ix, [i.mode if i else None for i in infos], pa.string())
    quad = _lookup(code_ix, [i.quad if i else None for i in infos], pa.int8())
    intensity = _lookup(code_ix, [i.intensity if i else None for i in infos], pa.float64())
    root = _lookup(code_ix, [i.root if i else None for i in infos], pa.int8())
    code_flag = _lookup(code_ix, ["flag:" + i.flag if i and i.flag else None for i in infos], pa.string())

    dg, dq = typed("dataset_goldstein"), typed("dataset_quad_class")
    st.goldstein_differs = int(pc.sum(pc.greater(pc.abs(pc.subtract(dg, intensity)), 1e-9)).as_py() or 0)
    st.quad_differs = int(pc.sum(pc.not_equal(dq.cast(pa.int16()), quad.cast(pa.int16()))).as_py() or 0)

    given_p = col("plover")
    if given_p is not None:
        given = pa.array(nonempty(given_p))
        plover = pc.if_else(given, given_p, plover)
        given_m = col("mode")
        if given_m is not None:
            mode = pc.if_else(given, given_m, mode)
        p_ix, p_vals = factorize([given_p])
        from_type = _lookup(p_ix, [quad_class_for_plover(p) if p else None for (p,) in p_vals], pa.int8())
        quad = pc.if_else(pc.and_(given, pc.is_null(quad)), from_type, quad)

    has_p = nonempty(plover)
    stmt = ~has_p & has_code & np.isin(root.fill_null(0).to_numpy(zero_copy_only=False), list(STATEMENT_LABELS))
    if not keep_statements:
        stmt[:] = False
    if stmt.any():
        labels = pc.if_else(pc.equal(root, 1), STATEMENT_LABELS[1], STATEMENT_LABELS[2])
        plover = pc.if_else(pa.array(stmt), labels, plover)
    keep = has_p | stmt
    st.no_plover = int(n - keep.sum())

    no_type = pc.if_else(pa.array(stmt), "flag:no-plover-type", pa.scalar(None, pa.string()))
    evidence = concat_lists([typed("evidence"), optional_list(code_flag), optional_list(no_type)])
    hit = pc.fill_null(pc.starts_with(pc.list_flatten(evidence), "flag:"), False).to_numpy(zero_copy_only=False)
    flagged = np.zeros(n, dtype=bool)
    flagged[pc.list_parent_indices(evidence).to_numpy(zero_copy_only=False)[hit]] = True
    st.flagged = int((flagged & keep).sum())

    mask = pa.array(keep)
    k = int(keep.sum())
    datasets = typed("dataset").filter(mask)
    ids = typed("dataset_id").filter(mask)
    dates = typed("date").filter(mask)
    id_list = ids.to_pylist()
    ds_values = pc.unique(datasets).to_pylist()
    if len(ds_values) == 1:
        eids = event_ids(ds_values[0], id_list)
    else:
        blake = hashlib.blake2b
        eids = [blake((d + "\x1f" + i).encode("utf-8"), digest_size=10).hexdigest()
                for d, i in zip(datasets.to_pylist(), id_list, strict=True)]
    symmetric = col("is_symmetric")
    data = {
        "event_id": pa.array(eids, pa.string()),
        "doc_id": typed("doc_id").filter(mask),
        "sentence_index": typed("sentence_index").filter(mask),
        "sentence": typed("sentence").filter(mask),
        "span_start": pa.nulls(k, pa.int32()),
        "span_end": pa.nulls(k, pa.int32()),
        "source_country": typed("source_country").filter(mask),
        "source_sector": typed("source_sector").filter(mask),
        "source_text": typed("source_text").filter(mask),
        "source_attributed": pa.repeat(False, k),
        "target_country": typed("target_country").filter(mask),
        "target_sector": typed("target_sector").filter(mask),
        "target_text": typed("target_text").filter(mask),
        "target_attributed": pa.repeat(False, k),
        "plover": plover.filter(mask),
        "mode": mode.filter(mask),
        "cameo": pc.if_else(pa.array(has_code), strip(raw_codes), pa.scalar(None, pa.string())).filter(mask),
        "quad_class": quad.filter(mask),
        "intensity": intensity.filter(mask),
        "date": dates,
        "date_precision": pc.if_else(pc.is_valid(dates), "day", pa.scalar(None, pa.string())),
        "location_country": typed("location_country").filter(mask),
        "location_place": typed("location_place").filter(mask),
        "negated": pa.repeat(False, k),
        "hypothetical": pa.repeat(False, k),
        "confidence": pa.repeat(pa.scalar(1.0, pa.float32()), k),
        "evidence": evidence.filter(mask),
        "language": typed("language").filter(mask),
        "is_symmetric": symmetric.cast(pa.bool_()).filter(mask) if symmetric is not None else pa.repeat(False, k),
        "dataset": datasets,
        "dataset_id": ids,
        "dataset_goldstein": dg.filter(mask),
        "dataset_quad_class": dq.filter(mask),
    }
    return pa.table([data[f.name].cast(f.type) for f in EVENT_SCHEMA], schema=EVENT_SCHEMA), st


# -- store ---------------------------------------------------------------------------------------------
#: Rows written per transaction: larger writes are cheaper (each one opens the store, probes the
#: primary key and checkpoints), smaller ones keep memory low and let other processes in sooner.
WRITE_ROWS = 100_000

#: DuckDB's buffer pool limit for import writes: without it DuckDB may take 80 % of the RAM.
WRITE_MEMORY_LIMIT = "1GB"


def write_batch(store: Any, table: pa.Table, report: ImportReport, run_id: str | None) -> None:
    """Store one batch (new events only) in one transaction and update the report's counts."""
    if table.num_rows == 0:
        return
    # The first of several rows with one id wins, as when they arrive in separate batches (the
    # store's own in-batch de-duplication picks an arbitrary one).
    idx = pc.dictionary_encode(table.column("event_id").combine_chunks()).indices.to_numpy(zero_copy_only=False)
    _, first = np.unique(idx, return_index=True)
    unique = table if len(first) == table.num_rows else table.take(pa.array(np.sort(first)))
    with store.write() as con:
        con.execute(f"SET memory_limit = '{WRITE_MEMORY_LIMIT}'")
        new = store.write_events(unique, run_id=run_id, con=con)
    report.imported += new
    report.duplicates += table.num_rows - new


class WriteFailed(Exception):
    """A batch could not be stored (``error`` says why): ends the import, unlike a bad file."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class PendingWrites:
    """Collects mapped batches and writes them, in a background thread, about :data:`WRITE_ROWS` at a time.

    Why a thread: DuckDB works without the GIL, so the store writes one batch while the importer
    parses and maps the next; on two cores that hides most of the parsing. At most one batch waits
    for the writer, so memory stays at about three batches. A failed write (store busy, disk full)
    is raised in the importer's thread at the next :meth:`add` or :meth:`flush` as
    :class:`WriteFailed` (so that no file handler takes it for a bad file). Use as a context
    manager so that the thread always ends.
    """

    def __init__(self, store: Any, report: ImportReport, run_id: str | None, rows: int | None = None) -> None:
        self.store, self.report, self.run_id, self.rows = store, report, run_id, rows or WRITE_ROWS
        self._tables: list[pa.Table] = []
        self._n = 0
        self._queue: queue.Queue[pa.Table | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="mirrorwatch-import-writer", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while True:
            table = self._queue.get()
            try:
                if table is None:
                    return
                if self._error is None:  # after a failure, drain without writing
                    write_batch(self.store, table, self.report, self.run_id)
            except BaseException as exc:  # handed to the importer's thread
                self._error = exc
            finally:
                self._queue.task_done()

    def _check(self) -> None:
        if self._error is not None:
            raise WriteFailed(self._error)

    def add(self, table: pa.Table) -> None:
        """Queue a batch; hand the queue to the writer when it holds enough rows."""
        self._check()
        if table.num_rows == 0:
            return
        self._tables.append(table)
        self._n += table.num_rows
        if self._n >= self.rows:
            self._send()

    def _send(self) -> None:
        if self._tables:
            tables, self._tables, self._n = self._tables, [], 0
            self._queue.put(pa.concat_tables(tables))

    def flush(self) -> None:
        """Write everything queued and wait until it is stored (raises a failed write)."""
        self._send()
        self._queue.join()
        self._check()

    def close(self) -> None:
        """Stop the writer thread (what is still queued is written first)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def __enter__(self) -> PendingWrites:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: The mirror rule (see docs/interop.md): another record of the same dataset, same day, same
#: CAMEO code (or, without one, the same PLOVER type), with source and target states swapped, from
#: the same report when the dataset names reports (doc_id + sentence_index, e.g. an ICEWS story
#: sentence); without report ids (GDELT) the day is the report.
_MIRROR_SQL = """
UPDATE events SET is_symmetric = TRUE
FROM (
    SELECT DISTINCT a.event_id
    FROM events a JOIN events b
      ON a.dataset = b.dataset AND a.date = b.date
     AND coalesce(a.cameo, a.plover) = coalesce(b.cameo, b.plover)
     AND a.source_country = b.target_country AND a.target_country = b.source_country
     AND coalesce(a.doc_id, '') = coalesce(b.doc_id, '')
     AND coalesce(a.sentence_index, -1) = coalesce(b.sentence_index, -1)
    WHERE a.dataset = ? AND a.date BETWEEN ? AND ?
      AND a.source_country <> a.target_country
      AND NOT coalesce(a.is_symmetric, FALSE)
) m
WHERE events.event_id = m.event_id
"""


def flag_mirrors(store: Any, dataset: str, lo: Any, hi: Any) -> int:
    """Set ``is_symmetric`` on the dataset's mirror records dated ``lo``…``hi``; return the dataset's total.

    Only ever sets the flag (a mirror partner never disappears through an import), so re-running is
    harmless and partners in files imported earlier are found too.
    """
    if lo is None or hi is None:
        return 0
    with store.write() as con:
        con.execute(_MIRROR_SQL, [dataset, lo, hi])
        row = con.execute(
            "SELECT count(*) FROM events WHERE dataset = ? AND is_symmetric", [dataset]
        ).fetchone()
    return int(row[0])
