"""Scores of coded units: matching per level, micro P/R/F1 with bootstrap CIs, and diagnostics.

The evaluation stage's arithmetic (``EVALUATION.md``, "Matching" and "Metrics"). Within a unit,
predicted and gold tuples are matched one-to-one at a level. Every level compares a *key* of the
tuple for equality, so the maximum one-to-one matching is the multiset intersection of the keys
(no assignment solver needed; equality is an equivalence relation, so greedy is optimal).
Everything here works on :class:`~mirrorwatch.evaluation.align.Scored` units and returns plain,
JSON-serialisable dicts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..ontology import PLOVER_TYPES
from .align import Scored
from .normalise import Tup, dedupe, is_state

__all__ = [
    "LEVELS",
    "Level",
    "align_pairs",
    "bootstrap",
    "classification",
    "counts",
    "date_scores",
    "event_scores",
    "prf",
]

Key = Callable[[Tup], tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Level:
    """A matching level: the key two tuples must share, and what a gold tuple must carry for it."""

    name: str
    key: Key
    needs: Callable[[Tup], bool] | None = None
    doc: str = ""


def _l3(t: Tup) -> tuple[Any, ...]:
    return (t.src, t.tgt, t.plover)


def _has_sectors(t: Tup) -> bool:
    return t.src_sector is not None and (t.tgt is None or t.tgt_sector is not None)


#: The levels of EVALUATION.md (L0, detection, is unit-level and computed apart).
LEVELS: dict[str, Level] = {
    "L1": Level("L1", lambda t: (t.plover,), doc="same PLOVER type"),
    "L2": Level("L2", lambda t: (t.src, t.tgt), doc="same (source, target) country, any type"),
    "L3": Level("L3", _l3, doc="same (source, target, PLOVER type): the headline"),
    "L3 src+type": Level("L3 src+type", lambda t: (t.src, t.plover), doc="relaxed: source and type, any target"),
    "L4": Level("L4", lambda t: (*_l3(t), t.src_sector, t.tgt_sector), _has_sectors, "L3 + both sectors"),
    "L5": Level("L5", lambda t: (*_l3(t), (t.cameo or "")[:2] or None), lambda t: bool(t.cameo),
                "L3 + CAMEO root"),
    "L5+": Level("L5+", lambda t: (*_l3(t), t.cameo), lambda t: bool(t.cameo), "L3 + full CAMEO code"),
    "L6": Level("L6", lambda t: (*_l3(t), t.mode), lambda t: bool(t.mode), "L3 + PLOVER mode"),
}


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _predicted(u: Scored, include_flagged: bool) -> list[Tup]:
    return dedupe(t for t in u.pred if include_flagged or not t.flagged)


def counts(gold: Sequence[Tup], pred: Sequence[Tup], key: Key) -> tuple[int, int, int]:
    """(tp, fp, fn) of the maximum one-to-one matching of ``pred`` to ``gold`` under ``key``."""
    g = Counter(key(t) for t in gold)
    p = Counter(key(t) for t in pred)
    tp = sum((g & p).values())
    return tp, len(pred) - tp, len(gold) - tp


def bootstrap(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray, *, resamples: int = 1000,
              seed: int = 0) -> dict[str, list[float] | None]:
    """95 % percentile bootstrap CIs of micro P, R and F1, resampling units with replacement.

    ``resamples=0`` skips the bootstrap (every CI is ``None``).
    """
    n = len(tp)
    if resamples <= 0:
        return {"p": None, "r": None, "f1": None}
    if n == 0:
        return {"p": [0.0, 0.0], "r": [0.0, 0.0], "f1": [0.0, 0.0]}
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(resamples, n))
    stp, sfp, sfn = tp[idx].sum(1), fp[idx].sum(1), fn[idx].sum(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(stp + sfp > 0, stp / (stp + sfp), 0.0)
        r = np.where(stp + sfn > 0, stp / (stp + sfn), 0.0)
        f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    return {k: [round(float(np.percentile(v, 2.5)), 4), round(float(np.percentile(v, 97.5)), 4)]
            for k, v in (("p", p), ("r", r), ("f1", f))}


def _level_scores(pairs: list[tuple[list[Tup], list[Tup]]], key: Key, *, resamples: int,
                  seed: int) -> dict[str, Any]:
    arr = np.array([counts(g, p, key) for g, p in pairs], dtype=np.int64).reshape(-1, 3)
    tp, fp, fn = (int(x) for x in arr.sum(0))
    p, r, f = prf(tp, fp, fn)
    return {"units": len(pairs), "tp": tp, "fp": fp, "fn": fn, "p": round(p, 4), "r": round(r, 4),
            "f1": round(f, 4), "ci": bootstrap(arr[:, 0], arr[:, 1], arr[:, 2], resamples=resamples, seed=seed)}


def _interstate(tuples: Sequence[Tup]) -> list[Tup]:
    return [t for t in tuples if is_state(t.src) and is_state(t.tgt) and t.src != t.tgt]


def align_pairs(gold: Sequence[Tup], pred: Sequence[Tup]) -> dict[str, list[Any]]:
    """Pair gold and predicted tuples of one unit for the diagnostics.

    L3 matches first (preferring a prediction with the gold date), then the same dyad with another
    type, then direction swaps (counted apart), then the same source; the rest stay unpaired.
    Returns lists ``l3``, ``dyad``, ``swap``, ``source`` of (gold, pred) pairs and ``gold_only``,
    ``pred_only``.
    """
    g_left, p_left = list(gold), list(pred)
    out: dict[str, list[Any]] = {"l3": [], "dyad": [], "swap": [], "source": []}

    def take(name: str, same: Callable[[Tup, Tup], bool], prefer: Callable[[Tup, Tup], bool] | None = None) -> None:
        for g in list(g_left):
            cands = [p for p in p_left if same(g, p)]
            if not cands:
                continue
            best = next((p for p in cands if prefer and prefer(g, p)), cands[0])
            out[name].append((g, best))
            g_left.remove(g)
            p_left.remove(best)

    take("l3", lambda g, p: _l3(g) == _l3(p), lambda g, p: g.date is not None and g.date == p.date)
    take("dyad", lambda g, p: (g.src, g.tgt) == (p.src, p.tgt))
    take("swap", lambda g, p: (g.src, g.tgt, g.plover) == (p.tgt, p.src, p.plover))
    take("source", lambda g, p: g.src == p.src)
    out["gold_only"], out["pred_only"] = g_left, p_left
    return out


def _within_one_day(gold: str, pred: str | None) -> bool:
    if not pred:
        return False
    if len(gold) == 10:
        try:
            return abs((dt.date.fromisoformat(pred[:10]) - dt.date.fromisoformat(gold)).days) <= 1 and len(pred) >= 10
        except ValueError:
            return False
    return pred[: len(gold)] == gold and len(pred) == len(gold)


def date_scores(pairs: Sequence[tuple[Tup, Tup]]) -> dict[str, Any]:
    """Date accuracy over L3-matched pairs whose gold has a date: exact string and within ±1 day.

    Exact means the same value at the same precision (``2024-04`` ≠ ``2024-04-18``). Within one day
    means, for a day-precision gold date, a day-precision prediction at most one day off; for a
    month-precision gold date, the same month at month precision.
    """
    dated = [(g, p) for g, p in pairs if g.date]
    n = len(dated)
    exact = sum(1 for g, p in dated if p.date == g.date)
    near = sum(1 for g, p in dated if _within_one_day(g.date or "", p.date))
    return {"n": n, "exact": round(exact / n, 4) if n else None, "within_1_day": round(near / n, 4) if n else None,
            "exact_count": exact, "within_1_day_count": near}


def event_scores(units: Sequence[Scored], *, include_flagged: bool = False, resamples: int = 1000,
                 seed: int = 0) -> dict[str, Any]:
    """Every score of an event set: levels, subsets, per type, confusion, diagnostics.

    Args:
        units: the coded units of one set and language.
        include_flagged: count predictions flagged negated or hypothetical (excluded by default).
        resamples: bootstrap resamples of units for the CIs.
        seed: bootstrap seed (fixed, so that a scorecard is reproducible).
    """
    data = [(u, list(u.gold), _predicted(u, include_flagged)) for u in units]
    levels: dict[str, Any] = {}
    # L0 detection: a unit is positive when it holds at least one event.
    det = np.array([(bool(g) and bool(p), bool(p) and not g, bool(g) and not p) for _, g, p in data],
                   dtype=np.int64).reshape(-1, 3)
    tp, fp, fn = (int(x) for x in det.sum(0))
    p0, r0, f0 = prf(tp, fp, fn)
    levels["L0"] = {"units": len(data), "tp": tp, "fp": fp, "fn": fn, "p": round(p0, 4), "r": round(r0, 4),
                    "f1": round(f0, 4), "ci": bootstrap(det[:, 0], det[:, 1], det[:, 2], resamples=resamples,
                                                         seed=seed)}
    all_gold = [t for _, g, _ in data for t in g]
    for name, level in LEVELS.items():
        if level.needs is not None:
            if not any(level.needs(t) for t in all_gold):
                continue  # the gold set does not carry what this level compares
            subset = [(g, p) for _, g, p in data if all(level.needs(t) for t in g)]
        else:
            subset = [(g, p) for _, g, p in data]
        levels[name] = _level_scores(subset, level.key, resamples=resamples, seed=seed)
        if level.needs is not None:
            levels[name]["note"] = "units whose gold tuples all carry the compared field"
    levels["L3 interstate"] = _level_scores([(_interstate(g), _interstate(p)) for _, g, p in data], _l3,
                                            resamples=resamples, seed=seed)
    other = [(list(u.gold), _predicted(u, not include_flagged)) for u in units]
    levels["L3 with flagged" if not include_flagged else "L3 without flagged"] = _level_scores(
        other, _l3, resamples=resamples, seed=seed)

    # per PLOVER type at L1 and L3, and macro-F1 over the types in gold or predictions
    per_type: dict[str, Any] = {}
    types = sorted({t.plover for _, g, p in data for t in (*g, *p)},
                   key=lambda x: PLOVER_TYPES.index(x) if x in PLOVER_TYPES else len(PLOVER_TYPES))
    for typ in types:
        row: dict[str, Any] = {}
        for lname, key in (("L1", LEVELS["L1"].key), ("L3", _l3)):
            c = np.array([counts([t for t in g if t.plover == typ], [t for t in p if t.plover == typ], key)
                          for _, g, p in data], dtype=np.int64).reshape(-1, 3).sum(0)
            pp, rr, ff = prf(*c)
            row[lname] = {"tp": int(c[0]), "fp": int(c[1]), "fn": int(c[2]), "p": round(pp, 4), "r": round(rr, 4),
                          "f1": round(ff, 4)}
        row["gold"] = sum(1 for _, g, _ in data for t in g if t.plover == typ)
        row["pred"] = sum(1 for _, _, p in data for t in p if t.plover == typ)
        per_type[typ] = row
    macro = {lv: round(float(np.mean([per_type[t][lv]["f1"] for t in types])), 4) if types else 0.0
             for lv in ("L1", "L3")}

    # alignment diagnostics: confusion of types, swaps, dates, quad class, intensity, location
    labels = [*types, "none"]
    confusion = np.zeros((len(labels), len(labels)), dtype=np.int64)
    ix = {t: i for i, t in enumerate(labels)}
    l3_pairs: list[tuple[Tup, Tup]] = []
    typed_pairs: list[tuple[Tup, Tup]] = []
    swaps = 0
    for _, g, p in data:
        a = align_pairs(g, p)
        l3_pairs += a["l3"]
        typed_pairs += a["l3"] + a["dyad"]
        swaps += len(a["swap"])
        for gt, pt in a["l3"] + a["dyad"] + a["swap"] + a["source"]:
            confusion[ix[gt.plover], ix[pt.plover]] += 1
        for gt in a["gold_only"]:
            confusion[ix[gt.plover], ix["none"]] += 1
        for pt in a["pred_only"]:
            confusion[ix["none"], ix[pt.plover]] += 1
    quad = [(g.quad, p.quad) for g, p in typed_pairs if g.quad is not None and p.quad is not None]
    inten = [abs(g.intensity - p.intensity) for g, p in typed_pairs
             if g.intensity is not None and p.intensity is not None]
    no_event = [u for u, g, _ in data if u.no_event and not g]
    fp_units = sum(1 for u, g, p in data if u.no_event and not g and p)
    located = [(u.meta.get("location"), p) for u, _, p in data if u.meta.get("location")]
    loc_ok = sum(1 for gl, p in located if any(t.location == gl for t in p))
    n = len(data) or 1
    return {
        "units": len(data),
        "extra_units": sum(1 for u, _, _ in data if u.extra),
        "include_flagged": include_flagged,
        "levels": levels,
        "macro_f1": macro,
        "per_type": per_type,
        "confusion": {"labels": labels, "matrix": confusion.tolist(),
                      "note": "rows gold, columns predicted; pairs by L3, then dyad, swap, source"},
        "swaps": swaps,
        "events_per_sentence": {"gold": round(len(all_gold) / n, 3),
                                "pred": round(sum(len(p) for _, _, p in data) / n, 3)},
        "fp_rate_no_event": {"n": len(no_event), "with_events": fp_units,
                             "rate": round(fp_units / len(no_event), 4) if no_event else None},
        "date": date_scores(l3_pairs),
        "quad_accuracy": {"n": len(quad), "value": round(sum(a == b for a, b in quad) / len(quad), 4) if quad else None},
        "intensity_mae": {"n": len(inten), "value": round(float(np.mean(inten)), 3) if inten else None},
        "location_accuracy": {"n": len(located), "value": round(loc_ok / len(located), 4) if located else None},
    }


# -- classification sets (ConfliBERT PentaClass, CASE types) ------------------------------------
def classification(y_true: Sequence[Any], y_pred: Sequence[Any], classes: Sequence[Any], *,
                   resamples: int = 1000, seed: int = 0) -> dict[str, Any]:
    """Accuracy and macro-F1 (with bootstrap CIs), per-class P/R/F1 and the confusion matrix.

    Macro-F1 averages over ``classes`` (the gold classes of the task); predictions outside them
    count as errors of the true class.
    """
    labels = list(classes) + sorted({p for p in y_pred if p not in classes}, key=str)
    ix = {c: i for i, c in enumerate(labels)}
    t = np.array([ix[y] for y in y_true], dtype=np.int64)
    p = np.array([ix[y] for y in y_pred], dtype=np.int64)
    k, n = len(labels), len(t)

    def scores(tt: np.ndarray, pp: np.ndarray) -> tuple[float, float, np.ndarray]:
        cm = np.bincount(tt * k + pp, minlength=k * k).reshape(k, k)
        tp = np.diag(cm).astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            prec = np.where(cm.sum(0) > 0, tp / cm.sum(0), 0.0)
            rec = np.where(cm.sum(1) > 0, tp / cm.sum(1), 0.0)
            f1 = np.where(prec + rec > 0, 2 * prec * rec / (prec + rec), 0.0)
        acc = float(tp.sum() / len(tt)) if len(tt) else 0.0
        return acc, float(f1[: len(classes)].mean()) if len(classes) else 0.0, cm

    acc, macro, cm = scores(t, p)
    ci: dict[str, list[float] | None] = {"accuracy": None, "macro_f1": None}
    if n and resamples > 0:
        rng = np.random.default_rng(seed)
        res = np.array([scores(t[i], p[i])[:2] for i in rng.integers(0, n, size=(resamples, n))])
        ci = {name: [round(float(np.percentile(res[:, j], 2.5)), 4), round(float(np.percentile(res[:, j], 97.5)), 4)]
              for j, name in enumerate(("accuracy", "macro_f1"))}
    per_class = {}
    for i, c in enumerate(classes):
        pp, rr, ff = prf(float(cm[i, i]), float(cm[:, i].sum() - cm[i, i]), float(cm[i, :].sum() - cm[i, i]))
        per_class[str(c)] = {"support": int(cm[i, :].sum()), "predicted": int(cm[:, i].sum()), "p": round(pp, 4),
                             "r": round(rr, 4), "f1": round(ff, 4)}
    return {"units": n, "accuracy": round(acc, 4), "macro_f1": round(macro, 4), "ci": ci, "per_class": per_class,
            "confusion": {"labels": [str(c) for c in labels], "matrix": cm.tolist(),
                          "note": "rows gold, columns predicted"}}
