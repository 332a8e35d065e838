"""Directed dyad events and time series: the first step of the reciprocity analysis.

Reads the store's ``all_events`` view (coded and imported events, attached Parquet directories
included), keeps the state-to-state events between two countries in both directions, and turns
them into long-format series per period and direction (counts per quad class and PLOVER type,
summed and mean Goldstein intensity, net cooperation), gap-filled over the whole range.

Everything downstream (:mod:`.consolidate`, :mod:`.linking`, :mod:`.rates`, :mod:`.var`,
:mod:`.strategy`, :mod:`.escalation`) starts from :func:`load_events` here, so that the filters
(dates, datasets, symmetric and flagged events) mean the same thing in every statistic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypedDict, Unpack

import numpy as np
import pandas as pd

from ..errors import AnalysisError
from ..ontology import PLOVER_QUAD, PLOVER_TYPES, cameo_codes

__all__ = ["FILTER_DEFAULTS", "FREQS", "EventFilters", "dyad_series", "event_filters", "load_events",
           "normalise_dyad", "plover_intensity", "where_clause"]

#: Series frequencies and the pandas period alias of each (weeks start on Monday).
FREQS: dict[str, str] = {"D": "D", "W": "W-SUN", "M": "M"}

_CODE = re.compile(r"^[A-Z]{3}$")


class EventFilters(TypedDict, total=False):
    """The event filters every analysis verb takes as keywords, passed on to :func:`load_events`.

    Attributes:
        since: first day (inclusive), anything :class:`pandas.Timestamp` understands.
        until: last day (inclusive).
        datasets: keep only these ``dataset`` values (``None`` = all).
        include_symmetric: keep mirror (symmetric) records.
        include_flagged: keep negated and hypothetical events.
    """

    since: Any
    until: Any
    datasets: list[str] | None
    include_symmetric: bool
    include_flagged: bool


#: The filters' defaults (every event but negated and hypothetical ones), in this order.
FILTER_DEFAULTS: EventFilters = {"since": None, "until": None, "datasets": None,
                                 "include_symmetric": True, "include_flagged": False}


def event_filters(verb: str, filters: Mapping[str, Any]) -> dict[str, Any]:
    """All five filters of a verb's ``**filters``, defaults filled in (one definition for every verb).

    Raises:
        TypeError: an unknown keyword, as Python says for a named parameter (a verb given a
            precomputed input does not call :func:`load_events`, which would otherwise catch it).
    """
    unknown = sorted(set(filters) - set(FILTER_DEFAULTS))
    if unknown:
        raise TypeError(f"{verb}() got an unexpected keyword argument {unknown[0]!r}")
    return {**FILTER_DEFAULTS, **filters}

#: Columns read from ``all_events`` (the heavy ``evidence`` list and spans are left out on purpose).
_COLUMNS = (
    "event_id, doc_id, sentence_index, sentence, source_country, source_sector, source_text, "
    "target_country, target_sector, target_text, plover, mode, cameo, "
    "coalesce(quad_class, dataset_quad_class) AS quad_class, "
    "coalesce(intensity, dataset_goldstein) AS intensity, dataset_goldstein, "
    "date, date_precision, is_symmetric, dataset, dataset_id, confidence"
)


def normalise_dyad(a: str, b: str) -> tuple[str, str]:
    """Check two country codes (ISO alpha-3 or EUR/UNO/IGO) and return them upper-cased.

    Raises:
        AnalysisError: when a code is not three letters or both codes are the same.
    """
    out = []
    for name, code in (("first", a), ("second", b)):
        c = str(code or "").strip().upper()
        if not _CODE.match(c):
            raise AnalysisError(
                f"The {name} country {code!r} is not a three-letter code. Use ISO alpha-3 codes such as RUS or AZE."
            )
        out.append(c)
    if out[0] == out[1]:
        raise AnalysisError(f"A dyad needs two different countries, got {out[0]} twice.")
    return out[0], out[1]


@lru_cache(maxsize=1)
def plover_intensity() -> dict[str, float]:
    """A typical Goldstein value per PLOVER type: the mean over the CAMEO codes that map to it.

    Used only for events that carry neither an intensity nor a dataset Goldstein value, so that
    they still count in intensity statistics instead of silently counting as 0.
    """
    sums: dict[str, list[float]] = {}
    for c in cameo_codes().values():
        if c.plover and c.goldstein_gdelt is not None:
            sums.setdefault(c.plover, []).append(c.goldstein_gdelt)
    return {p: round(float(np.mean(v)), 2) for p, v in sums.items()}


def where_clause(
    a: str | None = None,
    b: str | None = None,
    *,
    since: Any = None,
    until: Any = None,
    datasets: list[str] | None = None,
    include_symmetric: bool = True,
    include_flagged: bool = False,
    both_ways: bool = True,
) -> tuple[str, list[Any]]:
    """The SQL ``WHERE`` clause (and its parameters) shared by every analysis query.

    Only state-to-state events count: both countries known and different, and a date. Negated and
    hypothetical events are left out unless ``include_flagged``; symmetric (mirror) records unless
    ``include_symmetric``. With ``a`` only, events with ``a`` on either side are kept.
    """
    conds = [
        "source_country IS NOT NULL",
        "target_country IS NOT NULL",
        "source_country <> target_country",
        "date IS NOT NULL",
    ]
    params: list[Any] = []
    if a is not None and b is not None:
        if both_ways:
            conds.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
            params += [a, b, b, a]
        else:
            conds.append("source_country = ? AND target_country = ?")
            params += [a, b]
    elif a is not None:
        conds.append("(source_country = ? OR target_country = ?)")
        params += [a, a]
    if since is not None:
        conds.append("date >= CAST(? AS DATE)")
        params.append(str(pd.Timestamp(since).date()))
    if until is not None:
        conds.append("date <= CAST(? AS DATE)")
        params.append(str(pd.Timestamp(until).date()))
    if datasets:
        conds.append("dataset IN (" + ", ".join("?" for _ in datasets) + ")")
        params += list(datasets)
    if not include_symmetric:
        conds.append("NOT coalesce(is_symmetric, false)")
    if not include_flagged:
        conds.append("NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)")
    return " AND ".join(conds), params


def _fill_scales(df: pd.DataFrame) -> pd.DataFrame:
    """Fill missing quad class / intensity from the PLOVER type (see :func:`plover_intensity`)."""
    if df.empty:
        return df
    if df["quad_class"].isna().any():
        df["quad_class"] = df["quad_class"].fillna(df["plover"].map(PLOVER_QUAD))
    if df["intensity"].isna().any():
        df["intensity"] = df["intensity"].fillna(df["plover"].map(plover_intensity())).fillna(0.0)
    df["quad_class"] = df["quad_class"].fillna(0).astype("int64")
    df["intensity"] = df["intensity"].astype("float64")
    return df


def load_events(
    store: Any,
    a: str | None = None,
    b: str | None = None,
    **filters: Unpack[EventFilters],
) -> pd.DataFrame:
    """The directed state-to-state events between ``a`` and ``b`` (both ways), or all of them.

    Args:
        store: a :class:`mirrorwatch.store.Store`.
        a: first country (alpha-3); ``None`` for all countries.
        b: second country; ``None`` with ``a`` given keeps every event involving ``a``.
        **filters: the :class:`EventFilters`, keywords only: ``since`` (first day, inclusive,
            anything :class:`pandas.Timestamp` understands), ``until`` (last day, inclusive),
            ``datasets`` (keep only these ``dataset`` values; ``None`` = all),
            ``include_symmetric`` (keep mirror records; default true), ``include_flagged`` (keep
            negated and hypothetical events; default false). Every analysis verb takes them and
            passes them on here, so they mean the same in every statistic.

    Returns:
        One row per event, sorted by date: the columns of :data:`mirrorwatch.records.EVENT_SCHEMA`
        that the analysis needs (``quad_class`` and ``intensity`` filled from the dataset's values
        or the PLOVER type when missing), ``date`` as ``datetime64`` and ``direction`` ("RUS>AZE").
        ``intensity`` is ours (recomputed from the CAMEO code, the same scale for coded and
        imported events); ``dataset_goldstein`` keeps an imported dataset's own value beside it
        (``NaN`` for coded events).
    """
    if a is not None and b is not None:
        a, b = normalise_dyad(a, b)
    elif a is not None:
        a = normalise_dyad(a, "ZZZ" if a != "ZZZ" else "YYY")[0]
    where, params = where_clause(a, b, **event_filters("load_events", filters))
    sql = f"SELECT {_COLUMNS} FROM all_events WHERE {where} ORDER BY date, event_id"
    with store.read() as con:
        df = con.execute(sql, params).df()
    df["date"] = pd.to_datetime(df["date"])
    df["is_symmetric"] = df["is_symmetric"].fillna(False).astype(bool)
    df = _fill_scales(df)
    df["direction"] = df["source_country"] + ">" + df["target_country"]
    return df.reset_index(drop=True)


def _periods(dates: pd.Series, freq: str) -> pd.Series:
    return dates.dt.to_period(FREQS[freq]).dt.start_time


def _period_range(lo: pd.Timestamp, hi: pd.Timestamp, freq: str) -> pd.DatetimeIndex:
    return pd.period_range(lo, hi, freq=FREQS[freq]).start_time


def series_frame(
    acts: pd.DataFrame,
    a: str,
    b: str,
    *,
    freq: str = "W",
    date_col: str = "date",
    start: Any = None,
    end: Any = None,
) -> pd.DataFrame:
    """Aggregate events or acts of one dyad into the long, gap-filled series of :func:`dyad_series`.

    ``acts`` needs ``source_country``, ``target_country``, ``plover``, ``quad_class``, ``intensity``
    and a date column. ``start``/``end`` widen the gap-filled range beyond the data.
    """
    if freq not in FREQS:
        raise AnalysisError(f"Unknown series frequency {freq!r}. Use one of: {', '.join(FREQS)}.")
    directions = [f"{a}>{b}", f"{b}>{a}"]
    types = [p for p in PLOVER_TYPES if not acts.empty and (acts["plover"] == p).any()]
    types += sorted(set(acts["plover"]) - set(PLOVER_TYPES)) if not acts.empty else []
    cols = ["period", "direction", "n", "q1", "q2", "q3", "q4", *types,
            "intensity_sum", "intensity_mean", "net_coop"]
    dates = pd.to_datetime(acts[date_col]) if not acts.empty else pd.Series([], dtype="datetime64[ns]")
    lo = [pd.Timestamp(x) for x in (start, dates.min() if len(dates) else None) if x is not None and pd.notna(x)]
    hi = [pd.Timestamp(x) for x in (end, dates.max() if len(dates) else None) if x is not None and pd.notna(x)]
    if not lo or not hi:
        return pd.DataFrame(columns=cols)
    index = _period_range(min(lo), max(hi), freq)
    df = acts.assign(
        period=_periods(dates, freq),
        direction=acts["source_country"] + ">" + acts["target_country"],
    )
    df = df[df["direction"].isin(directions)]
    grid = pd.MultiIndex.from_product([index, directions], names=["period", "direction"])
    g = df.groupby(["period", "direction"])
    out = pd.DataFrame(index=grid)
    out["n"] = g.size()
    for q in (1, 2, 3, 4):
        out[f"q{q}"] = df[df["quad_class"] == q].groupby(["period", "direction"]).size()
    if types:
        by_type = df.groupby(["period", "direction", "plover"]).size().unstack("plover")
        for t in types:
            out[t] = by_type.get(t, 0)
    out["intensity_sum"] = g["intensity"].sum()
    count_cols = ["n", "q1", "q2", "q3", "q4", *types]
    out[count_cols] = out[count_cols].fillna(0).astype("int64")
    out["intensity_sum"] = out["intensity_sum"].fillna(0.0)
    out["intensity_mean"] = (out["intensity_sum"] / out["n"].where(out["n"] > 0)).astype("float64")
    out["net_coop"] = out["q1"] + out["q2"] - out["q3"] - out["q4"]
    return out.reset_index()[cols]


def dyad_series(
    store: Any,
    a: str,
    b: str,
    *,
    freq: str = "W",
    normalise: bool = False,
    consolidate: bool = True,
    **filters: Unpack[EventFilters],
) -> pd.DataFrame:
    """Directed series of a dyad (A→B and B→A) per day, week or month, gap-filled.

    Args:
        store: the event store.
        a: first country (alpha-3).
        b: second country.
        freq: ``"D"``, ``"W"`` (weeks starting Monday) or ``"M"``.
        normalise: divide the count columns by the number of events each source country had with
            anyone (any target) in that period, so that a side that is simply reported more often
            does not look more active towards the other.
        consolidate: count acts (see :func:`mirrorwatch.analysis.consolidate`), not mentions.
        **filters: ``since``, ``until``, ``datasets``, ``include_symmetric``, ``include_flagged``
            (:class:`EventFilters`), as in :func:`load_events`.

    Returns:
        Long format: ``period`` (period start), ``direction`` (``"RUS>AZE"``), ``n``, ``q1``..``q4``,
        one count column per PLOVER type seen, ``intensity_sum``, ``intensity_mean`` (NaN in empty
        periods), ``net_coop`` (cooperative minus conflictual count).
    """
    from .consolidate import consolidate as _consolidate

    a, b = normalise_dyad(a, b)
    common = event_filters("dyad_series", filters)
    since, until = common["since"], common["until"]
    events = load_events(store, a, b, **common)
    if consolidate:
        data, date_col = _consolidate(events), "first_date"
    else:
        data, date_col = events, "date"
    out = series_frame(data, a, b, freq=freq, date_col=date_col, start=since, end=until)
    if normalise and not out.empty:
        where, params = where_clause(None, None, **common)
        sql = (f"SELECT source_country, date FROM all_events WHERE {where} AND source_country IN (?, ?)")
        with store.read() as con:
            vol = con.execute(sql, [*params, a, b]).df()
        vol["period"] = _periods(pd.to_datetime(vol["date"]), freq)
        vol["direction"] = vol["source_country"].map({a: f"{a}>{b}", b: f"{b}>{a}"})
        totals = vol.groupby(["period", "direction"]).size().rename("_total")
        out = out.join(totals, on=["period", "direction"])
        count_cols = [c for c in out.columns if c not in
                      ("period", "direction", "intensity_sum", "intensity_mean", "net_coop", "_total")]
        denom = out["_total"].where(out["_total"] > 0)
        for c in [*count_cols, "net_coop"]:
            out[c] = (out[c] / denom).fillna(0.0)
        out = out.drop(columns="_total")
    return out
