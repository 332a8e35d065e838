"""One module per kind of page; each adds its HTML route and its JSON twin with ``register(app, web)``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

__all__ = ["get"]


def get(app: FastAPI, *paths: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a read-only handler (GET and HEAD) under each of ``paths``.

    More specific paths (``/doc/{id}.json``) must be registered before general ones
    (``/doc/{id}``), which this decorator does by taking them in the order given.
    """

    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        for path in paths:
            app.api_route(path, methods=["GET", "HEAD"], include_in_schema=False)(fn)
        return fn

    return deco
