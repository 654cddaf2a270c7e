"""Every URL of the scheme renders in Chromium: no exception box, no console
error, the right final URL, Japanese document language, nothing jumping while it loads; a screenshot
per page, phone and desktop, light and dark."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from explainer.store import get_pages

from .conftest import ConsoleErrors, StreamlitServer, require_browser, screenshot, wait_for_app

PAGES = get_pages()

VIEWS = [(1280, "light"), (390, "dark")]
# Layout shifts (the browser's own measure, as in cumulative layout shift) without recent input.
_COLLECT_SHIFTS = """window.__shifts = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
}).observe({type: 'layout-shift', buffered: true});"""
# The heading's height when it is first drawn (before the app's stylesheet has arrived).
_FIRST_HEADING_HEIGHT = """(function poll() {
  const heading = document.querySelector('h1');
  if (heading) window.__firstHeadingHeight = heading.getBoundingClientRect().height;
  else requestAnimationFrame(poll);
})();"""


@pytest.mark.parametrize("path", [p.path for p in PAGES], ids=lambda p: p or "home")
@pytest.mark.parametrize("width,scheme", VIEWS, ids=lambda v: str(v))
def test_page_renders(server, browser, path, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme, locale="ja-JP")
    context.add_init_script(_COLLECT_SHIFTS)
    context.add_init_script(_FIRST_HEADING_HEIGHT)
    page = context.new_page()
    errors = ConsoleErrors().attach(page)
    page.goto(f"{server.url}/{path}")
    wait_for_app(page)
    # A first visit (new context, nothing cached): what is read does not jump while the page loads.
    assert page.evaluate("window.__shifts") <= 0.1
    # The heading keeps its lines from its first drawing on (explainer/phrases.py), even on a slow machine
    # where the page's text appears in the same moment as the stylesheet.
    assert page.evaluate("window.__firstHeadingHeight") == page.locator("h1").first.bounding_box()["height"]
    assert page.url.rstrip("/") == f"{server.url}/{path}".rstrip("/")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_text("Page not found").count() == 0
    assert page.locator("h1").first.is_visible()
    page.wait_for_function("document.documentElement.lang === 'ja'", timeout=10_000)
    assert page.get_by_text("投資助言ではありません").count() >= 1
    # The menu: open beside the column on a wide screen from the first visit, behind its button on a phone.
    menu_link = article_link_in_menu(page)
    if path == "summary":  # a print view: no menu
        expect(menu_link).to_have_count(0)
    elif width >= 1200:
        expect(menu_link).to_be_in_viewport()
    else:
        expect(menu_link).not_to_be_in_viewport()
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page scrolls sideways by {overflow}px"
    screenshot(page, f"{path or 'home'}-{width}-{scheme}")
    assert errors.real() == []
    context.close()


def article_link_in_menu(page):
    """One link of the sidebar menu (explainer.ui), to see where the menu is."""
    return page.get_by_test_id("stSidebar").get_by_role("link", name="記事を読む")


def test_menu_at_tablet_width_waits_behind_its_button(server, browser):
    """At 1024 px there is no free margin for the menu: it starts closed, so its arrival (the session's
    second run) does not push the column aside (that shift was 0.73), and its button opens it."""
    context = browser.new_context(viewport={"width": 1024, "height": 768}, locale="ja-JP")
    context.add_init_script(_COLLECT_SHIFTS)
    page = context.new_page()
    page.goto(f"{server.url}/sox")
    wait_for_app(page)
    assert page.evaluate("window.__shifts") <= 0.1
    menu_link = article_link_in_menu(page)
    expect(menu_link).not_to_be_in_viewport()
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(menu_link).to_be_in_viewport()
    context.close()


def test_deep_link_is_first_request_to_fresh_server(browser):
    """A teacher's link to a sleeping app: the first visit after start is a deep link."""
    require_browser()
    fresh = StreamlitServer().start()
    try:
        page = browser.new_page()
        page.goto(f"{fresh.url}/moe")
        wait_for_app(page)
        # app.py ran (its page setup names the tab), not pages/moe.py on its own
        expect(page).to_have_title("DeepSeekショックをやさしく")
        assert page.url == f"{fresh.url}/moe"
        assert page.get_by_text("Page not found").count() == 0
        assert page.locator("h1").first.inner_text().startswith("MoE")
        sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
        assert "はじめに" in sidebar and "用語集" in sidebar
        assert page.locator('[data-testid="stSidebarNav"]').count() == 0  # never the raw pages/ listing
        page.close()
    finally:
        fresh.stop()
