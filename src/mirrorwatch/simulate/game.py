"""Monte Carlo iterated play between two sides (axelrod.Match) and tournaments (axelrod.Tournament).

Third step of :mod:`mirrorwatch.simulate`: takes the fit (:mod:`.fit`), builds the players
(:mod:`.players`) and lets the Axelrod library play; :mod:`.paths` turns the moves into intensity
paths and escalation statistics. Nothing here re-implements the iterated game: every round, every
noise flip and every player's random choice is the library's.

Seeds: run ``i`` of a simulation with seed ``s`` draws its four-vectors and its match seed from
``numpy.random.default_rng([s, i])``. A baseline and a swapped scenario with the same seed
therefore share, run by run, the draw of the side that was not swapped and the match's random
stream (common random numbers), so that their difference reflects the swap and not luck.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InputError
from .fit import DyadFit, SideFit

__all__ = ["Strategy", "parse_swap", "play_runs", "run_tournament"]


@dataclass(frozen=True)
class Strategy:
    """What one side plays: its own fitted behaviour, another fitted side's, or a classic strategy.

    Attributes:
        kind: ``"fitted"`` or ``"classic"``.
        name: the classic name (``"tit-for-tat"``) or the fitted side's country.
        side: the :class:`SideFit` for ``kind == "fitted"``.
    """

    kind: str
    name: str
    side: SideFit | None = None

    @property
    def label(self) -> str:
        """Human label: ``"fitted AZE (vs RUS)"`` or ``"tit-for-tat"``."""
        if self.kind == "fitted" and self.side is not None:
            return f"fitted {self.side.country} (vs {self.side.opponent})"
        return self.name


def parse_swap(text: str, a: str, b: str) -> tuple[str, str]:
    """Split ``"AZE=tit-for-tat"`` into the swapped side and the strategy name.

    Args:
        text: ``SIDE=STRATEGY`` where SIDE is ``a`` or ``b`` and STRATEGY a classic name or
            ``fitted:XXX`` (play like XXX's fitted side toward the same opponent).
        a, b: the dyad.

    Raises:
        InputError: malformed text, a side not in the dyad, an unknown strategy, or ``fitted:``
            naming the opponent itself.
    """
    from .players import CLASSIC, swap_names

    item = f"--swap {text!r}"
    if "=" not in (text or ""):
        raise InputError(item, "expected SIDE=STRATEGY, e.g. AZE=tit-for-tat")
    side, strat = (s.strip() for s in text.split("=", 1))
    side = side.upper()
    if side not in (a, b):
        raise InputError(item, f"{side or '(empty)'} is not a side of the dyad {a}–{b}")
    strat = strat.lower()
    if strat.startswith("fitted:"):
        other = strat.split(":", 1)[1].strip().upper()
        opponent = b if side == a else a
        if len(other) != 3 or not other.isalpha():
            raise InputError(item, f"fitted:{other} needs a three-letter country code, e.g. fitted:AZE")
        if other == opponent:
            raise InputError(item, f"{side} cannot play {opponent}'s own fitted strategy against {opponent}")
        return side, f"fitted:{other}"
    if strat not in CLASSIC:
        raise InputError(item, f"unknown strategy {strat!r}; use one of {', '.join(swap_names())}")
    return side, strat


def _player(strategy: Strategy, vector: tuple[float, float, float, float] | None) -> Any:
    from .players import classic_player, fitted_player

    if strategy.kind == "fitted":
        assert strategy.side is not None
        return fitted_player(strategy.side, vector)
    return classic_player(strategy.name)


def play_runs(
    fit: DyadFit,
    strategies: dict[str, Strategy],
    *,
    weeks: int,
    runs: int,
    noise: float = 0.0,
    seed: int = 0,
    uncertainty: bool = True,
) -> np.ndarray:
    """Play ``runs`` matches of ``weeks`` rounds from the dyad's last observed state.

    Args:
        fit: the dyad's fit (its ``last_state`` primes every match).
        strategies: what each side (``fit.a``, ``fit.b``) plays.
        weeks: rounds per match (one round = one week).
        runs: number of matches.
        noise: probability that a move is flipped (the library's match noise).
        seed: base seed (see the module docstring).
        uncertainty: draw each fitted four-vector per run from its posterior (``False``: use
            the posterior mean every run).

    Returns:
        An ``int8`` array of shape ``(runs, weeks, 2)``: 1 = C, 0 = D; ``[..., 0]`` is side A.
    """
    import axelrod as axl

    from .players import C, prime

    if weeks < 1 or runs < 1:
        raise InputError("simulation", f"weeks ({weeks}) and runs ({runs}) must be at least 1")
    if not 0.0 <= noise <= 1.0:
        raise InputError("--noise", f"{noise} is not a probability between 0 and 1")
    out = np.zeros((runs, weeks, 2), dtype=np.int8)
    order = (fit.a, fit.b)
    for i in range(runs):
        rng = np.random.default_rng([seed, i])
        # draw for both slots every run (even for a classic strategy) so that the random streams
        # of a baseline and a swapped scenario stay aligned run by run
        vectors = []
        for x in order:
            st = strategies[x]
            src = st.side if st.kind == "fitted" and st.side is not None else fit.sides[x]
            v = src.draw_vector(rng)
            vectors.append(v if uncertainty else tuple(src.posterior_mean))
        match_seed = int(rng.integers(0, 2**31 - 1))
        players = (_player(strategies[order[0]], vectors[0]), _player(strategies[order[1]], vectors[1]))
        prime(players, fit.last_state)
        plays = axl.Match(players, turns=weeks, noise=noise, seed=match_seed, reset=False).play()
        out[i] = np.array([[p0 == C, p1 == C] for p0, p1 in plays], dtype=np.int8)
    return out


def run_tournament(
    fits: list[DyadFit],
    *,
    classics: list[str] | None = None,
    weeks: int = 26,
    repetitions: int = 20,
    noise: float = 0.0,
    seed: int = 0,
) -> dict[str, Any]:
    """A round-robin Axelrod tournament among fitted players and classic strategies.

    Every fitted side (posterior-mean four-vector, fitted opening) plays every other player, the
    classic ones included, ``repetitions`` times for ``weeks`` rounds; the library scores with its
    default prisoner's dilemma payoffs (R=3, S=0, T=5, P=1) and ranks by median score per round.

    Args:
        fits: the fitted dyads (both sides of each enter).
        classics: classic names to add (default: all of :data:`~mirrorwatch.simulate.players.CLASSIC`).
        weeks: rounds per match. repetitions: matches per pair. noise: flip probability. seed: seed.

    Returns:
        ``{"ranking": [{rank, name, kind, median_score, cooperation_rate, wins, four_vector}], "params": {...}}``.
    """
    import axelrod as axl

    from .players import CLASSIC, classic_player, fitted_player

    if repetitions < 1 or weeks < 1:
        raise InputError("tournament", f"weeks ({weeks}) and repetitions ({repetitions}) must be at least 1")
    classics = list(CLASSIC) if classics is None else classics
    players: list[Any] = []
    kinds: dict[str, tuple[str, list[float] | None]] = {}
    labels: dict[str, str] = {}
    for f in fits:
        for x in (f.a, f.b):
            p = fitted_player(f.sides[x])
            players.append(p)
            kinds[p.name] = ("fitted", [round(v, 4) for v in f.sides[x].posterior_mean])
    for name in classics:
        p = classic_player(name)
        players.append(p)
        kinds[str(p)] = ("classic", None)
        labels[str(p)] = name  # rank under the --swap name the user knows
    if len(players) < 2:
        raise InputError("tournament", "needs at least two players")
    tour = axl.Tournament(players, turns=weeks, repetitions=repetitions, noise=noise, seed=seed)
    # processes=None is the library's serial mode (processes=1 would still start a worker pool)
    results = tour.play(progress_bar=False, processes=None)
    ranking = []
    for rank, row in enumerate(results.summarise()):
        kind, vec = kinds.get(row.Name, ("classic", None))
        ranking.append({
            "rank": rank + 1, "name": labels.get(row.Name, row.Name), "kind": kind,
            "median_score": round(float(row.Median_score), 4),
            "cooperation_rate": round(float(row.Cooperation_rating), 4),
            "wins": int(row.Wins), "four_vector": vec,
        })
    return {"ranking": ranking,
            "params": {"weeks": weeks, "repetitions": repetitions, "noise": noise, "seed": seed,
                       "payoffs": {"R": 3, "S": 0, "T": 5, "P": 1}, "players": len(players)}}
