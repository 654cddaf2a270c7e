"""Article reader (/article): the article paragraph by paragraph, glossary terms marked."""

import streamlit as st

from explainer.store import get_content
from explainer.ui import end_page, rich, start_page

content = get_content()
start_page(
    "記事を読む",
    "DeepSeekショックについて書かれたブログ記事の全文です。点線のついた言葉は、"
    "タップするかマウスをのせると意味が出ます。",
)
seen: set[str] = set()
for number, line in enumerate(content.article.lines if content.article else (), start=1):
    if line.strip():
        st.markdown(f'<span id="p{number}"></span>', unsafe_allow_html=True)
        rich(line, seen)
end_page()
