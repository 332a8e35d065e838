"""All dyads at a glance: volume both ways, escalation now, mirror index both ways, a sparkline.

The dashboard's front page and ``mirrorwatch dyads``. It must stay fast on millions of events, so
everything is aggregated in one DuckDB query (no Python loop over dyads or events); the price is a
quicker version of the per-dyad statistics:

* acts are approximated by distinct (source, target, PLOVER type, day) — a day-level
  consolidation;
* ``mirror_a`` is how A answers B in kind: the share of B's acts toward A followed by an A act of
  the same type 1 … ``window_days`` days later (``mirror_rate_a``), against the chance level
  1 − (1 − λ)^window, where λ is the share of days on which A did that type toward B
  (``mirror_chance_a``; the analytic form of the circular-shift chance for a side acting
  independently on each day), combined into the mirror index max(0, (m − m0) / (1 − m0));
* the escalation index uses the definition of :mod:`.escalation` on weekly conflict load,
  for the last week in the selection against the ``window`` weeks before it;
* ``change`` is the last week's event count minus the mean weekly count of the baseline weeks,
  ``change_z`` the same in baseline standard deviations (floored at 1).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["OVERVIEW_COLUMNS", "dyads_overview"]

OVERVIEW_COLUMNS = [
    "a", "b", "events_ab", "events_ba", "first_date", "last_date", "week", "conflict_now", "escalation",
    "events_now", "change", "change_z", "mirror_a", "mirror_rate_a", "mirror_chance_a", "mirror_b",
    "mirror_rate_b", "mirror_chance_b", "sparkline",
]

_SQL = """
WITH ev AS (
    SELECT e.source_country AS s, e.target_country AS t, e.plover, e.date,
           coalesce(e.intensity, e.dataset_goldstein, pi.intensity, 0) AS x
    FROM all_events e LEFT JOIN _mw_pi pi ON pi.plover = e.plover
    WHERE {where}
),
dy AS (
    SELECT least(s, t) AS a, greatest(s, t) AS b,
           count(*) FILTER (WHERE s < t) AS events_ab, count(*) FILTER (WHERE s > t) AS events_ba,
           min(date) AS first_date, max(date) AS last_date
    FROM ev GROUP BY 1, 2 HAVING count(*) >= $min_events
),
nw AS (SELECT CAST(date_trunc('week', coalesce(CAST($until AS DATE), max(date))) AS DATE) AS wk FROM ev),
weeks AS (
    SELECT CAST(unnest(generate_series(nw.wk - to_weeks($k - 1), nw.wk, INTERVAL 1 WEEK)) AS DATE) AS wk FROM nw
),
wkagg AS (
    SELECT least(s, t) AS a, greatest(s, t) AS b, CAST(date_trunc('week', date) AS DATE) AS wk,
           count(*) AS n, sum(CASE WHEN x < 0 THEN -x ELSE 0 END) AS c
    FROM ev, nw WHERE date >= nw.wk - to_weeks($k - 1) GROUP BY ALL
),
grid AS (
    SELECT dy.a, dy.b, weeks.wk, coalesce(w.n, 0) AS n, coalesce(w.c, 0) AS c
    FROM dy CROSS JOIN weeks LEFT JOIN wkagg w ON w.a = dy.a AND w.b = dy.b AND w.wk = weeks.wk
),
esc AS (
    SELECT g.a, g.b, any_value(nw.wk) AS week,
           list(g.n ORDER BY g.wk) FILTER (WHERE g.wk > nw.wk - to_weeks($spark)) AS sparkline,
           avg(g.c) FILTER (WHERE g.wk < nw.wk AND g.wk >= nw.wk - to_weeks($window)) AS c_mean,
           stddev_pop(g.c) FILTER (WHERE g.wk < nw.wk AND g.wk >= nw.wk - to_weeks($window)) AS c_sd,
           max(g.c) FILTER (WHERE g.wk = nw.wk) AS c_now,
           avg(g.n) FILTER (WHERE g.wk < nw.wk AND g.wk >= nw.wk - to_weeks($window)) AS n_mean,
           stddev_pop(g.n) FILTER (WHERE g.wk < nw.wk AND g.wk >= nw.wk - to_weeks($window)) AS n_sd,
           max(g.n) FILTER (WHERE g.wk = nw.wk) AS n_now
    FROM grid g, nw GROUP BY g.a, g.b
),
da AS (
    SELECT DISTINCT ev.s, ev.t, ev.plover, ev.date
    FROM ev JOIN dy ON dy.a = least(ev.s, ev.t) AND dy.b = greatest(ev.s, ev.t)
),
lam AS (SELECT s, t, plover, count(*) AS days FROM da GROUP BY ALL),
hit AS (
    SELECT tr.s, tr.t, tr.plover, tr.date, count(r.date) > 0 AS mirrored
    FROM da tr LEFT JOIN da r
      ON r.s = tr.t AND r.t = tr.s AND r.plover = tr.plover
     AND r.date > tr.date AND r.date <= tr.date + CAST($mirror_window AS INTEGER)
    GROUP BY ALL
),
ch AS (
    SELECT h.s, h.t, avg(CAST(h.mirrored AS DOUBLE)) AS m,
           avg(1 - pow(1 - least(coalesce(l.days, 0) /
                   CAST(date_diff('day', dy.first_date, dy.last_date) + 1 AS DOUBLE), 1.0), $mirror_window)) AS m0
    FROM hit h
    JOIN dy ON dy.a = least(h.s, h.t) AND dy.b = greatest(h.s, h.t)
    LEFT JOIN lam l ON l.s = h.t AND l.t = h.s AND l.plover = h.plover
    GROUP BY h.s, h.t
)
SELECT dy.a, dy.b, dy.events_ab, dy.events_ba, dy.first_date, dy.last_date, esc.week,
       esc.c_now AS conflict_now,
       (esc.c_now - esc.c_mean) / greatest(coalesce(esc.c_sd, 0), 1) AS escalation,
       esc.n_now AS events_now,
       esc.n_now - esc.n_mean AS change,
       (esc.n_now - esc.n_mean) / greatest(coalesce(esc.n_sd, 0), 1) AS change_z,
       -- A answers B: triggers are B's acts toward A (ch row s = b, t = a)
       CASE WHEN cba.m0 >= 1 THEN 0 ELSE greatest(0, (cba.m - cba.m0) / (1 - cba.m0)) END AS mirror_a,
       cba.m AS mirror_rate_a, cba.m0 AS mirror_chance_a,
       CASE WHEN cab.m0 >= 1 THEN 0 ELSE greatest(0, (cab.m - cab.m0) / (1 - cab.m0)) END AS mirror_b,
       cab.m AS mirror_rate_b, cab.m0 AS mirror_chance_b,
       esc.sparkline
FROM dy
JOIN esc ON esc.a = dy.a AND esc.b = dy.b
LEFT JOIN ch cab ON cab.s = dy.a AND cab.t = dy.b
LEFT JOIN ch cba ON cba.s = dy.b AND cba.t = dy.a
ORDER BY escalation DESC NULLS LAST, greatest(coalesce(mirror_a, 0), coalesce(mirror_b, 0)) DESC, dy.a, dy.b
"""


def dyads_overview(
    store: Any,
    *,
    since: Any = None,
    until: Any = None,
    datasets: list[str] | None = None,
    min_events: int = 5,
    countries: list[str] | None = None,
    window: int = 8,
    window_days: int = 14,
    sparkline_weeks: int = 12,
    include_symmetric: bool = True,
    include_flagged: bool = False,
) -> pd.DataFrame:
    """Every state dyad (unordered pair) ranked by escalation now, then by mirror index.

    Args:
        store: the event store.
        since, until: date range (``until`` also fixes "this week"; default the last event's week).
        datasets: dataset filter. min_events: leave out dyads with fewer events (both ways).
        countries: keep only dyads between these countries.
        window: baseline weeks of the escalation index and the change. window_days: mirror window.
        sparkline_weeks: length of the weekly sparkline.
        include_symmetric, include_flagged: as in :func:`load_events`.

    Returns:
        One row per dyad with ``a`` < ``b`` alphabetically; columns :data:`OVERVIEW_COLUMNS`
        (``events_ab`` = events A→B; ``mirror_a`` = how A answers B in kind, as a mirror index;
        ``sparkline`` = list of weekly event counts, both ways, oldest first). See the module
        docstring for the definitions.
    """
    from .series import plover_intensity, where_clause

    where, params = where_clause(None, None, since=since, until=until, datasets=datasets,
                                 include_symmetric=include_symmetric, include_flagged=include_flagged)
    if countries:
        codes = sorted({str(c).strip().upper() for c in countries})
        marks = ", ".join("?" for _ in codes)
        where += f" AND source_country IN ({marks}) AND target_country IN ({marks})"
        params += codes + codes
    # DuckDB cannot mix positional and named parameters: inline the positional ones as named.
    named: dict[str, Any] = {}
    parts = where.split("?")
    sql_where = parts[0]
    for i, part in enumerate(parts[1:]):
        named[f"p{i}"] = params[i]
        sql_where += f"${'p' + str(i)}" + part
    named.update({
        "min_events": int(min_events),
        "until": str(pd.Timestamp(until).date()) if until is not None else None,
        "k": int(max(window + 1, sparkline_weeks)),
        "spark": int(sparkline_weeks),
        "window": int(window),
        "mirror_window": int(window_days),
    })
    pi = pd.DataFrame({"plover": list(plover_intensity()), "intensity": list(plover_intensity().values())})
    sql = _SQL.format(where=sql_where)
    with store.read() as con:
        con.register("_mw_pi", pi)
        df = con.execute(sql, named).df()
    if df.empty:
        return pd.DataFrame(columns=OVERVIEW_COLUMNS)
    for c in ("first_date", "last_date", "week"):
        df[c] = pd.to_datetime(df[c])
    df["sparkline"] = [[int(v) for v in s] if s is not None else [] for s in df["sparkline"]]
    for c in ("events_ab", "events_ba", "events_now"):
        df[c] = df[c].fillna(0).astype("int64")
    return df[OVERVIEW_COLUMNS].reset_index(drop=True)
