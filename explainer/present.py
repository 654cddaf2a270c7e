"""Classroom mode (``?mode=present&slide=N``): a lesson's authored deck, one slide at a time.

Large type sized by the screen's height (body text at least 4 % of it), no sidebar
or header, a slide counter, 前へ/次へ buttons that also answer ← → (and
PageUp/PageDown, which clickers send; see assets/page.js), the slide number kept
in the URL, and optional presenter notes. A chart slide gives the chart most of
the screen, its controls a button away. A question slide keeps its answer hidden
until 「答えを見せる」, and can be answered live by the class from their phones
(「みんなで答える」, ``explainer.live_ui``).
"""

from __future__ import annotations

import streamlit as st

from explainer.content import ROOT
from explainer.interactives import show_interactive
from explainer.live_ui import can_ask_live, live_button, live_is_open, teacher_panel
from explainer.params import int_param
from explainer.reading_aids import reading_controls
from explainer.richtext import text_html
from explainer.schema import Lesson
from explainer.slides import Slide, build_slides
from explainer.ui import page_link, rich, rich_html, rich_lines_html

_PRESENT_CSS = "<style>" + (ROOT / "explainer" / "assets" / "present.css").read_text(encoding="utf-8") + "</style>"


def _slide_number(total: int) -> int:
    number, valid = int_param(st.query_params, "slide", 1, total, 1)
    if not valid:
        st.session_state["slide-invalid"] = True
    return number


def _step(by: int, total: int) -> None:
    """Move ``by`` slides from the one in the address. Not from the number a button was drawn with: a key
    pressed while the next slide is still being drawn reaches the button of the slide before (seen in a test
    under load: ← right after PageUp went to the slide already shown)."""
    number, _ = int_param(st.query_params, "slide", 1, total, 1)
    st.query_params["slide"] = str(min(max(number + by, 1), total))


def _heading(slide: Slide) -> None:
    st.html(f'<h2 class="slide-h">{text_html(slide.heading)}</h2>')


def _lines(lines: tuple[str, ...], seen: set[str]) -> None:
    """Up to three short lines, one paragraph each, in one block (so its 🔊 reads them all)."""
    if lines:
        st.html(rich_lines_html(lines, seen))


def _show(slide: Slide, key: str, lesson_id: str) -> None:
    deck, seen = slide.deck, set()
    if slide.kind == "title":
        with st.container(key="slide-title"):
            _heading(slide)
            _lines(deck.lines, seen)
        return
    _heading(slide)
    if slide.kind == "number":
        st.html(f'<div class="slide-number">{text_html(deck.number)}</div>')
        _lines(deck.lines, seen)
        st.html(f'<div class="slide-source">{text_html("出典：")}{text_html(deck.source)}</div>')
    elif slide.kind == "chart":
        show_interactive(deck.chart, key=key, slide=True, takeaway_html=rich_html(deck.lines[0], seen))
    elif slide.kind == "analogy":
        icon, words = st.columns([1, 3], vertical_alignment="center")
        with icon, st.container(key="slide-icon"):
            st.markdown(f":material/{deck.icon}:")
        with words:
            _lines(deck.lines, seen)
    elif slide.kind == "question":
        _question(slide, key, lesson_id, seen)
    else:
        _lines(deck.lines, seen)


def _choices_html(slide: Slide, revealed: bool) -> str:
    question = slide.question
    right = [option.correct for option in question.options] if question.kind in ("single", "multiple") else []
    items = "".join(
        f'<li class="{"right" if revealed and right and right[index] else ""}"><b>{mark}</b> {text_html(text)}</li>'
        for index, (mark, text) in enumerate(slide.choices))
    return f'<ol class="slide-choices">{items}</ol>' if items else ""


def _question(slide: Slide, key: str, lesson_id: str, seen: set[str]) -> None:
    """Predict → answer → reveal: the question and its choices; the answer only after 「答えを見せる」.
    With the class answering live, the room's code and answers take the right side."""
    question = slide.question
    revealed = st.session_state.get(f"{key}-revealed", False)
    live = can_ask_live(question) and live_is_open()
    text_side, live_side = st.columns([3, 2]) if live else (st.container(), None)
    with text_side, st.container(key="slide-question-live" if live else "slide-question"):
        rich(question.question, seen)
        if question.kind == "number":
            rich(f"数字で答えます（単位：{question.unit}）" if question.unit else "数字で答えます", seen)
        st.html(_choices_html(slide, revealed))
        if revealed:
            with st.container(key="slide-answer"):
                st.html(rich_lines_html(slide.answer, seen))
    buttons = st.container(horizontal=True)
    if not revealed:
        buttons.button("答えを見せる", icon=":material/visibility:", key=f"{key}-reveal",
                       on_click=st.session_state.__setitem__, args=(f"{key}-revealed", True))
    if live:
        with live_side, st.container(key="slide-live"):
            teacher_panel(question, revealed)
    elif can_ask_live(question):
        live_button(lesson_id, buttons)


def render_presentation(lesson: Lesson) -> None:
    slides = build_slides(lesson)
    total = len(slides)
    number = _slide_number(total)
    st.html(_PRESENT_CSS)
    with st.container(key="slide-deck"):
        _deck(lesson, slides, number)


def _deck(lesson: Lesson, slides: list[Slide], number: int) -> None:
    total = len(slides)
    counter, end = st.columns([4, 1])
    counter.html(f'<div class="slide-counter">{text_html(lesson.title)} ・ スライド {number} / {total}</div>')
    with end:
        page_link(lesson.id, "ふつうの表示", ":material/close:")
    if st.session_state.pop("slide-invalid", False):
        st.caption("スライド番号がわからなかったので、1枚目を表示しています。")
    slide = slides[number - 1]
    with st.container(key="slide-chart" if slide.kind == "chart" else "slide-body"):
        _show(slide, key=f"{lesson.id}-slide{number}", lesson_id=lesson.id)
    back, notes, forward = st.columns([1, 2, 1], vertical_alignment="center")
    back.button("前へ", icon=":material/arrow_back:", shortcut="Left", disabled=number <= 1,
                on_click=_step, args=(-1, total), key="slide-back", width="stretch")
    forward.button("次へ", icon=":material/arrow_forward:", shortcut="Right", disabled=number >= total,
                   on_click=_step, args=(1, total), key="slide-next", width="stretch")
    show_notes, aids = notes.columns(2, vertical_alignment="center")
    with aids.popover("ふりがな・読み上げ", icon=":material/record_voice_over:"):
        reading_controls()
    show_notes = show_notes.toggle("発表者メモ", key="slide-notes")
    if show_notes:
        with st.container(border=True):
            st.caption(f"目安：{slide.deck.minutes:g}分")
            rich("\n".join(f"・{n}" for n in slide.deck.notes))
