"""Article reader (/article?level=original|easy|both): the article by section and
paragraph, at the reader's level, with number checks against the data."""

from functools import partial

import streamlit as st

from explainer.article_view import DEFAULT_LEVEL, LEVELS, section_anchors, section_height_guess, show_section
from explainer.near import draw_when_near
from explainer.params import choice_param
from explainer.richtext import escape_text
from explainer.store import get_content
from explainer.ui import page

article = get_content().article


def _sync_level() -> None:
    st.query_params["level"] = st.session_state["article-level"] or DEFAULT_LEVEL


with page(
    "記事を読む：原文と、やさしい言葉で",
    "DeepSeekショックについて書かれたブログ記事です。「原文」は、ブログに書かれたままの文です。"
    "「やさしい」では、同じ内容をやさしい言葉で読めます。点線のついた言葉は、タップするかマウスをのせると意味が出ます。"
    "太字の数字は、すぐ下で本当のデータとくらべられます。",
):
    level, valid = choice_param(st.query_params, "level", tuple(LEVELS), DEFAULT_LEVEL)
    if not valid:
        st.info("読みかたの指定（level）がわからなかったので、「両方」で表示します。")
    if st.session_state.get("article-level") not in LEVELS:
        st.session_state["article-level"] = level
    level = st.segmented_control("読みかた", list(LEVELS), format_func=LEVELS.get, key="article-level",
                                 on_change=_sync_level) or DEFAULT_LEVEL
    st.html('<span class="kind kind-news">報道（引用）</span> ニュース記事をそのまま引用した部分　'
            '<span class="kind kind-opinion">筆者の意見</span> ブログを書いた人の考え　'
            '<span class="kind kind-comment">読者のコメント</span> 記事の下に書かれた感想')

    with st.expander("目次"):
        st.markdown("\n".join(f"- [{escape_text(s.title)}](#{s.id})" for s in article.sections))

    for number, section in enumerate(article.sections):
        st.header(escape_text(section.title), anchor=section.id)
        # The first section is the first screen; each later one is drawn when the reader comes near it. Its
        # heading is drawn at once (the 目次 links to it) and its waiting box holds its paragraphs' ids (#p73).
        draw_when_near(f"article-{section.id}", partial(show_section, section, level),
                       section_height_guess(section), ("（つづきを用意しています）",),
                       anchors=section_anchors(section), at_once=number == 0)
