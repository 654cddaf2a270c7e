"""Home page (/): what the app is for and the learning path, a card per lesson."""

import streamlit as st

from explainer.site import page
from explainer.store import get_content
from explainer.ui import end_page, rich, start_page

start_page("DeepSeekショックを、やさしく読む")
rich(
    "2025年1月27日、中国の新しいAI「DeepSeek（ディープシーク）」をきっかけに、"
    "エヌビディアの株価が1日で約17%下がりました。"
    "このアプリは、そのできごとを書いたブログ記事を、はじめての人にも読めるように説明します。"
)
with st.container(border=True):
    st.markdown("**このアプリが生まれたわけ**")
    rich(
        "記事の下に、ある読者がこんなコメントを書きました。\n"
        "「韓国経済からいきなりフェラデルフィア半導体と言われても、知ってる人対象で無くて…"
        "たまには時々昔みたいにレベル落として…」\n"
        "このアプリは、そのお願いへの答えです。むずかしい言葉には点線がついています。"
        "指でタップするか、マウスをのせると、意味が出ます。"
    )

st.header("学ぶ順番", anchor="path")
st.page_link(page("article").file, label="まず記事を読む（やさしい言葉の版つき）", icon=":material/article:")
content = get_content()
for lesson in content.lessons.values():
    with st.container(border=True):
        st.page_link(page(lesson.id).file, label=f"レッスン{lesson.order}：{lesson.title}", icon=":material/school:")
        st.caption(f"約{lesson.minutes}分 ・ レベル: {lesson.level}")
        rich(lesson.purpose)
st.page_link(page("quiz").file, label="最後に：まとめテスト", icon=":material/quiz:")
st.page_link(page("glossary").file, label="いつでも：用語集で言葉を調べる", icon=":material/menu_book:")
end_page()
