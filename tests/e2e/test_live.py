"""みんなで答える in real browsers: a teacher's slide at 1280×720 and students' phones at 390 px.

The students join by the room code, answer once, see the teacher's reveal and follow the teacher
to the next question; a reload keeps a student's answer; unknown, full and hostile rooms get
plain messages."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from explainer.slides import build_slides

from .conftest import StreamlitServer, require_browser, rerun_by, screenshot, wait_for_app
from .protocol_client import run_class

LESSON = "tokens"
STUDENTS = 5
ROOM_SIZE = 6  # this test's server allows 6 students a room, so a seventh finds it full


@pytest.fixture(scope="module")
def class_server():
    require_browser()
    running = StreamlitServer(env={"EXPLAINER_LIVE_MAX_STUDENTS": str(ROOM_SIZE)}).start()
    yield running
    running.stop()


def question_slides(content) -> list[tuple[int, object]]:
    slides = build_slides(content.lessons[LESSON])
    return [(number, slide.question) for number, slide in enumerate(slides, start=1)
            if slide.kind == "question" and slide.question.kind == "single"]


def student_page(browser, url: str):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(url)
    wait_for_app(page)
    return page


def answer_buttons(page):
    return page.locator('.st-key-live-question [data-testid="stButton"] button')


def test_a_class_answers_live(browser, class_server, content):
    (first, question), (second, next_question) = question_slides(content)[:2]
    teacher_context = browser.new_context(viewport={"width": 1280, "height": 720})
    teacher = teacher_context.new_page()
    teacher.goto(f"{class_server.url}/{LESSON}?mode=present&slide={first}")
    wait_for_app(teacher)
    expect(teacher.locator(".st-key-slide-answer")).to_have_count(0)  # the answer waits for the reveal
    teacher.get_by_role("button", name="みんなで答える").click()
    code = teacher.locator(".live-code").inner_text().strip()
    assert len(code) == 6
    assert f"join?room={code}" in teacher.locator(".live-url").inner_text()
    # The QR code is drawn on the server and sent in the page (a data URI): no request to any host.
    qr = teacher.locator('.live-qr img[src^="data:image/svg+xml"]')
    expect(qr).to_have_count(1)
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0")

    students = [student_page(browser, f"{class_server.url}/join?room={code}") for _ in range(STUDENTS)]
    for index, student in enumerate(students):
        expect(answer_buttons(student)).to_have_count(len(question.options))
        answer_buttons(student).nth(index % 2).click()
        expect(student.get_by_text("答えを送りました")).to_be_visible()
    expect(teacher.locator(".st-key-live-results")).to_contain_text(f"回答 {STUDENTS}人", timeout=5_000)
    assert "正解）" not in teacher.locator(".st-key-live-results").inner_text()  # nothing marked before the reveal

    students[0].reload()  # a reload keeps the student's answer
    wait_for_app(students[0])
    expect(students[0].get_by_text("答えを送りました")).to_be_visible()
    expect(answer_buttons(students[0])).to_have_count(0)

    with rerun_by(teacher):
        teacher.get_by_role("button", name="答えを見せる").click()
    expect(teacher.locator(".st-key-slide-answer")).to_be_visible()
    screenshot(teacher, "live-teacher-revealed-1280x720")
    # The question, its answer and the room's code and chart share the projector's screen without scrolling.
    assert teacher.evaluate("() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
                            " return m.scrollHeight - m.clientHeight; }") <= 1
    right = next(option.text for option in question.options if option.correct)
    for student in students:
        expect(student.locator(".st-key-live-question")).to_contain_text(right, timeout=5_000)
        expect(student.locator(".st-key-live-question")).to_contain_text("答え")

    for _ in range(second - first):  # the teacher moves on by keyboard; the room follows
        with rerun_by(teacher):
            teacher.keyboard.press("ArrowRight")
    expect(teacher.locator(".slide-counter")).to_contain_text(f"スライド {second} /")
    for student in students:
        expect(answer_buttons(student)).to_have_count(len(next_question.options), timeout=5_000)
    expect(teacher.locator(".st-key-live-results")).to_contain_text("回答 0人")
    for page in [teacher, *students]:
        page.context.close()


@pytest.mark.parametrize("room", ["ZZZZZZ", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "abc", "' OR 1=1 --"])
def test_unknown_and_hostile_rooms_get_a_plain_message(browser, class_server, room):
    page = student_page(browser, f"{class_server.url}/join?room={room}")
    message = page.locator('[data-testid="stAlert"]').first
    expect(message).to_be_visible()
    assert "見つかりません" in message.inner_text() or "6文字" in message.inner_text()
    assert page.locator("script", has_text="alert(1)").count() == 0
    expect(page.get_by_label("部屋のコード（先生の画面の6文字）")).to_be_visible()  # and a way to try again
    page.context.close()


def test_a_full_room_says_so(browser, class_server, content):
    teacher = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
    first = question_slides(content)[0][0]
    teacher.goto(f"{class_server.url}/{LESSON}?mode=present&slide={first}")
    wait_for_app(teacher)
    teacher.get_by_role("button", name="みんなで答える").click()
    code = teacher.locator(".live-code").inner_text().strip()
    pages = [student_page(browser, f"{class_server.url}/join?room={code}") for _ in range(ROOM_SIZE + 1)]
    for page in pages[:ROOM_SIZE]:
        expect(answer_buttons(page).first).to_be_visible()
    expect(pages[-1].get_by_text("満員")).to_be_visible()
    for page in [teacher, *pages]:
        page.context.close()


CLASS_SIZE = 40


def test_a_class_of_forty_answers_and_the_chart_counts_every_answer(browser, server, content):
    """40 phones (simulated over Streamlit's own websocket protocol) join within 10 seconds and answer at
    once; the teacher's chart ends up with all 40 answers, split as they were given."""
    first, question = question_slides(content)[0]
    teacher = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
    teacher.goto(f"{server.url}/{LESSON}?mode=present&slide={first}")
    wait_for_app(teacher)
    teacher.get_by_role("button", name="みんなで答える").click()
    code = teacher.locator(".live-code").inner_text().strip()
    answers, samples, _ = run_class(teacher, server.url, code, CLASS_SIZE, within=10.0)
    assert sum(answer.confirmed for answer in answers) == CLASS_SIZE
    assert samples[-1][1] == CLASS_SIZE
    choices = len(question.options)
    expected = [len(range(index, CLASS_SIZE, choices)) for index in range(choices)]
    # the chart refreshes on its own: wait until it shows every answer
    expect(teacher.locator(".st-key-live-results .bartext")).to_have_text([f"{count}人" for count in expected])
    teacher.context.close()
