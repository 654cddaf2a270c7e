"""A lesson's classroom deck, as authored in its content file (``[[slides]]``).

Each slide states one message as its heading and holds one thing: up to three
short lines, one big number with its meaning and source, one chart, one analogy
with an icon, or one question (predict → answer → reveal: the answer stays
hidden until the teacher reveals it; the class can answer live from their phones
meanwhile, ``explainer.live_ui``). Presenter notes and minutes come from the file;
the schema checks that the minutes add up to the lesson's.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer.quiz import format_answer, shuffled
from explainer.schema import DeckSlide, Lesson, Question


@dataclass(frozen=True)
class Slide:
    """A deck slide ready to show: a question slide carries its question, its choices as shown
    (letters for one- and many-choice questions, shuffled items for an ordering question) and its
    answer with the explanation, for the reveal."""

    deck: DeckSlide
    question: Question | None = None
    choices: tuple[tuple[str, str], ...] = ()
    answer: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return self.deck.kind

    @property
    def heading(self) -> str:
        return self.deck.heading


def choices(question: Question) -> tuple[tuple[str, str], ...]:
    """What a question slide lists, as (mark, text): lettered options, or the items to order, shuffled."""
    if question.kind in ("single", "multiple"):
        return tuple((chr(0x41 + i), option.text) for i, option in enumerate(question.options))
    if question.kind == "order":
        return tuple(("・", item) for item in shuffled(question.items, question.id))
    return ()


def answer_lines(question: Question) -> tuple[str, ...]:
    """The answer and why, for the reveal: the right answer, then its explanation."""
    explain = next((option.explanation for option in question.options if option.correct), question.explanation)
    return (f"答え：{format_answer(question)}", *([explain] if explain else []))


def build_slides(lesson: Lesson) -> list[Slide]:
    """The lesson's deck, each question slide joined to its question."""
    questions = {q.id: q for q in (lesson.guess, *lesson.quiz) if q is not None}
    out = []
    for deck in lesson.slides:
        question = questions.get(deck.question) if deck.kind == "question" else None
        if question is None:
            out.append(Slide(deck))
        else:
            out.append(Slide(deck, question, choices(question), answer_lines(question)))
    return out
