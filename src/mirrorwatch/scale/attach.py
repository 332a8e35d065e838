"""Attached event directories: Parquet events a store reads without importing them.

The last step of a scale-out run. ``mirrorwatch attach EVENTS_DIR --db crisis.duckdb`` records the
directory in a small JSON file next to the store (``crisis.duckdb.attached.json``);
:func:`mirrorwatch.api.open_store` reads it and passes the directories to
:class:`~mirrorwatch.store.Store`, whose ``all_events`` view is the ``events`` table UNION ALL the
Parquet parts, so every analysis, report and dashboard page sees them. For one-off use, the
environment variable ``MIRRORWATCH_EVENTS_DIRS`` (paths separated by ``os.pathsep``) adds
directories to every store opened by that process, without a config file.

The config lives beside the store rather than in it because the store's schema belongs to the store
stage, and because the file can be edited by hand (``{"events_dirs": ["/data/events"]}``).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from ..errors import InputError

__all__ = ["ENV", "REQUIRED_COLUMNS", "attach", "attached_dirs", "config_path", "detach", "usable_dirs"]

log = logging.getLogger(__name__)

#: Environment variable with extra event directories (``os.pathsep``-separated).
ENV = "MIRRORWATCH_EVENTS_DIRS"
#: Columns a Parquet part must have to be read as events (see ``records.EVENT_SCHEMA``).
REQUIRED_COLUMNS = ("event_id", "plover", "source_country", "target_country", "date", "dataset")


def config_path(store_path: str | os.PathLike[str] | None) -> Path:
    """The attach config of a store: ``<db>.attached.json`` beside the store file."""
    from ..store.db import resolve_db_path

    p = resolve_db_path(store_path)
    return p.with_name(p.name + ".attached.json")


def attached_dirs(store_path: str | os.PathLike[str] | None) -> list[Path]:
    """The directories attached to a store, in the order they were attached.

    Raises:
        InputError: the config file exists but is not a JSON object with an ``events_dirs`` list.
    """
    cfg = config_path(store_path)
    if not cfg.is_file():
        return []
    try:
        data = json.loads(cfg.read_text(encoding="utf-8"))
        dirs = data["events_dirs"]
        if not isinstance(dirs, list) or not all(isinstance(d, str) for d in dirs):
            raise TypeError("events_dirs is not a list of paths")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(str(cfg), f"not a valid attach config ({exc}); expected "
                                   '{"events_dirs": ["/path/to/events"]}; fix or delete it') from exc
    return [Path(d) for d in dirs]


def _write(store_path: str | os.PathLike[str] | None, dirs: list[Path]) -> None:
    cfg = config_path(store_path)
    cfg.parent.mkdir(parents=True, exist_ok=True)
    tmp = cfg.with_name(cfg.name + f".tmp-{os.getpid()}")
    tmp.write_text(json.dumps({"events_dirs": [str(d) for d in dirs]}, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, cfg)


def _first_part(folder: Path) -> Path | None:
    return next(folder.rglob("*.parquet"), None)


def check_dir(events_dir: str | os.PathLike[str]) -> Path:
    """The absolute path of an events directory, after checking that its parts look like events.

    Raises:
        InputError: not a directory, or a Parquet file in it lacks the event columns.
    """
    import pyarrow.parquet as pq

    d = Path(events_dir).expanduser().resolve()
    if not d.is_dir():
        raise InputError(str(events_dir), "no such directory (write one with mirrorwatch code-corpus --out)")
    first = _first_part(d)
    if first is not None:
        try:
            names = set(pq.read_schema(first).names)
        except Exception as exc:  # ArrowInvalid/OSError: not Parquet
            raise InputError(str(first), f"not a readable Parquet file ({exc})") from exc
        missing = [c for c in REQUIRED_COLUMNS if c not in names]
        if missing:
            raise InputError(str(first), f"not an events table: missing columns {', '.join(missing)} "
                                         "(attach directories written by mirrorwatch code-corpus or export)")
    return d


def attach(store_path: str | os.PathLike[str] | None, events_dir: str | os.PathLike[str]) -> list[Path]:
    """Attach an events directory to a store; return the attached directories.

    Attaching a directory twice changes nothing. An empty directory may be attached (a run may
    still be filling it); it is read once it holds parts.
    """
    d = check_dir(events_dir)
    dirs = attached_dirs(store_path)
    if d not in dirs:
        dirs.append(d)
        _write(store_path, dirs)
    return dirs


def detach(store_path: str | os.PathLike[str] | None, events_dir: str | os.PathLike[str]) -> list[Path]:
    """Detach an events directory (nothing is deleted); return the directories still attached.

    Raises:
        InputError: the directory is not attached to this store.
    """
    dirs = attached_dirs(store_path)
    target = Path(events_dir).expanduser().resolve()
    if target not in dirs and Path(events_dir) not in dirs:
        raise InputError(str(events_dir), f"not attached to this store (attached: {', '.join(map(str, dirs)) or 'none'})")
    dirs = [d for d in dirs if d not in (target, Path(events_dir))]
    _write(store_path, dirs)
    return dirs


def usable_dirs(dirs: list[Path]) -> list[Path]:
    """The directories that hold at least one Parquet part.

    DuckDB refuses a glob that matches no file, which would break every query of the store, so a
    directory that has gone (unmounted disk) or is still empty is left out with a warning.
    """
    out = []
    for d in dirs:
        if d.is_dir() and _first_part(d) is not None:
            out.append(d)
        else:
            log.warning("attached events directory %s is missing or holds no Parquet parts; not read", d)
    return out


def env_dirs() -> list[Path]:
    """Directories from ``$MIRRORWATCH_EVENTS_DIRS``."""
    return [Path(p).expanduser().resolve() for p in os.environ.get(ENV, "").split(os.pathsep) if p.strip()]
