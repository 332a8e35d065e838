"""The verbs on a real store: fit through the analysis stage, api.simulate / api.tournament, the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import mirrorwatch as mw
from mirrorwatch.analysis import strategy_fingerprint
from mirrorwatch.cli import app
from mirrorwatch.errors import AnalysisError
from mirrorwatch.simulate import fit_dyad

from .gen import events_for, memory_one_history, write


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """AZE–RUS with 120 generated weeks, GEO–RUS with 60, ARM–AZE with three events only."""
    path = tmp_path_factory.mktemp("sim") / "sim.duckdb"
    store = mw.open_store(path, wait=30)
    ma, mb = memory_one_history((0.9, 0.2, 0.7, 0.3), (0.9, 0.1, 0.8, 0.2), 120, seed=1)
    ga, gb = memory_one_history((0.6, 0.1, 0.5, 0.1), (0.9, 0.1, 0.8, 0.2), 60, seed=2)
    evs = events_for("AZE", "RUS", ma, mb) + events_for("GEO", "RUS", ga, gb)
    evs += events_for("ARM", "AZE", ["D", None, "C"], ["D", None, None])
    write(store, evs)
    return path


def test_fit_uses_the_analysis_fingerprint(db):
    store = mw.open_store(db)
    fit = fit_dyad(store, "aze", "rus")
    fp = strategy_fingerprint(store, "AZE", "RUS")
    for side in ("AZE", "RUS"):
        assert fit.sides[side].four_vector == fp[side]["four_vector"]
        assert fit.sides[side].counts == [fp[side]["state_counts"][s] for s in ("CC", "CD", "DC", "DD")]
        # generated weeks: +3 per cooperation, -4 per defection
        assert set(fit.sides[side].intensity["C"]) == {3.0}
        assert set(fit.sides[side].intensity["D"]) == {-4.0}
    assert fit.last_period == fit.history["period"].iloc[-1]
    assert fit.last_state is not None


def test_api_simulate_with_fitted_swap(db):
    store = mw.open_store(db)
    res = mw.simulate(store, "GEO", "RUS", weeks=10, runs=150, swap="GEO=fitted:AZE", seed=3)
    assert res["swap"]["players"]["GEO"] == "fitted AZE (vs RUS)"
    assert res["params"]["swap"] == "GEO=fitted:AZE"
    aze = fit_dyad(store, "AZE", "RUS").sides["AZE"]
    # GEO cooperates after mutual cooperation less often than AZE; playing like AZE cooperates more
    assert res["swap"]["cooperation_rate"]["GEO"] > res["baseline"]["cooperation_rate"]["GEO"]
    assert aze.posterior_mean[0] > res["fit"]["sides"]["GEO"]["posterior_mean"][0]
    json.dumps(res)  # JSON-serialisable


def test_api_errors_name_the_problem(db):
    store = mw.open_store(db)
    with pytest.raises(AnalysisError, match="No state-to-state events between FRA and RUS"):
        mw.simulate(store, "FRA", "RUS", runs=5)
    with pytest.raises(AnalysisError, match="cannot fit FRA's strategy toward RUS"):
        mw.simulate(store, "AZE", "RUS", runs=5, swap="AZE=fitted:FRA")
    with pytest.raises(AnalysisError, match="three-letter"):
        mw.simulate(store, "AZ", "RUS", runs=5)


def test_tiny_history_gives_an_answer_not_a_crash(db):
    res = mw.simulate(mw.open_store(db), "ARM", "AZE", weeks=8, runs=100)
    assert res["start"]["state"] == "DD"
    assert res["baseline"]["deescalation"]["starts_escalated"] is True
    assert any("prior" in n for n in res["notes"])
    assert 0 <= res["baseline"]["escalation"]["probability"] <= 1


def test_tournament_ranks_fitted_and_classic_players(db):
    res = mw.tournament(mw.open_store(db), ["AZE", "RUS", "GEO", "FRA"], weeks=20, repetitions=3, seed=1)
    names = [r["name"] for r in res["ranking"]]
    assert {"AZE vs RUS (fitted)", "RUS vs AZE (fitted)", "GEO vs RUS (fitted)", "tit-for-tat",
            "always-defect"} <= set(names)
    assert [r["rank"] for r in res["ranking"]] == list(range(1, len(names) + 1))
    scores = [r["median_score"] for r in res["ranking"]]
    assert scores == sorted(scores, reverse=True)
    assert {s["dyad"] for s in res["skipped"]} == {"AZE-GEO", "AZE-FRA", "RUS-FRA", "GEO-FRA"}
    coop = {r["name"]: r["cooperation_rate"] for r in res["ranking"]}
    assert coop["always-cooperate"] == 1.0 and coop["always-defect"] == 0.0


def test_cli_json_is_reproducible_and_writes_the_chart(db, tmp_path):
    runner = CliRunner()
    args = ["simulate", "AZE", "RUS", "--db", str(db), "--weeks", "6", "--runs", "40", "--seed", "9",
            "--swap", "AZE=always-defect", "--json"]
    r1 = runner.invoke(app, [*args, "--chart", str(tmp_path / "c.json")])
    r2 = runner.invoke(app, args)
    assert r1.exit_code == 0, r1.output
    assert json.loads(r1.stdout) == json.loads(r2.stdout)
    res = json.loads(r1.stdout)
    assert res["comparison"]["escalation_difference"] >= 0
    spec = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert "layer" in spec


def test_cli_table_and_errors(db):
    runner = CliRunner()
    r = runner.invoke(app, ["simulate", "AZE", "RUS", "--db", str(db), "--weeks", "6", "--runs", "30"])
    assert r.exit_code == 0, r.output
    assert "escalation episode" in r.stdout and "AZE: observed" in r.stdout
    r = runner.invoke(app, ["simulate", "AZE", "--db", str(db)])
    assert r.exit_code == 1 and "exactly two countries" in r.output
    r = runner.invoke(app, ["simulate", "AZE", "RUS", "--db", str(db), "--swap", "AZE=nice"])
    assert r.exit_code == 1 and "unknown strategy 'nice'" in r.output
    r = runner.invoke(app, ["simulate", "--tournament", "AZE", "RUS", "--db", str(db), "--repetitions", "2",
                            "--weeks", "5"])
    assert r.exit_code == 0, r.output
    assert "tit-for-tat" in r.stdout
