"""``mirrorwatch code-corpus`` and ``mirrorwatch attach``: scale-out coding into Parquet parts."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import api
from ..errors import MirrorwatchError
from ..scale.partitions import DEFAULT_PARTITION_SIZE
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


@handle_errors
def code_corpus(
    inputs: list[str] = typer.Argument(..., help="Folders, JSON Lines / Parquet document tables, WARC files."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Events directory for the Parquet parts (created)."),
    workers: int | None = typer.Option(None, "--workers", "-w", help="Local process pool of N workers."),
    dask_local: int | None = typer.Option(None, "--dask-local", help="Start a Dask LocalCluster of N workers."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address, tcp://host:8786."),
    partition_size: int = typer.Option(DEFAULT_PARTITION_SIZE, "--partition-size", min=1,
                                       help="Documents per partition (one Parquet part each)."),
    retries: int = typer.Option(2, "--retries", min=0, help="Extra tries for a failed partition."),
    lang: str | None = typer.Option(None, "--lang", help="Language of items that name none (else detected)."),
    published: str | None = typer.Option(None, "--published", help="Date YYYY-MM-DD for items without one."),
    glob: str | None = typer.Option(None, "--glob", help="Select files in folders by pattern, e.g. '*.warc.gz'."),
    prune: bool = typer.Option(False, "--prune", help="Delete parts of an earlier partitioning of the same inputs."),
    restart: bool = typer.Option(False, "--restart", help="Delete every part in --out and code everything again."),
    as_json: bool = JsonOption,
) -> None:
    """Code a whole corpus in parallel into a directory of Parquet event parts: in this process
    (default), on a local process pool (--workers N) or on Dask (--dask-local N, --scheduler URL).
    Workers read their inputs and write their parts themselves; the output is the same wherever
    it runs. Re-running skips finished parts; failed partitions are retried, then listed
    (exit 3). Read the result with `mirrorwatch attach`.

    Example:

        mirrorwatch code-corpus news/ cc-news/*.warc.gz --out events/ --workers 4
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = [TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("partitions"),
               TextColumn("{task.fields[docs]} documents, {task.fields[events]} events"), TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("coding", total=None, docs=0, events=0)

        def progress(done: int, total: int, stats: dict) -> None:
            bar.update(task, completed=done, total=total, docs=stats["documents"], events=stats["events"])

        try:
            summary = api.code_corpus(inputs, out_dir, workers=workers, dask_local=dask_local,
                                      scheduler=scheduler, partition_size=partition_size, attempts=retries + 1,
                                      lang=lang, published=published, glob=glob, prune=prune, restart=restart,
                                      progress=progress)
        except MirrorwatchError as exc:
            # Printed here without Rich markup: handle_errors would read "[dask]" in the advice
            # "pip install 'mirrorwatch[dask]'" (and any [..] in a path) as a style tag and drop it.
            err.print("[red]Error:[/red] ", end="", markup=True)
            err.print(str(exc), markup=False, highlight=False)
            raise typer.Exit(EXIT_ERROR) from exc
    if as_json:
        print_json(summary)
    else:
        _print_summary(summary)
    if summary["status"] == "failed":
        raise typer.Exit(EXIT_ERROR)
    if summary["status"] == "partial":
        raise typer.Exit(EXIT_PARTIAL)


def _print_summary(s: dict) -> None:
    for item, reason in s["input_failures"]:
        report_failure("failed", item, reason)
    for item, reason in s["failures"]:
        report_failure("skipped", item, reason, colour="yellow")
    if s["item_failures"] > len(s["failures"]):
        err.print(f"... {s['item_failures'] - len(s['failures'])} more items skipped (see the _done markers)")
    for f in s["failed"]:
        report_failure("partition failed", f"{f['label']} after {f['attempts']} attempt(s)", f["error"])
    rate = ""
    if s["documents"] and s["documents_per_second"]:
        rate = (f" in {s['run_seconds']:.1f} s: {s['documents_per_second']:,.0f} documents/s, "
                f"{s['sentences_per_second']:,.0f} sentences/s")
    err.print(f"{s['executor']}: {s['coded']} partition(s) coded, {s['skipped']} already done, "
              f"{len(s['failed'])} failed, of {s['partitions']}")
    err.print(f"this run: {s['documents']:,} documents, {s['sentences']:,} sentences, {s['events']:,} events{rate}")
    if s.get("cross_duplicates"):
        err.print(f"{s['cross_duplicates']:,} article(s) already in an earlier input left out (first copy wins)")
    if s["other_languages"]:
        langs = ", ".join(f"{k} {v}" for k, v in s["other_languages"].items())
        err.print(f"not coded (no language pack): {langs}")
    t = s["total"]
    err.print(f"{s['out_dir']}: {t['documents']:,} documents, {t['events']:,} events from these inputs")
    if not s["partitions"] and not s["input_failures"]:
        err.print("Nothing to code: no supported files in the inputs.")


@handle_errors
def attach(
    events_dir: Path | None = typer.Argument(None, help="Events directory (Parquet parts) to attach."),
    db: Path | None = DbOption,
    list_: bool = typer.Option(False, "--list", help="List the attached directories."),
    detach: bool = typer.Option(False, "--detach", help="Detach EVENTS_DIR (its files are kept)."),
    as_json: bool = JsonOption,
) -> None:
    """Let a store read a Parquet events directory (from code-corpus or export) without importing
    it: every analysis, report, status and dashboard page then sees its events. The list is kept
    in <db>.attached.json beside the store.

    Example:

        mirrorwatch attach events/ --db crisis.duckdb
    """
    store_path = api.open_store(db).path
    if list_ or events_dir is None:
        if events_dir is not None or detach:
            raise typer.BadParameter("--list takes no EVENTS_DIR and no --detach")
        dirs = api.attached_dirs(store_path)
    elif detach:
        dirs = api.detach(store_path, events_dir)
        err.print(f"detached {events_dir} from {store_path}")
    else:
        dirs = api.attach(store_path, events_dir)
        err.print(f"attached {Path(events_dir).resolve()} to {store_path}")
    if as_json:
        print_json({"store": str(store_path), "events_dirs": [str(d) for d in dirs]})
        return
    if not dirs:
        out.print(f"No events directories attached to {store_path}.")
    for d in dirs:
        parts = sum(1 for _ in d.glob("*.parquet")) if d.is_dir() else 0
        out.print(f"{d}  ({parts} parts)" if d.is_dir() else f"{d}  (missing)")


def register(app: typer.Typer) -> None:
    """Add the scale-out commands."""
    app.command("code-corpus")(code_corpus)
    app.command("attach")(attach)

