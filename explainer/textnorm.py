"""Normalisation of Japanese text for forgiving search.

Folds full-width and half-width forms (NFKC), upper and lower case, katakana
to hiragana, and long-vowel marks and punctuation variants, so that
「ＳＯＸ」, 「ﾃﾞｨｰﾌﾟｼｰｸ」 and 「はんどうたい」 all meet their entries.
"""

from __future__ import annotations

import re
import unicodedata

_KATAKANA_START = 0x30A1
_KATAKANA_END = 0x30F6
_KANA_OFFSET = 0x60
# Long-vowel marks, dashes and separators that readers type in many ways.
_IGNORED = re.compile(r"[\sー－—–‐\-・･·．.,，、。()（）「」『』\[\]【】/／_＿'\"“”’]+")
# Invisible and direction-changing characters never carry meaning in a query.
_INVISIBLE = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

MAX_QUERY_LENGTH = 100


def katakana_to_hiragana(text: str) -> str:
    return "".join(
        chr(ord(ch) - _KANA_OFFSET) if _KATAKANA_START <= ord(ch) <= _KATAKANA_END else ch
        for ch in text
    )


def normalize(text: str) -> str:
    """Return the search key of ``text``: NFKC, lower case, hiragana, no long
    vowels, spaces or punctuation."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    text = katakana_to_hiragana(text.casefold())
    return _IGNORED.sub("", text)


def clean_query(raw: object) -> str:
    """A user-supplied query as safe plain text: a string, without control
    characters, at most MAX_QUERY_LENGTH characters."""
    if not isinstance(raw, str):
        return ""
    return _INVISIBLE.sub("", raw).strip()[:MAX_QUERY_LENGTH]
