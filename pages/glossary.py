"""Glossary page (/glossary): search, category filter, あいうえお order.

``?term=<id>`` opens an entry, ``?q=`` fills the search."""

import itertools
from functools import partial

import streamlit as st

from explainer.glossary import OTHER_ROW, ROW_KEYS, gojuon_row
from explainer.glossary_view import ENTRY_HEIGHT_GUESS, FIRST_SCREEN_ENTRIES, entry_html, entry_label, show_entries
from explainer.near import draw_when_near
from explainer.params import shown, text_param
from explainer.richtext import escape_text
from explainer.schema import CATEGORIES
from explainer.store import get_glossary
from explainer.ui import page

glossary = get_glossary()


def _sync_query() -> None:
    query = st.session_state["glossary-q"]
    if query:
        st.query_params["q"] = query
    else:
        st.query_params.pop("q", None)
    st.query_params.pop("term", None)


with page(
    "用語集：むずかしい言葉の意味",
    f"記事に出てくる言葉 {len(glossary.entries)} 語を、やさしく説明します。"
    "ひらがな・カタカナ・英語・略語（SOX など）のどれで探しても見つかります。",
):
    params = st.query_params
    term_id = text_param(params, "term")
    if "glossary-q" not in st.session_state:
        st.session_state["glossary-q"] = text_param(params, "q")

    query = st.text_input("用語を検索", key="glossary-q", max_chars=100, on_change=_sync_query,
                          placeholder="例: はんどうたい、SOX、MoE、時価総額")
    category = st.pills("分類でしぼる", CATEGORIES, key="glossary-category")

    selected = glossary.get(term_id) if term_id else None
    if term_id and selected is None:
        st.warning(f"「{escape_text(shown(term_id))}」という用語は見つかりませんでした。下の一覧か検索で探してください。")
    if selected is not None:
        st.subheader(entry_label(selected), anchor=selected.id)
        st.html(entry_html(selected, glossary))
        st.divider()

    if query:
        results = glossary.search(query, category)
        if results:
            st.caption(f"「{escape_text(shown(query))}」の検索結果：{len(results)} 件")
        else:
            close = glossary.suggestions(query)
            hint = "、".join(escape_text(e.term) for e in close)
            st.info(f"「{escape_text(shown(query))}」に合う用語はありませんでした。"
                    + (f"近い言葉：{hint}" if hint else "ほかの書き方（ひらがな、英語など）でも探してみてください。"))
        entries = results
    else:
        entries = list(glossary.by_category(category))
        st.caption(f"{len(entries)} 語（あいうえお順）")

    expanded = len(entries) <= 3  # a short list opens its entries
    if query:
        show_entries(entries, glossary, expanded)
    else:  # あいうえお rows: a screenful at once, the rest of each row when the reader comes near it
        rows = [(row, list(group)) for row, group in itertools.groupby(entries, lambda e: gojuon_row(e.reading))]
        for number, (row, group) in enumerate(rows):
            st.markdown(f"#### {row}行" if row != OTHER_ROW else "#### そのほか")
            first_screen = group[:FIRST_SCREEN_ENTRIES] if number == 0 else []
            show_entries(first_screen, glossary, expanded)
            if rest := group[len(first_screen):]:
                draw_when_near(f"glossary-row-{ROW_KEYS[row]}", partial(show_entries, rest, glossary, expanded),
                               ENTRY_HEIGHT_GUESS * len(rest), ("（用語を用意しています）",))
