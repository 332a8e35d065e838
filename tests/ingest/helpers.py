"""Shared helpers of the ingest tests: test inputs written for them, and small builders."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def page(title: str, paragraphs: list[str], *, date: str | None = None, site: str | None = None,
         canonical: str | None = None, teaser: str | None = None) -> str:
    """A news page with navigation, a cookie banner, an inline teaser and a footer around the text."""
    meta = [f'<meta property="og:title" content="{title}">']
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}T08:00:00+00:00">')
    if site:
        meta.append(f'<meta property="og:site_name" content="{site}">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    body = [f"<p>{p}</p>" for p in paragraphs]
    if teaser:
        body.insert(1, f"<p>{teaser}</p>")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title>" + "".join(meta)
        + "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        "<div class='cookie'>We use cookies to improve your experience. <button>Accept</button></div>"
        "<article><h1>" + title + "</h1>" + "".join(body) + "</article>"
        "<footer>Subscribe to our newsletter. Imprint. Privacy.</footer></body></html>"
    )


def warc_bytes(records: list[tuple[str, str, str]], *, gz: bool = True) -> bytes:
    """A WARC file with one response record per ``(uri, warc_date, html)`` and one request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, date, html in records:
        body = html.encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                        warc_headers_dict={"WARC-Date": date})
        writer.write_record(rec)
        req = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
    return buf.getvalue()


def gz(data: bytes) -> bytes:
    """gzip-compress ``data``."""
    return gzip.compress(data)
