"""A lesson cut into slides for the classroom — from the same content file, no second copy.

One idea per slide: title, the three-line summary, the guess (then its answer),
the analogy, each explanation part (long ones split), each quote, each chart,
each misconception, each quiz question (then its answer), the recap. Every
slide carries presenter notes: talking points and suggested minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from explainer.content import Lesson, Question
from explainer.quiz import format_answer

CHARS_PER_SLIDE = 170  # plain text that fits a 1280×720 slide at classroom size


@dataclass(frozen=True)
class Slide:
    kind: str  # title, text, question, answer, chart, quote
    heading: str
    lines: tuple[str, ...] = ()
    question: Question | None = None
    chart: str = ""
    quote_line: int = 0
    notes: tuple[str, ...] = field(default=())
    minutes: float = 1.0


def _split(paragraphs: tuple[str, ...] | list[str], budget: int = CHARS_PER_SLIDE) -> list[list[str]]:
    """Group paragraphs (split at sentence ends when one is too long) into slide-sized pieces."""
    sentences: list[str] = []
    for paragraph in paragraphs:
        if len(paragraph) <= budget:
            sentences.append(paragraph)
        else:
            sentences.extend(s for s in re.split(r"(?<=[。！？])", paragraph) if s.strip())
    pages: list[list[str]] = [[]]
    used = 0
    for sentence in sentences:
        if pages[-1] and used + len(sentence) > budget:
            pages.append([])
            used = 0
        pages[-1].append(sentence)
        used += len(sentence)
    return [page for page in pages if page]


def _question_slides(question: Question, label: str) -> list[Slide]:
    options = tuple(f"{chr(0x41 + i)}. {o.text}" for i, o in enumerate(question.options))
    if question.kind == "order":
        from explainer.quiz import shuffled

        options = tuple(f"・{item}" for item in shuffled(question.items, question.id))
    explain = [o.explanation for o in question.options if o.correct] + ([question.explanation] if question.explanation else [])
    return [
        Slide("question", label, options, question=question,
              notes=("まず一人で考える時間をとり、となりの人と答えをくらべてもらいます。",), minutes=2),
        Slide("answer", f"{label}：答え", (f"答え：{format_answer(question)}", *explain[:2]), question=question,
              notes=tuple(o.explanation for o in question.options if not o.correct)[:3] or ("答えの理由を確認します。",),
              minutes=1.5),
    ]


def build_slides(lesson: Lesson) -> list[Slide]:
    slides = [Slide("title", lesson.title, (lesson.purpose, f"約{lesson.minutes}分 ・ レベル: {lesson.level}"),
                    notes=("このレッスンで何がわかるようになるかを伝えます。",), minutes=0.5)]
    if lesson.summary:
        slides.append(Slide("text", "一言でいうと", lesson.summary, notes=("3行を読み上げ、今日のゴールにします。",), minutes=1))
    if lesson.guess:
        slides += _question_slides(lesson.guess, "まず予想してみよう")
    for index, page in enumerate(_split(lesson.analogy)):
        slides.append(Slide("text", "たとえ話" + (f"（{index + 1}）" if index else ""), tuple(page),
                            notes=("身近な例にひきよせて話します。",), minutes=1.5))
    for part in lesson.explain:
        pages = _split(part.text)
        for index, page in enumerate(pages):
            suffix = f"（{index + 1}/{len(pages)}）" if len(pages) > 1 else ""
            slides.append(Slide("text", part.heading + suffix, tuple(page), notes=tuple(page), minutes=2))
    for quote in lesson.quotes:
        slides.append(Slide("quote", "記事ではこう書かれている", (f"「{quote.text}」",), quote_line=quote.line,
                            notes=(quote.comment,) if quote.comment else (), minutes=1.5))
    for chart in lesson.charts:
        slides.append(Slide("chart", chart.title, (f"この図からわかること：{chart.takeaway}",), chart=chart.builder,
                            notes=(chart.takeaway, "操作できる部分を動かして、変化を見せます。"), minutes=3))
    for myth in lesson.misconceptions:
        slides.append(Slide("text", "よくある誤解", (f"誤解：{myth.myth}", f"本当は：{myth.truth}"),
                            notes=("「誤解」だけを先に見せて、どこがちがうかを聞いてみます。",), minutes=1.5))
    for number, question in enumerate(lesson.quiz, start=1):
        slides += _question_slides(question, f"確認クイズ Q{number}")
    if lesson.recap:
        for page in _split(lesson.recap):
            slides.append(Slide("text", "まとめ", tuple(page), notes=("今日わかったことを一人ひとつ言ってもらいます。",), minutes=2))
    return slides
