"""One spelling per word: the table in content/STYLE.md is read and applied to content texts."""

from __future__ import annotations

from explainer.content import ROOT
from explainer.schema import GlossaryEntry, Quote
from explainer.spelling import Spelling, spelling_problems, spelling_rules, variants_in

RULES = (Spelling("DeepSeek", "ディープシーク"), Spelling("パラメーター", "パラメータ"), Spelling("株価", "かぶか"))


def test_the_style_sheet_table_is_read():
    rules = spelling_rules(ROOT / "content" / "STYLE.md")
    assert Spelling("DeepSeek", "ディープシーク") in rules
    assert Spelling("株価", "かぶか") in rules
    assert len(rules) >= 20


def test_variants_are_found_outside_quotes_and_first_mention_parentheses():
    assert [r.variant for r in variants_in("ディープシークのかぶか", RULES)] == ["ディープシーク", "かぶか"]
    assert list(variants_in("記事の「ディープシーク」という言葉", RULES)) == []
    assert list(variants_in("DeepSeek（ディープシーク）は中国の会社", RULES)) == []
    assert list(variants_in("DeepSeek（ディープシーク）とディープシーク", RULES)) == [RULES[0]]


def test_a_canonical_form_holding_the_variant_is_not_reported():
    assert list(variants_in("パラメーターの数", RULES)) == []
    assert list(variants_in("パラメータの数", RULES)) == [RULES[1]]


def test_a_variant_holding_the_canonical_form_is_reported():
    ending = (Spelling("のこと。", "ことのこと。"),)
    assert list(variants_in("お金を使うことのこと。", ending)) == [ending[0]]
    assert list(variants_in("お金のこと。", ending)) == []


def test_problems_name_the_entry_and_field_and_skip_quotations_and_aliases():
    entry = GlossaryEntry(id="deepseek", term="DeepSeek", reading="でぃーぷしーく", english="DeepSeek",
                          category="企業・組織", short="中国のAIの会社のこと。",
                          detail=("ディープシークは会社です。", "2つ目。"), analogy="たとえ。",
                          article_quote="ディープシーク", aliases=("ディープシーク",))
    assert list(spelling_problems(entry, "glossary/companies.toml: term 'deepseek'", RULES)) == [
        "glossary/companies.toml: term 'deepseek': field 'detail': write 「DeepSeek」, not 「ディープシーク」"]
    quote = Quote(line=3, text="ディープシークのかぶか", comment="かぶかが下がった")
    expected = ["x.toml: field 'comment': write 「株価」, not 「かぶか」"]
    assert list(spelling_problems(quote, "x.toml", RULES)) == expected
