"""Calling the analysis and the coder from the dashboard, and making their results JSON-safe.

Part of the web stage. The dashboard is a view over the public API: the reciprocity figures come
from :mod:`mirrorwatch.analysis` and explanations from :func:`mirrorwatch.api.explain`. A dyad page
has several independent sections (timeline, pairs, fingerprint, escalation, VAR), so one section
that cannot be computed (too few events, an analysis that is not installed) must not take the
whole page down: :func:`call` returns the result or a message for that section.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import MirrorwatchError

__all__ = ["available", "cache_stamp", "call", "call_cached", "parts_stamp", "rich_text", "store_stamp",
           "to_jsonable", "warm_up"]

log = logging.getLogger(__name__)

#: Where each verb is looked up, in order: the public API first, then the stage package.
_MODULES = ("mirrorwatch.api", "mirrorwatch.analysis")


def _lookup(name: str) -> Any | None:
    for module_name in _MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    return None


#: Libraries the dyad page needs that take a noticeable time to import (statsmodels ~1 s, ruptures
#: ~0.6 s, altair ~0.2 s on the project's machine). A server imports them once in the background at
#: start, so that the first dyad page does not pay for them.
_SLOW_IMPORTS = ("altair", "mirrorwatch.analysis", "statsmodels.tsa.api", "ruptures")


def warm_up() -> None:
    """Import the slow libraries the dyad page will need (errors are ignored: they surface per section)."""
    for name in _SLOW_IMPORTS:
        try:
            importlib.import_module(name)
        except Exception:  # a missing optional library is reported by the section that needs it
            log.debug("warm-up: %s not importable", name, exc_info=True)


def available(name: str) -> bool:
    """Whether the analysis verb ``name`` exists in this installation."""
    return _lookup(name) is not None


def call(name: str, *args: Any, **kwargs: Any) -> tuple[Any, str | None]:
    """Call the verb ``name`` (from :mod:`mirrorwatch.api` or :mod:`mirrorwatch.analysis`).

    Returns:
        ``(result, None)`` on success, ``(None, message)`` when the verb is missing or failed; the
        message is shown in place of that section.
    """
    fn = _lookup(name)
    if fn is None:
        return None, f"{name} is not available in this installation of mirrorwatch."
    try:
        return fn(*args, **kwargs), None
    except MirrorwatchError as exc:
        return None, str(exc)
    except Exception as exc:  # one broken section must not break the page; the log keeps the trace
        log.exception("%s failed", name)
        return None, f"{name} failed: {type(exc).__name__}: {exc}"


#: Results of analysis calls, keyed by verb, arguments and the store files' state (see :func:`call_cached`).
_CACHE: OrderedDict[Any, tuple[Any, str | None]] = OrderedDict()
_CACHE_SIZE = 64
_CACHE_LOCK = threading.Lock()


def store_stamp(path: Path) -> tuple[Any, ...]:
    """What changes whenever another process commits to the store: size and mtime of the file and its WAL."""
    out: list[Any] = [str(path)]
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except FileNotFoundError:
            out += [None, None]
    return tuple(out)


def _parts(folder: str, base: str, out: list[tuple[str, int, int]]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # gone or unreadable: the store's query will say so
        return
    for e in entries:
        try:
            if e.is_dir():
                _parts(e.path, base, out)
            elif e.name.endswith(".parquet"):
                st = e.stat()
                out.append((os.path.relpath(e.path, base), st.st_size, st.st_mtime_ns))
        except OSError:  # removed while we looked (a part being replaced)
            continue


def parts_stamp(dirs: Any) -> tuple[Any, ...]:
    """What changes whenever a Parquet part appears, goes or is replaced in attached event directories.

    Per directory, the sorted ``(path, size, mtime)`` of every ``*.parquet`` below it: the files
    the store reads (``<dir>/**/*.parquet``). A ``code-corpus`` run renames each finished part into
    place (and rewrites it the same way when de-duplicating), so a new or changed part always shows
    here. Only ``stat`` calls, no file is opened: a few milliseconds for thousands of parts.
    """
    out: list[Any] = []
    for d in dirs:
        parts: list[tuple[str, int, int]] = []
        _parts(str(d), str(d), parts)
        out.append((str(d), tuple(sorted(parts))))
    return tuple(out)


def cache_stamp(store: Any) -> tuple[Any, ...]:
    """The state a cached analysis result depends on: the store file (:func:`store_stamp`) and the
    parts of its attached event directories (:func:`parts_stamp`)."""
    return (store_stamp(Path(store.path)), parts_stamp(getattr(store, "events_dirs", ()) or ()))


def call_cached(store: Any, name: str, *args: Any, **kwargs: Any) -> tuple[Any, str | None]:
    """:func:`call` ``name(store, *args, **kwargs)``, remembering the result until the store changes.

    The dashboard never writes, so a result stays valid until another process commits or adds a
    part to an attached events directory; the key includes :func:`cache_stamp`, so a commit (which
    changes the file or its write-ahead log) or a new, removed or rewritten Parquet part makes the
    next request compute afresh. Results are shared between requests: callers must not modify them
    (the views convert them with :func:`to_jsonable`, which copies).
    """
    try:
        key = (name, cache_stamp(store), args, tuple(sorted((k, repr(v)) for k, v in kwargs.items())))
        hash(key)
    except TypeError:  # unhashable arguments: no caching
        return call(name, store, *args, **kwargs)
    with _CACHE_LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    result = call(name, store, *args, **kwargs)
    with _CACHE_LOCK:
        _CACHE[key] = result
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result


def rich_text(obj: Any, *, width: int = 110) -> str | None:
    """What the terminal shows for ``obj`` (e.g. ``mirrorwatch explain``), as plain text; ``None`` if it has no rich form."""
    if not hasattr(obj, "__rich_console__"):
        return None
    import io

    from rich.console import Console

    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, force_terminal=False, highlight=False).print(obj)
    return buf.getvalue()


def to_jsonable(obj: Any, *, _depth: int = 0) -> Any:
    """Plain JSON values from analysis results (DataFrames, numpy scalars, NaN, dates, tuples).

    DataFrames become lists of row objects, NaN and infinities become ``null`` (JSON has neither).
    """
    if _depth > 50:
        return str(obj)
    if obj is None or isinstance(obj, bool | str | int):
        return obj
    if type(obj).__name__ in {"NAType", "NaTType"}:  # pandas' missing values
        return None
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dt.datetime | dt.date):
        return obj.isoformat()
    if isinstance(obj, Mapping):
        return {str(k): to_jsonable(v, _depth=_depth + 1) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set | frozenset):
        return [to_jsonable(v, _depth=_depth + 1) for v in obj]
    if hasattr(obj, "to_dict") and hasattr(obj, "columns"):  # pandas DataFrame
        return [to_jsonable(r, _depth=_depth + 1) for r in obj.to_dict(orient="records")]
    if hasattr(obj, "to_dict") and hasattr(obj, "index") and hasattr(obj, "dtype"):  # pandas Series
        return to_jsonable(obj.to_dict(), _depth=_depth + 1)
    if hasattr(obj, "isoformat"):  # pandas Timestamp
        try:
            return None if obj != obj else obj.isoformat()  # NaT is not equal to itself
        except (TypeError, ValueError):
            return str(obj)
    if hasattr(obj, "tolist"):  # numpy arrays and scalars
        return to_jsonable(obj.tolist(), _depth=_depth + 1)
    if hasattr(obj, "to_dict"):
        return to_jsonable(obj.to_dict(), _depth=_depth + 1)
    return str(obj)
