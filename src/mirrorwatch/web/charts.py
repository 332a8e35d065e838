"""Vega-Lite specs (built with altair) for the dyad page: the mirror timeline and the VAR impulse responses.

Part of the web stage. The specs are embedded in the page as inline JSON data and drawn in the
browser by the Vega bundle the app serves itself (``/static/vl.js``), so nothing is fetched from a
CDN. altair is imported inside the functions: it costs a few hundred milliseconds, which the
server start-up should not pay.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..ontology import PLOVER_TYPES

__all__ = ["PLOVER_COLOURS", "irf_spec", "timeline_spec"]

#: One colour per PLOVER type: greens/blues for cooperation, yellows to dark red for conflict, in
#: the ontology's order, so that the colour says which side of the scale a bar is on.
PLOVER_COLOURS: dict[str, str] = dict(zip(PLOVER_TYPES, (
    "#1b7837", "#5aae61", "#a6dba0", "#2166ac", "#4393c3", "#92c5de", "#8073ac", "#b2abd2",
    "#fee08b", "#fdae61", "#f46d43", "#e08214", "#d73027", "#b35806", "#a50026", "#67001f",
), strict=True))


def timeline_spec(rows: Sequence[dict[str, Any]], a: str, b: str, *, freq: str = "W") -> dict[str, Any]:
    """The mirror timeline: acts A→B as bars above the axis, B→A below, stacked by PLOVER type.

    Args:
        rows: ``{"period", "direction" ("a->b" or "b->a"), "plover", "n"}`` records.
        a: the country drawn above the axis. b: the one drawn below.
        freq: ``"W"`` or ``"D"`` (only changes the axis title and tooltip format).
    """
    import altair as alt
    import pandas as pd

    step = pd.Timedelta(days=7 if freq == "W" else 1)
    data = pd.DataFrame([
        {"period": str(r["period"])[:10], "end": (pd.Timestamp(str(r["period"])[:10]) + step).date().isoformat(),
         "plover": r["plover"], "n": r["n"],
         "signed": r["n"] if r["direction"] == "a->b" else -r["n"],
         "direction": f"{a} → {b}" if r["direction"] == "a->b" else f"{b} → {a}"}
        for r in rows if r.get("n")
    ], columns=["period", "end", "plover", "n", "signed", "direction"])
    unit = "week" if freq == "W" else "day"
    # The rows go into the spec's top-level "datasets" after altair has built it: altair would
    # validate every row against the JSON schema (a second per 5,000 rows) and refuses DataFrames
    # over 5,000 rows; three years of weeks × 16 types × 2 directions exceed that.
    chart = alt.Chart(alt.NamedData(name="timeline")).mark_bar().encode(
        # Bars span their whole period (x to x2), so weeks read as weeks, not as hairlines.
        x=alt.X("period:T", title=f"{unit} ({a} → {b} above the axis, {b} → {a} below)"),
        x2="end:T",
        y=alt.Y("sum(signed):Q", title="acts", stack="zero"),
        color=alt.Color("plover:N", title="PLOVER type",
                        scale=alt.Scale(domain=list(PLOVER_COLOURS), range=list(PLOVER_COLOURS.values())),
                        sort=list(PLOVER_TYPES)),
        tooltip=[alt.Tooltip("period:T", title=unit), alt.Tooltip("direction:N"), alt.Tooltip("plover:N"),
                 alt.Tooltip("n:Q", title="acts")],
    ).properties(width="container", height=280, title=f"Mirror timeline {a} ↔ {b}")
    rule = alt.Chart(alt.InlineData(values=[{"y": 0}])).mark_rule(color="#333").encode(y="y:Q")
    spec = (chart + rule).to_dict()
    spec.setdefault("datasets", {})["timeline"] = data.to_dict(orient="records")
    return spec


def irf_spec(rows: Sequence[dict[str, Any]], *, title: str = "Impulse responses") -> dict[str, Any]:
    """Impulse-response lines: ``{"step", "response" (label), "value", optional "lower"/"upper"}`` records."""
    import altair as alt
    import pandas as pd

    data = pd.DataFrame(list(rows))
    base = alt.Chart(alt.NamedData(name="irf")).encode(x=alt.X("step:Q", title="weeks after the impulse"),
                                  color=alt.Color("response:N", title="impulse → response"))
    layers = [base.mark_line(point=True).encode(
        y=alt.Y("value:Q", title="response"),
        tooltip=["response:N", "step:Q", alt.Tooltip("value:Q", format=".3f")])]
    if {"lower", "upper"} <= set(data.columns):
        layers.insert(0, base.mark_area(opacity=0.15).encode(y="lower:Q", y2="upper:Q"))
    zero = alt.Chart(alt.InlineData(values=[{"y": 0}])).mark_rule(color="#333").encode(y="y:Q")
    spec = alt.layer(*layers, zero).properties(width="container", height=240, title=title).to_dict()
    spec.setdefault("datasets", {})["irf"] = data.to_dict(orient="records")  # as in timeline_spec
    return spec
