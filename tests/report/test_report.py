"""The HTML dyad report: self-contained, offline, hostile text escaped, figures written."""

import re

import pytest

from mirrorwatch import api
from mirrorwatch.records import DOCUMENT_SCHEMA

from ..analysis.synth import Maker, planted_mirror, write

HOSTILE = 'Moscow said <script>alert("x")</script> & <img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def report_html(tmp_path_factory):
    import pyarrow as pa

    folder = tmp_path_factory.mktemp("rep")
    store = api.open_store(folder / "r.duckdb", wait=30)
    mk = Maker()
    evs = planted_mirror(seed=2, days=500)
    evs.append(mk("RUS", "AZE", "COERCE", 600, sentence=HOSTILE, doc_id="hostile1"))
    evs.append(mk("AZE", "RUS", "COERCE", 602, sentence="Baku raided the <b>office</b>.", doc_id="hostile2"))
    write(store, evs)
    docs = pa.Table.from_pylist([
        {"doc_id": "hostile1", "url": "javascript:alert(1)", "title": "<script>t()</script>", "text": "x"},
        {"doc_id": "hostile2", "url": "https://news.example.org/a?b=1&c=2", "title": "Raid", "text": "y"},
    ], schema=DOCUMENT_SCHEMA)
    store.write_documents(docs)
    path = api.write_report(store, "RUS", "AZE", folder / "out" / "rus-aze.html", png_dir=folder / "png",
                            top_pairs=200, n_shifts=50, n_boot=50)
    return path, path.read_text(encoding="utf-8"), folder / "png"


def test_hostile_text_is_escaped(report_html):
    _, html, _ = report_html
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(" in html  # the sentence is there, escaped
    assert "<img" not in html and "onerror=alert(1)&gt;" in html
    assert "&lt;b&gt;office&lt;/b&gt;" in html
    assert 'href="javascript' not in html  # only http(s) links become links
    assert 'href="https://news.example.org/a?b=1&amp;c=2"' in html


def test_self_contained_no_cdn(report_html):
    _, html, _ = report_html
    assert not re.search(r"<script[^>]*src=|<link[^>]*href=|@import|cdn\.|jsdelivr|unpkg", html, re.I)
    urls = set(re.findall(r"https?://[^\s\"'<>]+", html))
    assert urls == {"https://news.example.org/a?b=1&amp;c=2"}  # only the article link
    assert html.count("<svg") >= 5


def test_sections_and_figures(report_html):
    path, html, png = report_html
    for heading in ("Mirror timeline", "Reciprocity", "Linked acts and answers", "Strategy fingerprint",
                    "Escalation", "Statistical reciprocity (VAR)"):
        assert heading in html
    assert "AZE answers RUS" in html
    names = {p.name for p in png.iterdir()}
    assert {"timeline.svg", "timeline.png", "fingerprint.png"} <= names
    assert (png / "timeline.png").read_bytes()[:4] == b"\x89PNG"
    assert not list(path.parent.glob("*.tmp"))


def test_empty_dyad_report(tmp_path):
    store = api.open_store(tmp_path / "e.duckdb", wait=30)
    store.ensure_schema()  # an existing, empty store (reading a missing one is a StoreError)
    path = api.write_report(store, "FRA", "DEU", tmp_path / "e.html")
    html = path.read_text(encoding="utf-8")
    assert "No acts in the selection." in html and "No linked pairs." in html
