"""Readability measures for plain Japanese: sentence length and kanji share.

Used by tests to hold the article's やさしい level to its limits
(at most 30 characters per sentence on average, at most 25% kanji).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[。！？!?\n]+")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々〆]")
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]")


@dataclass(frozen=True)
class Readability:
    sentences: int
    chars_per_sentence: float
    kanji_share: float


def split_sentences(text: str) -> list[str]:
    """Split Japanese text into sentences at 。！？ and line breaks."""
    parts = (re.sub(r"\s+", "", p) for p in _SENTENCE_END.split(text))
    return [p for p in parts if p]


def measure(texts: list[str]) -> Readability:
    """Average sentence length (non-space characters) and kanji share among
    Japanese characters (kanji + kana) over all given texts."""
    sentences = [s for t in texts for s in split_sentences(t)]
    joined = "".join(sentences)
    kanji = len(_KANJI.findall(joined))
    japanese = kanji + len(_KANA.findall(joined))
    return Readability(
        sentences=len(sentences),
        chars_per_sentence=(len(joined) / len(sentences)) if sentences else 0.0,
        kanji_share=(kanji / japanese) if japanese else 0.0,
    )
