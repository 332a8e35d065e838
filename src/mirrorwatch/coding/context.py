"""Document-level carry-over: what earlier sentences of the same article resolve (step 6b).

News articles name a state once and then say "the ministry", "das Außenministerium", "посол",
or the capital. The coder keeps, per document, which country each institution word last
belonged to and which states were named, so that a later bare "Botschafter" is the ambassador
named before, and a bare "the ministry" is the ministry of the state last acting as a source.
Resolved mentions say ``resolved_by="carry-over"`` and lower the event's confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .actors import Mention

__all__ = ["DocContext"]


@dataclass
class DocContext:
    """Memory of one document while its sentences are coded in order."""

    by_head: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    last_source: Mention | None = None
    states: list[str] = field(default_factory=list)
    last_date: tuple[str, str] | None = None

    def resolve(self, mentions: list[Mention]) -> None:
        """Give unresolved institution mentions the country they last had in this document."""
        for m in mentions:
            if m.country is None and m.head:
                hit = self.by_head.get(m.head)
                if hit is not None:
                    m.country, sector = hit
                    m.sector = m.sector or sector
                    m.resolved_by = "carry-over"
                    m.evidence.append(f"context:{m.head}")

    def remember(self, mentions: list[Mention]) -> None:
        """Record the sentence's resolved mentions for the sentences that follow."""
        for m in mentions:
            if m.country is None:
                continue
            if m.head:
                self.by_head[m.head] = (m.country, m.sector)
            if m.country in self.states:
                self.states.remove(m.country)
            self.states.append(m.country)
