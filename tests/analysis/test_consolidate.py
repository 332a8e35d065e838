"""Consolidation counts acts, not mentions."""

import pytest

from mirrorwatch.analysis import consolidate, dyad_series, load_events

from .synth import Maker, write


def test_mentions_merge_into_one_act(store):
    mk = Maker()
    evs = [mk("RUS", "AZE", "COERCE", 0, sentence=f"Raid report {i}", doc_id=f"d{i}") for i in range(5)]
    evs += [mk("RUS", "AZE", "COERCE", 2, doc_id="d9"), mk("RUS", "AZE", "COERCE", 1, doc_id="d0")]
    evs.append(mk("RUS", "AZE", "COERCE", 3))           # beyond 2 days of the act's first date
    evs.append(mk("RUS", "AZE", "ACCUSE", 0))           # another type
    evs.append(mk("AZE", "RUS", "COERCE", 0))           # other direction
    write(store, evs)
    acts = consolidate(load_events(store, "RUS", "AZE"))
    assert len(acts) == 4
    raid = acts[(acts["plover"] == "COERCE") & (acts["direction"] == "RUS>AZE")].iloc[0]
    assert raid["mentions"] == 7
    assert len(raid["event_ids"]) == 7
    assert sorted(raid["doc_ids"]) == ["d0", "d1", "d2", "d3", "d4", "d9"]  # each document once
    assert str(raid["first_date"].date()) == "2023-01-02" and str(raid["last_date"].date()) == "2023-01-04"
    # the series counts acts unless asked for mentions
    s = dyad_series(store, "RUS", "AZE", freq="M")
    assert s.loc[s["direction"] == "RUS>AZE", "COERCE"].sum() == 2
    raw = dyad_series(store, "RUS", "AZE", freq="M", consolidate=False)
    assert raw.loc[raw["direction"] == "RUS>AZE", "COERCE"].sum() == 8


def test_anchored_window_splits_long_runs(store):
    mk = Maker()
    write(store, [mk("RUS", "UKR", "ASSAULT", d) for d in range(30)])
    acts = consolidate(load_events(store, "RUS", "UKR"), window_days=2)
    assert len(acts) == 10 and set(acts["mentions"]) == {3}


def test_imported_keep_granularity_unless_forced(store):
    mk = Maker()
    write(store, [mk("USA", "RUS", "ACCUSE", 0, dataset="gdelt") for _ in range(4)])
    ev = load_events(store, "USA", "RUS")
    assert len(consolidate(ev)) == 4
    forced = consolidate(ev, force=True)
    assert len(forced) == 1 and forced.iloc[0]["mentions"] == 4


def test_act_ids_stable_and_input_untouched(store):
    mk = Maker()
    write(store, [mk("RUS", "AZE", "COERCE", d) for d in (0, 1, 9)])
    ev = load_events(store, "RUS", "AZE")
    before = ev.copy()
    a1, a2 = consolidate(ev), consolidate(ev.sample(frac=1, random_state=3))
    assert list(a1["act_id"]) == list(a2["act_id"]) and a1["act_id"].is_unique
    assert ev.equals(before)
    assert consolidate(ev.iloc[0:0]).empty
    with pytest.raises(ValueError):
        consolidate(ev, window_days=-1)
