"""ICEWS coded event data (the raw Dataverse TSV) → the event record.

Part of the interop stage. ICEWS files are tab-separated with a header row (``Event ID``, ``Event
Date``, ``Source Name``, ``Source Sectors``, ``Source Country``, ``Event Text``, ``CAMEO Code``,
``Intensity``, ``Target …``, ``Story ID``, ``Sentence Number``, ``Publisher``, ``City``, ``District``,
``Province``, ``Country``, ``Latitude``, ``Longitude``); plain, ``.gz`` or ``.zip``. Country names
become ISO alpha-3, the sector list one CAMEO-style sector (``data/icews_sectors.tsv``), the story
and sentence become ``doc_id`` = ``icews:<Story ID>`` and ``sentence_index``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from typing import IO, Any

import pyarrow as pa
import pyarrow.compute as pc

from ..errors import InputError
from ..ontology import quad_class
from .actors import country_from_name, icews_sector
from .common import Chunk, Columns, ImportReport, iter_chunks, read_first_line

__all__ = ["ICEWS_COLUMNS", "read_icews"]

#: The columns of the raw ICEWS event files, in order.
ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
    "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)
_REQUIRED = ("Event ID", "Event Date", "CAMEO Code", "Source Country", "Target Country")

#: ICEWS actor names of organisations that mirrorwatch stores in the country field.
_ORG_NAMES = {"european union": "EUR", "united nations": "UNO"}


@lru_cache(maxsize=65536)
def _actor(name: str | None, sectors: str | None, country: str | None) -> tuple[str | None, str | None, tuple[str, ...]]:
    sector = icews_sector(sectors)
    if country:
        iso = country_from_name(country)
        if iso is None:
            return None, sector, (f"unknown-country:{country.strip()}",)
        return iso, sector, ()
    # No country: an international organisation ("United Nations", "NATO") or an unplaced actor.
    base = (name or "").split("(")[0].strip().casefold()
    if base in _ORG_NAMES:
        return _ORG_NAMES[base], sector if sector != "IGO" else "IGO", ()
    if sector == "IGO":
        return "IGO", "IGO", ()
    return None, sector, ()


def _map_chunk(chunk: Chunk, dataset: str, file: str, report: ImportReport) -> Columns | None:
    t = chunk.table
    n = t.num_rows
    for line, reason in chunk.bad:
        report.bad_row(file, line, reason)
    report.rows += n + len(chunk.bad)
    if n == 0:
        return None

    def col(name: str) -> list[Any]:
        return t.column(name).to_pylist() if name in t.column_names else [None] * n

    raw_date = pc.utf8_trim_whitespace(t.column("Event Date"))
    dates = pc.strptime(raw_date, format="%Y-%m-%d", unit="s", error_is_null=True).cast(pa.date32()).to_pylist()
    ids, codes = col("Event ID"), col("CAMEO Code")
    s_name, s_sec, s_cty = col("Source Name"), col("Source Sectors"), col("Source Country")
    t_name, t_sec, t_cty = col("Target Name"), col("Target Sectors"), col("Target Country")
    intensity, story, sent = col("Intensity"), col("Story ID"), col("Sentence Number")
    city, province, country = col("City"), col("Province"), col("Country")
    cols = Columns(
        dataset=[], dataset_id=[], cameo=[], date=[], source_country=[], source_sector=[], source_text=[],
        target_country=[], target_sector=[], target_text=[], location_country=[], location_place=[],
        dataset_goldstein=[], dataset_quad_class=[], evidence=[], doc_id=[], sentence_index=[],
    )
    lines: list[int] | None = None
    for i in range(n):
        eid = (ids[i] or "").strip()
        code = (codes[i] or "").strip()
        reason = None
        gold: float | None = None
        sidx: int | None = None
        try:
            gold = float(intensity[i]) if intensity[i] is not None else None
            sidx = int(sent[i]) if sent[i] is not None else None
        except ValueError:
            reason = f"Intensity {intensity[i]!r} or Sentence Number {sent[i]!r} is not a number"
        if not eid:
            reason = "Event ID is empty"
        elif dates[i] is None:
            reason = f"Event Date {raw_date[i].as_py()!r} is not a date YYYY-MM-DD"
        elif not code:
            reason = "CAMEO Code is empty"
        if reason:
            if lines is None:
                lines = chunk.lines_of_rows()
            report.bad_row(file, lines[i] if i < len(lines) else None, reason)
            continue
        s_iso, s_sector, s_flags = _actor(s_name[i], s_sec[i], s_cty[i])
        t_iso, t_sector, t_flags = _actor(t_name[i], t_sec[i], t_cty[i])
        ev = [f"flag:{f}:source" for f in s_flags] + [f"flag:{f}:target" for f in t_flags]
        place = ", ".join(p for p in (city[i], province[i]) if p) or None
        cols.dataset.append(dataset)
        cols.dataset_id.append(eid)
        cols.cameo.append(code)
        cols.date.append(dates[i])
        cols.source_country.append(s_iso)
        cols.source_sector.append(s_sector)
        cols.source_text.append(s_name[i])
        cols.target_country.append(t_iso)
        cols.target_sector.append(t_sector)
        cols.target_text.append(t_name[i] or ("" if t_cty[i] else None))
        cols.location_country.append(country_from_name(country[i]))
        cols.location_place.append(place)
        cols.dataset_goldstein.append(gold)
        # Raw ICEWS has no quad column; its convention (01–05/06–08/09–13/14–20) is the dataset's value.
        cols.dataset_quad_class.append(quad_class(code, convention="icews"))
        cols.evidence.append(ev)
        cols.doc_id.append(f"icews:{story[i].strip()}" if story[i] else None)  # type: ignore[union-attr]
        cols.sentence_index.append(sidx)
    return cols


def read_icews(stream: IO[bytes], name: str, report: ImportReport, *, dataset: str | None = None,
               block_size: int | None = None) -> Iterable[Columns]:
    """Stream one raw ICEWS events file as :class:`Columns` batches (bad rows go to ``report``).

    Args:
        stream: the decompressed bytes of the file.
        name: how the file is named in messages.
        report: receives row counts and malformed rows (with line numbers).
        dataset: provenance name (default ``icews``).
        block_size: bytes per batch.
    """
    first = read_first_line(stream)
    if not first:
        raise InputError(name, "the file is empty")
    header = next(csv.reader([first.decode("utf-8-sig", "replace")], delimiter="\t"))
    header = [h.strip() for h in header]
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise InputError(
            name, f"not a raw ICEWS events file: the tab-separated header lacks {', '.join(missing)}"
        )
    ds = dataset or "icews"
    if ds not in report.datasets:
        report.datasets.append(ds)
    kwargs = {"block_size": block_size} if block_size else {}
    for chunk in iter_chunks(stream, header, delimiter="\t", quoted=False, first_line=2, **kwargs):
        cols = _map_chunk(chunk, ds, name, report)
        if cols is not None:
            yield cols
