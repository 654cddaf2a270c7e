"""A worksheet and its answer key print to A4 PDF from Chromium."""

from __future__ import annotations

from explainer.quiz import final_test_questions
from explainer.worksheet import worksheet_html

from .conftest import SCREENSHOTS


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
