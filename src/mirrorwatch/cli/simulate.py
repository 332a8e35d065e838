"""``mirrorwatch simulate``: what-if iterated play for a dyad, or a tournament among fitted players.

A thin layer over :func:`mirrorwatch.api.simulate` and :func:`~mirrorwatch.api.tournament`;
definitions in ``docs/simulate.md``. Importing this module stays cheap: Axelrod is imported only
when a simulation runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from .. import api
from ._common import DbOption, JsonOption, err, handle_errors, out, print_json


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.0f} %"


def _ci(ci: list[float] | None, pct: bool = True) -> str:
    if not ci:
        return ""
    return f" [{_pct(ci[0])}, {_pct(ci[1])}]" if pct else f" [{ci[0]:+.1f}, {ci[1]:+.1f}]"


def _weeks(d: dict[str, Any], horizon: int) -> str:
    if not d["escalated_runs"]:
        return "no run escalates"
    if d["median_weeks"] is not None:
        return f"median {d['median_weeks']:.0f} weeks ({_pct(d['deescalated_share'])} of escalated runs within {horizon})"
    return f"more than {horizon} weeks for most runs ({_pct(d['deescalated_share'])} de-escalate)"


def _print_result(res: dict[str, Any]) -> None:
    a, b = res["dyad"]
    p = res["params"]
    start = res["start"]
    out.print(f"[bold]{a}–{b}[/bold]: {p['runs']} runs × {p['weeks']} weeks from "
              f"{start['state'] or 'no joint move'}"
              + (f" (week of {start['state_period']})" if start["state_period"] else "")
              + f", noise {p['noise']}, seed {p['seed']}")
    out.print("fitted four-vectors p(C|CC), p(C|CD), p(C|DC), p(C|DD):", markup=False)
    for side, s in res["fit"]["sides"].items():
        obs = ", ".join("–" if v is None else f"{v:.2f}" for v in s["four_vector"])
        post = ", ".join(f"{m:.2f}" for m in s["posterior_mean"])
        rng = ", ".join(f"{lo:.2f}–{hi:.2f}" for lo, hi in s["posterior_90"])
        near = s["nearest"]["name"] if s["nearest"] else "–"
        out.print(f"  {side}: observed {obs} ({sum(s['transitions'].values())} transitions, nearest {near}); "
                  f"runs draw around {post} (90 %: {rng})", markup=False)
    out.print(f"within {p['weeks']} weeks (escalation episode = {p['episode_weeks']}+ weeks of mutual defection):",
              markup=False)
    scen = [("baseline", res["baseline"])] + ([(f"swap {p['swap']}", res["swap"])] if res["swap"] else [])
    for name, sc in scen:
        e, nt = sc["escalation"], sc["net_total"]
        out.print(f"  [bold]{name}[/bold] ({a}: {sc['players'][a]}, {b}: {sc['players'][b]})")
        out.print(f"    escalation episode {_pct(e['probability'])}{_ci(e['ci95'])}; "
                  f"de-escalation: {_weeks(sc['deescalation'], p['weeks'])}; "
                  f"net intensity total {nt['mean']:+.1f} (p10 {nt['p10']:+.1f}, p90 {nt['p90']:+.1f})", markup=False)
    if res["comparison"]:
        c = res["comparison"]
        out.print(f"swap − baseline: escalation {100 * c['escalation_difference']:+.1f} points"
                  f" [{100 * c['escalation_difference_ci95'][0]:+.1f}, {100 * c['escalation_difference_ci95'][1]:+.1f}],"
                  f" net intensity total {c['net_total_difference']:+.1f}{_ci(c['net_total_difference_ci95'], False)}",
                  markup=False)
    path = res["baseline"]["path"]
    marks = sorted({0, len(path) // 2, len(path) - 1})
    out.print("baseline path (net mean, 10–90 % band): " + "; ".join(
        f"week {path[i]['week']}: {path[i]['net_mean']:+.1f} ({path[i]['net_p10']:+.1f} … {path[i]['net_p90']:+.1f})"
        for i in marks), markup=False)
    for n in res["notes"]:
        err.print(f"note: {n}", markup=False)


def _print_tournament(res: dict[str, Any]) -> None:
    t = Table(title=f"tournament: {', '.join(res['dyads'])} + classics "
                    f"({res['params']['repetitions']} repetitions × {res['params']['weeks']} weeks)",
              title_justify="left")
    for c in ("rank", "player", "kind", "median score/round", "cooperation", "wins"):
        t.add_column(c, justify="left" if c in ("player", "kind") else "right")
    for r in res["ranking"]:
        t.add_row(str(r["rank"]), r["name"], r["kind"], f"{r['median_score']:.2f}", _pct(r["cooperation_rate"]),
                  str(r["wins"]))
    out.print(t)
    for s in res["skipped"]:
        err.print(f"skipped {s['dyad']}: {s['reason']}", markup=False)


@handle_errors
def simulate(
    countries: list[str] = typer.Argument(None, help="The dyad: two countries (ISO alpha-3), e.g. AZE RUS.",
                                          show_default=False),
    db: Path | None = DbOption,
    weeks: int = typer.Option(26, "--weeks", min=1, max=520, help="Horizon in weeks (one round = one week)."),
    runs: int = typer.Option(1000, "--runs", min=1, max=100_000, help="Monte Carlo runs."),
    swap: str | None = typer.Option(
        None, "--swap", show_default=False,
        help="Compare with SIDE playing another strategy: SIDE=tit-for-tat|grudger|wsls|always-defect|"
             "always-cooperate|fitted:XXX (XXX's fitted strategy toward the same opponent)."),
    noise: float = typer.Option(0.0, "--noise", min=0.0, max=1.0, help="Probability that a move is flipped."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same seed gives the same result."),
    episode_weeks: int = typer.Option(2, "--episode-weeks", min=1,
                                      help="Consecutive weeks of mutual defection that make an escalation episode."),
    since: str | None = typer.Option(None, "--since", help="Fit on events from this day (YYYY-MM-DD).",
                                     show_default=False),
    until: str | None = typer.Option(None, "--until", help="Fit on events up to this day.", show_default=False),
    dataset: list[str] | None = typer.Option(None, "--dataset", help="Only events of this dataset (repeatable).",
                                             show_default=False),
    tournament: bool = typer.Option(
        False, "--tournament",
        help="Rank the fitted players of every dyad among COUNTRIES (two or more) against the classic "
             "strategies in an Axelrod tournament."),
    repetitions: int = typer.Option(20, "--repetitions", min=1, max=10_000,
                                    help="Matches per pair of players in a tournament."),
    chart: Path | None = typer.Option(None, "--chart", help="Also write the Vega-Lite spec of the simulated "
                                      "paths (JSON) to this file.", show_default=False),
    as_json: bool = JsonOption,
) -> None:
    """What if? Monte Carlo iterated play between the two sides of a dyad, each an Axelrod player
    fitted from the dyad's weekly moves, starting from the last observed week: probability of an
    escalation episode, expected net intensity path with 10–90 % bands, time to de-escalation, and
    with --swap the same for one side playing another strategy, with the difference and its
    interval. Short histories fall back to wide priors (see the notes). Axelrod takes 10–30 s to
    load.

    Example:

        mirrorwatch simulate AZE RUS --weeks 26 --runs 1000
        mirrorwatch simulate AZE RUS --swap AZE=tit-for-tat --noise 0.05 --seed 7 --json
        mirrorwatch simulate GEO RUS --swap GEO=fitted:AZE
        mirrorwatch simulate --tournament AZE RUS GEO ARM --repetitions 20
    """
    from ..errors import InputError

    codes = list(countries or [])
    common: dict[str, Any] = {"since": since, "until": until, "datasets": list(dataset) if dataset else None}
    store = api.open_store(db)
    if tournament:
        if swap or chart:
            raise InputError("--tournament", "cannot be combined with --swap or --chart")
        res = api.tournament(store, codes, weeks=weeks, repetitions=repetitions, noise=noise, seed=seed, **common)
        print_json(res) if as_json else _print_tournament(res)
        return
    if len(codes) != 2:
        raise InputError("COUNTRIES", f"a simulation needs exactly two countries, got {len(codes)} "
                                      "(use --tournament for more)")
    res = api.simulate(store, codes[0], codes[1], weeks=weeks, runs=runs, swap=swap, noise=noise, seed=seed,
                       episode_weeks=episode_weeks, **common)
    if chart is not None:
        import json

        from ..simulate.plots import simulation_chart_spec

        try:
            chart.write_text(json.dumps(simulation_chart_spec(res), ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            raise InputError(str(chart), f"cannot write the chart: {exc.strerror or exc}") from exc
    if as_json:
        print_json(res)
    else:
        _print_result(res)


def register(app: typer.Typer) -> None:
    """Add the ``simulate`` command."""
    app.command("simulate")(simulate)
