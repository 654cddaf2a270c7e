"""Article reader (/article?level=original|easy|both): the article by section and
paragraph, at the reader's level, with number checks against the data."""

from functools import partial

import streamlit as st

from explainer.article_view import (
    DEFAULT_LEVEL,
    LEVELS,
    kind_label,
    mark_numbers,
    paragraph_html,
    section_anchors,
    section_height_guess,
    show_number,
)
from explainer.near import draw_when_near
from explainer.params import choice_param
from explainer.richtext import escape_text
from explainer.schema import Section
from explainer.store import get_content, get_glossary
from explainer.ui import page, page_link, rich_html

content = get_content()
article = content.article


def _sync_level() -> None:
    st.query_params["level"] = st.session_state["article-level"] or DEFAULT_LEVEL


def show_section(section: Section, level: str) -> None:
    """A section's summary box (with its lessons) and its paragraphs at ``level``, each number's fact box after
    its paragraph."""
    glossary = get_glossary()
    with st.container(border=True):
        seen: set[str] = set()
        # One element for the browser to draw; each text keeps its own 🔊.
        st.html(rich_html("**3行まとめ**\n" + "\n".join(f"・{line}" for line in section.summary), seen, glossary)
                + rich_html(f"**ここがポイント**：{section.point}", seen, glossary))
        for lesson in section.lessons:
            page_link(lesson, f"レッスン：{content.lessons[lesson].nav_title}", ":material/school:")
    seen = set()
    # Paragraphs in a row are one block (one element for the browser to draw, not one per paragraph);
    # a paragraph with checked numbers ends its block, and the fact boxes follow it.
    blocks: list[str] = []
    for paragraph in section.paragraphs:
        numbers = [n for n in article.numbers if n.line == paragraph.line]
        original = mark_numbers(paragraph.text, numbers)
        easy_seen = set(seen)
        # Each text is a block of its own with its 🔊, so the button reads that paragraph at that level.
        original_html = rich_html(original, seen, glossary) if level != "easy" else ""
        easy_seen_here = easy_seen if level == "both" else seen
        easy_html = rich_html(paragraph.easy, easy_seen_here, glossary) if level != "original" else ""
        blocks.append(paragraph_html(paragraph, level, original_html, easy_html))
        if numbers or paragraph is section.paragraphs[-1]:
            st.html("".join(blocks))
            blocks = []
        for index, number in enumerate(numbers):
            show_number(number, key=f"num-{paragraph.line}-{index}", seen=seen)
    for summarized in section.summarized:
        first, last = summarized.first_line, summarized.last_line
        st.html(kind_label("読者のコメント", first, f"第{first}〜{last}段落（要約）")
                + rich_html(summarized.easy, seen, glossary))


with page(
    "記事を読む：原文と、やさしい言葉で",
    "DeepSeekショックについて書かれたブログ記事です。点線のついた言葉は、タップするかマウスをのせると意味が出ます。"
    "「やさしい」では、同じ内容をやさしい言葉で読めます。太字の数字は、すぐ下で本当のデータとくらべられます。",
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
        if number == 0:
            show_section(section, level)
        else:
            draw_when_near(f"article-{section.id}", partial(show_section, section, level),
                           section_height_guess(section), ("（つづきを用意しています）",),
                           anchors=section_anchors(section))
