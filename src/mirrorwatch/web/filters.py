"""Query-string filters of the dashboard, validated and turned into parameterised SQL.

Part of the web stage (``mirrorwatch serve``): the overview, the events table and the downloads all
filter events the same way, so the parsing lives here once. Values from the URL are never pasted
into SQL; they are checked against the ontology (PLOVER types, quad classes), against simple shapes
(ISO alpha-3 codes, ISO dates) and passed as parameters. A bad value raises
:class:`~mirrorwatch.errors.InputError` naming the parameter and the reason, which the app turns
into a 400 page (or JSON error) instead of a silent empty result.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..ontology import PLOVER_TYPES
from ..records import CODED_DATASET

__all__ = ["SORTS", "EventFilter", "decode_cursor", "encode_cursor", "parse_date", "parse_dyad"]

_CODE = re.compile(r"^[A-Z]{3}$")
_DATASET = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
_LANG = re.compile(r"^[a-z]{2,3}$")

#: Sortable columns of the events table: URL name -> (SQL expression, kind of value).
#: NULLs are coalesced to a sentinel so that keyset pagination compares plain values.
SORTS: dict[str, tuple[str, str]] = {
    "date": ("coalesce(date, DATE '0001-01-01')", "date"),
    "source": ("coalesce(source_country, '')", "str"),
    "target": ("coalesce(target_country, '')", "str"),
    "plover": ("plover", "str"),
    "quad_class": ("coalesce(quad_class, 0)", "int"),
    "intensity": ("coalesce(intensity, -1000.0)", "float"),
    "language": ("coalesce(language, '')", "str"),
    "dataset": ("dataset", "str"),
}


def parse_date(value: str | None, name: str) -> dt.date | None:
    """An ISO date (``YYYY-MM-DD``; ``YYYY-MM`` and ``YYYY`` mean their first day) or ``None``."""
    if value is None or not value.strip():
        return None
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}", v):
            return dt.date(int(v), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return dt.date(int(v[:4]), int(v[5:7]), 1)
        return dt.date.fromisoformat(v)
    except ValueError:
        raise InputError(f"parameter {name}={value!r}", "not a date; use YYYY-MM-DD") from None


def _country(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    v = value.strip().upper()
    if not _CODE.match(v):
        raise InputError(f"parameter {name}={value!r}", "not a country code; use ISO alpha-3 such as AZE")
    return v


def parse_dyad(value: str) -> tuple[str, str]:
    """``"AZE-RUS"`` → ``("AZE", "RUS")``; anything else raises :class:`InputError`."""
    parts = value.strip().upper().split("-")
    if len(parts) != 2 or not all(_CODE.match(p) for p in parts) or parts[0] == parts[1]:
        raise InputError(f"dyad {value!r}", "expected two different ISO alpha-3 codes such as AZE-RUS")
    return parts[0], parts[1]


def _multi(params: Mapping[str, Any], name: str) -> list[str]:
    """All values of a repeatable parameter; comma-separated values are split as well."""
    if hasattr(params, "getlist"):
        raw = params.getlist(name)
    else:
        v = params.get(name)
        raw = v if isinstance(v, list) else ([v] if v is not None else [])
    out: list[str] = []
    for item in raw:
        out.extend(p.strip() for p in str(item).split(",") if p.strip())
    return out


def encode_cursor(value: Any, event_id: str) -> str:
    """An opaque keyset cursor for the row ``(sort value, event_id)``."""
    if isinstance(value, dt.date):
        value = value.isoformat()
    raw = json.dumps([value, event_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, kind: str) -> tuple[Any, str]:
    """Inverse of :func:`encode_cursor`, checking the value's type against the sort column."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, event_id = json.loads(raw)
        if not isinstance(event_id, str):
            raise ValueError("event id")
        if kind == "date":
            value = dt.date.fromisoformat(value)
        elif kind == "int":
            value = int(value)
        elif kind == "float":
            value = float(value)
        elif not isinstance(value, str):
            raise ValueError("value")
    except (ValueError, TypeError, json.JSONDecodeError):
        raise InputError(f"parameter after={cursor[:40]!r}", "not a cursor from this page; start again from page 1") from None
    return value, event_id


@dataclass
class EventFilter:
    """Which events a page shows. Empty fields do not filter.

    ``dataset`` is ``"coded"`` (events mirrorwatch coded), ``"imported"`` (everything else) or one
    dataset name (``gdelt``, ``icews``, ...). ``actor`` matches either side.
    """

    source: str | None = None
    target: str | None = None
    actor: str | None = None
    plover: list[str] = field(default_factory=list)
    quad: list[int] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None
    language: str | None = None
    dataset: str | None = None
    doc_id: str | None = None
    include_flagged: bool = False

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> EventFilter:
        """Parse a query string (Starlette ``QueryParams`` or a plain dict), validating every value."""
        plover = [p.upper() for p in _multi(params, "plover")]
        for p in plover:
            if p not in PLOVER_TYPES:
                raise InputError(f"parameter plover={p!r}", "not a PLOVER type; one of " + ", ".join(PLOVER_TYPES))
        quad: list[int] = []
        for q in _multi(params, "quad"):
            if q not in {"1", "2", "3", "4"}:
                raise InputError(f"parameter quad={q!r}", "quad class must be 1, 2, 3 or 4")
            quad.append(int(q))
        language = (params.get("language") or "").strip().lower() or None
        if language and not _LANG.match(language):
            raise InputError(f"parameter language={language!r}", "use a two-letter code such as de")
        dataset = (params.get("dataset") or "").strip() or None
        if dataset and not _DATASET.match(dataset):
            raise InputError(f"parameter dataset={dataset!r}", "use coded, imported or a dataset name")
        since = parse_date(params.get("since"), "since")
        until = parse_date(params.get("until"), "until")
        if since and until and since > until:
            raise InputError(f"parameters since={since} until={until}", "since is after until")
        flagged = str(params.get("flagged") or "").lower() in {"1", "true", "yes", "on"}
        return cls(
            source=_country(params.get("source"), "source"),
            target=_country(params.get("target"), "target"),
            actor=_country(params.get("actor") or params.get("country"), "actor"),
            plover=plover, quad=quad, since=since, until=until, language=language, dataset=dataset,
            doc_id=(params.get("doc") or "").strip() or None,
            include_flagged=flagged,
        )

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (over ``all_events`` columns) and its parameters."""
        conds: list[str] = ["TRUE"]
        args: list[Any] = []
        if self.source:
            conds.append("source_country = ?")
            args.append(self.source)
        if self.target:
            conds.append("target_country = ?")
            args.append(self.target)
        if self.actor:
            conds.append("(source_country = ? OR target_country = ?)")
            args += [self.actor, self.actor]
        if self.plover:
            conds.append("plover IN (" + ", ".join("?" * len(self.plover)) + ")")
            args += self.plover
        if self.quad:
            conds.append("quad_class IN (" + ", ".join("?" * len(self.quad)) + ")")
            args += self.quad
        if self.since:
            conds.append("date >= ?")
            args.append(self.since)
        if self.until:
            conds.append("date <= ?")
            args.append(self.until)
        if self.language:
            conds.append("language = ?")
            args.append(self.language)
        if self.dataset == "coded":
            conds.append("dataset = ?")
            args.append(CODED_DATASET)
        elif self.dataset == "imported":
            conds.append("dataset <> ?")
            args.append(CODED_DATASET)
        elif self.dataset:
            conds.append("dataset = ?")
            args.append(self.dataset)
        if self.doc_id:
            conds.append("doc_id = ?")
            args.append(self.doc_id)
        if not self.include_flagged:
            # Denials and hypotheticals are not events for the analysis (PRODUCT.md); same default here.
            conds.append("NOT coalesce(negated, FALSE) AND NOT coalesce(hypothetical, FALSE)")
        return " AND ".join(conds), args

    def to_params(self) -> dict[str, str]:
        """The filter as query-string values (for links that keep the current filter)."""
        out: dict[str, str] = {}
        for key in ("source", "target", "actor", "language", "dataset"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.plover:
            out["plover"] = ",".join(self.plover)
        if self.quad:
            out["quad"] = ",".join(str(q) for q in self.quad)
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        if self.doc_id:
            out["doc"] = self.doc_id
        if self.include_flagged:
            out["flagged"] = "1"
        return out

    def analysis_kwargs(self, store: Any = None) -> dict[str, Any]:
        """The common keyword arguments of :mod:`mirrorwatch.analysis` for this filter.

        ``dataset=imported`` means every dataset but the coded one; the analysis takes a list of
        datasets, so with ``store`` given the imported datasets present in it are listed (without
        a store the filter cannot be expressed and no dataset restriction is passed).
        """
        kw: dict[str, Any] = {"include_flagged": self.include_flagged}
        if self.dataset == "imported" and store is not None:
            from .queries import read

            with read(store) as con:
                names = [r[0] for r in con.execute(
                    "SELECT DISTINCT dataset FROM all_events WHERE dataset IS NOT NULL AND dataset <> ? "
                    "ORDER BY 1", [CODED_DATASET]).fetchall()]
            # no imported dataset: a name no event has, so that the selection is empty, not everything
            kw["datasets"] = names or ["(none imported)"]
        if self.since:
            kw["since"] = self.since.isoformat()
        if self.until:
            kw["until"] = self.until.isoformat()
        if self.dataset == "coded":
            kw["datasets"] = [CODED_DATASET]
        elif self.dataset and self.dataset != "imported":
            kw["datasets"] = [self.dataset]
        return kw
