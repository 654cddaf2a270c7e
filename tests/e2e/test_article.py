"""The article reader in Chromium: levels switch and stay in the URL, a number opens its data and chart."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import ConsoleErrors, rerun_by, screenshot, wait_for_app


@pytest.mark.parametrize("width", [1280, 390])
def test_levels_and_a_number(browser, server, content, width):
    paragraph = next(p for s in content.article.sections for p in s.paragraphs if p.line == 25)
    original, easy = paragraph.text[:20], paragraph.easy.split("。")[0]
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="ja-JP")
    page = context.new_page()
    errors = ConsoleErrors().attach(page)
    # A link to paragraph 25 brings its section, which is drawn when the reader comes near it (explainer.near).
    page.goto(f"{server.url}/article?level=original#p25")
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    expect(main).to_contain_text(original, use_inner_text=True)
    assert easy not in main.inner_text()
    with rerun_by(page):
        page.get_by_role("radio", name="やさしい", exact=True).click()
    assert "level=easy" in page.url
    expect(main).to_contain_text(easy, use_inner_text=True)
    assert original not in main.inner_text()
    with rerun_by(page):
        page.get_by_role("radio", name="両方", exact=True).click()
    assert "level=both" in page.url
    box = page.locator('[data-testid="stExpander"]', has_text="「4800」をデータでたしかめる").first
    box.locator("summary").click()
    expect(box).to_contain_text("4853.24")
    # Opening the box scrolled it into view, which brings the sections near it (explainer.near), and the box
    # opens with an animation: the switch is pressed once the page is at rest (a moving switch can miss a click).
    wait_for_app(page)
    with rerun_by(page):
        box.get_by_text("グラフも見る").click()
    expect(box.locator("input[type=checkbox]")).to_be_checked()
    expect(box.locator('[data-testid="stPlotlyChart"]')).to_have_count(1, timeout=15_000)
    box.scroll_into_view_if_needed()
    screenshot(page, f"article-number-{width}")
    assert page.locator('[data-testid="stException"]').count() == 0
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    assert errors.real() == []
    context.close()


def test_paragraph_anchor_scrolls_into_view(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server.url}/article?level=both#p73")
    wait_for_app(page)
    # The paragraph itself (not its id in the waiting box of its section, explainer.near) comes into view, below
    # the app's header; and it stays there once the section above it has been drawn too (page.js follows it).
    in_view = ("() => { const p = document.querySelector('#p73'); const top = p && p.getBoundingClientRect().y;"
               " return !!p && p.classList.contains('para-head') && top >= 40 && top < 450; }")
    page.wait_for_function(in_view)
    # Drawn, and a later run has removed its watcher (explainer.near). Probed: the run that removed the
    # watchers above the paragraph moved it 60 px up.
    page.wait_for_function("() => document.querySelector('.st-key-article-toho-deepseek-near-place .para-head')"
                           " && !document.querySelector('.st-key-near-article-toho-deepseek')"
                           " && !document.querySelector('[data-testid=stMain] [data-testid=stSkeleton]')"
                           " && document.querySelector('[data-testid=stApp]').dataset.testScriptState === 'notRunning'")
    assert page.evaluate(in_view)
    page.close()


def test_a_part_not_yet_drawn_says_on_paper_how_to_print_it(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server.url}/article")
    wait_for_app(page)
    waiting = page.locator(".near-waiting").last  # the last section: far below the first screen, not drawn
    label, on_paper = waiting.locator("p").first, waiting.locator("p").last
    expect(on_paper).to_be_hidden()
    page.emulate_media(media="print")
    expect(on_paper).to_be_visible()
    expect(label).to_be_hidden()
    assert "ここまでスクロールしてください" in on_paper.inner_text()
    page.close()
