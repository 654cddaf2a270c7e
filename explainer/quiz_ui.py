"""Shows quiz questions with their answer widgets and feedback (the UI of the quiz engine).

Every option's explanation is shown after answering, right or wrong, so a
wrong answer teaches too. The reader can change the answer and try again.
A quiz question is answered, then checked (a moment to think again); a lesson's
guess and みんなで答える are one tap on a choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

import streamlit as st

from explainer.near import draw_when_near
from explainer.progress_store import current_progress
from explainer.quiz import Result, check, closeness, format_answer, letters, shuffled
from explainer.schema import Question
from explainer.ui import rich

ONE_TAP_HINT = "えらぶと、すぐに答えと説明が出ます。"


def _answer_widget(question: Question, key: str) -> object:
    if question.kind == "single":
        return st.radio("答えをえらぶ", range(len(question.options)), index=None, key=f"{key}-answer",
                        format_func=lambda i: question.options[i].text, label_visibility="collapsed")
    if question.kind == "multiple":
        st.caption("あてはまるものを、すべてえらんでください。")
        return [i for i, option in enumerate(question.options) if st.checkbox(option.text, key=f"{key}-opt{i}")]
    if question.kind == "number":
        suffix = f"（単位: {question.unit}）" if question.unit else ""
        return st.text_input(f"数字で答える{suffix}", key=f"{key}-answer", max_chars=60,
                             placeholder="例: 91兆、151、0.14")
    return st.multiselect(f"{question.order_by}にクリックしてえらぶ", shuffled(question.items, question.id),
                          key=f"{key}-answer", placeholder="1つ目からえらんでください")


def choice_buttons(question: Question, key: str, chosen: int | None = None,
                   on_tap: Callable[[int], None] | None = None) -> int | None:
    """A one-choice question's options as a column of wide buttons, A. B. C. …, keyed ``{key}-{index}``; the
    option ``chosen`` stands out. ``on_tap`` gets the index of a tapped option before the run draws anything;
    the option tapped in this run is also returned."""
    tapped = None
    with st.container(key=f"choices-{key}"):
        for index, (name, option) in enumerate(zip(letters(len(question.options)), question.options, strict=True)):
            if st.button(f"{name}. {option.text}", key=f"{key}-{index}", width="stretch",
                         type="primary" if index == chosen else "secondary",
                         on_click=on_tap, args=(index,) if on_tap else None):
                tapped = index
    return tapped


def _keep_answer(key: str, answer: object) -> None:
    st.session_state[f"{key}-checked"] = {"answer": answer}


def _explain(question: Question, answer: object) -> None:
    if question.kind in ("single", "multiple"):
        chosen = {answer} if isinstance(answer, int) else set(answer or [])
        lines = []
        for index, option in enumerate(question.options):
            mark = "○ 正しい" if option.correct else "× ちがう"  # まる and ばつ, drawn by any Japanese font
            picked = "（あなたの答え）" if index in chosen else ""
            lines.append(f"**{mark}{picked}：{option.text}**\n{option.explanation}")
        rich("\n\n".join(lines))
    elif question.kind == "number":
        rich(f"**答え**：{format_answer(question)}　{closeness(question, answer)}")
    else:
        rich(f"**答え**：{format_answer(question)}")
    if question.explanation:
        rich(question.explanation)


def show_question(question: Question, key: str, seen: set[str] | None = None,
                  number: int | None = None, one_tap: bool = False) -> Result | None:
    """Render a question; returns the result once the reader has checked an answer. With ``one_tap`` a
    one-choice question is answered by tapping a choice (``choice_buttons``), without a check button."""
    prefix = f"**Q{number}.** " if number else ""
    kept = st.session_state.get(f"{key}-checked")
    if one_tap and question.kind == "single":
        rich(f"{prefix}{question.question}\n\n{ONE_TAP_HINT}", seen)
        choice_buttons(question, key, kept["answer"] if kept else None, partial(_keep_answer, key))
    else:
        rich(prefix + question.question, seen)
        answer = _answer_widget(question, key)
        if st.button("答え合わせ", key=f"{key}-check"):
            _keep_answer(key, answer)
    if f"{key}-checked" not in st.session_state:
        return None
    checked = st.session_state[f"{key}-checked"]["answer"]
    result = check(question, checked)
    if not result.answered:
        st.info(result.message)
        return result
    if result.correct:
        st.success(result.message)
    else:
        st.warning(result.message + "　答えを変えて、もう一度ためせます。")
    _explain(question, checked)
    return result


def show_questions(questions: Sequence[Question], key: Callable[[int, Question], str], seen: set[str] | None = None,
                   start: int = 1) -> dict[str, bool]:
    """Each question in a frame, numbered from ``start``, its widgets keyed ``key(number, question)``; every
    answer checked goes to the reader's progress (the review list). Returns, by question id, whether each
    answered question is answered right."""
    progress = current_progress()
    answers: dict[str, bool] = {}
    for number, question in enumerate(questions, start=start):
        with st.container(border=True):
            result = show_question(question, key=key(number, question), seen=seen, number=number)
        if result is not None and result.answered:
            answers[question.id] = result.correct
            progress.record_answer(question.id, result.correct)
    return answers


def show_questions_when_near(questions: Sequence[Question], key: Callable[[int, Question], str], place: str,
                             seen: set[str] | None = None, at_once: int = 0, batch: int = 0) -> dict[str, bool]:
    """``show_questions``: the first ``at_once`` at once, the others when the reader comes near them
    (``explainer.near``): their answer widgets' code loads then. All in the place named ``place``, or, with a
    ``batch`` size, that many at a time in places named ``{place}-{first number}`` (a long list)."""
    answers = show_questions(questions[:at_once], key, seen)
    size = batch or len(questions)
    for first in range(at_once, len(questions), size):
        group = questions[first:first + size]
        drawn = draw_when_near(f"{place}-{first + 1}" if batch else place,
                               partial(show_questions, group, key, seen, first + 1),
                               _height_guess(group), ("（クイズを用意しています）",))
        answers |= drawn or {}
    return answers


def _height_guess(questions: Sequence[Question]) -> int:
    """About how tall unanswered questions are on a wide screen (px): a frame, the question, one line per
    option (or a field), the check button. Their place is a screen below the reader's view: a guess is enough."""
    return sum(150 + 40 * max(len(question.options), 1) + 30 * (len(question.question) // 40)
               for question in questions) + 16 * (len(questions) - 1)
