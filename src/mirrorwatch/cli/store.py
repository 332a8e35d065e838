"""``mirrorwatch status``: what a store holds."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from .. import api
from ._common import DbOption, JsonOption, handle_errors, out, print_json


@handle_errors
def status(db: Path | None = DbOption, as_json: bool = JsonOption) -> None:
    """Show what a store holds: documents by language and site, events by dataset and type,
    date range, schema version and the last runs.

    Example:

        mirrorwatch status --db crisis.duckdb --json
    """
    info = api.status(api.open_store(db))
    if as_json:
        print_json(info)
        return
    if not info.get("exists"):
        out.print(f"No store at {info['path']} yet. Start with: mirrorwatch ingest PATH --db {info['path']}")
        return
    out.print(f"[bold]{info['path']}[/bold]  schema v{info['schema_version']}")
    out.print(
        f"documents: {info['documents']} ({info['documents_coded']} coded)   events: {info['events']}   "
        f"dates: {info['date_range'][0] or '-'} … {info['date_range'][1] or '-'}"
    )
    for title, key in (
        ("documents by language", "documents_by_language"),
        ("documents by site", "documents_by_site"),
        ("events by dataset", "events_by_dataset"),
        ("events by type", "events_by_type"),
    ):
        if info[key]:
            t = Table(title=title, title_justify="left", show_edge=False)
            t.add_column("value")
            t.add_column("count", justify="right")
            for k, v in info[key].items():
                t.add_row(k, str(v))
            out.print(t)
    if info["last_runs"]:
        t = Table(title="last runs", title_justify="left", show_edge=False)
        for c in ("started", "command", "status", "version", "lexicon"):
            t.add_column(c)
        for r in info["last_runs"]:
            t.add_row(r["started_at"][:19] if r["started_at"] else "", r["command"], r["status"],
                      r["version"], r["lexicon_version"] or "")
        out.print(t)


def register(app: typer.Typer) -> None:
    """Add the store commands."""
    app.command("status")(status)
