"""All-dyads overview in SQL: counts, mirror index both ways, escalation now, sparkline."""

from mirrorwatch.analysis import dyads_overview, reciprocity

from .synth import Maker, independent, planted_mirror, write


def test_overview_ranks_and_measures(store):
    write(store, planted_mirror(seed=4))
    write(store, independent(seed=6))
    mk = Maker()
    write(store, [mk("FRA", "DEU", "CONSULT", d) for d in range(3)])  # below min_events
    o = dyads_overview(store, min_events=5)
    assert set(zip(o["a"], o["b"], strict=True)) == {("AZE", "RUS"), ("CHN", "USA")}
    row = o[o["a"] == "AZE"].iloc[0]
    # a = AZE: mirror_a is how Azerbaijan answers Russia, close to the per-dyad statistic
    full = reciprocity(store, "RUS", "AZE", n_shifts=50)["AZE answers RUS"]["mirror_index"]
    assert row["mirror_a"] > 0.3 and abs(row["mirror_a"] - full) < 0.15
    assert row["mirror_b"] < 0.15
    busy = o[o["a"] == "CHN"].iloc[0]
    assert busy["mirror_a"] < 0.1 and busy["mirror_b"] < 0.1
    assert row["events_ab"] + row["events_ba"] == len(planted_mirror(seed=4))
    assert len(row["sparkline"]) == 12 and all(isinstance(v, int) for v in row["sparkline"])
    assert list(o["escalation"]) == sorted(o["escalation"], reverse=True)


def test_escalation_this_week(store):
    mk = Maker()
    evs = [mk("ARM", "AZE", "CONSULT", 7 * w) for w in range(12)]
    evs += [mk("ARM", "AZE", "ASSAULT", 7 * 12 + k) for k in range(3)]
    evs += [mk("GEO", "RUS", "CONSULT", 7 * w) for w in range(13)]
    write(store, evs)
    o = dyads_overview(store, min_events=5)
    assert list(o["a"]) == ["ARM", "GEO"]  # the dyad that escalated this week ranks first
    top = o.iloc[0]
    assert top["escalation"] > 5 and top["events_now"] == 3 and top["change"] == 2
    assert top["sparkline"][-1] == 3
    only = dyads_overview(store, min_events=5, countries=["geo", "RUS"])
    assert list(only["a"]) == ["GEO"]
    assert dyads_overview(store, datasets=["icews"]).empty
