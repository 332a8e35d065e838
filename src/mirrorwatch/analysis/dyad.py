"""Everything about one dyad in one JSON-serialisable dict: the data behind the HTML report.

Reads the dyad's events once, consolidates them once, and hands the acts to every statistic
(series, links, rates, moves, fingerprint, escalation, VAR). Adds the top linked act → response
pairs with both sides' evidence: the sentence, document id, URL and title (from the ``documents``
table, when the events came from coded articles).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Unpack

import numpy as np
import pandas as pd

from .._version import __version__
from .series import EventFilters, event_filters

__all__ = ["dyad_report", "jsonable"]


def jsonable(obj: Any) -> Any:
    """Turn numpy/pandas values inside dicts and lists into plain JSON types (NaN → ``None``)."""
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, np.ndarray)):
        return [jsonable(v) for v in obj]
    if isinstance(obj, (pd.Timestamp, dt.datetime, dt.date)):
        return str(obj.date()) if isinstance(obj, (pd.Timestamp, dt.datetime)) else obj.isoformat()
    if isinstance(obj, np.bool_):
        return bool(obj)
    if isinstance(obj, np.integer):
        return int(obj)
    if isinstance(obj, (np.floating, float)):
        return None if math.isnan(float(obj)) or math.isinf(float(obj)) else float(obj)
    if obj is pd.NaT or obj is pd.NA:
        return None
    return obj


def _evidence(store: Any, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Sentence, document and provenance of the given events, keyed by event id."""
    if not event_ids:
        return {}
    with store.read() as con:
        con.register("_mw_ids", pd.DataFrame({"event_id": list(dict.fromkeys(event_ids))}))
        has_docs = bool(con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'").fetchone()[0])
        doc_cols = "d.url, d.title, d.site" if has_docs else "NULL AS url, NULL AS title, NULL AS site"
        doc_join = "LEFT JOIN documents d ON d.doc_id = e.doc_id" if has_docs else ""
        df = con.execute(
            f"SELECT e.event_id, e.doc_id, e.sentence, e.date, e.dataset, e.dataset_id, e.source_text, "
            f"e.target_text, e.cameo, {doc_cols} FROM all_events e JOIN _mw_ids USING (event_id) {doc_join}"
        ).df()
    return {r["event_id"]: jsonable(r) for r in df.to_dict("records")}


def _top_pairs(links: pd.DataFrame, store: Any, top: int) -> list[dict[str, Any]]:
    linked = links[links["label"] != "no-answer"].sort_values(["score", "trigger_date"], ascending=[False, True])
    linked = linked.head(top)
    first = lambda ids: ids[0] if isinstance(ids, list) and ids else None  # noqa: E731
    ids = [first(x) for x in linked["trigger_event_ids"]] + [first(x) for x in linked["response_event_ids"]]
    ev = _evidence(store, [i for i in ids if i])
    out = []
    for r in linked.to_dict("records"):
        src, dst = r["direction"].split(">")
        out.append({
            "direction": r["direction"], "label": r["label"], "score": r["score"], "lag_days": r["lag_days"],
            "proportionality": r["proportionality"],
            "trigger": {"actor": src, "act_id": r["trigger_act_id"], "date": r["trigger_date"],
                        "plover": r["trigger_plover"], "mode": r["trigger_mode"],
                        "intensity": r["trigger_intensity"], "mentions": len(r["trigger_event_ids"]),
                        "evidence": ev.get(first(r["trigger_event_ids"]))},
            "response": {"actor": dst, "act_id": r["response_act_id"], "date": r["response_date"],
                         "plover": r["response_plover"], "mode": r["response_mode"],
                         "intensity": r["response_intensity"], "mentions": len(r["response_event_ids"]),
                         "evidence": ev.get(first(r["response_event_ids"]))},
        })
    return jsonable(out)


def _episode_findings(episodes: list[dict[str, Any]], acts: pd.DataFrame, a: str, b: str, *, window_days: int,
                      n_shifts: int, seed: int) -> None:
    """Add ``reciprocity`` and ``findings`` per direction to each escalation episode (in place).

    The triggers are the acts dated inside the episode; the answers may fall up to ``window_days``
    after its end; the chance level shifts the responder's acts over the dyad's whole range, so
    it says how often such an answer would come by chance in this dyad.
    """
    from .rates import direction_key, direction_rates, finding

    if not episodes or acts.empty:
        return
    first = pd.to_datetime(acts["first_date"])
    days = first.to_numpy(dtype="datetime64[D]").astype(np.int64)
    lo, hi = int(days.min()), int(days.max())
    for e in episodes:
        inside = (first >= pd.Timestamp(e["start"])) & (first <= pd.Timestamp(e["end"]))
        e["reciprocity"], e["findings"] = {}, {}
        for responder, trigger_side in ((b, a), (a, b)):
            trig = acts[inside & (acts["source_country"] == trigger_side) & (acts["target_country"] == responder)]
            resp = acts[(acts["source_country"] == responder) & (acts["target_country"] == trigger_side)]
            rec = direction_rates(trig.reset_index(drop=True), resp.reset_index(drop=True), window_days=window_days,
                                  n_shifts=n_shifts, seed=seed, lo_day=lo, hi_day=hi)
            rec = {"responder": responder, "trigger_side": trigger_side, **rec}
            rec.pop("rolling", None)
            key = direction_key(responder, trigger_side)
            e["reciprocity"][key] = rec
            e["findings"][key] = finding(rec, window_days)


def dyad_report(
    store: Any,
    a: str,
    b: str,
    *,
    freq: str = "W",
    window_days: int = 14,
    n_shifts: int = 200,
    seed: int = 0,
    top_pairs: int = 20,
    maxlags: int = 8,
    escalation_window: int = 8,
    n_boot: int = 500,
    **filters: Unpack[EventFilters],
) -> dict[str, Any]:
    """All statistics of one dyad in one JSON-serialisable dict.

    Args:
        store: the event store. a, b: the two countries.
        freq: series period. window_days: answer window. n_shifts, seed: chance levels.
        top_pairs: how many linked pairs (best scores first) to include with their evidence.
        maxlags: VAR lags. escalation_window: baseline periods of the escalation index.
        n_boot: bootstrap resamples of the fingerprint.
        **filters: ``since``, ``until``, ``datasets``, ``include_symmetric``, ``include_flagged``
            (:class:`~mirrorwatch.analysis.series.EventFilters`), as in :func:`load_events`.

    Returns:
        ``meta`` (dyad, filters, counts, version), ``series`` (records of :func:`dyad_series`),
        ``acts`` (records for the mirror timeline: date, direction, plover, intensity, mentions),
        ``reciprocity``, ``findings`` (one plain sentence per direction, keyed like
        ``reciprocity``: see :func:`mirrorwatch.analysis.rates.finding`), ``links_summary``
        (label counts per direction), ``pairs`` (top linked
        pairs with both events' sentence, doc id, URL, title), ``strategy``, ``escalation`` (each
        episode with its own ``reciprocity`` and ``findings``), ``var``.
    """
    from .consolidate import consolidate
    from .escalation import escalation
    from .linking import day_precise, link_acts
    from .rates import finding, reciprocity
    from .series import load_events, normalise_dyad, series_frame
    from .strategy import strategy_fingerprint, weekly_moves
    from .var import var_analysis

    a, b = normalise_dyad(a, b)
    common = event_filters("dyad_report", filters)
    since, until = common["since"], common["until"]
    events = load_events(store, a, b, **common)
    acts = consolidate(events)
    linkable = day_precise(acts, events)
    series = series_frame(acts, a, b, freq=freq, date_col="first_date", start=since, end=until)
    links = link_acts(linkable, a, b, window_days=window_days)
    moves = weekly_moves(store, a, b, freq=freq, series=series)
    summary = {}
    for d in (f"{a}>{b}", f"{b}>{a}"):
        sub = links[links["direction"] == d] if not links.empty else links
        summary[d] = {k: int(v) for k, v in sub["label"].value_counts().items()} if not sub.empty else {}
    rec = reciprocity(store, a, b, window_days=window_days, n_shifts=n_shifts, seed=seed, acts=linkable, **common)
    esc = escalation(store, a, b, freq=freq, window=escalation_window, acts=acts, **common)
    _episode_findings(esc.get("episodes") or [], linkable, a, b, window_days=window_days,
                      n_shifts=min(n_shifts, 50), seed=seed)
    timeline = acts[["first_date", "direction", "plover", "mode", "intensity", "mentions", "act_id"]].rename(
        columns={"first_date": "date"})
    return jsonable({
        "meta": {
            "a": a, "b": b, "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "mirrorwatch": __version__, "freq": freq, "window_days": window_days,
            "filters": {**common, "since": None if since is None else str(pd.Timestamp(since).date()),
                        "until": None if until is None else str(pd.Timestamp(until).date())},
            "events": {d: int((events["direction"] == d).sum()) for d in (f"{a}>{b}", f"{b}>{a}")},
            "acts": {d: int((acts["direction"] == d).sum()) if not acts.empty else 0
                     for d in (f"{a}>{b}", f"{b}>{a}")},
            "mean_intensity": {d: (float(events.loc[events["direction"] == d, "intensity"].mean())
                                   if (events["direction"] == d).any() else None)
                               for d in (f"{a}>{b}", f"{b}>{a}")},
            "date_range": [str(events["date"].min().date()), str(events["date"].max().date())]
            if not events.empty else [None, None],
        },
        "series": series.to_dict("records"),
        "acts": timeline.to_dict("records"),
        "reciprocity": rec,
        "findings": {k: finding(v, window_days) for k, v in rec.items()},
        "links_summary": summary,
        "pairs": _top_pairs(links, store, top_pairs) if not links.empty else [],
        "lags": links.loc[links["label"] != "no-answer", ["direction", "lag_days", "proportionality", "label"]]
        .to_dict("records") if not links.empty else [],
        "strategy": strategy_fingerprint(store, a, b, freq=freq, n_boot=n_boot, seed=seed, moves=moves),
        "escalation": esc,
        # the events are reused only when they hold the symmetric records the VAR reports both ways
        "var": var_analysis(store, a, b, freq=freq, maxlags=maxlags, **common,
                            events=events if common["include_symmetric"] else None),
    })
