"""The teachers' guide (/teachers): its content validates, every class plan's minutes add up,
the three 観点 appear once each, lesson and glossary ids exist, and the page shows every section."""

from __future__ import annotations

import copy
import re
import tomllib
from collections import Counter

import pytest
from pydantic import ValidationError
from streamlit.testing.v1 import AppTest

from explainer.content import ROOT, describe
from explainer.schema import VIEWPOINTS, ClassPlan, TeacherGuide
from explainer.store import get_pages

TIMEOUT = 30
OFFLINE_COMMANDS = ("pip install -r requirements.txt", "streamlit run app.py")


@pytest.fixture()
def guide_data() -> dict:
    """content/teachers.toml as plain data, to break on purpose."""
    with (ROOT / "content" / "teachers.toml").open("rb") as handle:
        return tomllib.load(handle)


def rejected(data: dict) -> list[str]:
    """The loader's messages for a teachers' guide that does not validate."""
    with pytest.raises(ValidationError) as error:
        TeacherGuide.model_validate(data)
    return [describe(item, data) for item in error.value.errors(include_url=False)]


PLAN = {"title": "ためしの授業（45分）", "minutes": 45, "goal": "ねらいです。", "hook": "問いかけです。",
        "hook_minutes": 3, "steps": [{"lesson": "sox", "minutes": 35, "activity": "スライドを見ます。"}],
        "wrapup": "まとめです。", "wrapup_minutes": 7}


# ---------------------------------------------------------------- content


def test_repository_guide_validates(content):
    guide = content.teachers
    assert guide is not None
    assert guide.plans and guide.curriculum and guide.devices
    assert 3 <= len(guide.sensitive.points) <= 4


def test_every_plan_adds_up_and_states_its_total(content):
    for plan in content.teachers.plans:
        assert sum(plan.timeline()) == plan.minutes, plan.title
        assert plan.title.endswith(f"（{plan.minutes}分）")
        assert plan.hook and plan.hook_minutes >= 1


def test_a_wrapup_that_names_its_minutes_names_the_right_ones(content):
    """「残り8分：…」 in the text must agree with wrapup_minutes."""
    for plan in content.teachers.plans:
        said = re.match(r"残り(\d+)分", plan.wrapup)
        assert said is None or int(said.group(1)) == plan.wrapup_minutes, plan.title


def test_a_plan_reads_the_article_in_class(content):
    readings = [plan.reading for plan in content.teachers.plans if plan.reading]
    assert readings
    assert all(reading.level in ("easy", "both") and reading.minutes >= 1 for reading in readings)


def test_plan_whose_minutes_do_not_add_up_is_rejected():
    ClassPlan.model_validate(PLAN)
    short = copy.deepcopy(PLAN)
    short["steps"][0]["minutes"] = 30
    with pytest.raises(ValidationError, match=r"the parts add up to 3 \+ 30 \+ 7 = 40, not the plan's 45"):
        ClassPlan.model_validate(short)


def test_reading_time_counts_in_the_total():
    with_reading = copy.deepcopy(PLAN)
    with_reading["reading"] = {"level": "easy", "minutes": 5, "activity": "第73段落を読みます。"}
    with pytest.raises(ValidationError, match=r"3 \+ 5 \+ 35 \+ 7 = 50, not the plan's 45"):
        ClassPlan.model_validate(with_reading)
    with_reading["steps"][0]["minutes"] = 30
    plan = ClassPlan.model_validate(with_reading)
    assert plan.timeline() == (3, 5, 30, 7)
    assert plan.timeline_text({"sox": 2}) == ("導入\u00a03分\u00a0→ 記事を読む\u00a05分\u00a0→ "
                                              "レッスン2\u00a030分\u00a0→ しめくくり\u00a07分\u00a0＝ 合計\u00a045分")


def test_article_reading_takes_only_the_easy_or_both_level():
    plan = copy.deepcopy(PLAN) | {"reading": {"level": "original", "minutes": 5, "activity": "読みます。"}}
    plan["steps"][0]["minutes"] = 30
    with pytest.raises(ValidationError, match="reading.level"):
        ClassPlan.model_validate(plan)


def test_plan_title_must_state_the_total():
    with pytest.raises(ValidationError, match=r"title: must end with the total time （45分）"):
        ClassPlan.model_validate(PLAN | {"title": "ためしの授業（50分）"})


def test_loader_message_names_the_plan(guide_data):
    guide_data["plans"][0]["steps"][0]["minutes"] += 1
    total = guide_data["plans"][0]["minutes"]
    [message] = rejected(guide_data)
    assert message.startswith("plan #1: minutes: the parts add up to ")
    assert message.endswith(f"= {total + 1}, not the plan's {total}")


def test_three_viewpoints_once_each_in_order(content):
    viewpoints = [entry.viewpoint for entry in content.teachers.assessment]
    assert viewpoints == list(VIEWPOINTS)
    assert Counter(viewpoints) == Counter({"知識・技能": 1, "思考・判断・表現": 1, "主体的に学習に取り組む態度": 1})
    assert all(2 <= len(entry.criteria) <= 3 for entry in content.teachers.assessment)


@pytest.mark.parametrize("change", ["duplicate", "missing"])
def test_assessment_without_each_viewpoint_once_is_rejected(guide_data, change):
    entries = guide_data["assessment"]
    if change == "duplicate":
        entries[2]["viewpoint"] = entries[0]["viewpoint"]
    else:
        del entries[1]
    assert rejected(guide_data) == ["field 'assessment': needs one entry for each 観点, in this order: "
                                    "知識・技能 / 思考・判断・表現 / 主体的に学習に取り組む態度"]


def test_assessment_names_only_the_three_viewpoints(guide_data):
    guide_data["assessment"][0]["viewpoint"] = "関心・意欲・態度"
    assert rejected(guide_data) == ["assessment: field 'viewpoint': '関心・意欲・態度' is not one of "
                                    "'知識・技能', '思考・判断・表現' or '主体的に学習に取り組む態度'"]


def test_assessment_entry_has_two_or_three_criteria(guide_data):
    guide_data["assessment"][0]["criteria"] = guide_data["assessment"][0]["criteria"][:1]
    assert rejected(guide_data) == ["assessment: field 'criteria': must have at least 2 items, has 1"]


def test_lessons_and_terms_named_by_the_guide_exist(content):
    """The loader checks the plans' lessons; the newer sections' ids are checked here."""
    guide = content.teachers
    named = [lesson for link in guide.curriculum for lesson in link.lessons]
    named += [lesson for entry in guide.assessment for criterion in entry.criteria for lesson in criterion.lessons]
    named.append(guide.sensitive.lesson)
    assert set(named) <= set(content.lessons)
    assert set(guide.sensitive.terms) <= set(content.glossary)
    assert {"tiananmen", "censorship"} <= set(guide.sensitive.terms)


def test_curriculum_covers_koukyou_and_jouhou_modestly(content):
    curriculum = content.teachers.curriculum
    units = {(link.subject, part) for link in curriculum
             for part in ("市場経済の機能と限界", "金融の働き", "情報社会の問題解決", "知的財産") if part in link.unit}
    assert {("公共", "市場経済の機能と限界"), ("公共", "金融の働き"),
            ("情報Ⅰ", "情報社会の問題解決"), ("情報Ⅰ", "知的財産")} <= units
    assert all("関連" in link.how for link in curriculum)
    assert "公式" in content.teachers.curriculum_note  # says it is not an official mapping


def test_offline_commands_are_the_ones_the_readme_documents(content):
    commands = [command.command for device in content.teachers.devices for command in device.commands]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in OFFLINE_COMMANDS:
        assert command in commands
        assert command in readme


# ---------------------------------------------------------------- the page


def open_guide(near: tuple[str, ...] = ()) -> AppTest:
    """/teachers after its first run; ``near``: the parts the reader has come near (explainer.near)."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    app.switch_page(next(p for p in get_pages() if p.path == "teachers").file)
    app.session_state["near-seen"] = set(near)
    return app.run()


def later_parts(plans: int) -> tuple[str, ...]:
    return (*(f"teachers-plan-{number}" for number in range(2, plans + 1)),
            "teachers-curriculum", "teachers-assessment", "teachers-devices", "teachers-links")


@pytest.fixture(scope="module")
def page(content) -> AppTest:
    """The guide once the reader has scrolled through it."""
    return open_guide(later_parts(len(content.teachers.plans)))


def test_first_visit_draws_the_first_plan_and_every_heading_and_the_rest_when_near(content):
    app = open_guide()
    assert not app.exception
    anchors = [header.proto.anchor for header in app.header]
    assert anchors == ["plans", "curriculum", "assessment", "devices", "discussion", "sensitive", "links"]
    timelines = [str(markdown.value) for markdown in app.markdown if "＝ 合計" in str(markdown.value)]
    assert len(timelines) == 1 and f"合計\u00a0{content.teachers.plans[0].minutes}分" in timelines[0]
    waiting = [e.value for e in app.get("html") if 'class="near-waiting"' in e.value]
    assert len(waiting) == len(later_parts(len(content.teachers.plans)))
    assert not app.code


def test_page_runs(page):
    assert not page.exception, page.exception


def test_page_shows_each_section_heading(page):
    anchors = {header.proto.anchor: header.value for header in page.header}
    for anchor in ("plans", "curriculum", "assessment", "devices", "sensitive", "discussion", "links"):
        assert anchor in anchors, anchor
    subheaders = [subheader.value for subheader in page.subheader]
    assert all(viewpoint in subheaders for viewpoint in VIEWPOINTS)


def test_page_shows_each_plans_timeline(page, content):
    text = "\n".join(str(markdown.value) for markdown in page.markdown)
    for plan in content.teachers.plans:
        assert f"導入\u00a0{plan.hook_minutes}分\u00a0→ " in text
        assert f"\u00a0→ しめくくり\u00a0{plan.wrapup_minutes}分\u00a0＝ 合計\u00a0{plan.minutes}分" in text


def test_page_shows_the_offline_commands_as_code(page):
    code = [block.value for block in page.code]
    for command in OFFLINE_COMMANDS:
        assert command in code
