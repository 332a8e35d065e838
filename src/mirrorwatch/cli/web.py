"""``mirrorwatch serve``: the local dashboard (read-only, localhost by default)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .. import api
from ..errors import StoreError
from ._common import EXIT_ERROR, DbOption, err, handle_errors


@handle_errors
def serve(
    db: Path | None = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind. 0.0.0.0 exposes the dashboard to the network."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    get: str | None = typer.Option(
        None, "--get", metavar="PATH",
        help="Print the response to one GET request (e.g. /index.json) and exit, without starting a server."),
) -> None:
    """Serve the local dashboard: dyads, mirror timelines, act → answer pairs with their sentences,
    the events table, articles with highlighted spans, and search. Every page has a JSON twin
    (the same URL with .json). Read-only; keeps working while ingest or code write to the store.

    Example:

        mirrorwatch serve --db crisis.duckdb
        mirrorwatch serve --db crisis.duckdb --get /dyad/AZE-RUS.json
    """
    store = api.open_store(db)
    if not store.path.exists():
        raise StoreError(f"No store at {store.path}. Create one first: mirrorwatch ingest PATH --db {store.path}")
    if get is not None:
        raise typer.Exit(_get(store, get))
    from ..web.server import is_loopback

    if not is_loopback(host):
        err.print(f"[yellow]Warning:[/yellow] binding {host} makes the dashboard reachable from other machines; "
                  "it has no login.", markup=True)
    err.print(f"mirrorwatch dashboard on http://{host}:{port}/  over {store.path}  (Ctrl+C stops it)")
    api.serve(store, host=host, port=port)


def _get(store: api.Store, path: str) -> int:
    """One request through the app in-process (like ``datasette --get``); exit status 0 or 1."""
    import warnings

    from ..web import create_app

    with warnings.catch_warnings():  # Starlette's notice about its httpx transport is not for our users
        warnings.filterwarnings("ignore", message=".*httpx.*")
        from fastapi.testclient import TestClient

    if not path.startswith("/"):
        path = "/" + path
    with TestClient(create_app(store), raise_server_exceptions=False) as client:
        response = client.get(path)
    sys.stdout.write(response.text if response.text.endswith("\n") else response.text + "\n")
    if response.status_code >= 400:
        err.print(f"{path}: HTTP {response.status_code}")
        return EXIT_ERROR
    return 0


def register(app: typer.Typer) -> None:
    """Add the dashboard command."""
    app.command("serve")(serve)
