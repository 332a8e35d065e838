"""The scorecard as people read it: terminal tables (rich), Markdown pages and summary rows.

Last step of the evaluation stage: :func:`mirrorwatch.evaluation.evaluate` produces the JSON
scorecard; this module only renders it (``mirrorwatch eval`` prints :func:`render_console`,
``bench/scorecard.py`` writes :func:`render_markdown` to ``docs/scorecard.md`` and
:func:`summary_rows` to ``docs/benchmarks.md``). Gold texts are never shown, only figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

__all__ = ["filter_level", "headline", "render_console", "render_markdown", "summary_rows"]

_LEVEL_ORDER = ["L0", "L1", "L2", "L3", "L3 src+type", "L3 interstate", "L3 with flagged", "L3 without flagged",
                "L4", "L5", "L5+", "L6"]


def _f(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _ci(ci: Sequence[float] | None) -> str:
    return "–" if not ci else f"[{ci[0]:.2f}, {ci[1]:.2f}]"


def filter_level(result: dict[str, Any], level: str | None) -> dict[str, Any]:
    """The scorecard with only ``level`` (and its L3 variants when it is L3) in each ``levels`` table."""
    if level is None:
        return result
    cards = []
    for card in result["scorecards"]:
        card = dict(card)
        if "levels" in card:
            card["levels"] = {k: v for k, v in card["levels"].items()
                              if k == level or (level == "L3" and k.startswith("L3 "))}
        cards.append(card)
    return {**result, "scorecards": cards}


def headline(card: dict[str, Any]) -> tuple[str, float | None, Sequence[float] | None]:
    """The one figure that summarises a scorecard entry: L3 F1, macro-F1 for class sets, the
    behaviour-test pass rate, the S+T span F1 (≥ 50 % overlap) or κ of mirrorwatch vs the majority."""
    if card["kind"] == "behaviour":
        return "pass rate (behaviour tests, not accuracy)", card.get("pass_rate"), None
    if card["kind"] == "spans":
        return "S+T span F1 (≥50% overlap)", card["spans"]["S+T overlap"]["f1"], None
    if card["kind"] == "kappa":
        return "Cohen κ vs majority, PentaClass", card["mean_over_rounds"]["penta"]["mirrorwatch_vs_majority"], None
    if card["kind"] == "events":
        lv = card["levels"].get("L3") or {}
        return "L3 F1", lv.get("f1"), (lv.get("ci") or {}).get("f1")
    return "macro-F1", card.get("macro_f1"), (card.get("ci") or {}).get("macro_f1")


def _level_rows(card: dict[str, Any]) -> list[list[str]]:
    rows = []
    for name in sorted(card["levels"], key=lambda k: _LEVEL_ORDER.index(k) if k in _LEVEL_ORDER else 99):
        v = card["levels"][name]
        rows.append([name, str(v["units"]), str(v["tp"]), str(v["fp"]), str(v["fn"]), _f(v["p"]), _f(v["r"]),
                     _f(v["f1"]), _ci(v["ci"]["f1"])])
    return rows


def _event_facts(card: dict[str, Any]) -> list[str]:
    eps, fpr, date = card["events_per_sentence"], card["fp_rate_no_event"], card["date"]
    facts = [
        f"macro-F1 over PLOVER types: L1 {_f(card['macro_f1']['L1'])}, L3 {_f(card['macro_f1']['L3'])}",
        f"events per sentence: gold {eps['gold']:.2f}, predicted {eps['pred']:.2f}",
        f"direction swaps: {card['swaps']}",
        "false-positive rate on no-event sentences: "
        + (f"{_f(fpr['rate'])} ({fpr['with_events']} of {fpr['n']})" if fpr["n"] else "– (none marked)"),
    ]
    if date["n"]:
        facts.append(f"date (L3 matches with a gold date, n={date['n']}): exact {_f(date['exact'])}, "
                     f"±1 day {_f(date['within_1_day'])}")
    for key, label in (("quad_accuracy", "quad-class accuracy (GDELT)"), ("intensity_mae", "intensity MAE"),
                       ("location_accuracy", "event-location country accuracy")):
        v = card[key]
        if v["n"]:
            facts.append(f"{label}: {_f(v['value'])} (n={v['n']})")
    return facts


def _common_facts(card: dict[str, Any]) -> list[str]:
    sp = card["speed"]
    facts = [f"speed: {sp['sentences_per_s_per_core'] or '–'} sentences/s/core ({sp['sentences']} in {sp['cpu_s']} CPU s)"]
    if card["failed"]:
        facts.append(f"failed passages: {len(card['failed'])} (first: {card['failed'][0]})")
    if card["problem_count"]:
        facts.append(f"gold/alignment problems: {card['problem_count']} (first: {card['problems'][0]})")
    facts += card.get("notes") or []
    return facts


def _special_table(card: dict[str, Any]) -> tuple[list[str], list[list[str]], list[str]]:
    """Header, rows and facts of the sets with their own scorers (behaviour, spans, kappa)."""
    if card["kind"] == "behaviour":
        rows = [[name, str(v["tested"]), str(v["passed"]), str(v["not_loadable"]), _f(v["pass_rate"])]
                for name, v in card["categories"].items()]
        rows.append(["all", str(card["tested"]), str(card["passed"]), str(card["not_loadable"]),
                     _f(card["pass_rate"])])
        facts = [f"BEHAVIOUR TESTS (PETRARCH unit tests, fictional actors): {card['passed']} of {card['tested']} "
                 f"records pass; never quote this as accuracy"]
        return ["category", "tested", "passed", "not loadable", "pass rate"], rows, facts
    if card["kind"] == "spans":
        rows = [[name, str(v["gold"]), str(v["pred"]), str(v["tp"]), _f(v["p"]), _f(v["r"]), _f(v["f1"])]
                for name, v in card["spans"].items()]
        return ["role, match", "gold", "pred", "tp", "P", "R", "F1"], rows, []
    header = ["round", "scheme", "coders", "items", "Fleiss humans", "Fleiss + mw", "human vs others", "mw vs majority"]
    rows = []
    for r in card["rounds"]:
        for scheme in ("penta", "root"):
            v = r[scheme]
            rows.append([r["round"].replace("training_round_", "round "), scheme, str(v["coders"]), str(v["items"]),
                         _f(v["fleiss_humans"]), _f(v["fleiss_with_mirrorwatch"]),
                         _f(v["humans_vs_majority_of_others"]), _f(v["mirrorwatch_vs_majority"])])
    for scheme in ("penta", "root"):
        m = card["mean_over_rounds"][scheme]
        rows.append(["mean", scheme, "", "", _f(m["fleiss_humans"]), _f(m["fleiss_with_mirrorwatch"]),
                     _f(m["humans_vs_majority_of_others"]), _f(m["mirrorwatch_vs_majority"])])
    facts = ["human ceiling: 'human vs others' is each coder's Cohen κ against the majority of the other coders "
             "(mean); 'mw vs majority' is mirrorwatch's Cohen κ against the majority of all human coders"]
    return header, rows, facts


def _title(card: dict[str, Any]) -> str:
    flag = ", negated/hypothetical included" if card.get("include_flagged") else ""
    return f"{card['set']} · {card['lang']} ({card['units']} units, {card['passages']} texts{flag})"


def render_console(result: dict[str, Any], console: Console) -> None:
    """Print one table per (set, language) and its diagnostics."""
    for card in result["scorecards"]:
        parts: list[Any] = []
        if card["kind"] in ("behaviour", "spans", "kappa"):
            header, rows, facts = _special_table(card)
            table = Table(title=_title(card), title_justify="left", show_edge=False)
            for i, col in enumerate(header):
                table.add_column(col, justify="left" if i == 0 or col == "scheme" else "right")
            for row in rows:
                table.add_row(*row, style="bold" if row[0] in ("all", "mean") else None)
            parts.append(table)
        elif card["kind"] == "events":
            table = Table(title=_title(card), title_justify="left", show_edge=False)
            for col, just in (("level", "left"), ("units", "right"), ("tp", "right"), ("fp", "right"),
                              ("fn", "right"), ("P", "right"), ("R", "right"), ("F1", "right"),
                              ("95% CI F1", "right")):
                table.add_column(col, justify=just)  # type: ignore[arg-type]
            for row in _level_rows(card):
                table.add_row(*row, style="bold" if row[0] == "L3" else None)
            parts.append(table)
            facts = _event_facts(card)
        else:
            table = Table(title=_title(card), title_justify="left", show_edge=False)
            for col in ("class", "support", "predicted", "P", "R", "F1"):
                table.add_column(col, justify="left" if col == "class" else "right")
            for name, v in card["per_class"].items():
                table.add_row(name, str(v["support"]), str(v["predicted"]), _f(v["p"]), _f(v["r"]), _f(v["f1"]))
            parts.append(table)
            facts = [f"accuracy {_f(card['accuracy'])} {_ci(card['ci']['accuracy'])}, "
                     f"macro-F1 {_f(card['macro_f1'])} {_ci(card['ci']['macro_f1'])}",
                     f"detection rate (≥1 event predicted): {_f(card['detection_rate'])}", card["task"]]
        parts += [Text("  " + f, style="dim") for f in facts + _common_facts(card)]
        console.print(Group(*parts))
        console.print()
    for s in result["meta"].get("skipped") or []:
        console.print(f"skipped {s}", style="dim")


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]], right_from: int = 1) -> list[str]:
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i < right_from else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def render_markdown(result: dict[str, Any], *, command: str = "") -> str:
    """The whole scorecard as a Markdown page (``docs/scorecard.md``)."""
    meta = result["meta"]
    lines = [
        "# Coder scorecard",
        "",
        "Generated by `bench/scorecard.py` (do not edit by hand); the method is in `docs/evaluation.md`.",
        f"Coder commit `{meta.get('coder_commit')}`, lexicon `{meta.get('lexicon_version')}`, "
        f"{meta['created']}, {meta['resamples']} bootstrap resamples, runtime {meta['runtime_s']} s.",
        "Negated and hypothetical predictions are " + ("included." if meta["include_flagged"] else
                                                       "excluded (the `L3 with flagged` row includes them)."),
        "",
    ]
    if command:
        lines += ["    " + command, ""]
    lines += ["## Summary", ""]
    lines += _md_table(["set", "lang", "units", "headline", "value", "95% CI"],
                       [[c["set"], c["lang"], str(c["units"]), *(lambda h: [h[0], _f(h[1]), _ci(h[2])])(headline(c))]
                        for c in result["scorecards"]], right_from=2)
    for card in result["scorecards"]:
        lines += ["", f"## {_title(card)}", ""]
        if card["kind"] in ("behaviour", "spans", "kappa"):
            header, rows, facts = _special_table(card)
            lines += _md_table(header, rows, right_from=2 if card["kind"] == "kappa" else 1)
            lines += [""] + [f"- {f}" for f in facts + _common_facts(card)]
        elif card["kind"] == "events":
            lines += _md_table(["level", "units", "tp", "fp", "fn", "P", "R", "F1", "95% CI F1"], _level_rows(card))
            lines += [""] + [f"- {f}" for f in _event_facts(card) + _common_facts(card)]
            types = card["per_type"]
            if types:
                lines += ["", "Per PLOVER type:", ""]
                lines += _md_table(["type", "gold", "pred", "L1 F1", "L3 P", "L3 R", "L3 F1"],
                                   [[t, str(v["gold"]), str(v["pred"]), _f(v["L1"]["f1"]), _f(v["L3"]["p"]),
                                     _f(v["L3"]["r"]), _f(v["L3"]["f1"])] for t, v in types.items()])
            conf = card["confusion"]
            lines += ["", "Confusion of PLOVER types (rows gold, columns predicted; `none` = unpaired):", ""]
            lines += _md_table(["gold \\ pred", *conf["labels"]],
                               [[lab, *map(str, row)] for lab, row in zip(conf["labels"], conf["matrix"], strict=True)])
        else:
            lines += [f"{card['task']}.", ""]
            lines += _md_table(["class", "support", "predicted", "P", "R", "F1"],
                               [[k, str(v["support"]), str(v["predicted"]), _f(v["p"]), _f(v["r"]), _f(v["f1"])]
                                for k, v in card["per_class"].items()])
            lines += ["", f"- accuracy {_f(card['accuracy'])} {_ci(card['ci']['accuracy'])}, macro-F1 "
                          f"{_f(card['macro_f1'])} {_ci(card['ci']['macro_f1'])}",
                      f"- detection rate (≥1 event predicted): {_f(card['detection_rate'])}"]
            lines += [f"- {f}" for f in _common_facts(card)]
    return "\n".join(lines) + "\n"


def summary_rows(result: dict[str, Any]) -> list[str]:
    """One Markdown table row per (set, language) for ``docs/benchmarks.md``."""
    meta = result["meta"]
    date = meta["created"][:10]
    rows = []
    for c in result["scorecards"]:
        name, value, ci = headline(c)
        extra = ""
        if c["kind"] == "events":
            lv = c["levels"]["L3"]
            extra = f"P {_f(lv['p'])} R {_f(lv['r'])}"
        elif c["kind"] == "behaviour":
            extra = f"{c['passed']}/{c['tested']} pass, {c['not_loadable']} not loadable"
        elif c["kind"] == "spans":
            extra = f"exact S+T F1 {_f(c['spans']['S+T exact']['f1'])}"
        elif c["kind"] == "kappa":
            m = c["mean_over_rounds"]["penta"]
            extra = f"human Fleiss κ {_f(m['fleiss_humans'])}, human vs others {_f(m['humans_vs_majority_of_others'])}"
        else:
            extra = f"accuracy {_f(c['accuracy'])}"
        rows.append(f"| {date} | `{meta.get('coder_commit')}` | {c['set']} | {c['lang']} | {c['units']} | {name} "
                    f"{_f(value)} {_ci(ci)} | {extra} | {c['speed']['sentences_per_s_per_core'] or '–'} |")
    return rows
