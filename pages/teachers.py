"""Teachers' guide (/teachers): class plans, discussion questions, and links that open
every lesson as slides, as a printable handout, or as a worksheet."""

import streamlit as st

from explainer.richtext import escape_text
from explainer.store import get_content
from explainer.ui import end_page, page_link, rich, start_page

content = get_content()
guide = content.teachers
start_page(
    "先生向けガイド",
    "授業でこのアプリを使うためのページです。どのページも、アドレス（URL）をそのまま生徒に送れます。"
    "スライドは → ← キーと、プレゼン用リモコンの PageDown / PageUp で進みます。"
    "スライド番号はアドレスに残るので、読みこみ直しても同じスライドにもどります。",
)

st.header("授業の組み立て例", anchor="plans")
for plan_number, plan in enumerate(guide.plans, start=1):
    total = sum(step.minutes for step in plan.steps)
    with st.container(border=True):
        st.subheader(escape_text(plan.title), anchor=f"plan-{plan_number}")
        rich(f"**ねらい**：{plan.goal}")
        for step in plan.steps:
            lesson = content.lessons[step.lesson]
            st.markdown(f"**{step.minutes}分　レッスン{lesson.order}：{escape_text(lesson.title)}**")
            rich(step.activity)
            left, right = st.columns(2)
            with left:
                page_link(step.lesson, "スライドで映す", ":material/slideshow:", mode="present", slide="1")
            with right:
                page_link(step.lesson, "配布用に印刷する", ":material/print:", mode="print")
        rich(f"**しめくくり**：{plan.wrapup}")
        st.caption(f"レッスンの合計 {total}分 ＋ しめくくり")

st.header("話し合いの問い", anchor="discussion")
rich("\n".join(f"{number}. {question}" for number, question in enumerate(guide.discussion, start=1)))

st.header("すべてのレッスン：スライド・印刷・ワークシート", anchor="links")
for lesson in content.lessons.values():
    title_col, slides_col, print_col = st.columns([3, 1, 1])
    title_col.markdown(f"レッスン{lesson.order}：{escape_text(lesson.title)}（約{lesson.minutes}分）")
    with slides_col:
        page_link(lesson.id, "スライド", ":material/slideshow:", mode="present", slide="1")
    with print_col:
        page_link(lesson.id, "印刷", ":material/print:", mode="print")
page_link("quiz", "ワークシートと解答（まとめテストのページの下にあります）", ":material/description:")
page_link("summary", "まとめシート（A4・1枚：年表、12のことば、3つの図）", ":material/summarize:")
rich("まとめテストの順番をシャッフルしたいときは、まとめテストのページで「問題の順番をシャッフル」をおし、"
     "そのときのアドレス（seed=番号 がつきます）を配ると、全員が同じ順番で解けます。")
end_page()
