"""The events table ``/events``: filter, sort, keyset pages, and CSV/JSONL downloads of the current filter.

Part of the web stage. The JSON twin is ``/events.json``; ``/events.csv`` (the flat store columns)
and ``/events.jsonl`` (exactly the records of ``mirrorwatch code --format jsonl``) stream every
event of the filter, read from the store in chunks so that writers are never blocked for the
length of a download.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response, StreamingResponse

from ...errors import InputError
from ...ontology import PLOVER_TYPES
from .. import queries
from ..app import Web, wants_json
from ..filters import SORTS, EventFilter
from . import get

__all__ = ["register"]

_MAX_LIMIT = 500


def _page_args(request: Request) -> dict[str, Any]:
    p = request.query_params
    sort = (p.get("sort") or "date").strip()
    desc = True
    if sort.startswith("-"):
        sort, desc = sort[1:], False  # "-x" = ascending: the default view is newest first
    if sort not in SORTS:
        raise InputError(f"parameter sort={sort!r}", "sort by one of " + ", ".join(SORTS))
    try:
        limit = int(p.get("limit") or 50)
    except ValueError:
        raise InputError(f"parameter limit={p.get('limit')!r}", "not a whole number") from None
    if not 1 <= limit <= _MAX_LIMIT:
        raise InputError(f"parameter limit={limit}", f"use 1 to {_MAX_LIMIT}")
    return {"sort": sort, "desc": desc, "after": p.get("after") or None, "limit": limit}


def events_data(web: Web, request: Request) -> dict[str, Any]:
    """The data of one events page (the JSON twin)."""
    flt = EventFilter.from_params(request.query_params)
    args = _page_args(request)
    page = queries.events_page(web.store, flt, **args)
    params = flt.to_params()
    sort_param = args["sort"] if args["desc"] else "-" + args["sort"]
    if sort_param != "date":
        params["sort"] = sort_param
    if args["limit"] != 50:
        params["limit"] = str(args["limit"])
    return {**page, "filters": params, "limit": args["limit"], "first_page": args["after"] is None,
            "plover_types": list(PLOVER_TYPES), "sorts": list(SORTS)}


def _csv_stream(web: Web, flt: EventFilter) -> Iterator[bytes]:
    header = True
    for table in queries.iter_event_chunks(web.store, flt):
        buf = io.StringIO()
        w = csv.writer(buf)
        if header:
            w.writerow(table.column_names)
            header = False
        for row in table.to_pylist():
            if row.get("evidence") is not None:
                row["evidence"] = "; ".join(row["evidence"])
            w.writerow(["" if v is None else v for v in row.values()])
        yield buf.getvalue().encode("utf-8")
    if header:  # nothing matched: still a valid CSV with its header
        yield (",".join(queries.EVENT_COLUMNS) + "\r\n").encode("utf-8")


def _jsonl_stream(web: Web, flt: EventFilter) -> Iterator[bytes]:
    from ...records import events_from_arrow

    for table in queries.iter_event_chunks(web.store, flt):
        lines = [e.to_json() for e in events_from_arrow(table)]
        yield ("\n".join(lines) + "\n").encode("utf-8")


def register(app: FastAPI, web: Web) -> None:
    """Add ``/events``, its JSON twin and the downloads."""

    @get(app, "/events.csv")
    def events_csv(request: Request) -> Response:
        flt = EventFilter.from_params(request.query_params)
        return StreamingResponse(_csv_stream(web, flt), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @get(app, "/events.jsonl")
    def events_jsonl(request: Request) -> Response:
        flt = EventFilter.from_params(request.query_params)
        return StreamingResponse(_jsonl_stream(web, flt), media_type="application/x-ndjson; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.jsonl"'})

    @get(app, "/events.json", "/api/events", "/events")
    def events_page(request: Request) -> Response:
        data = events_data(web, request)
        return web.respond(request, "events.html", data, as_json=wants_json(request))
