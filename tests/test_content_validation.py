"""The content loader accepts the repository's content and rejects broken files
with a message naming the file, the entry and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explainer.content import ROOT, ContentError, load_content

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
    """A minimal content tree: the article, one lesson, an empty glossary."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "000_7900ca7dd24a6ff2.txt", tmp_path / "seeds")
    (tmp_path / "glossary").mkdir()
    (tmp_path / "content" / "lessons").mkdir(parents=True)
    (tmp_path / "content" / "lessons" / "chips.toml").write_text(
        'id = "chips"\ntitle = "半導体"\norder = 1\nminutes = 10\nlevel = "ふつう"\npurpose = "半導体を学びます。"\n',
        encoding="utf-8")
    return tmp_path


def write_term(repo: Path, name: str = "chips.toml", id: str = "semiconductor", term: str = "半導体",
               related: str = "[]", aliases: str = "[]", extra: str = "") -> Path:
    path = repo / "glossary" / name
    path.write_text(GOOD_TERM.format(id=id, term=term, related=related, aliases=aliases) + extra, encoding="utf-8")
    return path


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
    assert "glossary/chips.toml: term 'semiconductor': field 'reading': must be hiragana (and ー) only" in problems(repo)


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
    assert "glossary/chips.toml: term 'semiconductor': field 'article_quote': is not found in the article" in problems(repo)


def test_invalid_toml_names_file(repo):
    (repo / "glossary" / "broken.toml").write_text("[[terms]\nid = ", encoding="utf-8")
    found = problems(repo)
    assert len(found) == 1 and found[0].startswith("glossary/broken.toml: not valid TOML:")


def test_lesson_link_errors(repo):
    lesson = repo / "content" / "lessons" / "chips.toml"
    lesson.write_text(lesson.read_text(encoding="utf-8") + 'next = "nowhere"\nrelated_terms = ["ghost"]\n',
                      encoding="utf-8")
    found = problems(repo)
    assert "content/lessons/chips.toml: lesson 'chips': field 'next': lesson 'nowhere' does not exist" in found
    assert "content/lessons/chips.toml: lesson 'chips': related term 'ghost' does not exist" in found


def test_question_rules(repo):
    lesson = repo / "content" / "lessons" / "chips.toml"
    lesson.write_text(lesson.read_text(encoding="utf-8") + """
[[quiz]]
id = "chips-1"
kind = "single"
question = "どれ？"
options = [
  { text = "A", correct = true, explanation = "Aです。" },
  { text = "B", correct = true, explanation = "Bです。" },
]
""", encoding="utf-8")
    assert ("content/lessons/chips.toml: lesson 'chips': question 'chips-1': field 'options': "
            "a single-choice question needs exactly one correct option, has 2") in problems(repo)


def test_unknown_chart_and_fact_are_named(repo):
    lesson = repo / "content" / "lessons" / "chips.toml"
    lesson.write_text(lesson.read_text(encoding="utf-8") + """
[[charts]]
builder = "no_such_chart"
title = "図"
takeaway = "わかること。"
""", encoding="utf-8")
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
    lesson = repo / "content" / "lessons" / "chips.toml"
    lesson.write_text(lesson.read_text(encoding="utf-8") + """
[[misconceptions]]
myth = "誤解"
truth = "本当"
recap = ["まとめのつもり"]
""", encoding="utf-8")
    assert ("content/lessons/chips.toml: lesson 'chips': misconception #1: field 'recap': "
            "is not a known field here (is it under the wrong [[table]] header?)") in problems(repo)
