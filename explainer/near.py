"""Draw a heavy element only when the reader comes near it.

A page's first screen should not wait for Plotly (its code is 4.6 MB the browser must parse before
anything else can run). ``came_near(key)`` mounts a tiny ``st.components.v2`` component
(``assets/near.js``) that tells the session when its place on the page is within a screen of the reader's
view; the caller shows a placeholder of the same size until then. Remembered for the session, so a rerun
or a return to the page draws the element at once.
"""

from __future__ import annotations

import streamlit as st

from explainer.content import ROOT

_watch = st.components.v2.component(
    "explainer.near", js=(ROOT / "explainer" / "assets" / "near.js").read_text(encoding="utf-8"))
_SEEN = "near-seen"


def came_near(key: str) -> bool:
    """Whether the reader has come near the place of this call (for the element named ``key``)."""
    seen: set[str] = st.session_state.setdefault(_SEEN, set())
    if key in seen:
        return True
    if _watch(key=f"near-{key}", on_near_change=lambda: None, height="content").get("near"):
        seen.add(key)
        return True
    return False
