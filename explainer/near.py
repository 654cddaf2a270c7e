"""Draw a heavy part of a page only when the reader comes near it.

A page's first screen should not wait for code it does not show: Streamlit loads each kind of element's code
on first use (Plotly's is 4.6 MB the browser must parse before anything else can run; a chart's controls and a
quiz's answer widgets bring a dozen more files), and the page body opens only once all of it has arrived.
``came_near(key)`` mounts a tiny ``st.components.v2`` component (``assets/near.js``) that tells the session
when its place on the page is within a screen of the reader's view; ``draw_when_near`` shows a box in that
place until then. Remembered for the session, so a rerun or a return to the page draws the part at once.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TypeVar

import streamlit as st

from explainer.content import ROOT
from explainer.richtext import text_html

_watch = st.components.v2.component(
    "explainer.near", js=(ROOT / "explainer" / "assets" / "near.js").read_text(encoding="utf-8"))
_SEEN = "near-seen"
T = TypeVar("T")
# A waiting box's line on paper (style.css shows it only in print): printed, the part cannot come.
_ON_PAPER = "この部分を印刷するには、先に画面でここまでスクロールしてください。"


def came_near(key: str) -> bool:
    """Whether the reader has come near the place of this call (for the element named ``key``)."""
    seen: set[str] = st.session_state.setdefault(_SEEN, set())
    if key in seen:
        # Where the watcher was, an empty element (drawn as nothing): the part after it keeps its place in the
        # page's tree, so Streamlit does not draw it anew (an open box inside would close).
        st.empty()
        return True
    if _watch(key=f"near-{key}", on_near_change=lambda: None, height="content").get("near"):
        seen.add(key)
        return True
    return False


def draw_when_near(key: str, draw: Callable[[], T], height: int, label: tuple[str, ...],
                   anchors: tuple[str, ...] = (), at_once: bool = False) -> T | None:
    """``draw()``, in a place of its own (``st-key-{key}-near-place``), once the reader has come near it.
    Until then the place holds a box about ``height`` px high with the lines of ``label`` (plain text),
    so the part's arrival moves nothing the reader is looking at (it comes a screen before the view).
    ``anchors``: the ids of elements in the part; the box holds them, so a link to one of them (#p73) scrolls
    to the box, which brings the part, and then page.js scrolls to the element itself.
    ``at_once``: the part is the page's first screen (the first of a list of parts): drawn now, in the page
    itself, so the page opens with it whole.

    ``height`` is each caller's guess from what its part holds (a figure, a row of entries, a section's
    paragraphs): the box is a screen below the reader's view, so a guess is enough."""
    if at_once:
        return draw()
    with st.container(key=f"{key}-near-place"):
        if came_near(key):
            return draw()
        lines = "".join(f"<p>{text_html(line)}</p>" for line in (*label, _ON_PAPER))
        ids = "".join(f'<span id="{escape(anchor)}"></span>' for anchor in anchors)
        st.html(f'<div class="near-waiting" style="height: {height}px">{ids}{lines}</div>')
    return None
