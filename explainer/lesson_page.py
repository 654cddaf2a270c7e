"""The one lesson template: renders any lesson content file as a page.

Sections follow the lesson anatomy: 一言でいうと → まず予想してみよう → たとえ話 →
記事ではこう書かれている → 図で見る → よくある誤解 → まとめ → 確認クイズ →
関連用語 / 次のレッスン. A section whose content is not written yet is left out.
"""

from __future__ import annotations

import streamlit as st

from explainer.content import Lesson
from explainer.interactives import show_interactive
from explainer.params import choice_param
from explainer.present import render_presentation
from explainer.progress_store import current_progress
from explainer.quiz_ui import show_question
from explainer.richtext import escape_text, term_link
from explainer.site import page
from explainer.store import get_content, get_glossary
from explainer.ui import end_page, rich, start_page
from explainer.worksheet import questions_html


def _article_link(line: int) -> str:
    return f"article?level=both#p{line}"


def _lesson_quiz(lesson: Lesson, seen: set[str]) -> None:
    """The lesson's questions; answers update the best score and the review list."""
    progress = current_progress()
    results: dict[str, bool] = {}
    for number, question in enumerate(lesson.quiz, start=1):
        with st.container(border=True):
            result = show_question(question, key=f"{lesson.id}-q{number}", seen=seen, number=number)
        if result is not None and result.answered:
            results[question.id] = result.correct
            progress.record_answer(question.id, result.correct)
    if results:
        score = sum(results.values())
        progress.record_score(lesson.id, score, len(lesson.quiz))
        st.info(f"いまの正解：{score} / {len(lesson.quiz)} 問（いちばんよかった記録：{progress.lesson(lesson.id).best} 問）")


_PRINT_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"] { display: none !important; }
@page { size: A4; margin: 14mm 12mm; }
@media print { .st-key-print-hint, [data-testid="stTabs"] [role="tablist"] { display: none !important; }
  [data-testid="stVerticalBlock"] { gap: 0.4rem !important; } .q, .stPlotlyChart { break-inside: avoid; } }
</style>"""


def _render_handout(lesson: Lesson) -> None:
    """The lesson as an A4 handout: all text, charts in their first state with sources,
    the questions, then the answers and the glossary terms used."""
    glossary = get_glossary()
    st.html(_PRINT_CSS)
    with st.container(key="print-hint"):
        st.info("ブラウザの印刷（Ctrl+P / ⌘+P）で A4 の配布プリントになります。")
        st.page_link(f"pages/{lesson.id}.py", label="ふつうの表示にもどる", icon=":material/arrow_back:")
    st.title(lesson.title, anchor=False)
    st.caption(f"DeepSeekショックを、やさしく読む ・ レッスン {lesson.order} ・ 約{lesson.minutes}分")
    seen: set[str] = set()
    rich(lesson.purpose, seen)
    sections = [("一言でいうと", "\n".join(lesson.summary)), ("たとえ話", "\n\n".join(lesson.analogy))]
    sections += [(part.heading, "\n\n".join(part.text)) for part in lesson.explain]
    sections += [("記事ではこう書かれている", "\n\n".join(f"「{q.text}」（記事 第{q.line}段落）{q.comment}" for q in lesson.quotes))]
    for heading, text in sections:
        if text:
            st.subheader(heading, anchor=False)
            rich(text, seen)
    for index, chart in enumerate(lesson.charts):
        st.subheader(chart.title, anchor=False)
        show_interactive(chart.builder, key=f"{lesson.id}-print{index}", compact=True)
        rich(f"**この図からわかること**：{chart.takeaway}", seen)
    if lesson.misconceptions:
        st.subheader("よくある誤解", anchor=False)
        rich("\n\n".join(f"**誤解**：{m.myth}\n**本当は**：{m.truth}" for m in lesson.misconceptions), seen)
    if lesson.recap:
        st.subheader("まとめ", anchor=False)
        rich("\n".join(f"・{line}" for line in lesson.recap), seen)
    questions = ([lesson.guess] if lesson.guess else []) + list(lesson.quiz)
    if questions:
        st.subheader("確認クイズ", anchor=False)
        st.markdown(f'<div class="rich">{questions_html(questions)}</div>', unsafe_allow_html=True)
        st.subheader("答えと解説", anchor=False)
        st.markdown(f'<div class="rich">{questions_html(questions, with_answers=True)}</div>', unsafe_allow_html=True)
    terms = [glossary.get(t) for t in lesson.related_terms if glossary.get(t)]
    if terms:
        st.subheader("このレッスンの言葉", anchor=False)
        rich("\n".join(f"**{e.term}**：{e.short}" for e in terms), set(lesson.related_terms))


def render_lesson(lesson_id: str) -> None:
    """The lesson as a page, or as slides with ?mode=present."""
    content = get_content()
    lesson: Lesson = content.lessons[lesson_id]
    mode, valid = choice_param(st.query_params, "mode", ("read", "present", "print"), "read")
    if mode == "present":
        start_page(lesson.title, chrome=False)
        render_presentation(lesson)
        end_page(chrome=False)
        return
    if mode == "print":
        start_page(lesson.title, chrome=False)
        _render_handout(lesson)
        end_page(chrome=False)
        return
    glossary = get_glossary()
    start_page(lesson.title)
    if not valid:
        st.info("表示のしかた（mode）がわからなかったので、ふつうの表示にしました。")
    st.page_link(f"pages/{lesson.id}.py", label="スライドで見る（授業用）", icon=":material/slideshow:",
                 query_params={"mode": "present", "slide": "1"})
    st.caption(f"レッスン {lesson.order} / {len(content.lessons)} ・ 約{lesson.minutes}分 ・ レベル: {lesson.level}")
    seen: set[str] = set()
    rich(lesson.purpose, seen)

    if lesson.summary:
        st.subheader("一言でいうと", anchor="summary")
        rich("\n".join(lesson.summary), seen)
    if lesson.guess:
        st.subheader("まず予想してみよう", anchor="guess")
        show_question(lesson.guess, key=f"{lesson.id}-guess", seen=seen)
    if lesson.analogy:
        st.subheader("たとえ話", anchor="analogy")
        rich("\n\n".join(lesson.analogy), seen)
    for part in lesson.explain:
        st.subheader(part.heading, anchor=False)
        rich("\n\n".join(part.text), seen)
    if lesson.quotes:
        st.subheader("記事ではこう書かれている", anchor="quotes")
        for quote in lesson.quotes:
            rich(f"「{quote.text}」", seen)
            st.markdown(f'<a href="{_article_link(quote.line)}" target="_blank">記事のこの段落を読む（第{quote.line}段落）</a>',
                        unsafe_allow_html=True)
            if quote.comment:
                rich(quote.comment, seen)
    if lesson.charts:
        st.subheader("図で見る", anchor="charts")
        for index, chart in enumerate(lesson.charts):
            st.markdown(f"**{escape_text(chart.title)}**")
            show_interactive(chart.builder, key=f"{lesson.id}-{index}")
            rich(f"**この図からわかること**：{chart.takeaway}", seen)
    if lesson.misconceptions:
        st.subheader("よくある誤解", anchor="myths")
        for myth in lesson.misconceptions:
            with st.container(border=True):
                rich(f"**誤解**：{myth.myth}\n\n**本当は**：{myth.truth}", seen)
    if lesson.recap:
        st.subheader("まとめ", anchor="recap")
        rich("\n".join(f"・{line}" for line in lesson.recap), seen)
    if lesson.quiz:
        st.subheader("確認クイズ", anchor="quiz")
        _lesson_quiz(lesson, seen)

    progress = current_progress()
    if progress.lesson(lesson.id).read:
        st.success("このレッスンは「読み終えた」になっています。")
    else:
        st.button("このレッスンを読み終えた", icon=":material/check:", key=f"{lesson.id}-read",
                  on_click=progress.mark_read, args=(lesson.id,))

    st.subheader("関連用語 と 次のレッスン", anchor="next")
    terms = [glossary.get(t) for t in lesson.related_terms if glossary.get(t)]
    if terms:
        links = "・".join(f'<a href="{term_link(e.id)}" target="_blank">{escape_text(e.term)}</a>' for e in terms)
        st.markdown(f"関連用語：{links}", unsafe_allow_html=True)
    if lesson.next:
        st.page_link(page(lesson.next).file, label=f"次のレッスン：{content.lessons[lesson.next].title}",
                     icon=":material/arrow_forward:")
    else:
        st.page_link(page("quiz").file, label="まとめテストに挑戦する", icon=":material/quiz:")
    end_page()
