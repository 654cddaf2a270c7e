"""The まとめシート (/summary): the whole story on one A4 page, made from content and data.

The timeline is data/events.csv; the twelve words and their one-liners come from
the glossary; each chart's takeaway is read from the lesson that shows the chart,
so the sheet never says something a lesson does not.
"""

from __future__ import annotations

import streamlit as st

from explainer.datasets import load_events
from explainer.richtext import escape_text
from explainer.store import get_content, get_glossary
from explainer.ui import bare_page, print_layout, rich

_SHEET_CSS = """<style>
.sheet-terms { columns: 2; column-gap: 1.5rem; margin: 0; padding-left: 1.1rem; }
.sheet-terms li { break-inside: avoid; margin-bottom: 0.2rem; font-size: 0.92rem; line-height: 1.5; }
@media print {
  [data-testid="stMainBlockContainer"] { padding: 0 !important; }
  [data-testid="stMain"] h1 { font-size: 17pt !important; padding: 0 0 2pt !important; }
  [data-testid="stMain"] h3 { font-size: 12pt !important; padding: 4pt 0 0 !important; }
  [data-testid="stMain"] p, .sheet-terms li { font-size: 9pt !important; line-height: 1.45 !important; }
  [data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.25rem !important; }
}
</style>"""


def render_summary_sheet() -> None:
    content = get_content()
    sheet = content.summary
    with bare_page(escape_text(sheet.title)):
        print_layout("teachers", "先生向けガイドへ")
        st.html(_SHEET_CSS)
        seen: set[str] = set(sheet.key_terms)  # the words are explained on the sheet itself
        rich(sheet.lead, seen)

        st.subheader("1. できごとの流れ", anchor="timeline")
        events = load_events()
        rich("\n".join(f"・**{row.when}**　{row.label}：{row.detail}" for row in events.itertuples()), seen)

        st.subheader("2. 12のことば", anchor="words")
        glossary = get_glossary()
        items = "".join(f"<li><strong>{escape_text(entry.term)}</strong>：{escape_text(entry.short)}</li>"
                        for entry in (glossary.get(term) for term in sheet.key_terms))
        st.html(f'<ul class="sheet-terms">{items}</ul>')

        st.subheader("3. 3つの図からわかること", anchor="charts")
        for chart in sheet.charts:
            lesson = content.lessons[chart.lesson]
            spec = next(spec for spec in lesson.charts if spec.builder == chart.builder)
            rich(f"**{spec.title}**（レッスン{lesson.order}「{lesson.nav_title}」）\n{spec.takeaway}", seen)
        st.caption("出典：data/events.csv、用語集、各レッスンの図（数字の出典は「データと出典」のページ）。")
