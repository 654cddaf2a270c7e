"""Page chrome shared by every page: styles, document language, the menu, the
not-investment-advice note, the one call that renders rich text and the one way to link a page.

Every page is drawn inside ``with page(...)`` (slides and print views: ``with bare_page()``); every
reader-facing text goes through ``rich()`` (or ``escape_text`` for a title in Markdown) so glossary
pop-ups and escaping work the same everywhere; every link to a page goes through ``page_link()``.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from explainer.content import ROOT
from explainer.glossary import Glossary
from explainer.phrases import keep_phrases
from explainer.progress_store import current_progress, progress_loaded, sync_progress
from explainer.reading_aids import furigana_on, page_aids, reading_controls, send_table
from explainer.richtext import restart_ids, to_html
from explainer.site import LESSON_SECTION, page_file, sections
from explainer.store import get_glossary, get_pages

DISCLAIMER = "このアプリは学習用です。投資助言ではありません。特定の銘柄の売買をすすめるものではありません。"
_STYLE = (ROOT / "explainer" / "assets" / "style.css").read_text(encoding="utf-8")
# The sidebar menu. Streamlit starts the sidebar closed (configure_page), so on screens narrower than 1200 px
# it stays behind Streamlit's open button and never pushes the column aside when the menu arrives. On wide
# screens this stylesheet opens it over the page's free left margin, as wide as that margin (at most
# Streamlit's 18.75rem): the centred column never moves (no layout shift), and no button is needed there.
_SIDEBAR_PLACE_CSS = """@media (min-width: 1200px) {
[data-testid="stSidebar"] { position: fixed !important; top: 0; left: 0; height: 100dvh !important;
  width: min(18.75rem, calc((100vw - 752px) / 2)) !important; min-width: 0 !important; max-width: none !important;
  transform: none !important; transition: none !important; z-index: 999990; }
/* At 1200 px the margin is 224 px: with Streamlit's padding the speed choice (ふつう | ゆっくり) took two lines. */
[data-testid="stSidebarContent"] { padding-inline: 0.75rem !important; }
[data-testid="stSidebar"] > div:last-child:not([data-testid]),
[data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapseButton"] { display: none !important; }
}"""
_SCRIPT = "".join((ROOT / "explainer" / "assets" / name).read_text(encoding="utf-8")
                  for name in ("page.js", "reading_aids.js"))
_RUNS_BEFORE_LOAD = "runs-before-progress-loaded"
# This run's page script (reading-aid settings, then page.js and reading_aids.js), sent at the page's end.
_page_script: contextvars.ContextVar[str] = contextvars.ContextVar("page_script", default="")


@contextmanager
def page(title: str, lead: str = "") -> Iterator[None]:
    """A page: styles, the heading and the menu; then the body (the lead, and what the ``with`` block draws);
    the closing note and the page's machinery at its end.

    The body is drawn in a box one pixel high that the stylesheet opens once no element in it is still
    waiting for its code (Streamlit loads the code of most elements on first use and holds each one's place
    with a 42 px bar meanwhile). So on a first visit the body appears whole, under a heading that was there
    at once, instead of growing bar by bar and pushing the text the reader has started on."""
    with _page(title, lead, chrome=True):
        yield


@contextmanager
def bare_page(title: str | None = None) -> Iterator[None]:
    """A page without the menu and the long closing note (slides, print views), with the heading ``title`` if
    given. The heading is drawn before the body, as on every page: drawn inside the body, it was painted while
    the body was still closed and never counted as the page's largest paint (on /summary that was a link,
    0.2-0.3 s later)."""
    with _page(title, "", chrome=False):
        yield


@contextmanager
def _page(title: str | None, lead: str, chrome: bool) -> Iterator[None]:
    """``page`` with its chrome (the menu and the closing note), or without it."""
    _start_page(title, chrome)
    with st.container(key="page-body", height=1, border=False, autoscroll=False):
        if lead:
            rich(lead)
        yield
        _end_page(chrome)


def configure_page() -> None:
    """The browser tab's title and icon, the centred layout, and the sidebar closed at the start (the
    stylesheet opens it on wide screens: ``_SIDEBAR_PLACE_CSS``)."""
    st.set_page_config(page_title="DeepSeekショックをやさしく", page_icon="📉", layout="centered",
                       initial_sidebar_state="collapsed")


def _leave_pages_folder_mode() -> None:
    """Until app.py has run once in a server process, Streamlit 1.67 runs a deep link's ``pages/`` file on its
    own (its older multipage mode, chosen because a ``pages/`` folder exists): app.py's page setup and page list
    are skipped, and every later visitor gets the same until someone opens /. Community Cloud wakes a sleeping
    app with whatever link the first visitor follows. Leave that mode, as ``st.navigation`` in app.py would:
    from the session's next run on (it follows at once, when the browser reports the stored progress), every
    run goes through app.py. This first run gets app.py's page setup here."""
    if PagesManager.uses_pages_directory:
        configure_page()
    PagesManager.uses_pages_directory = False


def _start_page(title: str | None, chrome: bool) -> None:
    _leave_pages_folder_mode()
    restart_ids()
    furigana = furigana_on()
    aids_css, aids_script = page_aids(furigana)
    # A stylesheet alone is not drawn in the page's column (nothing moves when it applies).
    st.html(f"<style>{_STYLE}{aids_css}{_SIDEBAR_PLACE_CSS if chrome else ''}</style>")
    _page_script.set(aids_script)
    if title is not None:  # the page's #top, broken between phrases from the moment it is drawn (explainer.phrases)
        st.title(keep_phrases(title), anchor="top")
    if chrome and _menu_due():
        _sidebar_menu()


def _menu_due() -> bool:
    """Whether this run draws the sidebar menu: not on a session's first run, so that the page's text does
    not wait for the menu's code (measured: drawn in the first run, the menu's ふりがな switch, speed choice and
    links made the lesson's text appear 0.15-0.45 s later, because Streamlit reveals elements that wait for
    their code together; with the switch and the speed choice left to the second run, and their place kept,
    the text was 0.04-0.11 s later on 3 of 4 pages, and the largest paint came only 0.1 s sooner). The first
    run is followed by a second once the browser has reported the stored progress, which the menu shows;
    should that report never come, the reader's next action draws the menu."""
    if progress_loaded():
        return True
    runs = st.session_state.get(_RUNS_BEFORE_LOAD, 0) + 1
    st.session_state[_RUNS_BEFORE_LOAD] = runs
    return runs > 1


# The sidebar's progress bar, drawn when the page starts and redrawn at its end if an answer given
# during this run changed it (a quiz records answers while the page runs).
_progress_bar: contextvars.ContextVar[tuple[Any, str]] = contextvars.ContextVar("progress_bar")


def _show_progress(slot: Any) -> None:
    """Lessons read and quiz answers right, into ``slot`` (redrawn only when the text changes)."""
    progress = current_progress()
    lessons = [info.path for info in get_pages() if info.section == LESSON_SECTION]
    read = sum(progress.lesson(lesson).read for lesson in lessons)
    answered = sum(progress.lesson(lesson).best for lesson in lessons)
    text = f"読んだレッスン {read}/{len(lessons)}\u3000クイズ正解 {answered}問"  # style.css breaks it at a space
    previous = _progress_bar.get(None)
    if previous is None or previous != (slot, text):
        slot.progress(read / max(len(lessons), 1), text=text)
        _progress_bar.set((slot, text))


def _sidebar_menu() -> None:
    """The app's menu: progress, the reading aids, every page by section (✓ for lessons read), then the note."""
    progress = current_progress()
    pages = get_pages()
    _progress_bar.set(None)
    # Held closed like the page body (style.css) until none of its elements waits for its code.
    with st.sidebar, st.container(key="menu-body", height=1, border=False, autoscroll=False):
        _show_progress(st.empty())
        reading_controls()
        for section in sections(pages):
            st.caption(section)
            for info in pages:
                if info.section == section:
                    done = info.section == LESSON_SECTION and progress.lesson(info.path).read
                    page_link(info.path, info.title + ("　✓" if done else ""),
                              ":material/check_circle:" if done else info.icon)
        st.divider()
        st.caption(DISCLAIMER)


def _end_page(chrome: bool) -> None:
    """The closing note on every page (one short line on slides) and the progress save."""
    if chrome:
        bar = _progress_bar.get(None)
        if bar:
            _show_progress(bar[0])
        st.divider()
        st.caption(f"⚠️ {DISCLAIMER}　数字の出典は「データと出典」のページにあります。")
    else:
        st.caption(DISCLAIMER)
    # The page's machinery, last and hidden by the stylesheet: until Streamlit has loaded the code for these
    # invisible elements each holds a placeholder line, which at the end moves nothing, and after it none
    # of them takes space (a slide must fit the screen).
    with st.container(key="page-machinery"):
        sync_progress()
        st.html(f"<script>{_page_script.get()}{_SCRIPT}</script>", unsafe_allow_javascript=True, width="content")
        send_table()


_PRINT_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"] { display: none !important; }
@page { size: A4; margin: 14mm 12mm; }
@media print { .st-key-print-hint, [data-testid="stTabs"] [role="tablist"] { display: none !important; }
  [data-testid="stVerticalBlock"] { gap: 0.4rem !important; } .q, .stPlotlyChart { break-inside: avoid; } }
</style>"""


def print_layout(back_to: str, back_label: str = "ふつうの表示にもどる") -> None:
    """An A4 print view: no menu or header on paper, and a hint (not printed) with a way back to ``back_to``."""
    st.html(_PRINT_CSS)
    with st.container(key="print-hint"):
        st.info("ブラウザの印刷（Ctrl+P / ⌘+P）で A4 の配布プリントになります。")
        page_link(back_to, back_label, ":material/arrow_back:")


# The speaker icon is drawn by the stylesheet (.say::before): st.html keeps no SVG, and an emoji needs a
# colour-emoji font that not every device has.
_SAY_BUTTON = ('<button type="button" class="say" aria-pressed="false" aria-label="読み上げる"'
               ' title="読み上げる"></button>')
_SAY_MIN_CHARS = 20  # shorter texts (a label, a one-line answer) get no 🔊 of their own


def rich_html(text: str, seen: set[str] | None = None, glossary: Glossary | None = None) -> str:
    """Content text as safe HTML with glossary pop-ups and ruby, and a 🔊 button when it is more than a line."""
    return rich_lines_html((text,), seen, glossary)


def rich_lines_html(lines: tuple[str, ...] | list[str], seen: set[str] | None = None,
                    glossary: Glossary | None = None) -> str:
    """Several content texts as one block of paragraphs with one 🔊 for all: each text is read in its own
    context (the readings file holds each text, not their joined form)."""
    glossary, seen = glossary or get_glossary(), set() if seen is None else seen
    say = _SAY_BUTTON if sum(map(len, lines)) >= _SAY_MIN_CHARS else ""
    return f'<div class="rich">{say}{"".join(to_html(line, glossary, seen) for line in lines)}</div>'


def rich(text: str, seen: set[str] | None = None, glossary: Glossary | None = None) -> None:
    """Render content text with glossary pop-ups, ruby and 🔊 (escaped, never raw HTML)."""
    st.html(rich_html(text, seen, glossary))


def page_link(path: str, label: str, icon: str, **query_params: str) -> None:
    """A link to the app's page at URL path ``path`` ("" is home), with optional query parameters."""
    st.page_link(page_file(path), label=label, icon=icon, query_params=query_params or None)
