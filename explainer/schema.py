"""The content schema: every field of every content file, declared once.

Each kind of TOML file has one pydantic model (``GlossaryFile``, ``Lesson``,
``Article``, ``FinalQuiz``, ``TeacherGuide``) that states its fields, their
types, allowed choices and the rules within one entry. The validated models are
the objects the app reads: frozen, with tuples instead of lists. Rules that look
across files (a quote exists in the article, a related id exists) live in
``explainer.content``.

``python -m explainer.schema`` writes each model's JSON Schema to
``content/schema/`` so a TOML editor can autocomplete and check the files.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    Strict,
    StrictBool,
    StrictInt,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

CATEGORIES = ("投資・市場", "AI技術", "半導体", "企業・組織", "社会・法律")
SHORT_MAX = 60
NAV_TITLE_MAX = 16
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "content" / "schema"


def _check(test: Any, message: str) -> Any:
    """Validator factory: keep the value when ``test(value)`` holds, else fail with ``message``."""

    def validate(value: Any) -> Any:
        if not test(value):
            raise ValueError(message)
        return value

    return validate


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


Text = Annotated[str, Strict(), StringConstraints(strip_whitespace=True, min_length=1)]
"""Non-empty reader-facing text (surrounding white space is dropped)."""
OptionalText = Annotated[str, Strict(), StringConstraints(strip_whitespace=True)]
Texts = Annotated[tuple[Text, ...], BeforeValidator(_one_or_many)]
"""A list of non-empty texts; a single text is read as a list of one."""
Id = Annotated[str, Strict(), AfterValidator(_check(
    lambda v: v and all(part and part.isascii() and part.isalnum() and part == part.lower() for part in v.split("-")),
    "must be lower-case ASCII letters, digits and hyphens"))]
Reading = Annotated[str, Strict(), AfterValidator(_check(
    lambda v: v and all("ぁ" <= c <= "ゖ" or c == "ー" for c in v), "must be hiragana (and ー) only"))]
LineNumber = Annotated[StrictInt, Field(ge=1)]
Number = Annotated[float, Strict()]


# How an entry of a list of tables is named in messages: by its key field, else by position.
ENTRY_NAMES = {
    "terms": ("term", "id"), "quiz": ("question", "id"), "questions": ("question", "id"),
    "sections": ("section", "id"), "paragraphs": ("paragraph line", "line"), "numbers": ("number", "text"),
    "quotes": ("quote line", "line"), "figures": ("figure", None), "options": ("option", None),
    "charts": ("chart", None), "explain": ("explain", None), "misconceptions": ("misconception", None),
    "summarized": ("summarized", None), "plans": ("plan", None), "steps": ("step", None),
    "slides": ("slide", None),
}


def entry_name(field: str, index: int, get: Callable[[str], Any]) -> str:
    """``term 'sox'``, ``paragraph line 25`` or ``figure #2``: entry ``index`` of list ``field``;
    ``get(key)`` reads the entry's key field (None when absent)."""
    label, key = ENTRY_NAMES.get(field, (field, None))
    value = get(key) if key else None
    if value is None:
        return f"{label} #{index + 1}"
    return f"{label} {value}" if key == "line" else f"{label} '{value}'"


class Model(BaseModel):
    """Base of every content model: unknown fields are errors; objects are read-only."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# ---------------------------------------------------------------- glossary


class Figure(Model):
    """A dated figure with its source, shown in a glossary entry."""

    text: Text
    source: Text
    as_of: Text


class GlossaryEntry(Model):
    id: Id
    term: Text = Field(description="The headword")
    reading: Reading = Field(description="Hiragana reading of the headword")
    english: Text
    category: Literal[CATEGORIES]
    short: Annotated[Text, AfterValidator(_check(lambda v: v.endswith("のこと。"), "must end with 「のこと。」")),
                     AfterValidator(_check(lambda v: len(v) <= SHORT_MAX, f"must be at most {SHORT_MAX} characters"))]
    detail: Annotated[Texts, Field(min_length=2, max_length=4)]
    analogy: Text
    article_quote: OptionalText = Field("", description="An exact passage of the article (optional)")
    related: tuple[Id, ...] = ()
    lessons: tuple[Id, ...] = ()
    aliases: Texts = ()
    not_within: Texts = Field((), description="Longer words holding the term that are not about it "
                                              "(学習指導要領 is not AI 学習): no pop-up there")
    figures: tuple[Figure, ...] = ()

    @model_validator(mode="after")
    def _not_within_holds_the_term(self) -> GlossaryEntry:
        names = (self.term, *self.aliases)
        for word in self.not_within:
            if not any(name in word for name in names):
                raise ValueError(f"not_within: 「{word}」 holds neither the term nor an alias")
        return self

    _file: str = PrivateAttr("")
    _article_line: int | None = PrivateAttr(None)

    @property
    def file(self) -> str:
        return self._file

    @property
    def article_line(self) -> int | None:
        """The article line (paragraph) holding ``article_quote``."""
        return self._article_line


class GlossaryFile(Model):
    terms: tuple[GlossaryEntry, ...]


# ---------------------------------------------------------------- questions

QuestionKind = Literal["single", "multiple", "number", "order"]


class Option(Model):
    text: Text
    correct: StrictBool = False
    explanation: Text


class Question(Model):
    """One quiz question. ``kind`` decides which answer fields are used:
    single/multiple use ``options``; number uses ``answer``, ``tolerance`` and
    ``unit``; order uses ``items`` (written in the correct order)."""

    id: Id
    kind: QuestionKind
    question: Text
    explanation: OptionalText = Field("", validate_default=True)
    options: tuple[Option, ...] = Field((), validate_default=True)
    answer: Number | None = Field(None, validate_default=True)
    tolerance: Annotated[Number, Field(ge=0)] = 0.0
    unit: OptionalText = ""
    items: Texts = Field((), validate_default=True)
    order_by: OptionalText = Field("", validate_default=True,
                                   description="Order questions: the order asked for, e.g. 古い順, 大きい順")
    lesson: OptionalText = ""

    @field_validator("explanation")
    @classmethod
    def _explained(cls, value: str, info: ValidationInfo) -> str:
        if not value and info.data.get("kind") in ("number", "order"):
            raise ValueError("is missing (number and order questions need an explanation)")
        return value

    @field_validator("options")
    @classmethod
    def _options_fit_kind(cls, options: tuple[Option, ...], info: ValidationInfo) -> tuple[Option, ...]:
        kind = info.data.get("kind")
        if kind not in ("single", "multiple"):
            return options
        right = sum(option.correct for option in options)
        if len(options) < 2:
            raise ValueError("needs at least two options")
        if kind == "single" and right != 1:
            raise ValueError(f"a single-choice question needs exactly one correct option, has {right}")
        if kind == "multiple" and right < 1:
            raise ValueError("a multiple-choice question needs at least one correct option")
        return options

    @field_validator("answer")
    @classmethod
    def _answer_for_numbers(cls, answer: float | None, info: ValidationInfo) -> float | None:
        if answer is None and info.data.get("kind") == "number":
            raise ValueError("is missing (a number question needs its answer)")
        return answer

    @field_validator("items")
    @classmethod
    def _items_for_order(cls, items: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        if info.data.get("kind") == "order":
            if len(items) < 3:
                raise ValueError("an ordering question needs at least three items")
            if len(set(items)) != len(items):
                raise ValueError("items must differ from each other")
        return items

    @field_validator("order_by")
    @classmethod
    def _order_named(cls, order_by: str, info: ValidationInfo) -> str:
        if not order_by and info.data.get("kind") == "order":
            raise ValueError("is missing (say which order: 古い順, 大きい順 …)")
        return order_by


class FinalQuiz(Model):
    """content/quiz.toml: the final test; every question names its lesson."""

    questions: tuple[Question, ...]


# ---------------------------------------------------------------- lessons


class Quote(Model):
    line: LineNumber = Field(description="Article line (paragraph) number, as in the #pN anchors")
    text: Text = Field(description="An exact passage of that line")
    comment: OptionalText = ""


class ChartSpec(Model):
    builder: Text = Field(description="A figure name from explainer/interactives.py")
    title: Text
    takeaway: Text


class Explanation(Model):
    heading: Text
    text: Texts
    advanced: Texts = Field((), description="もっとくわしく（発展）: detail for the curious, shown collapsed, "
                                            "not counted in the readability limits, not asked in the quiz")


class Misconception(Model):
    myth: Text
    truth: Text


SlideKind = Literal["title", "points", "number", "chart", "analogy", "question"]
SLIDE_HEADING_MAX = 22  # one line of the slide heading at classroom size
SLIDE_LINE_MAX = 30  # one line of slide body text (4 % of the screen height) on a 16:9 projector
SLIDE_NUMBER_MAX = 12
DECK_SLIDES = (8, 14)
# What each kind of slide holds: (fields it needs, fields it must leave empty, (fewest, most) body lines).
_SLIDE_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[int, int]]] = {
    "title": ((), ("number", "source", "chart", "icon", "question"), (1, 3)),
    "points": ((), ("number", "source", "chart", "icon", "question"), (1, 3)),
    "number": (("number", "source"), ("chart", "icon", "question"), (1, 2)),
    "chart": (("chart",), ("number", "source", "icon", "question"), (1, 1)),
    "analogy": (("icon",), ("number", "source", "chart", "question"), (1, 3)),
    "question": (("question",), ("number", "source", "chart", "icon"), (0, 0)),
}


def _shown_length(text: str) -> int:
    return len(text.replace("**", ""))


SlideLine = Annotated[Text, AfterValidator(_check(
    lambda v: _shown_length(v) <= SLIDE_LINE_MAX,
    f"must be at most {SLIDE_LINE_MAX} characters (one line on a slide)"))]
IconName = Annotated[str, Strict(), AfterValidator(_check(
    lambda v: not v or (v.isascii() and all(c.islower() or c.isdigit() or c == "_" for c in v)),
    "must be a Material Symbols name such as confirmation_number"))]


class DeckSlide(Model):
    """One slide of a lesson's classroom deck: one message as its heading and one of —
    up to three short lines (title, points), one big number with its meaning and source (number),
    one chart with its takeaway (chart), one analogy with an icon (analogy), or one question (question)."""

    kind: SlideKind
    heading: Annotated[Text, AfterValidator(_check(
        lambda v: _shown_length(v) <= SLIDE_HEADING_MAX, f"must be at most {SLIDE_HEADING_MAX} characters"))]
    lines: Annotated[tuple[SlideLine, ...], BeforeValidator(_one_or_many), Field(max_length=3)] = ()
    number: Annotated[OptionalText, AfterValidator(_check(
        lambda v: len(v) <= SLIDE_NUMBER_MAX, f"must be at most {SLIDE_NUMBER_MAX} characters"))] = ""
    source: OptionalText = Field("", description="Where the big number comes from (a data file and date)")
    chart: OptionalText = Field("", description="A chart of this lesson's [[charts]] (its builder name)")
    icon: IconName = Field("", description="Material Symbols icon for an analogy")
    question: OptionalText = Field("", description="Id of this lesson's guess or of one of its quiz questions")
    notes: Annotated[Texts, Field(min_length=1)] = Field(description="Presenter notes: what to say or ask")
    minutes: Annotated[Number, Field(ge=0.5, le=4)] = Field(description="Suggested minutes, in steps of 0.5")

    @model_validator(mode="after")
    def _fits_kind(self) -> DeckSlide:
        needs, empty, (fewest, most) = _SLIDE_KINDS[self.kind]
        missing = [name for name in needs if not getattr(self, name)]
        if missing:
            raise ValueError(f"a {self.kind} slide needs {', '.join(missing)}")
        extra = [name for name in empty if getattr(self, name)]
        if extra:
            raise ValueError(f"a {self.kind} slide has no {', '.join(extra)}")
        if not fewest <= len(self.lines) <= most:
            raise ValueError(f"a {self.kind} slide has {fewest}–{most} lines, not {len(self.lines)}")
        if self.minutes * 2 != int(self.minutes * 2):
            raise ValueError("minutes go in steps of 0.5")
        return self


class WrittenQuestion(Model):
    """記述: the lesson's one written question on the worksheet, answered in the student's own words
    (思考・判断・表現); the answer key shows the model answer and what a good answer contains."""

    question: Text = Field(description="Asks the student to explain something in their own words")
    model_answer: Text = Field(description="2–4 plain sentences a student could write; every fact from this lesson")
    criteria: Annotated[Texts, Field(min_length=2, max_length=4)] = Field(
        description="よい答えにふくまれること: 2–4 short points the teacher marks with")
    minutes: Annotated[StrictInt, Field(ge=3, le=10)] = Field(
        description="Suggested writing time in minutes; sizes the writing space on the worksheet")

    @field_validator("model_answer")
    @classmethod
    def _two_to_four_sentences(cls, answer: str) -> str:
        sentences = [s for s in answer.replace("！", "。").replace("？", "。").split("。") if s.strip()]
        if not 2 <= len(sentences) <= 4:
            raise ValueError(f"must be 2–4 sentences, has {len(sentences)}")
        return answer

    @field_validator("criteria")
    @classmethod
    def _short_points(cls, criteria: tuple[str, ...]) -> tuple[str, ...]:
        for point in criteria:
            if len(point) > SHORT_MAX:
                raise ValueError(f"each point is at most {SHORT_MAX} characters: 「{point}」")
        return criteria


class Lesson(Model):
    id: Id = Field(description="Equals the file name and the page's URL path")
    title: Text
    nav_title: Annotated[Text, Field(max_length=NAV_TITLE_MAX, description="Short title for the menu")]
    order: StrictInt
    minutes: Annotated[StrictInt, Field(ge=1)]
    level: Literal["はじめて", "ふつう", "すこし発展"]
    purpose: Text
    key_terms: Annotated[tuple[Id, ...], Field(min_length=3, max_length=6,
                                                description="このレッスンのことば: glossary ids, bold where defined")]
    summary: Annotated[Texts, Field(min_length=1, max_length=3)] = ()
    guess: Question | None = None
    analogy: Texts = ()
    explain: tuple[Explanation, ...] = ()
    quotes: tuple[Quote, ...] = ()
    charts: tuple[ChartSpec, ...] = ()
    misconceptions: tuple[Misconception, ...] = ()
    recap: Texts = ()
    quiz: tuple[Question, ...] = ()
    written: WrittenQuestion = Field(
        description="記述: the worksheet's written question, its model answer and what a good answer contains")
    related_terms: tuple[Id, ...] = ()
    next: Id | None = None
    slides: Annotated[tuple[DeckSlide, ...], Field(min_length=DECK_SLIDES[0], max_length=DECK_SLIDES[1])] = Field(
        description="The classroom deck (?mode=present): a title slide first, minutes adding up to the lesson's")
    _file: str = PrivateAttr("")

    @model_validator(mode="after")
    def _deck_fits_lesson(self) -> Lesson:
        if self.slides[0].kind != "title":
            raise ValueError("slides: the first slide is the title slide")
        total = sum(slide.minutes for slide in self.slides)
        if total != self.minutes:
            raise ValueError(f"slides: the minutes add up to {total:g}, not the lesson's {self.minutes}")
        questions = {q.id for q in (self.guess, *self.quiz) if q is not None}
        charts = {chart.builder for chart in self.charts}
        for number, slide in enumerate(self.slides, start=1):
            if slide.kind == "question" and slide.question not in questions:
                raise ValueError(f"slides: slide {number} asks '{slide.question}', not this lesson's guess or quiz")
            if slide.kind == "chart" and slide.chart not in charts:
                raise ValueError(f"slides: slide {number} shows '{slide.chart}', not one of this lesson's charts")
        return self

    @property
    def file(self) -> str:
        return self._file

    @model_validator(mode="before")
    @classmethod
    def _questions_belong_to_lesson(cls, data: Any) -> Any:
        """A lesson's questions carry its id (the final test names the lesson itself)."""
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            return data
        data = dict(data)
        if isinstance(data.get("guess"), dict):
            data["guess"] = {"lesson": data["id"], **data["guess"]}
        if isinstance(data.get("quiz"), list):
            data["quiz"] = [{"lesson": data["id"], **q} if isinstance(q, dict) else q for q in data["quiz"]]
        return data



# ---------------------------------------------------------------- article


class Paragraph(Model):
    line: LineNumber
    kind: Literal["報道（引用）", "筆者の意見", "読者のコメント"]
    easy: Text = Field(description="The same paragraph in plain Japanese")
    _text: str = PrivateAttr("")

    @property
    def text(self) -> str:
        """The paragraph as published (the article's line)."""
        return self._text


class Summarized(Model):
    """Article lines shown only as a one-line summary."""

    first_line: LineNumber
    last_line: LineNumber
    easy: Text


class Section(Model):
    id: Id
    title: Text
    first_line: LineNumber
    last_line: LineNumber
    summary: Annotated[Texts, Field(min_length=3, max_length=3)]
    point: Text
    lessons: tuple[Id, ...] = ()
    _paragraphs: tuple[Paragraph, ...] = PrivateAttr(())
    _summarized: tuple[Summarized, ...] = PrivateAttr(())

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return self._paragraphs

    @property
    def summarized(self) -> tuple[Summarized, ...]:
        return self._summarized


class NumberNote(Model):
    """A figure in the article's text that opens real data."""

    line: LineNumber
    text: Text = Field(description="An exact passage of that line")
    title: Text
    facts: tuple[Text, ...] = Field((), description="Keys of data/facts.csv")
    chart: OptionalText = ""
    note: OptionalText = ""


class Article(Model):
    """content/article.toml: sections, paragraph annotations and number notes."""

    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    summarized: tuple[Summarized, ...] = ()
    numbers: tuple[NumberNote, ...] = ()
    _lines: tuple[str, ...] = PrivateAttr(())

    @property
    def lines(self) -> tuple[str, ...]:
        """The article as published, line by line (``lines[0]`` is line 1)."""
        return self._lines



# ---------------------------------------------------------------- teachers


Minutes = Annotated[StrictInt, Field(ge=1)]
VIEWPOINTS = ("知識・技能", "思考・判断・表現", "主体的に学習に取り組む態度")
"""The three 観点 of 観点別学習状況の評価, in the order a Japanese school writes them."""


class PlanStep(Model):
    lesson: Id
    minutes: Minutes
    activity: Text


class ArticleReading(Model):
    """Time in class to read the original article on /article, right after the plan's hook."""

    level: Literal["easy", "both"] = Field(description="/article?level=: easy (やさしい) or both (両方)")
    minutes: Minutes
    activity: Text = Field(description="What to read (記事の第N段落) and what to look for")


class ClassPlan(Model):
    """One class: a hook, maybe reading the article, lesson steps and a wrap-up, timed to the minute."""

    title: Annotated[Text, Field(description="Ends with the total time, such as （45分）")]
    minutes: Minutes = Field(description="The whole class: hook + reading + steps + wrap-up")
    goal: Text
    hook: Text = Field(description="導入: one or two sentences the teacher says or asks first")
    hook_minutes: Minutes
    reading: ArticleReading | None = None
    steps: Annotated[tuple[PlanStep, ...], Field(min_length=1)]
    wrapup: Text
    wrapup_minutes: Minutes

    def timeline(self) -> tuple[int, ...]:
        """The minutes of each part in class order: hook, reading (when there is one), steps, wrap-up."""
        reading = (self.reading.minutes,) if self.reading else ()
        return (self.hook_minutes, *reading, *(step.minutes for step in self.steps), self.wrapup_minutes)

    def timeline_text(self, lesson_number: Mapping[str, int]) -> str:
        """導入 3分 → 記事を読む 5分 → レッスン1 10分 → … → しめくくり 7分 ＝ 合計 45分 (``lesson_number``: each
        lesson's number, by id). No-break spaces join a part's name, its minutes and the arrow after them: shown
        with ``word-break: keep-all``, the line breaks only after an arrow."""
        labels = ["導入", *(["記事を読む"] if self.reading else []),
                  *(f"レッスン{lesson_number[step.lesson]}" for step in self.steps), "しめくくり"]
        parts = (f"{label}\u00a0{minutes}分" for label, minutes in zip(labels, self.timeline(), strict=True))
        return "\u00a0→ ".join(parts) + f"\u00a0＝ 合計\u00a0{self.minutes}分"

    @model_validator(mode="after")
    def _minutes_add_up(self) -> ClassPlan:
        parts = self.timeline()
        if sum(parts) != self.minutes:
            raise ValueError(f"minutes: the parts add up to {' + '.join(map(str, parts))} = {sum(parts)}, "
                             f"not the plan's {self.minutes}")
        if not self.title.endswith(f"（{self.minutes}分）"):
            raise ValueError(f"title: must end with the total time （{self.minutes}分）")
        return self


class CurriculumLink(Model):
    """Where lessons touch the 高等学校学習指導要領: related content, not an official mapping."""

    subject: Text = Field(description="科目: 公共, 情報Ⅰ …")
    unit: Text = Field(description="The part of the 学習指導要領, in its own words")
    lessons: Annotated[tuple[Id, ...], Field(min_length=1)]
    how: Text = Field(description="One sentence: what in the lessons relates to it")


class Criterion(Model):
    text: Text
    lessons: tuple[Id, ...] = ()


class Assessment(Model):
    """評価規準 for one 観点: two or three concrete criteria tied to the lessons."""

    viewpoint: Literal[VIEWPOINTS]
    criteria: Annotated[tuple[Criterion, ...], Field(min_length=2, max_length=3)]


class Command(Model):
    when: Text = Field(description="When and where to type it")
    command: Text = Field(description="Shown as code, exactly as typed")


class Device(Model):
    """Something the class needs: what it is for, and any commands to type."""

    name: Text
    use: Text
    commands: tuple[Command, ...] = ()
    note: OptionalText = ""


class SensitiveTopics(Model):
    """How to answer questions on 天安門事件 or censorship neutrally, and where the app covers them."""

    points: Annotated[Texts, Field(min_length=3, max_length=4)]
    lesson: Id
    terms: tuple[Id, ...] = ()


class TeacherGuide(Model):
    """content/teachers.toml: class plans, discussion questions, the 学習指導要領 and 評価規準,
    devices, and sensitive topics."""

    plans: tuple[ClassPlan, ...]
    discussion: Texts
    curriculum_note: Text
    curriculum: Annotated[tuple[CurriculumLink, ...], Field(min_length=1)]
    assessment_note: Text
    assessment: tuple[Assessment, ...] = Field(description="Exactly one entry per 観点, in order")
    devices: Annotated[tuple[Device, ...], Field(min_length=1)]
    sensitive: SensitiveTopics

    @field_validator("assessment")
    @classmethod
    def _each_viewpoint_once(cls, assessment: tuple[Assessment, ...]) -> tuple[Assessment, ...]:
        if tuple(entry.viewpoint for entry in assessment) != VIEWPOINTS:
            raise ValueError(f"needs one entry for each 観点, in this order: {' / '.join(VIEWPOINTS)}")
        return assessment


# ---------------------------------------------------------------- the one-page summary sheet


class SheetChart(Model):
    """A key chart on the summary sheet: its takeaway is read from the lesson that shows it."""

    lesson: Id
    builder: Text


class SummarySheet(Model):
    """content/summary.toml: the A4 まとめシート (/summary) — the timeline comes from data/events.csv."""

    title: Text
    lead: Text
    key_terms: Annotated[tuple[Id, ...], Field(min_length=12, max_length=12)]
    charts: Annotated[tuple[SheetChart, ...], Field(min_length=3, max_length=3)]


# Which model validates which file, and the JSON Schema file written for it.
FILE_MODELS: dict[str, type[Model]] = {
    "glossary": GlossaryFile,
    "lesson": Lesson,
    "article": Article,
    "quiz": FinalQuiz,
    "teachers": TeacherGuide,
    "summary": SummarySheet,
}


def json_schemas() -> dict[str, str]:
    """The JSON Schema text of each content file kind, keyed by its file name in content/schema/."""
    return {f"{name}.json": json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
            for name, model in FILE_MODELS.items()}


def write_json_schemas(directory: Path = SCHEMA_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in json_schemas().items():
        (directory / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_json_schemas()
    print(f"Wrote {len(FILE_MODELS)} schemas to {SCHEMA_DIR}", file=sys.stderr)
