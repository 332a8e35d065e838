"""Each input kind read into documents (no store): text, Markdown, HTML, JSONL, CSV, feeds, WARC, stdin."""

from __future__ import annotations

import io

import httpx
import pytest

from mirrorwatch.ingest import Failure, Options, iter_documents
from mirrorwatch.ingest.fetch import Fetcher
from mirrorwatch.records import Document, content_id

from .helpers import DATA, gz, page, warc_bytes


def read(inputs, *, options=None, transport=None, stdin=None):
    """Documents and failures of ``inputs`` (as strings), split in two lists."""
    fetcher = Fetcher(transport=transport or httpx.MockTransport(lambda r: httpx.Response(404)))
    results = list(iter_documents([str(i) for i in inputs], options or Options(), fetcher=fetcher, stdin=stdin))
    docs = [r for r in results if isinstance(r, Document)]
    fails = [r for r in results if isinstance(r, Failure)]
    return docs, fails


def test_markdown_front_matter_and_body():
    (doc,), fails = read([DATA / "grenzstreit.md"])
    assert fails == []
    assert doc.title == "Nordland schließt Grenzübergang zu Südland"  # front matter wins over the h1
    assert doc.published == "2024-03-05"
    assert doc.language == "de"
    assert doc.site == "beispiel-zeitung.example"
    assert doc.url == "https://beispiel-zeitung.example/politik/grenze?id=7"
    # Markdown is reduced to its words: link text kept, markup, URLs and code dropped
    assert "Bericht der Grenzpolizei." in doc.text and "Sicherheitsbedenken" in doc.text
    assert "**" not in doc.text and "https://example.org" not in doc.text and "print(" not in doc.text
    assert doc.doc_id == content_id(doc.text)
    assert doc.origin.endswith("grenzstreit.md")


def test_text_header_comments():
    (doc,), _ = read([DATA / "harbour.txt"])
    assert doc.url == "https://harbour-news.example/2023/10/02/ferry-talks"
    assert doc.published == "2023-10-02"
    assert doc.title == "Ferry talks resume between the two island states"
    assert doc.language == "en"  # detected
    assert doc.site == "harbour-news.example"  # from the URL
    assert doc.text.startswith("The transport ministers") and "# source" not in doc.text


def test_markdown_leading_heading_is_the_title(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("# Zwei Staaten einigen sich\n\nDie beiden Staaten haben sich am Mittwoch auf einen Vertrag geeinigt.\n",
                 encoding="utf-8")
    (doc,), _ = read([f])
    assert doc.title == "Zwei Staaten einigen sich"
    assert doc.text == "Die beiden Staaten haben sich am Mittwoch auf einen Vertrag geeinigt."


def test_html_page_main_text_and_metadata():
    (doc,), fails = read([DATA / "zerno.html"])
    assert fails == []
    assert doc.title == "Министры обсудили поставки зерна"
    assert doc.published == "2022-05-17"  # from JSON-LD
    assert doc.site == "Вестник Равнины"  # og:site_name
    assert doc.url == "https://vestnik-ravniny.example/2022/05/17/zerno"  # canonical link
    assert doc.language == "ru"
    assert doc.text.startswith("Министры сельского хозяйства")
    assert "рабочую группу" in doc.text and "высоких расходах" in doc.text
    for chrome in ("Читайте также", "Главная", "cookie", "Популярное", "Подпишитесь", "Автор:"):
        assert chrome not in doc.text, chrome


def test_html_markup_in_title_is_not_trusted(tmp_path):
    html = page("Talks resume in the capital",
                ["Delegations of the two states met again on Tuesday to discuss the disputed border line."])
    html = html.replace('<meta property="og:title" content="Talks resume in the capital">',
                        '<meta property="og:title" content="Talks resume&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">')
    html = html.replace("<title>Talks resume in the capital</title>",
                        "<title><b>Talks</b> resume <script>alert(2)</script></title>")
    f = tmp_path / "p.html"
    f.write_text(html, encoding="utf-8")
    (doc,), _ = read([f])
    assert doc.title == "Talks resume in the capital"  # og:title and <title> carry markup: the h1 wins
    assert "alert" not in doc.text


def test_html_without_article_fails(tmp_path):
    f = tmp_path / "chrome.html"
    f.write_text("<html><body><nav><a href='/'>Start</a><a href='/b'>Politik</a></nav>"
                 "<form>Benutzername <input> Passwort <input></form><footer>Impressum</footer></body></html>",
                 encoding="utf-8")
    docs, (fail,) = read([f])
    assert docs == [] and fail.item == str(f) and "no extractable main text" in fail.reason


def test_jsonl_good_and_bad_lines():
    docs, fails = read([DATA / "briefs.jsonl"])
    name = str(DATA / "briefs.jsonl")
    assert [d.url for d in docs] == ["https://briefs.example/1", "https://briefs.example/2", "https://briefs.example/5"]
    assert [d.language for d in docs] == ["en", "de", "ru"]  # field, detected, detected
    assert docs[1].published == "2020-06-16"
    reasons = {f.item: f.reason for f in fails}
    assert set(reasons) == {f"{name}:3", f"{name}:4", f"{name}:5", f"{name}:6"}
    assert "invalid JSON" in reasons[f"{name}:3"]
    assert "not an object" in reasons[f"{name}:4"]
    assert "no 'text' field" in reasons[f"{name}:5"]
    assert "not a date" in reasons[f"{name}:6"]


def test_csv_good_and_bad_rows():
    docs, fails = read([DATA / "briefs.csv"])
    name = str(DATA / "briefs.csv")
    assert [d.url for d in docs] == ["https://csv.example/1", "https://csv.example/4"]
    assert {f.item for f in fails} == {f"{name}:3", f"{name}:4"}
    assert any("6 fields" in f.reason for f in fails) and any("empty text" in f.reason for f in fails)


def test_csv_without_text_column(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("title,url\nA,https://x.example/a\n", encoding="utf-8")
    docs, (fail,) = read([f])
    assert docs == [] and "no 'text' column" in fail.reason


def test_tsv_and_gzipped_jsonl(tmp_path):
    (tmp_path / "a.tsv").write_text("text\tlanguage\nDie Minister trafen sich am Montag in der Hauptstadt.\tde\n",
                                    encoding="utf-8")
    (tmp_path / "b.jsonl.gz").write_bytes(gz(b'{"text": "The ministers met on Monday in the capital city."}\n'))
    docs, fails = read([tmp_path])
    assert fails == [] and sorted(d.language for d in docs) == ["de", "en"]


def test_feed_items_content_summary_and_link(tmp_path):
    linked = page("Link only item", ["The defence ministers of three states met on Thursday to agree on joint exercises."],
                  date="2021-02-05")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/2021/02/04/link-only":
            return httpx.Response(200, html=linked)
        return httpx.Response(404)

    docs, fails = read([DATA / "feed.xml"], transport=httpx.MockTransport(handler))
    assert fails == []
    first, second, third = docs
    assert first.title == "Island states sign fishing accord"
    assert first.published == "2021-02-01"
    assert first.url == "https://testwire.example/2021/02/01/fishing-accord"  # utm_* dropped
    assert "fishing quotas" in first.text and "takes effect in March" in first.text  # full content, not teaser
    assert "Read more" not in first.text and "alert" not in first.text and "<p>" not in first.text
    assert second.text.startswith("A planned summit") and "<p>" not in second.text
    assert "joint exercises" in third.text
    assert third.published == "2021-02-04"  # the item's date wins over the page's
    assert {d.origin for d in docs} == {str(DATA / "feed.xml")}


def test_feed_link_only_item_unreachable():
    docs, fails = read([DATA / "feed.xml"])  # the mock answers 404 everywhere
    assert len(docs) == 2
    (fail,) = fails
    assert "link-only" in fail.item and "HTTP 404" in fail.reason


def test_atom_feed(tmp_path):
    f = tmp_path / "a.atom"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        '<entry><title>Treaty ratified</title><link href="https://atom.example/t"/><updated>2022-11-30T10:00:00Z</updated>'
        '<content type="html">&lt;p&gt;The parliament ratified the border treaty with its northern neighbour on Wednesday.&lt;/p&gt;</content>'
        "</entry></feed>", encoding="utf-8")
    (doc,), fails = read([f])
    assert fails == [] and doc.published == "2022-11-30" and doc.text.startswith("The parliament ratified")


def test_broken_feed_fails(tmp_path):
    f = tmp_path / "bad.xml"
    f.write_text("<rss><channel><item><title>x</title", encoding="utf-8")
    docs, (fail,) = read([f])
    assert docs == [] and fail.item.startswith(str(f))


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_records(tmp_path, compressed):
    p1 = page("Ports reopen", ["Both states reopened their ports to each other's ships on Friday after a month of closure."])
    p2 = page("Visa rules eased", ["The government eased visa rules for citizens of the neighbouring state on Monday."],
              date="2019-08-05")
    f = tmp_path / ("cc.warc.gz" if compressed else "cc.warc")
    f.write_bytes(warc_bytes([("https://Wire.example/ports#x", "2019-08-09T10:11:12Z", p1),
                              ("https://wire.example/visa", "2019-08-07T00:00:00Z", p2)], gz=compressed))
    docs, fails = read([f])
    assert fails == []
    assert [d.url for d in docs] == ["https://wire.example/ports", "https://wire.example/visa"]
    assert docs[0].published == "2019-08-09"  # WARC-Date as fallback
    assert docs[1].published == "2019-08-05"  # the page's own date wins
    assert docs[0].site == "wire.example"


def test_truncated_warc_keeps_earlier_records(tmp_path):
    pages = [(f"https://wire.example/{i}", "2020-01-01T00:00:00Z",
              page(f"Story {i}", [f"Story number {i} tells how the two states argued again over the dam on the river."]))
             for i in range(3)]
    data = warc_bytes(pages)
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data[: int(len(data) * 0.8)])
    docs, fails = read([f])
    assert 1 <= len(docs) < 3
    assert len(fails) == 1 and fails[0].item == str(f) and "truncated or damaged WARC" in fails[0].reason


def test_stdin_is_sniffed():
    for payload, check in [
        (b'{"text": "The ministers met on Monday in the capital city."}\n', lambda d: d.language == "en"),
        (page("Stdin page", ["The two governments agreed on Monday to reopen the railway line across the border."]).encode(),
         lambda d: d.title == "Stdin page"),
        (gz(b"# published: 2020-02-02\nDie Regierung hat am Montag den Botschafter einbestellt."),
         lambda d: d.published == "2020-02-02" and d.language == "de"),
    ]:
        (doc,), fails = read(["-"], stdin=io.BufferedReader(io.BytesIO(payload)))
        assert fails == [] and check(doc), payload[:40]


def test_fallbacks_and_overrides(tmp_path):
    (tmp_path / "plain.txt").write_text("Die Minister trafen sich am Montag.", encoding="utf-8")
    (tmp_path / "front.md").write_text("---\nlanguage: ru\npublished: 2001-01-01\n---\nThe ministers met on Monday.",
                                       encoding="utf-8")
    docs, _ = read([tmp_path / "plain.txt", tmp_path / "front.md"], options=Options(published="2010-10-10", lang="en"))
    plain, front = docs
    assert (plain.published, plain.language) == ("2010-10-10", "en")  # --published and --lang fill in
    assert (front.published, front.language) == ("2001-01-01", "ru")  # the front matter wins


def test_folder_walk_glob_and_readme(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "README.md").write_text("This folder holds test articles.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("The ministers met on Monday in the capital.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("Die Minister trafen sich am Dienstag.", encoding="utf-8")
    (tmp_path / "notes.odt").write_bytes(b"PK\x03\x04xx")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    docs, fails = read([tmp_path])
    assert fails == [] and sorted(d.origin.rsplit("/", 1)[1] for d in docs) == ["a.txt", "b.md"]
    docs, _ = read([tmp_path], options=Options(glob="*.md"))
    assert sorted(d.origin.rsplit("/", 1)[1] for d in docs) == ["README.md", "b.md"]


def test_missing_path_fails():
    docs, (fail,) = read(["/no/such/file.txt"])
    assert docs == [] and fail.item == "/no/such/file.txt" and "no such file" in fail.reason
