"""Shows one quiz question with its answer widgets and feedback (the UI of the quiz engine).

Every option's explanation is shown after answering, right or wrong, so a
wrong answer teaches too. The reader can change the answer and try again.
"""

from __future__ import annotations

import streamlit as st

from explainer.quiz import Result, check, closeness, format_answer, shuffled
from explainer.schema import Question
from explainer.ui import rich


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


def _explain(question: Question, answer: object) -> None:
    if question.kind in ("single", "multiple"):
        chosen = {answer} if isinstance(answer, int) else set(answer or [])
        lines = []
        for index, option in enumerate(question.options):
            mark = "⭕ 正しい" if option.correct else "✖ ちがう"
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
                  number: int | None = None) -> Result | None:
    """Render a question; returns the result once the reader has checked an answer."""
    prefix = f"**Q{number}.** " if number else ""
    rich(prefix + question.question, seen)
    answer = _answer_widget(question, key)
    if st.button("答え合わせ", key=f"{key}-check"):
        st.session_state[f"{key}-checked"] = {"answer": answer}
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
