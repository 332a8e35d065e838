"""The figures of the dyad report as Vega-Lite (altair) charts, rendered offline with vl-convert.

Each function takes the dict of :func:`mirrorwatch.analysis.dyad_report` and returns an altair
chart, or ``None`` when there is nothing to draw. No article text ever enters a chart (only
dates, PLOVER types, country codes and numbers), and vl-convert escapes the labels it writes,
so the SVG can be inlined into the report as it is.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

__all__ = ["FIGURES", "build_charts", "render_svg"]

#: Fixed colours per PLOVER type: cooperative types in blues/greens, conflictual in reds/browns.
PLOVER_COLOURS: dict[str, str] = {
    "AGREE": "#1f77b4", "CONSULT": "#6baed6", "SUPPORT": "#17becf", "CONCEDE": "#9edae5",
    "COOPERATE": "#2ca02c", "AID": "#98df8a", "RETREAT": "#bcbd22", "REQUEST": "#dbdb8d",
    "ACCUSE": "#ff9896", "REJECT": "#f7b6d2", "THREATEN": "#e377c2", "PROTEST": "#c49c94",
    "SANCTION": "#ff7f0e", "MOBILIZE": "#8c564b", "COERCE": "#d62728", "ASSAULT": "#7f0000",
}
WIDTH = 760


def _scale(values: list[str]):  # -> alt.Scale
    import altair as alt

    domain = [p for p in PLOVER_COLOURS if p in set(values)] + sorted(set(values) - set(PLOVER_COLOURS))
    return alt.Scale(domain=domain, range=[PLOVER_COLOURS.get(p, "#999999") for p in domain])


def timeline(rep: dict[str, Any]):
    """Mirror timeline: A→B acts above the axis, B→A below, bar height = |intensity|, colour = type."""
    import altair as alt

    acts = pd.DataFrame(rep["acts"])
    if acts.empty:
        return None
    a, b = rep["meta"]["a"], rep["meta"]["b"]
    sign = acts["direction"].map({f"{a}>{b}": 1.0, f"{b}>{a}": -1.0})
    acts["height"] = sign * acts["intensity"].abs().clip(lower=0.5)
    acts["date"] = pd.to_datetime(acts["date"])
    bars = alt.Chart(acts).mark_bar(size=3).encode(
        x=alt.X("date:T", title=None),
        y=alt.Y("height:Q", title=f"↑ {a}→{b}   |intensity|   {b}→{a} ↓"),
        color=alt.Color("plover:N", scale=_scale(list(acts["plover"])), title="PLOVER type"),
    )
    axis = alt.Chart(pd.DataFrame({"y": [0]})).mark_rule(color="black").encode(y="y:Q")
    return (bars + axis).properties(width=WIDTH, height=260, title="Mirror timeline (acts)")


def net_series(rep: dict[str, Any]):
    """Net intensity per period and direction."""
    import altair as alt

    s = pd.DataFrame(rep["series"])
    if s.empty:
        return None
    s["period"] = pd.to_datetime(s["period"])
    return alt.Chart(s).mark_line(interpolate="step-after").encode(
        x=alt.X("period:T", title=None), y=alt.Y("intensity_sum:Q", title="net intensity"),
        color=alt.Color("direction:N", title="direction"),
    ).properties(width=WIDTH, height=180, title=f"Net intensity per period ({rep['meta']['freq']})")


def lags(rep: dict[str, Any]):
    """Lag distribution and proportionality of linked answers, per direction of the trigger."""
    import altair as alt

    df = pd.DataFrame(rep["lags"])
    if df.empty:
        return None
    hist = alt.Chart(df).mark_bar().encode(
        x=alt.X("lag_days:O", title="lag (days)"), y=alt.Y("count():Q", title="answers"),
        color=alt.Color("label:N", title="label"), column=alt.Column("direction:N", title="trigger"),
    ).properties(width=WIDTH // 2 - 60, height=160, title="Answer lags")
    prop = df.dropna(subset=["proportionality"])
    if prop.empty:
        return hist
    strip = alt.Chart(prop).mark_tick().encode(
        x=alt.X("proportionality:Q", title="|response| / |trigger| intensity", scale=alt.Scale(type="symlog")),
        y=alt.Y("direction:N", title=None), color=alt.Color("label:N", title="label"),
    ).properties(width=WIDTH, height=80, title="Proportionality")
    return alt.vconcat(hist, strip)


def escalation(rep: dict[str, Any]):
    """Escalation index per period with the episodes shaded."""
    import altair as alt

    esc = rep["escalation"]
    s = pd.DataFrame(esc["series"])
    if s.empty:
        return None
    s["period"] = pd.to_datetime(s["period"])
    line = alt.Chart(s).mark_line().encode(x=alt.X("period:T", title=None),
                                           y=alt.Y("index:Q", title="escalation index"))
    layers = [line]
    if esc["episodes"]:
        ep = pd.DataFrame(esc["episodes"])
        ep["start"], ep["end"] = pd.to_datetime(ep["start"]), pd.to_datetime(ep["end"])
        layers.insert(0, alt.Chart(ep).mark_rect(opacity=0.2, color="#d62728").encode(x="start:T", x2="end:T"))
    return alt.layer(*layers).properties(width=WIDTH, height=180, title="Escalation index and episodes")


def fingerprint(rep: dict[str, Any]):
    """Four-vectors of both sides with their bootstrap intervals."""
    import altair as alt

    st = rep["strategy"]
    rows = []
    for side in (rep["meta"]["a"], rep["meta"]["b"]):
        for state, p, ci in zip(st["params"]["states"], st[side]["four_vector"], st[side]["ci"], strict=True):
            if p is not None:
                rows.append({"side": side, "state": f"p(C|{state})", "p": p,
                             "lo": ci[0] if ci else p, "hi": ci[1] if ci else p})
    if not rows:
        return None
    df = pd.DataFrame(rows)
    base = alt.Chart(df).encode(x=alt.X("state:N", title=None), xOffset="side:N")
    bars = base.mark_bar().encode(y=alt.Y("p:Q", scale=alt.Scale(domain=[0, 1]), title="probability"),
                                  color=alt.Color("side:N", title="side"))
    err = base.mark_errorbar().encode(y="lo:Q", y2="hi:Q")
    return (bars + err).properties(width=WIDTH // 2, height=180, title="Strategy fingerprint (memory-one)")


def irf(rep: dict[str, Any]):
    """Impulse responses of the VAR (with symmetric records)."""
    import altair as alt

    v = rep["var"].get("with_symmetric", {})
    if "irf" not in v:
        return None
    rows = [{"answer": k, "step": i, "response": val}
            for k, vals in v["irf"]["responses"].items() for i, val in enumerate(vals)]
    return alt.Chart(pd.DataFrame(rows)).mark_line(point=True).encode(
        x=alt.X("step:Q", title=f"periods after a unit shock ({rep['meta']['freq']})"),
        y=alt.Y("response:Q", title="response"), color=alt.Color("answer:N", title=None),
    ).properties(width=WIDTH // 2, height=180, title="VAR impulse responses")


#: Figure name → builder, in report order.
FIGURES = {"timeline": timeline, "net_series": net_series, "lags": lags, "escalation": escalation,
           "fingerprint": fingerprint, "irf": irf}

_XMLNS = re.compile(r'\s+xmlns(?::xlink)?="[^"]*"')


def render_svg(chart: Any, *, inline: bool = True) -> str:
    """SVG text of a chart (vl-convert, offline). ``inline`` drops the XML namespace attributes,
    which HTML5 does not need, so the report contains no URL at all besides article links."""
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(chart.to_dict())
    return _XMLNS.sub("", svg, count=2) if inline else svg


def build_charts(rep: dict[str, Any]) -> dict[str, Any]:
    """The charts that have data, by figure name."""
    out = {}
    for name, fn in FIGURES.items():
        chart = fn(rep)
        if chart is not None:
            out[name] = chart
    return out
