"""Progress is never lost: it survives a reload and a server restart (it lives in
the browser), and tampered stored data is ignored with a notice."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import StreamlitServer, require_browser, rerun_by, wait_for_app

STORAGE_KEY = "deepseek-explainer-progress"


def sidebar_progress(page):
    return page.locator('[data-testid="stSidebar"] [data-testid="stProgress"]').first


def test_progress_survives_reload_and_restart(browser):
    require_browser()
    server = StreamlitServer().start()
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(f"{server.url}/tokens")
        wait_for_app(page)
        expect(sidebar_progress(page)).to_contain_text("読んだレッスン 0/10")
        answer_first_question(page)
        with rerun_by(page):
            page.get_by_role("button", name="このレッスンを読み終えた").click()
        expect(sidebar_progress(page)).to_contain_text("読んだレッスン 1/10")

        page.reload()
        wait_for_app(page)
        expect(sidebar_progress(page)).to_contain_text("読んだレッスン 1/10")
        expect(sidebar_progress(page)).to_contain_text("正解 1問")

        server.restart()
        page.close()
        page = context.new_page()  # as if the tab had been closed
        page.goto(f"{server.url}/")
        wait_for_app(page)
        expect(sidebar_progress(page)).to_contain_text("読んだレッスン 1/10")
        expect(page.get_by_text("いちばんよい記録：1 / ").first).to_be_visible(timeout=15_000)
        context.close()
    finally:
        server.stop()


def question_block(page, label: str):
    """The innermost block holding the question that starts with ``label``."""
    block = f'//div[@data-testid="stVerticalBlock"][.//p[starts-with(normalize-space(.), "{label}")]]'
    return page.locator(f"xpath={block}").last


def answer_first_question(page) -> None:
    """Answer Q1 of the lesson quiz correctly, whatever its kind (single choice in the tokens lesson)."""
    from explainer.store import validate_repository_content

    question = validate_repository_content().lessons["tokens"].quiz[0]
    assert question.kind == "single"
    right = next(o.text for o in question.options if o.correct)
    page.get_by_role("heading", name="確認クイズ").scroll_into_view_if_needed()  # drawn when the reader comes near
    block = question_block(page, "Q1.")
    block.get_by_text(right, exact=True).click()
    with rerun_by(page):
        block.get_by_role("button", name="答え合わせ").click()
    expect(block).to_contain_text("正解です")


def test_tampered_storage_is_ignored_with_a_notice(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server.url}/")
    wait_for_app(page)
    hostile = '{"v":1,"lessons":{"<img src=x onerror=alert(1)>":[1,9,1]}}'
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, hostile])
    page.reload()
    wait_for_app(page)
    page.get_by_text("記録が読めなかった").first.wait_for(timeout=10_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    expect(sidebar_progress(page)).to_contain_text("読んだレッスン 0/10")
    page.wait_for_function("key => (localStorage.getItem(key) || '').startsWith('{\"v\":1,\"lessons\":{}')",
                           arg=STORAGE_KEY)
    context.close()
