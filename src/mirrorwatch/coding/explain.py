"""Why the coder did what it did with one sentence: the :class:`Explanation` record.

``mirrorwatch explain`` and :func:`mirrorwatch.api.explain` return this: the tokens and lemmas,
the actor mentions, the triggers, the role each actor got for each trigger (and from which cue),
the modality flags, and for every candidate (trigger × roles) whether an event was emitted and,
if not, why. It is built by the same code path as normal coding (:mod:`.pipeline`), so it never
disagrees with what ``mirrorwatch code`` emits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Event

__all__ = ["Candidate", "Explanation"]


@dataclass(slots=True)
class Candidate:
    """One trigger with the roles found for it, and the verdict."""

    trigger: dict[str, Any]
    sources: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    source_how: str
    target_how: str
    modality: dict[str, Any]
    emitted: bool
    reason: str
    notes: list[str] = field(default_factory=list)

    @classmethod
    def skipped(cls, trigger: dict[str, Any], reason: str) -> Candidate:
        """A trigger set aside before any roles were looked for, with the reason."""
        return cls(trigger=trigger, sources=[], targets=[], source_how="", target_how="", modality={},
                   emitted=False, reason=reason)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict."""
        return {"trigger": self.trigger, "sources": self.sources, "targets": self.targets,
                "source_how": self.source_how, "target_how": self.target_how, "modality": self.modality,
                "emitted": self.emitted, "reason": self.reason, "notes": list(self.notes)}


@dataclass
class Explanation:
    """Everything the coder saw and decided for one sentence."""

    sentence: str
    lang: str
    lexicon_version: str
    tokens: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    triggers: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def roles(self) -> list[dict[str, Any]]:
        """Per trigger: the source(s), target(s) and the cues that chose them."""
        return [{"trigger": c.trigger["id"], "sources": [s["text"] for s in c.sources],
                 "targets": [t["text"] for t in c.targets], "source_how": c.source_how,
                 "target_how": c.target_how} for c in self.candidates]

    @property
    def modality(self) -> list[dict[str, Any]]:
        """Per trigger: the negation/hypothetical flags and the words that set them."""
        return [{"trigger": c.trigger["id"], **c.modality} for c in self.candidates]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``mirrorwatch explain --json``)."""
        return {
            "sentence": self.sentence, "lang": self.lang, "lexicon_version": self.lexicon_version,
            "tokens": list(self.tokens), "lemmas": list(self.lemmas), "actors": list(self.actors),
            "triggers": list(self.triggers), "dates": list(self.dates), "roles": self.roles,
            "modality": self.modality, "candidates": [c.to_dict() for c in self.candidates],
            "events": [e.to_dict() for e in self.events],
        }

    def __rich_console__(self, console: Any, options: Any) -> Any:
        """Rich rendering: tables of tokens, actors, triggers and candidates (text escaped)."""
        from rich.markup import escape
        from rich.table import Table

        yield f"[bold]{escape(self.sentence)}[/bold]  [dim]({self.lang}, lexicon {self.lexicon_version})[/dim]"
        t = Table(title="tokens", title_justify="left", show_edge=False)
        t.add_column("#", justify="right")
        t.add_column("token")
        t.add_column("lemma")
        for i, (tok, lem) in enumerate(zip(self.tokens, self.lemmas, strict=False)):
            t.add_row(str(i), escape(tok), escape(lem))
        yield t
        a = Table(title="actors", title_justify="left", show_edge=False)
        for col in ("tokens", "text", "country", "sector", "kind", "attributed", "resolved by"):
            a.add_column(col)
        for m in self.actors:
            # a town (places.tsv) is no actor: its state is shown in brackets, it only locates acts
            country = f"({m['place']})" if m["kind"] == "place" else str(m["country"])
            a.add_row(f"{m['span'][0]}–{m['span'][1]}", escape(m["text"]), country,
                      "-" if m["kind"] == "place" else str(m["sector"]), m["kind"], "yes" if m["attributed"] else "",
                      "location only" if m["kind"] == "place" else m["resolved_by"])
        yield a if self.actors else "[dim]actors: none found[/dim]"
        if self.dates:
            yield "dates: " + ", ".join(escape(f"{d['text']} → {d['date']} ({d['precision']})") for d in self.dates)
        if not self.candidates:
            yield "[yellow]no trigger: no event[/yellow] (the coder never emits an event without one)"
        for c in self.candidates:
            tr = c.trigger
            verdict = "[green]emitted[/green]" if c.emitted else "[red]not emitted[/red]"
            yield (f"trigger [bold]{escape(tr['text'])}[/bold] ({tr['id']}: {tr['plover']}"
                   f"{'/' + tr['mode'] if tr['mode'] else ''}, CAMEO {tr['cameo']}"
                   f"{', passive' if tr['passive'] else ''}) → {verdict}: {escape(c.reason)}")
            yield (f"    source: {escape(', '.join(s['text'] for s in c.sources) or '-')} [dim]({c.source_how or '-'})[/dim]"
                   f"   target: {escape(', '.join(x['text'] for x in c.targets) or '-')} [dim]({c.target_how or '-'})[/dim]")
            mod = c.modality
            flags = [k for k in ("negated", "hypothetical", "reported") if mod.get(k)]
            if flags:
                yield f"    modality: {', '.join(flags)} [dim]({escape(', '.join(mod.get('cues', [])))})[/dim]"
            for n in c.notes:
                yield f"    [dim]{escape(n)}[/dim]"
        for e in self.events:
            tgt = e.target
            yield (f"[bold]event[/bold] {e.source.country}/{e.source.sector} → "
                   f"{tgt.country if tgt else None}/{tgt.sector if tgt else None} {e.plover} {e.mode or ''} "
                   f"CAMEO {e.cameo} date {e.date} ({e.date_precision}) conf {e.confidence:.2f}"
                   f"{' symmetric' if e.is_symmetric else ''}{' NEGATED' if e.negated else ''}"
                   f"{' HYPOTHETICAL' if e.hypothetical else ''}"
                   + (escape(f" at {e.location.place} ({e.location.country})") if e.location is not None else ""))
