"""記述: every lesson has one written question; its worksheet gives lines to write on, and only the
answer key shows the model answer and 「よい答えにふくまれること」."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest
from pydantic import ValidationError

from explainer.content import ROOT, describe
from explainer.readability import LESSON_LIMITS, limit_problems, split_sentences
from explainer.richtext import text_html
from explainer.schema import Lesson, WrittenQuestion
from explainer.worksheet import worksheet_html

RULE = '<div class="rule"></div>'
GOOD_POINTS = "よい答えにふくまれること"


def sheets(lesson: Lesson) -> tuple[str, str]:
    """A lesson's worksheet and its answer key, as the まとめテスト page makes them."""
    title = f"レッスン{lesson.order}：{lesson.title}"
    return (worksheet_html(title, list(lesson.quiz), written=(lesson.written,)),
            worksheet_html(title, list(lesson.quiz), with_answers=True, written=(lesson.written,)))


def test_every_lesson_has_a_written_question(content):
    for lesson in content.lessons.values():
        written = lesson.written
        assert 2 <= len(written.criteria) <= 4, lesson.id
        assert 3 <= written.minutes <= 10, lesson.id
        assert 2 <= len(split_sentences(written.model_answer)) <= 4, lesson.id
        assert written.question.endswith("。"), lesson.id
    assert len({lesson.written.question for lesson in content.lessons.values()}) == len(content.lessons)


def test_written_questions_keep_to_short_sentences(content):
    """Plain Japanese as in the lessons: sentences of at most 28 characters on average, none over 50
    (kanji share is the lesson's own limit: a short answer full of 株価 and 時価総額 is not measured alone)."""
    sentences_only = dataclasses.replace(LESSON_LIMITS, kanji_share=1.0)
    for lesson in content.lessons.values():
        written = lesson.written
        texts = [written.question, written.model_answer, *written.criteria]
        assert list(limit_problems(texts, sentences_only)) == [], lesson.id


def test_worksheet_asks_the_written_question_and_only_the_key_answers_it(content):
    for lesson in content.lessons.values():
        written = lesson.written
        sheet, key = sheets(lesson)
        question = text_html(written.question)
        assert question in sheet and question in key, lesson.id
        assert sheet.index(question) > sheet.index("Q1."), "the 記述 question comes after the quiz"
        assert sheet.count(RULE) == written.minutes + 2, "lines to write on, sized by the minutes"
        assert RULE not in key
        for text in (written.model_answer, *written.criteria):
            assert text_html(text) not in sheet, f"{lesson.id}: the worksheet gives away 「{text}」"
            assert text_html(text) in key, f"{lesson.id}: the answer key lacks 「{text}」"
        assert text_html(GOOD_POINTS) not in sheet and text_html(GOOD_POINTS) in key


def test_html_in_a_written_question_is_shown_as_text():
    written = WrittenQuestion(
        question='<script>alert("x")</script>説明しましょう。',
        model_answer='<b>太字</b>ではありません。<img src=x onerror="alert(1)">も文字です。',
        criteria=["<i>斜体</i>ではない", "&lt;そのまま&gt;"],
        minutes=3,
    )
    for with_answers in (False, True):
        page = worksheet_html("テスト", [], with_answers=with_answers, written=[written])
        assert "<script>" not in page and "&lt;script&gt;" in page
    key = worksheet_html("テスト", [], with_answers=True, written=[written])
    assert "<b>太字" not in key and "<img" not in key and "<i>" not in key
    assert "&lt;b&gt;" in key and "&amp;lt;" in key


def _lesson_data(lesson_id: str) -> dict:
    with (ROOT / "content" / "lessons" / f"{lesson_id}.toml").open("rb") as handle:
        return tomllib.load(handle)


def _messages(data: dict) -> list[str]:
    with pytest.raises(ValidationError) as error:
        Lesson.model_validate(data)
    return [describe(problem, data) for problem in error.value.errors()]


def test_a_lesson_without_a_written_question_is_rejected():
    data = _lesson_data("shock")
    Lesson.model_validate(data)
    del data["written"]
    assert _messages(data) == ["field 'written': is missing"]


def test_a_written_question_breaking_the_rules_is_named():
    data = _lesson_data("shock")
    data["written"] = {**data["written"], "criteria": ["ひとつだけ"], "minutes": 20,
                       "model_answer": "1つの文だけです。"}
    found = _messages(data)
    assert sorted(found) == ["written: field 'criteria': must have at least 2 items, has 1",
                             "written: field 'minutes': must be at most 10",
                             "written: field 'model_answer': must be 2–4 sentences, has 1"]
