"""Normalisation and glossary search: a beginner's spelling finds the entry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.glossary import Glossary, gojuon_row
from explainer.schema import GlossaryEntry
from explainer.textnorm import MAX_QUERY_LENGTH, clean_query, katakana_to_hiragana, normalize


def entry(id: str, term: str, reading: str, english: str = "", aliases: tuple[str, ...] = (),
          category: str = "半導体") -> GlossaryEntry:
    return GlossaryEntry(id=id, term=term, reading=reading, english=english or term, category=category,
                         short="テストのこと。", detail=("a", "b"), analogy="x", aliases=aliases)


SMALL = Glossary({e.id: e for e in (
    entry("semiconductor", "半導体", "はんどうたい", "Semiconductor"),
    entry("sox", "フィラデルフィア半導体指数", "ふぃらでるふぃあはんどうたいしすう", "PHLX Semiconductor Index",
          ("SOX", "半導体指数"), "投資・市場"),
    entry("deepseek", "DeepSeek", "でぃーぷしーく", "DeepSeek", ("ディープシーク", "深度求索"), "企業・組織"),
    entry("parameter", "パラメータ", "ぱらめーた", "parameter", ("パラメーター",), "AI技術"),
    entry("gpu", "GPU", "じーぴーゆー", "Graphics Processing Unit"),
)})


@pytest.fixture()
def small() -> Glossary:
    return SMALL


@pytest.mark.parametrize("raw,expected", [
    ("ＳＯＸ", "sox"), ("ﾃﾞｨｰﾌﾟｼｰｸ", "でぃぷしく"), ("ディープシーク", "でぃぷしく"),
    ("パラメーター", "ぱらめた"), ("パラメータ", "ぱらめた"), ("Deep Seek", "deepseek"), ("　ＧＰＵ　", "gpu"),
])
def test_normalize_folds_variants(raw, expected):
    assert normalize(raw) == expected


def test_katakana_to_hiragana():
    assert katakana_to_hiragana("ハンドウタイ・ヴ") == "はんどうたい・ゔ"


@pytest.mark.parametrize("query,expected_first", [
    ("はんどうたい", "semiconductor"), ("ハンドウタイ", "semiconductor"), ("半導体", "semiconductor"),
    ("SOX", "sox"), ("ｓｏｘ", "sox"), ("ＳＯＸ", "sox"), ("ﾃﾞｨｰﾌﾟｼｰｸ", "deepseek"), ("でぃーぷしーく", "deepseek"),
    ("deepseek", "deepseek"), ("深度求索", "deepseek"), ("パラメーター", "parameter"), ("ぱらめーた", "parameter"),
    ("gpu", "gpu"), ("フィラデルフィア", "sox"), ("semiconductor index", "sox"),
])
def test_search_finds_first(small, query, expected_first):
    results = small.search(query)
    assert results and results[0].id == expected_first


def test_whole_name_ranks_before_parts(small):
    assert [e.id for e in small.search("半導体")][:2] == ["semiconductor", "sox"]


def test_category_filter(small):
    assert [e.id for e in small.search("半導体", "投資・市場")] == ["sox"]


def test_no_result_gives_suggestions(small):
    assert small.search("はんどーたいx") == []
    assert "semiconductor" in [e.id for e in small.suggestions("はんどたい")]


def test_gojuon_rows():
    assert [gojuon_row(r) for r in ("あい", "がっこう", "ぱらめーた", "わ", "")] == ["あ", "か", "は", "わ", "他"]


@given(st.text(max_size=300))
def test_any_query_is_safe(query):
    """Any string gives a list (maybe empty) and never an exception."""
    small = SMALL
    cleaned = clean_query(query)
    assert len(cleaned) <= MAX_QUERY_LENGTH
    assert isinstance(small.search(cleaned), list)
    assert isinstance(small.suggestions(cleaned), list)


def test_clean_query_drops_controls_and_bidi():
    assert clean_query("a\u202eb\x00c\u200b") == "abc"
    assert clean_query(None) == "" and clean_query(["x"]) == ""
