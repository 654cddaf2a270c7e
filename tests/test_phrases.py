"""Headings that carry their phrase breaks (explainer.phrases)."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from explainer.phrases import WORD_JOINER, keep_phrases


def lines_can_break_after(text: str) -> list[str]:
    """The pieces of a joined text between which a browser may still break a line: anywhere in Japanese
    text, except at a word joiner and inside a Latin word."""
    pieces = [text[:1]]
    for before, char in itertools.pairwise(text):
        latin_word = before.isascii() and before.isalnum() and char.isascii() and char.isalnum()
        if char == WORD_JOINER or before == WORD_JOINER or latin_word:
            pieces[-1] += char
        else:
            pieces.append(char)
    return [piece.replace(WORD_JOINER, "") for piece in pieces]


def test_a_heading_breaks_only_between_its_phrases_and_after_a_clause():
    assert lines_can_break_after(keep_phrases("株価指数とフィラデルフィア半導体指数")) == [
        "株価指数と", "フィラデルフィア半導体指数"]
    # BudouX keeps 「出典：この」 together; a line may still break after the colon.
    assert lines_can_break_after(keep_phrases("データと出典：このアプリ")) == ["データと", "出典：", "この", "アプリ"]


def test_a_latin_word_keeps_its_letters_as_they_are():
    joined = keep_phrases("MoE（専門家混合）")
    assert joined.startswith("MoE（") and lines_can_break_after(joined) == ["MoE", "（専門家混合）"]


@given(st.text(alphabet="株価とはフィラデルフィアSOXの、？： 1週間", max_size=40))
def test_joining_adds_nothing_but_word_joiners(text):
    joined = keep_phrases(text)
    assert joined.replace(WORD_JOINER, "") == text
    assert WORD_JOINER * 2 not in joined and not joined.startswith(WORD_JOINER)
