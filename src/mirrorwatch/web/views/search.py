"""Search ``/search?q=``: articles by title and text, actors by their text or country code.

Part of the web stage; JSON twin ``/search.json?q=``. Case-insensitive substring search through
:func:`mirrorwatch.web.queries.search` (DuckDB ``ILIKE``; the full-text extension is not used
because it would need a download and a write to the store).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response

from ...errors import InputError
from .. import queries
from ..app import Web, wants_json
from . import get

__all__ = ["register", "search_data"]

MAX_QUERY = 200


def search_data(web: Web, request: Request) -> dict[str, Any]:
    """Results for ``q`` (the JSON twin); an empty ``q`` gives empty lists."""
    q = (request.query_params.get("q") or "").strip()
    if len(q) > MAX_QUERY:
        raise InputError(f"parameter q ({len(q)} characters)", f"search for at most {MAX_QUERY} characters")
    try:
        limit = int(request.query_params.get("limit") or 50)
    except ValueError:
        raise InputError(f"parameter limit={request.query_params.get('limit')!r}", "not a whole number") from None
    if not 1 <= limit <= 500:
        raise InputError(f"parameter limit={limit}", "use 1 to 500")
    return queries.search(web.store, q, limit=limit)


def register(app: FastAPI, web: Web) -> None:
    """Add ``/search`` and its JSON twin."""

    @get(app, "/search.json", "/api/search", "/search")
    def search(request: Request) -> Response:
        return web.respond(request, "search.html", search_data(web, request), as_json=wants_json(request))
