"""GDELT 1.0 / 2.0 event files ↔ the event record.

Part of the interop stage. Reads the event exports as GDELT publishes them (tab-separated, no header:
57 or 58 columns for GDELT 1.0, 61 for 2.0; plain, ``.zip`` or ``.gz``) and the comma-separated
extracts with a header row that people pass around (a leading unnamed index column, extra trailing
columns, ``NA`` for missing and stray spaces in codes are tolerated). Writes the GDELT 2.0 column
order with mirrorwatch's codes (:func:`write_gdelt`).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import IO, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import InputError
from .actors import cameo_country, cameo_sector, country_from_name, iso3_codes
from .common import (
    Chunk,
    ImportReport,
    ImportTable,
    blank_to_null,
    concat_lists,
    factorize,
    iter_chunks,
    nonempty,
    optional_list,
    read_first_line,
    strip,
    write_lines,
)

__all__ = ["GDELT1_COLUMNS", "GDELT2_COLUMNS", "read_gdelt", "write_gdelt"]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO1 = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_GEO2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")


def _columns(geo: tuple[str, ...]) -> tuple[str, ...]:
    return (
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        *(f"Actor1{x}" for x in _ACTOR), *(f"Actor2{x}" for x in _ACTOR),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        *(f"Actor1Geo_{x}" for x in geo), *(f"Actor2Geo_{x}" for x in geo), *(f"ActionGeo_{x}" for x in geo),
        "DATEADDED", "SOURCEURL",
    )


#: GDELT 1.0 event columns (58; daily files before April 2013 lack the last, SOURCEURL).
GDELT1_COLUMNS = _columns(_GEO1)
#: GDELT 2.0 event columns (61: ``*_ADM2Code`` after each ``*_ADM1Code``).
GDELT2_COLUMNS = _columns(_GEO2)

_REQUIRED = ("GLOBALEVENTID", "SQLDATE", "EventCode")


def _layout(stream: IO[bytes], name: str) -> tuple[list[str], str, bool, bytes, int, str]:
    """Sniff a GDELT file: (column names, delimiter, quoted, bytes to re-feed, first data line, dataset)."""
    first = read_first_line(stream)
    if not first:
        raise InputError(name, "the file is empty")
    text = first.decode("utf-8", "replace")
    if "globaleventid" in text.lower():
        delimiter = "\t" if "\t" in text else ","
        header = next(csv.reader([text], delimiter=delimiter))
        header = [h.strip() or "_index" for h in header]
        missing = [c for c in _REQUIRED if c not in header]
        if missing:
            raise InputError(name, f"the header lacks the GDELT column(s) {', '.join(missing)}")
        second = read_first_line(stream)
        if second:
            n = len(next(csv.reader([second.decode("utf-8", "replace")], delimiter=delimiter), []))
            if n == len(header) + 1:
                # Extracts written by pandas/R with the row index but no header cell for it.
                header = ["_index", *header]
        names = _dedupe(header)
        dataset = "gdelt2" if "Actor1Geo_ADM2Code" in header else "gdelt1"
        return names, delimiter, True, (second + b"\n") if second else b"", 2, dataset
    n = text.count("\t") + 1
    if n == 61:
        return list(GDELT2_COLUMNS), "\t", False, first + b"\n", 1, "gdelt2"
    if n in (57, 58):
        return list(GDELT1_COLUMNS[:n]), "\t", False, first + b"\n", 1, "gdelt1"
    raise InputError(
        name,
        f"not a GDELT event file: the first line has {n} tab-separated fields (GDELT 1.0 has 57 or 58, "
        "2.0 has 61) and no header row with GLOBALEVENTID",
    )


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        if n in seen:
            seen[n] += 1
            out.append(f"{n}_{seen[n]}")
        else:
            seen[n] = 0
            out.append(n)
    return out


@lru_cache(maxsize=65536)
def _actor(code: str | None, country: str | None, group: str | None, type1: str | None) -> tuple[
    str | None, str | None, tuple[str, ...]
]:
    """(country, sector, flags) of a GDELT actor (cached: the same few thousand combinations repeat)."""
    code = (code or "").strip().upper()
    group = (group or "").strip().upper()
    flags: list[str] = []
    if code.startswith("IGO"):
        # CAMEO writes IGOs as IGO + region + group; the EU and the UN get their own codes (product brief).
        iso = "EUR" if group == "EEC" else "UNO" if group == "UNO" else "IGO"
    else:
        cc = cameo_country(country)
        iso = cc.country
        if cc.flag:
            flags.append(cc.flag)
    sector, sflag = cameo_sector(type1)
    if sflag:
        flags.append(sflag)
    return iso, sector, tuple(flags)


@lru_cache(maxsize=65536)
def _place_country(code: str | None, full_name: str | None) -> str | None:
    """ISO alpha-3 of an ActionGeo: GDELT's codes are FIPS 10-4, so resolve the name's last part."""
    c = (code or "").strip()
    if len(c) == 3 and c in iso3_codes():  # files written by write_gdelt carry ISO codes
        return c
    if full_name:
        return country_from_name(full_name.rsplit(",", 1)[-1])
    return None


#: The columns the importer reads (the parser converts only these; missing ones are null).
_USED = (
    "GLOBALEVENTID", "SQLDATE",
    *(f"Actor{k}{x}" for k in (1, 2) for x in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code")),
    "EventCode", "QuadClass", "GoldsteinScale", "ActionGeo_CountryCode", "ActionGeo_FullName", "SOURCEURL",
)


def _numbers(values: pa.Array, typ: pa.DataType) -> pa.Array:
    """Numbers of a string column; a value that is no number becomes null (not the whole batch)."""
    col = pc.utf8_trim_whitespace(values)
    try:
        return col.cast(typ)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        # Arrow's cast fails the whole column on one bad value; only then go value by value.
        out = []
        for v in col.to_pylist():
            try:
                out.append(None if v is None else (int(float(v)) if pa.types.is_integer(typ) else float(v)))
            except ValueError:
                out.append(None)
        return pa.array(out, typ)


def _actors(cols: list[pa.Array], side: str) -> tuple[pa.Array, pa.Array, pa.Array]:
    """(country, sector, evidence flags) columns of one actor from its Code/CountryCode/KnownGroupCode/Type1Code."""
    codes, combos = factorize(cols)
    mapped = [_actor(*c) for c in combos]
    iso = pa.array([m[0] for m in mapped], pa.string()).take(codes)
    sector = pa.array([m[1] for m in mapped], pa.string()).take(codes)
    flags = pa.array([[f"flag:{f}:{side}" for f in m[2]] for m in mapped], pa.list_(pa.string())).take(codes)
    return iso, sector, flags


def _map_chunk(chunk: Chunk, dataset: str, file: str, report: ImportReport) -> ImportTable | None:
    n = chunk.table.num_rows
    for line, reason in chunk.bad:
        report.bad_row(file, line, reason)
    report.rows += n + len(chunk.bad)
    if n == 0:
        return None
    t = chunk.table.combine_chunks()

    def col(name: str) -> pa.Array:
        return t.column(name).chunk(0) if name in t.column_names else pa.nulls(t.num_rows, pa.string())

    gid, code = strip(col("GLOBALEVENTID")), strip(col("EventCode"))
    raw_date = pc.utf8_trim_whitespace(col("SQLDATE"))
    dates = pc.strptime(raw_date, format="%Y%m%d", unit="s", error_is_null=True).cast(pa.date32())
    no_id, no_code = ~nonempty(gid), ~nonempty(code)
    no_date = pc.is_null(dates).to_numpy(zero_copy_only=False)
    bad = no_id | no_date | no_code
    if bad.any():
        lines = chunk.lines_of_rows()
        for i in np.flatnonzero(bad).tolist():
            if no_id[i]:
                reason = "GLOBALEVENTID is empty"
            elif no_date[i]:
                reason = f"SQLDATE {raw_date[i].as_py()!r} is not a date YYYYMMDD"
            else:
                reason = "EventCode is empty"
            report.bad_row(file, lines[i] if i < len(lines) else None, reason)
        good = pa.array(~bad)
        t, gid, code, dates = t.filter(good), gid.filter(good), code.filter(good), dates.filter(good)
        if t.num_rows == 0:
            return None
    m = t.num_rows
    s_iso, s_sec, s_flags = _actors([col(f"Actor1{x}") for x in ("Code", "CountryCode", "KnownGroupCode", "Type1Code")],
                                    "source")
    t_iso, t_sec, t_flags = _actors([col(f"Actor2{x}") for x in ("Code", "CountryCode", "KnownGroupCode", "Type1Code")],
                                    "target")
    # An Actor2 is there when any of its code, name or country is (its text is then never null).
    has_target = pa.array(nonempty(col("Actor2Code")) | nonempty(col("Actor2Name")) | nonempty(col("Actor2CountryCode")))
    target_text = pc.if_else(has_target, pc.fill_null(strip(col("Actor2Name")), ""), pa.scalar(None, pa.string()))
    geo_code, geo_name = col("ActionGeo_CountryCode"), col("ActionGeo_FullName")
    geo_ix, geo_vals = factorize([geo_code, geo_name])
    place_country = pa.array([_place_country(c, nm) for c, nm in geo_vals], pa.string()).take(geo_ix)
    url = col("SOURCEURL")
    url_item = pc.if_else(pa.array(nonempty(url)), pc.binary_join_element_wise("url:", strip(url), ""),
                          pa.scalar(None, pa.string()))
    table = pa.table({
        "dataset": pa.repeat(dataset, m),
        "dataset_id": gid,
        "cameo": code,
        "date": dates,
        "source_country": s_iso,
        "source_sector": s_sec,
        "source_text": blank_to_null(strip(col("Actor1Name"))),
        "target_country": t_iso,
        "target_sector": t_sec,
        "target_text": target_text,
        "location_country": place_country,
        "location_place": blank_to_null(strip(geo_name)),
        "dataset_goldstein": _numbers(col("GoldsteinScale"), pa.float64()),
        "dataset_quad_class": _numbers(col("QuadClass"), pa.int8()),
        "evidence": concat_lists([s_flags, t_flags, optional_list(url_item)]),
    })
    return ImportTable(table)


def read_gdelt(stream: IO[bytes], name: str, report: ImportReport, *, dataset: str | None = None,
               block_size: int | None = None) -> Iterable[ImportTable]:
    """Stream one GDELT events file as :class:`~.common.ImportTable` batches (bad rows go to ``report``).

    Args:
        stream: the decompressed bytes of the file.
        name: how the file is named in messages.
        report: receives row counts and malformed rows (with line numbers).
        dataset: provenance name; default ``gdelt1``/``gdelt2`` from the layout.
        block_size: bytes per batch (default :data:`common.BLOCK_SIZE`).
    """
    names, delimiter, quoted, prefix, first_line, detected = _layout(stream, name)
    ds = dataset or detected
    if ds not in report.datasets:
        report.datasets.append(ds)
    kwargs = {"block_size": block_size} if block_size else {}
    for chunk in iter_chunks(stream, names, delimiter=delimiter, quoted=quoted, first_line=first_line,
                             prefix=prefix, include_columns=_USED, **kwargs):
        cols = _map_chunk(chunk, ds, name, report)
        if cols is not None:
            yield cols


# -- export ---------------------------------------------------------------------------------------------
def _clean(value: Any) -> str:
    if value is None:
        return ""
    # GDELT files have no quoting: a tab or line break inside a name would shift every column.
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _actor_fields(country: str | None, sector: str | None, text: str | None) -> list[str]:
    """The ten Actor columns for one of our actors (EUR/UNO/IGO in CAMEO's IGO notation)."""
    sec = "GOV" if sector == "DIP" else (sector or "")
    group = ""
    if country == "EUR":
        code, cc, group = "IGOEUREEC", "EUR", "EEC"
    elif country == "UNO":
        code, cc, group = "IGOUNO", "", "UNO"
    elif country == "IGO":
        code, cc = "IGO", ""
    else:
        code, cc = (country or ""), (country or "")
    if not country and not sec and not text:
        return [""] * 10
    if sec and sec != "IGO":
        code += sec
    return [code, _clean(text), cc, group, "", "", "", sec, "", ""]


def gdelt_event_id(event_id: str, dataset: str | None, dataset_id: str | None) -> str:
    """GLOBALEVENTID to write: GDELT's own for GDELT events, else a 60-bit number from ``event_id``."""
    if dataset in ("gdelt1", "gdelt2") and dataset_id and dataset_id.isdigit():
        return dataset_id
    return str(int(event_id[:15], 16))


def _date_fields(d: dt.date | None) -> tuple[str, str, str, str, str]:
    """SQLDATE, MonthYear, Year, FractionDate and DATEADDED of a day (all empty without one)."""
    if d is None:
        return "", "", "", "", ""
    sqldate = d.strftime("%Y%m%d")
    frac = f"{d.year + ((d.month - 1) * 30 + d.day) / 365:.4f}"
    return sqldate, d.strftime("%Y%m"), str(d.year), frac, sqldate + "000000"


def _cleaned(values: pa.Array) -> pa.Array:
    """:func:`_clean` over a column: tabs and line breaks become spaces, null becomes empty."""
    for ch in ("\t", "\r", "\n"):
        values = pc.replace_substring(values, ch, " ")
    return pc.fill_null(values, "")


def _per_value(arrays: list[pa.Array], fn: Any, width: int) -> list[pa.Array]:
    """``width`` string columns computed by ``fn`` once per distinct combination of ``arrays``."""
    codes, combos = factorize(arrays)
    results = [fn(*c) for c in combos]
    return [pa.array([r[j] for r in results], pa.string()).take(codes) for j in range(width)]


def _global_ids(batch: pa.Table) -> pa.Array:
    """GLOBALEVENTID of every row (see :func:`gdelt_event_id`)."""
    ds = batch.column("dataset").combine_chunks()
    did = batch.column("dataset_id").combine_chunks()
    own = pc.fill_null(pc.and_(pc.is_in(ds, pa.array(["gdelt1", "gdelt2"])), pc.ascii_is_decimal(did)), False)
    if pc.all(own).as_py():
        return did
    # The rest (other datasets, or ids Python counts as digits but ASCII does not) row by row.
    own_np = own.to_numpy(zero_copy_only=False)
    eid, ds_l, did_l = batch.column("event_id").to_pylist(), ds.to_pylist(), did.to_pylist()
    return pa.array([did_l[i] if own_np[i] else gdelt_event_id(eid[i], ds_l[i], did_l[i]) for i in range(len(eid))],
                    pa.string())


def gdelt_lines(batch: pa.Table) -> pa.Array:
    """One line (61 tab-separated fields, GDELT 2.0 order) per row of an :data:`EVENT_SCHEMA` batch.

    Column-wise: fields that depend on a code (actor, date, Goldstein) are formatted once per distinct
    value in Python and spread with ``take``; the free texts are cleaned with string kernels.
    """
    n = batch.num_rows
    t = batch.combine_chunks()

    def col(name: str) -> pa.Array:
        return t.column(name).chunk(0) if t.column(name).num_chunks else pa.nulls(n, t.schema.field(name).type)

    empty = pa.repeat("", n)
    sqldate, month, year, frac, added = _per_value([col("date")], _date_fields, 5)

    def actor(prefix: str) -> list[pa.Array]:
        text = col(f"{prefix}_text")
        has_text = pa.array(nonempty(text))
        fields = _per_value(
            [col(f"{prefix}_country"), col(f"{prefix}_sector"), has_text],
            lambda c, sec, ht: [f for i, f in enumerate(_actor_fields(c, sec, "x" if ht else None)) if i != 1], 9,
        )
        # _actor_fields writes the text only when the actor is there at all (else ten empty fields).
        present = pa.array(nonempty(fields[0]) | nonempty(fields[1]) | nonempty(fields[6]) | nonempty(text))
        name = pc.if_else(present, _cleaned(text), "")
        return [fields[0], name, *fields[1:]]

    code = pc.fill_null(col("cameo"), "")
    quad = pc.fill_null(col("quad_class").cast(pa.string()), "")
    (gold,) = _per_value([col("intensity")], lambda g: ("" if g is None else f"{g:g}",), 1)
    ev = col("evidence")
    flat = pc.list_flatten(ev)
    hit = pc.fill_null(pc.starts_with(flat, "url:"), False).to_numpy(zero_copy_only=False)
    parents = pc.list_parent_indices(ev).to_numpy(zero_copy_only=False)[hit]
    rows, first = np.unique(parents, return_index=True)  # the first url: entry of each row
    url_np = np.full(n, None, dtype=object)
    url_np[rows] = np.asarray(pc.utf8_slice_codeunits(flat.filter(pa.array(hit)), 4).to_pylist(), dtype=object)[first]
    url = _cleaned(pa.array(url_np, pa.string()))
    place, country = col("location_place"), col("location_country")
    has_geo = pa.array(nonempty(place) | nonempty(country))
    geo = [
        pc.if_else(has_geo, pc.if_else(pa.array(nonempty(place)), "4", "1"), ""),
        pc.if_else(has_geo, _cleaned(place), ""),
        pc.if_else(has_geo, pc.fill_null(country, ""), ""),
        *[empty] * 5,
    ]
    fields = [
        _global_ids(t), sqldate, month, year, frac,
        *actor("source"), *actor("target"),
        empty, code, pc.utf8_slice_codeunits(code, 0, 3), pc.utf8_slice_codeunits(code, 0, 2), quad, gold,
        empty, empty, empty, empty,
        *[empty] * 16, *geo,
        added, url,
    ]
    return pc.binary_join_element_wise(*fields, "\t")


def gdelt_rows(batch: pa.Table) -> list[str]:
    """Lines (61 tab-separated fields, GDELT 2.0 order) for a batch with :data:`EVENT_SCHEMA` columns."""
    return gdelt_lines(batch).to_pylist() if batch.num_rows else []


def write_gdelt(batches: Iterable[pa.Table], fh: IO[Any]) -> int:
    """Write events as a headerless GDELT 2.0 events file; return the number of rows.

    Our codes, not GDELT's: country codes are ISO alpha-3 (also ActionGeo_CountryCode, where GDELT
    writes FIPS 10-4), diplomats are GOV, Goldstein/QuadClass are ours (GDELT convention).
    """
    n = 0
    for batch in batches:
        if batch.num_rows == 0:
            continue
        write_lines(fh, pc.binary_join_element_wise(gdelt_lines(batch), "", "\n"))
        n += batch.num_rows
    return n
