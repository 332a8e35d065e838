"""``mirrorwatch mirror``, ``report`` and ``dyads``: reciprocity analytics from the shell.

A thin layer over :func:`mirrorwatch.api.mirror`, :func:`~mirrorwatch.api.write_report` and
:func:`~mirrorwatch.api.dyads_overview`; the numbers are defined in ``docs/analysis.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from .. import api
from ._common import DbOption, JsonOption, err, handle_errors, out, print_json

SinceOption = typer.Option(None, "--since", help="First day (YYYY-MM-DD).", show_default=False)
UntilOption = typer.Option(None, "--until", help="Last day (YYYY-MM-DD).", show_default=False)
DatasetOption = typer.Option(
    None, "--dataset", help="Only events of this dataset (repeatable): mirrorwatch, gdelt, icews, ...",
    show_default=False,
)
WindowOption = typer.Option(14, "--window", min=1, max=365, help="Answer window in days.")
NoSymOption = typer.Option(False, "--no-symmetric", help="Leave out symmetric (mirror) records.")


def _common(since: str | None, until: str | None, dataset: list[str] | None, no_symmetric: bool) -> dict[str, Any]:
    import pandas as pd

    from ..errors import InputError

    for name, value in (("--since", since), ("--until", until)):
        if value is not None:
            try:
                pd.Timestamp(value)
            except (ValueError, TypeError) as exc:
                raise InputError(name, f"{value!r} is not a date; use YYYY-MM-DD") from exc
    return {"since": since, "until": until, "datasets": list(dataset) if dataset else None,
            "include_symmetric": not no_symmetric}


def _f(v: Any, nd: int = 2) -> str:
    return "–" if v is None else (f"{v:.{nd}f}" if isinstance(v, float) else str(v))


def _p(v: Any) -> str:
    return "–" if v is None else f"{100 * v:.0f}%"


@handle_errors
def mirror(
    a: str = typer.Argument(..., help="First country (ISO alpha-3, e.g. RUS)."),
    b: str = typer.Argument(..., help="Second country (e.g. AZE)."),
    db: Path | None = DbOption,
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    dataset: list[str] | None = DatasetOption,
    window: int = WindowOption,
    no_symmetric: bool = NoSymOption,
    top: int = typer.Option(5, "--top", min=0, help="Linked pairs to show."),
    as_json: bool = JsonOption,
) -> None:
    """Who mirrors whom: per direction the answer and mirror rates beside their chance levels,
    median lag, proportionality, escalation share, mirror index and strategy, then the best
    linked act → answer pairs with their sentences. Row "X->Y" describes X as the one who answers.

    Example:

        mirrorwatch mirror RUS AZE --since 2024-12-01 --window 14
        mirrorwatch mirror RUS AZE --json | jq '."AZE->RUS".mirror_index'
    """
    res = api.mirror(api.open_store(db), a, b, window_days=window, top_pairs=top,
                     **_common(since, until, dataset, no_symmetric))
    if as_json:
        print_json(res)
        return
    x, y = res["dyad"]
    t = Table(title=f"{x} – {y}  ({res['date_range'][0] or '-'} … {res['date_range'][1] or '-'}, "
                    f"window {res['window_days']} d)", title_justify="left")
    for c in ("answers", "events", "answer rate (chance)", "mirror rate (chance)", "lag d", "prop.",
              "escal.", "mirror index", "strategy"):
        t.add_column(c, justify="left" if c in ("answers", "strategy") else "right")
    for key in (f"{x}->{y}", f"{y}->{x}"):
        d = res[key]
        t.add_row(f"{key.split('->')[0]} answers {d['answers']}", str(d["events"]),
                  f"{_p(d['answer_rate'])} ({_p(d['answer_rate_chance'])})",
                  f"{_p(d['mirror_rate'])} ({_p(d['mirror_rate_chance'])})", _f(d["median_lag_days"], 1),
                  _f(d["proportionality"]), _p(d["escalation_share"]), _f(d["mirror_index"]),
                  d["strategy"] or "–")
    out.print(t)
    for key in (f"{x}->{y}", f"{y}->{x}"):
        out.print(res[key]["finding"], markup=False)
    g = res["granger"]
    if "error" in g:
        out.print(f"VAR: {g['error']}", markup=False)
    else:
        out.print("Granger (weekly net intensity): " + "; ".join(
            f"{k}: F={v['f']:.2f}, p={v['p_value']:.3g}" for k, v in g.items()), markup=False)
    for p in res["pairs"]:
        tr, rs = p["trigger"], p["response"]
        out.print(f"\n[bold]{p['label']}[/bold]  lag {p['lag_days']} d, score {p['score']:.2f}")
        for role, e in (("act", tr), ("answer", rs)):
            sentence = (e.get("evidence") or {}).get("sentence") or ""
            out.print(f"  {role:6} {e['date']} {e['actor']} {e['plover']}: {sentence}", markup=False)


@handle_errors
def report(
    a: str = typer.Argument(..., help="First country (ISO alpha-3)."),
    b: str = typer.Argument(..., help="Second country."),
    output: Path = typer.Option(..., "-o", "--output", help="HTML file to write.", show_default=False),
    db: Path | None = DbOption,
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    dataset: list[str] | None = DatasetOption,
    window: int = WindowOption,
    no_symmetric: bool = NoSymOption,
    png: Path | None = typer.Option(None, "--png", help="Also write every figure as SVG and PNG into this folder.",
                                    show_default=False),
    whatif: bool = typer.Option(False, "--whatif", help="Add a 'What if' section: simulated paths with bands and "
                                "four-vectors beside named strategies (loads Axelrod: 15-35 s more)."),
    swap: str | None = typer.Option(None, "--swap", help="With --whatif: SIDE=STRATEGY to compare, e.g. "
                                    "AZE=tit-for-tat (grudger, wsls, always-defect, always-cooperate, fitted:XXX).",
                                    show_default=False),
    weeks: int | None = typer.Option(None, "--weeks", help="With --whatif: weeks to simulate [default: 26].",
                                     show_default=False),
    runs: int | None = typer.Option(None, "--runs", help="With --whatif: Monte Carlo runs [default: 1000].",
                                    show_default=False),
    seed: int | None = typer.Option(None, "--seed", help="With --whatif: random seed [default: 0].",
                                    show_default=False),
) -> None:
    """Write the self-contained HTML report of a dyad: mirror timeline (A→B above the axis, B→A
    below), rates beside chance, linked act → answer pairs with their evidence, lags and
    proportionality, strategy fingerprint, escalation episodes and the VAR. Works offline: no
    script, no CDN; article text is escaped. --whatif adds the what-if simulation (as
    `mirrorwatch simulate`).

    Example:

        mirrorwatch report RUS AZE -o rus-aze.html --png figures/
        mirrorwatch report AZE RUS -o aze-rus.html --whatif --swap AZE=tit-for-tat --weeks 26 --runs 500
    """
    sim = _whatif_options(whatif, swap=swap, weeks=weeks, runs=runs, seed=seed)
    if sim is not None:
        err.print("simulating the what-if section (the first simulation loads the Axelrod library: 15-35 s) …")
    path = api.write_report(api.open_store(db), a, b, output, png_dir=png, window_days=window, whatif=sim,
                            **_common(since, until, dataset, no_symmetric))
    err.print(f"wrote {path}" + (f" and figures in {png}" if png else ""))


def _whatif_options(whatif: bool, **options: Any) -> dict[str, Any] | None:
    """The ``whatif`` argument of :func:`mirrorwatch.api.write_report` from ``report``'s options."""
    from ..errors import InputError

    given = {k: v for k, v in options.items() if v is not None}
    if not whatif:
        if given:
            raise InputError(", ".join(f"--{k}" for k in given), "these options apply only with --whatif")
        return None
    return given


@handle_errors
def dyads(
    db: Path | None = DbOption,
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    dataset: list[str] | None = DatasetOption,
    top: int = typer.Option(20, "--top", min=1, help="How many dyads to list."),
    min_events: int = typer.Option(5, "--min-events", min=1, help="Leave out dyads with fewer events."),
    country: list[str] | None = typer.Option(None, "--country", help="Only dyads among these countries (repeatable).",
                                             show_default=False),
    as_json: bool = JsonOption,
) -> None:
    """Rank all dyads by escalation this week, then by mirror index: events both ways, the
    escalation index, the change against each dyad's own baseline, mirror index both ways and a
    weekly sparkline.

    Example:

        mirrorwatch dyads --top 10
        mirrorwatch dyads --dataset gdelt --country RUS --country GEO --json
    """
    common = _common(since, until, dataset, False)
    common.pop("include_symmetric")
    df = api.dyads_overview(api.open_store(db), min_events=min_events, countries=country, **common).head(top)
    if as_json:
        from ..analysis.dyad import jsonable

        print_json(jsonable(df.to_dict("records")))
        return
    if df.empty:
        out.print("No dyad has enough events in the selection.")
        return
    bars = "▁▂▃▄▅▆▇█"
    t = Table(title=f"dyads, week of {df['week'].iloc[0].date()}", title_justify="left")
    for c in ("dyad", "A→B", "B→A", "escalation", "change", "mirror A", "mirror B", "weekly events"):
        t.add_column(c, justify="left" if c in ("dyad", "weekly events") else "right")
    for r in df.to_dict("records"):
        hi = max(r["sparkline"] or [0]) or 1
        spark = "".join(bars[min(7, int(7 * v / hi))] for v in r["sparkline"])
        t.add_row(f"{r['a']}–{r['b']}", str(r["events_ab"]), str(r["events_ba"]), _f(r["escalation"]),
                  _f(r["change"], 1), _f(r["mirror_a"]), _f(r["mirror_b"]), spark)
    out.print(t)


def register(app: typer.Typer) -> None:
    """Add the analysis commands."""
    app.command("mirror")(mirror)
    app.command("report")(report)
    app.command("dyads")(dyads)
