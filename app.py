"""Entry point: page setup and navigation for the DeepSeek-shock explainer.

Run with ``streamlit run app.py``. Pages live in ``pages/``; the fixed pages are
declared in ``explainer.site`` and the lessons come from the content files.
"""

import os
import sys
import time

import streamlit as st

from explainer.content import ContentError
from explainer.site import sections, site_pages
from explainer.store import get_content
from explainer.ui import configure_page

configure_page()

try:
    content_problems: list[str] = []
    pages = site_pages(get_content().lessons)
except ContentError as error:
    content_problems = error.problems
    pages = site_pages({})
navigation = {
    section: [
        st.Page(info.file, title=info.title, icon=info.icon, url_path=info.path or None, default=not info.path)
        for info in pages
        if info.section == section
    ]
    for section in sections(pages)
}
# The sidebar menu is drawn by explainer.ui (hidden here): on the first visit to a
# deep link after a server start, Streamlit 1.67's own menu lists the raw pages/ files.
current = st.navigation(navigation, position="hidden")
if content_problems:
    # Navigation is declared first: without it Streamlit would fall back to listing pages/ itself.
    st.error("ごめんなさい。説明の文章のファイルに問題があるため、ページを表示できません。"
             "管理している人に知らせてください。")
    st.code("\n".join(content_problems), language=None)
    st.stop()
started = time.perf_counter()
current.run()
if os.environ.get("EXPLAINER_TIMING"):  # read by bench/run.py: the page script's own run time
    print(f"script-run /{current.url_path} {(time.perf_counter() - started) * 1000:.2f}", file=sys.stderr, flush=True)
