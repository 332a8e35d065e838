"""PLOVER / POLECAT JSON records ↔ the event record.

Part of the interop stage. Reads PLOVER JSON (one array, or JSONL with one record per line): the
manual's field names (``id``, ``date``, ``actor``/``recipient`` lists of ``{code, sector,
entity_text}``, ``event``, ``mode``, ``quad_code``, ``event_scale``, ``event_loc``, ``text``) and the
older gold-standard spelling (``source``/``target`` with ``actorText``). Writes records with PLOVER's
field and sector names (:func:`plover_record`), plus a ``mirrorwatch`` object holding our full record
so that our own exports come back unchanged.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import IO, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import InputError
from ..ontology import PLOVER_TYPES, cameo_codes
from ..records import CODED_DATASET, Event, _date_str, events_to_arrow
from .actors import country_from_name, plover_sector_in, plover_sector_out
from .common import Columns, ImportReport, factorize, nonempty

__all__ = ["event_json_lines", "plover_json_lines", "plover_record", "read_plover"]

#: Category names of older PLOVER versions (the 2016 gold standard) → current (type, mode).
_OLD_NAMES = {
    "DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", None), "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}
_BATCH = 5000


@lru_cache(maxsize=256)
def representative_cameo(plover: str, mode: str | None) -> str | None:
    """The most general CAMEO code the crosswalk maps to (type, mode), else to the type alone.

    PLOVER records carry no CAMEO code; this one gives them a Goldstein intensity (flagged
    ``cameo-from-plover``). Ties go to the shortest, then lowest code.
    """
    codes = [c for c in cameo_codes().values() if c.plover == plover]
    if mode:
        with_mode = [c for c in codes if c.plover_mode == mode]
        codes = with_mode or codes
    if not codes:
        return None
    return min(codes, key=lambda c: (len(c.code), c.code)).code


def _first(d: Mapping[str, Any], *keys: str) -> Any:
    for k in keys:
        v = d.get(k)
        if v not in (None, "", []):
            return v
    return None


def _as_list(v: Any) -> list[Any]:
    if v is None or v == "":
        return []
    return list(v) if isinstance(v, list) else [v]


def _entity(e: Any) -> tuple[str | None, str | None, str, list[str]]:
    """(country, sector, text, flags) of a PLOVER actor/recipient object."""
    if isinstance(e, str):
        return country_from_name(e) or (e if len(e) == 3 and e.isupper() else None), None, e, []
    if not isinstance(e, Mapping):
        return None, None, "", []
    flags: list[str] = []
    raw = _first(e, "code", "country", "country_code", "country_name")
    country = None
    if raw:
        raw = str(raw).strip()
        country = country_from_name(raw)
        if country is None:
            # PLOVER's own non-state codes (IGO, NGO, IMG, ...) and old slips (JAP) are kept, flagged.
            country = raw if len(raw) == 3 else None
            flags.append(f"unknown-country:{raw}")
    sector, sflag = plover_sector_in(_first(e, "sector", "sector_code", "primary_sector"))
    if sflag:
        flags.append(sflag)
    text = _first(e, "entity_text", "actorText", "raw_text", "entity_name", "text", "identifier_text") or ""
    return country, sector, str(text), flags


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _events_of(rec: Mapping[str, Any], cols: Columns, dataset: str) -> str | None:
    """Append the events of one PLOVER record to ``cols``; return a reason when it is unusable."""
    rid = _first(rec, "id", "event_id")
    if rid is None:
        return "the record has no id"
    date = _date(_first(rec, "date", "event_date", "story_date"))
    if date is None:
        return f"record {rid}: date {rec.get('date')!r} is missing or not YYYY-MM-DD"
    categories = _as_list(_first(rec, "event", "event_type", "event_category"))
    if not categories:
        return f"record {rid}: no event category"
    modes = _as_list(rec.get("mode"))
    actors = _as_list(_first(rec, "actor", "source"))
    recips = _as_list(_first(rec, "recipient", "target"))
    # PLOVER requires an actor, but real records lack one ("a bomb killed two civilians"): keep
    # the event with an unknown source rather than drop it.
    ents_a = [_entity(a) for a in actors] or [(None, None, "", ["no-actor"])]
    ents_r = [_entity(r) for r in recips]
    pairs: list[tuple[Any, Any, bool]] = []
    if ents_r:
        pairs = [(a, r, False) for a in ents_a for r in ents_r]
    elif len(ents_a) > 1:
        # Several actors and no recipient: PLOVER's way of coding a joint act (a meeting, an
        # agreement) among all of them. Each ordered pair becomes an event, flagged symmetric.
        pairs = [(a, b, True) for a in ents_a for b in ents_a if a is not b]
    else:
        pairs = [(ents_a[0], None, False)]
    loc = rec.get("event_loc") or rec.get("eventLoc")
    loc_country = loc_place = None
    if isinstance(loc, Mapping):
        loc_country = country_from_name(_first(loc, "country", "country_code", "country_name"))
        loc_place = _first(loc, "place", "place_name", "name", "geonames_name")
    elif isinstance(loc, str):
        loc_place = loc
    info = rec.get("text_info") or {}
    text = rec.get("text")
    total = len(categories) * len(pairs)
    k = 0
    for cat in categories:
        cat = str(cat).strip().upper()
        mode = str(modes[0]) if modes else None
        flags: list[str] = []
        if cat in _OLD_NAMES:
            cat, m = _OLD_NAMES[cat]
            mode = mode or m
        if cat not in PLOVER_TYPES:
            flags.append(f"unknown-plover:{cat}")
        code = _first(rec, "cameo", "cameo_code")
        if code is None:
            code = representative_cameo(cat, mode)
            if code is not None:
                flags.append("cameo-from-plover")
        for a, r, sym in pairs:
            cols.dataset.append(dataset)
            cols.dataset_id.append(str(rid) if total == 1 else f"{rid}#{k}")
            k += 1
            cols.cameo.append(code or "")
            cols.date.append(date)
            cols.source_country.append(a[0])
            cols.source_sector.append(a[1])
            cols.source_text.append(a[2])
            cols.target_country.append(r[0] if r else None)
            cols.target_sector.append(r[1] if r else None)
            cols.target_text.append(r[2] if r else None)
            cols.location_country.append(loc_country)
            cols.location_place.append(loc_place)
            scale = rec.get("event_scale")
            cols.dataset_goldstein.append(float(scale) if isinstance(scale, int | float) else None)
            q = rec.get("quad_code")
            cols.dataset_quad_class.append(int(q) if isinstance(q, int) or (isinstance(q, str) and q.isdigit()) else None)
            fl = [*flags] + [f"flag:{f}:source" for f in a[3]] + ([f"flag:{f}:target" for f in r[3]] if r else [])
            cols.evidence.append([f if f.startswith("flag:") else "flag:" + f for f in fl])
            cols.sentence.append(text)  # type: ignore[union-attr]
            seq = info.get("sequence") if isinstance(info, Mapping) else None
            cols.sentence_index.append(int(seq) if isinstance(seq, int) else None)  # type: ignore[union-attr]
            cols.language.append(rec.get("language"))  # type: ignore[union-attr]
            cols.plover.append(cat)  # type: ignore[union-attr]
            cols.mode.append(mode)  # type: ignore[union-attr]
            cols.is_symmetric.append(sym)  # type: ignore[union-attr]
    return None


def _new_columns() -> Columns:
    return Columns(
        dataset=[], dataset_id=[], cameo=[], date=[], source_country=[], source_sector=[], source_text=[],
        target_country=[], target_sector=[], target_text=[], location_country=[], location_place=[],
        dataset_goldstein=[], dataset_quad_class=[], evidence=[], sentence=[], sentence_index=[],
        language=[], plover=[], mode=[], is_symmetric=[],
    )


def _records(stream: IO[bytes], name: str, report: ImportReport) -> Iterator[tuple[int, Any]]:
    """(line, record) pairs from a JSON array or JSONL stream; bad JSON lines go to the report."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace")
    head = ""
    while True:
        ch = text.read(1)
        if not ch or not ch.isspace():
            head = ch
            break
    if head == "[":
        # A JSON array must be parsed whole (the gold-standard file is one); JSONL streams.
        try:
            data = json.loads(head + text.read())
        except json.JSONDecodeError as exc:
            raise InputError(name, f"not valid JSON (line {exc.lineno}: {exc.msg})") from exc
        for i, rec in enumerate(data):
            yield i + 1, rec
        return
    first = head + text.readline()
    lineno = 0
    for line in _chain(first, text):
        lineno += 1
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            report.rows += 1
            report.bad_row(name, lineno, f"not valid JSON ({exc.msg})")


def _chain(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest


def read_plover(stream: IO[bytes], name: str, report: ImportReport, *, dataset: str | None = None,
                block_size: int | None = None) -> Iterator[Any]:
    """Stream one PLOVER/POLECAT JSON or JSONL file as batches (Columns, or Arrow for our own records).

    Args:
        stream: the decompressed bytes of the file.
        name: how the file is named in messages (array items are numbered from 1 instead of lines).
        report: receives counts and bad records.
        dataset: provenance name (default ``plover``).
        block_size: unused (records are batched by count).
    """
    ds = dataset or "plover"
    cols = _new_columns()
    own: list[Event] = []
    for line, rec in _records(stream, name, report):
        if not isinstance(rec, Mapping):
            report.rows += 1
            report.bad_row(name, line, "the record is not a JSON object")
            continue
        if rec.get("event") == "DOCUMENT":  # the gold standard's documentation header
            continue
        report.rows += 1
        mw = rec.get("mirrorwatch")
        if isinstance(mw, Mapping):
            try:
                own.append(Event.from_dict(mw))
            except (KeyError, TypeError, ValueError) as exc:
                report.bad_row(name, line, f"the mirrorwatch object is incomplete ({exc})")
            if len(own) >= _BATCH:
                yield events_to_arrow(own)
                own = []
            continue
        try:
            reason = _events_of(rec, cols, ds)
        except (TypeError, ValueError, AttributeError) as exc:
            reason = f"record {rec.get('id')}: {exc}"
        if reason:
            report.bad_row(name, line, reason)
        if ds not in report.datasets:
            report.datasets.append(ds)
        if len(cols.cameo) >= _BATCH:
            yield cols
            cols = _new_columns()
    if cols.cameo:
        yield cols
    if own:
        yield events_to_arrow(own)


# -- export ---------------------------------------------------------------------------------------------
def _entity_out(country: str | None, sector: str | None, text: str | None) -> dict[str, Any]:
    return {"code": country, "sector": plover_sector_out(sector), "entity_text": text or ""}


def plover_record(e: Event) -> dict[str, Any]:
    """One PLOVER JSON record for an event (PLOVER field and sector names; our record beside it)."""
    rec: dict[str, Any] = {
        "id": e.event_id,
        "date": e.date,
        "actor": [_entity_out(e.source.country, e.source.sector, e.source.text)],
        "recipient": [_entity_out(e.target.country, e.target.sector, e.target.text)] if e.target else [],
        "event": [e.plover],
        "mode": [e.mode] if e.mode else [],
        "quad_code": e.quad_class,
        "event_scale": e.intensity,
        "cameo": e.cameo,
    }
    if e.location is not None:
        rec["event_loc"] = {"country": e.location.country, "place": e.location.place}
    if e.sentence:
        rec["text"] = e.sentence
    if e.sentence_index is not None or e.span is not None:
        rec["text_info"] = {"sequence": e.sentence_index, "start": e.span[0] if e.span else None,
                            "end": e.span[1] if e.span else None}
    if e.language:
        rec["language"] = e.language
    rec["coder"] = "mirrorwatch" if e.dataset == "mirrorwatch" else f"mirrorwatch import of {e.dataset}"
    rec["mirrorwatch"] = e.to_dict()
    return rec


# -- column-wise JSON ------------------------------------------------------------------------------------
# Why by hand: json.dumps per record costs ~40 µs (1M events: 44 s), and the fast JSON libraries
# (orjson, DuckDB's to_json) write other separators and float forms (1e-5 vs 1e-05). Here every value
# is encoded once per distinct value with json.dumps itself, or, for strings that need no escaping,
# by quoting them with a string kernel; Arrow then joins the fragments. The lines are byte for byte
# what json.dumps(record, ensure_ascii=False) writes (tests/interop/test_export_fast.py checks it).

#: Characters json.dumps(ensure_ascii=False) escapes in a string: the quote, backslash and C0 controls.
_NEEDS_ESCAPE = r'["\\\x00-\x1f]'


def json_strings(values: pa.Array) -> pa.Array:
    """``json.dumps(v, ensure_ascii=False)`` of every string of ``values`` (null → ``null``)."""
    values = values.cast(pa.string())
    out = pc.fill_null(pc.binary_join_element_wise('"', values, '"', ""), "null")
    special = pc.fill_null(pc.match_substring_regex(values, _NEEDS_ESCAPE), False)
    if pc.any(special).as_py():
        escaped = [json.dumps(v, ensure_ascii=False) for v in values.filter(special).to_pylist()]
        out = pc.replace_with_mask(out, special, pa.array(escaped, pa.string()))
    return out


def json_values(values: pa.Array, fn: Any = None) -> pa.Array:
    """``json.dumps(fn(v))`` of every value, computed once per distinct value (numbers, flags, codes)."""
    codes, combos = factorize([values])
    encode = (lambda v: json.dumps(fn(v), ensure_ascii=False)) if fn else (lambda v: json.dumps(v, ensure_ascii=False))
    return pa.array([encode(v) for (v,) in combos], pa.string()).take(codes)


def json_string_lists(values: pa.Array) -> pa.Array:
    """JSON arrays of the string lists of ``values`` (a null list is ``[]``)."""
    values = pc.fill_null(values, pa.scalar([], values.type)) if values.null_count else values
    items = json_strings(pc.list_flatten(values))
    lists = pa.ListArray.from_arrays(_list_offsets(values), items)
    return pc.binary_join_element_wise("[", pc.binary_join(lists, ", "), "]", "")


def _list_offsets(values: pa.Array) -> pa.Array:
    lengths = pc.list_value_length(values).to_numpy(zero_copy_only=False)
    offsets = np.zeros(len(values) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    return pa.array(offsets)


Parts = list[Any]  # string columns and literal strings, concatenated row by row


def object_parts(fields: list[tuple[Any, ...]]) -> Parts:
    """The pieces of ``{"key": value, ...}`` for already encoded value columns.

    A field is ``(key, value)`` or ``(key, value, present)``. ``value`` is a string column, a plain
    string (the same fragment on every row) or the :data:`Parts` of a nested object (spliced in, so
    it is not copied twice). With a boolean mask ``present`` the key is written only on the rows
    where it holds (optional keys; never the first field).
    """
    parts: Parts = ["{"]
    for i, (key, value, *present) in enumerate(fields):
        lead = ("" if i == 0 else ", ") + json.dumps(key) + ": "
        if present:
            mask = present[0] if isinstance(present[0], pa.Array) else pa.array(present[0])
            shown = lead + value if isinstance(value, str) else join_parts([lead, *(value if isinstance(value, list) else [value])])
            parts.append(pc.if_else(mask, shown, ""))
        elif isinstance(value, list):
            parts += [lead, *value]
        else:
            parts += [lead, value]
    parts.append("}")
    return parts


def join_parts(parts: Parts, terminator: str = "", prefix: str = "") -> pa.Array:
    """Concatenate :data:`Parts` row by row (one string kernel call; neighbouring literals merged)."""
    merged: Parts = []
    for part in [prefix, *parts, terminator]:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif not (isinstance(part, str) and not part):
            merged.append(part)
    if not any(isinstance(m, pa.Array | pa.ChunkedArray) for m in merged):
        raise ValueError("join_parts needs at least one column")
    return pc.binary_join_element_wise(*merged, "")


def json_object(fields: list[tuple[Any, ...]]) -> pa.Array:
    """``{"key": value, ...}`` as a string column (see :func:`object_parts`)."""
    return join_parts(object_parts(fields))


def _bools(values: pa.Array) -> pa.Array:
    return pc.if_else(pc.fill_null(values, False), "true", "false")


def event_json_columns(t: pa.Table) -> dict[str, Any]:
    """The encoded parts of :meth:`Event.to_dict` for a batch, plus what the PLOVER record reuses."""
    n = t.num_rows

    def col(name: str) -> pa.Array:
        c = t.column(name)
        return c.chunk(0) if c.num_chunks == 1 else c.combine_chunks() if c.num_chunks else pa.nulls(n, c.type)

    def actor(prefix: str) -> pa.Array:
        attributed = pc.fill_null(col(f"{prefix}_attributed"), False)
        return json_object([
            ("country", json_strings(col(f"{prefix}_country"))),
            ("sector", json_strings(col(f"{prefix}_sector"))),
            ("text", json_strings(pc.fill_null(col(f"{prefix}_text"), ""))),
            ("attributed", "true", attributed),
        ])

    has_target = pa.array(pc.is_valid(col("target_country")).to_numpy(zero_copy_only=False)
                          | nonempty(col("target_text")))
    has_loc = pa.array(nonempty(col("location_country")) | nonempty(col("location_place")))
    has_span = pc.is_valid(col("span_start"))
    dates = factorize([col("date"), col("date_precision")])
    date_json = pa.array([json.dumps(_date_str(d, p)) for d, p in dates[1]], pa.string()).take(dates[0])
    span_start = json_values(col("span_start"))
    span = pc.if_else(has_span, pc.binary_join_element_wise("[", span_start, ", ", json_values(col("span_end")), "]", ""),
                      "null")
    location = json_object([("country", json_strings(col("location_country"))),
                            ("place", json_strings(col("location_place")))])
    dataset = col("dataset")
    dataset = pc.if_else(pa.array(nonempty(dataset)), dataset, CODED_DATASET)
    parts = {
        "doc_id": json_strings(col("doc_id")),
        "sentence_index": json_values(col("sentence_index")),
        "sentence": json_strings(col("sentence")),
        "span": span,
        "source": actor("source"),
        "target": pc.if_else(has_target, actor("target"), "null"),
        "plover": json_strings(col("plover")),
        "mode": json_strings(col("mode")),
        "cameo": json_strings(col("cameo")),
        "quad_class": json_values(col("quad_class")),
        "intensity": json_values(col("intensity")),
        "date": date_json,
        "date_precision": json_strings(col("date_precision")),
        "location": pc.if_else(has_loc, location, "null"),
        "negated": _bools(col("negated")),
        "hypothetical": _bools(col("hypothetical")),
        "confidence": json_values(col("confidence"), lambda c: round(float(c) if c is not None else 1.0, 3)),
        "evidence": json_string_lists(col("evidence")),
        "language": json_strings(col("language")),
        "is_symmetric": _bools(col("is_symmetric")),
        "dataset": json_strings(dataset),
        "dataset_id": json_strings(col("dataset_id")),
        "dataset_goldstein": json_values(col("dataset_goldstein")),
        "dataset_quad_class": json_values(col("dataset_quad_class")),
        "event_id": json_strings(col("event_id")),
    }
    extra = {"col": col, "has_target": has_target, "has_loc": has_loc, "has_span": has_span, "span_start": span_start,
             "location": location, "dataset": dataset}
    return {"parts": parts, "extra": extra}


def event_json_lines(t: pa.Table, terminator: str = "") -> pa.Array:
    """``Event.to_json()`` (plus ``terminator``) of every row of an :data:`EVENT_SCHEMA` batch, column-wise."""
    enc = event_json_columns(t)
    return join_parts(object_parts(list(enc["parts"].items())), terminator)


def plover_json_lines(t: pa.Table, terminator: str = "", prefix: str = "") -> pa.Array:
    """``json.dumps(plover_record(e), ensure_ascii=False)`` of every row (between ``prefix`` and ``terminator``)."""
    enc = event_json_columns(t)
    p, x = enc["parts"], enc["extra"]
    col = x["col"]

    def entity(prefix: str) -> pa.Array:
        sector = json_values(col(f"{prefix}_sector"), plover_sector_out)
        return json_object([("code", json_strings(col(f"{prefix}_country"))),
                            ("sector", sector),
                            ("entity_text", json_strings(pc.fill_null(col(f"{prefix}_text"), "")))])

    mode = col("mode")
    sentence = col("sentence")
    has_info = pc.or_(pc.is_valid(col("sentence_index")), x["has_span"])
    span_end = json_values(col("span_end"))
    text_info = json_object([("sequence", p["sentence_index"]),
                             ("start", pc.if_else(x["has_span"], x["span_start"], "null")),
                             ("end", pc.if_else(x["has_span"], span_end, "null"))])
    ds = x["dataset"]
    coder = pc.if_else(pc.equal(ds, CODED_DATASET), "mirrorwatch", pc.binary_join_element_wise("mirrorwatch import of ", ds, ""))
    return join_parts(object_parts([
        ("id", p["event_id"]),
        ("date", p["date"]),
        ("actor", pc.binary_join_element_wise("[", entity("source"), "]", "")),
        ("recipient", pc.if_else(x["has_target"], pc.binary_join_element_wise("[", entity("target"), "]", ""), "[]")),
        ("event", pc.binary_join_element_wise("[", p["plover"], "]", "")),
        ("mode", pc.if_else(pa.array(nonempty(mode)), pc.binary_join_element_wise("[", p["mode"], "]", ""), "[]")),
        ("quad_code", p["quad_class"]),
        ("event_scale", p["intensity"]),
        ("cameo", p["cameo"]),
        ("event_loc", x["location"], x["has_loc"]),
        ("text", p["sentence"], nonempty(sentence)),
        ("text_info", text_info, has_info),
        ("language", p["language"], nonempty(col("language"))),
        ("coder", json_strings(coder)),
        ("mirrorwatch", object_parts(list(p.items()))),
    ]), terminator, prefix)
