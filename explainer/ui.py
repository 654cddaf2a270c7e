"""Page chrome shared by every page: styles, document language, the
not-investment-advice note, and the one call that renders rich text.

Every page starts with ``start_page()``; every reader-facing text goes through
``rich()`` so glossary pop-ups and escaping work the same everywhere.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from explainer.content import ROOT
from explainer.glossary import Glossary
from explainer.progress_store import current_progress, sync_progress
from explainer.richtext import to_html
from explainer.site import LESSON_IDS, PAGES, SECTIONS
from explainer.store import get_glossary

DISCLAIMER = "このアプリは学習用です。投資助言ではありません。特定の銘柄の売買をすすめるものではありません。"
_STYLE = (ROOT / "explainer" / "assets" / "style.css").read_text(encoding="utf-8")
_SCRIPT = (ROOT / "explainer" / "assets" / "page.js").read_text(encoding="utf-8")


def start_page(title: str, lead: str = "", chrome: bool = True) -> None:
    """Styles, document language and the page heading with an optional lead.
    ``chrome=False`` (slides) leaves out the heading and the sidebar menu."""
    st.html(f"<style>{_STYLE}</style>")
    st.html(f"<script>{_SCRIPT}</script>", unsafe_allow_javascript=True, width="content")
    if not chrome:
        return
    st.title(title, anchor=False)
    if lead:
        rich(lead)
    _sidebar_menu()


def _sidebar_menu() -> None:
    """The app's menu: progress, every page by section (✓ for lessons read), then the note."""
    progress = current_progress()
    read = sum(progress.lesson(lesson).read for lesson in LESSON_IDS)
    answered = sum(progress.lesson(lesson).best for lesson in LESSON_IDS)
    with st.sidebar:
        st.progress(read / len(LESSON_IDS), text=f"読んだレッスン {read}/{len(LESSON_IDS)}・クイズ正解 {answered}問")
        for section in SECTIONS:
            st.caption(section)
            for info in PAGES:
                if info.section == section:
                    done = info.path in LESSON_IDS and progress.lesson(info.path).read
                    st.page_link(info.file, label=info.title + ("　✓" if done else ""),
                                 icon=":material/check_circle:" if done else info.icon)
        st.divider()
        st.caption(DISCLAIMER)


def end_page(chrome: bool = True) -> None:
    """The closing note on every page (one short line on slides) and the progress save."""
    if chrome:
        st.divider()
        st.caption(f"⚠️ {DISCLAIMER}　数字の出典は「データと出典」のページにあります。")
    else:
        st.caption(DISCLAIMER)
    sync_progress()


def rich(text: str, seen: set[str] | None = None, glossary: Glossary | None = None) -> None:
    """Render content text with glossary pop-ups (escaped, never raw HTML)."""
    st.markdown(f'<div class="rich">{to_html(text, glossary or get_glossary(), seen)}</div>', unsafe_allow_html=True)
