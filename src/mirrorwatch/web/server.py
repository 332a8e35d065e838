"""Running the dashboard: in the foreground (``mirrorwatch serve``) or in a background thread.

Part of the web stage. :func:`serve` is what the CLI and :func:`mirrorwatch.api.serve` call;
:func:`background` starts uvicorn on a free localhost port in a thread and yields its base URL,
for the browser tests, ``scripts/screenshot.py`` and ``bench/web.py``.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["background", "free_port", "is_loopback", "serve"]

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def serve(store: Any, host: str = "127.0.0.1", port: int = 8000, *, log_level: str = "info") -> None:
    """Serve the dashboard over ``store`` until interrupted (Ctrl+C).

    Args:
        store: the :class:`~mirrorwatch.store.Store` to show (opened per request, never held).
        host: interface to bind; the default accepts local connections only.
        port: TCP port.
        log_level: uvicorn's log level.
    """
    import uvicorn

    from .app import create_app

    uvicorn.run(create_app(store, warm=True), host=host, port=port, log_level=log_level, server_header=False)


@contextmanager
def background(app: Any, *, host: str = "127.0.0.1", port: int | None = None, timeout: float = 10.0) -> Iterator[str]:
    """Run ``app`` with uvicorn in a daemon thread; yield its base URL; stop it on exit."""
    import uvicorn

    port = port or free_port(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="mirrorwatch-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"The dashboard did not start on {host}:{port} within {timeout:.0f} s.")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=timeout)
