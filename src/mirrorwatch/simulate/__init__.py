"""What-if simulation: iterated play between strategies fitted from a dyad's history and classic ones.

The stage after the analysis. Steps, each in its own module:

* :mod:`.fit` — per side a four-vector with its uncertainty, an opening, intensities per move and
  answer lags, read through :mod:`mirrorwatch.analysis` (:class:`DyadFit`, :func:`fit_dyad`);
* :mod:`.players` — Axelrod players: :class:`~.players.FittedPlayer` and the classic strategies;
* :mod:`.game` — Monte Carlo matches (``axelrod.Match``) and tournaments (``axelrod.Tournament``);
* :mod:`.paths` — intensity paths with bands, escalation-episode probability, time to de-escalation,
  the swap comparison;
* :mod:`.plots` — Vega-Lite specs for the report and the dashboard;
* :mod:`.run` — the verbs :func:`simulate` and :func:`tournament`.

Definitions: ``docs/simulate.md``. Axelrod (10–30 s to import) is imported only when a game is played.
"""

from __future__ import annotations

import sys
import types
import warnings
from typing import Any

from .fit import DyadFit, SideFit, fit_dyad, fit_from_moves
from .run import simulate, simulate_fit, tournament

# Axelrod 4.13 imports pkg_resources and looks for prompt_toolkit, and both warn on every start;
# they say nothing about the simulation, so they are kept off the user's terminal.
warnings.filterwarnings("ignore", category=UserWarning, module=r"axelrod(\.|$)")

__all__ = ["DyadFit", "SideFit", "fit_dyad", "fit_from_moves", "simulate", "simulate_fit", "tournament"]


class _CallableModule(types.ModuleType):
    """This package's module type: calling it calls :func:`mirrorwatch.api.simulate`.

    ``mirrorwatch.simulate`` is both the public verb (re-exported from :mod:`mirrorwatch.api`) and
    this package's name. Importing the package makes Python replace the attribute on
    :mod:`mirrorwatch` with the module, which would break ``mw.simulate(store, "AZE", "RUS")`` as
    soon as anything imported the package; a callable module keeps both working.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from ..api import simulate as _api_simulate

        return _api_simulate(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
