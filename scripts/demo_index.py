"""Write ``demo-output/index.html``: what the demo did, with links to its reports and files.

Called by ``scripts/demo.sh`` (``make demo``) after the pipeline ran. It reads the demo store
through the public API and escapes everything it prints, like every page of mirrorwatch.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import mirrorwatch as mw


def main(folder: str) -> int:
    """Write the summary page into ``folder`` and print its path."""
    out = Path(folder)
    store = mw.open_store(out / "demo.duckdb")
    info = mw.status(store)
    overview = mw.dyads_overview(store, min_events=1)
    esc = html.escape
    rows = "".join(
        f"<tr><td>{esc(str(r['a']))} – {esc(str(r['b']))}</td><td>{int(r['events_ab'])}</td>"
        f"<td>{int(r['events_ba'])}</td><td>{float(r['mirror_a']):.2f}</td><td>{float(r['mirror_b']):.2f}</td></tr>"
        for r in overview.to_dict("records")
    ) if len(overview) else ""
    reports = "".join(
        f'<li><a href="{esc(p.name)}">{esc(p.stem.removeprefix("report-").replace("-", " – "))}</a></li>'
        for p in sorted(out.glob("report-*.html"))
    )
    types = "".join(f"<li>{esc(k)}: {v}</li>" for k, v in info["events_by_type"].items())
    shot = '<p><img src="dyad.png" alt="dashboard: AZE–RUS dyad page" style="max-width:100%"></p>' \
        if (out / "dyad.png").exists() else ""
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mirrorwatch demo</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'">
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
table{{border-collapse:collapse}}td,th{{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left}}</style>
</head><body>
<h1>mirrorwatch demo</h1>
<p>{info['documents']} articles ingested from <code>examples/</code>, {info['events']} events coded
({esc(info['date_range'][0] or '-')} … {esc(info['date_range'][1] or '-')}), store
<code>{esc(info['path'])}</code>, schema v{info['schema_version']}.</p>
<h2>Dyad reports</h2><ul>{reports}</ul>
<h2>Dyads</h2><table><tr><th>dyad</th><th>A→B</th><th>B→A</th><th>mirror index A</th><th>mirror index B</th></tr>{rows}</table>
<h2>Events by PLOVER type</h2><ul>{types}</ul>
<h2>Dashboard</h2>{shot}
<p>Browse everything with <code>mirrorwatch serve --db {esc(str(store.path))}</code>.
Exports: <a href="events.jsonl">events.jsonl</a>, <a href="events.plover.jsonl">events.plover.jsonl</a>.</p>
</body></html>
"""
    (out / "index.html").write_text(page, encoding="utf-8")
    print(f"wrote {out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "demo-output"))
