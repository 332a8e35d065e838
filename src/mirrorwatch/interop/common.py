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
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.csv as pacsv

from ..errors import InputError
from ..ontology import cameo, goldstein, plover_for_cameo, quad_class
from ..records import EVENT_SCHEMA

__all__ = [
    "MAX_SHOWN",
    "Chunk",
    "ImportReport",
    "build_event_table",
    "cameo_info",
    "event_ids",
    "flag_mirrors",
    "iter_chunks",
    "open_members",
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
) -> Iterator[Chunk]:
    """Parse a delimited stream (header already consumed) block by block into string tables.

    Blocks end at a line break, so a row is never split; memory stays at about two blocks. Rows
    with the wrong number of fields are skipped and listed in :attr:`Chunk.bad` with their line.
    ``NA`` and empty fields become nulls. Raises :class:`InputError` on a truncated or corrupt stream.
    """
    types = {name: pa.string() for name in column_names}
    convert = pacsv.ConvertOptions(
        column_types=types, null_values=["", "NA"], strings_can_be_null=True, quoted_strings_can_be_null=True
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
    blake = hashlib.blake2b
    prefix = dataset + "\x1f"
    return [blake((prefix + i).encode("utf-8"), digest_size=10).hexdigest() for i in ids]


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


@dataclass
class BuildStats:
    """Counters of one :func:`build_event_table` call."""

    no_plover: int = 0
    flagged: int = 0
    goldstein_differs: int = 0
    quad_differs: int = 0


def build_event_table(cols: Columns, *, keep_statements: bool = False) -> tuple[pa.Table, BuildStats]:
    """Turn importer columns into an Arrow table with :data:`EVENT_SCHEMA`.

    PLOVER type and mode come from the CAMEO crosswalk (unless the dataset gave them), ``intensity``
    is GDELT's Goldstein value of the code and ``quad_class`` its GDELT-convention quad class; the
    dataset's own values stay in ``dataset_goldstein``/``dataset_quad_class``. CAMEO 01/02 rows have no
    PLOVER type: they are skipped and counted (``no_plover``) unless ``keep_statements`` stores them
    as ``STATEMENT``/``APPEAL``.
    """
    st = BuildStats()
    n = len(cols.cameo)
    keep: list[int] = []
    plover: list[str] = []
    mode: list[str | None] = []
    quad: list[int | None] = []
    intensity: list[float | None] = []
    evidence: list[list[str]] = []
    given_p = cols.plover
    given_m = cols.mode
    for i in range(n):
        code = cols.cameo[i]
        ev = cols.evidence[i]
        if code:
            info = cameo_info(code)
            p, m, q, g = info.plover, info.mode, info.quad, info.intensity
            if info.flag:
                ev = [*ev, "flag:" + info.flag]
            dg = cols.dataset_goldstein[i]
            if dg is not None and g is not None and abs(dg - g) > 1e-9:
                st.goldstein_differs += 1
            dq = cols.dataset_quad_class[i]
            if dq is not None and q is not None and dq != q:
                st.quad_differs += 1
        else:
            p = m = q = g = None
            info = None
        if given_p is not None and given_p[i]:
            p = given_p[i]
            m = given_m[i] if given_m is not None else m
            if q is None:
                from ..ontology import quad_class_for_plover

                q = quad_class_for_plover(p)
        if not p:
            if info is not None and info.root in STATEMENT_LABELS and keep_statements:
                p = STATEMENT_LABELS[info.root]
                ev = [*ev, "flag:no-plover-type"]
            else:
                st.no_plover += 1
                continue
        if any(e.startswith("flag:") for e in ev):
            st.flagged += 1
        keep.append(i)
        plover.append(p)
        mode.append(m)
        quad.append(q)
        intensity.append(g)
        evidence.append(ev)

    def pick(values: Sequence[Any] | None, default: Any = None) -> list[Any]:
        if values is None:
            return [default] * len(keep)
        return [values[i] for i in keep]

    ids = pick(cols.dataset_id)
    datasets = pick(cols.dataset)
    by_ds: dict[str, list[int]] = {}
    for j, ds in enumerate(datasets):
        by_ds.setdefault(ds, []).append(j)
    eids: list[str] = [""] * len(keep)
    for ds, idx in by_ds.items():
        for j, e in zip(idx, event_ids(ds, [ids[j] for j in idx]), strict=True):
            eids[j] = e
    k = len(keep)
    data = {
        "event_id": eids,
        "doc_id": pick(cols.doc_id),
        "sentence_index": pick(cols.sentence_index),
        "sentence": pick(cols.sentence),
        "span_start": [None] * k,
        "span_end": [None] * k,
        "source_country": pick(cols.source_country),
        "source_sector": pick(cols.source_sector),
        "source_text": pick(cols.source_text),
        "source_attributed": [False] * k,
        "target_country": pick(cols.target_country),
        "target_sector": pick(cols.target_sector),
        "target_text": pick(cols.target_text),
        "target_attributed": [False] * k,
        "plover": plover,
        "mode": mode,
        "cameo": [cols.cameo[i].strip() if cols.cameo[i] else None for i in keep],
        "quad_class": quad,
        "intensity": intensity,
        "date": pick(cols.date),
        "date_precision": ["day" if d is not None else None for d in pick(cols.date)],
        "location_country": pick(cols.location_country),
        "location_place": pick(cols.location_place),
        "negated": [False] * k,
        "hypothetical": [False] * k,
        "confidence": [1.0] * k,
        "evidence": evidence,
        "language": pick(cols.language),
        "is_symmetric": pick(cols.is_symmetric, False),
        "dataset": datasets,
        "dataset_id": ids,
        "dataset_goldstein": pick(cols.dataset_goldstein),
        "dataset_quad_class": pick(cols.dataset_quad_class),
    }
    return pa.Table.from_pydict(data, schema=EVENT_SCHEMA), st


# -- store ---------------------------------------------------------------------------------------------
def write_batch(store: Any, table: pa.Table, report: ImportReport, run_id: str | None) -> None:
    """Store one batch (new events only) and update the report's counts."""
    if table.num_rows == 0:
        return
    new = store.write_events(table, run_id=run_id)
    report.imported += new
    report.duplicates += table.num_rows - new


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
