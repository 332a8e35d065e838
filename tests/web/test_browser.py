"""The dashboard in a real browser: headless Debian Chromium driven by Playwright (marker ``browser``).

Skipped when Chromium is not installed (``make browser`` installs it with apt; no browser download).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _chromium() -> str:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.skip("Chromium is not installed (make browser)")


@pytest.fixture
def browser_page(filled):
    exe = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    from mirrorwatch.web import create_app
    from mirrorwatch.web.server import background

    store, ids = filled
    problems: list[str] = []
    with background(create_app(store)) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
            page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
                    if msg.type == "error" else None)
            # any request off this server would mean a CDN or a leak
            page.on("request", lambda req: problems.append(f"external request: {req.url}")
                    if not req.url.startswith(base) else None)
            yield page, base, ids, problems
        finally:
            browser.close()


def test_overview_dyad_pair_in_browser(browser_page):
    page, base, _, problems = browser_page
    page.goto(base + "/", wait_until="networkidle")
    assert page.title().startswith("Overview")
    assert page.locator("table#dyads tbody tr").count() == 2

    page.click("a.dyad:has-text('AZE ↔ RUS')")
    page.wait_for_url("**/dyad/AZE-RUS")
    # the mirror timeline is drawn by the Vega bundle the app serves, under the page's CSP
    page.wait_for_selector("#timeline[data-rendered]", timeout=20000)
    assert page.get_attribute("#timeline", "data-rendered") == "true"
    assert page.locator("#timeline svg, #timeline canvas").count() >= 1

    pair = page.locator("details.pair").first
    assert not pair.locator(".pairbody").is_visible()
    pair.locator("summary").click()
    body = pair.locator(".pairbody")
    assert body.is_visible()
    act, answer = body.locator(".side").nth(0), body.locator(".side").nth(1)
    assert act.locator("blockquote.sentence").first.is_visible()
    assert answer.locator("blockquote.sentence").first.is_visible()
    assert act.locator("blockquote.sentence").first.inner_text().strip()
    assert answer.locator("blockquote.sentence").first.inner_text().strip()

    # and the pair's own page, reached by its link, shows both sentences as well
    pair.locator("a.pairlink").click()
    page.wait_for_url("**/pair/**")
    assert page.locator(".side").nth(0).locator("blockquote.sentence").count() >= 1
    assert page.locator(".side").nth(1).locator("blockquote.sentence").count() >= 1
    assert problems == []


def test_hostile_article_runs_nothing_in_browser(browser_page):
    page, base, ids, problems = browser_page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{base}/doc/{ids['hostile_doc']}", wait_until="networkidle")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert page.locator("a[href^='javascript']").count() == 0
    page.goto(f"{base}/search?q=alert", wait_until="networkidle")
    page.goto(f"{base}/dyad/AZE-RUS", wait_until="networkidle")
    page.wait_for_selector("#timeline[data-rendered]", timeout=20000)
    for summary in page.locator("details.pair > summary").all():
        summary.click()
    assert dialogs == []
    assert problems == []
