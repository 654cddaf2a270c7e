"""The article reader's building blocks: reading levels, paragraph labels, fact boxes for the numbers in
the text, and a whole section as the reader sees it."""

from __future__ import annotations

import streamlit as st

from explainer.datasets import load_facts
from explainer.interactives import show_interactive
from explainer.richtext import escape_text
from explainer.schema import NumberNote, Paragraph, Section
from explainer.store import get_content, get_glossary
from explainer.ui import page_link, rich_html

LEVELS = {"original": "原文", "easy": "やさしい", "both": "両方"}
DEFAULT_LEVEL = "both"
KIND_CLASSES = {"報道（引用）": "kind-news", "筆者の意見": "kind-opinion", "読者のコメント": "kind-comment"}


def mark_numbers(text: str, numbers: list[NumberNote]) -> str:
    """Bold each noted figure (first occurrence) so the reader sees which numbers are checked below."""
    for number in sorted(numbers, key=lambda n: -len(n.text)):
        if number.text in text and f"**{number.text}" not in text:
            text = text.replace(number.text, f"**{number.text}**", 1)
    return text


def paragraph_html(paragraph: Paragraph, level: str, original_html: str, easy_html: str) -> str:
    """One paragraph as a single HTML block: its label, then the text at the chosen level
    (both: side by side on wide screens, stacked on narrow ones)."""
    label = paragraph_label(paragraph)
    if level == "both":
        return (f'{label}<div class="pair"><div><div class="easy-label">原文</div>{original_html}</div>'
                f'<div><div class="easy-label">やさしい</div>{easy_html}</div></div>')
    return label + (original_html if level == "original" else easy_html)


def section_anchors(section: Section) -> tuple[str, ...]:
    """The ids a link can point at in a section: each paragraph's and each summarized comment's (#p73)."""
    return (*(f"p{paragraph.line}" for paragraph in section.paragraphs),
            *(f"p{summarized.first_line}" for summarized in section.summarized))


def section_height_guess(section: Section) -> int:
    """About how tall a section is on a page (px), for its place before it is drawn (explainer.near): a screen
    below the reader's view, so a guess is enough (its summary box, then paragraphs of a few lines each)."""
    return 320 + 220 * (len(section.paragraphs) + len(section.summarized))


def paragraph_label(paragraph: Paragraph) -> str:
    """Anchor plus the kind badge (報道 / 意見 / コメント) as safe HTML."""
    return kind_label(paragraph.kind, paragraph.line, f"第{paragraph.line}段落")


def kind_label(kind: str, line: int, where: str) -> str:
    return (f'<div id="p{line}" class="para-head"><span class="kind {KIND_CLASSES.get(kind, "")}">'
            f'{escape_text(kind)}</span><span class="para-no">{escape_text(where)}</span></div>')


def show_number(number: NumberNote, key: str, seen: set[str]) -> None:
    """A fact box for one figure: the real values with source and date, the 補足, and a chart on request."""
    with st.expander(f"「{escape_text(number.text)}」をデータでたしかめる：{escape_text(number.title)}",
                     icon=":material/query_stats:"):
        facts = load_facts()
        rows = "".join(
            f"<li><strong>{escape_text(fact['value'])}</strong> {escape_text(fact['unit'])}"
            f"（{escape_text(fact['as_of'])}）<br>"
            f"<small>出典: {escape_text(fact['source'].replace('(this folder)', '（data/）'))}</small></li>"
            for fact in (facts[fact_key] for fact_key in number.facts))
        st.html(f'<ul class="facts">{rows}</ul>' + (rich_html(number.note, seen) if number.note else ""))
        if number.chart and st.toggle("グラフも見る", key=f"{key}-show"):
            show_interactive(number.chart, key)


def show_section(section: Section, level: str) -> None:
    """A section's summary box (with its lessons) and its paragraphs at ``level``, each number's fact box after
    its paragraph."""
    content = get_content()
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
        numbers = [n for n in content.article.numbers if n.line == paragraph.line]
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
