"""Readability of plain Japanese: sentence length and kanji share, and the content's limits.

The limits are content rules: ``explainer.content`` runs ``lesson_problems`` and
``article_problems`` with every other check, so ``python -m explainer.validate``
and the tests agree. The article's やさしい level: at most 30 characters per
sentence on average and at most 25% kanji. A lesson's own words (its questions
included, its 発展 boxes not): at most 28 characters a sentence on average, none
over 50, at most 25% kanji, and at most 2,500 characters of teaching text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explainer.outline import lesson_main_text, lesson_prose

if TYPE_CHECKING:
    from explainer.schema import Article, Lesson

_SENTENCE_END = re.compile(r"[。！？!?\n]+")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々〆]")
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]")


@dataclass(frozen=True)
class Readability:
    sentences: int
    chars_per_sentence: float
    kanji_share: float


def split_sentences(text: str) -> list[str]:
    """Split Japanese text into sentences at 。！？ and line breaks (white space and the ** of bold dropped)."""
    parts = (re.sub(r"\s+|\*\*", "", p) for p in _SENTENCE_END.split(text))
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


@dataclass(frozen=True)
class Limits:
    chars_per_sentence: float  # average, at most
    kanji_share: float  # among Japanese characters, at most
    longest_sentence: int | None = None  # characters, at most


LESSON_LIMITS = Limits(chars_per_sentence=28, kanji_share=0.25, longest_sentence=50)
LESSON_MAIN_TEXT_MAX = 2500  # characters of teaching text (questions and 発展 boxes not counted)
ARTICLE_LIMITS = Limits(chars_per_sentence=30, kanji_share=0.25)


def limit_problems(texts: list[str], limits: Limits) -> Iterator[str]:
    """How ``texts`` break ``limits``, in plain words (nothing when they keep them)."""
    result = measure(texts)
    if result.chars_per_sentence > limits.chars_per_sentence:
        yield (f"sentences average {result.chars_per_sentence:.1f} characters, "
               f"the limit is {limits.chars_per_sentence:g} (split long sentences)")
    if result.kanji_share > limits.kanji_share:
        yield (f"kanji are {result.kanji_share:.1%} of the Japanese characters, "
               f"the limit is {limits.kanji_share:.0%} (use everyday words)")
    if limits.longest_sentence:
        for sentence in (s for text in texts for s in split_sentences(text)):
            if len(sentence) > limits.longest_sentence:
                yield f"sentence has {len(sentence)} characters, the limit is {limits.longest_sentence}: 「{sentence}」"


def char_count(texts: list[str]) -> int:
    """Characters a reader reads: white space and the ** of bold not counted."""
    return sum(len(re.sub(r"\s+|\*\*", "", text)) for text in texts)


def lesson_problems(lessons: Iterable[Lesson]) -> Iterator[str]:
    for lesson in lessons:
        where = f"{lesson.file}: lesson '{lesson.id}'"
        for problem in limit_problems(lesson_prose(lesson), LESSON_LIMITS):
            yield f"{where}: {problem}"
        length = char_count(lesson_main_text(lesson))
        if length > LESSON_MAIN_TEXT_MAX:
            yield (f"{where}: the main text has {length} characters, the limit is {LESSON_MAIN_TEXT_MAX} "
                   "(move detail into an explain part's `advanced` box)")


def article_easy_texts(article: Article) -> list[str]:
    """What the やさしい page shows in the app's own words: each section's 3行まとめ and point,
    the plain paragraphs, the summaries of skipped lines, and the number notes."""
    texts: list[str] = []
    for section in article.sections:
        texts += [*section.summary, section.point, *(paragraph.easy for paragraph in section.paragraphs),
                  *(block.easy for block in section.summarized)]
    texts += [text for note in article.numbers for text in (note.title, note.note) if text]
    return texts


def article_problems(article: Article, rel: str) -> Iterator[str]:
    for problem in limit_problems(article_easy_texts(article), ARTICLE_LIMITS):
        yield f"{rel}: the plain (やさしい) version: {problem}"
