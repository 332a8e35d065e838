"""api.ingest into a store: de-duplication, hostile inputs, batches, runs, interruption."""

from __future__ import annotations

import json
import shutil

import httpx
import pytest

from mirrorwatch import api
from mirrorwatch.records import content_id

from .helpers import DATA, gz, page

# No test may reach the network: URLs (the feed's link-only item) go to a transport answering 404.
NO_NET = httpx.MockTransport(lambda request: httpx.Response(404))

LATIN1 = "Die Außenministerin empfing am Dienstag ihren Amtskollegen; man sprach über Zölle und Grenzübergänge."


def stored(store):
    return store.query("SELECT doc_id, url, title, published, language, site, origin, text FROM documents "
                       "ORDER BY doc_id").to_pylist()


def test_ingesting_twice_stores_once(store):
    first = api.ingest(store, [str(DATA)], transport=NO_NET)
    # md, txt, html, 3 of the JSONL lines, 2 CSV rows, 2 feed items (the link-only one gets a 404)
    assert first.new == 10 and first.duplicates == 0
    assert len(first.failed) == 4 + 2 + 1
    assert len(first.documents) == first.new == len(stored(store))
    second = api.ingest(store, [str(DATA)], transport=NO_NET)
    assert second.new == 0 and second.duplicates == first.new and second.documents == []
    assert second.failed == first.failed  # the same bad lines, reported again, nothing else
    assert len(stored(store)) == first.new


def test_duplicates_by_text_and_by_url(store, tmp_path):
    text = "The two states agreed on Monday to reopen their embassies after a year of frozen relations."
    (tmp_path / "a.md").write_text(f"---\nurl: https://News.example/x?utm_source=a#top\n---\n{text}", encoding="utf-8")
    # the same article: different URL decoration, different whitespace and quotes in the text
    (tmp_path / "b.md").write_text(f"---\nurl: https://news.example/x\n---\n  {text.replace(' ', '  ')}\n",
                                   encoding="utf-8")
    # another text under the same URL (an updated page): one article per URL
    (tmp_path / "c.md").write_text("---\nurl: https://news.example/x?utm_medium=b\n---\nAn update of the same story.",
                                   encoding="utf-8")
    # the same text under another URL (syndication): one document per text
    (tmp_path / "d.md").write_text(f"---\nurl: https://other.example/y\n---\n{text}", encoding="utf-8")
    report = api.ingest(store, [str(tmp_path)])
    assert (report.new, report.duplicates, report.failed) == (1, 3, [])
    (row,) = stored(store)
    assert row["url"] == "https://news.example/x" and row["doc_id"] == content_id(text)


def test_hostile_inputs_fail_alone_and_change_nothing(store, tmp_path):
    good = tmp_path / "in"
    good.mkdir()
    (good / "good.txt").write_text("The ministers of the two states met on Monday and signed a trade accord.",
                                   encoding="utf-8")
    api.ingest(store, [str(good)])
    before = stored(store)

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (bad / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (bad / "empty.md").write_text("---\ntitle: Nothing here\npublished: 2020-01-01\n---\n\n", encoding="utf-8")
    (bad / "chrome.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav>"
                                     "<footer>Imprint</footer></body></html>", encoding="utf-8")
    packed = gz(page("Cut", ["A page that will be cut in the middle of its gzip stream, so it cannot be read."]).encode())
    (bad / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    (bad / "huge.txt").write_text("Words of a long article. " * 2000, encoding="utf-8")
    (bad / "lines.jsonl").write_text('{"text": "The envoy was expelled on Friday by the host government."}\n{oops\n',
                                     encoding="utf-8")
    (bad / "nodate.md").write_text("---\npublished: last week\n---\nThe ministers met.", encoding="utf-8")
    (bad / "badyaml.md").write_text("---\ntitle: [unclosed\n---\nThe ministers met.", encoding="utf-8")
    (bad / "good2.txt").write_text("Die Regierung hat am Freitag zwei Diplomaten des Nachbarlandes ausgewiesen.",
                                   encoding="utf-8")
    failures = []
    report = api.ingest(store, [str(good), str(bad)], max_bytes=20_000,
                        on_failure=lambda item, reason: failures.append((item, reason)))
    reasons = {item.rsplit("/", 1)[1]: reason for item, reason in report.failed}
    assert failures == report.failed
    assert "binary content (PNG image)" in reasons["image.html"]
    assert "empty body" in reasons["empty.md"]
    assert "no extractable main text" in reasons["chrome.html"]
    assert "truncated gzip" in reasons["cut.html.gz"]
    assert "size cap" in reasons["huge.txt"]
    assert "invalid JSON" in reasons["lines.jsonl:2"]
    assert "not a date" in reasons["nodate.md"]
    assert "not valid YAML" in reasons["badyaml.md"]
    assert len(reasons) == 8
    # the good ones (and the decodable Latin-1 file) were stored, the earlier document unchanged
    assert report.new == 3 and report.duplicates == 1 and report.status == "partial"
    after = {r["doc_id"]: r for r in stored(store)}
    assert all(after[r["doc_id"]] == r for r in before)
    assert any(r["text"] == LATIN1 for r in after.values())  # umlauts intact, no mojibake
    run = store.query("SELECT status, stats FROM runs WHERE run_id = ?", [report.run_id]).to_pylist()[0]
    stats = json.loads(run["stats"])
    assert run["status"] == "partial" and stats["failed"] == 8 and stats["new"] == 3


def test_report_is_json_and_run_is_recorded(store):
    report = api.ingest(store, str(DATA / "harbour.txt"), published="2000-01-01", lang="en")
    data = json.loads(json.dumps(report.to_dict()))
    assert data["new"] == 1 and data["failed"] == [] and data["status"] == "ok" and len(data["documents"]) == 1
    runs = store.query("SELECT command, status, params FROM runs").to_pylist()
    assert runs[0]["command"] == "ingest" and runs[0]["status"] == "ok"
    assert json.loads(runs[0]["params"])["published"] == "2000-01-01"


def test_bad_fallback_date_is_refused(store):
    with pytest.raises(api.InputError):
        api.ingest(store, [str(DATA)], published="01/02/2020", transport=NO_NET)


def test_batches_are_separate_transactions(store, tmp_path, monkeypatch):
    for i in range(10):
        (tmp_path / f"{i}.txt").write_text(f"Story {i}: the ministers met again on day {i} to talk about the border.",
                                           encoding="utf-8")
    calls = []
    original = store.write_documents

    def counting(batch, con=None):
        if con is None:  # the store calls itself again with its connection
            calls.append(batch.num_rows)
        return original(batch, con)

    monkeypatch.setattr(store, "write_documents", counting)
    report = api.ingest(store, [str(tmp_path)], batch_size=3)
    assert calls == [3, 3, 3, 1] and report.new == 10


def test_interrupted_run_is_completed_by_a_rerun(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(12):
        (src / f"{i:02}.txt").write_text(f"Report {i}: the envoys of both states met on day {i} to discuss trade.",
                                         encoding="utf-8")
    interrupted = api.open_store(tmp_path / "a.duckdb", wait=30)

    def stop(done, total, report):
        if done == 7:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        api.ingest(interrupted, [str(src)], batch_size=5, progress=stop)
    partial = {r["doc_id"] for r in stored(interrupted)}
    assert len(partial) == 5  # the first batch was committed, the second was in flight
    assert interrupted.query("SELECT status FROM runs").to_pylist() == [{"status": "failed"}]
    api.ingest(interrupted, [str(src)], batch_size=5)
    clean = api.open_store(tmp_path / "b.duckdb", wait=30)
    api.ingest(clean, [str(src)])
    assert stored(interrupted) == stored(clean)


def test_example_corpus(store, tmp_path):
    from tests.conftest import EXAMPLES

    if not (EXAMPLES / "hostile").is_dir():
        pytest.skip("the example corpus is not there")
    report = api.ingest(store, [str(EXAMPLES)])
    origins = {r["origin"] for r in stored(store)}
    for f in [*(EXAMPLES / "html").rglob("*.html"), *(EXAMPLES / "text").rglob("*.md")]:
        assert str(f) in origins, f
    failed = {item.rsplit("/", 1)[1] for item, _ in report.failed}
    assert {"binary.html", "not-an-article.html", "truncated.html.gz", "empty.md"} <= failed
    rows = {r["origin"].rsplit("/", 1)[1]: r for r in stored(store)}
    assert rows["script-injection.html"]["title"] == "US lists $200bn of Chinese goods for new tariffs"
    assert "<" not in rows["script-injection.html"]["text"] and "alert" not in rows["script-injection.html"]["text"]
    assert "Steinmeier empfängt Macron" in rows["latin1.txt"]["text"]
    assert not any("README" in o for o in origins)
    # Copy and re-ingest: nothing new
    shutil.copytree(EXAMPLES, tmp_path / "copy")
    again = api.ingest(store, [str(tmp_path / "copy")])
    assert again.new == 0 and again.duplicates == report.new
