"""The dashboard application: ``create_app(store)`` builds the FastAPI app behind ``mirrorwatch serve``.

Last stage of the pipeline: a read-only view over the store and the analysis. Every page has a
JSON twin (same URL with ``.json``), so the HTML is only a rendering of data a script can fetch too.

Security model (see ``docs/dashboard.md``): article text is hostile input. Templates escape every
value (Jinja2 autoescape on, no ``|safe`` on document data); URLs become links only when they are
absolute http(s) (:func:`~mirrorwatch.web.render.safe_href`); every response carries a strict
Content-Security-Policy (scripts only from this server, no inline scripts or styles, no plugins, no
framing), ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: no-referrer``; only GET and
HEAD are accepted. The store is opened per request and closed again, never held.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware

from ..errors import AnalysisError, InputError, MirrorwatchError, StoreBusyError, StoreError
from ..store import Store
from .bridge import to_jsonable

__all__ = ["CSP", "Web", "create_app"]

log = logging.getLogger(__name__)

#: The Content-Security-Policy of every response. Chart specs travel as inline
#: ``<script type="application/json">`` data, which is never executed, so no inline script is needed.
CSP = (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_METHODS = frozenset({"GET", "HEAD"})
#: Our own static files (the Vega bundle is served separately, from vl-convert, at /static/vl.js).
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml"}


class _Guard(BaseHTTPMiddleware):
    """Refuse anything but GET/HEAD (the dashboard is read-only) and add the security headers."""

    async def dispatch(self, request: Request, call_next: Any) -> Response:
        if request.method not in _METHODS:
            response: Response = JSONResponse(
                {"error": f"{request.method} is not allowed: the dashboard is read-only (GET and HEAD only)."},
                status_code=405, headers={"Allow": "GET, HEAD"})
        else:
            response = await call_next(request)
        for k, v in _HEADERS.items():
            response.headers.setdefault(k, v)
        return response


def wants_json(request: Request) -> bool:
    """Whether the request is for a machine-readable twin rather than a page."""
    path = request.url.path
    return path.endswith((".json", ".jsonl", ".csv")) or path.startswith("/api/")


@dataclass
class Web:
    """What the views share: the store and the template environment."""

    store: Store
    env: Any  # jinja2.Environment
    title: str = "mirrorwatch"

    def page(self, request: Request, template: str, data: dict[str, Any], *, status: int = 200) -> HTMLResponse:
        """Render ``template`` with ``data`` (and the request, for links that keep query strings)."""
        html = self.env.get_template(template).render(request=request, data=data, site_title=self.title)
        return HTMLResponse(html, status_code=status)

    def json(self, data: Any, *, status: int = 200) -> JSONResponse:
        """The JSON twin of a page."""
        return JSONResponse(to_jsonable(data), status_code=status)

    def respond(self, request: Request, template: str, data: dict[str, Any], *, as_json: bool) -> Response:
        """The page or its JSON twin."""
        return self.json(data) if as_json else self.page(request, template, data)


def _environment() -> Any:
    import jinja2

    from . import render

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mirrorwatch.web", "templates"),
        autoescape=True,  # everything is escaped; there is no template that renders trusted HTML
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_href"] = render.safe_href
    env.filters["sparkline"] = render.sparkline_points
    env.filters["num"] = _num
    env.tests["side_by_side"] = render.side_by_side
    env.globals["qs"] = _qs
    env.globals["json_twin"] = json_twin
    return env


def json_twin(request: Request) -> str:
    """The URL of the JSON twin of the page at ``request`` (``/`` → ``/index.json``)."""
    path = request.url.path.rstrip("/") or "/index"
    query = request.url.query
    return f"{path}.json" + (f"?{query}" if query else "")


def _num(value: Any, digits: int = 2) -> str:
    """Numbers for tables: integers as they are, floats rounded, missing as an en dash."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value != value:
            return "–"
        return f"{value:,.{digits}f}"
    return str(value)


def _qs(params: dict[str, Any], **changes: Any) -> str:
    """A query string from ``params`` with ``changes`` applied (``None`` removes a key)."""
    from urllib.parse import urlencode

    merged = {k: v for k, v in params.items() if v not in (None, "")}
    for k, v in changes.items():
        if v is None:
            merged.pop(k, None)
        else:
            merged[k] = v
    return ("?" + urlencode(merged)) if merged else ""


@lru_cache(maxsize=1)
def vega_bundle() -> bytes:
    """Vega, Vega-Lite and vega-embed as one ES module, from vl-convert (built once, kept in memory)."""
    import vl_convert

    return vl_convert.javascript_bundle().encode("utf-8")


def _warm_up() -> None:
    from .bridge import warm_up

    vega_bundle()
    warm_up()


def _static_file(name: str) -> tuple[bytes, str] | None:
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if "/" in name or "\\" in name or name.startswith(".") or suffix not in _STATIC_TYPES:
        return None
    f = resources.files("mirrorwatch.web").joinpath("static", name)
    if not f.is_file():
        return None
    return f.read_bytes(), _STATIC_TYPES[suffix]


def create_app(store: Store, *, title: str = "mirrorwatch", warm: bool = False) -> FastAPI:
    """The dashboard over ``store`` (opened per request, never held).

    Args:
        store: the event store to show (it is only read).
        title: shown in the page header.
        warm: at start-up, build the Vega bundle and import the analysis libraries in a background
            thread, so that the first dyad page is as fast as the next ones (``mirrorwatch serve``
            does this; tests leave it off).

    Returns:
        A FastAPI (ASGI) application; run it with uvicorn or test it with Starlette's TestClient.
    """
    from .views import article, dyad, events, overview, search, whatif

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:
            # Delayed, so that the imports (which hold the GIL) do not slow the server's own start.
            timer = threading.Timer(1.0, _warm_up)
            timer.daemon = True
            timer.start()
        yield

    app = FastAPI(title=f"{title} dashboard", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.add_middleware(_Guard)
    web = Web(store=store, env=_environment(), title=title)
    app.state.web = web

    def _error(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return web.page(request, "error.html", {"status": status, "message": message}, status=status)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(AnalysisError)
    async def _analysis_error(request: Request, exc: AnalysisError) -> Response:
        return _error(request, 422, str(exc))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> Response:
        status = 503 if isinstance(exc, StoreBusyError) or "No store at" in str(exc) else 500
        return _error(request, status, str(exc))

    @app.exception_handler(MirrorwatchError)
    async def _mw_error(request: Request, exc: MirrorwatchError) -> Response:
        return _error(request, 500, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "Error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"Nothing at {request.url.path}. Start from the overview."
        return _error(request, exc.status_code, message)

    @app.get("/static/vl.js", include_in_schema=False)
    def _vl_js() -> Response:
        return Response(vega_bundle(), media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def _static(name: str) -> Response:
        found = _static_file(name)
        if found is None:
            raise StarletteHTTPException(404, f"No static file {name!r}.")
        body, media = found
        return Response(body, media_type=media, headers={"Cache-Control": "public, max-age=3600"})

    for module in (overview, dyad, events, article, search, whatif):
        module.register(app, web)
    return app
