"""Entry point: page setup and navigation for the DeepSeek-shock explainer.

Run with ``streamlit run app.py``. Pages live in ``pages/``; the URL scheme is
declared once in ``explainer.site``.
"""

import os
import sys
import time

import streamlit as st

from explainer.content import ContentError
from explainer.site import PAGES, SECTIONS
from explainer.store import get_content

st.set_page_config(page_title="DeepSeekショックをやさしく", page_icon="📉", layout="centered")

pages_by_section = {
    section: [
        st.Page(page.file, title=page.title, icon=page.icon, url_path=page.path or None, default=not page.path)
        for page in PAGES
        if page.section == section
    ]
    for section in SECTIONS
}
# The sidebar menu is drawn by explainer.ui (hidden here): on the first visit to a
# deep link after a server start, Streamlit 1.67's own menu lists the raw pages/ files.
current = st.navigation(pages_by_section, position="hidden")
try:
    get_content()
except ContentError as error:
    # Declared navigation first: without it Streamlit would fall back to listing pages/ itself.
    st.error("ごめんなさい。説明の文章のファイルに問題があるため、ページを表示できません。"
             "管理している人に知らせてください。")
    st.code("\n".join(error.problems), language=None)
    st.stop()
started = time.perf_counter()
current.run()
if os.environ.get("EXPLAINER_TIMING"):  # read by bench/run.py: the page script's own run time
    print(f"script-run /{current.url_path} {(time.perf_counter() - started) * 1000:.2f}", file=sys.stderr, flush=True)
