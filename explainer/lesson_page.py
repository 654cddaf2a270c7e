"""The one lesson template: renders any lesson content file as a page or as an A4 handout.

Both walk the lesson outline (``explainer.outline``) and say, per kind of part,
how it is shown; ``?mode=present`` hands the lesson to the slides instead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import streamlit as st

from explainer.interactives import FIGURE_HEIGHT_GUESS, show_interactive
from explainer.near import draw_when_near
from explainer.outline import Part, lesson_outline
from explainer.params import choice_param
from explainer.present import render_presentation
from explainer.progress_store import current_progress
from explainer.quiz_ui import show_question, show_questions_when_near
from explainer.richtext import escape_text, term_link
from explainer.schema import Lesson
from explainer.store import get_content, get_glossary
from explainer.ui import bare_page, page, page_link, print_layout, rich, rich_html
from explainer.worksheet import questions_html, written_html


def _article_link(line: int) -> str:
    return f"article?level=both#p{line}"


# ---------------------------------------------------------------- the page, part by part


def _page_key_terms(lesson: Lesson, part: Part, seen: set[str]) -> None:
    """The lesson's key words with their one-liners, each linked to its glossary entry."""
    glossary = get_glossary()
    rows = []
    for entry in (glossary.get(term) for term in part.items):
        word = f'<a href="{term_link(entry.id)}" target="_blank"><strong>{escape_text(entry.term)}</strong></a>'
        rows.append(f"<li>{word}：{escape_text(entry.short)}</li>")
    st.html(f'<ul class="key-terms rich">{"".join(rows)}</ul>')
    seen.update(part.items)  # each key word is explained right here: no pop-up for it further down


def _page_text(lesson: Lesson, part: Part, seen: set[str]) -> None:
    rich("\n\n".join(part.prose) if part.kind != "summary" else "\n".join(part.prose), seen)
    for explanation in part.items:
        if explanation.advanced:
            with st.expander("もっとくわしく（発展）", icon=":material/school:"):
                rich("\n\n".join(explanation.advanced), seen)


def _page_guess(lesson: Lesson, part: Part, seen: set[str]) -> None:
    show_question(part.items[0], key=f"{lesson.id}-guess", seen=seen, one_tap=True)


def _page_quotes(lesson: Lesson, part: Part, seen: set[str]) -> None:
    for quote in part.items:
        rich(f"「{quote.text}」", seen)
        link = f'<a href="{_article_link(quote.line)}" target="_blank">記事のこの段落を読む（第{quote.line}段落）</a>'
        st.html(link)
        if quote.comment:
            rich(quote.comment, seen)


def _page_charts(lesson: Lesson, part: Part, seen: set[str]) -> None:
    """Each figure under its title, drawn when the reader comes near it (its controls' and Plotly's code load
    then). Outside the figure's fragment: near reports from several figures at once all reach one rerun."""
    for index, chart in enumerate(part.items):
        st.markdown(f"**{escape_text(chart.title)}**")
        draw = partial(show_interactive, chart.builder, key=f"{lesson.id}-{index}",
                       takeaway_html=rich_html(f"**この図からわかること**：{chart.takeaway}", seen))
        draw_when_near(f"{lesson.id}-{index}-figure", draw, FIGURE_HEIGHT_GUESS, ("（グラフを用意しています）",))


def _page_myths(lesson: Lesson, part: Part, seen: set[str]) -> None:
    for myth in part.items:
        with st.container(border=True):
            rich(f"**誤解**：{myth.myth}\n\n**本当は**：{myth.truth}", seen)


def _page_recap(lesson: Lesson, part: Part, seen: set[str]) -> None:
    rich("\n".join(f"・{line}" for line in part.prose), seen)


def _page_quiz(lesson: Lesson, part: Part, seen: set[str]) -> None:
    """The lesson's questions, drawn when the reader comes near them; answers update the best score."""
    results = show_questions_when_near(part.items, lambda number, _: f"{lesson.id}-q{number}", f"{lesson.id}-quiz",
                                       seen)
    if results:
        progress = current_progress()
        score = sum(results.values())
        progress.record_score(lesson.id, score, len(part.items))
        best = progress.lesson(lesson.id).best
        st.info(f"いまの正解：{score} / {len(part.items)} 問（いちばんよかった記録：{best} 問）")


_ON_PAGE: dict[str, Callable[[Lesson, Part, set[str]], None]] = {
    "key_terms": _page_key_terms, "summary": _page_text, "guess": _page_guess, "analogy": _page_text,
    "explain": _page_text,
    "quotes": _page_quotes, "charts": _page_charts, "misconceptions": _page_myths, "recap": _page_recap,
    "quiz": _page_quiz,
}


def _render_page(lesson: Lesson, mode_valid: bool) -> None:
    content = get_content()
    glossary = get_glossary()
    with page(lesson.title):
        if not mode_valid:
            st.info("表示のしかた（mode）がわからなかったので、ふつうの表示にしました。")
        page_link(lesson.id, "スライドで見る（授業用）", ":material/slideshow:", mode="present", slide="1")
        st.caption(f"レッスン {lesson.order} / {len(content.lessons)} ・ 約{lesson.minutes}分"
                   f" ・ レベル: {lesson.level}")
        seen: set[str] = set()
        rich(lesson.purpose, seen)
        for number, part in enumerate(lesson_outline(lesson), start=1):
            # Explicit anchors: Streamlit makes an id from a heading's ASCII letters otherwise (GPU → #gpu, twice).
            st.subheader(escape_text(part.heading), anchor=part.anchor or f"part-{number}")
            _ON_PAGE[part.kind](lesson, part, seen)

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
            st.html(f"関連用語：{links}")
        if lesson.next:
            page_link(lesson.next, f"次のレッスン：{content.lessons[lesson.next].title}", ":material/arrow_forward:")
        else:
            page_link("quiz", "まとめテストに挑戦する", ":material/quiz:")


# ---------------------------------------------------------------- the handout, part by part

def _print_questions(lesson: Lesson, part: Part, seen: set[str]) -> None:
    """Numbered on from the guess: the guess is Q1, the quiz starts at Q2 (as in the answers). The quiz ends
    with the lesson's 記述 question and its ruled lines, as on the lesson's worksheet."""
    first = 2 if part.kind == "quiz" and lesson.guess else 1
    written = written_html(lesson.written, with_answers=False) if part.kind == "quiz" else ""
    st.html(f'<div class="rich">{questions_html(list(part.items), first=first)}{written}</div>')


def _print_quotes(lesson: Lesson, part: Part, seen: set[str]) -> None:
    rich("\n\n".join(f"「{q.text}」（記事 第{q.line}段落）{q.comment}" for q in part.items), seen)


def _print_charts(lesson: Lesson, part: Part, seen: set[str]) -> None:
    for index, chart in enumerate(part.items):
        st.markdown(f"**{escape_text(chart.title)}**")
        show_interactive(chart.builder, key=f"{lesson.id}-print{index}", compact=True,
                         takeaway_html=rich_html(f"**この図からわかること**：{chart.takeaway}", seen))


def _print_myths(lesson: Lesson, part: Part, seen: set[str]) -> None:
    rich("\n\n".join(f"**誤解**：{m.myth}\n**本当は**：{m.truth}" for m in part.items), seen)


def _print_text(lesson: Lesson, part: Part, seen: set[str]) -> None:
    """On paper nothing is collapsed: the 発展 box is printed after its part, labelled."""
    rich("\n\n".join(part.prose), seen)
    for explanation in part.items:
        if explanation.advanced:
            rich("**もっとくわしく（発展）**\n" + "\n\n".join(explanation.advanced), seen)


_ON_PAPER: dict[str, Callable[[Lesson, Part, set[str]], None]] = {
    **_ON_PAGE, "explain": _print_text, "guess": _print_questions, "quiz": _print_questions,
    "quotes": _print_quotes, "charts": _print_charts, "misconceptions": _print_myths,
}


def _render_handout(lesson: Lesson) -> None:
    """The lesson as an A4 handout: every part in outline order (charts in their first
    state with sources, questions without answers), then the answers and the lesson's words."""
    with bare_page(escape_text(lesson.title)):
        glossary = get_glossary()
        st.caption(f"DeepSeekショックを、やさしく読む ・ レッスン {lesson.order} ・ 約{lesson.minutes}分")
        print_layout(lesson.id)
        seen: set[str] = set()
        rich(lesson.purpose, seen)
        questions = []
        for number, part in enumerate(lesson_outline(lesson), start=1):
            st.subheader(escape_text(part.heading), anchor=part.anchor or f"part-{number}")
            _ON_PAPER[part.kind](lesson, part, seen)
            if part.is_question:
                questions += part.items
        if questions:
            st.subheader("答えと解説", anchor="answers")
            answers = questions_html(questions, with_answers=True) + written_html(lesson.written, with_answers=True)
            st.html(f'<div class="rich">{answers}</div>')
        others = [glossary.get(t) for t in lesson.related_terms if glossary.get(t) and t not in lesson.key_terms]
        if others:
            st.subheader("ほかの関連用語", anchor="related")
            rich("\n".join(f"**{e.term}**：{e.short}" for e in others), set(lesson.related_terms))


def render_lesson(lesson_id: str) -> None:
    """The lesson as a page, as slides with ?mode=present, or as a handout with ?mode=print."""
    lesson = get_content().lessons[lesson_id]
    mode, valid = choice_param(st.query_params, "mode", ("read", "present", "print"), "read")
    if mode == "present":
        with bare_page():
            render_presentation(lesson)
    elif mode == "print":
        _render_handout(lesson)
    else:
        _render_page(lesson, valid)
