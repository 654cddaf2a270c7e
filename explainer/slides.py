"""A lesson cut into slides for the classroom — from the same content file, no second copy.

One idea per slide, following the lesson outline: a title slide, then per part
the summary, the guess, the analogy and explanations (long ones split), each
quote, each chart, each misconception, the recap, each quiz question. A question
slide holds its answer hidden until the teacher reveals it (predict → answer →
reveal; the class can answer live from their phones meanwhile, ``explainer.live_ui``).
Every slide carries presenter notes: talking points and suggested minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from explainer.outline import Part, lesson_outline
from explainer.quiz import format_answer, shuffled
from explainer.schema import Lesson, Question

CHARS_PER_SLIDE = 170  # plain text that fits a 1280×720 slide at classroom size


@dataclass(frozen=True)
class Slide:
    kind: str  # title, terms (lines are glossary ids), text, question, chart, quote
    heading: str
    lines: tuple[str, ...] = ()
    answer: tuple[str, ...] = ()  # a question slide's answer and explanation, shown when revealed
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
        options = tuple(f"・{item}" for item in shuffled(question.items, question.id))
    explain = [option.explanation for option in question.options if option.correct]
    explain += [question.explanation] if question.explanation else []
    wrong = tuple(option.explanation for option in question.options if not option.correct)
    notes = ("まず一人で考える時間をとり、となりの人と答えをくらべてもらいます。答えは「答えを見せる」で出ます。",
             *wrong[:3])
    answer = (f"答え：{format_answer(question)}", *explain[:2])
    return [Slide("question", label, (question.question, *options), answer=answer, question=question, notes=notes,
                  minutes=3)]


def _text_slides(part: Part, notes: tuple[str, ...], minutes: float) -> list[Slide]:
    """The part's prose cut into slide-sized pages; headings are numbered when there are several."""
    pages = _split(part.prose)
    return [Slide("text", part.heading + (f"（{index + 1}/{len(pages)}）" if len(pages) > 1 else ""), tuple(page),
                  notes=notes or tuple(page), minutes=minutes)
            for index, page in enumerate(pages)]


def _part_slides(part: Part) -> list[Slide]:
    if part.kind == "key_terms":
        return [Slide("terms", part.heading, part.items, notes=("言葉の意味は、このあと1つずつ出てきます。",),
                      minutes=0.5)]
    if part.kind == "summary":
        return [Slide("text", part.heading, part.prose, notes=("3行を読み上げ、今日のゴールにします。",), minutes=1)]
    if part.kind == "guess":
        return _question_slides(part.items[0], part.heading)
    if part.kind == "analogy":
        return _text_slides(part, ("身近な例にひきよせて話します。",), 1.5)
    if part.kind == "explain":
        return _text_slides(part, (), 2)
    if part.kind == "recap":
        return _text_slides(part, ("今日わかったことを一人ひとつ言ってもらいます。",), 2)
    if part.kind == "quotes":
        return [Slide("quote", part.heading, (f"「{quote.text}」",), quote_line=quote.line,
                      notes=(quote.comment,) if quote.comment else (), minutes=1.5) for quote in part.items]
    if part.kind == "charts":
        return [Slide("chart", chart.title, (f"この図からわかること：{chart.takeaway}",), chart=chart.builder,
                      notes=(chart.takeaway, "操作できる部分を動かして、変化を見せます。"), minutes=3)
                for chart in part.items]
    if part.kind == "misconceptions":
        return [Slide("text", part.heading, (f"誤解：{myth.myth}", f"本当は：{myth.truth}"),
                      notes=("「誤解」だけを先に見せて、どこがちがうかを聞いてみます。",), minutes=1.5)
                for myth in part.items]
    return [slide for number, question in enumerate(part.items, start=1)
            for slide in _question_slides(question, f"{part.heading} Q{number}")]


def build_slides(lesson: Lesson) -> list[Slide]:
    """The lesson's slides: a title slide, then each part of the outline in order."""
    title = Slide("title", lesson.title, (lesson.purpose, f"約{lesson.minutes}分 ・ レベル: {lesson.level}"),
                  notes=("このレッスンで何がわかるようになるかを伝えます。",), minutes=0.5)
    return [title, *(slide for part in lesson_outline(lesson) for slide in _part_slides(part))]
