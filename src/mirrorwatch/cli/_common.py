"""Options and helpers shared by the CLI commands."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import MirrorwatchError

#: Human output (progress, summaries, errors) goes to stderr; stdout is for data.
err = Console(stderr=True, highlight=False, soft_wrap=True)  # one line per message, never wrapped
out = Console(highlight=False, soft_wrap=True)

#: ``--db PATH`` (env ``MIRRORWATCH_DB``, default ``./mirrorwatch.duckdb``).
DbOption = typer.Option(
    None, "--db", envvar="MIRRORWATCH_DB", help="Store file (default ./mirrorwatch.duckdb).", show_default=False
)
JsonOption = typer.Option(False, "--json", help="Print one JSON object instead of a table.")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_PARTIAL = 3

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Turn library errors into one clear line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MirrorwatchError as exc:
            err.print(f"[red]Error:[/red] {escape(str(exc))}", markup=True, highlight=False)
            raise typer.Exit(EXIT_ERROR) from exc

    return wrapper  # type: ignore[return-value]


def report_failure(label: str, item: str, reason: str, *, colour: str = "red") -> None:
    """One stderr line ``LABEL item: reason``; item and reason are shown verbatim (no Rich markup)."""
    err.print(f"[{colour}]{label}[/{colour}] {escape(str(item))}: {escape(str(reason))}", markup=True,
              highlight=False)


def print_json(obj: Any) -> None:
    """Print one JSON document on stdout (UTF-8 readable)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def db_path(db: Path | None) -> Path | None:
    """Normalise the ``--db`` option."""
    return db
