"""The built site in a real browser: Debian's Chromium driven by Playwright.

The site of the hand-written fixtures is served over HTTP on 127.0.0.1 (as a
reader would get it, so the search worker and the filter script run), then
clicked through: start page → briefing → actor → timeline.  Every page is
checked with axe-core (serious and critical violations fail) and must log no
console error.  Screenshots land in test-artifacts/.

`make test` installs what these tests need (`make browser-deps`): Chromium
from Debian and axe-core from npm.  Playwright never downloads a browser here.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
BRIEFING = "briefings/seed-ukraine-gespraeche/"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(fixture_site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(fixture_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser-deps` (installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _watched_tab(browser: Any, local: tuple[str, ...], errors: list[str]) -> tuple[Any, Any]:
    """A fresh tab (and its context) whose console errors, uncaught exceptions and requests to any
    address not starting with one of `local` are appended to `errors`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-AT")
    tab = context.new_page()
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("request", lambda request: None if request.url.startswith(local)
           else errors.append(f"network request: {request.url}"))
    return context, tab


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh tab that records console errors and uncaught exceptions; the test fails on any."""
    errors: list[str] = []
    # Any request off this machine is an error (the site must work offline); a request cut short
    # because the test navigated on (net::ERR_ABORTED) is not.
    context, tab = _watched_tab(browser, ("http://127.0.0.1", "data:"), errors)
    tab.on("requestfailed", lambda request: None if request.failure == "net::ERR_ABORTED"
           else errors.append(f"request failed: {request.url} {request.failure}"))
    yield tab
    context.close()
    assert errors == [], errors


@functools.cache
def _axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `make browser-deps` (npm install axe-core)")
    return AXE.read_text(encoding="utf-8")


def assert_accessible(page: Any) -> None:
    """axe-core on the current page: no serious or critical violation."""
    page.add_script_tag(content=_axe_source())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
           for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], f"{page.url}: " + "; ".join(bad)


def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_click_from_start_to_briefing_actor_and_timeline(page: Any, base_url: str) -> None:
    page.goto(base_url)
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("article h2", has_text="Nächste Termine").count() == 1
    screenshot(page, "start")
    assert_accessible(page)

    page.locator("article a", has_text="USA, Ukraine und Europäer beraten").first.click()
    page.wait_for_url(f"**/{BRIEFING}")
    assert page.locator("article h1").inner_text() == "USA, Ukraine und Europäer beraten über Sicherheitsgarantien"
    assert page.locator("article").get_by_text("3. Jänner 2026").first.is_visible()
    assert page.locator("article .lb-guessed").first.is_visible()
    assert page.locator("article .lb-diagram svg").is_visible()
    screenshot(page, "briefing")
    assert_accessible(page)

    page.locator("article table a", has_text="Steve Witkoff").first.click()
    page.wait_for_url("**/actors/steve-witkoff/")
    assert page.locator("article h1").inner_text().rstrip("¶") == "Steve Witkoff"
    screenshot(page, "actor")
    assert_accessible(page)

    page.locator(".md-tabs a", has_text="Zeitleiste").click()
    page.wait_for_url("**/timeline/")
    assert page.locator(".lb-filter--active select").count() == 2
    screenshot(page, "timeline")
    assert_accessible(page)


def test_evidence_shows_on_demand_as_a_tooltip(page: Any, base_url: str) -> None:
    page.goto(base_url + BRIEFING)
    reference = page.locator("article table .footnote-ref").first
    reference.hover()
    tooltip = page.locator(".md-tooltip2")
    tooltip.first.wait_for(state="visible", timeout=5000)
    assert "Koalition der Willigen" in tooltip.first.inner_text()


def _visible_rows(page: Any) -> int:
    return int(page.locator(".lb-timeline tr[data-kind]:visible").count())


def test_timeline_filters_by_actor_and_kind(page: Any, base_url: str) -> None:
    # The index lists the months, newest first; a month page holds that month's rows and its own filter.
    page.goto(base_url + "timeline/")
    page.locator("article a", has_text="Dezember 2025").click()
    page.wait_for_url("**/timeline/2025-12/")
    total = page.locator(".lb-timeline tr[data-kind]").count()
    assert total == _visible_rows(page) == 5
    page.select_option("#lb-filter-actor", "person-steve-witkoff")
    witkoff = page.locator('.lb-timeline tr[data-actors~="person-steve-witkoff"]').count()
    assert 0 < witkoff < total
    assert _visible_rows(page) == witkoff
    assert "actor=person-steve-witkoff" in page.url
    page.select_option("#lb-filter-kind", "call")
    assert _visible_rows(page) == 2
    assert page.locator(".lb-filter-status").inner_text() == f"2 / {total}"
    page.select_option("#lb-filter-actor", "person-wladimir-putin")
    assert _visible_rows(page) == 0
    assert page.locator(".lb-no-match:visible").count() == 1  # this month has past rows only
    # The pager leads to the later month.
    page.locator("article a", has_text="Januar 2026").first.click()
    page.wait_for_url("**/timeline/2026-01/**")
    # An actor page links to the month of its latest event, already filtered to that actor.
    page.goto(base_url + "organizations/koalition-der-willigen/")
    page.locator("article a", has_text="In der Zeitleiste").click()
    page.wait_for_url("**/timeline/2026-01/?actor=organization-koalition-der-willigen")
    assert _visible_rows(page) == 2


def test_timeline_without_javascript_lists_everything(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        rows = 0
        for month in ("2026-01", "2025-12"):
            tab.goto(base_url + f"timeline/{month}/")
            rows += tab.locator(".lb-timeline tr[data-kind]:visible").count()
            assert tab.locator(".lb-filter:visible").count() == 0
        assert rows == 8
    finally:
        context.close()


@pytest.mark.parametrize("term, expected", [
    ("Witkoff", "Witkoff"),
    ("Sicherheitsgarantien", "Sicherheitsgarantien"),
    ("Jänner", "Jänner"),
])
def test_search_finds(page: Any, base_url: str, term: str, expected: str) -> None:
    page.goto(base_url)
    page.locator(".md-search__input").click()
    # Material ignores typing until its search worker has loaded the index.
    page.wait_for_function("() => { const m = document.querySelector('.md-search-result__meta');"
                           " return m && m.textContent.trim() === 'Suchbegriff eingeben'; }")
    page.locator(".md-search__input").press_sequentially(term)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=10000)
    assert expected.lower() in page.locator(".md-search-result").inner_text().lower()
    assert page.locator(f'.md-search-result a[href*="{BRIEFING}"]').count() >= 1


@pytest.mark.parametrize("term, briefing, actor", [
    ("Witkoff", "briefings/seed-ukraine-gespraeche/", "actors/steve-witkoff/"),  # a name
    ("Miami", "briefings/en-miami-talks/", "places/miami/"),  # a place
    ("Umerov", "briefings/seed-ukraine-gespraeche/", "actors/rustem-umjerow/"),  # the German page says Umjerow
])
def test_search_finds_the_briefing_and_the_actor_page(page: Any, base_url: str, term: str, briefing: str,
                                                       actor: str) -> None:
    page.goto(base_url)
    page.locator(".md-search__input").click()
    page.wait_for_function("() => { const m = document.querySelector('.md-search-result__meta');"
                           " return m && m.textContent.trim() === 'Suchbegriff eingeben'; }")
    page.locator(".md-search__input").press_sequentially(term)
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10000)
    found = page.locator(".md-search-result__item a").evaluate_all("links => links.map(a => a.href)")
    assert any(briefing in href for href in found), found
    assert any(actor in href for href in found), found


def test_english_briefing_speaks_english(page: Any, base_url: str) -> None:
    page.goto(base_url + "briefings/en-miami-talks/")
    assert page.locator("html").get_attribute("lang") == "en"
    article = page.locator("article").inner_text()
    assert "Meetings and dates" in article
    assert "500,000,000,000" in article
    assert "20 December 2025" in article
    assert_accessible(page)


# --- the site opened from disk (file://), as the README promises --------------------------------

@pytest.fixture
def disk_page(browser: Any) -> Iterator[Any]:
    """A tab for the site over file://: any console error, or a request leaving the disk, fails the test."""
    errors: list[str] = []
    context, tab = _watched_tab(browser, ("file://", "data:", "about:"), errors)
    yield tab
    context.close()
    assert errors == [], errors


def test_site_opened_from_disk_navigates_by_its_tabs(disk_page: Any, fixture_site: Path) -> None:
    disk_page.goto((fixture_site / "index.html").as_uri())
    for tab, address in (("Zeitleiste", "timeline/index.html"), ("Akteure", "actors/index.html"),
                         ("Briefings", "briefings/index.html"), ("Start", "index.html")):
        disk_page.locator(".md-tabs a", has_text=tab).click()
        disk_page.wait_for_url(f"**/{address}")
        assert disk_page.locator("article h1").count() == 1, tab  # a page, not a directory listing
    disk_page.locator("article a", has_text="Witkoff and Umerov").first.click()
    disk_page.wait_for_url("**/briefings/en-miami-talks/index.html")
    disk_page.locator("article table a", has_text="Rustem Umerov").first.click()
    disk_page.wait_for_url("**/actors/rustem-umjerow/index.html")


def test_site_opened_from_disk_searches(disk_page: Any, fixture_site: Path) -> None:
    disk_page.goto((fixture_site / "timeline" / "index.html").as_uri())
    disk_page.locator(".md-search__input").click()
    disk_page.wait_for_function("() => { const m = document.querySelector('.md-search-result__meta');"
                                " return m && m.textContent.trim() === 'Suchbegriff eingeben'; }")
    disk_page.locator(".md-search__input").press_sequentially("Jänner")
    disk_page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10000)
    disk_page.locator('.md-search-result__item a[href*="seed-ukraine-gespraeche"]').first.click()
    disk_page.wait_for_url("**/briefings/seed-ukraine-gespraeche/index.html*")
    assert "Jänner" in disk_page.locator("article").inner_text()


# --- reading: legible pictures, one language, screenshots of every kind of page ------------------

def test_who_met_whom_labels_are_legible_and_lead_to_the_meeting(page: Any, base_url: str) -> None:
    page.goto(base_url + BRIEFING)
    sizes = page.evaluate("""() => Array.from(document.querySelectorAll('.lb-diagram text')).map(t =>
        parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)""")
    assert 2 <= len(sizes) <= 12 and min(sizes) >= 12, sizes
    page.locator(".lb-diagram a", has_text="Günter Sautter").click()
    page.wait_for_url("**#ev-*")
    anchor = page.url.split("#")[1]
    assert "Berlin" in page.locator(f"tr:has(#{anchor})").inner_text()


def test_screenshots_of_the_english_briefing_and_the_review_list(page: Any, base_url: str) -> None:
    page.goto(base_url + "briefings/en-miami-talks/")
    assert page.locator("article h1").inner_text().rstrip("¶") == \
        "Witkoff and Umerov discuss security guarantees in Miami"
    screenshot(page, "briefing-en")
    page.goto(base_url)
    page.locator(".md-tabs a", has_text="Prüfliste").click()
    page.wait_for_url("**/review/")
    page.locator("article a", has_text="Geschätzte Fakten").click()
    page.wait_for_url("**/review/guessed/")
    assert page.locator("article table tr").count() >= 2
    screenshot(page, "review")
    assert_accessible(page)
