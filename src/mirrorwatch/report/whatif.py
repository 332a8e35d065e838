"""The optional "What if" section of the dyad report: simulated paths and four-vectors, as inline SVG.

A separate addition to the report stage: :func:`mirrorwatch.report.write_report` gets a
:func:`mirrorwatch.api.simulate` result only when the user asked for one (``mirrorwatch report
--whatif``), because the simulation loads the Axelrod library (15–35 s) — an ordinary report never
simulates. The two charts are the simulation stage's own Vega-Lite specs
(:mod:`mirrorwatch.simulate.plots`), rendered offline by vl-convert like the other report figures;
only dates, country codes, strategy names and numbers enter them.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from markupsafe import Markup

__all__ = ["WHATIF_FIGURES", "whatif_section", "whatif_specs"]

#: Figure names of the section (also the file names under ``--png``).
WHATIF_FIGURES = ("whatif_paths", "whatif_fourvectors")


def whatif_specs(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The section's Vega-Lite specs by figure name: paths with bands, four-vectors beside named strategies."""
    from ..simulate.plots import fourvector_chart_spec, simulation_chart_spec

    return {"whatif_paths": simulation_chart_spec(result), "whatif_fourvectors": fourvector_chart_spec(result)}


def spec_svg(spec: dict[str, Any], *, inline: bool = True) -> str:
    """SVG of a Vega-Lite dict, through the report's own :func:`~mirrorwatch.report.charts.render_svg`.

    That function takes an altair chart and only calls its ``to_dict()``; the simulation's specs are
    already dicts, so a stand-in with that one method lets both kinds of figure share one renderer.
    """
    from .charts import render_svg

    return render_svg(SimpleNamespace(to_dict=lambda: spec), inline=inline)


def whatif_section(result: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the report template's "What if" section needs, or ``None`` without a simulation.

    Returns:
        ``{"r": result, "fig": {figure name: inline SVG markup}}``.
    """
    if result is None:
        return None
    # vl-convert output from numbers, dates and codes only (see the module docstring)
    figs = {name: Markup(spec_svg(spec)) for name, spec in whatif_specs(result).items()}
    return {"r": result, "fig": figs}
