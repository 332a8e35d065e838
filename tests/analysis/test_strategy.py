"""Weekly moves, four-vectors from Axelrod-generated play, nearest named strategy."""

import datetime as dt

import axelrod as axl
import pytest

from mirrorwatch.analysis import strategy_fingerprint, weekly_moves
from mirrorwatch.errors import AnalysisError

from .synth import START, Maker, write


def _play(store, player, opponent, turns=150, seed=4):
    """Store Axelrod's moves as one act per side and week: C → AGREE, D → SANCTION."""
    mk = Maker()
    evs = []
    for w, (x, y) in enumerate(axl.Match((player, opponent), turns=turns, seed=seed).play()):
        day = START + dt.timedelta(weeks=w, days=1)
        evs.append(mk("AAA", "BBB", "AGREE" if str(x) == "C" else "SANCTION", day))
        evs.append(mk("BBB", "AAA", "AGREE" if str(y) == "C" else "SANCTION", day))
    write(store, evs)


@pytest.mark.parametrize("player,vector,name", [
    (axl.TitForTat(), [1, 0, 1, 0], "tit-for-tat"),
    (axl.WinStayLoseShift(), [1, 0, 0, 1], "win-stay-lose-shift"),
])
def test_axelrod_players_give_their_four_vectors(store, player, vector, name):
    _play(store, player, axl.Random(0.5))
    fp = strategy_fingerprint(store, "AAA", "BBB", n_boot=200)
    side = fp["AAA"]
    assert side["four_vector"] == vector
    assert side["nearest"]["name"] == name and side["nearest"]["distance"] == 0
    assert side["n_transitions"] == 149
    assert all(lo <= v <= hi for v, (lo, hi) in zip(side["four_vector"], side["ci"], strict=True))
    assert fp["BBB"]["nearest"]["name"] == "random"


def test_bully_and_appeaser(store):
    _play(store, axl.Defector(), axl.Cooperator())
    fp = strategy_fingerprint(store, "AAA", "BBB", n_boot=50)
    assert fp["AAA"]["nearest"]["name"] == "bully"
    assert fp["BBB"]["nearest"]["name"] == "appeaser"
    assert fp["AAA"]["four_vector"][:2] == [None, None]  # never cooperated: CC, CD never occur


def test_moves_thresholds(store):
    mk = Maker()
    write(store, [
        mk("AAA", "BBB", "CONSULT", 0, intensity=0.5),   # below the cooperation threshold
        mk("AAA", "BBB", "AGREE", 7, intensity=3.0),
        mk("AAA", "BBB", "ACCUSE", 14, intensity=-2.0),
        mk("BBB", "AAA", "ACCUSE", 14, intensity=-0.5),
    ])
    m = weekly_moves(store, "AAA", "BBB")
    assert m["move_a"].tolist() == [None, "C", "D"]
    assert m["move_b"].tolist() == [None, None, None]
    assert m["net_a"].tolist() == [0.5, 3.0, -2.0]
    loose = weekly_moves(store, "AAA", "BBB", coop_threshold=0.4, defect_threshold=-0.4)
    assert loose["move_a"].tolist() == ["C", "C", "D"] and loose["move_b"].tolist()[2] == "D"
    with pytest.raises(AnalysisError, match="greater"):
        weekly_moves(store, "AAA", "BBB", coop_threshold=-1, defect_threshold=1)


def test_shipped_named_vectors_match_axelrod():
    from mirrorwatch.analysis.strategy import measure_named_four_vectors, named_four_vectors

    assert named_four_vectors() == measure_named_four_vectors()
