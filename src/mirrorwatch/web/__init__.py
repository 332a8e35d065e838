"""The local dashboard (``mirrorwatch serve``): a read-only FastAPI app over the store and the analysis.

Every page has a JSON twin (``/dyad/AZE-RUS`` and ``/dyad/AZE-RUS.json``); see ``docs/dashboard.md``
for the pages, the security model and how it coexists with writers. :func:`create_app` is imported
lazily so that ``import mirrorwatch.web`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def create_app(store: Any, **kwargs: Any) -> Any:
    """Build the dashboard app over ``store`` (see :func:`mirrorwatch.web.app.create_app`)."""
    from .app import create_app as _create_app

    return _create_app(store, **kwargs)
