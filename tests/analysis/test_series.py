"""Directed events and series: filters, gap filling, counts, normalisation, bad input."""

import pandas as pd
import pytest

from mirrorwatch.analysis import dyad_series, load_events
from mirrorwatch.errors import AnalysisError

from .synth import Maker, write


@pytest.fixture
def small(store):
    mk = Maker()
    evs = [
        mk("RUS", "AZE", "COERCE", 0),            # Monday week 1
        mk("RUS", "AZE", "ACCUSE", 1),
        mk("AZE", "RUS", "COERCE", 3),
        mk("AZE", "RUS", "CONSULT", 15, symmetric=True),   # week 3
        mk("AZE", "RUS", "SANCTION", 16, negated=True),     # flagged
        mk("AZE", "RUS", "AGREE", 22, dataset="gdelt"),     # week 4
        mk("RUS", "USA", "ACCUSE", 2),                      # other dyad
        mk("USA", "RUS", "ACCUSE", 2),
        mk("RUS", "RUS", "ACCUSE", 2),                      # not state-to-state
    ]
    write(store, evs)
    return store


def test_load_events_filters(small):
    df = load_events(small, "rus", "AZE")
    assert sorted(df["plover"]) == ["ACCUSE", "AGREE", "COERCE", "COERCE", "CONSULT"]
    assert set(df["direction"]) == {"RUS>AZE", "AZE>RUS"}
    assert len(load_events(small, "RUS", "AZE", include_flagged=True)) == 6
    assert len(load_events(small, "RUS", "AZE", include_symmetric=False)) == 4
    assert list(load_events(small, "RUS", "AZE", datasets=["gdelt"])["plover"]) == ["AGREE"]
    assert len(load_events(small, "RUS", "AZE", since="2023-01-03", until="2023-01-17")) == 3
    assert len(load_events(small)) == 7  # all state-to-state events, self-directed left out
    assert set(load_events(small, "USA")["direction"]) == {"RUS>USA", "USA>RUS"}
    assert pd.api.types.is_datetime64_any_dtype(load_events(small, "RUS", "AZE")["date"])


@pytest.mark.parametrize("a,b", [("RU", "AZE"), ("RUS", "RUS"), ("", "AZE")])
def test_bad_codes_raise_clear_error(store, a, b):
    with pytest.raises(AnalysisError, match=r"three-letter|two different"):
        load_events(store, a, b)


def test_weekly_series_gap_filled_both_directions(small):
    s = dyad_series(small, "RUS", "AZE", freq="W")
    assert list(s["period"].drop_duplicates()) == list(pd.date_range("2023-01-02", periods=4, freq="W-MON"))
    assert len(s) == 8
    row = s[(s["period"] == "2023-01-02") & (s["direction"] == "RUS>AZE")].iloc[0]
    assert row["n"] == 2 and row["q3"] == 1 and row["q4"] == 1 and row["COERCE"] == 1 and row["ACCUSE"] == 1
    assert row["net_coop"] == -2
    assert row["intensity_sum"] == pytest.approx(row["intensity_mean"] * 2)
    empty = s[(s["period"] == "2023-01-09")]
    assert (empty["n"] == 0).all() and empty["intensity_mean"].isna().all()
    back = s[(s["period"] == "2023-01-16") & (s["direction"] == "AZE>RUS")].iloc[0]
    assert back["CONSULT"] == 1 and back["net_coop"] == 1
    no_sym = dyad_series(small, "RUS", "AZE", include_symmetric=False)
    assert no_sym["CONSULT"].sum() == 0 if "CONSULT" in no_sym else True


def test_daily_and_monthly(small):
    d = dyad_series(small, "RUS", "AZE", freq="D")
    assert d["period"].nunique() == 23 and d["n"].sum() == 5
    m = dyad_series(small, "RUS", "AZE", freq="M")
    assert m["period"].nunique() == 1 and m["n"].sum() == 5
    with pytest.raises(AnalysisError, match="frequency"):
        dyad_series(small, "RUS", "AZE", freq="Q")


def test_normalise_divides_by_total_volume(small):
    s = dyad_series(small, "RUS", "AZE", freq="M", normalise=True)
    rus = s[s["direction"] == "RUS>AZE"].iloc[0]
    # RUS had 3 events with anyone that month (2 toward AZE, 1 toward USA)
    assert rus["n"] == pytest.approx(2 / 3)
    aze = s[s["direction"] == "AZE>RUS"].iloc[0]
    assert aze["n"] == pytest.approx(1.0)


def test_empty_dyad_gives_empty_frame(small):
    assert dyad_series(small, "FRA", "DEU").empty
