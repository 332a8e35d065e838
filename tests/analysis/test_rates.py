"""Rates beside chance and the mirror index: planted structure vs. independent busy sides."""

import pytest

from mirrorwatch.analysis import reciprocity
from mirrorwatch.analysis.rates import mirror_index

from .synth import independent, planted_mirror, write


def test_planted_mirror_recovered(store):
    write(store, planted_mirror(seed=5, days=900))
    r = reciprocity(store, "RUS", "AZE", n_shifts=100)
    aze = r["AZE answers RUS"]
    assert aze["responder"] == "AZE" and aze["trigger_side"] == "RUS"
    # 60 % of Russian acts are conflict acts, answered in kind with p = 0.8 → about 0.48
    assert aze["mirror_rate"] == pytest.approx(0.48, abs=0.1)
    assert aze["mirror_rate_chance"] < 0.2
    assert aze["median_lag_days"] == pytest.approx(3, abs=1)
    assert aze["proportionality_median"] == pytest.approx(1.0, abs=0.05)
    assert aze["mirror_index"] > 0.3
    rus = r["RUS answers AZE"]
    # Russia does not answer, it only acts; ~70 triggers give a sampling error of about 0.06
    assert rus["mirror_index"] < 0.2 < aze["mirror_index"] - 0.1
    assert aze["rolling"] and all(0 <= w["mirror_index"] <= 1 for w in aze["rolling"])


def test_independent_busy_sides_score_near_zero(store):
    write(store, independent(seed=3, rate=0.8))
    r = reciprocity(store, "USA", "CHN", n_shifts=100)
    for d in r.values():
        assert d["answer_rate"] > 0.5  # busy: most acts get "answered" by chance
        assert d["answer_rate"] == pytest.approx(d["answer_rate_chance"], abs=0.06)
        assert d["mirror_rate"] == pytest.approx(d["mirror_rate_chance"], abs=0.06)
        assert d["mirror_index"] < 0.12


def test_chance_is_seeded(store):
    write(store, planted_mirror(seed=9, days=400))
    one = reciprocity(store, "RUS", "AZE", n_shifts=30, seed=1)
    two = reciprocity(store, "RUS", "AZE", n_shifts=30, seed=1)
    assert one == two


def test_mirror_index_formula():
    assert mirror_index(0.5, 0.5) == 0
    assert mirror_index(0.2, 0.5) == 0
    assert mirror_index(1.0, 0.3) == 1
    assert mirror_index(0.6, 0.2) == pytest.approx(0.5)
    assert mirror_index(0.6, None) is None
    assert mirror_index(0.6, 1.0) == 0


def test_no_events(store):
    store.ensure_schema()  # an existing, empty store (reading a missing one is a StoreError)
    r = reciprocity(store, "FRA", "DEU")
    assert r["DEU answers FRA"]["acts"] == 0 and r["DEU answers FRA"]["mirror_index"] is None


def test_shifts_capped_on_busy_dyads(store, monkeypatch):
    from mirrorwatch.analysis import rates

    assert rates.shifts_for(1_000, 200) == 200  # within the budget: all shifts
    assert rates.shifts_for(10**9, 200) == rates.MIN_SHIFTS  # never fewer than the floor
    assert rates.shifts_for(10**9, 20) == 20  # ... nor more than asked
    write(store, independent(seed=4, rate=0.8))
    full = reciprocity(store, "USA", "CHN", n_shifts=120)
    monkeypatch.setattr(rates, "SHIFT_PAIR_BUDGET", 1)
    monkeypatch.setattr(rates, "MIN_SHIFTS", 40)
    capped = reciprocity(store, "USA", "CHN", n_shifts=120)
    for k, d in capped.items():
        assert full[k]["n_shifts"] == 120 and d["n_shifts"] == 40
        # fewer shifts, same chance level within sampling error; the observed rates do not change
        assert d["mirror_rate_chance"] == pytest.approx(full[k]["mirror_rate_chance"], abs=0.03)
        assert d["mirror_rate"] == full[k]["mirror_rate"]


def test_finding_states_the_numbers():
    from mirrorwatch.analysis.rates import finding

    rec = {"responder": "AZE", "trigger_side": "RUS", "acts": 10, "answered": 4, "mirrored": 3,
           "answer_rate": 0.4, "answer_rate_chance": 0.12, "mirror_rate": 0.3, "mirror_rate_chance": 0.05,
           "median_lag_days": 2.0, "mirror_index": 0.2632}
    text = finding(rec, 14)
    assert text.startswith("AZE answered 4 of RUS's 10 acts toward it within 14 days (40 %; 12 % by chance)")
    assert "3 in kind (30 %, 6.0× the chance level of 5 %)" in text and "median lag 2 days" in text
    assert "AZE partly mirrors RUS (mirror index 0.26)" in text
    assert "AZE mirrors RUS" in finding({**rec, "mirror_index": 0.5}, 14)
    assert "no more in-kind answering than chance" in finding({**rec, "mirror_index": 0.0}, 14)
    assert "answered none of RUS's 10 acts" in finding({**rec, "answered": 0, "mirrored": 0}, 14)
    assert "nothing AZE could answer" in finding({**rec, "acts": 0}, 14)
    assert "median lag 1 day:" in finding({**rec, "median_lag_days": 1.0}, 14)
