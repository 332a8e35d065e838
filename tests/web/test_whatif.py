"""The what-if page ``/whatif/AZE-RUS``: reproducible simulations, no implicit runs, 400 for bad parameters, escaping.

One store and one app for the module: every simulation pays the Axelrod import (15–35 s) once
per process, so the tests that simulate are marked slow and share small parameter sets.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

import mirrorwatch as mw
from mirrorwatch.web import create_app
from mirrorwatch.web.app import CSP
from mirrorwatch.web.bridge import to_jsonable
from mirrorwatch.web.views import whatif

from ..simulate.gen import events_for, memory_one_history, write

#: small enough to be quick, big enough that two seeds give different numbers
QUERY = "weeks=8&runs=60&swap=AZE=tit-for-tat&seed=3"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """AZE–RUS with 60 generated weeks (both sides move every week)."""
    path = tmp_path_factory.mktemp("whatif") / "whatif.duckdb"
    store = mw.open_store(path, wait=30)
    store.ensure_schema()
    ma, mb = memory_one_history((0.9, 0.2, 0.7, 0.3), (0.9, 0.1, 0.8, 0.2), 60, seed=1)
    write(store, events_for("AZE", "RUS", ma, mb))
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(mw.open_store(db, wait=30))) as c:
        yield c


@pytest.mark.slow
def test_json_twin_is_the_simulation_and_the_seed_reproduces_it(client, db):
    whatif.clear_cache()
    first = client.get(f"/whatif/AZE-RUS.json?{QUERY}")
    assert first.status_code == 200, first.text
    data = first.json()
    assert data["simulated"] is True and data["cached"] is False
    res = data["result"]
    assert res["params"]["weeks"] == 8 and res["params"]["runs"] == 60 and res["params"]["seed"] == 3
    assert res["params"]["swap"] == "AZE=tit-for-tat"
    assert len(res["baseline"]["path"]) == 8 and len(res["swap"]["path"]) == 8
    assert res["swap"]["players"]["AZE"] == "tit-for-tat"
    # the page shows exactly what the public API computes for the same parameters
    direct = to_jsonable(mw.simulate(mw.open_store(db), "AZE", "RUS", weeks=8, runs=60,
                                     swap="AZE=tit-for-tat", seed=3, include_flagged=False))
    assert res == direct
    # same request: from the cache, same numbers
    again = client.get(f"/whatif/AZE-RUS.json?{QUERY}").json()
    assert again["cached"] is True and again["result"] == res
    # computed afresh: the seed, not the cache, makes the numbers the same
    whatif.clear_cache()
    fresh = client.get(f"/whatif/AZE-RUS.json?{QUERY}").json()
    assert fresh["cached"] is False and fresh["result"] == res
    other = client.get("/whatif/AZE-RUS.json?weeks=8&runs=60&swap=AZE=tit-for-tat&seed=4").json()
    assert other["result"]["baseline"]["path"] != res["baseline"]["path"]
    # the form's side/strategy fields mean the same as swap=SIDE=STRATEGY
    form = client.get("/whatif/AZE-RUS.json?weeks=8&runs=60&side=AZE&strategy=tit-for-tat&seed=3&noise=0").json()
    assert form["cached"] is True and form["result"] == res
    assert form["form"] == {"weeks": 8, "runs": 60, "noise": 0.0, "seed": 3, "side": "AZE", "strategy": "tit-for-tat"}


@pytest.mark.slow
def test_page_shows_both_charts_the_numbers_and_only_safe_scripts(client):
    r = client.get(f"/whatif/AZE-RUS?{QUERY}")
    assert r.status_code == 200, r.text
    assert r.headers["content-security-policy"] == CSP
    html = r.text
    data = client.get(f"/whatif/AZE-RUS.json?{QUERY}").json()
    res = data["result"]
    # both specs travel as data, and they are the specs of the JSON twin
    for sid, key in (("sim-spec", "simulation_spec"), ("fv-spec", "fourvector_spec")):
        m = re.search(rf'<script type="application/json" id="{sid}">(.*?)</script>', html, re.S)
        assert m, sid
        assert json.loads(m.group(1)) == data[key]
    series = {row.get("series") for rows in data["simulation_spec"]["datasets"].values() for row in rows}
    assert {"observed", "baseline", "swap: AZE=tit-for-tat"} <= series
    sides = {row.get("side") for rows in data["fourvector_spec"]["datasets"].values() for row in rows}
    assert {"AZE", "RUS"} <= sides
    # every script is our own file or inert JSON data
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'type="application/json"' in tag or re.search(r'src="/static/[a-z]+\.js"', tag), tag
    # the numbers: escalation probability of both scenarios, the comparison, the start state
    for sc in ("baseline", "swap"):
        assert f"{100 * res[sc]['escalation']['probability']:.0f} %" in html
    assert 'id="comparison"' in html and "paired runs" in html
    assert f"state {res['start']['state']}" in html
    assert 'action="/whatif/AZE-RUS"' in html and 'href="/dyad/AZE-RUS"' in html


@pytest.mark.slow
def test_strategy_names_agree_with_the_simulator():
    from mirrorwatch.simulate.players import CLASSIC

    assert tuple(CLASSIC) == whatif.STRATEGIES


@pytest.mark.slow
def test_cache_is_dropped_when_the_store_changes(client, db):
    before = client.get(f"/whatif/AZE-RUS.json?{QUERY}").json()
    store = mw.open_store(db, wait=30)
    ma, mb = memory_one_history((0.0, 0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 0.0), 4, seed=5, opening=("D", "D"))
    write(store, events_for("AZE", "RUS", ma, mb, start=dt.date(2023, 6, 5)))
    after = client.get(f"/whatif/AZE-RUS.json?{QUERY}").json()
    assert after["cached"] is False
    assert after["result"]["start"]["state"] == "DD"
    assert after["result"]["history"] != before["result"]["history"]


def test_bare_page_and_dyad_page_do_not_simulate(db):
    """Opening the page (or the dyad page that links to it) must not import Axelrod (15–35 s)."""
    code = (
        "import sys, mirrorwatch as mw\n"
        "from fastapi.testclient import TestClient\n"
        "from mirrorwatch.web import create_app\n"
        f"c = TestClient(create_app(mw.open_store({str(db)!r})))\n"
        "bare = c.get('/whatif/AZE-RUS.json').json()\n"
        "page = c.get('/whatif/AZE-RUS')\n"
        "dyad = c.get('/dyad/AZE-RUS')\n"
        "print(json.dumps({'simulated': bare['simulated'], 'result': bare['result'],\n"
        "    'fv': bool(bare['fourvector_spec']), 'nearest': bare['fingerprint']['AZE']['nearest'] is not None,\n"
        "    'page': page.status_code, 'not_run': 'id=\"not-run\"' in page.text,\n"
        "    'first_run_note': 'loads the Axelrod library' in page.text,\n"
        "    'link': 'href=\"/whatif/AZE-RUS\"' in dyad.text, 'axelrod': 'axelrod' in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True, text=True,
                         timeout=120, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {"simulated": False, "result": None, "fv": True, "nearest": True, "page": 200,
                   "not_run": True, "first_run_note": True, "link": True, "axelrod": False}


@pytest.mark.parametrize(("query", "names"), [
    ("weeks=0", "weeks=0"),
    ("weeks=abc", "weeks='abc'"),
    ("runs=999999", "runs=999999"),
    ("runs=5000&weeks=520", "runs=5000 weeks=520"),
    ("noise=2", "noise=2"),
    ("noise=nan", "noise=nan"),
    ("seed=-1", "seed=-1"),
    ("swap=FRA=tit-for-tat", "swap='FRA=tit-for-tat'"),
    ("swap=AZE=nice", "unknown strategy 'nice'"),
    ("swap=AZE", "SIDE=STRATEGY"),
    ("swap=AZE=fitted:Q1", "fitted:XXX"),
    ("side=AZE", "choose both"),
    ("swap=AZE=grudger&side=AZE&strategy=wsls", "disagree"),
    ("colour=red", "parameter colour"),
    ("since=yesterday", "since='yesterday'"),
])
def test_bad_parameters_are_a_400_naming_them(client, query, names):
    r = client.get(f"/whatif/AZE-RUS.json?{query}")
    assert r.status_code == 400, r.text
    assert names in r.json()["error"]
    page = client.get(f"/whatif/AZE-RUS?{query}")
    assert page.status_code == 400 and "<h1>400</h1>" in page.text


def test_bad_dyad_and_dyad_without_events(client):
    r = client.get("/whatif/AZE-AZE.json")
    assert r.status_code == 400 and "two different" in r.json()["error"]
    # no events between the two: the simulator's own message, as a 422 (no Axelrod import needed)
    r = client.get("/whatif/FRA-RUS.json?runs=5")
    assert r.status_code == 422 and "FRA" in r.json()["error"]


def test_hostile_parameters_are_escaped(client):
    r = client.get('/whatif/AZE-RUS?swap=AZE=<script>alert(1)</script>"><img src=x onerror=alert(2)>')
    assert r.status_code == 400
    assert "<script>alert(1)" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert(1)" in r.text
    r = client.get("/whatif/AZE-RUS?strategy=<b>x</b>&side=AZE")
    assert r.status_code == 400 and "<b>x</b>" not in r.text


@pytest.mark.slow
@pytest.mark.browser
def test_charts_render_in_a_browser_under_the_csp(db):
    """Both charts are drawn by the served Vega bundle, with no console error and nothing fetched elsewhere."""
    import os
    import shutil
    from pathlib import Path

    exe = next((c for c in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"))
                if c and Path(c).exists()), None)
    if exe is None:
        pytest.skip("Chromium is not installed (make browser)")
    sync_api = pytest.importorskip("playwright.sync_api")
    from mirrorwatch.web.server import background

    problems: list[str] = []
    with background(create_app(mw.open_store(db, wait=30))) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, headless=True, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.on("request", lambda req: problems.append(req.url) if not req.url.startswith(base) else None)
            page.goto(f"{base}/whatif/AZE-RUS?{QUERY}", timeout=120_000)
            for sel in ("#sim", "#fv"):
                page.wait_for_selector(f"{sel}[data-rendered]", timeout=30_000)
                assert page.get_attribute(sel, "data-rendered") == "true"
                assert page.locator(f"{sel} svg").count() >= 1
            # the form submits side and strategy, which the page reads as the swap
            page.select_option("select[name=side]", "RUS")
            page.fill("input[name=strategy]", "grudger")
            page.click("form.filters button[type=submit]")
            page.wait_for_selector("#outcomes", timeout=120_000)
            assert "swap RUS=grudger" in page.inner_text("#outcomes")
        finally:
            browser.close()
    assert problems == []
