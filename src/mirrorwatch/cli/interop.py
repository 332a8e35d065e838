"""``mirrorwatch import gdelt|icews|plover|events`` and ``mirrorwatch export``: other datasets in and out.

A thin layer over :func:`mirrorwatch.api.import_events` and :func:`mirrorwatch.api.export_events`;
the mappings are described in ``docs/interop.md``. Exit status of an import: 0 all rows read,
3 some rows or files failed (the rest is stored), 1 nothing could be read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.table import Table

from .. import api
from ._common import EXIT_ERROR, EXIT_PARTIAL, DbOption, JsonOption, err, handle_errors, out, print_json

import_app = typer.Typer(
    name="import",
    help="Import event data coded elsewhere (GDELT, ICEWS, PLOVER/POLECAT) or exported by mirrorwatch.",
    no_args_is_help=True,
)

FilesArg = typer.Argument(..., help="Event files (plain, .gz or .zip).", exists=False)
DatasetOpt = typer.Option(
    None, "--dataset", help="Provenance name to store instead of the detected one (e.g. gdelt1).",
    show_default=False,
)
KeepOpt = typer.Option(
    False, "--keep-statements",
    help="Keep CAMEO 01/02 rows (statements, appeals: no PLOVER type) as STATEMENT/APPEAL instead of skipping them.",
)


def _run(kind: str, files: list[Path], db: Path | None, dataset: str | None, keep: bool, as_json: bool) -> None:
    store = api.open_store(db)
    show = sys.stderr.isatty() and not as_json
    if show:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("reading", total=None)

            def progress(file: str, rows: int) -> None:
                bar.update(task, description=f"{Path(file.split(':')[0]).name}: {rows:,} rows read")

            report = api.import_events(store, kind, [str(f) for f in files], progress=progress,
                                       dataset=dataset, keep_statements=keep)
    else:
        report = api.import_events(store, kind, [str(f) for f in files], dataset=dataset, keep_statements=keep)
    info = report.to_dict()
    if as_json:
        print_json(info)
    else:
        t = Table(title=f"import {kind} → {store.path}", title_justify="left", show_edge=False)
        t.add_column("")
        t.add_column("count", justify="right")
        for label, key in (("rows read", "rows"), ("events imported", "imported"),
                           ("already stored / repeated", "duplicates"),
                           ("CAMEO 01/02 skipped (no PLOVER type)", "no_plover"),
                           ("malformed rows", "malformed"), ("flagged (unknown codes)", "flagged"),
                           ("mirror records in dataset", "symmetric")):
            t.add_row(label, f"{info[key]:,}")
        out.print(t)
        out.print(f"datasets: {', '.join(info['datasets']) or '-'}   run: {info['run_id']}")
        for e in info["errors"]:
            err.print(f"[yellow]bad row[/yellow] {e['file']}:{e['line'] if e['line'] is not None else '?'}: "
                      f"{e['reason']}", markup=True, highlight=False)
        if info["malformed"] > len(info["errors"]):
            err.print(f"… and {info['malformed'] - len(info['errors'])} more malformed rows", highlight=False)
        for f in info["failed_files"]:
            err.print(f"[red]failed[/red] {f['file']}: {f['reason']}", markup=True, highlight=False)
    if report.status == "failed":
        raise typer.Exit(EXIT_ERROR)
    if report.status == "partial":
        raise typer.Exit(EXIT_PARTIAL)


@import_app.command("gdelt")
@handle_errors
def import_gdelt(files: list[Path] = FilesArg, db: Path | None = DbOption, dataset: str | None = DatasetOpt,
                 keep_statements: bool = KeepOpt, as_json: bool = JsonOption) -> None:
    """Import GDELT 1.0/2.0 event files: the tab-separated headerless exports as GDELT publishes them
    (57/58 or 61 columns) and comma-separated extracts with a header (index column, NA, stray spaces
    tolerated). Dataset gdelt1 or gdelt2, dataset_id = GLOBALEVENTID.

    Example:

        mirrorwatch import gdelt 20250701.export.CSV.zip --db crisis.duckdb
        mirrorwatch import gdelt extracts/*.csv.gz --dataset gdelt1 --json
    """
    _run("gdelt", files, db, dataset, keep_statements, as_json)


@import_app.command("icews")
@handle_errors
def import_icews(files: list[Path] = FilesArg, db: Path | None = DbOption, dataset: str | None = DatasetOpt,
                 keep_statements: bool = KeepOpt, as_json: bool = JsonOption) -> None:
    """Import raw ICEWS coded event files (tab-separated with header). Country names become ISO
    alpha-3, sector lists one sector; dataset icews, dataset_id = Event ID.

    Example:

        mirrorwatch import icews events.2018.tab --db crisis.duckdb
    """
    _run("icews", files, db, dataset, keep_statements, as_json)


@import_app.command("plover")
@handle_errors
def import_plover(files: list[Path] = FilesArg, db: Path | None = DbOption, dataset: str | None = DatasetOpt,
                  as_json: bool = JsonOption) -> None:
    """Import PLOVER/POLECAT JSON records (a JSON array or JSONL). PLOVER sectors map back
    (JRN → MED, MED → HLH); dataset plover, dataset_id = the record id.

    Example:

        mirrorwatch import plover polecat-2024.jsonl --db crisis.duckdb
    """
    _run("plover", files, db, dataset, False, as_json)


@import_app.command("events")
@handle_errors
def import_own(files: list[Path] = FilesArg, db: Path | None = DbOption, as_json: bool = JsonOption) -> None:
    """Import mirrorwatch's own event files: CSV or Parquet as `mirrorwatch export` writes them, or
    JSONL exactly as `mirrorwatch code --format jsonl` prints it. Every field is kept.

    Example:

        mirrorwatch import events coded.jsonl --db crisis.duckdb
        mirrorwatch import events backup.parquet --db new.duckdb
    """
    _run("events", files, db, None, False, as_json)


@handle_errors
def export(
    output: Path = typer.Option(..., "-o", "--output", help="Output file (.gz compresses text formats)."),
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, parquet, jsonl, plover or gdelt."),
    db: Path | None = DbOption,
    dyad: tuple[str, str] | None = typer.Option(
        None, "--dyad", help="Two country codes: events between them, both directions.", show_default=False
    ),
    since: str | None = typer.Option(None, "--since", help="First day (YYYY-MM-DD).", show_default=False),
    until: str | None = typer.Option(None, "--until", help="Last day (YYYY-MM-DD).", show_default=False),
    types: list[str] | None = typer.Option(None, "--type", help="PLOVER type to keep (repeatable).",
                                           show_default=False),
    datasets: list[str] | None = typer.Option(None, "--dataset", help="Dataset to keep (repeatable).",
                                              show_default=False),
) -> None:
    """Export events: csv / parquet (the store's flat columns), jsonl (as `code --format jsonl`),
    plover (PLOVER JSON, PLOVER sector names: MED → JRN, DIP → GOV) or gdelt (GDELT 2.0 column
    order, tab-separated, our codes).

    Example:

        mirrorwatch export --format plover --dyad RUS AZE --since 2024-12-01 -o rus-aze.jsonl
        mirrorwatch export --format parquet --dataset mirrorwatch -o coded.parquet
    """
    n = api.export_events(api.open_store(db), fmt, output, dyad=list(dyad) if dyad else None, since=since,
                          until=until, types=types or None, datasets=datasets or None)
    err.print(f"{n:,} events written to {output} ({fmt})", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``import`` (a group) and ``export``."""
    app.add_typer(import_app, name="import")
    app.command("export")(export)
