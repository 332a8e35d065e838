"""The dashboard's read-only SQL over the store: events pages, downloads, documents, search, dyad counts.

Part of the web stage (``mirrorwatch serve``). The reciprocity figures come from
:mod:`mirrorwatch.analysis`; what is left here are plain look-ups that no other stage offers as a
function (a page of the events table, one document, a text search). Every function opens the store
for one short read (:meth:`Store.read`) and closes it again, so that ``mirrorwatch ingest`` or
``code`` in another process can write between two requests; downloads read in keyset chunks for
the same reason instead of holding one connection for the whole stream.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb

from ..errors import StoreError
from ..records import EVENT_SCHEMA
from ..store import Store
from .filters import SORTS, EventFilter, decode_cursor, encode_cursor

__all__ = [
    "COUNT_CAP",
    "EVENT_COLUMNS",
    "document",
    "dyad_counts",
    "dyad_timeline",
    "events_by_ids",
    "events_page",
    "iter_event_chunks",
    "read",
    "search",
    "store_summary",
]

#: The flat event columns every page reads (the store's ``events`` table without ``run_id``).
EVENT_COLUMNS: tuple[str, ...] = tuple(EVENT_SCHEMA.names)
_COLS = ", ".join(EVENT_COLUMNS)
#: Counting stops here: an exact count of millions of rows costs a full scan on every page view.
COUNT_CAP = 10_000


@contextmanager
def read(store: Store) -> Iterator[duckdb.DuckDBPyConnection]:
    """One short read-only connection; a missing store is an error, never created by the dashboard."""
    if not store.path.exists():
        raise StoreError(
            f"No store at {store.path}. Create one first, e.g. mirrorwatch ingest examples/ --db {store.path}"
        )
    with store.read() as con:
        yield con


def _jsonable(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    return v


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [{n: _jsonable(v) for n, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def store_summary(store: Store) -> dict[str, Any]:
    """Counts for the page header: documents, events, coded vs imported, date range."""
    with read(store) as con:
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        n, coded, lo, hi = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE dataset = 'mirrorwatch'), min(date), max(date) FROM all_events"
        ).fetchone()
        datasets = [r[0] for r in con.execute("SELECT DISTINCT dataset FROM all_events ORDER BY 1").fetchall()]
    return {
        "documents": int(docs), "events": int(n), "events_coded": int(coded), "events_imported": int(n - coded),
        "date_range": [_jsonable(lo), _jsonable(hi)], "datasets": datasets,
    }


def events_page(
    store: Store, flt: EventFilter, *, sort: str = "date", desc: bool = True, after: str | None = None,
    limit: int = 50,
) -> dict[str, Any]:
    """One page of the events table, keyset-paginated on ``(sort column, event_id)``.

    Keyset pagination (``after`` = the cursor of the last row shown) costs the same on page 1 and on
    page 10,000, unlike OFFSET; the total is counted up to :data:`COUNT_CAP` only.

    Returns:
        ``{"events": [...], "next": cursor or None, "count": n, "count_capped": bool, "sort": ..., "desc": ...}``
    """
    expr, kind = SORTS[sort]
    where, args = flt.where()
    page_where, page_args = where, list(args)
    op = "<" if desc else ">"
    if after:
        value, eid = decode_cursor(after, kind)
        page_where += f" AND ({expr} {op} ? OR ({expr} = ? AND event_id {op} ?))"
        page_args += [value, value, eid]
    direction = "DESC" if desc else "ASC"
    with read(store) as con:
        cur = con.execute(
            f"SELECT {_COLS}, {expr} AS _key FROM all_events WHERE {page_where} "
            f"ORDER BY _key {direction}, event_id {direction} LIMIT ?",
            [*page_args, limit + 1],
        )
        rows = _rows(cur)
        count = con.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM all_events WHERE {where} LIMIT ?)", [*args, COUNT_CAP + 1]
        ).fetchone()[0]
    nxt = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        nxt = encode_cursor(last["_key"], last["event_id"])
    for r in rows:
        r.pop("_key", None)
    return {
        "events": rows, "next": nxt, "count": min(int(count), COUNT_CAP), "count_capped": count > COUNT_CAP,
        "sort": sort, "desc": desc,
    }


def iter_event_chunks(store: Store, flt: EventFilter, *, chunk: int = 5000) -> Iterator[Any]:
    """The filtered events as Arrow tables of ``chunk`` rows (date then id order), one short read each."""
    where, args = flt.where()
    expr = SORTS["date"][0]
    cursor: tuple[Any, str] | None = None
    while True:
        cond, cargs = where, list(args)
        if cursor is not None:
            cond += f" AND ({expr} > ? OR ({expr} = ? AND event_id > ?))"
            cargs += [cursor[0], cursor[0], cursor[1]]
        with read(store) as con:
            table = con.sql(
                f"SELECT {_COLS}, {expr} AS _key FROM all_events WHERE {cond} ORDER BY _key, event_id LIMIT ?",
                params=[*cargs, chunk],
            ).to_arrow_table()
        if table.num_rows == 0:
            return
        cursor = (table.column("_key")[-1].as_py(), table.column("event_id")[-1].as_py())
        yield table.drop_columns(["_key"])
        if table.num_rows < chunk:
            return


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document with its events (sentence order), or ``None`` when the id is unknown."""
    with read(store) as con:
        docs = _rows(con.execute(
            "SELECT doc_id, url, title, published, language, site, origin, text, ingested_at "
            "FROM documents WHERE doc_id = ?", [doc_id]))
        events = _rows(con.execute(
            f"SELECT {_COLS} FROM all_events WHERE doc_id = ? "
            "ORDER BY sentence_index NULLS LAST, span_start NULLS LAST, event_id", [doc_id]))
    if not docs:
        if not events:
            return None
        # Imported events may name documents that were never ingested: show the events anyway.
        return {"doc_id": doc_id, "url": None, "title": None, "published": None, "language": None,
                "site": None, "origin": None, "text": None, "ingested_at": None, "events": events}
    return {**docs[0], "events": events}


def events_by_ids(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Events by id, each with its document's title and URL (for the act → answer pairs)."""
    ids = [i for i in ids if i]
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    with read(store) as con:
        return _rows(con.execute(
            f"SELECT e.{_COLS.replace(', ', ', e.')}, d.title AS doc_title, d.url AS doc_url "
            f"FROM all_events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE e.event_id IN ({marks}) "
            "ORDER BY e.date NULLS LAST, e.event_id", ids))


def _like(q: str) -> str:
    """An ILIKE pattern that matches ``q`` literally (``%`` and ``_`` escaped)."""
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(text: str | None, q: str, width: int = 90) -> str:
    if not text:
        return ""
    i = text.casefold().find(q.casefold())
    if i < 0:
        return text[: 2 * width] + ("…" if len(text) > 2 * width else "")
    lo, hi = max(0, i - width), min(len(text), i + len(q) + width)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


def search(store: Store, q: str, *, limit: int = 50) -> dict[str, Any]:
    """Documents whose title or text contains ``q`` and actors whose text or code matches it.

    Case-insensitive substring search (DuckDB ``ILIKE``). DuckDB's full-text extension would need a
    download and an index written into the store, which a read-only, offline dashboard cannot do.
    """
    q = q.strip()
    if not q:
        return {"q": q, "documents": [], "actors": []}
    pat = _like(q)
    with read(store) as con:
        docs = _rows(con.execute(
            "SELECT doc_id, title, url, published, language, site, text FROM documents "
            "WHERE title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\' "
            "ORDER BY published DESC NULLS LAST, doc_id LIMIT ?", [pat, pat, limit]))
        code = q.upper() if len(q) == 3 and q.isalpha() else None
        actors = _rows(con.execute(
            """
            SELECT country, text, count(*) AS n, min(date) AS first, max(date) AS last FROM (
                SELECT source_country AS country, source_text AS text, date FROM all_events
                WHERE source_text ILIKE ? ESCAPE '\\' OR source_country = ?
                UNION ALL
                SELECT target_country, target_text, date FROM all_events
                WHERE target_text ILIKE ? ESCAPE '\\' OR target_country = ?
            ) GROUP BY ALL ORDER BY n DESC, country, text LIMIT ?
            """, [pat, code, pat, code, limit]))
    for d in docs:
        d["snippet"] = _snippet(d.pop("text"), q)
    return {"q": q, "documents": docs, "actors": actors}


def dyad_counts(store: Store, flt: EventFilter, *, weeks: int = 26, baseline_weeks: int = 12) -> dict[str, Any]:
    """Every undirected dyad with its counts, a weekly sparkline and this week against its baseline.

    "This week" is the 7 days ending at ``flt.until`` or, without it, at the newest event date in
    the filtered data (a historical store has no events "now"). The baseline is the mean of the
    ``baseline_weeks`` weeks before it, per dyad, as ACLED compares against a recent average.
    """
    where, args = flt.where()
    base = (
        "SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b, "
        "source_country < target_country AS ab, date, "
        # Imported records may carry only the dataset's own scale values.
        "coalesce(quad_class, dataset_quad_class) AS quad_class, coalesce(intensity, dataset_goldstein) AS intensity "
        "FROM all_events "
        f"WHERE {where} AND source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country AND date IS NOT NULL"
    )
    with read(store) as con:
        ref = flt.until or con.execute(f"SELECT max(date) FROM ({base})", args).fetchone()[0]
        if ref is None:
            return {"reference_date": None, "dyads": []}
        totals = _rows(con.execute(
            f"""
            SELECT a, b, count(*) AS n, count(*) FILTER (WHERE ab) AS n_ab, count(*) FILTER (WHERE NOT ab) AS n_ba,
                   count(*) FILTER (WHERE quad_class >= 3) AS n_conflict, avg(intensity) AS intensity_mean,
                   min(date) AS first, max(date) AS last
            FROM ({base}) GROUP BY a, b
            """, args))
        weekly = con.execute(
            f"""
            SELECT a, b, CAST(floor(date_diff('day', date, ?::DATE) / 7) AS INTEGER) AS k, count(*) AS n,
                   coalesce(sum(intensity), 0) AS net
            FROM ({base}) WHERE date <= ?::DATE AND date > ?::DATE - to_days(CAST(? AS INTEGER))
            GROUP BY ALL
            """, [ref, *args, ref, ref, 7 * max(weeks, baseline_weeks + 1)]).fetchall()
    series: dict[tuple[str, str], dict[int, tuple[int, float]]] = {}
    for a, b, k, n, net in weekly:
        series.setdefault((a, b), {})[int(k)] = (int(n), float(net))
    out = []
    for t in totals:
        s = series.get((t["a"], t["b"]), {})
        spark = [s.get(k, (0, 0.0))[0] for k in range(weeks - 1, -1, -1)]
        this_n, this_net = s.get(0, (0, 0.0))
        base_n = sum(s.get(k, (0, 0.0))[0] for k in range(1, baseline_weeks + 1)) / baseline_weeks
        base_net = sum(s.get(k, (0, 0.0))[1] for k in range(1, baseline_weeks + 1)) / baseline_weeks
        out.append({
            **t, "dyad": f"{t['a']}-{t['b']}", "sparkline": spark,
            "this_week": this_n, "baseline_week": round(base_n, 2), "change": round(this_n - base_n, 2),
            "this_week_net": round(this_net, 2), "baseline_net": round(base_net, 2),
            "net_change": round(this_net - base_net, 2),
        })
    out.sort(key=lambda r: (-r["n"], r["dyad"]))
    return {"reference_date": _jsonable(ref), "weeks": weeks, "baseline_weeks": baseline_weeks, "dyads": out}


def dyad_timeline(store: Store, a: str, b: str, flt: EventFilter, *, freq: str = "W") -> list[dict[str, Any]]:
    """Counts per period, direction and PLOVER type for the dyad (the mirror timeline's data).

    ``freq`` is ``"W"`` (ISO weeks, starting Monday) or ``"D"``. Direction ``"a->b"`` counts events
    from ``a`` to ``b``; the chart draws them above the axis and ``"b->a"`` below.
    """
    unit = {"W": "week", "D": "day"}.get(freq)
    if unit is None:
        raise ValueError(f"freq must be 'W' or 'D', not {freq!r}")
    where, args = flt.where()
    with read(store) as con:
        return _rows(con.execute(
            f"""
            SELECT date_trunc('{unit}', date) AS period,
                   CASE WHEN source_country = ? THEN 'a->b' ELSE 'b->a' END AS direction,
                   plover, count(*) AS n, sum(intensity) AS intensity_sum
            FROM all_events
            WHERE {where} AND date IS NOT NULL AND ((source_country = ? AND target_country = ?)
                  OR (source_country = ? AND target_country = ?))
            GROUP BY ALL ORDER BY period, direction, plover
            """, [a, *args, a, b, b, a]))
