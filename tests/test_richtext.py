"""Rich text: everything escaped, glossary terms marked once, longest match first."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.glossary import Glossary
from explainer.richtext import escape_text, to_html

from .test_search import entry


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


def test_popup_has_definition_and_link(small):
    html = to_html("半導体", small)
    assert 'role="tooltip"' in html and "aria-describedby=" in html
    assert 'href="glossary?term=semiconductor"' in html
    assert "テストのこと。" in html
    tip_id = re.search(r'aria-describedby="([^"]+)"', html).group(1)
    assert f'id="{tip_id}"' in html


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
