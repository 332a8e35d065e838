"""Render a dyad report dict into one self-contained, offline HTML file (and optional figures).

Sits at the end of the pipeline: :func:`mirrorwatch.analysis.dyad_report` computes, this module
only presents. Jinja2 autoescaping is on for every value; only the SVG that vl-convert produced
from numbers and codes is inserted as markup. Links to articles are shown only for http(s) URLs,
so a hostile ``javascript:`` URL in the store becomes plain escaped text.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

__all__ = ["render_report", "write_report"]


def _safe_url(url: Any) -> str | None:
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _fmt(value: Any, nd: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{nd}f}"
    return str(value)


def _pct(value: Any) -> str:
    return "–" if value is None else f"{100 * float(value):.0f} %"


def _environment():  # -> jinja2.Environment
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mirrorwatch.report", "templates"),
        autoescape=True,  # everything, whatever the template's file name
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["fmt"] = _fmt
    env.filters["pct"] = _pct
    env.filters["safe_url"] = _safe_url
    return env


def render_report(rep: dict[str, Any], *, figures: dict[str, str] | None = None,
                  whatif: dict[str, Any] | None = None) -> str:
    """The HTML text of a report dict. ``figures`` maps figure name → inline SVG (rendered when ``None``).

    ``whatif`` (a :func:`mirrorwatch.api.simulate` result) adds the "What if" section (:mod:`.whatif`).
    """
    if figures is None:
        from .charts import build_charts, render_svg

        figures = {name: render_svg(chart) for name, chart in build_charts(rep).items()}
    from .charts import FIGURES

    svgs = {name: None for name in FIGURES}  # figures without data render as their fallback text
    svgs.update({name: Markup(svg) for name, svg in figures.items()})  # vl-convert output: numbers and codes only
    from .whatif import whatif_section

    return _environment().get_template("dyad.html.j2").render(r=rep, fig=svgs, w=whatif_section(whatif))


def write_report(
    rep: dict[str, Any],
    path: str | os.PathLike[str],
    *,
    png_dir: str | os.PathLike[str] | None = None,
    whatif: dict[str, Any] | None = None,
) -> Path:
    """Write the HTML report (and, with ``png_dir``, every figure as ``NAME.svg`` and ``NAME.png``).

    ``whatif``: a :func:`mirrorwatch.api.simulate` result for the optional "What if" section.

    Returns:
        The path of the HTML file.
    """
    import vl_convert as vlc

    from .charts import build_charts, render_svg

    charts = build_charts(rep)
    figures = {name: render_svg(chart) for name, chart in charts.items()}
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(render_report(rep, figures=figures, whatif=whatif), encoding="utf-8")
    tmp.replace(out)  # never leave a half-written report behind
    if png_dir is not None:
        folder = Path(png_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for name, chart in charts.items():
            spec = chart.to_dict()
            (folder / f"{name}.svg").write_text(render_svg(chart, inline=False), encoding="utf-8")
            (folder / f"{name}.png").write_bytes(vlc.vegalite_to_png(spec, scale=2))
        if whatif is not None:
            from .whatif import spec_svg, whatif_specs

            for name, spec in whatif_specs(whatif).items():
                (folder / f"{name}.svg").write_text(spec_svg(spec, inline=False), encoding="utf-8")
                (folder / f"{name}.png").write_bytes(vlc.vegalite_to_png(spec, scale=2))
    return out
