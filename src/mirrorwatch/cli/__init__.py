"""The ``mirrorwatch`` command line: a thin layer over :mod:`mirrorwatch.api`.

Each module in this package adds its commands with a ``register(app)`` function; this file only
collects them, so that every stage owns its own commands. Exit status: 0 success, 1 error,
2 usage error, 3 some items failed while the rest succeeded (see ``docs/cli.md``).
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(
    name="mirrorwatch",
    help="From raw news to state-to-state reciprocity: ingest, code, analyse, show.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

def _version(value: bool) -> None:
    if value:
        from .._version import __version__

        typer.echo(f"mirrorwatch {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """From raw news to state-to-state reciprocity: ingest, code, analyse, show."""


_ORDER = ["store", "ingest", "coding", "interop", "analysis", "simulate", "web", "scale"]


def _load_commands() -> None:
    names = [m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")]
    for name in sorted(names, key=lambda n: (_ORDER.index(n) if n in _ORDER else len(_ORDER), n)):
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(app)


_load_commands()


def main() -> None:
    """Console-script entry point."""
    app()
