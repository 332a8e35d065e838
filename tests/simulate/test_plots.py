"""Vega-Lite specs of the simulation: the right data in the right layers, and they render offline."""

from __future__ import annotations

import pytest

from mirrorwatch.analysis import strategy_fingerprint
from mirrorwatch.simulate import fit_from_moves, simulate_fit
from mirrorwatch.simulate.game import Strategy
from mirrorwatch.simulate.plots import fourvector_chart_spec, simulation_chart_spec

from .gen import memory_one_history, moves_frame


@pytest.fixture(scope="module")
def result():
    ma, mb = memory_one_history((0.9, 0.2, 0.6, 0.3), (0.8, 0.3, 0.5, 0.4), 80, seed=1)
    fit = fit_from_moves(moves_frame(ma, mb), "AZE", "RUS", n_boot=20)
    return simulate_fit(fit, weeks=6, runs=40, seed=1, swap=("AZE", Strategy("classic", "tit-for-tat")))


def _rows(spec):
    rows = []
    for values in spec.get("datasets", {}).values():
        rows += values
    return rows


def test_simulation_spec_has_history_and_both_scenarios(result):
    spec = simulation_chart_spec(result)
    rows = _rows(spec)
    series = {r.get("series") for r in rows}
    assert {"observed", "baseline", "swap: AZE=tit-for-tat"} <= series
    base = [r for r in rows if r.get("series") == "baseline"]
    # the band joins the last observed week, then one row per simulated week
    assert len(base) == 1 + 6
    assert all(r["lo"] <= r["hi"] for r in base)
    assert "AZE–RUS" in spec["title"]["text"]


def test_fourvector_spec_from_fingerprint_and_from_result(result):
    ma, mb = memory_one_history((1, 0, 1, 0), (0.9, 0.1, 0.8, 0.2), 60, seed=2)
    fp = strategy_fingerprint(None, "AZE", "RUS", moves=moves_frame(ma, mb), n_boot=20)
    for src in (fp, result):
        rows = _rows(fourvector_chart_spec(src))
        assert {r["side"] for r in rows if "side" in r} == {"AZE", "RUS"}
        assert {"tit-for-tat", "appeaser"} <= {r["strategy"] for r in rows if "strategy" in r}


def test_specs_render_offline(result):
    vlc = pytest.importorskip("vl_convert")
    svg = vlc.vegalite_to_svg(simulation_chart_spec(result))
    assert svg.lstrip().startswith("<svg") and "baseline" in svg
