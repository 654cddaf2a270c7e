"""Teachers' guide (/teachers): class plans timed to the minute, where the lessons fit the
学習指導要領, 評価規準 by the three 観点, what to bring, discussion questions, how to handle
sensitive questions, and links that open every lesson as slides, as a printable handout, or
as a worksheet. Every text comes from content/teachers.toml."""

from collections.abc import Callable, Iterable
from functools import partial

import streamlit as st

from explainer.article_view import LEVELS
from explainer.near import draw_when_near
from explainer.richtext import escape_text
from explainer.schema import ClassPlan
from explainer.store import get_content
from explainer.ui import page, page_link, rich

content = get_content()
guide = content.teachers
lesson_numbers = {lesson.id: lesson.order for lesson in content.lessons.values()}
# About how tall a part of the guide is before it is drawn (px): its place is a screen below the reader's view.
PART_HEIGHT_GUESS = 900


def lesson_label(lesson_id: str) -> str:
    lesson = content.lessons[lesson_id]
    return f"レッスン{lesson.order}：{lesson.nav_title}"


def lesson_links(lesson_ids: Iterable[str]) -> None:
    """One link per lesson, one a line (side by side, the longer names were cut off)."""
    for lesson_id in lesson_ids:
        page_link(lesson_id, lesson_label(lesson_id), ":material/school:")


def later(key: str, draw: Callable[[], None], at_once: bool = False) -> None:
    """A part of the guide, drawn when the reader comes near it (explainer.near), or ``at_once``."""
    draw_when_near(f"teachers-{key}", draw, PART_HEIGHT_GUESS, ("（この部分を用意しています）",), at_once=at_once)


def show_plan(plan: ClassPlan, number: int) -> None:
    with st.container(key=f"timeline-plan-{number}"):  # breaks only between parts (style.css)
        st.markdown(f"**時間の流れ**：{escape_text(plan.timeline_text(lesson_numbers))}")
    rich(f"**ねらい**：{plan.goal}")
    st.markdown(f"**{plan.hook_minutes}分　導入**")
    rich(plan.hook)
    if plan.reading:
        st.markdown(f"**{plan.reading.minutes}分　記事を読む**")
        rich(plan.reading.activity)
        page_link("article", f"記事を「{LEVELS[plan.reading.level]}」で開く", ":material/article:",
                  level=plan.reading.level)
    for step in plan.steps:
        lesson = content.lessons[step.lesson]
        st.markdown(f"**{step.minutes}分　レッスン{lesson.order}：{escape_text(lesson.title)}**")
        rich(step.activity)
        left, right = st.columns(2)
        with left:
            page_link(step.lesson, "スライドで映す", ":material/slideshow:", mode="present", slide="1")
        with right:
            page_link(step.lesson, "配布用に印刷する", ":material/print:", mode="print")
    st.markdown(f"**{plan.wrapup_minutes}分　しめくくり**")
    rich(plan.wrapup)


def show_curriculum() -> None:
    rich(guide.curriculum_note)
    for link in guide.curriculum:
        with st.container(border=True):
            rich(f"**{link.subject}**　{link.unit}")
            rich(link.how)
            lesson_links(link.lessons)


def show_assessment() -> None:
    rich(guide.assessment_note)
    for number, entry in enumerate(guide.assessment, start=1):
        st.subheader(escape_text(entry.viewpoint), anchor=f"assessment-{number}")
        rich("\n".join(f"・{criterion.text}" + (f"（{'、'.join(map(lesson_label, criterion.lessons))}）"
                                                if criterion.lessons else "")
                       for criterion in entry.criteria))


def show_devices() -> None:
    for number, device in enumerate(guide.devices, start=1):
        with st.container(border=True):
            st.subheader(escape_text(device.name), anchor=f"device-{number}")
            rich(device.use)
            for command in device.commands:
                rich(command.when)
                st.code(command.command, language=None)
            if device.note:
                rich(device.note)


def show_sensitive() -> None:
    sensitive = guide.sensitive
    rich("\n".join(f"{number}. {point}" for number, point in enumerate(sensitive.points, start=1)))
    lesson = content.lessons[sensitive.lesson]
    page_link(lesson.id, f"レッスン{lesson.order}：{lesson.title}", ":material/school:")
    for term_id in sensitive.terms:
        page_link("glossary", f"用語集：{content.glossary[term_id].term}", ":material/menu_book:", term=term_id)


def show_links() -> None:
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


with page(
    "先生向けガイド",
    "授業でこのアプリを使うためのページです。どのページも、アドレス（URL）をそのまま生徒に送れます。"
    "スライドは → ← キーと、プレゼン用リモコンの PageDown / PageUp で進みます。"
    "スライド番号はアドレスに残るので、読みこみ直しても同じスライドにもどります。",
):
    st.header("授業の組み立て例", anchor="plans")
    for plan_number, plan in enumerate(guide.plans, start=1):
        with st.container(border=True):
            st.subheader(escape_text(plan.title), anchor=f"plan-{plan_number}")
            # The first plan is the page's first screen; the rest of the guide is drawn when the reader comes
            # near it. Its headings are drawn at once, so a link to one of them (#links) finds its place.
            later(f"plan-{plan_number}", partial(show_plan, plan, plan_number), at_once=plan_number == 1)

    st.header("学習指導要領との関連", anchor="curriculum")
    later("curriculum", show_curriculum)
    st.header("評価規準の例（3つの観点）", anchor="assessment")
    later("assessment", show_assessment)
    st.header("用意するもの", anchor="devices")
    later("devices", show_devices)
    st.header("話し合いの問い", anchor="discussion")
    rich("\n".join(f"{number}. {question}" for number, question in enumerate(guide.discussion, start=1)))
    st.header("天安門事件や検閲について聞かれたら", anchor="sensitive")
    show_sensitive()
    st.header("すべてのレッスン：スライド・印刷・ワークシート", anchor="links")
    later("links", show_links)
