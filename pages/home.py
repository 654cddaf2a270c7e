"""Home page (/): what the app is for, the learning path with progress, and a reset."""

import streamlit as st

from explainer.progress_store import current_progress, reset_progress
from explainer.richtext import escape_text
from explainer.store import get_content
from explainer.ui import page, page_link, rich

with page("DeepSeekショックを、やさしく読む"):
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
    page_link("article", "まず記事を読む（やさしい言葉の版つき）", ":material/article:")
    content = get_content()
    progress = current_progress()
    for lesson in content.lessons.values():
        status = progress.lesson(lesson.id)
        with st.container(border=True):
            st.markdown(f"**レッスン{lesson.order}：{escape_text(lesson.title)}**")
            st.caption(f"約{lesson.minutes}分 ・ レベル: {lesson.level}" + (" ・ ✓ 読み終えた" if status.read else ""))
            rich(lesson.purpose)
            total = len(lesson.quiz)
            if total:
                st.progress(min(status.best / total, 1.0),
                            text=f"確認クイズのいちばんよい記録：{status.best} / {total} 問")
            page_link(lesson.id, "このレッスンを開く", ":material/arrow_forward:")
    page_link("quiz", "最後に：まとめテスト", ":material/quiz:")
    page_link("glossary", "いつでも：用語集で言葉を調べる", ":material/menu_book:")
    page_link("summary", "1枚で復習：まとめシート（印刷できます）", ":material/summarize:")

    st.header("学習の記録", anchor="progress")
    rich("記録は、このブラウザの中だけに保存されます（サーバーには送りません）。"
         "ページを閉じても、次に開いたときに続きから始められます。")
    if st.session_state.get("confirm-reset"):
        st.warning("本当に、学習の記録をすべて消しますか？　読んだレッスン、クイズのいちばんよい記録、"
                   "復習する問題が消えます。消した記録は、もどせません。"
                   "ふりがなと読み上げの速さは、今のまま残ります。")
        yes, no = st.columns(2)
        if yes.button("はい、消します", type="primary", key="reset-yes"):
            reset_progress()
            st.session_state["confirm-reset"] = False
            st.rerun()
        if no.button("やめる", key="reset-no"):
            st.session_state["confirm-reset"] = False
            st.rerun()
    elif st.button("記録をリセットする", icon=":material/restart_alt:", key="reset-ask"):
        st.session_state["confirm-reset"] = True
        st.rerun()
