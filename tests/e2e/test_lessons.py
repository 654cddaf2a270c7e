"""Every lesson in Chromium, desktop and phone: it opens cleanly, a control in 図で見る
changes the chart, and a screenshot is saved."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from explainer.store import get_content

from .conftest import ConsoleErrors, draw_every_part, rerun_by, screenshot, wait_for_app

LESSON_IDS = tuple(get_content().lessons)


CHARTS_HTML = ("() => [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"] .main-svg')]"
               ".map(e => e.innerHTML).join('')")


def charts_html(page) -> str:
    return page.evaluate(CHARTS_HTML)


def move_first_control(page) -> str:
    """Move the first control of the figures: a slider, else a number input, else a radio choice."""
    area = page.locator('[data-testid="stMain"]')
    slider = area.locator('[data-testid="stSlider"] input[type="range"]')
    if slider.count():
        slider.first.focus()
        page.keyboard.press("ArrowLeft")
        return "slider"
    step_up = area.locator('[data-testid="stNumberInputStepUp"]')
    if step_up.count():
        step_up.first.click()
        return "number"
    for group in area.get_by_role("radiogroup").all():
        if group.get_attribute("aria-label") not in ("答えをえらぶ", None):  # skip quiz questions
            group.get_by_role("radio").nth(1).click(force=True)
            return "radio"
    raise AssertionError("no control found in the figures")


@pytest.mark.parametrize("lesson", LESSON_IDS)
@pytest.mark.parametrize("width", [1280, 390])
def test_lesson_opens_and_its_figure_responds(browser, server, lesson, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors = ConsoleErrors().attach(page)
    page.goto(f"{server.url}/{lesson}")
    wait_for_app(page)
    for heading in ("一言でいうと", "まず予想してみよう", "図で見る", "よくある誤解", "確認クイズ"):
        assert page.get_by_role("heading", name=heading).count() == 1, heading
    # A figure (with its controls) and the quiz are drawn when the reader comes near them (explainer/near.py):
    # on the first screen their places hold boxes, and no figure's code has been loaded.
    assert page.locator(".near-waiting").count() >= 2
    assert page.locator('[data-testid="stPlotlyChart"], [data-testid="stSlider"]').count() == 0
    assert not page.evaluate("performance.getEntriesByType('resource').some(r => /plotly/i.test(r.name))")
    draw_every_part(page)
    page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for()
    before = charts_html(page)
    with rerun_by(page):
        control = move_first_control(page)
    try:
        page.wait_for_function(f"before => ({CHARTS_HTML})() !== before", arg=before, timeout=10_000)
    except PlaywrightTimeout:
        raise AssertionError(f"moving the {control} did not change a chart") from None
    assert page.locator('[data-testid="stException"]').count() == 0
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    screenshot(page, f"lesson-{lesson}-{width}")
    assert errors.real() == []
    context.close()
