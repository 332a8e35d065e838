"""The scorecard: load gold sets, code them, score them, per set and language (``mirrorwatch eval``).

Top of the evaluation stage: :func:`evaluate` ties the loaders (:mod:`.gold`), the alignment
(:mod:`.align`) and the arithmetic (:mod:`.metrics`) together and returns one JSON-serialisable
scorecard. Languages are never pooled: every (set, language) pair is its own entry.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ontology import PLOVER_TYPES
from .align import CodedSet, CoderLike, Scored, code_set
from .gold import LOADERS, GoldSet
from .metrics import classification, event_scores

__all__ = ["LEVEL_NAMES", "PHOENIX_QUAD", "SETS", "SPECIAL_SETS", "default_shared", "evaluate", "score_coded"]

#: The gold sets ``mirrorwatch eval --set`` knows, in scorecard order. The last three are scored by
#: their own modules (behaviour tests, spans, inter-coder agreement), not by tuple matching.
SETS: tuple[str, ...] = ("eval", "plover", "petr2", "conflibert", "case", "petr-unit", "cameo-ner", "kappa")
#: English-only sets scored by their own modules (see :func:`_score_special`).
SPECIAL_SETS: tuple[str, ...] = ("petr-unit", "cameo-ner", "kappa")
#: Level names accepted by ``--level`` (the headline is L3).
LEVEL_NAMES: tuple[str, ...] = ("L0", "L1", "L2", "L3", "L4", "L5", "L5+", "L6")

#: PLOVER type → PentaClass under the Phoenix convention of ConfliBERT's ``cameo_class``: like
#: GDELT's quad classes but CAMEO 09 (investigate) and 16 (reduce relations, our SANCTION) are
#: verbal conflict (3), and 14 (protest) is material conflict (4). 0 is "no event".
PHOENIX_QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def default_shared() -> Path:
    """``$MIRRORWATCH_SHARED`` or the ``shared`` folder beside the repository (``../shared``)."""
    env = os.environ.get("MIRRORWATCH_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists():
            return parent.parent / "shared"
    return Path.cwd().parent / "shared"


def _top(u: Scored, include_flagged: bool) -> list[str]:
    """Predicted PLOVER types of a unit, most confident first."""
    preds = [t for t in u.pred if include_flagged or not t.flagged]
    return [t.plover for t in sorted(preds, key=lambda t: -t.confidence)]


def _class_scores(coded: CodedSet, include_flagged: bool, resamples: int) -> dict[str, Any]:
    units = coded.units
    if coded.name == "conflibert":
        y_true = [u.label for u in units]
        y_pred = []
        for u in units:
            types = _top(u, include_flagged)
            y_pred.append(PHOENIX_QUAD.get(types[0], 0) if types else 0)
        out = classification(y_true, y_pred, [0, 1, 2, 3, 4], resamples=resamples)
        out["task"] = "PentaClass (0 = no event/statement, 1-4 Phoenix quad classes) of the top prediction"
    else:
        y_true, y_pred = [], []
        for u in units:
            accepted = tuple(u.label)
            types = _top(u, include_flagged)
            hit = next((t for t in types if t in accepted), None)
            y_true.append(hit or accepted[0])
            y_pred.append(hit or (types[0] if types else "none"))
        classes = [t for t in PLOVER_TYPES if t in set(y_true)]
        out = classification(y_true, y_pred, classes, resamples=resamples)
        out["task"] = "PLOVER type of the snippet (any predicted event of an accepted type counts)"
    detected = sum(1 for u in units if _top(u, include_flagged))
    out["detection_rate"] = round(detected / len(units), 4) if units else None
    out["include_flagged"] = include_flagged
    return out


def score_coded(coded: CodedSet, *, include_flagged: bool = False, resamples: int = 1000) -> dict[str, Any]:
    """The scorecard entry of one coded (set, language): scores plus run facts."""
    if coded.kind == "events":
        scores = event_scores(coded.units, include_flagged=include_flagged, resamples=resamples)
    else:
        scores = _class_scores(coded, include_flagged, resamples)
    n_units = sum(1 for u in coded.units if not u.extra)
    return {
        "set": coded.name,
        "lang": coded.lang,
        "kind": coded.kind,
        "passages": coded.passages,
        "failed": coded.failed,
        "problems": coded.problems[:50],
        "problem_count": len(coded.problems),
        "notes": coded.notes,
        "speed": {"sentences": n_units, "cpu_s": round(coded.cpu_s, 3), "wall_s": round(coded.wall_s, 3),
                  "sentences_per_s_per_core": round(n_units / coded.cpu_s, 1) if coded.cpu_s > 0 else None},
        **scores,
    }


def _score_special(name: str, root: Path, coder: CoderLike, include_flagged: bool) -> dict[str, Any]:
    """Scorecard entry of a set scored by its own module (all three are English)."""
    if name == "petr-unit":
        from .petr_unit import score_petr_unit

        # Always the coder with the PETRARCH validation dictionaries as its pack (see petr_unit).
        return score_petr_unit(root, include_flagged=include_flagged)
    if name == "cameo-ner":
        from .spans import score_cameo_ner

        return score_cameo_ner(root, coder, include_flagged=include_flagged)
    from .kappa import score_kappa

    return score_kappa(root, coder, include_flagged=include_flagged)


def _git_commit() -> str | None:
    """The repository's short commit, ``+dirty`` when the coder or language packs have local edits."""
    here = Path(__file__).resolve().parent
    try:
        res = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5,
                             cwd=here)
        if res.returncode != 0 or not res.stdout.strip():
            return None
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "../coding", "../lang"], capture_output=True,
                               text=True, timeout=5, cwd=here)
        return res.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        return None


def evaluate(
    sets: Sequence[str] | str = "eval",
    *,
    lang: str | None = None,
    shared: str | os.PathLike[str] | None = None,
    include_flagged: bool = False,
    coder: CoderLike | None = None,
    resamples: int = 1000,
    gold: dict[str, GoldSet] | None = None,
) -> dict[str, Any]:
    """Score a coder on gold sets; one entry per (set, language).

    Args:
        sets: set names (``eval``, ``plover``, ``petr2``, ``conflibert``, ``case``, ``petr-unit``,
            ``cameo-ner``, ``kappa``) or ``"all"``.
        lang: keep only this language (sets without it are skipped).
        shared: the folder holding ``data/`` and ``eval/`` (default :func:`default_shared`).
        include_flagged: count negated/hypothetical predictions (the other variant is still
            reported at L3 as ``L3 with flagged`` / ``L3 without flagged``).
        coder: the coder to score (default :class:`mirrorwatch.coding.Coder`).
        resamples: bootstrap resamples for the 95 % CIs.
        gold: already loaded gold sets by name (tests, repeated runs); loaded from ``shared`` otherwise.

    Returns:
        ``{"meta": {...}, "scorecards": [...]}`` (see ``docs/evaluation.md`` for the fields).

    Raises:
        InputError: unknown set name, or the gold folder is missing.
    """
    names = list(SETS) if sets == "all" or (not isinstance(sets, str) and "all" in sets) else (
        [sets] if isinstance(sets, str) else list(sets))
    unknown = [s for s in names if s not in SETS]
    if unknown:
        raise InputError(", ".join(unknown), f"unknown gold set; choose from {', '.join(SETS)} or all")
    root = Path(shared) if shared is not None else default_shared()
    if gold is None and not root.is_dir():
        raise InputError(str(root), "gold folder not found; pass --shared PATH (the folder with data/ and eval/)")
    if coder is None:
        from ..coding import Coder

        coder = Coder()
    t0 = time.perf_counter()
    cards: list[dict[str, Any]] = []
    skipped: list[str] = []
    for name in names:
        if name in SPECIAL_SETS:
            if lang not in (None, "en"):
                skipped.append(f"{name}: no {lang} texts")
                continue
            cards.append(_score_special(name, root, coder, include_flagged))
            continue
        gs = (gold or {}).get(name) or LOADERS[name](root)
        langs = gs.languages()
        if lang is not None:
            if lang not in langs:
                skipped.append(f"{name}: no {lang} texts")
                continue
            langs = [lang]
        for lg in langs:
            coded = code_set(gs.only(lg), coder, lang=lg)
            cards.append(score_coded(coded, include_flagged=include_flagged, resamples=resamples))
    meta: dict[str, Any] = {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "coder_commit": _git_commit(),
        "shared": str(root),
        "sets": names,
        "lang": lang,
        "include_flagged": include_flagged,
        "resamples": resamples,
        "skipped": skipped,
        "runtime_s": round(time.perf_counter() - t0, 2),
    }
    try:
        from ..lang import version

        meta["lexicon_version"] = version(None)
    except Exception:  # informative only: a fake coder has no packs
        meta["lexicon_version"] = None
    return {"meta": meta, "scorecards": cards}
