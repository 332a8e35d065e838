"""The dashboard's pages and their JSON twins, over a small store built in the test."""

from __future__ import annotations

import csv
import io
import json

import pytest

from mirrorwatch.records import Event

from .conftest import ROWS


def _dyad_rows(a: str, b: str) -> list[tuple]:
    return [r for r in ROWS if {r[1], r[2]} == {a, b}]


def test_overview_json_lists_every_dyad_with_counts(client):
    data = client.get("/index.json").json()
    dyads = {d["dyad"]: d for d in data["dyads"]}
    # the fixture has AZE-RUS (its rows plus the hostile RUS→AZE threat) and DEU-FRA
    assert set(dyads) == {"AZE-RUS", "DEU-FRA"}
    aze_rus = dyads["AZE-RUS"]
    expected = _dyad_rows("AZE", "RUS")
    assert aze_rus["n"] == len(expected) + 1
    assert aze_rus["n_ab"] == sum(1 for r in expected if r[1] == "AZE")
    assert aze_rus["n_ba"] == sum(1 for r in expected if r[1] == "RUS") + 1
    assert aze_rus["sparkline"] and sum(aze_rus["sparkline"]) == aze_rus["n"]  # all within the sparkline weeks
    assert aze_rus["sparkline"][-1] == aze_rus["this_week"]
    assert data["summary"]["events"] == len(ROWS) + 1


def test_overview_filters_by_country_and_date(client):
    only = client.get("/index.json?country=DEU").json()
    assert [d["dyad"] for d in only["dyads"]] == ["DEU-FRA"]
    early = client.get("/index.json?until=2025-06-28").json()
    assert [d["dyad"] for d in early["dyads"]] == ["AZE-RUS"]
    assert early["dyads"][0]["n"] == 1


def test_overview_this_week_against_baseline(client):
    # the newest event (DEU→FRA, Thursday 2025-07-17) sets "this week": Monday 2025-07-14
    data = client.get("/index.json").json()
    d = {x["dyad"]: x for x in data["dyads"]}
    assert data["week"] == "2025-07-14"
    assert d["DEU-FRA"]["this_week"] == 1
    assert d["DEU-FRA"]["change"] > 0
    # AZE-RUS: nothing in that week, so it is below its baseline
    assert d["AZE-RUS"]["this_week"] == 0
    assert d["AZE-RUS"]["change"] < 0
    assert d["AZE-RUS"]["baseline_week"] > 0


def test_overview_ranks(client):
    by_events = client.get("/index.json?rank=events").json()["dyads"]
    assert [d["dyad"] for d in by_events] == ["AZE-RUS", "DEU-FRA"]
    by_change = client.get("/index.json?rank=change").json()["dyads"]
    assert [d["dyad"] for d in by_change] == ["DEU-FRA", "AZE-RUS"]


def test_overview_without_analysis_falls_back_to_counts(client, monkeypatch):
    from mirrorwatch.web import bridge

    real = bridge._lookup
    monkeypatch.setattr(bridge, "_lookup", lambda name: None if name == "dyads_overview" else real(name))
    data = client.get("/index.json").json()
    assert "not available" in data["analysis_note"]
    d = {x["dyad"]: x for x in data["dyads"]}
    assert d["AZE-RUS"]["n"] == len(_dyad_rows("AZE", "RUS")) + 1
    assert d["AZE-RUS"]["escalation"] is None
    assert "Showing counts only" in client.get("/").text


def test_overview_page_renders_dyads_and_sparklines(client):
    r = client.get("/")
    assert r.status_code == 200
    assert 'href="/dyad/AZE-RUS"' in r.text
    assert r.text.count("<polyline") == 2


def test_overview_rejects_bad_filter_with_reason(client):
    r = client.get("/index.json?country=Russia")
    assert r.status_code == 400
    assert "country" in r.json()["error"] and "alpha-3" in r.json()["error"]
    assert client.get("/index.json?rank=bogus").status_code == 400


def test_events_filter_by_source_target_type_quad_language(client):
    def ids(q):
        return {e["event_id"] for e in client.get("/events.json" + q).json()["events"]}

    all_ids = ids("")
    assert len(all_ids) == len(ROWS) + 1  # + the hostile article's threat
    src = client.get("/events.json?source=AZE").json()["events"]
    assert src and all(e["source_country"] == "AZE" for e in src)
    assert len(src) == sum(1 for r in ROWS if r[1] == "AZE")
    assert all(e["plover"] == "COERCE" for e in client.get("/events.json?plover=coerce").json()["events"])
    quad4 = client.get("/events.json?quad=4").json()["events"]
    assert len(quad4) == sum(1 for r in ROWS if r[6] == 4)
    en = client.get("/events.json?language=en").json()["events"]
    assert len(en) == sum(1 for r in ROWS if r[8] == "en")
    both = client.get("/events.json?source=RUS&target=AZE&since=2025-07-01").json()["events"]
    assert {e["date"] for e in both} == {"2025-07-06", "2025-07-10"}


def test_events_keyset_pages_cover_everything_once_in_order(client):
    for sort in ("date", "-date", "plover", "-intensity", "source"):
        seen, after, keys = [], None, []
        for _ in range(20):
            url = f"/events.json?limit=2&sort={sort}" + (f"&after={after}" if after else "")
            page = client.get(url).json()
            seen += [e["event_id"] for e in page["events"]]
            keys += page["events"]
            after = page["next"]
            if not after:
                break
        assert len(seen) == len(set(seen)) == len(ROWS) + 1, sort
        field = {"date": "date", "plover": "plover", "intensity": "intensity", "source": "source_country"}[
            sort.lstrip("-")]
        values = [k[field] for k in keys]
        desc = not sort.startswith("-")
        assert values == sorted(values, reverse=desc), sort


def test_events_count_and_errors(client):
    page = client.get("/events.json?limit=3").json()
    assert page["count"] == len(ROWS) + 1 and not page["count_capped"]
    assert len(page["events"]) == 3
    for bad in ("sort=nope", "limit=0", "limit=x", "plover=DANCE", "quad=7", "since=yesterday",
                "after=garbage!!", "since=2025-07-10&until=2025-07-01"):
        r = client.get("/events.json?" + bad)
        assert r.status_code == 400, bad
        assert r.json()["error"], bad


def test_events_html_table_readable_without_js(client):
    r = client.get("/events?actor=DEU")
    assert r.status_code == 200
    assert "<table" in r.text and "Berlin und Paris" in r.text
    assert "<script" not in r.text  # the table page needs no script at all


def test_events_csv_download_has_the_filter(client):
    r = client.get("/events.csv?source=AZE")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == sum(1 for x in ROWS if x[1] == "AZE")
    assert {x["source_country"] for x in rows} == {"AZE"}


def test_events_jsonl_download_is_the_event_record(client):
    lines = client.get("/events.jsonl?language=de").text.splitlines()
    events = [Event.from_json(line) for line in lines]
    assert len(events) == sum(1 for r in ROWS if r[8] == "de") + 1  # + the German hostile article
    assert all(e.language == "de" for e in events)
    assert {e.event_id for e in events} == {e.compute_id() for e in events}  # ids survive the round trip


def test_empty_download_is_still_valid(client):
    r = client.get("/events.csv?source=USA")
    assert r.text.strip().split(",")[0] == "event_id"


def test_article_page_highlights_spans(client, filled):
    _, ids = filled
    data = client.get(f"/doc/{ids['doc1']}.json").json()
    assert data["title"] == "Article 1 AZE-RUS"
    kinds = {s["kind"]: s["text"] for s in data["segments"] if s["kind"]}
    assert kinds["source"] == "Baku"
    assert kinds["target"] == "russischen Geschäftsträger"
    assert "".join(s["text"] for s in data["segments"]) == data["text"]
    html = client.get(f"/doc/{ids['doc1']}").text
    assert '<mark class="m-source"' in html and '<mark class="m-target"' in html
    assert f'id="ev-{ids["ev1"]}"' in html


def test_article_unknown_is_404(client):
    r = client.get("/doc/0000.json")
    assert r.status_code == 404 and "0000" in r.json()["error"]


def test_search_finds_articles_and_actors(client, filled):
    _, ids = filled
    data = client.get("/search.json?q=sputnik").json()
    assert [d["doc_id"] for d in data["documents"]] == [ids["doc2"]]
    assert "Sputnik" in data["documents"][0]["snippet"]
    actors = client.get("/search.json?q=AZE").json()["actors"]
    assert actors and all(a["country"] == "AZE" for a in actors)
    # LIKE wildcards are literal characters
    assert client.get("/search.json?q=%25").json()["documents"] == []
    assert client.get("/search.json?q=").json()["documents"] == []


def test_dyad_json_has_timeline_both_directions(client):
    data = client.get("/dyad/AZE-RUS.json").json()
    assert data["a"] == "AZE" and data["b"] == "RUS"
    directions = {r["direction"] for r in data["timeline"]}
    assert directions == {"a->b", "b->a"}
    assert data["totals"]["AZE>RUS"] > 0 and data["totals"]["RUS>AZE"] > 0
    spec = data["timeline_spec"]
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    signed = [v["signed"] for ds in spec["datasets"].values() for v in ds if "signed" in v]
    assert any(s > 0 for s in signed) and any(s < 0 for s in signed)


def test_dyad_daily_and_bad_dyads(client):
    assert client.get("/dyad/AZE-RUS.json?freq=D").json()["freq"] == "D"
    assert client.get("/dyad/AZE-RUS.json?freq=Y").status_code == 400
    assert client.get("/dyad/AZE.json").status_code == 400
    assert client.get("/dyad/AZE-AZE.json").status_code == 400
    r = client.get("/dyad/AZE-RUS?bogus=1")
    assert r.status_code == 400 and "bogus" in r.text


def test_dyad_pairs_show_both_sentences(client):
    data = client.get("/dyad/AZE-RUS.json").json()
    if "pairs" in data["notes"]:
        pytest.skip(f"analysis not available: {data['notes']['pairs']}")
    rows = data["pairs"]["rows"]
    assert rows, "the fixture's raid is answered within 14 days"
    for r in rows:
        assert r["trigger_events"] and r["response_events"]
        assert r["trigger_events"][0]["sentence"] and r["response_events"][0]["sentence"]
        assert r["lag_days"] >= 1
    html = client.get("/dyad/AZE-RUS").text
    first = rows[0]
    assert f'/pair/{first["trigger_act_id"]}/{first["response_act_id"]}?dyad=AZE-RUS' in html
    assert "<details class=\"pair\"" in html


def test_pair_page_by_act_ids_and_by_event_ids(client, filled):
    _, ids = filled
    data = client.get("/dyad/AZE-RUS.json").json()
    if data["pairs"]["rows"]:
        r = data["pairs"]["rows"][0]
        pair = client.get(f"/pair/{r['trigger_act_id']}/{r['response_act_id']}.json?dyad=AZE-RUS").json()
        assert pair["pair"]["label"] == r["label"]
        assert pair["trigger_events"][0]["sentence"] == r["trigger_events"][0]["sentence"]
        missing = client.get(f"/pair/{r['trigger_act_id']}/ffff.json?dyad=AZE-RUS")
        assert missing.status_code == 404
    direct = client.get(f"/pair/{ids['ev0']}/{ids['ev1']}.json").json()
    assert direct["trigger_events"][0]["event_id"] == ids["ev0"]
    assert "Baku bestellte" in client.get(f"/pair/{ids['ev0']}/{ids['ev1']}").text


def test_read_only_and_security_headers(client):
    for method in ("post", "put", "delete", "patch"):
        r = getattr(client, method)("/events")
        assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                      "frame-ancestors 'none'"):
        assert directive in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.head("/events").status_code == 200


def test_static_files(client):
    js = client.get("/static/vl.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert "vegaEmbed" in js.text
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/charts.js").status_code == 200
    for bad in ("../app.py", "..%2Fapp.py", "app.py", ".hidden.css"):
        assert client.get("/static/" + bad).status_code == 404, bad


def test_every_page_links_its_json_twin(client, filled):
    _, ids = filled
    for path, twin in (("/", "/index.json"), ("/events?actor=AZE", "/events.json?actor=AZE"),
                       (f"/doc/{ids['doc0']}", f"/doc/{ids['doc0']}.json"), ("/search?q=Baku", "/search.json?q=Baku")):
        html = client.get(path).text
        assert f'href="{twin}"' in html, path
        assert json.loads(client.get(twin).text) is not None


def test_missing_store_gives_clear_error(tmp_path):
    from fastapi.testclient import TestClient

    from mirrorwatch import open_store
    from mirrorwatch.web import create_app

    store = open_store(tmp_path / "absent.duckdb", wait=1)
    with TestClient(create_app(store)) as c:
        r = c.get("/index.json")
    assert r.status_code == 503 and "No store at" in r.json()["error"]
    assert not (tmp_path / "absent.duckdb").exists()  # the dashboard never creates a store


def test_cached_analysis_sees_new_writes(client, filled):
    from mirrorwatch.records import Actor, events_to_arrow

    store, _ = filled
    before = client.get("/dyad/AZE-RUS.json").json()["totals"]["AZE>RUS"]
    assert client.get("/dyad/AZE-RUS.json").json()["totals"]["AZE>RUS"] == before  # served again
    new = Event(doc_id="late", sentence_index=0, sentence="Baku protestierte erneut.", span=(0, 4),
                source=Actor("AZE", "GOV", "Baku"), target=Actor("RUS", "GOV", "Moskau"), plover="PROTEST",
                mode=None, cameo="140", quad_class=3, intensity=-6.5, date="2025-08-20", date_precision="day")
    store.write_events(events_to_arrow([new]))
    assert client.get("/dyad/AZE-RUS.json").json()["totals"]["AZE>RUS"] == before + 1


def test_dyad_page_states_the_findings(client):
    data = client.get("/dyad/AZE-RUS.json?window=10").json()
    assert set(data["findings"]) == set(data["reciprocity"]) == {"RUS answers AZE", "AZE answers RUS"}
    aze = data["reciprocity"]["AZE answers RUS"]
    text = data["findings"]["AZE answers RUS"]
    # the sentence carries the section's own numbers and the page's window
    assert text.startswith(f"AZE answered {aze['answered']} of RUS's {aze['acts']} acts toward it within 10 days")
    html = client.get("/dyad/AZE-RUS?window=10").text
    assert html.index('class="finding"') < html.index("Mirror timeline")
