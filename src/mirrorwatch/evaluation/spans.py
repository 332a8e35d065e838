"""Span F1 on ConfliBERT ``cameo_ner``: the coder's source and target mentions against gold S/T spans.

Part of the evaluation stage (``mirrorwatch eval --set cameo-ner``). ``cameo_ner/test.txt`` is a
CoNLL-style file (one ``token TAG`` per line, a blank line between sentences) with BIO tags for
the source (``S``), target (``T``) and relation/trigger (``R``) of each sentence's event. The
sentence is rebuilt by joining its tokens with spaces and coded as it is; every event's
``source.text`` and ``target.text`` (the mention the coder used, see :class:`~mirrorwatch.records.Actor`)
is located in the sentence and turned into a token span. Predicted spans of a role are the distinct
spans of that role over the sentence's events.

Matching is one-to-one per sentence and role: *exact* needs the same first and last token; *overlap*
needs the shared tokens to cover at least half of the longer of the two spans (so a one-token
prediction inside a four-token gold span does not count, a two-token one does). Micro P/R/F1 over all
sentences, per role and for S and T together.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = ["bio_spans", "load_cameo_ner", "match_spans", "score_cameo_ner", "token_span"]

Span = tuple[int, int]  # first token, last token + 1
ROLES = ("S", "T")


def bio_spans(tags: Sequence[str], role: str) -> list[Span]:
    """Token spans of ``role`` in a BIO tag sequence (an ``I-`` without its ``B-`` opens a span)."""
    spans: list[Span] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag == f"I-{role}" and start is not None
        if not inside and start is not None:
            spans.append((start, i))
            start = None
        if tag in (f"B-{role}", f"I-{role}") and start is None:
            start = i
    return spans


def load_cameo_ner(shared: Path, split: str = "test") -> tuple[list[tuple[list[str], list[str]]], list[str]]:
    """Sentences of ``cameo_ner/<split>.txt`` as (tokens, tags), and the problems met."""
    path = shared / "data" / "anchors" / "ConfliBERT" / "data" / "cameo_ner" / f"{split}.txt"
    if not path.is_file():
        raise InputError(str(path), "cameo_ner file not found; pass --shared PATH")
    sents: list[tuple[list[str], list[str]]] = []
    problems: list[str] = []
    toks: list[str] = []
    tags: list[str] = []
    for no, line in enumerate([*path.read_text(encoding="utf-8").splitlines(), ""], 1):
        if not line.strip():
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2:
            problems.append(f"{path.name} line {no}: expected 'token TAG'; line skipped")
            continue
        toks.append(parts[0])
        tags.append(parts[1])
    return sents, problems


def token_span(tokens: Sequence[str], mention: str) -> Span | None:
    """The token span of ``mention`` in the space-joined ``tokens`` (first occurrence), or ``None``.

    The mention is matched on its whitespace-separated words; a mention that starts or ends inside a
    token (``Serbian`` in ``Serbian-led``) covers that whole token.
    """
    text = " ".join(tokens)
    words = mention.split()
    if not words:
        return None
    start = text.find(" ".join(words))
    if start < 0:
        return None
    end = start + len(" ".join(words))
    offsets, pos = [], 0
    for t in tokens:
        offsets.append((pos, pos + len(t)))
        pos += len(t) + 1
    covered = [i for i, (a, b) in enumerate(offsets) if a < end and b > start]
    return (covered[0], covered[-1] + 1) if covered else None


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: Sequence[Span], pred: Sequence[Span], *, exact: bool) -> int:
    """Pairs of a one-to-one matching (greedy by overlap, largest first); exact or ≥ 50 % overlap."""
    def ok(g: Span, p: Span) -> bool:
        if exact:
            return g == p
        return 2 * _overlap(g, p) >= max(g[1] - g[0], p[1] - p[0])

    pairs = sorted(((_overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if ok(g, p)),
                   reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def score_cameo_ner(shared: Path, coder: Any, *, include_flagged: bool = False) -> dict[str, Any]:
    """The scorecard entry of ``--set cameo-ner``: span P/R/F1 for S and T, exact and ≥ 50 % overlap."""
    t0 = time.perf_counter()
    sents, problems = load_cameo_ner(shared)
    counts = {(role, kind): [0, 0, 0] for role in (*ROLES, "S+T") for kind in ("exact", "overlap")}
    failed: list[str] = []
    unplaced = 0
    cpu = 0.0
    for k, (tokens, tags) in enumerate(sents, 1):
        c0 = time.process_time()
        try:
            events = coder.code_text(" ".join(tokens), lang="en")
        except Exception as exc:  # one failed sentence is listed, never fatal
            failed.append(f"sentence {k}: the coder failed ({type(exc).__name__}: {exc})")
            continue
        finally:
            cpu += time.process_time() - c0
        events = [e for e in events if include_flagged or not (e.negated or e.hypothetical)]
        for role in ROLES:
            gold = bio_spans(tags, role)
            pred: list[Span] = []
            for e in events:
                actor = e.source if role == "S" else e.target
                if actor is None or not actor.text:
                    continue
                span = token_span(tokens, actor.text)
                if span is None:
                    unplaced += 1
                elif span not in pred:
                    pred.append(span)
            for kind in ("exact", "overlap"):
                tp = match_spans(gold, pred, exact=kind == "exact")
                for key in ((role, kind), ("S+T", kind)):
                    counts[key][0] += tp
                    counts[key][1] += len(pred)
                    counts[key][2] += len(gold)
    spans = {f"{role} {kind}": _prf(*counts[(role, kind)]) for role in (*ROLES, "S+T") for kind in ("exact", "overlap")}
    notes = ["span F1 of the coder's source/target mentions against gold S/T spans; overlap = shared tokens "
             "≥ 50 % of the longer span; one-to-one per sentence"]
    if unplaced:
        notes.append(f"{unplaced} actor mentions not found in their sentence (not counted as predictions)")
    n = len(sents)
    return {
        "set": "cameo-ner", "lang": "en", "kind": "spans", "units": n, "passages": n,
        "failed": failed, "problems": problems[:50], "problem_count": len(problems), "notes": notes,
        "include_flagged": include_flagged, "spans": spans,
        "speed": {"sentences": n, "cpu_s": round(cpu, 3), "wall_s": round(time.perf_counter() - t0, 3),
                  "sentences_per_s_per_core": round(n / cpu, 1) if cpu > 0 else None},
    }
