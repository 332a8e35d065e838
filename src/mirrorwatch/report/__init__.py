"""The self-contained HTML dyad report and its charts.

:func:`write_report` renders the dict of :func:`mirrorwatch.analysis.dyad_report` into one HTML
file that works offline: the charts are Vega-Lite specs (altair) rendered to inline SVG by
vl-convert, there is no script and no CDN, and every piece of article text is escaped by Jinja2's
autoescaping (article text is treated as hostile).
"""

from __future__ import annotations

from .html import render_report, write_report

__all__ = ["render_report", "write_report"]
