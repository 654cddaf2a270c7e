"""Japanese headings that break between phrases from the moment they are drawn.

Chrome breaks a heading between phrases with ``word-break: auto-phrase`` (a port of BudouX), but the app's
stylesheet reaches the browser after Streamlit has drawn the page's heading, and Chrome applied the phrases
up to 0.4 s later still: a heading then gained a line while the reader looked at it, and moved the page's
text under it down (a layout shift of 0.116 at 390 px, seen on a busy machine). So the heading's text
carries its phrases itself: BudouX splits it, and a word joiner (U+2060) between two characters of a phrase,
where a browser could otherwise break a line, keeps the phrase whole. A line may also break after a
clause's end (、：？), and a phrase longer than a line still breaks where it must (Streamlit's headings wrap
long words).
"""

from __future__ import annotations

import functools
import itertools
import re

import budoux

WORD_JOINER = "\u2060"
# Characters next to which a browser may break a line in Japanese text: kana, kanji, full-width forms.
_BREAKS_BESIDE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# After these a line may always break, inside a phrase too (BudouX keeps 「出典：この」 together).
_CLAUSE_ENDS = "、。：？！）」』"


@functools.cache
def _parser() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


@functools.lru_cache(maxsize=256)
def keep_phrases(text: str) -> str:
    """``text`` with a word joiner wherever a line could break inside one of its phrases."""
    joined = []
    for phrase in _parser().parse(text):
        joined.append(phrase[0])
        for before, char in itertools.pairwise(phrase):
            if not (before.isspace() or char.isspace() or before in _CLAUSE_ENDS) and (
                    _BREAKS_BESIDE.match(before) or _BREAKS_BESIDE.match(char)):
                joined.append(WORD_JOINER)
            joined.append(char)
    return "".join(joined)
