"""The dashboard on an imported GDELT sample (issue 6: "the pages work ... on an imported GDELT sample").

The shared GDELT 1.0 Georgia sample is imported once per module through the real path
(``api.import_events(store, "gdelt", files, keep_statements=True)``); the overview, two dyad
pages, the events table with filters and the JSON twins are requested, and their counts are
compared with SQL on the same store. Imported events have no documents or sentences: the pages
must say so instead of failing or linking to articles that do not exist. Skips without ../shared.
"""

from __future__ import annotations

import csv
import io
import re

import pytest

from mirrorwatch import api

#: The analysis and the dashboard leave out denials and hypotheticals by default.
UNFLAGGED = "NOT coalesce(negated, FALSE) AND NOT coalesce(hypothetical, FALSE)"


@pytest.fixture(scope="module")
def gdelt(tmp_path_factory):
    """``(client, sql)``: a TestClient over the imported sample and a function running SQL on its store."""
    from fastapi.testclient import TestClient

    from mirrorwatch.web import create_app
    from tests.conftest import SHARED

    folder = SHARED / "data" / "events" / "gdelt1_georgia_2011_2013"
    files = sorted(folder.glob("*.csv.gz")) if folder.is_dir() else []
    if not files:
        pytest.skip("../shared GDELT sample not available")
    path = tmp_path_factory.mktemp("gdelt-web") / "g.duckdb"
    store = api.open_store(path, wait=30)
    assert api.import_events(store, "gdelt", files, keep_statements=True).status == "ok"

    def sql(query: str, params: list | None = None) -> list[tuple]:
        with store.read() as con:
            return con.execute(query, params or []).fetchall()

    with TestClient(create_app(store)) as client:
        yield client, sql


def _ok(client, url: str):
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code, r.text[:500])
    return r


def _no_doc_links(html: str) -> None:
    # imported events have no article: no link may point to one
    assert not re.search(r'href="/doc/(None|null)?["#/?]', html)


def test_overview_counts_match_sql(gdelt):
    client, sql = gdelt
    data = _ok(client, "/index.json").json()
    dyads = {d["dyad"]: d for d in data["dyads"]}
    expected = sql(
        "SELECT least(source_country, target_country), greatest(source_country, target_country), count(*), "
        "count(*) FILTER (WHERE source_country < target_country) FROM all_events WHERE source_country IS NOT NULL "
        f"AND target_country IS NOT NULL AND source_country <> target_country AND date IS NOT NULL AND {UNFLAGGED} "
        "GROUP BY 1, 2")
    assert len(dyads) == len(expected)
    for a, b, n, n_ab in expected:
        d = dyads[f"{a}-{b}"]
        assert (d["n"], d["n_ab"], d["n_ba"]) == (n, n_ab, n - n_ab), (a, b)
    # the reference pair, both ways
    assert dyads["GEO-RUS"]["n_ab"] == 66 and dyads["GEO-RUS"]["n_ba"] == 55
    html = _ok(client, "/").text
    assert "/dyad/GEO-RUS" in html
    only = _ok(client, "/index.json?country=GEO&since=2012-01-01").json()["dyads"]
    assert only and all("GEO" in (d["a"], d["b"]) and d["first"] >= "2012-01-01" for d in only)


@pytest.mark.parametrize("dyad", ["GEO-RUS", "RUS-USA"])
def test_dyad_page_on_imported_events(gdelt, dyad):
    client, sql = gdelt
    a, b = dyad.split("-")
    data = _ok(client, f"/dyad/{dyad}.json").json()
    for x, y in ((a, b), (b, a)):
        (n,) = sql(f"SELECT count(*) FROM all_events WHERE source_country = ? AND target_country = ? AND {UNFLAGGED} "
                   "AND date IS NOT NULL", [x, y])[0]
        assert data["totals"][f"{x}>{y}"] == n, (x, y)
    # every analysis section came out (a failed section would leave a note instead)
    assert not data["notes"], data["notes"]
    rec = data["reciprocity"]
    assert {f"{b} answers {a}", f"{a} answers {b}"} == set(rec) and all(v["acts"] > 0 for v in rec.values())
    assert set(data["findings"]) == set(rec)
    assert all(text.startswith(key.split()[0] + " answered") for key, text in data["findings"].items())
    rows = data["pairs"]["rows"]
    assert rows, "a busy imported dyad has answered acts"
    events = [e for r in rows for e in r["trigger_events"] + r["response_events"]]
    assert events and all(not e.get("sentence") and not e.get("doc_id") for e in events)
    html = _ok(client, f"/dyad/{dyad}").text
    assert "No sentence (gdelt1 record" in html and "answered" in html
    _no_doc_links(html)
    # dataset filters reach the analysis: "imported" is everything here, "coded" nothing
    imported = _ok(client, f"/dyad/{dyad}.json?dataset=imported").json()
    assert imported["totals"] == data["totals"] and imported["reciprocity"] == rec
    coded = _ok(client, f"/dyad/{dyad}.json?dataset=coded").json()
    assert set(coded["totals"].values()) == {0} and not coded["pairs"]["rows"]
    assert all(v["acts"] == 0 for v in coded["reciprocity"].values())
    # the pair page of the first linked pair
    r0 = rows[0]
    pair = _ok(client, f"/pair/{r0['trigger_act_id']}/{r0['response_act_id']}?dyad={dyad}")
    assert "No sentence (gdelt1 record" in pair.text
    _no_doc_links(pair.text)


def test_events_page_filters_match_sql(gdelt):
    client, sql = gdelt
    cases = [
        ("source=RUS&target=GEO", "source_country = 'RUS' AND target_country = 'GEO'"),
        ("actor=GEO&quad=4&since=2012-01-01", "(source_country = 'GEO' OR target_country = 'GEO') AND quad_class = 4 "
                                               "AND date >= DATE '2012-01-01'"),
        ("source=USA&target=RUS&plover=consult&dataset=gdelt1",
         "source_country = 'USA' AND target_country = 'RUS' AND plover = 'CONSULT' AND dataset = 'gdelt1'"),
        ("actor=ARM&dataset=coded", "FALSE"),
    ]
    for query, where in cases:
        (n,) = sql(f"SELECT count(*) FROM all_events WHERE {where} AND {UNFLAGGED}")[0]
        page = _ok(client, f"/events.json?{query}&limit=500").json()
        assert page["count"] == n, query
        assert len(page["events"]) == min(n, 500)
        html = _ok(client, f"/events?{query}").text
        _no_doc_links(html)
        rows = list(csv.reader(io.StringIO(_ok(client, f"/events.csv?{query}").text)))
        assert len(rows) == n + 1, query  # header + one row per event


def test_article_and_search_do_not_fail_without_documents(gdelt):
    client, _ = gdelt
    assert _ok(client, "/search.json?q=GEO").json() is not None
    _ok(client, "/search?q=Tbilisi")
    assert client.get("/doc/not-a-document").status_code == 404


def test_sql_helper_sees_the_same_store(gdelt):
    _, sql = gdelt
    # every row of the sample is there (CAMEO 01/02 kept), none of them with a document
    assert sql("SELECT count(*), count(doc_id) FROM all_events")[0] == (105_438, 0)
