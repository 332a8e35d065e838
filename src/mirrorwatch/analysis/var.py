"""Statistical reciprocity: a VAR on the dyad's weekly net intensity, Granger tests, impulse responses.

The classic approach of the literature (Goldstein & Pevehouse 1997) on weekly aggregates, done
with care for the trap that makes it lie: a level shift in one series (a war starts, a treaty is
signed) produces a spurious "reverse" Granger result. So change points are found first
(``ruptures``, Pelt with an RBF cost on the standardised pair of series) and every regime after a
break gets a step dummy as an exogenous regressor of the VAR. The result reports the Granger
tests with and without these dummies, so the effect of the breaks is visible.

Inputs are the net intensity series of :func:`mirrorwatch.analysis.dyad_series` (sum of the
Goldstein intensities of each side's acts toward the other, per period, gap-filled with 0).
``statsmodels`` and ``ruptures`` are imported inside the functions (they are slow to import).
"""

from __future__ import annotations

import warnings
from typing import Any, Unpack

import numpy as np
import pandas as pd

from .series import EventFilters, event_filters

__all__ = ["change_points", "var_analysis", "var_on_series"]

#: Penalty of the Pelt search on standardised series (higher = fewer breaks).
BREAK_PENALTY = 10.0
IRF_STEPS = 10


def change_points(values: np.ndarray, *, penalty: float | None = BREAK_PENALTY, min_size: int = 4,
                  model: str = "rbf", jump: int = 5) -> list[int]:
    """Indices where a new regime starts (Pelt on the standardised columns).

    Args:
        values: shape (n,) or (n, k).
        penalty: Pelt penalty; ``None`` = 3·log(n), a BIC-like choice for the ``l2`` cost.
        min_size: shortest regime in periods.
        model: ruptures cost: ``rbf`` (any change in distribution, robust) or ``l2`` (mean shifts;
            finds single sharp episodes in a mostly-zero series that ``rbf`` misses).
        jump: breaks are only tried every ``jump`` periods (ruptures' default 5, enough for the
            VAR's level shifts); 1 places them on any period, which a burst of two or three
            weeks needs to be cut out as its own regime instead of being averaged away.

    Returns:
        Sorted break indices in ``1 .. n-1`` (the end ``n`` is not listed).
    """
    import ruptures as rpt

    x = np.asarray(values, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    n = len(x)
    if n < 2 * min_size:
        return []
    sd = x.std(axis=0)
    keep = sd > 0
    if not keep.any():
        return []
    z = (x[:, keep] - x[:, keep].mean(axis=0)) / sd[keep]
    pen = 3.0 * np.log(n) if penalty is None else penalty
    bkps = rpt.Pelt(model=model, min_size=min_size, jump=jump).fit(z).predict(pen=pen)
    return [int(b) for b in bkps if 0 < b < n]


def _step_dummies(n: int, breaks: list[int]) -> np.ndarray | None:
    if not breaks:
        return None
    return np.column_stack([(np.arange(n) >= b).astype(float) for b in breaks])


def _fit(endog: pd.DataFrame, exog: np.ndarray | None, maxlags: int) -> Any:
    from statsmodels.tsa.api import VAR

    model = VAR(endog, exog=exog)
    order = model.select_order(maxlags=maxlags)
    lag = int(order.selected_orders.get("aic") or 1)
    return model.fit(max(1, lag))


def _granger(res: Any, names: list[str], keys: dict[tuple[str, str], str]) -> dict[str, Any]:
    out = {}
    for (causing, caused), key in keys.items():
        t = res.test_causality(caused, [causing], kind="f")
        out[key] = {
            "causing": causing, "caused": caused,
            "f": round(float(t.test_statistic), 4), "p_value": float(t.pvalue),
            "df": [int(d) for d in np.atleast_1d(t.df)],
            "significant_5pct": bool(t.pvalue < 0.05),
        }
    return out


def var_on_series(
    x: np.ndarray,
    y: np.ndarray,
    *,
    names: tuple[str, str] = ("A>B", "B>A"),
    keys: tuple[str, str] = ("B answers A", "A answers B"),
    periods: list[str] | None = None,
    maxlags: int = 8,
    penalty: float = BREAK_PENALTY,
) -> dict[str, Any]:
    """VAR with break dummies, Granger tests both ways and impulse responses for two series.

    Args:
        x: the first direction's series (e.g. A's net intensity toward B per week).
        y: the second direction's series.
        names: the two series' names. keys: result keys of "x → y" and "y → x" (how the author of
            ``y`` answers the author of ``x`` first).
        periods: labels of the periods (for reporting the breaks).
        maxlags: the largest lag tried (AIC picks the lag).
        penalty: change-point penalty (see :func:`change_points`).

    Returns:
        ``n_obs``, ``lag``, ``breaks`` (period labels where a regime starts), ``granger`` (per key:
        ``causing``, ``caused``, ``f``, ``p_value``, ``df``, ``significant_5pct``),
        ``granger_ignoring_breaks`` (the same tests without the dummies), ``irf`` (``steps``,
        ``names``, ``responses``: per key the response of the answering series to a one-unit shock
        in the other, and ``matrix``: the full (steps+1) × 2 × 2 array); or ``{"error": reason,
        "n_obs": n}`` when the series cannot carry a VAR.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    need = max(20, 4 * maxlags + 8)
    if n < need:
        return {"error": f"Only {n} periods; a VAR with up to {maxlags} lags needs at least {need}. "
                         "Widen the date range, use a shorter period or lower maxlags.", "n_obs": n}
    if np.std(x) == 0 or np.std(y) == 0:
        return {"error": "One side's series is constant (no acts, or always the same); nothing to model.",
                "n_obs": n}
    endog = pd.DataFrame({names[0]: x, names[1]: y})
    breaks = change_points(np.column_stack([x, y]), penalty=penalty)
    exog = _step_dummies(n, breaks)
    maxlags = max(1, min(maxlags, (n - (0 if exog is None else exog.shape[1]) - 2) // 4))
    gkeys = {(names[0], names[1]): keys[0], (names[1], names[0]): keys[1]}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = _fit(endog, exog, maxlags)
            plain = _fit(endog, None, maxlags) if exog is not None else res
            granger = _granger(res, list(names), gkeys)
            granger_plain = _granger(plain, list(names), gkeys)
            irfs = res.irf(IRF_STEPS).irfs
    except (np.linalg.LinAlgError, ValueError) as exc:
        return {"error": f"The VAR could not be estimated: {exc}", "n_obs": n}
    label = (lambda i: periods[i]) if periods else (lambda i: i)
    return {
        "n_obs": n,
        "lag": int(res.k_ar),
        "maxlags": maxlags,
        "breaks": [label(b) for b in breaks],
        "granger": granger,
        "granger_ignoring_breaks": granger_plain,
        "irf": {
            "steps": IRF_STEPS,
            "names": list(names),
            # irfs[h, i, j]: response of series i at horizon h to a unit shock in series j
            "responses": {keys[0]: [round(float(v), 5) for v in irfs[:, 1, 0]],
                          keys[1]: [round(float(v), 5) for v in irfs[:, 0, 1]]},
            "matrix": np.round(irfs, 5).tolist(),
        },
    }


def var_analysis(
    store: Any,
    a: str,
    b: str,
    *,
    freq: str = "W",
    maxlags: int = 8,
    penalty: float = BREAK_PENALTY,
    events: pd.DataFrame | None = None,
    **filters: Unpack[EventFilters],
) -> dict[str, Any]:
    """VAR on the dyad's net intensity per period, with and without symmetric (mirror) records.

    Args:
        store: the event store. a, b: the two countries.
        freq: period (weekly by default). maxlags: largest lag tried.
        penalty: change-point penalty.
        **filters: ``since``, ``until``, ``datasets``, ``include_flagged`` as in :func:`load_events`;
            ``include_symmetric`` is ignored (both variants are always reported), accepted as every
            verb accepts the five :class:`~mirrorwatch.analysis.series.EventFilters`.
        events: the dyad's events as :func:`load_events` returns them *with* symmetric records
            and the same filters (skips reading the store twice; :func:`dyad_report` passes them).

    Returns:
        ``{"freq", "series_names", "with_symmetric": {...}, "without_symmetric": {...}}``; each
        sub-dict is the result of :func:`var_on_series` (or carries ``error``). Granger keys are
        ``"B answers A"`` (A's series Granger-causes B's) and ``"A answers B"``.
    """
    from .consolidate import consolidate
    from .series import dyad_series, normalise_dyad, series_frame

    a, b = normalise_dyad(a, b)
    common = event_filters("var_analysis", filters)
    since, until = common["since"], common["until"]
    ab, ba = f"{a}>{b}", f"{b}>{a}"
    out: dict[str, Any] = {"freq": freq, "series_names": [ab, ba]}
    for key, sym in (("with_symmetric", True), ("without_symmetric", False)):
        if events is not None:
            ev = events if sym else events[~events["is_symmetric"].astype(bool)]
            s = series_frame(consolidate(ev), a, b, freq=freq, date_col="first_date", start=since, end=until)
        else:
            s = dyad_series(store, a, b, freq=freq, **{**common, "include_symmetric": sym})
        if s.empty:
            out[key] = {"error": f"No events between {a} and {b} in the selection.", "n_obs": 0}
            continue
        wide = s.pivot(index="period", columns="direction", values="intensity_sum").fillna(0.0)
        periods = [str(pd.Timestamp(p).date()) for p in wide.index]
        out[key] = var_on_series(wide[ab].to_numpy(), wide[ba].to_numpy(), names=(ab, ba),
                                 keys=(f"{b} answers {a}", f"{a} answers {b}"), periods=periods,
                                 maxlags=maxlags, penalty=penalty)
    return out
