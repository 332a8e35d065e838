"""The overview ``/``: every dyad ranked by escalation and mirror index, with sparklines and this week's change.

Part of the web stage. JSON twin: ``/index.json`` (also ``/api/overview``). The rows come from
:func:`mirrorwatch.analysis.dyads_overview` (escalation index, mirror index of each side, this week
against the dyad's own baseline, weekly sparkline; definitions in ``docs/analysis.md``). Should the
analysis be unavailable, plain counts from :func:`mirrorwatch.web.queries.dyad_counts` still list
every dyad, without the reciprocity figures.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response

from ...errors import InputError
from ...records import CODED_DATASET
from .. import bridge, queries
from ..app import Web, wants_json
from ..filters import EventFilter
from . import get

__all__ = ["overview_data", "register"]

#: Ranking options: URL value -> row key (all descending; missing values last).
RANKINGS: dict[str, str] = {
    "escalation": "escalation",
    "mirror": "mirror_index",
    "change": "change",
    "events": "n",
}
_FILTER_KEYS = ("country", "since", "until", "dataset")


def _from_analysis(web: Web, flt: EventFilter, datasets: list[str]) -> tuple[list[dict[str, Any]] | None, str | None]:
    """Rows from :func:`mirrorwatch.analysis.dyads_overview` in the page's shape, or a note why not."""
    kw = flt.analysis_kwargs()
    if flt.dataset == "imported":
        # "-" matches no dataset: an imported-only filter over a store without imports shows nothing
        kw["datasets"] = [d for d in datasets if d != CODED_DATASET] or ["-"]
    result, note = bridge.call_cached(web.store, "dyads_overview", min_events=1, **kw)
    if result is None:
        return None, note
    rows = []
    for r in bridge.to_jsonable(result):
        if flt.actor and flt.actor not in (r["a"], r["b"]):
            continue
        now, change = r.get("events_now") or 0, r.get("change")
        mirrors = [m for m in (r.get("mirror_a"), r.get("mirror_b")) if m is not None]
        rows.append({
            "dyad": f"{r['a']}-{r['b']}", "a": r["a"], "b": r["b"],
            "n": (r.get("events_ab") or 0) + (r.get("events_ba") or 0),
            "n_ab": r.get("events_ab"), "n_ba": r.get("events_ba"),
            "first": (r.get("first_date") or "")[:10] or None, "last": (r.get("last_date") or "")[:10] or None,
            "week": (r.get("week") or "")[:10] or None, "sparkline": r.get("sparkline") or [],
            "this_week": now, "baseline_week": None if change is None else round(now - change, 2),
            "change": change, "change_z": r.get("change_z"), "escalation": r.get("escalation"),
            "conflict_now": r.get("conflict_now"), "mirror_a": r.get("mirror_a"), "mirror_b": r.get("mirror_b"),
            "mirror_index": max(mirrors) if mirrors else None, "analysis": r,
        })
    return rows, None


def _from_counts(web: Web, flt: EventFilter) -> list[dict[str, Any]]:
    """The same rows from plain counts (no escalation or mirror figures) when the analysis is missing."""
    counts = queries.dyad_counts(web.store, flt, weeks=12, baseline_weeks=8)
    return [{**d, "week": counts["reference_date"], "change_z": None, "escalation": None, "conflict_now": None,
             "mirror_a": None, "mirror_b": None, "mirror_index": None} for d in counts["dyads"]]


def overview_data(web: Web, request: Request) -> dict[str, Any]:
    """Everything the overview shows (the JSON twin)."""
    p = request.query_params
    unknown = [k for k in p if k not in (*_FILTER_KEYS, "rank", "actor")]
    if unknown:
        raise InputError(f"parameter {unknown[0]}", "the overview filters by " + ", ".join(_FILTER_KEYS) + " and rank")
    flt = EventFilter.from_params({k: p.get(k) for k in p})
    rank = (p.get("rank") or "escalation").strip()
    if rank not in RANKINGS:
        raise InputError(f"parameter rank={rank!r}", "rank by one of " + ", ".join(RANKINGS))
    summary = queries.store_summary(web.store)
    rows, note = _from_analysis(web, flt, summary["datasets"])
    if rows is None:
        rows = _from_counts(web, flt)
        note = f"{note} Showing counts only (no escalation or mirror figures)."
    column = RANKINGS[rank]

    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        v = r.get(column)
        return (v is None, -(v or 0.0), -r["n"], r["dyad"])

    rows.sort(key=key)
    filters = {k: v for k, v in flt.to_params().items() if k in ("since", "until", "dataset")}
    if flt.actor:
        filters["country"] = flt.actor
    week = next((r["week"] for r in rows if r.get("week")), None)
    return {"summary": summary, "filters": filters, "rank": rank, "rankings": list(RANKINGS), "week": week,
            "dyads": rows, "analysis_note": note}


def register(app: FastAPI, web: Web) -> None:
    """Add ``/`` and its JSON twins."""

    @get(app, "/index.json", "/api/overview", "/")
    def overview(request: Request) -> Response:
        return web.respond(request, "overview.html", overview_data(web, request), as_json=wants_json(request))
