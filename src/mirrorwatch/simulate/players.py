"""Axelrod players for the what-if simulation: fitted memory-one players and the classic strategies.

Second step of :mod:`mirrorwatch.simulate`, between the fit (:mod:`.fit`) and the Monte Carlo runs
(:mod:`.game`). A :class:`FittedPlayer` is an :class:`axelrod.MemoryOnePlayer` whose four-vector and
opening come from a :class:`~mirrorwatch.simulate.fit.SideFit`; the classic strategies are the
library's own classes (:data:`CLASSIC`), so that their definitions are Axelrod's and not ours.

Importing this module imports Axelrod, which takes 10–30 s (the library inspects the source of
all its ~240 strategies at import); only :mod:`.game` imports it, and only when a simulation runs.
"""

from __future__ import annotations

from typing import Any

import axelrod as axl

from ..errors import InputError
from .fit import SideFit

__all__ = ["CLASSIC", "FittedPlayer", "action", "classic_player", "fitted_player", "prime", "swap_names"]

C, D = axl.Action.C, axl.Action.D

#: ``--swap`` names → Axelrod classes (the library's definitions of the classic strategies).
CLASSIC: dict[str, str] = {
    "tit-for-tat": "TitForTat",
    "grudger": "Grudger",
    "wsls": "WinStayLoseShift",
    "always-defect": "Defector",
    "always-cooperate": "Cooperator",
}


def swap_names() -> list[str]:
    """The strategy names ``--swap`` accepts (``fitted:XXX`` besides these)."""
    return [*CLASSIC, "fitted:XXX"]


def action(move: str) -> axl.Action:
    """``"C"``/``"D"`` → the Axelrod action."""
    return C if move == "C" else D


class FittedPlayer(axl.MemoryOnePlayer):
    """A memory-one player with a fitted four-vector and a probabilistic opening.

    The library's :class:`~axelrod.MemoryOnePlayer` opens with a fixed action; a fitted side opens
    with C with probability ``opening`` (its observed share of C moves) when a run has no last
    observed state to start from. Everything else — the response to the previous round, noise,
    seeding — is the library's.
    """

    name = "Fitted"

    def __init__(self, four_vector: tuple[float, float, float, float] = (0.5, 0.5, 0.5, 0.5),
                 opening: float = 0.5, label: str = "Fitted") -> None:
        """Create the player.

        Args:
            four_vector: p(C | CC), p(C | CD), p(C | DC), p(C | DD), own move first.
            opening: probability of C as the first move of a match without a primed history.
            label: the name shown in tournament rankings (``"AZE vs RUS (fitted)"``).
        """
        super().__init__(four_vector=tuple(float(v) for v in four_vector), initial=C)
        self.opening = float(opening)
        self.name = label

    def _post_init(self) -> None:
        super()._post_init()
        # a random opening makes the player stochastic even with a 0/1 four-vector; without this
        # the match would not seed it and the opening would not be reproducible
        if 0 < self.opening < 1:
            self.classifier["stochastic"] = True
            self.classifier["memory_depth"] = 1

    def strategy(self, opponent: axl.Player) -> axl.Action:
        """The fitted opening on the first round, the four-vector afterwards."""
        if not self.history:
            return self._random.random_choice(self.opening)
        return super().strategy(opponent)

    def __repr__(self) -> str:
        # the library's repr appends every init argument; rankings should show the label only
        return self.name


def fitted_player(side: SideFit, vector: tuple[float, float, float, float] | None = None,
                  label: str | None = None) -> FittedPlayer:
    """A :class:`FittedPlayer` for one side; ``vector`` defaults to the shrunk posterior mean."""
    return FittedPlayer(four_vector=tuple(vector or side.posterior_mean), opening=side.opening,
                        label=label or f"{side.country} vs {side.opponent} (fitted)")


def classic_player(name: str) -> axl.Player:
    """A fresh Axelrod player for a classic ``--swap`` name.

    Raises:
        InputError: the name is not one of :data:`CLASSIC`.
    """
    key = name.strip().lower()
    if key not in CLASSIC:
        raise InputError(f"strategy {name!r}", f"unknown; use one of {', '.join(swap_names())}")
    return getattr(axl, CLASSIC[key])()


def prime(players: tuple[axl.Player, axl.Player], state: tuple[str, str] | None) -> None:
    """Reset both players and give them the last observed week as their previous round.

    With the match run with ``reset=False`` the players then continue from the current state of the
    dyad: a tit-for-tat answers the other side's last observed move, a fitted player applies its
    four-vector to the last observed state. Only one week is primed, so a grudger swapped in now
    holds a grudge for what happens from now on (and for last week's defection), not for all history.
    """
    for p in players:
        p.reset()
    if state is None:
        return
    a, b = action(state[0]), action(state[1])
    players[0].update_history(a, b)
    players[1].update_history(b, a)


def describe(player: Any) -> str:
    """A short label for a player (its name)."""
    return str(getattr(player, "name", player))
