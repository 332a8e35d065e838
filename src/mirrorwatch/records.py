"""The records every part of mirrorwatch speaks: :class:`Document`, :class:`Actor`, :class:`Event`.

An :class:`Event` serialises to exactly the JSON object of the product brief (``PRODUCT.md``), one
per line in ``mirrorwatch code --format jsonl``; extra fields (``language``, ``is_symmetric``,
``dataset``, ...) follow the fixed ones. :func:`events_to_arrow` and :func:`events_from_arrow` convert
to and from the flat columnar layout of the store's ``events`` table (:data:`EVENT_SCHEMA`), so the
coder, the importers, the store, the exporters and the analysis all agree on one shape.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import pyarrow as pa

__all__ = [
    "DOCUMENT_SCHEMA",
    "EVENT_SCHEMA",
    "Actor",
    "Document",
    "Event",
    "Location",
    "content_id",
    "events_from_arrow",
    "events_to_arrow",
    "normalise_text",
]

#: ``dataset`` value of events coded by mirrorwatch itself (imports carry ``gdelt``, ``icews``, ...).
CODED_DATASET = "mirrorwatch"


@dataclass(slots=True)
class Actor:
    """One side of an event: a state (ISO alpha-3, or EUR/UNO/IGO) with a CAMEO-style sector.

    ``country`` is ``None`` for actors the coder could not resolve (kept as text, never dropped).
    ``attributed`` marks acts against a state's nationals, companies or media abroad that are
    attributed to that state.
    """

    country: str | None
    sector: str | None = None
    text: str = ""
    attributed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the product brief (``attributed`` only when true)."""
        d: dict[str, Any] = {"country": self.country, "sector": self.sector, "text": self.text}
        if self.attributed:
            d["attributed"] = True
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> Actor | None:
        """Inverse of :meth:`to_dict`; ``None`` stays ``None``."""
        if d is None:
            return None
        return cls(
            country=d.get("country") or None,
            sector=d.get("sector") or None,
            text=d.get("text") or "",
            attributed=bool(d.get("attributed", False)),
        )


@dataclass(slots=True)
class Location:
    """Where an event happened, as far as the text says."""

    country: str | None = None
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the product brief."""
        return {"country": self.country, "place": self.place}


@dataclass(slots=True)
class Event:
    """One directed event, coded from a sentence or imported from a dataset.

    Field names and meanings of the first block are fixed by the product brief; the second block
    holds additions (provenance, flags) that follow them in the JSON output.
    """

    doc_id: str | None
    sentence_index: int | None
    sentence: str | None
    span: tuple[int, int] | None
    source: Actor
    target: Actor | None
    plover: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    intensity: float | None
    date: str | None
    date_precision: str | None
    location: Location | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 1.0
    evidence: list[str] = field(default_factory=list)
    # additions
    language: str | None = None
    is_symmetric: bool = False
    dataset: str = CODED_DATASET
    dataset_id: str | None = None
    dataset_goldstein: float | None = None
    dataset_quad_class: int | None = None
    event_id: str | None = None

    def __post_init__(self) -> None:
        if self.event_id is None:
            self.event_id = self.compute_id()

    def compute_id(self) -> str:
        """A stable id: the dataset's own id when imported, else a hash of what makes the event."""
        if self.dataset != CODED_DATASET and self.dataset_id:
            key = f"{self.dataset}\x1f{self.dataset_id}"
        else:
            t = self.target
            key = "\x1f".join(
                str(x)
                for x in (
                    self.dataset, self.doc_id, self.sentence_index, self.span,
                    self.source.country, self.source.sector, self.source.text,
                    t.country if t else None, t.sector if t else None, t.text if t else None,
                    self.plover, self.mode, self.cameo, self.date,
                )
            )
        return hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``mirrorwatch code --format jsonl`` (fixed fields first)."""
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "span": list(self.span) if self.span is not None else None,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target is not None else None,
            "plover": self.plover,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "intensity": self.intensity,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location is not None else None,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
            "language": self.language,
            "is_symmetric": self.is_symmetric,
            "dataset": self.dataset,
            "dataset_id": self.dataset_id,
            "dataset_goldstein": self.dataset_goldstein,
            "dataset_quad_class": self.dataset_quad_class,
            "event_id": self.event_id,
        }

    def to_json(self) -> str:
        """One line of JSONL (UTF-8 kept readable, no ASCII escaping)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        """Build an event from the JSON record (nested ``source``/``target`` objects).

        ``doc_id``, ``sentence`` and the other text fields may be missing (imported records).
        """
        span = d.get("span")
        loc = d.get("location")
        source = Actor.from_dict(d.get("source")) or Actor(country=None)
        return cls(
            doc_id=d.get("doc_id"),
            sentence_index=d.get("sentence_index"),
            sentence=d.get("sentence"),
            span=(int(span[0]), int(span[1])) if span else None,
            source=source,
            target=Actor.from_dict(d.get("target")),
            plover=d["plover"],
            mode=d.get("mode"),
            cameo=d.get("cameo"),
            quad_class=d.get("quad_class"),
            intensity=d.get("intensity"),
            date=d.get("date"),
            date_precision=d.get("date_precision"),
            location=Location(**loc) if isinstance(loc, Mapping) else None,
            negated=bool(d.get("negated", False)),
            hypothetical=bool(d.get("hypothetical", False)),
            confidence=float(d.get("confidence", 1.0) if d.get("confidence") is not None else 1.0),
            evidence=list(d.get("evidence") or []),
            language=d.get("language"),
            is_symmetric=bool(d.get("is_symmetric", d.get("symmetric", False))),
            dataset=d.get("dataset") or CODED_DATASET,
            dataset_id=d.get("dataset_id"),
            dataset_goldstein=d.get("dataset_goldstein"),
            dataset_quad_class=d.get("dataset_quad_class"),
            event_id=d.get("event_id"),
        )

    @classmethod
    def from_json(cls, line: str) -> Event:
        """Parse one JSONL line."""
        return cls.from_dict(json.loads(line))


@dataclass(slots=True)
class Document:
    """One ingested article. ``doc_id`` derives from the normalised text (see :func:`content_id`)."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    language: str | None = None
    site: str | None = None
    origin: str | None = None  # the file path, URL or feed the document came from
    doc_id: str = ""
    ingested_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if not self.doc_id:
            self.doc_id = content_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (datetimes as ISO strings)."""
        d = asdict(self)
        if self.ingested_at is not None:
            d["ingested_at"] = self.ingested_at.isoformat()
        return d


_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Normalise for de-duplication: NFKC, case-folded, whitespace collapsed, quotes unified."""
    t = unicodedata.normalize("NFKC", text)
    t = t.replace("„", '"').replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
    t = t.replace("’", "'").replace("‘", "'")
    return _WS.sub(" ", t).strip().casefold()


def content_id(text: str) -> str:
    """The id of a document: a hash of its normalised text (20 hex digits)."""
    return hashlib.blake2b(normalise_text(text).encode("utf-8"), digest_size=10).hexdigest()


#: Flat columnar layout of events (the store's ``events`` table, Parquet parts, exports).
EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("doc_id", pa.string()),
        ("sentence_index", pa.int32()),
        ("sentence", pa.string()),
        ("span_start", pa.int32()),
        ("span_end", pa.int32()),
        ("source_country", pa.string()),
        ("source_sector", pa.string()),
        ("source_text", pa.string()),
        ("source_attributed", pa.bool_()),
        ("target_country", pa.string()),
        ("target_sector", pa.string()),
        ("target_text", pa.string()),
        ("target_attributed", pa.bool_()),
        ("plover", pa.string()),
        ("mode", pa.string()),
        ("cameo", pa.string()),
        ("quad_class", pa.int8()),
        ("intensity", pa.float64()),
        ("date", pa.date32()),
        ("date_precision", pa.string()),
        ("location_country", pa.string()),
        ("location_place", pa.string()),
        ("negated", pa.bool_()),
        ("hypothetical", pa.bool_()),
        ("confidence", pa.float32()),
        ("evidence", pa.list_(pa.string())),
        ("language", pa.string()),
        ("is_symmetric", pa.bool_()),
        ("dataset", pa.string()),
        ("dataset_id", pa.string()),
        ("dataset_goldstein", pa.float64()),
        ("dataset_quad_class", pa.int8()),
    ]
)

#: Columnar layout of documents (the store's ``documents`` table).
DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("language", pa.string()),
        ("site", pa.string()),
        ("origin", pa.string()),
        ("text", pa.string()),
        ("ingested_at", pa.timestamp("us", tz="UTC")),
    ]
)


def _date(value: str | None) -> dt.date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD string (precision lives in its own field)."""
    if not value:
        return None
    parts = str(value)[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(y, m, d)
    except (ValueError, IndexError):
        return None


def events_to_arrow(events: Iterable[Event]) -> pa.Table:
    """Flatten events into an Arrow table with :data:`EVENT_SCHEMA`."""
    cols: dict[str, list[Any]] = {name: [] for name in EVENT_SCHEMA.names}
    for e in events:
        s, t, loc = e.source, e.target, e.location
        row = (
            e.event_id, e.doc_id, e.sentence_index, e.sentence,
            e.span[0] if e.span else None, e.span[1] if e.span else None,
            s.country, s.sector, s.text, s.attributed,
            t.country if t else None, t.sector if t else None, t.text if t else None,
            t.attributed if t else False,
            e.plover, e.mode, e.cameo, e.quad_class, e.intensity,
            _date(e.date), e.date_precision,
            loc.country if loc else None, loc.place if loc else None,
            e.negated, e.hypothetical, e.confidence, list(e.evidence),
            e.language, e.is_symmetric, e.dataset, e.dataset_id, e.dataset_goldstein, e.dataset_quad_class,
        )
        for name, value in zip(EVENT_SCHEMA.names, row, strict=True):
            cols[name].append(value)
    return pa.Table.from_pydict(cols, schema=EVENT_SCHEMA)


def _date_str(value: Any, precision: str | None) -> str | None:
    if value is None:
        return None
    iso = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if precision == "month":
        return iso[:7]
    if precision == "year":
        return iso[:4]
    return iso[:10]


def events_from_arrow(table: pa.Table) -> list[Event]:
    """Inverse of :func:`events_to_arrow` (missing columns are read as empty)."""
    out: list[Event] = []
    for r in table.to_pylist():
        target = None
        if r.get("target_country") is not None or r.get("target_text"):
            target = Actor(r.get("target_country"), r.get("target_sector"), r.get("target_text") or "",
                           bool(r.get("target_attributed")))
        loc = None
        if r.get("location_country") or r.get("location_place"):
            loc = Location(r.get("location_country"), r.get("location_place"))
        span = (r["span_start"], r["span_end"]) if r.get("span_start") is not None else None
        out.append(
            Event(
                doc_id=r.get("doc_id"), sentence_index=r.get("sentence_index"), sentence=r.get("sentence"),
                span=span,
                source=Actor(r.get("source_country"), r.get("source_sector"), r.get("source_text") or "",
                             bool(r.get("source_attributed"))),
                target=target, plover=r["plover"], mode=r.get("mode"), cameo=r.get("cameo"),
                quad_class=r.get("quad_class"), intensity=r.get("intensity"),
                date=_date_str(r.get("date"), r.get("date_precision")), date_precision=r.get("date_precision"),
                location=loc, negated=bool(r.get("negated")), hypothetical=bool(r.get("hypothetical")),
                confidence=float(r["confidence"]) if r.get("confidence") is not None else 1.0,
                evidence=list(r.get("evidence") or []), language=r.get("language"),
                is_symmetric=bool(r.get("is_symmetric")), dataset=r.get("dataset") or CODED_DATASET,
                dataset_id=r.get("dataset_id"), dataset_goldstein=r.get("dataset_goldstein"),
                dataset_quad_class=r.get("dataset_quad_class"), event_id=r.get("event_id"),
            )
        )
    return out
