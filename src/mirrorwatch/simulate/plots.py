"""Vega-Lite specs (built with altair) for the what-if simulation, for the report and the dashboard.

* :func:`simulation_chart_spec` — the observed weekly net intensity of the dyad, then the
  simulated expected path with its 10–90 % band (baseline, and the swap when there is one).
* :func:`fourvector_chart_spec` — each side's four-vector with its interval beside the named
  strategies' four-vectors (grey lines).

Both return plain dicts (``chart.to_dict()``): the dashboard embeds them with vega-embed, the report
renders them offline with vl-convert. Only dates, country codes, strategy names and numbers enter
the charts — no article text — and Vega renders labels as text, never as HTML.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["fourvector_chart_spec", "simulation_chart_spec"]

WIDTH = 680
STATES = ("CC", "CD", "DC", "DD")


def simulation_chart_spec(result: dict[str, Any], *, history_weeks: int = 52) -> dict[str, Any]:
    """Observed history beside the simulated paths with bands.

    Args:
        result: a :func:`mirrorwatch.simulate.simulate` result.
        history_weeks: observed weeks shown before the simulation starts.

    Returns:
        A Vega-Lite spec (dict). Colour: ``observed``, ``baseline`` and, with a swap, ``swap: SIDE=…``.
    """
    import altair as alt

    hist = pd.DataFrame(result.get("history") or [])
    rows_obs = [] if hist.empty else [
        {"period": r["period"], "series": "observed", "net": r["net"]}
        for r in hist.tail(history_weeks).to_dict("records")
    ]
    sim_rows = []
    scenarios = [("baseline", result["baseline"])]
    if result.get("swap"):
        scenarios.append((f"swap: {result['params']['swap']}", result["swap"]))
    for name, sc in scenarios:
        # the band starts at the last observed week so that it joins the observed line
        if rows_obs:
            last = rows_obs[-1]
            sim_rows.append({"period": last["period"], "series": name, "net": last["net"],
                             "lo": last["net"], "hi": last["net"]})
        for p in sc["path"]:
            sim_rows.append({"period": p["period"], "series": name, "net": p["net_mean"],
                             "lo": p["net_p10"], "hi": p["net_p90"]})
    order = ["observed"] + [n for n, _ in scenarios]
    colours = ["#555555", "#1f77b4", "#d62728"][: len(order)]
    colour = alt.Color("series:N", title=None, scale=alt.Scale(domain=order, range=colours),
                       legend=alt.Legend(orient="bottom"))
    x = alt.X("period:T", title=None)
    y_title = "net intensity per week (both sides, Goldstein sum)"
    layers = []
    if sim_rows:
        sim = pd.DataFrame(sim_rows)
        layers.append(alt.Chart(sim).mark_area(opacity=0.18).encode(
            x=x, y=alt.Y("lo:Q", title=y_title), y2="hi:Q", color=colour,
            tooltip=["series:N", alt.Tooltip("period:T"), alt.Tooltip("lo:Q", title="p10"),
                     alt.Tooltip("hi:Q", title="p90")]))
        layers.append(alt.Chart(sim).mark_line(strokeDash=[4, 2]).encode(
            x=x, y=alt.Y("net:Q", title=y_title), color=colour,
            tooltip=["series:N", alt.Tooltip("period:T"), alt.Tooltip("net:Q", title="mean", format=".2f")]))
    if rows_obs:
        layers.append(alt.Chart(pd.DataFrame(rows_obs)).mark_line(interpolate="step-after").encode(
            x=x, y=alt.Y("net:Q", title=y_title), color=colour,
            tooltip=[alt.Tooltip("period:T"), alt.Tooltip("net:Q", title="observed")]))
        start = pd.DataFrame({"period": [rows_obs[-1]["period"]]})
        layers.append(alt.Chart(start).mark_rule(color="#999999", strokeDash=[2, 2]).encode(x=x))
    a, b = result["dyad"]
    esc = result["baseline"]["escalation"]
    title = alt.TitleParams(
        f"{a}–{b}: observed and simulated net intensity ({result['params']['runs']} runs, 10–90 % band)",
        subtitle=f"escalation episode within {result['params']['weeks']} weeks: "
                 f"{100 * esc['probability']:.0f} % (baseline)"
                 + (f", {100 * result['swap']['escalation']['probability']:.0f} % (swap)" if result.get("swap") else ""),
        anchor="start")
    chart = alt.layer(*layers).properties(width=WIDTH, height=220, title=title)
    return chart.to_dict()


def _sides(fingerprint: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Side → {four_vector, ci} from a strategy fingerprint or a simulation result."""
    if "fit" in fingerprint and "sides" in fingerprint["fit"]:
        return {c: {"four_vector": s["four_vector"], "ci": s["four_vector_ci"]}
                for c, s in fingerprint["fit"]["sides"].items()}
    return {k: v for k, v in fingerprint.items()
            if isinstance(v, dict) and "four_vector" in v}


def fourvector_chart_spec(fingerprint: dict[str, Any], *, named: dict[str, list[float | None]] | None = None
                          ) -> dict[str, Any]:
    """Each side's four-vector with its 95 % interval beside the named strategies.

    Args:
        fingerprint: a :func:`mirrorwatch.analysis.strategy_fingerprint` result (or a simulation
            result, whose ``fit`` carries the same four-vectors).
        named: named strategies' four-vectors (default: the fingerprint's ``named``, else the ones
            the analysis ships).

    Returns:
        A Vega-Lite spec (dict): x = state, y = p(C | state); named strategies as grey lines.
    """
    import altair as alt

    if named is None:
        named = fingerprint.get("named")
    if named is None:
        from ..analysis.strategy import named_four_vectors

        named = named_four_vectors()
    rows = []
    for side, s in _sides(fingerprint).items():
        for st, p, ci in zip(STATES, s["four_vector"], s.get("ci") or [None] * 4, strict=True):
            if p is not None:
                rows.append({"side": side, "state": st, "p": p,
                             "lo": ci[0] if ci else p, "hi": ci[1] if ci else p})
    ref = [{"strategy": n, "state": st, "p": p}
           for n, vec in named.items() for st, p in zip(STATES, vec, strict=True) if p is not None]
    # one label per end point: strategies ending at the same value share it ("bully / grudger")
    ends: dict[tuple[str, float], list[str]] = {}
    for n, vec in named.items():
        known = [(st, p) for st, p in zip(STATES, vec, strict=True) if p is not None]
        if known:
            ends.setdefault(known[-1], []).append(n)
    labels = [{"state": st, "p": p, "strategy": " / ".join(ns)} for (st, p), ns in ends.items()]
    x = alt.X("state:N", sort=list(STATES), title="previous week (own move, other's move)",
              axis=alt.Axis(labelAngle=0))
    y = alt.Y("p:Q", scale=alt.Scale(domain=[0, 1]), title="p(cooperate next week)")
    layers = [
        alt.Chart(pd.DataFrame(ref)).mark_line(color="#bbbbbb", point=alt.OverlayMarkDef(color="#bbbbbb", size=20))
        .encode(x=x, y=y, detail="strategy:N", tooltip=["strategy:N", "state:N", "p:Q"]),
        alt.Chart(pd.DataFrame(labels)).mark_text(
            align="left", dx=6, color="#888888", fontSize=10).encode(x=x, y=y, text="strategy:N"),
    ]
    if rows:
        df = pd.DataFrame(rows)
        layers.append(alt.Chart(df).mark_errorbar(thickness=2).encode(
            x=x, xOffset="side:N", y=alt.Y("lo:Q", title="p(cooperate next week)"), y2="hi:Q",
            color=alt.Color("side:N", title="side")))
        layers.append(alt.Chart(df).mark_point(filled=True, size=70).encode(
            x=x, xOffset="side:N", y=y, color=alt.Color("side:N", title="side"),
            tooltip=["side:N", "state:N", alt.Tooltip("p:Q", format=".2f"), alt.Tooltip("lo:Q", format=".2f"),
                     alt.Tooltip("hi:Q", format=".2f")]))
    chart = alt.layer(*layers).properties(
        width=WIDTH // 2, height=220,
        title=alt.TitleParams("Four-vectors beside named strategies",
                              subtitle="points: each side with its 95 % bootstrap interval; grey: named strategies",
                              anchor="start"))
    return chart.to_dict()
