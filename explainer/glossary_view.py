"""How glossary entries are shown on the /glossary page: a list of boxes, and one entry as safe HTML.

An entry's HTML is built on every call, not cached: each render needs pop-up ids of its own, since
the page can show one entry twice (the ?term= entry and its place in the list)."""

from __future__ import annotations

import streamlit as st

from explainer.glossary import Glossary
from explainer.richtext import escape_text, to_html
from explainer.schema import GlossaryEntry
from explainer.store import page


def _row(label: str, body_html: str) -> str:
    return (f'<div class="entry-row"><div class="entry-label">{label}</div>'
            f'<div class="entry-body">{body_html}</div></div>')


def _same_tab_link(href: str, text: str) -> str:
    return f'<a href="{href}" target="_self">{escape_text(text)}</a>'


def entry_html(entry: GlossaryEntry, glossary: Glossary) -> str:
    """The full entry: 一言で, くわしく, たとえ話, 記事では, figures, 関連用語, レッスン, 別の書き方."""
    seen = {entry.id}  # the headword itself needs no pop-up
    parts = [
        _row("一言で", to_html(entry.short, glossary, seen)),
        _row("英語", f"<p>{escape_text(entry.english)}</p>"),
        _row("分類", f"<p>{escape_text(entry.category)}</p>"),
        _row("くわしく", to_html("\n\n".join(entry.detail), glossary, seen)),
        _row("たとえ話", to_html(entry.analogy, glossary, seen)),
    ]
    if entry.article_quote:
        line = entry.article_line
        link = _same_tab_link(f"article?level=both#p{line}", f"記事のこの段落を読む（第{line}段落）")
        quote = to_html(entry.article_quote, glossary, seen)
        parts.append(_row("記事では", f"<blockquote>{quote}</blockquote><p>{link}</p>"))
    for figure in entry.figures:
        parts.append(_row("数字", f"<p>{escape_text(figure.text)}<br><small>出典: {escape_text(figure.source)}"
                                  f"（{escape_text(figure.as_of)}時点）</small></p>"))
    related = [glossary.get(r) for r in entry.related if glossary.get(r)]
    if related:
        parts.append(_row("関連用語", "<p>" + "・".join(
            _same_tab_link(f"glossary?term={r.id}", r.term) for r in related) + "</p>"))
    if entry.lessons:
        parts.append(_row("レッスン", "<p>" + "・".join(
            _same_tab_link(page(lesson).path, page(lesson).title) for lesson in entry.lessons) + "</p>"))
    if entry.aliases:
        parts.append(_row("別の書き方", f"<p>{escape_text('、'.join(entry.aliases))}</p>"))
    return f'<div class="rich entry">{"".join(parts)}</div>'


def entry_label(entry: GlossaryEntry) -> str:
    """Expander label: headword and reading (Markdown-safe)."""
    return f"{escape_text(entry.term)}（{escape_text(entry.reading)}）"


# About how tall a closed entry's box is in the list, with the gap below it (px): for the place of a row of
# entries before it is drawn (explainer.near), a screen below the reader's view, so a guess is enough.
ENTRY_HEIGHT_GUESS = 58
# Closed entries that fill a tall first screen under the page's heading, search and filters (1080 px high:
# about 10); the list draws these at once and the rest when the reader comes near them.
FIRST_SCREEN_ENTRIES = 12


def show_entries(entries: list[GlossaryEntry], glossary: Glossary, expanded: bool = False) -> None:
    """Each entry as a box under its headword. Lazy: an entry's body is sent only when it is opened (167 entries
    would make every rerun slow, and 167 more elements would make the browser slow to draw the page)."""
    for entry in entries:
        box = st.expander(entry_label(entry), expanded=expanded, key=f"entry-{entry.id}", on_change="rerun")
        if box.open:
            box.html(entry_html(entry, glossary))
