"""``mirrorwatch eval``: the coder's scorecard on the gold sets in ``../shared``."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import api
from ._common import EXIT_PARTIAL, JsonOption, handle_errors, out, print_json

_SETS = ("eval", "plover", "petr2", "conflibert", "case", "petr-unit", "cameo-ner", "kappa", "all")
_LEVELS = ("L0", "L1", "L2", "L3", "L4", "L5", "L5+", "L6")


@handle_errors
def eval_(
    set_: list[str] = typer.Option(["eval"], "--set", help="Gold set: eval, plover, petr2, conflibert, case, petr-unit "
                                   "(behaviour tests), cameo-ner (spans), kappa (human ceiling) or all (repeatable)."),
    lang: str | None = typer.Option(None, "--lang", help="Only this language (de, en, ru); default: each apart."),
    level: str | None = typer.Option(None, "--level", help="Show only this level (L0-L6; L3 also shows its "
                                     "interstate, relaxed and flagged variants)."),
    as_json: bool = JsonOption,
    include_flagged: bool = typer.Option(False, "--include-flagged",
                                         help="Count events the coder flags negated or hypothetical."),
    shared: Path | None = typer.Option(None, "--shared", envvar="MIRRORWATCH_SHARED",
                                       help="Folder holding data/ and eval/ (default ../shared beside the repo)."),
    resamples: int = typer.Option(1000, "--resamples", min=0, help="Bootstrap resamples for the 95% CIs."),
) -> None:
    """Score the coder against gold sets: P/R/F1 with 95% bootstrap CIs per level, per set and language.

    Codes every passage of the chosen sets with the current coder and language packs, matches the
    predictions to the gold sentences (L0 detection ... L3 source/target/type ... L6 mode), and
    prints one table per set and language with the false-positive rate on no-event sentences,
    events per sentence, date accuracy, macro-F1 and speed. Three English sets are scored apart:
    petr-unit (PETRARCH unit tests with their own dictionaries: a behaviour-test pass rate per
    category, never accuracy), cameo-ner (source/target span F1) and kappa (Fleiss' kappa of the
    CAMEO_ConfliBERT human coders, with mirrorwatch as one more coder). Languages are never pooled.
    Exit status 3 when some passages could not be coded (they are listed and left out).

    Example:

        mirrorwatch eval --set eval --lang de --level L3
        mirrorwatch eval --set all --json > scorecard.json
    """
    bad = [s for s in set_ if s not in _SETS]
    if bad:
        raise typer.BadParameter(f"unknown set {', '.join(bad)}; choose from {', '.join(_SETS)}", param_hint="--set")
    if level is not None and level not in _LEVELS:
        raise typer.BadParameter(f"unknown level {level!r}; choose from {', '.join(_LEVELS)}", param_hint="--level")
    if lang is not None and lang not in api.lexicon_languages():
        raise typer.BadParameter(f"no language pack {lang!r}; available: {', '.join(api.lexicon_languages())}",
                                 param_hint="--lang")
    sets = "all" if "all" in set_ else list(dict.fromkeys(set_))
    result = api.evaluate(sets, lang=lang, shared=shared, include_flagged=include_flagged, resamples=resamples)
    from ..evaluation.report import filter_level, render_console

    result = filter_level(result, level)
    if as_json:
        print_json(result)
    else:
        render_console(result, out)
    if any(card["failed"] for card in result["scorecards"]):
        raise typer.Exit(EXIT_PARTIAL)


def register(app: typer.Typer) -> None:
    """Add the evaluation command."""
    app.command("eval")(eval_)


__all__ = ["register"]
