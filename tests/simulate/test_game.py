"""The Axelrod machinery: classic results, priming from the last observed week, fitted players,
reproducibility and the direction of a swap."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mirrorwatch.analysis.strategy import four_vector
from mirrorwatch.errors import InputError
from mirrorwatch.simulate import fit_from_moves, simulate_fit
from mirrorwatch.simulate.game import Strategy, parse_swap, play_runs

from .gen import memory_one_history, moves_frame

TRUE_A = (0.9, 0.2, 0.6, 0.3)
TRUE_B = (0.8, 0.3, 0.5, 0.4)


@pytest.fixture(scope="module")
def long_fit():
    ma, mb = memory_one_history(TRUE_A, TRUE_B, 2500, seed=3)
    return fit_from_moves(moves_frame(ma, mb), "AAA", "BBB", n_boot=50)


@pytest.fixture(scope="module")
def short_fit():
    # four weeks, one of them without a move by B
    return fit_from_moves(moves_frame(["C", "D", "D", "C"], ["C", None, "D", "D"]), "AAA", "BBB", n_boot=50)


def _classic(fit, name_a, name_b, *, state, weeks=30, noise=0.0, runs=3):
    fit.last_state = state
    return play_runs(fit, {fit.a: Strategy("classic", name_a), fit.b: Strategy("classic", name_b)},
                     weeks=weeks, runs=runs, noise=noise, seed=1)


def test_two_tit_for_tats_cooperate_throughout(short_fit):
    moves = _classic(short_fit, "tit-for-tat", "tit-for-tat", state=None)
    assert moves.shape == (3, 30, 2)
    assert moves.all()


def test_tit_for_tat_against_always_defect_loses_only_the_first_round(short_fit):
    moves = _classic(short_fit, "tit-for-tat", "always-defect", state=None)
    tft, bully = moves[..., 0], moves[..., 1]
    assert (bully == 0).all()
    assert (tft[:, 0] == 1).all() and (tft[:, 1:] == 0).all()


def test_priming_continues_from_the_last_observed_week(short_fit):
    # last week A defected, B cooperated: two tit-for-tats then echo each other's moves
    moves = _classic(short_fit, "tit-for-tat", "tit-for-tat", state=("D", "C"), weeks=6, runs=1)
    assert moves[0, :, 0].tolist() == [1, 0, 1, 0, 1, 0]
    assert moves[0, :, 1].tolist() == [0, 1, 0, 1, 0, 1]
    # a grudger swapped in holds last week's defection against the other side
    moves = _classic(short_fit, "grudger", "always-cooperate", state=("C", "D"), weeks=5, runs=1)
    assert (moves[0, :, 0] == 0).all()


def test_noise_flips_moves(short_fit):
    moves = _classic(short_fit, "always-cooperate", "always-cooperate", state=None, weeks=200, runs=5, noise=0.1)
    share_d = 1 - moves.mean()
    assert 0.05 < share_d < 0.15


def test_fit_recovers_the_generating_four_vectors(long_fit):
    for side, true in ((long_fit.a, TRUE_A), (long_fit.b, TRUE_B)):
        est = long_fit.sides[side].four_vector
        # ~250-1200 transitions per state: 0.08 is about three standard errors for the rarest one
        assert np.allclose(est, true, atol=0.08), (side, est)
        assert np.allclose(long_fit.sides[side].posterior_mean, true, atol=0.08)


def test_fitted_players_reproduce_the_move_statistics_within_0_1(long_fit):
    fits = {x: Strategy("fitted", x, long_fit.sides[x]) for x in (long_fit.a, long_fit.b)}
    moves = play_runs(long_fit, fits, weeks=300, runs=8, seed=5)
    for j, true in ((0, TRUE_A), (1, TRUE_B)):
        own, other = [], []
        for r in range(moves.shape[0]):
            # separate runs by a missing move so that no transition spans two runs
            own += ["C" if m else "D" for m in moves[r, :, j]] + [None]
            other += ["C" if m else "D" for m in moves[r, :, 1 - j]] + [None]
        vec, counts = four_vector(own, other)
        assert min(counts) > 100
        assert np.allclose(vec, true, atol=0.1), (j, vec)


def test_same_seed_same_result_and_different_seed_differs(long_fit):
    kw = {"weeks": 12, "runs": 60, "noise": 0.02, "swap": ("AAA", Strategy("classic", "wsls"))}
    r1 = json.dumps(simulate_fit(long_fit, seed=11, **kw), sort_keys=True)
    r2 = json.dumps(simulate_fit(long_fit, seed=11, **kw), sort_keys=True)
    r3 = json.dumps(simulate_fit(long_fit, seed=12, **kw), sort_keys=True)
    assert r1 == r2
    assert r1 != r3


def test_always_defect_swap_raises_escalation(long_fit):
    res = simulate_fit(long_fit, weeks=26, runs=300, seed=2,
                       swap=("AAA", Strategy("classic", "always-defect")))
    base, swap = res["baseline"]["escalation"]["probability"], res["swap"]["escalation"]["probability"]
    assert swap > base
    cmp_ = res["comparison"]
    assert cmp_["escalation_difference"] == pytest.approx(swap - base, abs=1e-3)
    assert cmp_["escalation_difference_ci95"][0] > 0
    assert res["swap"]["cooperation_rate"]["AAA"] == 0.0
    # the always-cooperate swap goes the other way
    res = simulate_fit(long_fit, weeks=26, runs=300, seed=2,
                       swap=("AAA", Strategy("classic", "always-cooperate")))
    assert res["comparison"]["escalation_difference_ci95"][1] < 0


def test_uncertainty_widens_outcomes_for_a_short_history(short_fit):
    short_fit.last_state = ("C", "D")
    res = simulate_fit(short_fit, weeks=10, runs=200, seed=0)
    for side in ("AAA", "BBB"):
        fv = res["fit"]["sides"][side]
        # unseen states fall back to the prior: mean 0.5, 90 % of draws between 0.05 and 0.95
        for st, n in fv["transitions"].items():
            if n == 0:
                i = ["CC", "CD", "DC", "DD"].index(st)
                assert fv["posterior_mean"][i] == 0.5
                assert fv["posterior_90"][i] == pytest.approx([0.05, 0.95], abs=1e-3)
    assert any("prior" in n for n in res["notes"])
    esc = res["baseline"]["escalation"]
    assert 0.0 < esc["probability"] < 1.0
    assert esc["ci95"][0] <= esc["probability"] <= esc["ci95"][1]


def test_paths_have_ordered_bands_and_dates(long_fit):
    res = simulate_fit(long_fit, weeks=8, runs=100, seed=4)
    path = res["baseline"]["path"]
    assert [p["week"] for p in path] == list(range(1, 9))
    assert all(p["net_p10"] <= p["net_p50"] <= p["net_p90"] for p in path)
    assert path[0]["period"] > long_fit.last_period
    # generated weeks only know +3 (C) and -4 (D) per side
    assert all(-8.0 <= p["net_mean"] <= 6.0 for p in path)


@pytest.mark.parametrize("text, fragment", [
    ("AZE", "SIDE=STRATEGY"),
    ("GEO=tit-for-tat", "not a side"),
    ("AZE=nice", "unknown strategy"),
    ("AZE=fitted:RUS", "cannot play RUS's own"),
    ("AZE=fitted:R1", "three-letter"),
])
def test_bad_swaps_name_the_problem(text, fragment):
    with pytest.raises(InputError, match=fragment):
        parse_swap(text, "AZE", "RUS")


def test_swap_parsing_accepts_case_and_spaces():
    assert parse_swap(" aze = Tit-For-Tat ", "AZE", "RUS") == ("AZE", "tit-for-tat")
    assert parse_swap("RUS=fitted:geo", "AZE", "RUS") == ("RUS", "fitted:GEO")


def test_bad_run_parameters(long_fit):
    with pytest.raises(InputError, match="--weeks"):
        simulate_fit(long_fit, weeks=0)
    with pytest.raises(InputError, match="--episode-weeks"):
        simulate_fit(long_fit, weeks=4, episode_weeks=5)
    with pytest.raises(InputError, match="--noise"):
        simulate_fit(long_fit, weeks=4, runs=2, noise=1.5)
