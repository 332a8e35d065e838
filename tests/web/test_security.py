"""Hostile article text never reaches a page unescaped, and unsafe URLs never become links."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from mirrorwatch.web.render import highlight, safe_href

from .conftest import HOSTILE_ACTOR, HOSTILE_TITLE


class _Audit(HTMLParser):
    """Parses a page as a browser would and records everything that could run script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and not (a.get("type") == "application/json"
                                    or (a.get("type") == "module" and (a.get("src") or "").startswith("/static/"))):
            self.problems.append(f"<script {attrs}>")
        if tag in {"iframe", "object", "embed", "img", "base"} or (tag == "svg" and a.get("class") != "spark"):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in {"href", "src", "action", "formaction"} and value:
                probe = re.sub(r"[\x00-\x20]+", "", value).lower()
                if probe.startswith(("javascript:", "data:", "vbscript:")):
                    self.problems.append(f"<{tag} {name}={value!r}>")


def _assert_clean(body: str, where: str) -> None:
    audit = _Audit()
    audit.feed(body)
    assert audit.problems == [], f"{where}: {audit.problems}"
    assert "<script>alert" not in body, where


def _pages(ids: dict) -> list[str]:
    doc, ev = ids["hostile_doc"], ids["hostile_ev"]
    return [
        "/", "/index.json", "/events", "/events.json", "/events?actor=RUS", "/events.csv", "/events.jsonl",
        f"/doc/{doc}", f"/doc/{doc}.json", "/search?q=script", "/search.json?q=script", "/search?q=alert",
        "/search?q=%3Cscript%3E", "/dyad/AZE-RUS", "/dyad/RUS-AZE?freq=D", "/dyad/AZE-RUS.json",
        f"/pair/{ids['ev0']}/{ev}", f"/pair/{ev}/{ids['ev1']}.json",
        "/doc/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/events?source=%3Cscript%3E",
    ]


def test_hostile_document_is_escaped_on_every_page(client, filled):
    _, ids = filled
    for path in _pages(ids):
        r = client.get(path)
        assert r.status_code in (200, 400, 404), path
        if r.headers["content-type"].startswith("text/html"):
            _assert_clean(r.text, path)


@pytest.mark.parametrize("markup", [
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>',
    '<a href=" java\tscript:alert(1)">x</a>', '<svg onload=alert(1)>', '<p onclick="x()">', '<iframe src=x>',
])
def test_the_audit_itself_catches_unescaped_markup(markup):
    with pytest.raises(AssertionError):
        _assert_clean(f"<html><body><p>{markup}</p></body></html>", "probe")


def test_hostile_text_is_shown_as_text(client, filled):
    _, ids = filled
    html = client.get(f"/doc/{ids['hostile_doc']}").text
    # the title, the actor text and the sentence are visible, escaped
    assert "Breaking &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    assert "&lt;svg onload=alert(3)&gt;Moskau" in html
    assert "&lt;img src=x onerror=" in html
    # the javascript: URL is shown as text, never as a link
    assert "javascript:alert(document.cookie)" in html
    assert 'href="javascript:' not in html
    # the JSON twin keeps the original text (it is data, not markup)
    data = client.get(f"/doc/{ids['hostile_doc']}.json").json()
    assert data["title"] == HOSTILE_TITLE
    assert any(e["source_text"] == HOSTILE_ACTOR for e in data["events"])


def test_chart_data_cannot_close_its_script_tag(client):
    # the hostile sentence is in the dyad's pairs; specs and data are embedded as JSON in <script> tags
    html = client.get("/dyad/AZE-RUS").text
    for block in re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S):
        assert "<" not in block  # Jinja's tojson escapes < > & as \\u003c ...


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "\x01javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)", "jav&#x09;ascript:alert(1)", "/relative/path", "//evil.example/x", "ftp://x.example/",
    "https:alert(1)", "", None,
])
def test_unsafe_urls_are_not_links(url):
    assert safe_href(url) is None


@pytest.mark.parametrize("url", ["https://news.example/a?b=1&c=<2>", "http://example.org/", "HTTPS://EXAMPLE.ORG/x"])
def test_web_urls_are_links(url):
    assert safe_href(url) == url


def test_highlight_keeps_text_and_resolves_overlaps():
    text = "Baku bestellte den russischen Geschäftsträger ein."
    segs = highlight(text, [(0, len(text) - 1, "event", None), (0, 4, "source", "s"), (5, 14, "trigger", "t"),
                            (19, 45, "target", "x"), (40, 400, "event", None), (-5, 2, "bogus", None)])
    assert "".join(s.text for s in segs) == text
    kinds = [(s.text, s.kind) for s in segs if s.kind in ("source", "trigger", "target")]
    assert kinds == [("Baku", "source"), ("bestellte", "trigger"), ("russischen Geschäftsträger", "target")]


def test_examples_hostile_article_through_ingest(tmp_path, shared_examples):
    """The bundled hostile page, ingested by the real ingest stage, renders escaped everywhere."""
    import typer.main
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    import mirrorwatch as mw
    from mirrorwatch.cli import app as cli
    from mirrorwatch.web import create_app

    if "ingest" not in typer.main.get_command(cli).commands:  # type: ignore[attr-defined]
        pytest.skip("the ingest stage is not installed")
    store = mw.open_store(tmp_path / "h.duckdb", wait=30)
    result = CliRunner().invoke(cli, ["ingest", str(shared_examples), "--db", str(store.path)])
    assert result.exit_code in (0, 3), result.output
    docs = store.df("SELECT doc_id FROM documents")["doc_id"].tolist()
    assert docs, "the hostile example should be ingested (its text is a real article)"
    with TestClient(create_app(store)) as c:
        for path in ["/", "/events", "/search?q=tariff", "/search?q=script", *[f"/doc/{d}" for d in docs]]:
            r = c.get(path)
            assert r.status_code == 200, path
            _assert_clean(r.text, path)


@pytest.fixture
def shared_examples():
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "hostile" / "script-injection.html"
    if not path.exists():
        pytest.skip("examples/hostile/script-injection.html is not in this checkout")
    return path
