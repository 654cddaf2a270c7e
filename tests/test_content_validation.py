"""The content loader accepts the repository's content and rejects broken files
with a message naming the file, the entry and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from explainer.content import ROOT, ContentError, load_content
from explainer.schema import SCHEMA_DIR, json_schemas

GOOD_TERM = """
[[terms]]
id = "{id}"
term = "{term}"
reading = "はんどうたい"
english = "Semiconductor"
category = "半導体"
short = "電気を通したり止めたりできる材料のこと。"
detail = ["一つ目。", "二つ目。"]
analogy = "水道のじゃ口のようなものです。"
related = {related}
lessons = ["chips"]
aliases = {aliases}
"""


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A minimal content tree: the article, one lesson, the lesson's three key words."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "000_7900ca7dd24a6ff2.txt", tmp_path / "seeds")
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "base.toml").write_text("".join(
        GOOD_TERM.replace('"{term}"', f'"{term}"').format(id=term_id, term=term, related="[]", aliases="[]")
        for term_id, term in (("gpu", "GPU"), ("wafer", "ウエハー"), ("memory", "メモリー"))), encoding="utf-8")
    (tmp_path / "content" / "lessons").mkdir(parents=True)
    (tmp_path / "content" / "lessons" / "chips.toml").write_text(
        'id = "chips"\ntitle = "半導体"\nnav_title = "半導体"\norder = 1\nminutes = 10\nlevel = "ふつう"\n'
        'purpose = "**GPU**と**ウエハー**と**メモリー**を見ます。"\nkey_terms = ["gpu", "wafer", "memory"]\n'
        'written = { question = "GPUとはなにか、説明しましょう。", model_answer = "GPUは半導体です。計算をします。", '
        'criteria = ["半導体だと書いている", "計算をすると書いている"], minutes = 5 }\n'
        + MINIMAL_DECK, encoding="utf-8")
    return tmp_path


# Eight slides, ten minutes: the smallest deck a lesson may have.
MINIMAL_DECK = ('[[slides]]\nkind = "title"\nheading = "半導体"\nlines = ["GPUを見ます"]\nnotes = ["始めます。"]\n'
                'minutes = 3\n' + '[[slides]]\nkind = "points"\nheading = "ポイント"\nlines = ["GPUは計算します"]\n'
                'notes = ["話します。"]\nminutes = 1\n' * 7)


def deck_problems(repo: Path, old: str, new: str, count: int = 1) -> list[str]:
    lesson = repo / "content" / "lessons" / "chips.toml"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace(old, new, count), encoding="utf-8")
    return problems(repo)


def test_a_deck_must_add_up_to_the_lessons_minutes(repo):
    where = "content/lessons/chips.toml: lesson 'chips'"
    assert f"{where}: slides: the minutes add up to 11, not the lesson's 10" in deck_problems(
        repo, "minutes = 3", "minutes = 4")


def test_a_slide_holds_three_short_lines_at_most(repo):
    found = deck_problems(repo, 'lines = ["GPUは計算します"]', 'lines = ["一", "二", "三", "四"]')
    assert any("slide #2: field 'lines'" in problem and "at most 3" in problem for problem in found), found
    long_line = "あ" * 31
    found = deck_problems(repo, 'lines = ["一", "二", "三", "四"]', f'lines = ["{long_line}"]')
    assert any("slide #2: field 'lines'" in problem and "at most 30 characters" in problem for problem in found)


def test_a_question_slide_asks_one_of_the_lessons_questions(repo):
    found = deck_problems(repo, 'kind = "points"\nheading = "ポイント"\nlines = ["GPUは計算します"]',
                          'kind = "question"\nheading = "問い"\nquestion = "chips-9"')
    where = "content/lessons/chips.toml: lesson 'chips'"
    assert f"{where}: slides: slide 2 asks 'chips-9', not this lesson's guess or quiz" in found


def write_term(repo: Path, name: str = "chips.toml", id: str = "semiconductor", term: str = "半導体",
               related: str = "[]", aliases: str = "[]", extra: str = "") -> Path:
    path = repo / "glossary" / name
    path.write_text(GOOD_TERM.format(id=id, term=term, related=related, aliases=aliases) + extra, encoding="utf-8")
    return path


def add_to_lesson(repo: Path, toml: str) -> None:
    """Add TOML to the fixture's lesson file, before its deck (so top-level keys stay top-level)."""
    lesson = repo / "content" / "lessons" / "chips.toml"
    text = lesson.read_text(encoding="utf-8")
    at = text.index("[[slides]]")
    lesson.write_text(text[:at] + toml + text[at:], encoding="utf-8")


def problems(repo: Path) -> list[str]:
    with pytest.raises(ContentError) as error:
        load_content(repo)
    return error.value.problems


def test_repository_content_is_valid(content):
    assert len(content.lessons) == 10
    assert list(content.lessons) == ["shock", "sox", "market-cap", "chips", "earnings", "capex",
                                     "tokens", "moe", "open-source", "jevons"]


def test_minimal_tree_loads(repo):
    write_term(repo)
    loaded = load_content(repo)
    assert loaded.glossary["semiconductor"].lessons == ("chips",)


def test_missing_related_term_is_named(repo):
    write_term(repo, related='["xyz"]')
    assert "glossary/chips.toml: term 'semiconductor': related term 'xyz' does not exist" in problems(repo)


def test_missing_field_is_named(repo):
    path = write_term(repo)
    path.write_text(path.read_text(encoding="utf-8").replace('analogy = "水道のじゃ口のようなものです。"\n', ""),
                    encoding="utf-8")
    assert "glossary/chips.toml: term 'semiconductor': field 'analogy': is missing" in problems(repo)


def test_reading_must_be_hiragana(repo):
    path = write_term(repo)
    path.write_text(path.read_text(encoding="utf-8").replace("はんどうたい", "ハンドウタイ"), encoding="utf-8")
    message = "glossary/chips.toml: term 'semiconductor': field 'reading': must be hiragana (and ー) only"
    assert message in problems(repo)


def test_short_definition_form(repo):
    path = write_term(repo)
    path.write_text(path.read_text(encoding="utf-8").replace("材料のこと。", "材料です。"), encoding="utf-8")
    assert "glossary/chips.toml: term 'semiconductor': field 'short': must end with 「のこと。」" in problems(repo)


def test_alias_pointing_at_two_entries(repo):
    write_term(repo, aliases='["チップ"]')
    write_term(repo, name="more.toml", id="chip", term="チップ", aliases="[]")
    assert "glossary/more.toml: term 'chip': alias 'チップ' also names term 'semiconductor'" in problems(repo)


def test_quote_must_be_in_article(repo):
    write_term(repo, extra='article_quote = "この文は記事にありません"\n')
    message = "glossary/chips.toml: term 'semiconductor': field 'article_quote': is not found in the article"
    assert message in problems(repo)


def test_invalid_toml_names_file(repo):
    (repo / "glossary" / "broken.toml").write_text("[[terms]\nid = ", encoding="utf-8")
    found = problems(repo)
    assert len(found) == 1 and found[0].startswith("glossary/broken.toml: not valid TOML:")


def test_lesson_link_errors(repo):
    add_to_lesson(repo, 'next = "nowhere"\nrelated_terms = ["ghost"]\n')
    found = problems(repo)
    assert "content/lessons/chips.toml: lesson 'chips': field 'next': lesson 'nowhere' does not exist" in found
    assert "content/lessons/chips.toml: lesson 'chips': related term 'ghost' does not exist" in found


def test_question_rules(repo):
    add_to_lesson(repo, """
[[quiz]]
id = "chips-1"
kind = "single"
question = "どれ？"
options = [
  { text = "A", correct = true, explanation = "Aです。" },
  { text = "B", correct = true, explanation = "Bです。" },
]
""")
    assert ("content/lessons/chips.toml: lesson 'chips': question 'chips-1': field 'options': "
            "a single-choice question needs exactly one correct option, has 2") in problems(repo)


def test_unknown_chart_and_fact_are_named(repo):
    add_to_lesson(repo, """
[[charts]]
builder = "no_such_chart"
title = "図"
takeaway = "わかること。"
""")
    with pytest.raises(ContentError) as error:
        load_content(repo, chart_names={"sox_path"}, fact_keys=set())
    assert "content/lessons/chips.toml: lesson 'chips': chart 'no_such_chart' does not exist" in error.value.problems


def test_content_cli_reports_problems(repo, monkeypatch, capsys):
    """python -m explainer.validate exits 1 and prints each problem."""
    from explainer import validate

    write_term(repo, related='["xyz"]')
    monkeypatch.setattr(validate, "validate_repository_content", lambda: load_content(repo))
    assert validate.main() == 1
    assert "related term 'xyz' does not exist" in capsys.readouterr().err


def test_key_under_the_wrong_header_is_named(repo):
    add_to_lesson(repo, """
[[misconceptions]]
myth = "誤解"
truth = "本当"
recap = ["まとめのつもり"]
""")
    assert ("content/lessons/chips.toml: lesson 'chips': misconception #1: field 'recap': "
            "is not a known field here (is it under the wrong [[table]] header?)") in problems(repo)


def test_a_broken_file_lists_all_its_problems_at_once(repo):
    path = write_term(repo)
    text = path.read_text(encoding="utf-8")
    text = text.replace('category = "半導体"', 'category = "料理"')
    text = text.replace('analogy = "水道のじゃ口のようなものです。"\n', "")
    path.write_text(text + '\n[[terms.figures]]\ntext = "1兆ドル"\nas_of = 2025\n', encoding="utf-8")
    found = problems(repo)
    where = "glossary/chips.toml: term 'semiconductor'"
    choices = "'投資・市場', 'AI技術', '半導体', '企業・組織' or '社会・法律'"
    assert f"{where}: field 'category': '料理' is not one of {choices}" in found
    assert f"{where}: field 'analogy': is missing" in found
    assert f"{where}: figure #1: field 'source': is missing" in found
    assert f"{where}: figure #1: field 'as_of': must be non-empty text" in found


def test_lesson_text_over_the_readability_limits_is_named(repo):
    long_sentence = "半導体製造装置輸出規制強化影響分析" * 4 + "。"
    add_to_lesson(repo, f'recap = ["{long_sentence}"]\n')
    found = problems(repo)
    where = "content/lessons/chips.toml: lesson 'chips'"
    assert any(p.startswith(f"{where}: sentences average ") for p in found), found
    assert any(p.startswith(f"{where}: kanji are ") for p in found), found
    assert f"{where}: sentence has 68 characters, the limit is 50: 「{long_sentence[:-1]}」" in found


def test_number_question_needs_answer_and_explanation(repo):
    add_to_lesson(repo, """
[[quiz]]
id = "chips-1"
kind = "number"
question = "いくつ？"
""")
    found = problems(repo)
    where = "content/lessons/chips.toml: lesson 'chips': question 'chips-1'"
    assert f"{where}: field 'answer': is missing (a number question needs its answer)" in found
    assert f"{where}: field 'explanation': is missing (number and order questions need an explanation)" in found


def test_lesson_id_must_match_its_file(repo):
    lesson = repo / "content" / "lessons" / "chips.toml"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace('id = "chips"', 'id = "gpu"'), encoding="utf-8")
    assert "content/lessons/chips.toml: lesson 'gpu': field 'id': must equal the file name 'chips'" in problems(repo)


def test_content_is_read_only(content):
    with pytest.raises(TypeError):
        content.lessons["new"] = content.lessons["moe"]
    with pytest.raises(ValidationError):
        content.lessons["moe"].title = "changed"
    assert isinstance(content.lessons["moe"].quiz, tuple)


def test_exported_json_schemas_are_current():
    """content/schema/*.json is what `python -m explainer.schema` writes from the models."""
    written = {path.name: path.read_text(encoding="utf-8") for path in SCHEMA_DIR.glob("*.json")}
    assert written == json_schemas(), "run: python -m explainer.schema"


def test_content_cli_passes_on_the_repository_quietly():
    """The validator runs the same rules as the app and the tests: OK here, with nothing on stderr."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "explainer.validate"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("Content OK:"), done
    assert done.stderr == ""
