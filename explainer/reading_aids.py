"""The reading aids of every page: the ふりがな switch and the read-aloud (読み上げ) speed.

Both are remembered with the reader's progress in the browser (``explainer.progress``),
so they survive a reload and a server restart. ``?furigana=1`` (or ``0``) in a
shared link sets the switch; any other value is ignored with a notice.

Ruby is always in the rendered text (``explainer.richtext``), so 🔊 speaks the right
readings either way; the page's stylesheet shows or hides it (glossary pop-ups, which are
not read aloud, carry it only while it is shown). Labels drawn by
Streamlit's own widgets get their ruby in the browser (``assets/reading_aids.js``)
from a table of the code's texts and of single words, sent with every run while ふりがな is on.
"""

from __future__ import annotations

import contextvars
import functools
import json

import streamlit as st

from explainer.params import choice_param, shown, text_param
from explainer.progress_store import NOTICE_SECONDS, current_progress, progress_loaded
from explainer.richtext import use_readings
from explainer.store import get_browser_table, get_readings

FURIGANA_PARAM = "furigana"
FURIGANA_COOKIE = "deepseek-explainer-furigana"  # written by assets/progress_store.js
_SPEEDS = {"ふつう": False, "ゆっくり": True}
SPEECH_RATES = {False: 1.0, True: 0.7}
_DOC = "window.parent && window.parent.document ? window.parent.document : document"  # as in assets/*.js
_FURIGANA_NOW: contextvars.ContextVar[bool] = contextvars.ContextVar("furigana_now", default=False)
_HIDE_RUBY = "rt { display: none; }"
_SHOW_RUBY = (".rich p, .rich li { line-height: 2.4; } rt { font-size: 0.5em; font-weight: normal; }"
              " h1 rt, h2 rt, h3 rt { font-size: 0.4em; }"
              # widget labels and captions: room above each line for its readings
              " [data-testid='stMarkdownContainer'] p:has(.js-furi) { line-height: 2.2; }")


def furigana_on() -> bool:
    """Whether ruby is shown on this run: a valid ``?furigana=`` first (stored once the reader's
    saved settings have been read), else the saved setting; on a session's first run, before the saved
    settings have arrived, the cookie that mirrors it, so the text does not reflow when they arrive."""
    progress = current_progress()
    saved = progress.furigana if progress_loaded() else remembered_furigana()
    if FURIGANA_PARAM not in st.query_params:
        return saved
    value, valid = choice_param(st.query_params, FURIGANA_PARAM, ("0", "1"), "")
    if not valid:
        st.toast(f"「{FURIGANA_PARAM}={shown(text_param(st.query_params, FURIGANA_PARAM))}」は使えない値なので、"
                 "ふりがなの設定はそのままにしました（1 でつける、0 で消す）。", icon="ℹ️", duration=NOTICE_SECONDS)
        del st.query_params[FURIGANA_PARAM]
        return saved
    if not progress_loaded():
        return value == "1"  # the saved settings arrive on the next run; the link's choice is kept till then
    progress.furigana = value == "1"
    del st.query_params[FURIGANA_PARAM]
    return progress.furigana


def remembered_furigana() -> bool:
    """The ふりがな choice as the browser's cookie mirrors it (assets/progress_store.js): on only for "1"."""
    return st.context.cookies.get(FURIGANA_COOKIE) == "1"


def furigana_shown() -> bool:
    """Whether this page run shows ruby (decided when the page starts)."""
    return _FURIGANA_NOW.get()


def _store_choice() -> None:
    progress = current_progress()
    progress.furigana = bool(st.session_state.get("aid-furigana"))
    progress.slow_speech = _SPEEDS.get(st.session_state.get("aid-speed") or "ふつう", False)
    st.query_params.pop(FURIGANA_PARAM, None)


def reading_controls() -> None:
    """The ふりがな switch and the read-aloud speed (in the sidebar, or a slide's toolbar)."""
    st.session_state["aid-furigana"] = _FURIGANA_NOW.get()
    st.session_state["aid-speed"] = "ゆっくり" if current_progress().slow_speech else "ふつう"
    st.toggle("ふりがな", key="aid-furigana", on_change=_store_choice,
              help="漢字の上に読みがなをつけます。このブラウザに記録されます。")
    st.segmented_control("読み上げの速さ", list(_SPEEDS), key="aid-speed", on_change=_store_choice)


def page_aids(furigana: bool) -> tuple[str, str]:
    """(CSS, JavaScript) for this run's reading aids; also puts ruby on the page's rich text."""
    use_readings(get_readings(), shown=furigana)
    _FURIGANA_NOW.set(furigana)
    settings = json.dumps({"furigana": furigana, "rate": SPEECH_RATES[current_progress().slow_speech]})
    # data-progress tells whether this run already has the browser's stored progress (the first run of a
    # session has not: the page runs once more when it arrives); end-to-end tests wait for "loaded".
    loaded = "loaded" if progress_loaded() else "waiting"
    script = (f"(function () {{ var doc = {_DOC}; doc.__aids = {settings};"
              f" doc.documentElement.dataset.progress = '{loaded}'; }})();")
    return (_SHOW_RUBY if furigana else _HIDE_RUBY), script


@functools.cache
def _table_script() -> str:
    """The readings table as a script that hands it to assets/reading_aids.js (made once per server process)."""
    return (f"<script>(function () {{ var doc = {_DOC}; doc.__furiTable = {get_browser_table()};"
            " if (doc.__furiganaRefresh) { doc.__furiganaRefresh(); } })();</script>")


def send_table() -> None:
    """While ふりがな is on: the readings table for widget labels (at the page's end, so no element after it
    moves). With every run, not once per session: when a run starts, Streamlit drops what the run before it
    has not sent yet, so a table sent once could be lost for the whole session (the second run of a session
    often starts while the first is ending). Its 107 KB cross the network once all the same: the browser
    keeps large elements it has been sent, and the server then sends only their hash."""
    if _FURIGANA_NOW.get():
        st.html(_table_script(), unsafe_allow_javascript=True, width="content")
