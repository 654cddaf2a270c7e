"""Classroom mode: every lesson's slides, stepped through by keyboard at projector
sizes, each fitting the screen with no scrolling; the slide survives a reload."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from explainer.slides import build_slides
from explainer.store import get_content

from .conftest import screenshot, wait_for_app

LESSON_IDS = tuple(get_content().lessons)

SIZES = [(1280, 720), (1920, 1080)]


def overflow(page) -> int:
    return page.evaluate("() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
                         " return m.scrollHeight - m.clientHeight; }")


@pytest.mark.parametrize("lesson", LESSON_IDS)
@pytest.mark.parametrize("width,height", SIZES, ids=lambda v: str(v))
def test_every_slide_fits_and_keys_step(browser, server, content, lesson, width, height):
    slides = build_slides(content.lessons[lesson])
    total = len(slides)
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(f"{server.url}/{lesson}?mode=present&slide=1")
    wait_for_app(page)
    counter = page.locator(".slide-counter")
    expect(page.locator('[data-testid="stSidebar"]')).to_be_hidden()
    too_tall = []
    for number in range(1, total + 1):
        expect(counter).to_contain_text(f"スライド {number} / {total}")
        wait_for_app(page)
        if slides[number - 1].kind == "chart":
            page.locator('[data-testid="stPlotlyChart"]').first.wait_for()
            page.wait_for_timeout(400)
        if overflow(page) > 1:
            too_tall.append((number, slides[number - 1].heading, overflow(page)))
        if number in (1, total) or slides[number - 1].kind == "chart":
            screenshot(page, f"slide-{lesson}-{number}-{width}x{height}")
        if number < total:
            page.keyboard.press("PageDown" if number % 2 else "ArrowRight")
    assert too_tall == [], f"slides that scroll: {too_tall}"
    assert re.search(rf"slide={total}\b", page.url)
    page.reload()
    wait_for_app(page)
    expect(counter).to_contain_text(f"スライド {total} / {total}")
    page.keyboard.press("PageUp")
    expect(counter).to_contain_text(f"スライド {total - 1} / {total}")
    page.keyboard.press("ArrowLeft")
    expect(counter).to_contain_text(f"スライド {total - 2} / {total}")
    context.close()


@pytest.mark.parametrize("slide", ["0", "999", "abc", "<script>alert(1)</script>", "-3", "2.5"])
def test_invalid_slide_falls_back_to_first(browser, server, slide):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{server.url}/moe?mode=present&slide={slide}")
    wait_for_app(page)
    expect(page.locator(".slide-counter")).to_contain_text("スライド 1 /")
    assert page.locator('[data-testid="stException"]').count() == 0
    page.close()
