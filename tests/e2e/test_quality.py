"""Quality gates in a real browser: accessibility (axe-core, keyboard), hostile URL
parameters and stored data, no requests to other hosts, and a bounded load test."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlparse

import pytest
from playwright.sync_api import expect

from explainer.store import get_pages

from .conftest import draw_every_part, rerun_by, wait_for_app, wait_for_saved_furigana

PAGES = get_pages()

URLS = [p.path for p in PAGES] + ["article?level=original", "glossary?term=sox", "moe?mode=present&slide=3",
                                  "tokens?mode=print"]


@pytest.mark.parametrize(("scheme", "furigana"), [("light", "0"), ("dark", "1")])
def test_axe_finds_no_serious_violations(browser, server, scheme, furigana):
    """Light theme with plain text, dark theme with ふりがな on (kept for the whole visit)."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{server.url}/?furigana={furigana}")
    wait_for_app(page)
    wait_for_saved_furigana(page, on=furigana == "1")
    found = {}
    for path in URLS:
        page.goto(f"{server.url}/{path}")
        wait_for_app(page)
        draw_every_part(page)  # and waits for the page at rest: axe reads colours, not halfway through a fade-in
        violations = [v for v in axe.run(page).response["violations"] if v["impact"] in ("serious", "critical")]
        if violations:
            found[path] = [(v["id"], len(v["nodes"]), v["nodes"][0]["target"]) for v in violations]
    # A state no URL opens: home's question before the records are cleared (a primary button).
    page.goto(server.url)
    wait_for_app(page)
    with rerun_by(page):
        page.locator(".st-key-reset-ask button").click()
    page.locator(".st-key-reset-yes button").wait_for()
    violations = [v for v in axe.run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    if violations:
        found["(home, before clearing the records)"] = [(v["id"], v["nodes"][0]["target"]) for v in violations]
    context.close()
    assert found == {}


def test_no_duplicate_ids(browser, server):
    """Every id in the main area is unique on every page, and every pop-up a term controls
    exists once, also where one text or one glossary entry is shown twice."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    found = {}
    for path in URLS + ["article?level=both", "glossary?term=sox&q=SOX"]:
        page.goto(f"{server.url}/{path}")
        wait_for_app(page)
        draw_every_part(page)
        ids, controls = page.evaluate("""() => {
            const main = document.querySelector('[data-testid="stMain"]');
            return [Array.from(main.querySelectorAll('[id]'), e => e.id),
                    Array.from(main.querySelectorAll('[aria-controls]'), e => e.getAttribute('aria-controls'))];
        }""")
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        missing = sorted(set(controls) - set(ids))
        if duplicates or missing:
            found[path] = {"duplicates": duplicates[:5], "missing": missing[:5]}
        assert path != "article?level=both" or len(controls) > 100  # the check saw the pop-ups
    page.close()
    assert found == {}


def test_keyboard_only_path(browser, server):
    """Tab from the home page into a lesson, open a glossary pop-up, answer the lesson's guess."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server.url}/")
    wait_for_app(page)

    def tab_to(predicate: str, limit: int = 80) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(predicate):
                style = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                                      " return [s.outlineStyle, s.boxShadow]; }")
                assert style[0] != "none" or style[1] != "none", "focus must be visible"
                return
        raise AssertionError(f"never reached: {predicate}")

    tab_to("document.activeElement.getAttribute('href') === 'moe'")
    with rerun_by(page):
        page.keyboard.press("Enter")
    assert page.url.endswith("/moe")
    tab_to("document.activeElement.classList.contains('gl-term')")
    page.keyboard.press("Enter")
    tip_id = page.evaluate("document.activeElement.getAttribute('aria-controls')")
    tip = page.locator(f"#{tip_id}")
    assert tip.is_visible()
    tab_to("document.activeElement.closest('.st-key-choices-moe-guess') !== null", limit=200)  # the guess
    with rerun_by(page):
        page.keyboard.press("Enter")
    expect(page.locator('[data-testid="stAlert"]').first).to_be_visible()
    page.close()


HOSTILE = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "../../../etc/passwd",
    "x" * 10_000, "a\u0000b\u0007c", "\u202eevil\u202c", "😀📉", "' OR 1=1 --", "%00", "{{7*7}}",
]
PARAMS = ["glossary?term={}", "glossary?q={}", "article?level={}", "moe?mode={}", "moe?mode=present&slide={}",
          "quiz?seed={}", "quiz?mode={}"]


@pytest.mark.parametrize("template", PARAMS)
def test_hostile_parameters_are_harmless(browser, server, template):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for value in HOSTILE:
        page.goto(f"{server.url}/{template.format(quote(value, safe=''))}")
        wait_for_app(page)
        assert page.locator('[data-testid="stException"]').count() == 0, value
        assert page.locator("img[src=x]").count() == 0
        assert page.locator("h1, .slide-counter").first.is_visible()
    assert dialogs == []
    page.close()


def test_only_own_host_is_contacted(browser, server):
    """Every request while visiting every page goes to the app's own host; pages
    still render when any other host is unreachable (a classroom without internet)."""
    context = browser.new_context()
    foreign = []

    def guard(route):
        if urlparse(route.request.url).hostname not in ("127.0.0.1", "localhost"):
            foreign.append(route.request.url)
            return route.abort()
        return route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    for path in URLS:
        page.goto(f"{server.url}/{path}")
        wait_for_app(page)
        assert page.locator('[data-testid="stException"]').count() == 0
    context.close()
    assert foreign == []


def test_thirty_concurrent_sessions(server):
    """30 sessions go through pages at once (over Streamlit's own protocol, as their browsers would):
    every run finishes and none draws an error box."""
    from .protocol_client import ProtocolSession

    paths = [("", ""), ("sox", ""), ("glossary", "q=SOX"), ("moe", ""), ("article", "level=easy"), ("quiz", "")]

    async def session(index: int) -> list[str]:
        problems = []
        for step in range(3):
            page, query = paths[(index + step) % len(paths)]
            async with ProtocolSession(server.url, page, query) as client:
                drawn = await client.run(timeout=120)
                problems += [f"{index}: /{page}: {problem}" for problem in drawn.exceptions]
                if not drawn.texts:
                    problems.append(f"{index}: /{page} drew no text")
        return problems

    async def everyone() -> list[str]:
        results = await asyncio.gather(*(session(index) for index in range(30)), return_exceptions=True)
        return [f"{type(result).__name__}: {result}" if isinstance(result, BaseException) else problem
                for result in results for problem in (result if isinstance(result, list) else [result])]

    # The session's sync Playwright owns this thread's event loop: the sessions run in a thread of their own.
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(asyncio.run, everyone()).result() == []
