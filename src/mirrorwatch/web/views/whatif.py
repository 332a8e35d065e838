"""The what-if page ``/whatif/AZE-RUS``: simulated paths beside the observed history, four-vectors beside named strategies.

Part of the web stage, over the simulation stage (:func:`mirrorwatch.api.simulate`, defined in
``docs/simulate.md``); JSON twin at ``/whatif/AZE-RUS.json``. The page is a form (weeks, runs,
swapped side and strategy, noise, seed). The bare URL only shows the form and the dyad's observed
four-vectors (the analysis' strategy fingerprint, no simulation); the simulation runs when the
query names a simulation parameter, e.g. ``/whatif/AZE-RUS?weeks=26&runs=500&swap=AZE=tit-for-tat&seed=0``.
That keeps the Axelrod import (15–35 s, once per server process) off every page a user merely
opens, including the link from the dyad page.

Results are kept per parameter set until the store or its attached parts change (the key holds
:func:`~mirrorwatch.web.bridge.cache_stamp`, as :func:`~mirrorwatch.web.bridge.call_cached` does),
and simulations run one at a time: a second request for the same parameters while the first is
running waits for it and then reads the cache instead of paying again. The same seed gives the
same numbers, cached or not.
"""

from __future__ import annotations

import math
import re
import sys
import threading
import time
from collections import OrderedDict
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response

from ...errors import InputError
from .. import bridge
from ..app import Web, wants_json
from ..filters import EventFilter, parse_dyad
from . import get

__all__ = ["SIM_KEYS", "STRATEGIES", "clear_cache", "register", "whatif_data"]

#: The classic strategies ``swap`` accepts, in the order of ``mirrorwatch.simulate.players.CLASSIC``.
#: Written out here because importing that module imports Axelrod (15–35 s): the bare page and the
#: checks of a bad request must not pay for it. tests/web/test_whatif.py checks that both agree.
STRATEGIES = ("tit-for-tat", "grudger", "wsls", "always-defect", "always-cooperate")
#: Query parameters that ask for a simulation (any one of them present → the simulation runs).
SIM_KEYS = ("weeks", "runs", "swap", "side", "strategy", "noise", "seed")
#: Filters shared with the dyad page (same meaning there).
_FILTER_KEYS = ("since", "until", "dataset", "flagged")
DEFAULTS = {"weeks": 26, "runs": 500, "noise": 0.0, "seed": 0}
#: Upper bounds on the dashboard. ``runs × weeks`` bounds the time of one request (500 runs of 26
#: weeks with a swap take about 2 s after the import); bigger runs belong to ``mirrorwatch simulate``.
MAX_WEEKS = 520
MAX_RUNS = 5000
MAX_WORK = 130_000
_FITTED = re.compile(r"^fitted:[A-Za-z]{3}$")

_CACHE: OrderedDict[Any, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = OrderedDict()
_CACHE_SIZE = 16
_CACHE_LOCK = threading.Lock()
#: One simulation at a time: they are CPU-bound, and the first one imports Axelrod.
_RUN_LOCK = threading.Lock()


def clear_cache() -> None:
    """Forget every cached simulation (tests use it to show that a seed, not the cache, fixes the numbers)."""
    with _CACHE_LOCK:
        _CACHE.clear()


def _int(p: Any, name: str, lo: int, hi: int) -> int:
    raw = (p.get(name) or "").strip()
    if not raw:
        return int(DEFAULTS[name])
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"parameter {name}={raw!r}", "not a whole number") from None
    if not lo <= value <= hi:
        raise InputError(f"parameter {name}={value}", f"use {lo} to {hi:,}")
    return value


def _noise(p: Any) -> float:
    raw = (p.get("noise") or "").strip()
    if not raw:
        return float(DEFAULTS["noise"])
    try:
        value = float(raw)
    except ValueError:
        raise InputError(f"parameter noise={raw!r}", "not a number; use a probability such as 0.05") from None
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise InputError(f"parameter noise={raw}", "not a probability between 0 and 1")
    return value


def _swap(p: Any, a: str, b: str) -> str | None:
    """``SIDE=STRATEGY`` from ``swap`` or from the form's ``side`` and ``strategy``; ``None`` for no swap.

    Checked here without the simulator (whose check imports Axelrod), so that a typo is a quick 400.
    """
    swap = (p.get("swap") or "").strip()
    side = (p.get("side") or "").strip().upper()
    strategy = (p.get("strategy") or "").strip()
    if side or strategy:
        if not (side and strategy):
            raise InputError(f"parameters side={side!r} strategy={strategy!r}",
                             "choose both the side that changes course and its strategy (or neither)")
        form = f"{side}={strategy}"
        if swap and swap.upper() != form.upper():
            raise InputError(f"parameters swap={swap!r} and side/strategy={form!r}", "they disagree; give one of them")
        swap = form
    if not swap:
        return None
    if "=" not in swap:
        raise InputError(f"parameter swap={swap!r}", "expected SIDE=STRATEGY, e.g. swap=AZE=tit-for-tat")
    side, strategy = (s.strip() for s in swap.split("=", 1))
    side, strategy = side.upper(), strategy.lower()
    if side not in (a, b):
        raise InputError(f"parameter swap={swap!r}", f"{side or '(empty)'} is not a side of the dyad {a}-{b}")
    if strategy not in STRATEGIES and not _FITTED.match(strategy):
        raise InputError(f"parameter swap={swap!r}",
                         f"unknown strategy {strategy!r}; use one of {', '.join(STRATEGIES)} or fitted:XXX "
                         "(XXX's fitted strategy toward the same opponent)")
    if strategy.startswith("fitted:"):
        strategy = "fitted:" + strategy.split(":", 1)[1].upper()
    return f"{side}={strategy}"


def _params(request: Request, a: str, b: str) -> tuple[EventFilter, dict[str, Any], bool]:
    """The filter, the simulation parameters (validated, defaults filled) and whether to simulate."""
    p = request.query_params
    unknown = [k for k in p if k not in SIM_KEYS and k not in _FILTER_KEYS]
    if unknown:
        raise InputError(f"parameter {unknown[0]}",
                         "the what-if page takes " + ", ".join((*SIM_KEYS, *_FILTER_KEYS)))
    flt = EventFilter.from_params(p)
    params = {
        "weeks": _int(p, "weeks", 1, MAX_WEEKS),
        "runs": _int(p, "runs", 1, MAX_RUNS),
        "swap": _swap(p, a, b),
        "noise": _noise(p),
        "seed": _int(p, "seed", 0, 2**32 - 1),
    }
    if params["runs"] * params["weeks"] > MAX_WORK:
        raise InputError(f"parameters runs={params['runs']} weeks={params['weeks']}",
                         f"runs × weeks is over the dashboard's limit of {MAX_WORK:,} (about 20 s); "
                         "use fewer runs here, or `mirrorwatch simulate` for bigger runs")
    run = any((p.get(k) or "").strip() for k in SIM_KEYS)
    return flt, params, run


def _simulate(web: Web, a: str, b: str, params: dict[str, Any], common: dict[str, Any]
              ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], bool]:
    """``(result, timing, specs, cached)`` for these parameters; cached until the store changes.

    ``timing`` is ``{"seconds": ..., "included_import": ...}`` of the request that computed it;
    ``specs`` the two Vega-Lite charts (cached too: building them with altair takes longer than
    rendering the page).

    Errors (no events between the two, an unknown ``fitted:`` country) propagate to the app's
    handlers (422 / 400) and are not cached.
    """
    key = (bridge.cache_stamp(web.store), a, b,
           tuple(sorted(params.items())), tuple(sorted((k, repr(v)) for k, v in common.items())))
    with _CACHE_LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return (*_CACHE[key], True)
    with _RUN_LOCK:
        with _CACHE_LOCK:  # computed by the request we waited for
            if key in _CACHE:
                return (*_CACHE[key], True)
        from ... import api
        from ...simulate.plots import fourvector_chart_spec, simulation_chart_spec

        imported_before = "axelrod" in sys.modules
        started = time.perf_counter()
        result = bridge.to_jsonable(api.simulate(web.store, a, b, **params, **common))
        timing = {"seconds": round(time.perf_counter() - started, 2), "included_import": not imported_before}
        specs = {"simulation_spec": simulation_chart_spec(result), "fourvector_spec": fourvector_chart_spec(result)}
    with _CACHE_LOCK:
        _CACHE[key] = (result, timing, specs)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result, timing, specs, False


def _form(params: dict[str, Any]) -> dict[str, Any]:
    """The form's field values for ``params`` (the swap split into side and strategy)."""
    side, strategy = (params["swap"].split("=", 1) if params["swap"] else ("", ""))
    return {"weeks": params["weeks"], "runs": params["runs"], "noise": params["noise"], "seed": params["seed"],
            "side": side, "strategy": strategy}


def whatif_data(web: Web, request: Request, dyad: str) -> dict[str, Any]:
    """Everything the what-if page shows (the JSON twin).

    Returns:
        ``a``, ``b``, ``dyad``, ``filters``, ``params`` (validated, with defaults), ``form``,
        ``simulated`` (whether the simulation ran), ``result`` (the :func:`mirrorwatch.api.simulate`
        dict or ``None``), ``seconds`` (how long it took when computed) and ``included_import``
        (whether that included loading Axelrod), ``cached`` (whether this
        request read it from the cache), ``fingerprint`` (the observed
        four-vectors, when not simulated), ``simulation_spec`` and ``fourvector_spec`` (Vega-Lite),
        ``strategies``, ``axelrod_loaded`` and ``notes`` (per section).
    """
    a, b = parse_dyad(dyad)
    flt, params, run = _params(request, a, b)
    common = flt.analysis_kwargs(web.store)
    notes: dict[str, str] = {}
    result, timing, cached, fingerprint = None, {"seconds": None, "included_import": False}, False, None
    sim_spec = fv_spec = None
    if run:
        result, timing, specs, cached = _simulate(web, a, b, params, common)
        sim_spec, fv_spec = specs["simulation_spec"], specs["fourvector_spec"]
    else:
        from ...simulate.plots import fourvector_chart_spec

        fp, note = bridge.call_cached(web.store, "strategy_fingerprint", a, b, **common)
        if note:
            notes["fingerprint"] = note
        else:
            fingerprint = bridge.to_jsonable(fp)
            fv_spec = fourvector_chart_spec(fingerprint)
    return {
        "a": a, "b": b, "dyad": f"{a}-{b}", "filters": flt.to_params(), "params": params, "form": _form(params),
        "simulated": run, "result": result, **timing, "cached": cached, "fingerprint": fingerprint,
        "simulation_spec": sim_spec, "fourvector_spec": fv_spec,
        "strategies": list(STRATEGIES),
        "axelrod_loaded": "axelrod" in sys.modules,
        "notes": notes,
    }


def register(app: FastAPI, web: Web) -> None:
    """Add ``/whatif/{dyad}`` and its JSON twins ``/whatif/{dyad}.json`` and ``/api/whatif/{dyad}``."""

    @get(app, "/whatif/{dyad}.json", "/api/whatif/{dyad}", "/whatif/{dyad}")
    def whatif_page(request: Request, dyad: str) -> Response:
        return web.respond(request, "whatif.html", whatif_data(web, request, dyad), as_json=wants_json(request))
