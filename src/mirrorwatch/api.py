"""The public Python API of mirrorwatch: the verbs of the CLI and the dashboard, as functions.

The CLI (``mirrorwatch.cli``) and the web app (``mirrorwatch.web``) are thin layers over these
functions; anything you can do from the shell you can do from Python::

    import mirrorwatch as mw
    store = mw.open_store("crisis.duckdb")
    print(mw.status(store)["events"])

Each stage adds its verbs below, in its own section. Heavy libraries (statsmodels, ruptures,
axelrod, dask) are imported inside the functions that need them, so that importing mirrorwatch
stays fast.
"""

from __future__ import annotations

import os
from typing import Any

from ._version import __version__
from .errors import (
    AnalysisError,
    FetchError,
    InputError,
    LexiconError,
    MirrorwatchError,
    SchemaError,
    StoreBusyError,
    StoreError,
)
from .records import Actor, Document, Event, Location
from .store import Store

__all__ = [
    "Actor",
    "AnalysisError",
    "Document",
    "Event",
    "FetchError",
    "InputError",
    "LexiconError",
    "Location",
    "MirrorwatchError",
    "SchemaError",
    "Store",
    "StoreBusyError",
    "StoreError",
    "__version__",
    "open_store",
    "status",
]


# --- store -------------------------------------------------------------------------------------
def open_store(path: str | os.PathLike[str] | None = None, *, wait: float | None = None,
               events_dirs: list[str] | None = None) -> Store:
    """Open (lazily create) the store at ``path``, ``$MIRRORWATCH_DB`` or ``./mirrorwatch.duckdb``.

    ``wait`` is how long to wait for another process's lock (default ``$MIRRORWATCH_WAIT`` or 60 s).
    """
    if wait is None:
        wait = float(os.environ.get("MIRRORWATCH_WAIT", "60"))
    return Store(path, wait=wait, events_dirs=events_dirs or [])


def status(store: Store) -> dict[str, Any]:
    """What a store holds (documents, events, languages, datasets, types, dates, schema, runs)."""
    return store.status()


# --- ingest (mirrorwatch.ingest) ---------------------------------------------------------------

# --- coding (mirrorwatch.coding) ---------------------------------------------------------------

# --- interop: import/export (mirrorwatch.interop) ----------------------------------------------

# --- analysis (mirrorwatch.analysis) and report (mirrorwatch.report) ---------------------------

# --- simulate (mirrorwatch.simulate) ----------------------------------------------------------

# --- scale-out (mirrorwatch.scale) -------------------------------------------------------------
