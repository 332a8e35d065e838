"""``mirrorwatch ingest``: files, folders, feeds, URLs and stdin → documents in the store."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

import typer

from .. import api
from ._common import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, DbOption, JsonOption, err, handle_errors, print_json


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from exc


def _check_lang(value: str | None) -> str | None:
    if value is None:
        return None
    langs = api.lexicon_languages()
    code = value.strip().lower()
    if code not in langs:
        raise typer.BadParameter(f"{value!r} has no language pack; choose one of {', '.join(langs)}")
    return code


@handle_errors
def ingest(
    inputs: list[str] = typer.Argument(..., metavar="PATH|URL|-...", show_default=False,
                                       help="Files, folders, feed/page URLs, or - for stdin."),
    db: Path | None = DbOption,
    glob: str | None = typer.Option(None, "--glob", metavar="PATTERN",
                                    help="Only files matching PATTERN inside folders (default: all supported)."),
    published: str | None = typer.Option(None, "--published", metavar="YYYY-MM-DD", callback=_check_date,
                                         help="Publication date for items that state none."),
    lang: str | None = typer.Option(None, "--lang", metavar="de|en|ru", callback=_check_lang,
                                    help="Language for items whose metadata names none (instead of detection)."),
    max_size: float = typer.Option(10.0, "--max-size", metavar="MB", min=0.001,
                                   help="Size cap of one document, page or record, in MB."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary (failures still)."),
    as_json: bool = JsonOption,
) -> None:
    """Ingest news articles into the store: text, Markdown, HTML, JSON Lines, CSV, RSS/Atom, WARC.

    Reads files (also .gz), folders (recursively), feed and page URLs, and - (stdin). Metadata comes
    from the item (YAML front matter, fields, feed entries, page meta/JSON-LD); --published and
    --lang fill what is missing. Documents are de-duplicated by normalised text and URL, so running
    the same command twice stores every article once. Each item that cannot be ingested prints one
    line "FAILED <item>: <reason>" on stderr and the run goes on.

    Exit status: 0 every item ingested (or already stored); 3 some items failed, the others were
    ingested; 1 nothing could be ingested, or the store could not be used.

    Example:

        mirrorwatch ingest examples/ --db crisis.duckdb
        mirrorwatch ingest https://news.example/feed.xml --lang de --json
        cat articles.jsonl | mirrorwatch ingest - --published 2025-07-01
    """
    # trafilatura and htmldate log every page they give up on; our FAILED lines say it once.
    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    store = api.open_store(db)

    def on_failure(item: str, reason: str) -> None:
        err.print(f"FAILED {item}: {reason}", markup=False, highlight=False, soft_wrap=True)

    kwargs = dict(glob=glob, published=published, lang=lang, on_failure=on_failure,
                  max_bytes=int(max_size * 1024 * 1024))
    if not quiet and err.is_terminal:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                      TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("", total=None)

            def progress(done: int, total: int, report: Any) -> None:
                bar.update(task, completed=done, total=total,
                           description=f"{report.new} new, {report.duplicates} dup, {len(report.failed)} failed")

            report = api.ingest(store, inputs, progress=progress, **kwargs)
    else:
        report = api.ingest(store, inputs, **kwargs)
    if as_json:
        print_json(report.to_dict())
    if not quiet:
        err.print(
            f"ingest: {report.new} new, {report.duplicates} duplicates, {len(report.failed)} failed "
            f"({report.items} inputs read; run {report.run_id})", markup=False, highlight=False, soft_wrap=True,
        )
    if report.failed:
        raise typer.Exit(EXIT_PARTIAL if (report.new or report.duplicates) else EXIT_ERROR)
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    """Add the ingest command."""
    app.command("ingest")(ingest)
