"""The quiz engine: number parsing in Japanese forms and checking every question kind."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.quiz import check, format_answer, parse_number, shuffled
from explainer.schema import Option, Question


@pytest.mark.parametrize("raw,value", [
    ("91兆", 91e12), ("９１兆円", 91e12), ("91,000,000,000,000", 91e12), ("91兆円", 91e12),
    ("1兆5000億", 1.5e12), ("5890億ドル", 589e9), ("0.14", 0.14), ("約15%", 15), ("－16.97％", -16.97),
    ("マイナス9.15", -9.15), (" 4,853.24 ポイント", 4853.24), ("151兆", 151e12), ("3万", 3e4),
])
def test_parse_number_forms(raw, value):
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize("raw", ["", "abc", "兆", "91兆兆", "1億2兆", "1.2.3", "<script>", None, 5, "9" * 80])
def test_parse_number_rejects(raw):
    assert parse_number(raw) is None or raw == "9" * 80


@given(st.text(max_size=100))
def test_parse_number_never_raises(text):
    result = parse_number(text)
    assert result is None or isinstance(result, float)


SINGLE = Question(id="q1", kind="single", question="?", options=(
    Option(text="A", correct=False, explanation="Aではない"), Option(text="B", correct=True, explanation="Bが正しい"),
    Option(text="C", correct=False, explanation="Cではない")))
MULTI = Question(id="q2", kind="multiple", question="?", options=(
    Option(text="A", correct=True, explanation="Aも正しい"), Option(text="B", correct=True, explanation="Bも正しい"),
    Option(text="C", correct=False, explanation="Cではない")))
NUMBER = Question(id="q3", kind="number", question="?", answer=91e12, tolerance=0.02, unit="円", explanation="e")
ORDER = Question(id="q4", kind="order", question="?", items=("V2", "V3", "R1"), order_by="古い順", explanation="e")


def test_single():
    assert check(SINGLE, 1).correct and not check(SINGLE, 0).correct
    assert not check(SINGLE, None).answered and not check(SINGLE, 7).answered and not check(SINGLE, True).answered


def test_multiple():
    assert check(MULTI, [0, 1]).correct
    assert not check(MULTI, [0]).correct and check(MULTI, [0]).answered
    assert not check(MULTI, []).answered and not check(MULTI, ["x"]).answered and not check(MULTI, None).answered


def test_number_with_tolerance():
    assert check(NUMBER, "９１兆円").correct and check(NUMBER, "90.8兆").correct
    assert check(NUMBER, "91,000,000,000,000").correct
    assert not check(NUMBER, "80兆").correct and check(NUMBER, "80兆").answered
    assert not check(NUMBER, "たくさん").answered and not check(NUMBER, "").answered


def test_order():
    assert check(ORDER, ["V2", "V3", "R1"]).correct
    assert not check(ORDER, ["V3", "V2", "R1"]).correct
    assert not check(ORDER, ["V2", "V3"]).answered and not check(ORDER, "V2").answered


def test_shuffled_is_reproducible_and_moves():
    once, again = shuffled(ORDER.items, "seed"), shuffled(ORDER.items, "seed")
    assert once == again and once != list(ORDER.items) and sorted(once) == sorted(ORDER.items)


def test_format_answer():
    assert format_answer(SINGLE) == "B"
    assert format_answer(ORDER) == "V2 → V3 → R1"


def test_japanese_numbers_and_closeness():
    from explainer.quiz import closeness, japanese_number

    assert japanese_number(91e12) == "91兆" and japanese_number(589e9) == "5890億"
    assert japanese_number(0.14) == "0.14" and japanese_number(4853.24) == "4,853.24"
    assert closeness(NUMBER, "100兆") == "（あなたの答えは 10% 大きめでした）"
    assert closeness(NUMBER, "91兆") == "（ぴったりです）" and closeness(NUMBER, "??") == ""


def test_final_test_draws_across_all_lessons(content):
    from explainer.quiz import FINAL_TEST_MINIMUM, final_test_questions, in_seed_order

    questions = final_test_questions(content)
    assert len(questions) >= FINAL_TEST_MINIMUM
    assert {q.lesson for q in questions} == set(content.lessons)
    assert len({q.id for q in questions}) == len(questions)
    assert in_seed_order(questions, 42) == in_seed_order(questions, 42) != questions


def test_worksheet_gives_each_ordering_question_its_own_instruction():
    from explainer.worksheet import questions_html

    biggest_first = ORDER.model_copy(update={"order_by": "大きい順"})
    assert "（古い順に、□に1から番号を書く）" in questions_html([ORDER])
    assert "（大きい順に、□に1から番号を書く）" in questions_html([biggest_first])
    assert "起きた順" not in questions_html([biggest_first])
