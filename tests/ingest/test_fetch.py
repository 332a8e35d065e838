"""URLs through httpx.MockTransport: User-Agent, redirects, size cap, errors, feeds and pages by URL."""

from __future__ import annotations

import httpx
import pytest

from mirrorwatch import api
from mirrorwatch.errors import FetchError
from mirrorwatch.ingest.fetch import MAX_REDIRECTS, USER_AGENT, Fetcher

from .helpers import DATA, page

ARTICLE = page("Border talks", ["The foreign ministers of the two states agreed on Monday to resume border talks in May."],
               date="2023-04-03", site="Border Wire")


def test_user_agent_and_final_url():
    seen = {}

    def handler(request):
        seen["ua"] = request.headers["user-agent"]
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "https://news.example/new"})
        return httpx.Response(200, html=ARTICLE)

    with Fetcher(transport=httpx.MockTransport(handler)) as f:
        got = f.get("https://news.example/old")
    assert seen["ua"] == USER_AGENT and USER_AGENT.startswith("mirrorwatch/")
    assert got.url == "https://news.example/new" and got.content_type == "text/html"


def test_too_many_redirects():
    def handler(request):
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"Location": f"https://loop.example/{n + 1}"})

    with Fetcher(transport=httpx.MockTransport(handler)) as f, pytest.raises(FetchError) as info:
        f.get("https://loop.example/0")
    assert f"more than {MAX_REDIRECTS} redirects" in info.value.reason
    assert info.value.item == "https://loop.example/0"


def test_size_cap_by_header_and_by_stream():
    big = b"x" * 5000

    def declared(request):
        return httpx.Response(200, content=big)  # sets Content-Length

    def streamed(request):
        return httpx.Response(200, content=iter([big[:2000], big[2000:]]))  # no Content-Length

    for handler in (declared, streamed):
        with Fetcher(max_bytes=3000, transport=httpx.MockTransport(handler)) as f, pytest.raises(FetchError) as info:
            f.get("https://big.example/")
        assert "size cap" in info.value.reason


@pytest.mark.parametrize(("exc", "words"), [
    (httpx.ConnectError("refused"), "unreachable"),
    (httpx.ReadTimeout("slow"), "timed out"),
])
def test_network_errors(exc, words):
    def handler(request):
        raise exc

    with Fetcher(transport=httpx.MockTransport(handler)) as f, pytest.raises(FetchError) as info:
        f.get("https://down.example/a")
    assert words in info.value.reason


def test_http_error_status():
    with Fetcher(transport=httpx.MockTransport(lambda r: httpx.Response(503))) as f, pytest.raises(FetchError) as info:
        f.get("https://x.example/")
    assert "HTTP 503" in info.value.reason


def test_ingest_urls_page_feed_and_failures(store):
    feed = (DATA / "feed.xml").read_bytes()

    def handler(request):
        path = request.url.path
        if path == "/article":
            return httpx.Response(200, html=ARTICLE)
        if path == "/rss":
            return httpx.Response(200, content=feed, headers={"Content-Type": "application/rss+xml"})
        if path == "/2021/02/04/link-only":
            return httpx.Response(200, html=page("Linked", ["The two coastal states agreed to a joint patrol of the strait."]))
        if path == "/slow":
            raise httpx.ConnectTimeout("timeout")
        return httpx.Response(404)

    report = api.ingest(store, ["https://news.example/article?utm_campaign=x#c", "https://news.example/rss",
                                "https://news.example/slow", "https://news.example/gone"],
                        transport=httpx.MockTransport(handler))
    assert report.new == 4  # the article and the feed's three items (one fetched by its link)
    assert [f[0] for f in report.failed] == ["https://news.example/slow", "https://news.example/gone"]
    assert "timed out" in report.failed[0][1] and "HTTP 404" in report.failed[1][1]
    rows = store.query("SELECT url, site, published, origin FROM documents ORDER BY url").to_pylist()
    article = next(r for r in rows if r["url"].startswith("https://news.example/"))
    assert article["url"] == "https://news.example/article"
    assert article["site"] == "Border Wire" and str(article["published"]) == "2023-04-03"
    assert sum(r["origin"] == "https://news.example/rss" for r in rows) == 3
