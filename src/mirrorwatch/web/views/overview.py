"""The overview ``/``: every dyad ranked by escalation and mirror index, with sparklines and this week's change.

Part of the web stage. JSON twin: ``/index.json`` (also ``/api/overview``). The reciprocity
columns (escalation, mirror index, ...) come from :func:`mirrorwatch.analysis.dyads_overview`; the
counts, the weekly sparkline and "this week against the dyad's own baseline" are plain counts of
the store (:func:`mirrorwatch.web.queries.dyad_counts`), so the overview still lists every dyad
when the analysis has too little data for its statistics.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response

from ...errors import InputError
from .. import bridge, queries
from ..app import Web, wants_json
from ..filters import EventFilter
from . import get

__all__ = ["overview_data", "register"]

#: Ranking options: URL value -> (column, descending).
RANKINGS: dict[str, tuple[str, bool]] = {
    "escalation": ("escalation_score", True),
    "mirror": ("mirror_index", True),
    "change": ("change", True),
    "events": ("n", True),
}
_FILTER_KEYS = ("country", "since", "until", "dataset")


def _analysis_rows(web: Web, flt: EventFilter, datasets: list[str]) -> tuple[dict[str, dict[str, Any]], str | None]:
    """The analysis' per-dyad figures keyed by ``"AAA-BBB"`` (codes sorted), or a note why not."""
    kw = flt.analysis_kwargs()
    if flt.dataset == "imported":
        kw["datasets"] = [d for d in datasets if d != "mirrorwatch"] or ["-"]
    kw.pop("include_flagged", None)
    if flt.actor:
        kw["countries"] = [flt.actor]
    result, note = bridge.call("dyads_overview", web.store, min_events=1, **kw)
    if result is None:
        return {}, note
    out: dict[str, dict[str, Any]] = {}
    for row in bridge.to_jsonable(result):
        a, b = row.get("a"), row.get("b")
        if (not a or not b) and isinstance(row.get("dyad"), str):
            parts = row["dyad"].replace(">", "-").split("-")
            a, b = [*parts, None, None][:2]
        if a and b:
            out["-".join(sorted((a, b)))] = row
    return out, None


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
    counts = queries.dyad_counts(web.store, flt)
    figures, note = _analysis_rows(web, flt, summary["datasets"])
    rows = []
    for d in counts["dyads"]:
        extra = figures.get(d["dyad"], {})
        rows.append({**d, "analysis": extra,
                     "escalation_score": _first(extra, "escalation_score", "escalation", "escalation_index"),
                     "mirror_index": _first(extra, "mirror_index", "mirror_rate", "reciprocity")})
    column, desc = RANKINGS[rank]

    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        v = r.get(column)
        missing = v is None
        v = 0.0 if missing else float(v)
        return (missing, -v if desc else v, -r["n"], r["dyad"])

    rows.sort(key=key)
    filters = {k: v for k, v in flt.to_params().items() if k in ("since", "until", "dataset")}
    if flt.actor:
        filters["country"] = flt.actor
    return {
        "summary": summary, "filters": filters, "rank": rank, "rankings": list(RANKINGS),
        "reference_date": counts["reference_date"], "weeks": counts.get("weeks"),
        "baseline_weeks": counts.get("baseline_weeks"), "dyads": rows, "analysis_note": note,
    }


def _first(row: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        v = row.get(k)
        if isinstance(v, int | float) and not isinstance(v, bool):
            return v
    return None


def register(app: FastAPI, web: Web) -> None:
    """Add ``/`` and its JSON twins."""

    @get(app, "/index.json", "/api/overview", "/")
    def overview(request: Request) -> Response:
        return web.respond(request, "overview.html", overview_data(web, request), as_json=wants_json(request))
