"""Classroom mode: every lesson's authored deck, stepped through by keyboard at projector
sizes: no slide scrolls, none has more than three lines of body text, and each chart
fills the slide's width and more than half the screen's height; the slide survives a reload."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from explainer.slides import build_slides
from explainer.store import get_content

from .conftest import screenshot, wait_for_app, wait_for_stable_layout

LESSON_IDS = tuple(get_content().lessons)

SIZES = [(1280, 720), (1920, 1080)]


# What a slide measures: how far the page scrolls, the rendered lines of body text (the answer shown
# after a reveal is not on the slide yet), and the chart's size next to the slide's content width.
MEASURE = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  let lines = 0;
  document.querySelectorAll('.st-key-slide-body .rich p, .st-key-slide-chart .rich p').forEach(p => {
    lines += Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
  });
  const chart = document.querySelector('.st-key-slide-figure [data-testid="stPlotlyChart"]');
  const slide = document.querySelector('.st-key-slide-chart, .st-key-slide-body').getBoundingClientRect();
  const box = chart ? chart.getBoundingClientRect() : null;
  return {overflow: main.scrollHeight - main.clientHeight, lines, width: slide.width,
          chart: box ? [box.width, box.height] : null,
          body: parseFloat(getComputedStyle(document.querySelector('.st-key-slide-deck .rich p')
                                            || document.body).fontSize)};
}"""


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
    problems = []
    for number in range(1, total + 1):
        expect(counter).to_contain_text(f"スライド {number} / {total}")
        wait_for_app(page)
        slide = slides[number - 1]
        if slide.kind == "chart":
            page.locator('.st-key-slide-figure [data-testid="stPlotlyChart"] .main-svg').first.wait_for()
            wait_for_stable_layout(page)
        seen = page.evaluate(MEASURE)
        where = f"slide {number} ({slide.kind}) 「{slide.heading}」"
        if seen["overflow"] > 1:
            problems.append(f"{where} scrolls by {seen['overflow']} px")
        if seen["lines"] > 3:
            problems.append(f"{where} has {seen['lines']} lines of body text")
        if seen["body"] < 0.04 * height:
            problems.append(f"{where} body text is {seen['body']} px")
        if slide.kind == "chart":
            chart_width, chart_height = seen["chart"]
            if chart_width < 0.9 * seen["width"] or chart_height < 0.55 * height:
                problems.append(f"{where} chart is {chart_width:.0f}×{chart_height:.0f}")
        if number in (1, total) or slide.kind in ("chart", "question", "number"):
            screenshot(page, f"slide-{lesson}-{number}-{width}x{height}")
        if number < total:
            page.keyboard.press("PageDown" if number % 2 else "ArrowRight")
    assert problems == []
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
