"""Fixtures shared by the coder tests: one English coder per test session (packs load once)."""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder


@pytest.fixture(scope="session")
def en() -> Coder:
    """The English coder with the shipped language pack (test modules may define their own)."""
    return Coder("en")


def acted_triples(events) -> set[tuple]:
    """(source country, target country, PLOVER type) of the events that are neither negated nor hypothetical."""
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in events if not (e.negated or e.hypothetical)}
