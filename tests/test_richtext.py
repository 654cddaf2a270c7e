"""Rich text: everything escaped, glossary terms marked once, longest match first,
each term a toggletip button with a pop-up id of its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.glossary import Glossary
from explainer.richtext import escape_text, to_html

from .test_search import SMALL, entry


@pytest.fixture()
def small() -> Glossary:
    return Glossary({e.id: e for e in (
        entry("semiconductor", "半導体", "はんどうたい"),
        entry("sox", "フィラデルフィア半導体指数", "ふぃらでるふぃあ", aliases=("SOX",)),
        entry("ai", "AI", "えーあい"),
        entry("openai", "OpenAI", "おーぷんえーあい", aliases=("オープンAI",)),
    )})


def marked(html: str) -> list[str]:
    return re.findall(r'<span class="gl-term"[^>]*>(.*?)</span>', html)


def test_longest_match_wins(small):
    assert marked(to_html("フィラデルフィア半導体指数が下がった。", small)) == ["フィラデルフィア半導体指数"]


def test_only_first_occurrence_is_marked(small):
    assert marked(to_html("半導体と半導体。", small)) == ["半導体"]


def test_seen_set_spans_a_section(small):
    seen: set[str] = set()
    to_html("半導体の話。", small, seen)
    assert marked(to_html("また半導体。", small, seen)) == []


def test_ascii_terms_need_word_boundaries(small):
    assert marked(to_html("OpenAIとオープンAIとAI。", small)) == ["OpenAI", "AI"]
    assert marked(to_html("SOXX と AIR", small)) == []


def test_term_is_a_toggletip_button(small):
    html = to_html("半導体が下がった。", small)
    term = re.search(r'<span class="gl-term" role="button" tabindex="0" aria-expanded="false" '
                     r'aria-controls="([^"]+)">半導体</span>', html)
    assert term, html
    tip = re.search(rf'</span><span class="gl-tip" id="{term.group(1)}" style="display:none">(.*?)</span></span>', html)
    assert tip, "the pop-up follows its term and carries the id the term controls"
    assert tip.group(1) == ('<span class="gl-head">半導体</span>テストのこと。 '
                            '<a href="glossary?term=semiconductor" target="_blank">用語集でくわしく</a>')
    assert 'role="tooltip"' not in html and "aria-describedby" not in html  # it holds a link: not a tooltip


def test_popup_ids_are_unique_when_the_same_text_is_rendered_twice(small):
    text = "半導体とAIとOpenAI。\n\nフィラデルフィア半導体指数。"
    page = to_html(text, small) + to_html(text, small)
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == 8 and len(set(ids)) == 8
    assert sorted(re.findall(r'aria-controls="([^"]+)"', page)) == sorted(ids)


def test_popup_script_survives_the_sanitizer():
    """st.html runs DOMPurify even on allowed scripts; it drops a script whose text has "<" before a letter."""
    script = (Path(__file__).parents[1] / "explainer" / "assets" / "page.js").read_text(encoding="utf-8")
    assert not re.search(r"<[/\w!]", script)


def test_bold_and_paragraphs(small):
    assert to_html("**大事**\n次の行\n\n次の段落") == "<p><strong>大事</strong><br>次の行</p><p>次の段落</p>"


def test_markdown_and_latex_are_neutralised():
    out = escape_text("$589B と $22.6B、[link](javascript:alert(1)) *x* `c`")
    for ch in "$[]*`":
        assert ch not in out


@given(st.text(max_size=200))
def test_no_content_can_inject_html(text):
    html = to_html(text)
    assert "<script" not in html.lower()
    stripped = re.sub(r"</?(p|br|strong)>", "", html)
    assert "<" not in stripped and ">" not in stripped


OWN_MARKUP = re.compile(r'</?(p|br|strong|a|span)>|<span class="(gl|gl-head)">|<span class="gl-term" role="button" '
                        r'tabindex="0" aria-expanded="false" aria-controls="gl-\d+">|<span class="gl-tip" '
                        r'id="gl-\d+" style="display:none">|<a href="glossary\?term=[a-z0-9-]+" target="_blank">')


@given(st.lists(st.sampled_from(["半導体", "GPU", "SOX", "<", ">", "&", '"', "'", "x", "\n", "**"]), max_size=40))
def test_no_content_can_inject_html_around_terms(parts):
    html = to_html("".join(parts), SMALL)
    assert "<" not in OWN_MARKUP.sub("", html) and ">" not in OWN_MARKUP.sub("", html)


def test_a_longer_word_that_is_not_about_the_term_gets_no_pop_up():
    glossary = Glossary({"training": entry("training", "学習", "がくしゅう").model_copy(
        update={"not_within": ("学習指導要領",)})})
    assert marked(to_html("学習指導要領と、AIの学習。", glossary)) == ["学習"]
    assert "学習指導要領" in to_html("学習指導要領と、AIの学習。", glossary).split('<span class="gl">')[0]
