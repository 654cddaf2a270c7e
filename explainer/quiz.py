"""The quiz engine: checking answers of every question kind, and reading numbers the way people write them.

Pure logic with no Streamlit, so every rule is unit-tested. ``parse_number``
accepts full-width digits, commas and the units 兆・億・万・千 (「91兆」,
「９１兆円」 and 「91,000,000,000,000」 are one answer).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from explainer.content import Content
from explainer.schema import Question

_MULTIPLIERS = {"兆": 1e12, "億": 1e8, "万": 1e4, "千": 1e3}
_PART = re.compile(r"(\d+(?:\.\d+)?)(兆|億|万|千)?")
_UNIT_SUFFIX = re.compile(r"(円|ドル|米ドル|元|ウォン|%|パーセント|ポイント|pt|倍|人|個|年|回|時間|トークン|分)$")
MAX_ANSWER_LENGTH = 60


def parse_number(raw: object) -> float | None:
    """A number written in Japanese or Western style, or None if it is not one."""
    if not isinstance(raw, str):
        return None
    text = unicodedata.normalize("NFKC", raw).strip()[:MAX_ANSWER_LENGTH]
    text = re.sub(r"[\s,，_]", "", text).replace("−", "-").replace("ー", "-") if text else ""
    text = text.replace("約", "").replace("およそ", "")
    sign = 1.0
    if text.startswith("マイナス"):
        sign, text = -1.0, text[4:]
    elif text.startswith("-"):
        sign, text = -1.0, text[1:]
    elif text.startswith("+"):
        text = text[1:]
    while True:
        stripped = _UNIT_SUFFIX.sub("", text)
        if stripped == text:
            break
        text = stripped
    if not text:
        return None
    total, position, last_multiplier = 0.0, 0, float("inf")
    for match in _PART.finditer(text):
        if match.start() != position:
            return None
        multiplier = _MULTIPLIERS.get(match.group(2) or "", 1.0)
        if multiplier >= last_multiplier:
            return None
        total += float(match.group(1)) * multiplier
        last_multiplier = multiplier
        position = match.end()
    if position != len(text) or position == 0:
        return None
    return sign * total


@dataclass(frozen=True)
class Result:
    answered: bool  # False when nothing usable was given: prompt gently, count nothing
    correct: bool
    message: str


NOT_ANSWERED = Result(False, False, "答えをえらんでから「答え合わせ」をおしてください。")


def check(question: Question, answer: object) -> Result:
    """Judge ``answer`` for ``question``. Answer types: single → option index;
    multiple → iterable of option indices; number → text; order → list of items."""
    kind = question.kind
    if kind == "single":
        if not isinstance(answer, int) or isinstance(answer, bool) or not 0 <= answer < len(question.options):
            return NOT_ANSWERED
        right = question.options[answer].correct
        return Result(True, right, "正解です！" if right else "ざんねん、ちがいます。")
    if kind == "multiple":
        try:
            chosen = {int(i) for i in answer}  # type: ignore[union-attr]
        except (TypeError, ValueError):
            return NOT_ANSWERED
        if not chosen or not all(0 <= i < len(question.options) for i in chosen):
            return NOT_ANSWERED
        expected = {i for i, option in enumerate(question.options) if option.correct}
        right = chosen == expected
        return Result(True, right, "正解です！" if right else f"正しい答えは {len(expected)} つあります。")
    if kind == "number":
        if not isinstance(answer, str) or not answer.strip():
            return Result(False, False, "数字を入れてから「答え合わせ」をおしてください。")
        value = parse_number(answer)
        if value is None:
            return Result(False, False, "数字として読めませんでした。「91兆」「151」「0.14」のように書いてください。")
        target = question.answer or 0.0
        margin = abs(target) * question.tolerance if question.tolerance else 1e-9 * max(1.0, abs(target))
        right = abs(value - target) <= margin
        return Result(True, right, "正解です！" if right else "ざんねん、ちがいます。")
    if kind == "order":
        is_sequence = isinstance(answer, (list, tuple))
        if not is_sequence or len(answer) != len(question.items) or set(answer) != set(question.items):
            return Result(False, False, "すべての項目を、起きた順にえらんでください。")
        right = list(answer) == list(question.items)
        return Result(True, right, "正解です！" if right else "順番がちがいます。")
    return NOT_ANSWERED


def letters(count: int) -> list[str]:
    """The names of a question's options in the order shown: A, B, C …"""
    return [chr(0x41 + index) for index in range(count)]


def shuffled(items: tuple[str, ...] | list[str], seed: str) -> list[str]:
    """A reproducible shuffle that never returns the original order of 2+ distinct items."""
    out = list(items)
    rng = random.Random(seed)
    for _ in range(10):
        rng.shuffle(out)
        if out != list(items) or len(set(items)) < 2:
            break
    return out


def japanese_number(value: float) -> str:
    """A number the way Japanese news writes it: 91兆, 5890億, 0.14, 4,853.24."""
    for size, unit in ((1e12, "兆"), (1e8, "億")):
        if abs(value) >= size:
            return f"{value / size:.4g}{unit}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.10g}"


def closeness(question: Question, answer: object) -> str:
    """How far a number answer was from the real one, in words (for guesses)."""
    value, target = parse_number(answer), question.answer
    if value is None or not target:
        return ""
    gap = (value - target) / abs(target) * 100
    if abs(gap) < 0.5:
        return "（ぴったりです）"
    return f"（あなたの答えは {abs(gap):.0f}% {'大きめ' if gap > 0 else '小さめ'}でした）"


def format_answer(question: Question) -> str:
    """The correct answer in words, for feedback and answer keys."""
    if question.kind in ("single", "multiple"):
        return "、".join(o.text for o in question.options if o.correct)
    if question.kind == "number":
        return f"{japanese_number(question.answer or 0.0)}{question.unit}"
    return " → ".join(question.items)


def in_seed_order(questions: tuple[Question, ...] | list[Question], seed: int | None) -> list[Question]:
    """The questions in their written order, or shuffled reproducibly by ``seed``
    (the same seed gives every student the same test)."""
    out = list(questions)
    if seed is not None:
        random.Random(seed).shuffle(out)
    return out


def score_by_lesson(questions: list[Question], correct: dict[str, bool]) -> dict[str, tuple[int, int, int]]:
    """{lesson: (correct, answered, total)} for a set of questions and the answers given so far."""
    table: dict[str, list[int]] = {}
    for question in questions:
        row = table.setdefault(question.lesson, [0, 0, 0])
        row[2] += 1
        if question.id in correct:
            row[1] += 1
            row[0] += int(correct[question.id])
    return {lesson: (r[0], r[1], r[2]) for lesson, r in table.items()}


FINAL_TEST_MINIMUM = 15


def final_test_questions(content: Content, per_lesson: int = 2) -> list[Question]:
    """The まとめテスト: content/quiz.toml when it has enough questions, otherwise
    ``per_lesson`` questions drawn from every lesson's quiz (in lesson order)."""
    if len(content.final_quiz) >= FINAL_TEST_MINIMUM:
        return list(content.final_quiz)
    drawn = [q for lesson in content.lessons.values() for q in lesson.quiz[:per_lesson]]
    return list(content.final_quiz) + drawn


def all_questions(content: Content) -> dict[str, Question]:
    """Every question of the app by id: each lesson's guess and quiz, and the final test."""
    out: dict[str, Question] = {}
    for lesson in content.lessons.values():
        for question in (*([lesson.guess] if lesson.guess else []), *lesson.quiz):
            out[question.id] = question
    for question in content.final_quiz:
        out[question.id] = question
    return out
