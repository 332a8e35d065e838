"""The five event filters are defined once (``EventFilters``) and mean the same in every verb."""

import pandas as pd
import pytest

from mirrorwatch.analysis import (
    dyad_series,
    escalation,
    link_responses,
    load_events,
    reciprocity,
    weekly_moves,
)
from mirrorwatch.analysis.consolidate import consolidate
from mirrorwatch.analysis.series import FILTER_DEFAULTS, event_filters
from mirrorwatch.analysis.strategy import strategy_fingerprint

from .synth import Maker, write


@pytest.fixture
def flagged(store):
    mk = Maker()
    write(store, [
        mk("RUS", "AZE", "COERCE", 0),
        mk("AZE", "RUS", "COERCE", 3),
        mk("AZE", "RUS", "SANCTION", 10, negated=True),
        mk("AZE", "RUS", "CONSULT", 40, symmetric=True),
    ])
    return store


def test_defaults_are_filled_in_a_fixed_order():
    assert event_filters("v", {}) == FILTER_DEFAULTS
    got = event_filters("v", {"include_flagged": True, "since": "2024-01-01"})
    assert list(got) == ["since", "until", "datasets", "include_symmetric", "include_flagged"]
    assert got["include_flagged"] is True and got["since"] == "2024-01-01" and got["include_symmetric"] is True


def test_an_unknown_keyword_fails_even_when_the_store_is_not_read(flagged):
    moves = weekly_moves(flagged, "RUS", "AZE")
    with pytest.raises(TypeError, match=r"strategy_fingerprint.*'sinse'"):
        strategy_fingerprint(flagged, "RUS", "AZE", moves=moves, n_boot=5, sinse="2024-01-01")
    with pytest.raises(TypeError, match=r"reciprocity.*'dataset'"):
        reciprocity(flagged, "RUS", "AZE", acts=consolidate(load_events(flagged, "RUS", "AZE")), dataset=["x"])


def test_every_verb_passes_the_filters_on(flagged):
    assert len(load_events(flagged, "RUS", "AZE")) == 3
    assert len(load_events(flagged, "RUS", "AZE", include_flagged=True)) == 4
    assert len(load_events(flagged, "RUS", "AZE", include_symmetric=False)) == 2
    n = dyad_series(flagged, "AZE", "RUS", consolidate=False, include_flagged=True, include_symmetric=False)
    assert int(n["n"].sum()) == 3
    late = load_events(flagged, "RUS", "AZE")["date"].max()
    assert link_responses(flagged, "RUS", "AZE", since=late + pd.Timedelta(days=1)).empty
    esc = escalation(flagged, "RUS", "AZE", freq="D", until=load_events(flagged)["date"].min())
    assert len(esc["series"]) == 1  # a one-day range
