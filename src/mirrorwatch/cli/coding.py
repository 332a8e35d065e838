"""``mirrorwatch code``, ``mirrorwatch explain`` and ``mirrorwatch lexicon check``: the coder's commands."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import typer
from rich.table import Table

from .. import api
from ..errors import InputError
from ._common import (
    EXIT_ERROR,
    EXIT_PARTIAL,
    DbOption,
    JsonOption,
    err,
    handle_errors,
    out,
    print_json,
    report_failure,
)

lexicon_app = typer.Typer(help="Language packs: validate them.", no_args_is_help=True)

_FORMATS = ("jsonl", "csv", "table")


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from exc


def _read_documents(paths: list[str], *, lang: str | None, published: str | None):
    """Documents of the given inputs, read exactly as ``mirrorwatch ingest`` reads them.

    HTML pages lose their page chrome, Markdown its front matter, ``# source:``/``# published:``
    headers become metadata, and JSONL/CSV/feeds/WARC give one document per item; nothing is
    stored. Yields :class:`~mirrorwatch.records.Document` or ingest ``Failure`` objects.
    """
    from ..ingest import Options, iter_documents
    from ..ingest.fetch import Fetcher

    options = Options(published=published, lang=lang)
    with Fetcher(max_bytes=options.max_bytes) as fetcher:
        yield from iter_documents(paths, options, fetcher=fetcher)


@handle_errors
def code(
    files: list[str] = typer.Argument(None, help="Text files to code ('-' for stdin). Omit to code the store."),
    published: str | None = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (relative dates)."),
    lang: str | None = typer.Option(None, "--lang", help="Language (de, en, ru); detected when omitted."),
    fmt: str = typer.Option("jsonl", "--format", help="Output for files: jsonl, csv or table."),
    db: Path | None = DbOption,
    all_: bool = typer.Option(False, "--all", help="With a store: delete coded events and re-code everything."),
) -> None:
    """Code text into state-to-state events.

    With FILE arguments, codes the files without a database and prints the events on stdout
    (jsonl: exactly Event.to_dict, one per line). Without files, codes the store's documents that
    are not coded yet, in short batches, and records a run with the lexicon version.

    Example:

        mirrorwatch code article.txt --published 2025-07-01 --lang de
        mirrorwatch code --db crisis.duckdb
    """
    if fmt not in _FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(_FORMATS)}")
    if lang is not None and lang not in api.lexicon_languages():
        raise typer.BadParameter(f"no language pack {lang!r}; available: {', '.join(api.lexicon_languages())}")
    published = _check_date(published)
    if not files:
        _code_store(db, all_)
        return
    failed = 0
    writer = None
    table = None
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["file", "sentence_index", "source_country", "source_sector", "plover", "mode", "cameo",
                         "target_country", "target_sector", "date", "date_precision", "negated", "hypothetical",
                         "confidence", "sentence"])
    elif fmt == "table":
        table = Table(show_edge=False)
        for c in ("file", "#", "source", "type", "target", "date", "flags", "conf"):
            table.add_column(c)
    from ..ingest import Failure

    for doc in _read_documents(files, lang=lang, published=published):
        if isinstance(doc, Failure):
            report_failure("FAILED", doc.item, doc.reason)
            failed += 1
            continue
        path = doc.origin or doc.url or "-"
        try:
            events = api.code_text(doc.text, lang=lang or doc.language, published=doc.published, doc_id=doc.doc_id)
        except InputError as exc:
            report_failure("FAILED", path, str(exc))
            failed += 1
            continue
        for e in events:
            if fmt == "jsonl":
                sys.stdout.write(e.to_json() + "\n")
            elif writer is not None:
                t = e.target
                writer.writerow([path, e.sentence_index, e.source.country, e.source.sector, e.plover, e.mode, e.cameo,
                                 t.country if t else None, t.sector if t else None, e.date, e.date_precision,
                                 e.negated, e.hypothetical, e.confidence, e.sentence])
            elif table is not None:
                t = e.target
                flags = ",".join(k for k in ("negated", "hypothetical", "is_symmetric") if getattr(e, k))
                table.add_row(path, str(e.sentence_index), f"{e.source.country}/{e.source.sector}",
                              f"{e.plover}/{e.mode or ''}", f"{t.country if t else None}/{t.sector if t else None}",
                              str(e.date), flags, f"{e.confidence:.2f}")
    if table is not None:
        out.print(table)
    if failed:
        raise typer.Exit(EXIT_PARTIAL)


def _code_store(db: Path | None, all_: bool) -> None:
    from rich.progress import Progress

    store = api.open_store(db)
    if not store.path.exists():
        raise InputError(str(store.path), "no store here; ingest documents first (mirrorwatch ingest PATH --db ...)")
    with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("coding", total=None)
        stats = api.code(store, all=all_, progress=lambda done, total: bar.update(task, completed=done, total=total))
    err.print(f"coded {stats['documents']} documents, {stats['events']} new events "
              f"(lexicon {stats['lexicon_version']}, run {stats['run_id']})")
    for f in stats["failed"]:
        report_failure("failed", f["doc_id"], f["error"])
    if stats["failed"]:
        raise typer.Exit(EXIT_PARTIAL)


@handle_errors
def explain(
    sentence: str = typer.Argument(..., help="The sentence to explain."),
    lang: str | None = typer.Option(None, "--lang", help="Language (de, en, ru); detected when omitted."),
    published: str | None = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    as_json: bool = JsonOption,
) -> None:
    """Show how the coder reads one sentence: tokens, lemmas, actors, triggers, roles, modality,
    dates, and why each candidate event was or was not emitted.

    Example:

        mirrorwatch explain "Baku bestellte den russischen Geschäftsträger ein." --published 2025-07-01
    """
    published = _check_date(published)
    if lang is not None and lang not in api.lexicon_languages():
        raise typer.BadParameter(f"no language pack {lang!r}; available: {', '.join(api.lexicon_languages())}")
    ex = api.explain(sentence, lang=lang, published=published)
    if as_json:
        print_json(ex.to_dict())
    else:
        out.print(ex)


@handle_errors
def lexicon_check(
    lang: str | None = typer.Option(None, "--lang", help="Check one language pack (default: all)."),
    as_json: bool = JsonOption,
) -> None:
    """Validate the language packs: unknown country, sector, PLOVER or CAMEO codes, conflicting and
    duplicate patterns, unreadable files. Exits 1 when there are errors (warnings do not fail).

    Example:

        mirrorwatch lexicon check --lang de
    """
    problems = api.check_lexicon(lang)
    errors = [p for p in problems if p["level"] == "error"]
    if as_json:
        print_json({"problems": problems, "errors": len(errors),
                    "lexicon_version": api.lexicon_version(lang)})
    else:
        for p in problems:
            colour = "red" if p["level"] == "error" else "yellow"
            report_failure(p["level"], f"{p['lang']} {p['where']}", p["message"], colour=colour)
        err.print(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s); "
                  f"lexicon {api.lexicon_version(lang)}")
    if errors:
        raise typer.Exit(EXIT_ERROR)


def register(app: typer.Typer) -> None:
    """Add the coding commands."""
    app.command("code")(code)
    app.command("explain")(explain)
    lexicon_app.command("check")(lexicon_check)
    app.add_typer(lexicon_app, name="lexicon")


__all__ = ["register"]
