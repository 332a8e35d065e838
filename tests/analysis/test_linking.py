"""Act → response links: planted lag and labels, assignment without double counting."""

import numpy as np
import pytest

from mirrorwatch.analysis import link_responses

from .synth import Maker, planted_mirror, write


def test_planted_lag_and_mirror_recovered(store):
    write(store, planted_mirror(seed=11))
    links = link_responses(store, "RUS", "AZE", window_days=14)
    ra = links[links["direction"] == "RUS>AZE"]
    mirrors = ra[ra["label"].isin(["mirror", "exact-mirror"])]
    assert len(mirrors) > 30
    # B answers after 2..4 days: the in-kind links sit there
    assert mirrors["lag_days"].median() == pytest.approx(3, abs=0.5)
    assert (mirrors["lag_days"].between(2, 4)).mean() > 0.85
    assert mirrors["proportionality"].median() == pytest.approx(1.0)
    assert ((links["score"].dropna() >= 0) & (links["score"].dropna() <= 1)).all()


def test_labels_and_no_answer(store):
    mk = Maker()
    write(store, [
        mk("RUS", "AZE", "COERCE", 0),                       # answered in kind (same mode)
        mk("AZE", "RUS", "COERCE", 3),
        mk("RUS", "AZE", "ACCUSE", 30),                      # answered harder
        mk("AZE", "RUS", "ASSAULT", 32),
        mk("RUS", "AZE", "SANCTION", 60),                    # answered cooperatively
        mk("AZE", "RUS", "CONSULT", 61),
        mk("RUS", "AZE", "THREATEN", 90),                    # never answered
        mk("RUS", "AZE", "COERCE", 120, mode="arrest"),      # same type, other mode
        mk("AZE", "RUS", "COERCE", 125, mode="seize"),
    ])
    links = link_responses(store, "RUS", "AZE", window_days=14)
    ra = links[links["direction"] == "RUS>AZE"].set_index("trigger_plover")
    assert ra.loc["COERCE", "label"].tolist() == ["exact-mirror", "mirror"]
    assert ra.loc["ACCUSE", "label"] == "escalation"
    assert ra.loc["SANCTION", "label"] == "cooperative"
    assert ra.loc["THREATEN", "label"] == "no-answer" and np.isnan(ra.loc["THREATEN", "score"])
    assert ra.loc["ACCUSE", "proportionality"] == pytest.approx(
        abs(ra.loc["ACCUSE", "response_intensity"]) / abs(ra.loc["ACCUSE", "trigger_intensity"]))


def test_one_response_counted_once(store):
    mk = Maker()
    # two Russian acts, one Azerbaijani answer within both windows: it goes to the better trigger
    write(store, [mk("RUS", "AZE", "ACCUSE", 0), mk("RUS", "AZE", "SANCTION", 5), mk("AZE", "RUS", "SANCTION", 7)])
    links = link_responses(store, "RUS", "AZE")
    ra = links[links["direction"] == "RUS>AZE"]
    assert ra["response_act_id"].dropna().is_unique
    got = ra.set_index("trigger_plover")["label"].to_dict()
    assert got == {"ACCUSE": "no-answer", "SANCTION": "exact-mirror"}


def test_same_day_and_window_edges(store):
    mk = Maker()
    write(store, [mk("RUS", "AZE", "ACCUSE", 0), mk("AZE", "RUS", "ACCUSE", 0), mk("AZE", "RUS", "REJECT", 15)])
    links = link_responses(store, "RUS", "AZE", window_days=14)
    assert links.loc[links["direction"] == "RUS>AZE", "label"].tolist() == ["no-answer"]
    wider = link_responses(store, "RUS", "AZE", window_days=15)
    assert "no-answer" not in wider.loc[wider["direction"] == "RUS>AZE", "label"].tolist()
    same_day = link_responses(store, "RUS", "AZE", min_lag_days=0)
    assert (same_day["lag_days"].dropna() == 0).any()


def test_empty_dyad(store):
    assert link_responses(store, "FRA", "DEU").empty
