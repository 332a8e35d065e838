"""Reciprocity analytics: who mirrors whom, how fast, how hard, with what strategy.

The analysis stage reads the store's ``all_events`` view and never writes. Its steps, each in its
own module and each usable alone:

* :mod:`.series` — :func:`load_events` (the directed events of a dyad) and :func:`dyad_series`;
* :mod:`.consolidate` — mentions → acts (:func:`consolidate`);
* :mod:`.linking` — act → response links (:func:`link_responses`);
* :mod:`.rates` — answer / mirror rates beside chance, the mirror index (:func:`reciprocity`);
* :mod:`.strategy` — weekly moves and the strategy fingerprint (:func:`weekly_moves`,
  :func:`strategy_fingerprint`);
* :mod:`.var` — VAR, Granger tests and impulse responses after change points (:func:`var_analysis`);
* :mod:`.escalation` — escalation index, episodes, first movers (:func:`escalation`);
* :mod:`.dyad` — everything for one dyad in one dict (:func:`dyad_report`);
* :mod:`.overview` — all dyads ranked, aggregated in DuckDB (:func:`dyads_overview`).

Definitions of every number are in ``docs/analysis.md``. Heavy libraries (statsmodels, ruptures,
axelrod) are imported inside the functions that need them.
"""

from __future__ import annotations

from .consolidate import consolidate
from .dyad import dyad_report
from .escalation import escalation
from .linking import link_responses
from .overview import dyads_overview
from .rates import reciprocity
from .series import dyad_series, load_events
from .strategy import strategy_fingerprint, weekly_moves
from .var import var_analysis

__all__ = [
    "consolidate",
    "dyad_report",
    "dyad_series",
    "dyads_overview",
    "escalation",
    "link_responses",
    "load_events",
    "reciprocity",
    "strategy_fingerprint",
    "var_analysis",
    "weekly_moves",
]
