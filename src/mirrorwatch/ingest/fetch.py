"""Fetching URLs for the ingest stage (httpx): timeouts, a size cap, few redirects, an honest User-Agent.

Pages, feeds and feed items that carry only a link are fetched through one :class:`Fetcher`. Tests
and embedding applications pass their own ``httpx`` transport or client (e.g.
``httpx.MockTransport``), so nothing here needs the network to be tested.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

import httpx

from .._version import __version__
from ..errors import FetchError
from .decode import DEFAULT_MAX_BYTES

__all__ = ["MAX_REDIRECTS", "USER_AGENT", "Fetched", "Fetcher"]

USER_AGENT = f"mirrorwatch/{__version__} (+https://github.com/mirrorwatch)"
MAX_REDIRECTS = 5


@dataclass(slots=True)
class Fetched:
    """A fetched resource: the final URL (after redirects), its media type and charset, the bytes."""

    url: str
    content_type: str
    charset: str | None
    data: bytes


class Fetcher:
    """Fetches URLs with the stage's limits; one client (connection pool) for the whole run.

    Args:
        max_bytes: refuse bodies larger than this (checked against Content-Length and while reading).
        connect_timeout: seconds to establish a connection.
        read_timeout: seconds to wait for each piece of the response.
        transport: an ``httpx`` transport (``httpx.MockTransport`` in tests).
        client: a ready ``httpx.Client``; used as is (its own limits apply), not closed by us.
    """

    def __init__(
        self,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self._own = client is None
        self.client = client or httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": USER_AGENT},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool (only when this fetcher created the client)."""
        if self._own:
            self.client.close()

    def get(self, url: str) -> Fetched:
        """Fetch one URL.

        Raises:
            FetchError: not http(s), unreachable, timed out, too many redirects, an HTTP error
                status, or a body over the size cap. The message names the URL.
        """
        if not url.lower().startswith(("http://", "https://")):
            raise FetchError(url, "not an http(s) URL")
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchError(url, f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, f"larger than the size cap of {self.max_bytes:,} bytes "
                                          f"(Content-Length {int(declared):,})")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"larger than the size cap of {self.max_bytes:,} bytes")
                    chunks.append(chunk)
                ctype = resp.headers.get("content-type", "")
                return Fetched(
                    url=str(resp.url),
                    content_type=ctype.split(";")[0].strip().lower(),
                    charset=resp.charset_encoding,
                    data=b"".join(chunks),
                )
        except httpx.TooManyRedirects as exc:
            raise FetchError(url, f"more than {MAX_REDIRECTS} redirects") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out ({exc.__class__.__name__})") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(url, f"invalid URL ({exc})") from exc
        except httpx.HTTPError as exc:  # connection refused, DNS failure, protocol errors
            raise FetchError(url, f"unreachable ({exc.__class__.__name__}: {exc})") from exc
