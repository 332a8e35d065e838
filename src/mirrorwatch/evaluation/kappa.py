"""The human ceiling: Fleiss' κ of the CAMEO_ConfliBERT coders, and mirrorwatch as one more coder.

Part of the evaluation stage (``mirrorwatch eval --set kappa``). The CAMEO_ConfliBERT replication
package (``data/anchors/CAMEO_ConfliBERT/annotations/training_round_N/summary*.csv``) holds ten
training rounds in which three to five people coded the same 100 English sentences: relevant or
not, then up to four actions, each with a PentaClass and a CAMEO root. Per round this module reports

* Fleiss' κ among the human coders, on PentaClass and on the CAMEO root;
* Fleiss' κ of the same table with mirrorwatch added as one more coder;
* Cohen's κ of mirrorwatch against the humans' majority label, next to the same figure for each
  human against the majority of the *other* humans (the human ceiling for that comparison).

Label conventions (comparable with the ``conflibert`` set): a coder's label is its *first* action;
"not relevant" and CAMEO roots 01/02 (statements, appeals, which PLOVER does not code as events)
are class ``0`` of PentaClass and root ``00``. mirrorwatch's label is its most confident event
(negated/hypothetical ones left out unless asked), through the Phoenix quad map for PentaClass.
The κ arithmetic is statsmodels' (``fleiss_kappa``, ``cohens_kappa``), not hand-written.
"""

from __future__ import annotations

import csv
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from statsmodels.stats.inter_rater import aggregate_raters, cohens_kappa, fleiss_kappa

from ..errors import InputError

__all__ = ["Round", "cohen", "fleiss", "load_rounds", "majority", "score_kappa"]

#: A coder must have labelled at least this share of a round's sentences to count in that round
#: (some coders annotated only a handful of sentences in early rounds; Fleiss' κ needs every item
#: rated by the same number of coders).
MIN_COVERAGE = 0.5

_TRUE, _FALSE = {"true"}, {"false"}
_ROUND_NO = re.compile(r"training_round_(\d+)$")


class Round:
    """One training round: sentences and, per coder, a PentaClass and a CAMEO-root label (or ``None``)."""

    def __init__(self, name: str, texts: list[str], penta: dict[str, list[str | None]],
                 root: dict[str, list[str | None]]) -> None:
        self.name = name
        self.texts = texts
        self.penta = penta
        self.root = root


def _first_digits(value: str) -> str | None:
    m = re.match(r"\s*(\d+)(?:-(\d+))?", value or "")
    if m is None:
        return None
    return m.group(2) if m.group(2) is not None else m.group(1)


def _labels(row: dict[str, str], coder: str) -> tuple[str | None, str | None]:
    """(PentaClass, CAMEO root) of one coder on one row; ``(None, None)`` when it did not code it."""
    relevant = (row.get(f"1_Relevant_{coder}") or "").strip().lower()
    done = (row.get(f"anncomplete_{coder}") or "true").strip().lower()
    if done in _FALSE or relevant not in _TRUE | _FALSE:
        return None, None
    if relevant in _FALSE:
        return "0", "00"
    penta = (row.get(f"Action1-PentaClass_{coder}") or "").strip()[:1]
    root = _first_digits(row.get(f"Action1_CAMEO_{coder}") or "")  # "3-11 Disapprove" -> "11"
    if not penta.isdigit() or root is None:
        return None, None
    root = root.zfill(2)
    if root in ("01", "02"):  # a statement or appeal: no PLOVER event, PentaClass 0
        return "0", "00"
    return penta, root


def load_rounds(shared: Path) -> tuple[list[Round], list[str]]:
    """Every training round's summary table, with the problems met (rounds without one are listed)."""
    base = shared / "data" / "anchors" / "CAMEO_ConfliBERT" / "annotations"
    if not base.is_dir():
        raise InputError(str(base), "CAMEO_ConfliBERT annotations not found; pass --shared PATH")
    rounds: list[Round] = []
    problems: list[str] = []
    folders = sorted((p for p in base.iterdir() if _ROUND_NO.search(p.name)),
                     key=lambda p: int(_ROUND_NO.search(p.name).group(1)))  # type: ignore[union-attr]
    for folder in folders:
        files = sorted(folder.glob("summary*.csv"))
        if not files:
            problems.append(f"{folder.name}: no summary*.csv; round skipped")
            continue
        path = files[-1]  # summary_v2.csv supersedes summary.csv where both exist
        try:
            with path.open(encoding="utf-8", newline="") as f:
                rows = list(csv.DictReader(f))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            problems.append(f"{folder.name}/{path.name}: unreadable ({exc}); round skipped")
            continue
        coders = sorted({k.rsplit("_", 1)[1] for k in (rows[0] if rows else {}) if k.startswith("1_Relevant_")})
        if not rows or not coders:
            why = "no rows" if not rows else "no coder columns (1_Relevant_<coder>)"
            problems.append(f"{folder.name}/{path.name}: {why}; round skipped")
            continue
        texts = [(r.get("sentences") or "").strip() for r in rows]
        penta: dict[str, list[str | None]] = {}
        root: dict[str, list[str | None]] = {}
        for c in coders:
            pairs = [_labels(r, c) for r in rows]
            penta[c] = [p for p, _ in pairs]
            root[c] = [q for _, q in pairs]
        rounds.append(Round(folder.name, texts, penta, root))
    return rounds, problems


def fleiss(labels: Sequence[Sequence[Any]]) -> float | None:
    """Fleiss' κ of an items × coders table of labels (statsmodels); ``None`` for < 2 items."""
    if len(labels) < 2:
        return None
    table, _ = aggregate_raters(np.asarray(labels, dtype=object))
    value = float(fleiss_kappa(table, method="fleiss"))
    return None if np.isnan(value) else round(value, 4)


def cohen(a: Sequence[Any], b: Sequence[Any]) -> float | None:
    """Cohen's κ of two coders' labels (statsmodels, on their square contingency table)."""
    if len(a) < 2:
        return None
    cats = sorted(set(a) | set(b), key=str)
    ix = {c: i for i, c in enumerate(cats)}
    table = np.zeros((len(cats), len(cats)))
    for x, y in zip(a, b, strict=True):
        table[ix[x], ix[y]] += 1
    value = float(cohens_kappa(table, return_results=False))
    return None if np.isnan(value) else round(value, 4)


def majority(labels: Sequence[Any]) -> Any:
    """The label most coders gave, ``None`` on a tie for the top."""
    top = Counter(labels).most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _scheme_scores(table: dict[str, list[str | None]], machine: list[str]) -> dict[str, Any]:
    """κ figures of one round and one label scheme (PentaClass or CAMEO root)."""
    n = len(machine)
    coders = [c for c, v in table.items() if sum(x is not None for x in v) >= MIN_COVERAGE * n]
    items = [i for i in range(n) if all(table[c][i] is not None for c in coders)]
    out: dict[str, Any] = {"coders": len(coders), "items": len(items)}
    if len(coders) < 2 or len(items) < 2:
        return {**out, "fleiss_humans": None, "fleiss_with_mirrorwatch": None, "mirrorwatch_vs_majority": None,
                "humans_vs_majority_of_others": None, "majority_items": 0}
    rows = [[table[c][i] for c in coders] for i in items]
    out["fleiss_humans"] = fleiss(rows)
    out["fleiss_with_mirrorwatch"] = fleiss([[*r, machine[i]] for r, i in zip(rows, items, strict=True)])
    maj = [(majority(r), machine[i]) for r, i in zip(rows, items, strict=True)]
    maj = [(m, p) for m, p in maj if m is not None]
    out["majority_items"] = len(maj)
    out["mirrorwatch_vs_majority"] = cohen([m for m, _ in maj], [p for _, p in maj])
    # Each human against the majority of the others: what "agreeing with the crowd" looks like for a person.
    per_human = []
    for k in range(len(coders)):
        pairs = [(majority(r[:k] + r[k + 1:]), r[k]) for r in rows]
        pairs = [(m, x) for m, x in pairs if m is not None]
        per_human.append(cohen([m for m, _ in pairs], [x for _, x in pairs]))
    known = [v for v in per_human if v is not None]
    out["humans_vs_majority_of_others"] = round(float(np.mean(known)), 4) if known else None
    out["humans_vs_majority_of_others_each"] = per_human
    return out


def _machine_labels(coder: Any, texts: list[str], include_flagged: bool) -> tuple[list[str], list[str], list[str],
                                                                                   float]:
    from .run import PHOENIX_QUAD

    penta: list[str] = []
    root: list[str] = []
    failed: list[str] = []
    cpu = 0.0
    for i, text in enumerate(texts):
        c0 = time.process_time()
        try:
            events = coder.code_text(text, lang="en") if text else []
        except Exception as exc:  # a coder failure is one missing label, never fatal
            failed.append(f"sentence {i + 1}: the coder failed ({type(exc).__name__}: {exc})")
            events = []
        cpu += time.process_time() - c0
        events = [e for e in events if include_flagged or not (e.negated or e.hypothetical)]
        top = max(events, key=lambda e: e.confidence) if events else None
        penta.append(str(PHOENIX_QUAD.get(top.plover, 0)) if top is not None else "0")
        code = (top.cameo or "") if top is not None else ""
        r = code[:2] if len(code) >= 2 and code[:2].isdigit() else "00"
        root.append("00" if r in ("01", "02") else r)
    return penta, root, failed, cpu


def score_kappa(shared: Path, coder: Any, *, include_flagged: bool = False) -> dict[str, Any]:
    """The scorecard entry of ``--set kappa``: per round and label scheme, human and machine κ."""
    t0 = time.perf_counter()
    rounds, problems = load_rounds(shared)
    per_round: list[dict[str, Any]] = []
    failed: list[str] = []
    cpu = 0.0
    n_texts = 0
    for rd in rounds:
        penta, root, fails, c = _machine_labels(coder, rd.texts, include_flagged)
        cpu += c
        n_texts += len(rd.texts)
        failed += [f"{rd.name} {f}" for f in fails]
        per_round.append({"round": rd.name, "sentences": len(rd.texts),
                          "penta": _scheme_scores(rd.penta, penta), "root": _scheme_scores(rd.root, root)})
    summary: dict[str, Any] = {}
    for scheme in ("penta", "root"):
        cols = ("fleiss_humans", "fleiss_with_mirrorwatch", "mirrorwatch_vs_majority", "humans_vs_majority_of_others")
        summary[scheme] = {}
        for col in cols:
            vals = [r[scheme][col] for r in per_round if r[scheme][col] is not None]
            summary[scheme][col] = round(float(np.mean(vals)), 4) if vals else None
    return {
        "set": "kappa", "lang": "en", "kind": "kappa", "units": n_texts, "passages": n_texts,
        "failed": failed, "problems": problems[:50], "problem_count": len(problems),
        "notes": ["human ceiling: κ among the CAMEO_ConfliBERT coders; mirrorwatch treated as one more coder",
                  "first action per coder; not relevant and CAMEO 01/02 = PentaClass 0 / root 00",
                  f"coders with labels on < {MIN_COVERAGE:.0%} of a round's sentences are left out of that round"],
        "include_flagged": include_flagged,
        "rounds": per_round,
        "mean_over_rounds": summary,
        "speed": {"sentences": n_texts, "cpu_s": round(cpu, 3), "wall_s": round(time.perf_counter() - t0, 3),
                  "sentences_per_s_per_core": round(n_texts / cpu, 1) if cpu > 0 else None},
    }
