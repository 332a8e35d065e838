"""The optional "What if" section of the HTML report (``mirrorwatch report --whatif``).

One store for the module; the simulations are small and marked slow (the first pays the Axelrod
import, 15–35 s, once per process).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

import pytest
from markupsafe import escape
from typer.testing import CliRunner

import mirrorwatch as mw
from mirrorwatch.cli import app
from mirrorwatch.report import render_report

from ..simulate.gen import START, events_for, memory_one_history, write

#: the last day of the first 40 generated weeks (the history has 60)
UNTIL = (START + dt.timedelta(days=7 * 40 - 1)).isoformat()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """AZE–RUS with 60 generated weeks; ARM–AZE with three events (a fit that rests on the prior)."""
    path = tmp_path_factory.mktemp("repwhatif") / "w.duckdb"
    store = mw.open_store(path, wait=30)
    store.ensure_schema()
    ma, mb = memory_one_history((0.9, 0.2, 0.7, 0.3), (0.9, 0.1, 0.8, 0.2), 60, seed=1)
    write(store, events_for("AZE", "RUS", ma, mb) + events_for("ARM", "AZE", ["D", None, "C"], ["D", None, None]))
    return path


@pytest.fixture(scope="module")
def rep(db):
    return mw.dyad_report(mw.open_store(db), "AZE", "RUS", n_shifts=20, n_boot=20)


def _section(html: str) -> str:
    i = html.index('<h2 id="whatif">')
    return html[i:html.index("Definitions of every number", i)]


def test_report_without_whatif_has_no_section_and_never_simulates(db, tmp_path):
    code = (
        "import json, sys, mirrorwatch as mw\n"
        f"p = mw.write_report(mw.open_store({str(db)!r}), 'AZE', 'RUS', {str(tmp_path / 'r.html')!r},"
        " n_shifts=20, n_boot=20)\n"
        "html = p.read_text(encoding='utf-8')\n"
        "print(json.dumps({'section': 'id=\"whatif\"' in html, 'var': 'Statistical reciprocity' in html,"
        " 'axelrod': 'axelrod' in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"section": False, "var": True, "axelrod": False}


def test_whatif_options_need_whatif(db, tmp_path):
    res = CliRunner().invoke(app, ["report", "AZE", "RUS", "--db", str(db), "-o", str(tmp_path / "r.html"),
                                   "--swap", "AZE=grudger", "--runs", "10"])
    assert res.exit_code == 1
    assert "--swap, --runs" in res.output and "only with --whatif" in res.output
    assert not (tmp_path / "r.html").exists()


@pytest.mark.slow
def test_section_shows_the_numbers_and_both_charts(db, rep):
    sim = mw.simulate(mw.open_store(db), "AZE", "RUS", weeks=8, runs=60, swap="AZE=tit-for-tat", seed=2)
    html = render_report(rep, figures={}, whatif=sim)
    assert html.index("Statistical reciprocity (VAR)") < html.index('<h2 id="whatif">What if</h2>')
    sec = _section(html)
    for sc in ("baseline", "swap"):
        esc = sim[sc]["escalation"]
        assert f"<b>{100 * esc['probability']:.0f} %</b>" in sec
        assert f"({100 * esc['ci95'][0]:.0f} % … {100 * esc['ci95'][1]:.0f} %)" in sec
        assert f"{100 * sim[sc]['cooperation_rate']['AZE']:.0f} % / {100 * sim[sc]['cooperation_rate']['RUS']:.0f} %" in sec
    assert "swap AZE=tit-for-tat" in sec and "fitted RUS (vs AZE)" in sec
    diff = sim["comparison"]["escalation_difference"]
    assert f"escalation probability {100 * diff:+.0f} points" in sec
    assert f"state {sim['start']['state']}" in sec
    # the two charts, inline and offline: the paths with both scenarios, the four-vectors with named strategies
    svgs = re.findall(r"<svg.*?</svg>", sec, re.S)
    assert len(svgs) == 2
    assert "swap: AZE=tit-for-tat" in svgs[0] and "observed" in svgs[0]
    assert "tit-for-tat" in svgs[1] and "Four-vectors" in svgs[1]
    assert "<script" not in html.lower()


@pytest.mark.slow
def test_simulator_notes_are_shown_and_everything_is_escaped(db, rep):
    sim = mw.simulate(mw.open_store(db), "ARM", "AZE", weeks=6, runs=30, seed=1)
    assert any("prior" in n for n in sim["notes"])
    html = render_report(rep, figures={}, whatif=sim)
    sec = _section(html)
    for note in sim["notes"]:
        assert str(escape(note)) in sec
    # the last observed week was mutual defection: every run starts escalated
    assert sim["baseline"]["deescalation"]["starts_escalated"] is True
    assert "of 30 escalated runs" in sec
    # a result is data: hostile text in it is escaped like article text
    hostile = json.loads(json.dumps(sim))
    hostile["notes"].append('<script>alert("n")</script>')
    hostile["baseline"]["players"]["ARM"] = "<img src=x onerror=alert(1)>"
    html = render_report(rep, figures={}, whatif=hostile)
    assert "<script" not in html.lower() and "<img" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.slow
def test_cli_report_with_whatif_uses_the_report_selection(db, tmp_path):
    out, png = tmp_path / "aze-rus.html", tmp_path / "png"
    res = CliRunner().invoke(app, ["report", "AZE", "RUS", "--db", str(db), "-o", str(out), "--png", str(png),
                                   "--until", UNTIL, "--whatif", "--swap", "RUS=grudger", "--weeks", "6",
                                   "--runs", "40", "--seed", "1"])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    sec = _section(html)
    assert "40 runs of 6 weeks" in sec and "seed 1" in sec and "swap RUS=grudger" in sec and "grudger" in sec
    # the simulation starts from the last week of the report's selection, not of the whole history
    start = re.search(r"Start: week of (\d{4}-\d{2}-\d{2})", sec).group(1)
    assert start <= UNTIL and dt.date.fromisoformat(start) > dt.date.fromisoformat(UNTIL) - dt.timedelta(days=14)
    # same seed, same selection → the numbers of the API
    sim = mw.simulate(mw.open_store(db), "AZE", "RUS", weeks=6, runs=40, swap="RUS=grudger", seed=1, until=UNTIL)
    assert f"<b>{100 * sim['swap']['escalation']['probability']:.0f} %</b>" in sec
    assert not re.search(r"<script|https?://", html, re.I)
    names = {p.name for p in png.iterdir()}
    assert {"whatif_paths.svg", "whatif_paths.png", "whatif_fourvectors.svg", "whatif_fourvectors.png"} <= names
    assert (png / "whatif_paths.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
