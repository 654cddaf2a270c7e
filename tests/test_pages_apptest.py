"""Every page runs under Streamlit's AppTest without an exception and shows its heading
and the not-investment-advice note."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from explainer.content import ROOT
from explainer.store import get_content, get_glossary, get_pages

from .conftest import figure_table

PAGES = get_pages()

TIMEOUT = 30


def open_page(path: str, near: tuple[str, ...] = (), **params: str) -> AppTest:
    """Page ``path`` after its first run; ``near``: the parts the reader has already come near (explainer.near)."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for name, value in params.items():
        app.query_params[name] = value
    if near:
        app.session_state["near-seen"] = set(near)
    app.switch_page(next(p for p in PAGES if p.path == path).file)
    return app.run()


def plain(markup: str) -> str:
    """Text of safe HTML as the reader sees it with ふりがな off: no tags, no readings."""
    return re.sub(r"<rt>.*?</rt>|<[^>]+>", "", markup)


def sidebar_progress(app: AppTest) -> list[str]:
    return [element.proto.text for element in app.sidebar.get("progress")]


def all_text(app: AppTest) -> str:
    return "\n".join(str(m.value) for m in app.markdown) + "\n".join(str(c.value) for c in app.caption)


@pytest.mark.parametrize("path", [p.path for p in PAGES], ids=lambda p: p or "home")
def test_page_runs(path):
    app = open_page(path)
    assert not app.exception, app.exception
    assert app.title and app.title[0].value
    assert "投資助言ではありません" in all_text(app)
    # Below the heading, everything is drawn inside the page body (explainer.ui.page): nothing jumps on load.
    outside = [child.type for child in app.main.children.values()
               if child.type not in ("title", "html") and not getattr(child.proto, "id", "").endswith("-page-body")]
    assert outside == []


def test_broken_content_shows_friendly_message(monkeypatch):
    """A content error stops the app with a plain message listing the problems, not a traceback."""
    from explainer import content as content_module

    def broken(*args, **kwargs):
        raise content_module.ContentError(["glossary/x.toml: term 'a': field 'short': is missing"])

    monkeypatch.setattr(content_module, "load_content", broken)
    import explainer.store as store

    monkeypatch.setattr(store, "load_content", broken)
    store.get_content.clear()
    try:
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
        assert not app.exception
        assert "問題がある" in app.error[0].value
        assert "field 'short': is missing" in app.code[0].value
    finally:
        store.get_content.clear()


def test_final_test_page_has_fifteen_questions_and_a_result():
    first_screen = open_page("quiz", seed="7")
    assert len([b for b in first_screen.button if b.key and b.key.endswith("-check")]) == 2  # the rest when near
    app = open_page("quiz", near=tuple(f"quiz-test-{first}" for first in range(3, 40, 4)), seed="7")
    assert not app.exception
    checks = [b for b in app.button if b.key and b.key.endswith("-check")]
    assert len(checks) >= 15
    radio = next(r for r in app.radio if r.key and r.key.endswith("-answer"))
    radio.set_value(0).run()
    app.button(key=radio.key.removesuffix("-answer") + "-check").click().run()
    assert not app.exception
    result = figure_table(app)
    assert result["答えた"].astype(int).sum() == 1 and result["問題数"].astype(int).sum() == len(checks)


def test_sidebar_quiz_count_updates_in_the_run_that_records_the_answer():
    """Answering a lesson question right changes the sidebar's count at once, not on the next page load."""
    lesson = get_content().lessons["sox"]
    question = next(q for q in lesson.quiz if q.kind == "single")
    number = lesson.quiz.index(question) + 1
    app = open_page("sox", near=("sox-quiz",))
    right = next(i for i, option in enumerate(question.options) if option.correct)
    app.radio(key=f"sox-q{number}-answer").set_value(right).run()
    app.button(key=f"sox-q{number}-check").click().run()
    assert not app.exception
    assert sidebar_progress(app) == ["読んだレッスン 0/10\u3000クイズ正解 1問"]


def _in_order(node, found: list) -> list:
    for child in getattr(node, "children", {}).values():
        found.append(child)
        _in_order(child, found)
    return found


@pytest.mark.parametrize("lesson", ["capex", "jevons"])
def test_each_takeaway_sits_right_under_its_chart(lesson):
    """この図からわかること comes between the chart and its source line, not after the source."""
    charts = get_content().lessons[lesson].charts
    app = open_page(lesson, near=tuple(f"{lesson}-{index}-figure" for index in range(len(charts))))
    texts = [(type(e).__name__, plain(str(e.value))) for e in _in_order(app.main, [])
             if type(e).__name__ in ("Markdown", "Html", "Caption")]
    takeaways = [i for i, (_, value) in enumerate(texts) if "この図からわかること" in value]
    assert len(takeaways) == len(charts)
    for i in takeaways:
        kind, value = texts[i + 1]
        assert kind == "Caption" and ("出典" in value or "架空" in value), texts[i + 1]


def test_sources_sends_a_data_table_only_when_its_box_is_opened():
    """Each dataset is there to download, and its table (Streamlit's 1.2 MB table code) waits for the reader."""
    from explainer.datasets import DATASETS

    app = open_page("sources")
    assert not app.exception
    assert len(app.expander) == len(DATASETS)
    assert len(app.dataframe) == 0
    assert len(app.get("download_button")) == len(DATASETS)


def test_a_lesson_draws_its_figures_and_quiz_when_the_reader_comes_near():
    """Until the reader comes near (the browser reports it; explainer.near), a figure's and the quiz's places hold
    a box, so the first visit loads no code for their widgets; once near, the real ones are drawn there."""
    app = open_page("capex")
    waiting = " ".join(plain(e.value) for e in app.get("html") if "near-waiting" in e.value)
    assert "グラフを用意しています" in waiting and "クイズを用意しています" in waiting
    assert not [w for w in app.radio if w.key.startswith("capex-q")] and not app.slider and not app.get("plotly_chart")
    app = open_page("capex", near=("capex-quiz", "capex-0-figure"))
    assert not app.exception
    assert [w for w in app.radio if w.key.startswith("capex-q")] and app.get("plotly_chart")


def test_the_glossary_list_draws_a_screenful_at_once_and_each_row_when_the_reader_comes_near():
    from explainer.glossary import ROW_KEYS, gojuon_row
    from explainer.glossary_view import FIRST_SCREEN_ENTRIES, entry_label

    glossary = get_glossary()
    first_row = sum(gojuon_row(entry.reading) == "あ" for entry in glossary.ordered)
    assert first_row > FIRST_SCREEN_ENTRIES  # so the first row is split: a screenful now, the rest later
    app = open_page("glossary")
    assert [e.label for e in app.expander] == [entry_label(e) for e in glossary.ordered[:FIRST_SCREEN_ENTRIES]]
    assert sum("用語を用意しています" in plain(e.value) for e in app.get("html")) == len(
        {gojuon_row(entry.reading) for entry in glossary.ordered})
    assert len(open_page("glossary", near=("glossary-row-a",)).expander) == first_row
    # A row is known by its name (not its place in the list, which a category changes).
    ka_row = sum(gojuon_row(entry.reading) == "か" for entry in glossary.ordered)
    assert len(open_page("glossary", near=("glossary-row-ka",)).expander) == FIRST_SCREEN_ENTRIES + ka_row
    rows = tuple(f"glossary-row-{key}" for key in ROW_KEYS.values())
    assert len(open_page("glossary", near=rows).expander) == len(glossary.entries)
    assert len(open_page("glossary", q="はんどうたい").expander) >= 1  # search results: all at once


def test_the_lesson_handout_ends_its_questions_with_the_written_one_and_answers_it():
    lesson = get_content().lessons["sox"]
    app = open_page("sox", mode="print")
    assert not app.exception
    markup = plain(" ".join(str(e.value) for e in app.get("html")))
    question = markup.index(lesson.written.question)
    answers = markup.index("解答例")
    assert question < answers and lesson.written.model_answer in markup[answers:]


def test_a_slide_button_steps_from_the_slide_in_the_address_not_from_the_one_it_was_drawn_with():
    app = open_page("moe", mode="present", slide="5")
    assert "スライド 5 /" in " ".join(str(e.value) for e in app.get("html"))
    # A key pressed while slide 7 is still being drawn reaches the button drawn for slide 5.
    app.query_params["slide"] = "7"
    app.button(key="slide-back").click().run()
    assert app.query_params["slide"] == "6"
    app.button(key="slide-next").click().run()
    app.button(key="slide-next").click().run()
    assert app.query_params["slide"] == "8"


def test_a_bad_furigana_value_gets_a_notice_that_stays_long_enough_to_read_and_changes_nothing():
    from explainer.progress_store import NOTICE_SECONDS

    app = open_page("sox", furigana="<b>yes</b>")
    assert not app.exception
    [notice] = app.toast
    assert "「furigana=<b>yes</b>」は使えない値なので" in notice.value  # shown as text: a toast is not HTML
    assert notice.proto.duration == NOTICE_SECONDS > 4  # Streamlit's default toast goes after 4 s
    assert "furigana" not in app.query_params


def test_the_readings_table_for_widget_labels_comes_with_every_run_while_furigana_is_on():
    """Not once per session: when a run starts, Streamlit drops what the run before it has not sent yet, so a
    table sent only once could be lost for the whole session (seen in a browser under load)."""
    def tables(app: AppTest) -> int:
        return sum("__furiTable = {" in element.proto.body for element in app.get("html"))

    app = open_page("sox", furigana="1")
    assert tables(app) == 1
    assert tables(app.run()) == 1
    assert tables(open_page("sox", furigana="0")) == 0


def test_a_lessons_guess_is_answered_with_one_tap_on_a_choice_that_then_stands_out():
    """The guess has no check button: a tap on a choice answers it, every option's explanation follows, and the
    tapped choice is marked in that same run; another tap changes the answer."""
    guess = get_content().lessons["sox"].guess
    right = next(index for index, option in enumerate(guess.options) if option.correct)
    wrong = next(index for index, option in enumerate(guess.options) if not option.correct)
    app = open_page("sox")
    choices = [b for b in app.button if b.key.startswith("sox-guess-")]
    assert [b.label for b in choices] == [f"{letter}. {option.text}"
                                          for letter, option in zip("ABCD", guess.options, strict=False)]
    assert not app.warning and not app.success
    app.button(key=f"sox-guess-{wrong}").click().run()
    assert [b.proto.type for b in app.button if b.key.startswith("sox-guess-")] == [
        "primary" if index == wrong else "secondary" for index in range(len(guess.options))]
    assert app.warning and not app.success
    shown = plain(" ".join(e.value for e in app.get("html")))
    assert all(plain(option.explanation)[:20] in shown for option in guess.options)
    app.button(key=f"sox-guess-{right}").click().run()
    assert app.success and not app.warning
    assert app.button(key=f"sox-guess-{right}").proto.type == "primary"


def test_resetting_the_records_asks_first_and_keeps_the_reading_aids():
    """「記録をリセットする」 asks before it clears; やめる keeps everything; はい、消します clears the lessons,
    scores and review list but keeps ふりがな and the read-aloud speed."""
    from explainer.progress import Progress

    kept = Progress(furigana=True, slow_speech=True)
    kept.mark_read("sox")
    kept.record_score("sox", 2, 3)
    kept.record_answer("sox-q1", False)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    app.session_state["progress"] = kept
    app.run()
    app.button(key="reset-ask").click().run()
    assert "もどせません" in app.warning[0].value
    app.button(key="reset-no").click().run()
    assert not app.warning and app.session_state["progress"] == kept
    app.button(key="reset-ask").click().run()
    app.button(key="reset-yes").click().run()
    assert not app.exception and not app.warning
    assert app.session_state["progress"] == Progress(furigana=True, slow_speech=True)
    assert sidebar_progress(app) == ["読んだレッスン 0/10\u3000クイズ正解 0問"]


@pytest.mark.parametrize(("path", "params"), [("summary", {}), ("sox", {"mode": "print"})])
def test_a_print_view_draws_its_heading_at_once_before_its_body(path, params):
    """Drawn inside the body, a heading is painted while the body is still closed and never counts as the
    page's largest paint; before it, it is there at once, as on every other page."""
    app = open_page(path, **params)
    types = [child.type for child in app.main.children.values()]
    assert types.count("title") == 1 and not app.get("title")[1:], types
