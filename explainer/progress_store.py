"""Connects a session's progress to the browser's localStorage through a tiny
``st.components.v2`` component (no iframe, no network).

``current_progress()`` gives the session's progress (read from the browser on
the first run of a session); ``sync_progress()``, called once at the end of every
page, writes the latest state back. Stored data that does not validate is
ignored with a notice and replaced.
"""

from __future__ import annotations

import streamlit as st

from explainer.content import ROOT
from explainer.progress import Progress, parse
from explainer.store import get_content

# How long a notice shown as a toast stays, in seconds: Streamlit's default, 4 s, is too short to read a
# notice of 30-70 characters (the reader can close it sooner).
NOTICE_SECONDS = 12
_STATE = "progress"
_LOADED = "progress-loaded"
_COMPONENT_KEY = "progress-store"
_store = st.components.v2.component(
    "explainer.progress_store",
    js=(ROOT / "explainer" / "assets" / "progress_store.js").read_text(encoding="utf-8"),
)


def _known_ids() -> tuple[set[str], set[str]]:
    content = get_content()
    questions = {q.id for lesson in content.lessons.values() for q in lesson.quiz} | {q.id for q in content.final_quiz}
    return set(content.lessons), questions


def current_progress() -> Progress:
    """This session's progress; on the first run after the browser reported its
    stored value, that value (validated) becomes the session's progress."""
    if not st.session_state.get(_LOADED):
        reported = (st.session_state.get(_COMPONENT_KEY) or {}).get("stored")
        if reported is not None:
            lessons, questions = _known_ids()
            loaded = parse(reported, lessons, questions)
            if loaded is None and reported:
                st.toast("保存されていた学習の記録が読めなかったので、新しく記録を始めます。", icon="ℹ️",
                         duration=NOTICE_SECONDS)
            st.session_state[_STATE] = loaded or st.session_state.get(_STATE) or Progress()
            st.session_state[_LOADED] = True
    return st.session_state.setdefault(_STATE, Progress())


def progress_loaded() -> bool:
    """Whether the browser has reported the stored progress to this session yet."""
    return bool(st.session_state.get(_LOADED))


def reset_progress() -> None:
    """Clear the learning records; the reading aids chosen stay (``Progress.without_records``)."""
    st.session_state[_STATE] = current_progress().without_records()


def sync_progress() -> None:
    """Mount the storage component with the latest progress to save (or, before
    loading, to ask for the stored value)."""
    loaded = bool(st.session_state.get(_LOADED))
    data = {"loaded": loaded, "save": current_progress().to_json() if loaded else None}
    _store(key=_COMPONENT_KEY, data=data, on_stored_change=lambda: None, height="content")
