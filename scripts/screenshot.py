"""Save a screenshot of a dashboard page (the dyad page by default) with headless Chromium.

Used by ``make demo`` to put ``demo-output/dyad.png`` beside the demo store::

    python scripts/screenshot.py --db demo-output/demo.duckdb --dyad AZE-RUS -o demo-output/dyad.png

Starts the dashboard on a free localhost port in a thread, opens the page with Playwright driving
Debian's Chromium (``/usr/bin/chromium``; no browser download), waits until the charts are drawn
and saves a full-page PNG. Exit status 0 on success, 1 on error (no Chromium, no store, a page
error), with the reason on stderr.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    """Debian's Chromium, or whatever ``$CHROMIUM`` names."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def screenshot(db: Path, path: str, out: Path, *, width: int = 1280, height: int | None = None,
               open_first_pair: bool = True) -> None:
    """Open ``path`` on a dashboard over ``db`` and save a screenshot to ``out``.

    The whole page by default; with ``height``, only the top ``height`` pixels (for the README).
    """
    from playwright.sync_api import sync_playwright

    from mirrorwatch import open_store
    from mirrorwatch.web import create_app
    from mirrorwatch.web.server import background

    exe = chromium_path()
    if exe is None:
        raise RuntimeError("No Chromium found (install it with: apt-get install chromium, or set $CHROMIUM).")
    if not db.exists():
        raise RuntimeError(f"No store at {db}.")
    store = open_store(db, wait=30)
    with background(create_app(store)) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            response = page.goto(base + path, wait_until="networkidle")
            if response is None or response.status >= 400:
                raise RuntimeError(f"{path} answered {response.status if response else 'nothing'}.")
            # Charts render asynchronously; wait for each one to report (drawn or failed).
            for chart in page.query_selector_all("[data-spec]"):
                chart.wait_for_element_state("visible")
            page.wait_for_function(
                "[...document.querySelectorAll('[data-spec]')].every(e => e.dataset.rendered)", timeout=15000)
            if open_first_pair:
                first = page.query_selector("details.pair > summary")
                if first is not None:
                    first.click()
            out.parent.mkdir(parents=True, exist_ok=True)
            if height:
                page.evaluate("window.scrollTo(0, 0)")  # opening the pair scrolled it into view
                page.screenshot(path=str(out), clip={"x": 0, "y": 0, "width": width, "height": height})
            else:
                page.screenshot(path=str(out), full_page=True)
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, type=Path, help="the store file")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--dyad", default="AZE-RUS", help="dyad page to capture, e.g. AZE-RUS")
    group.add_argument("--path", help="any dashboard path instead, e.g. /events?actor=RUS")
    ap.add_argument("-o", "--output", required=True, type=Path, help="PNG file to write")
    ap.add_argument("--width", type=int, default=1280, help="viewport width in pixels")
    ap.add_argument("--height", type=int, default=None, help="capture only the top N pixels (default: whole page)")
    args = ap.parse_args(argv)
    path = args.path or f"/dyad/{args.dyad}"
    try:
        screenshot(args.db, path, args.output, width=args.width, height=args.height)
    except Exception as exc:  # a script for the demo: one clear line instead of a trace
        print(f"screenshot: {exc}", file=sys.stderr)
        return 1
    print(f"saved {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
