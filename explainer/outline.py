"""The lesson outline, described once: a lesson's parts in the order a learner meets them.

このレッスンのことば → 一言でいうと → まず予想してみよう → たとえ話 → (the explanation
parts, each with its optional もっとくわしく（発展） box) → 記事ではこう書かれている →
図で見る → よくある誤解 → まとめ → 確認クイズ.

The page, the print handout, the slides and the readability rules all walk
``lesson_outline``; a new kind of part is added here, once, and each view then
says how it shows that kind. A part whose content is not written is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from explainer.schema import Lesson

PartKind = Literal["key_terms", "summary", "guess", "analogy", "explain", "quotes", "charts", "misconceptions",
                   "recap", "quiz"]


@dataclass(frozen=True)
class Part:
    kind: PartKind
    heading: str
    anchor: str | None  # the part's #anchor on the page (None: no anchor)
    prose: tuple[str, ...]  # the learner's main text here, in the lesson's own words (no quotes of the
    #                         article, no glossary one-liners, no 発展 box)
    items: tuple[Any, ...] = ()  # the part's objects: term ids, explanation, quotes, charts, misconceptions, questions

    @property
    def is_question(self) -> bool:
        return self.kind in ("guess", "quiz")


def lesson_outline(lesson: Lesson) -> Iterator[Part]:
    """The lesson's parts in reading order."""
    yield Part("key_terms", "このレッスンのことば", "words", (), lesson.key_terms)
    if lesson.summary:
        yield Part("summary", "一言でいうと", "summary", lesson.summary)
    if lesson.guess:
        yield Part("guess", "まず予想してみよう", "guess", (lesson.guess.question,), (lesson.guess,))
    if lesson.analogy:
        yield Part("analogy", "たとえ話", "analogy", lesson.analogy)
    for explanation in lesson.explain:
        yield Part("explain", explanation.heading, None, explanation.text, (explanation,))
    if lesson.quotes:
        yield Part("quotes", "記事ではこう書かれている", "quotes",
                   tuple(quote.comment for quote in lesson.quotes if quote.comment), lesson.quotes)
    if lesson.charts:
        yield Part("charts", "図で見る", "charts", tuple(chart.takeaway for chart in lesson.charts), lesson.charts)
    if lesson.misconceptions:
        yield Part("misconceptions", "よくある誤解", "myths",
                   tuple(text for myth in lesson.misconceptions for text in (myth.myth, myth.truth)),
                   lesson.misconceptions)
    if lesson.recap:
        yield Part("recap", "まとめ", "recap", lesson.recap)
    if lesson.quiz:
        yield Part("quiz", "確認クイズ", "quiz", tuple(question.question for question in lesson.quiz), lesson.quiz)


def lesson_prose(lesson: Lesson) -> list[str]:
    """Everything the learner reads in the lesson's own words: its purpose, then each part's prose
    (the questions included)."""
    return [lesson.purpose, *(text for part in lesson_outline(lesson) for text in part.prose)]


def lesson_main_text(lesson: Lesson) -> list[str]:
    """The lesson's teaching text: its prose without the questions (those are counted on their own)."""
    return [lesson.purpose, *(text for part in lesson_outline(lesson) if not part.is_question for text in part.prose)]
