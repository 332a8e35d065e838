"""L3 scoring helper for the coder tests: (source country, target country, PLOVER type) per sentence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def l3_counts(predicted: Iterable[tuple[str, tuple]], gold: Iterable[tuple[str, tuple]]) -> tuple[int, int, int]:
    """True positives, false positives, false negatives of one-to-one matching within sentences.

    Both inputs are ``(sentence, (src, tgt, plover))`` pairs; a predicted sentence is matched to a
    gold sentence when one contains the other (gold sentences leave out datelines).
    """
    gold_by = defaultdict(list)
    for s, t in gold:
        gold_by[s].append(t)
    pred_by = defaultdict(list)
    for s, t in predicted:
        key = next((g for g in gold_by if g in s or s in g), s)
        if t not in pred_by[key]:
            pred_by[key].append(t)
    tp = fp = fn = 0
    for s in set(gold_by) | set(pred_by):
        rem = list(dict.fromkeys(gold_by.get(s, [])))
        for t in pred_by.get(s, []):
            if t in rem:
                rem.remove(t)
                tp += 1
            else:
                fp += 1
        fn += len(rem)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
