"""The dyad page ``/dyad/AZE-RUS`` and the pair page ``/pair/<trigger act>/<response act>``.

Part of the web stage; JSON twins at the same URLs with ``.json``. The page shows, for one pair of
states: the mirror timeline (A→B above the axis, B→A below, by week or day, coloured by PLOVER
type), the linked act → answer pairs with lag, proportionality and label (each pair opens to both
sentences, without JavaScript), the reciprocity summary, the strategy fingerprint, the escalation
episodes and the VAR impulse responses. All figures come from :mod:`mirrorwatch.analysis`; a
section that cannot be computed shows why, and the rest of the page still works.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from ...errors import InputError
from .. import bridge, charts, queries
from ..app import Web, wants_json
from ..filters import EventFilter, parse_dyad
from . import get

__all__ = ["dyad_data", "pair_data", "register"]

#: How many pairs the page lists (the JSON twin has the same cap; the rest are counted).
MAX_PAIRS = 200
#: How many mentions of an act the page quotes (an act reported by 40 articles shows 3 sentences).
MENTIONS_SHOWN = 3
_DYAD_KEYS = {"since", "until", "dataset", "freq", "window", "flagged"}


def _filter(request: Request) -> tuple[EventFilter, dict[str, Any]]:
    p = request.query_params
    unknown = [k for k in p if k not in _DYAD_KEYS]
    if unknown:
        raise InputError(f"parameter {unknown[0]}", "the dyad page takes " + ", ".join(sorted(_DYAD_KEYS)))
    flt = EventFilter.from_params(p)
    freq = (p.get("freq") or "W").upper()
    if freq not in {"W", "D"}:
        raise InputError(f"parameter freq={freq!r}", "use W (weeks) or D (days)")
    try:
        window = int(p.get("window") or 14)
    except ValueError:
        raise InputError(f"parameter window={p.get('window')!r}", "not a whole number of days") from None
    if not 1 <= window <= 365:
        raise InputError(f"parameter window={window}", "use 1 to 365 days")
    return flt, {"freq": freq, "window": window}


def _timeline(web: Web, a: str, b: str, flt: EventFilter, freq: str) -> tuple[list[dict[str, Any]], str | None]:
    """Long rows (period, direction a->b/b->a, plover, n): from ``dyad_series`` (acts), else counted events."""
    kw = flt.analysis_kwargs(web.store)
    series, note = bridge.call_cached(web.store, "dyad_series", a, b, freq=freq, **kw)
    if series is None:
        return queries.dyad_timeline(web.store, a, b, flt, freq=freq), (
            f"{note} The timeline counts event mentions instead of consolidated acts.")
    from ...ontology import PLOVER_TYPES

    # the PLOVER types, then any other type column of the series: imported CAMEO 01/02 rows kept
    # with --keep-statements are STATEMENT / APPEAL, which are no PLOVER types but are acts
    cols = list(getattr(series, "columns", []))
    types = list(PLOVER_TYPES) + [c for c in cols if c not in PLOVER_TYPES and c.isupper() and c.isalpha()]
    rows = []
    for r in bridge.to_jsonable(series):
        direction = "a->b" if str(r.get("direction", "")).startswith(a) else "b->a"
        for p in types:
            n = r.get(p)
            if isinstance(n, int | float) and n > 0:
                rows.append({"period": r["period"], "direction": direction, "plover": p, "n": n})
    return rows, None


def _pairs(web: Web, a: str, b: str, flt: EventFilter, window: int) -> tuple[dict[str, Any], str | None]:
    links, note = bridge.call_cached(web.store, "link_responses", a, b, window_days=window,
                                    **flt.analysis_kwargs(web.store))
    if links is None:
        return {"rows": [], "total": 0, "answered": 0}, note
    # Select in pandas before converting: a busy dyad has tens of thousands of link rows, and the
    # page lists only the newest MAX_PAIRS answered ones.
    answered_df = links[links["response_act_id"].notna()]
    newest = answered_df.sort_values(["trigger_date", "response_date"], ascending=False).head(MAX_PAIRS)
    shown = bridge.to_jsonable(newest)
    ids: list[str] = []
    for r in shown:
        ids += list(r.get("trigger_event_ids") or [])[:MENTIONS_SHOWN]
        ids += list(r.get("response_event_ids") or [])[:MENTIONS_SHOWN]
    found = {e["event_id"]: e for e in queries.events_by_ids(web.store, ids)}
    for r in shown:
        r["trigger_events"] = [found[i] for i in list(r.get("trigger_event_ids") or [])[:MENTIONS_SHOWN] if i in found]
        r["response_events"] = [found[i] for i in list(r.get("response_event_ids") or [])[:MENTIONS_SHOWN]
                                if i in found]
    labels = {str(k): int(v) for k, v in links["label"].value_counts().items()}
    return {"rows": shown, "total": len(links), "answered": len(answered_df), "labels": labels}, None


def _irf_rows(var: Any) -> tuple[list[dict[str, Any]], str | None]:
    """Impulse-response records from a ``var_analysis`` result, and which variant they come from.

    The VAR without symmetric (mirror) records is preferred: those records fake instant reciprocity.
    """
    if not isinstance(var, dict):
        return [], None
    for variant in ("without_symmetric", "with_symmetric"):
        fit = var.get(variant)
        irf = fit.get("irf") if isinstance(fit, dict) else None
        responses = irf.get("responses") if isinstance(irf, dict) else None
        if isinstance(responses, dict) and responses:
            rows = [{"step": i, "response": str(label), "value": v}
                    for label, values in responses.items() if isinstance(values, list)
                    for i, v in enumerate(values) if isinstance(v, int | float)]
            if rows:
                return rows, variant.replace("_", " ")
    return [], None


def _findings(reciprocity: Any, window: int) -> dict[str, str]:
    """One plain sentence per direction (:func:`mirrorwatch.analysis.rates.finding`), when the rates exist."""
    if not isinstance(reciprocity, dict):
        return {}
    from ...analysis.rates import finding

    return {k: finding(v, window) for k, v in reciprocity.items()
            if isinstance(v, dict) and "responder" in v and "trigger_side" in v}


def dyad_data(web: Web, request: Request, dyad: str) -> dict[str, Any]:
    """Everything the dyad page shows (the JSON twin)."""
    a, b = parse_dyad(dyad)
    flt, opts = _filter(request)
    notes: dict[str, str] = {}
    timeline, note = _timeline(web, a, b, flt, opts["freq"])
    if note:
        notes["timeline"] = note
    totals = {"a->b": 0.0, "b->a": 0.0}
    for r in timeline:
        totals[r["direction"]] += float(r["n"])
    kw = flt.analysis_kwargs(web.store)
    pairs, note = _pairs(web, a, b, flt, opts["window"])
    if note:
        notes["pairs"] = note
    sections: dict[str, Any] = {}
    for key, verb in (("reciprocity", "reciprocity"), ("fingerprint", "strategy_fingerprint"),
                      ("escalation", "escalation"), ("var", "var_analysis")):
        # the page's answer window applies to the rates as it does to the pairs
        extra = {"window_days": opts["window"]} if key == "reciprocity" else {}
        result, note = bridge.call_cached(web.store, verb, a, b, **kw, **extra)
        sections[key] = bridge.to_jsonable(result)
        if note:
            notes[key] = note
    findings = _findings(sections["reciprocity"], opts["window"])
    irf, irf_variant = _irf_rows(sections["var"])
    params = flt.to_params()
    for k in ("freq", "window"):
        v = request.query_params.get(k)
        if v:
            params[k] = v
    return {
        "a": a, "b": b, "dyad": f"{a}-{b}", "filters": params, "freq": opts["freq"], "window": opts["window"],
        "totals": {f"{a}>{b}": totals["a->b"], f"{b}>{a}": totals["b->a"]},
        "timeline": timeline,
        "timeline_spec": charts.timeline_spec(timeline, a, b, freq=opts["freq"]) if timeline else None,
        "pairs": pairs, "findings": findings, **sections,
        "irf_spec": charts.irf_spec(irf, title=f"Impulse responses {a} ↔ {b} (VAR {irf_variant} records)")
        if irf else None,
        "notes": notes,
    }


def pair_data(web: Web, request: Request, trigger: str, response: str) -> dict[str, Any]:
    """One act and its answer with every sentence that reports them (the pair page's JSON twin).

    With ``?dyad=AAA-BBB`` the ids are act ids from the dyad's linked pairs; without it they are
    taken as event ids.
    """
    dyad = request.query_params.get("dyad")
    pair: dict[str, Any] | None = None
    if dyad:
        a, b = parse_dyad(dyad)
        flt = EventFilter.from_params({k: v for k, v in request.query_params.items() if k != "dyad"})
        try:
            window = int(request.query_params.get("window") or 14)
        except ValueError:
            raise InputError(f"parameter window={request.query_params.get('window')!r}", "not a whole number") from None
        links, note = bridge.call_cached(web.store, "link_responses", a, b, window_days=window,
                                         **flt.analysis_kwargs(web.store))
        if links is None:
            raise InputError(f"pair {trigger}/{response}", note or "the pairs cannot be computed")
        match = links[(links["trigger_act_id"] == trigger) & (links["response_act_id"] == response)]
        pair = bridge.to_jsonable(match.head(1))[0] if len(match) else None
        if pair is None:
            raise HTTPException(404, f"No linked pair {trigger} → {response} in the dyad {a}-{b} "
                                     "(with these filters). Open the dyad page and pick a pair there.")
        t_ids, r_ids = list(pair.get("trigger_event_ids") or []), list(pair.get("response_event_ids") or [])
    else:
        t_ids, r_ids = [trigger], [response]
    found = {e["event_id"]: e for e in queries.events_by_ids(web.store, t_ids + r_ids)}
    t_events = [found[i] for i in t_ids if i in found]
    r_events = [found[i] for i in r_ids if i in found]
    if not t_events or not r_events:
        missing = trigger if not t_events else response
        raise HTTPException(404, f"No events for {missing!r}. Pass ?dyad=AAA-BBB for act ids from a dyad page.")
    return {"dyad": dyad, "trigger_act_id": trigger, "response_act_id": response, "pair": pair,
            "trigger_events": t_events, "response_events": r_events}


def register(app: FastAPI, web: Web) -> None:
    """Add ``/dyad/{dyad}``, ``/pair/{trigger}/{response}`` and their JSON twins."""

    @get(app, "/dyad/{dyad}.json", "/api/dyad/{dyad}", "/dyad/{dyad}")
    def dyad_page(request: Request, dyad: str) -> Response:
        return web.respond(request, "dyad.html", dyad_data(web, request, dyad), as_json=wants_json(request))

    @get(app, "/pair/{trigger}/{response}.json", "/pair/{trigger}/{response}")
    def pair_page(request: Request, trigger: str, response: str) -> Response:
        return web.respond(request, "pair.html", pair_data(web, request, trigger, response),
                           as_json=wants_json(request))
