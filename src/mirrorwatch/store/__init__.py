"""Storage stage: the embedded DuckDB event store (:class:`Store`) and its migrations."""

from .db import DEFAULT_DB, Store, migrations, resolve_db_path

__all__ = ["DEFAULT_DB", "Store", "migrations", "resolve_db_path"]
