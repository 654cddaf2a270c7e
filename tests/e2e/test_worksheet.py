"""A worksheet and its answer key, and the まとめシート, print to A4 PDF from Chromium."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from explainer.quiz import final_test_questions
from explainer.worksheet import worksheet_html

from .conftest import SCREENSHOTS, wait_for_app


def test_worksheet_prints_to_pdf(browser, content):
    questions = final_test_questions(content)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for with_answers, name in ((False, "worksheet"), (True, "answer-key")):
        page = browser.new_page()
        page.set_content(worksheet_html("まとめテスト", questions, with_answers=with_answers))
        assert page.locator(".q").count() == len(questions)
        assert (page.locator(".ok").count() > 0) is with_answers
        pdf = page.pdf(format="A4", print_background=True)
        assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
        (SCREENSHOTS / f"{name}.pdf").write_bytes(pdf)
        page.close()


def test_summary_sheet_prints_on_one_a4_page(browser, server, content):
    """/summary: the timeline, the twelve words and the three takeaways fit one A4 sheet."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server.url}/summary")
    wait_for_app(page)
    expect(page.locator(".sheet-terms li")).to_have_count(12)
    shown = page.locator('[data-testid="stMain"]').inner_text()  # as read on screen: ruby readings hidden
    for chart in content.summary.charts:
        spec = next(s for s in content.lessons[chart.lesson].charts if s.builder == chart.builder)
        assert spec.title in shown
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    (SCREENSHOTS / "summary-sheet.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    page.close()
