"""Classroom mode (``?mode=present&slide=N``): a lesson shown one slide at a time.

Large type, no sidebar or header, a slide counter, 前へ/次へ buttons that also
answer ← → (and PageUp/PageDown, which clickers send; see assets/page.js), the
slide number kept in the URL, and optional presenter notes. A question slide
keeps its answer hidden until 「答えを見せる」, and can be answered live by the
class from their phones (「みんなで答える」, ``explainer.live_ui``).
"""

from __future__ import annotations

import streamlit as st

from explainer.interactives import show_interactive
from explainer.live_ui import teacher_panel
from explainer.params import int_param
from explainer.reading_aids import reading_controls
from explainer.richtext import escape_text
from explainer.schema import Lesson
from explainer.slides import Slide, build_slides
from explainer.store import get_glossary
from explainer.ui import page_link, rich

_PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: min(96vw, 170vh) !important; padding: 1.2vh 3vw 1vh !important; }
.st-key-slide-body { min-height: 70vh; }
.st-key-slide-deck h2.slide-h { font-size: clamp(24px, 5.2vh, 76px); margin: 0 0 0.4em; line-height: 1.25; padding: 0; }
.st-key-slide-deck .rich p { font-size: clamp(17px, 3.5vh, 50px); line-height: 1.55; margin-bottom: 0.45em; }
.st-key-slide-chart .rich p { font-size: clamp(15px, 2.6vh, 38px); }
.slide-counter { font-size: clamp(12px, 1.8vh, 24px); opacity: 0.8; }
</style>
"""


def _slide_number(total: int) -> int:
    number, valid = int_param(st.query_params, "slide", 1, total, 1)
    if not valid:
        st.session_state["slide-invalid"] = True
    return number


def _go(number: int) -> None:
    st.query_params["slide"] = str(number)


def _show(slide: Slide, key: str, lesson_id: str) -> None:
    st.markdown(f'<h2 class="slide-h">{escape_text(slide.heading)}</h2>', unsafe_allow_html=True)
    seen: set[str] = set()
    if slide.kind == "chart":
        show_interactive(slide.chart, key=key, compact=True)
    lines = slide.lines
    if slide.kind == "terms":  # lines are glossary ids: show each word with its one-liner
        entries = [get_glossary().get(term) for term in slide.lines]
        lines = tuple(f"**{entry.term}**：{entry.short}" for entry in entries if entry)
        seen.update(slide.lines)
    body = "\n\n".join(lines)
    if slide.kind == "quote":
        body += f"\n\n（記事 第{slide.quote_line}段落）"
    if body:
        rich(body, seen)
    if slide.kind == "question":
        _reveal(slide, key, lesson_id, seen)


def _reveal(slide: Slide, key: str, lesson_id: str, seen: set[str]) -> None:
    """Predict → answer → reveal: the answer stays hidden until the teacher shows it."""
    revealed = st.session_state.get(f"{key}-revealed", False)
    if revealed:
        with st.container(key="slide-answer"):
            rich("\n\n".join(slide.answer), seen)
    buttons = st.container(horizontal=True)
    if not revealed:
        buttons.button("答えを見せる", icon=":material/visibility:", key=f"{key}-reveal",
                       on_click=st.session_state.__setitem__, args=(f"{key}-revealed", True))
    teacher_panel(slide.question, lesson_id, revealed, buttons)


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
    counter.markdown(f'<div class="slide-counter">{escape_text(lesson.title)} ・ スライド {number} / {total}</div>',
                     unsafe_allow_html=True)
    with end:
        page_link(lesson.id, "ふつうの表示", ":material/close:")
    if st.session_state.pop("slide-invalid", False):
        st.caption("スライド番号がわからなかったので、1枚目を表示しています。")
    slide = slides[number - 1]
    with st.container(key="slide-chart" if slide.kind == "chart" else "slide-body"):
        _show(slide, key=f"{lesson.id}-slide{number}", lesson_id=lesson.id)
    back, notes, forward = st.columns([1, 2, 1], vertical_alignment="center")
    back.button("前へ", icon=":material/arrow_back:", shortcut="Left", disabled=number <= 1,
                on_click=_go, args=(number - 1,), key="slide-back", width="stretch")
    forward.button("次へ", icon=":material/arrow_forward:", shortcut="Right", disabled=number >= total,
                   on_click=_go, args=(number + 1,), key="slide-next", width="stretch")
    show_notes, aids = notes.columns(2, vertical_alignment="center")
    with aids.popover("ふりがな・読み上げ", icon=":material/record_voice_over:"):
        reading_controls()
    show_notes = show_notes.toggle("発表者メモ", key="slide-notes")
    if show_notes:
        with st.container(border=True):
            st.caption(f"目安：{slide.minutes:g}分")
            rich("\n".join(f"・{n}" for n in slide.notes if n) or "（メモはありません）")
