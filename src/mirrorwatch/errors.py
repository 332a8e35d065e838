"""The exceptions mirrorwatch raises. Every message names the bad item and says how to fix it.

::

    MirrorwatchError
    ├── StoreError            the event store cannot be opened, read or written
    │   ├── StoreBusyError    another process held the store longer than the wait allowed
    │   └── SchemaError       the store was written by a newer mirrorwatch, or a migration failed
    ├── InputError            one input item (file, URL, line, record) cannot be used
    │   └── FetchError        a URL could not be fetched (timeout, size cap, status)
    ├── LexiconError          a language pack is missing or invalid
    └── AnalysisError         an analysis cannot run on the data given (too few events, unknown dyad)
"""

from __future__ import annotations

__all__ = [
    "AnalysisError",
    "FetchError",
    "InputError",
    "LexiconError",
    "MirrorwatchError",
    "SchemaError",
    "StoreBusyError",
    "StoreError",
]


class MirrorwatchError(Exception):
    """Base class of every error mirrorwatch raises on purpose."""


class StoreError(MirrorwatchError):
    """The event store cannot be opened, read or written."""


class StoreBusyError(StoreError):
    """Another process kept the store locked for longer than the configured wait."""


class SchemaError(StoreError):
    """The store's schema is newer than this mirrorwatch, or a migration failed."""


class InputError(MirrorwatchError):
    """One input item cannot be used. ``item`` names it, ``reason`` says why."""

    def __init__(self, item: str, reason: str) -> None:
        self.item = item
        self.reason = reason
        super().__init__(f"{item}: {reason}")


class FetchError(InputError):
    """A URL could not be fetched."""


class LexiconError(MirrorwatchError):
    """A language pack is missing or invalid."""


class AnalysisError(MirrorwatchError):
    """An analysis cannot run on the data it was given."""
