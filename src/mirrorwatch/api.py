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
__all__ += ["check_lexicon", "code", "code_text", "explain", "lexicon_languages", "lexicon_version"]


def lexicon_languages() -> list[str]:
    """The languages that have a language pack (``de``, ``en``, ``ru``, ...)."""
    from .lang import available

    return available()


def code_text(text: str, *, lang: str | None = None, published: str | None = None) -> list[Event]:
    """Code one text into events without a store (``mirrorwatch code FILE``).

    ``lang`` is detected when not given; ``published`` (YYYY-MM-DD) anchors relative dates.
    """
    from .coding import Coder

    return Coder(lang).code_text(text, published=published)


def explain(sentence: str, *, lang: str | None = None, published: str | None = None):  # -> Explanation
    """Why the coder does what it does with one sentence (tokens, actors, triggers, roles, verdicts)."""
    from .coding import Coder

    return Coder(lang).explain(sentence, published=published)


def check_lexicon(lang: str | None = None) -> list[dict[str, Any]]:
    """Validate the language packs; each problem is a dict with lang, where, level and message."""
    from .lang import check

    return check(lang)


def lexicon_version(lang: str | None = None) -> str:
    """The digest of the language packs recorded with every coding run."""
    from .lang import version

    return version(lang)


def code(store: Store, *, all: bool = False, progress: Any = None, batch_size: int = 200) -> dict[str, Any]:
    """Code the store's documents that are not coded yet (``mirrorwatch code --db``).

    Works in batches, each read and written in its own short transaction, so that other processes
    can use the store in between. Re-running codes only what is new; ``all=True`` first deletes the
    coded (``dataset='mirrorwatch'``) events and the ledger and codes everything again.

    Args:
        store: the store.
        all: re-code every document.
        progress: optional callable ``progress(done, total)`` called after each batch.
        batch_size: documents per batch.

    Returns:
        Counts: ``documents`` coded, ``events`` written, ``failed`` documents with their errors,
        ``run_id`` and ``lexicon_version``.
    """
    from .coding.store_coding import code_store

    return code_store(store, all=all, progress=progress, batch_size=batch_size)


# --- interop: import/export (mirrorwatch.interop) ----------------------------------------------

# --- analysis (mirrorwatch.analysis) and report (mirrorwatch.report) ---------------------------

# --- simulate (mirrorwatch.simulate) ----------------------------------------------------------

# --- web dashboard (mirrorwatch.web) ---------------------------------------------------------
__all__ += ["serve"]


def serve(store: Store, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the read-only dashboard over ``store`` on ``host:port`` until interrupted.

    Binds to localhost by default; every page has a JSON twin (``/dyad/AZE-RUS.json``). The store
    is opened per request, so ``ingest`` and ``code`` can write to it meanwhile.
    """
    from .web.server import serve as _serve

    _serve(store, host=host, port=port)


# --- scale-out (mirrorwatch.scale) -------------------------------------------------------------
