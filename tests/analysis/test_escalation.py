"""Escalation index, episodes from change points, and the first mover."""

import numpy as np
import pytest

from mirrorwatch.analysis import escalation
from mirrorwatch.analysis.escalation import escalation_index

from .synth import Maker, write


def _crisis(store):
    mk = Maker()
    evs = []
    for w in range(60):
        evs.append(mk("RUS", "AZE", "CONSULT", 7 * w))
        if w % 3 == 0:
            evs.append(mk("AZE", "RUS", "CONSULT", 7 * w + 1))
    for w in range(40, 50):  # Russia escalates in week 40, Azerbaijan follows five days later
        for k in range(3):
            evs.append(mk("RUS", "AZE", ["COERCE", "SANCTION", "ACCUSE"][k], 7 * w + k))
            evs.append(mk("AZE", "RUS", ["COERCE", "SANCTION", "ACCUSE"][k], 7 * w + k + 5))
    write(store, evs)


def test_episode_and_first_mover(store):
    _crisis(store)
    e = escalation(store, "RUS", "AZE")
    assert e["episodes"], e["breaks"]
    ep = e["episodes"][0]
    assert ep["start"] in ("2023-10-09", "2023-10-16")  # week 40 (or 41: the answer spills over)
    assert ep["first_mover"] == "RUS" and ep["lead_days"] == 5
    assert ep["mean_conflict"] > ep["baseline_conflict"]
    idx = {s["period"]: s["index"] for s in e["series"]}
    assert idx["2023-10-09"] > 3  # the first crisis week is far above the quiet baseline
    assert idx["2023-01-02"] is None  # no history yet
    assert e["current"] is not None


def test_escalation_index_definition():
    import pandas as pd

    s = pd.Series([0.0, 0, 0, 0, 10])
    z = escalation_index(s, window=4)
    assert z.iloc[-1] == pytest.approx(10.0)  # std floored at 1
    s = pd.Series([2.0, 4, 2, 4, 7])
    assert escalation_index(s, window=4).iloc[-1] == pytest.approx((7 - 3) / 1.0)


def test_empty(store):
    store.ensure_schema()  # an existing but empty store (reading never creates one)
    assert escalation(store, "FRA", "DEU")["episodes"] == []


def test_short_burst_is_an_episode():
    """A two-week burst in a quiet weekly series is cut out as its own episode (breaks on any week)."""
    import pandas as pd

    from mirrorwatch.analysis.escalation import episodes

    periods = pd.date_range("2025-01-06", periods=42, freq="W-MON")
    conflict = np.zeros(42)
    conflict[0], conflict[26], conflict[27], conflict[41] = 16, 33.6, 20.9, 5
    frame = pd.DataFrame({"period": periods, "conflict": conflict})
    acts = pd.DataFrame({"source_country": ["RUS", "AZE"], "target_country": ["AZE", "RUS"],
                         "intensity": [-5.0, -4.0], "first_date": [periods[26], periods[26] + pd.Timedelta(days=2)]})
    eps, _ = episodes(frame, acts, "AZE", "RUS")
    assert [(e["start"], e["end"]) for e in eps] == [(str(periods[26].date()), str((periods[27] + pd.Timedelta(days=6)).date()))]
    assert eps[0]["first_mover"] == "RUS" and eps[0]["lead_days"] == 2
