"""Shared fixtures for the whole suite (one place, as in spaCy's tests)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: Reference data lives beside the repository and is never copied into it.
SHARED = Path(os.environ.get("MIRRORWATCH_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"


@pytest.fixture
def store(tmp_path):
    """A fresh, empty store (schema created) in a temporary folder."""
    from mirrorwatch import open_store

    s = open_store(tmp_path / "test.duckdb", wait=30)
    s.ensure_schema()
    return s


@pytest.fixture
def shared() -> Path:
    """The ``../shared`` reference folder; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared reference data is not available")
    return SHARED


@pytest.fixture(scope="session")
def en():
    """The English coder with the shipped language pack, loaded once (a test module may define its own)."""
    from mirrorwatch.coding import Coder

    return Coder("en")


def acted_triples(events) -> set[tuple]:
    """(source country, target country, PLOVER type) of the events that are neither negated nor hypothetical."""
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in events if not (e.negated or e.hypothetical)}
