"""Load and validate every content file: glossary, article annotations, lessons and quizzes.

All reader-facing text lives in TOML files (see content/README.md). ``load_content``
reads them once, checks every rule, and returns frozen objects. Any broken rule
raises ``ContentError`` whose lines each name the file, the entry and the field,
for example ``glossary/market.toml: term 'sox': related term 'xyz' does not exist``.

Run ``python -m explainer.validate`` to validate the repository's content.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_FILE = "seeds/000_7900ca7dd24a6ff2.txt"
CATEGORIES = ("投資・市場", "AI技術", "半導体", "企業・組織", "社会・法律")
PARAGRAPH_KINDS = ("報道（引用）", "筆者の意見", "読者のコメント")
LESSON_LEVELS = ("はじめて", "ふつう", "すこし発展")
QUESTION_KINDS = ("single", "multiple", "number", "order")
SHORT_MAX = 60

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_READING = re.compile(r"^[ぁ-ゖー]+$")


class ContentError(ValueError):
    """Raised when content files break a rule; each line names file, entry and field."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# ---------------------------------------------------------------- data types


@dataclass(frozen=True)
class Figure:
    text: str
    source: str
    as_of: str


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: str
    reading: str
    english: str
    category: str
    short: str
    detail: tuple[str, ...]
    analogy: str
    related: tuple[str, ...]
    lessons: tuple[str, ...]
    aliases: tuple[str, ...]
    figures: tuple[Figure, ...] = ()
    article_quote: str = ""
    article_line: int | None = None
    file: str = ""


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Question:
    """One quiz question. ``kind`` decides which of the answer fields are used:
    single/multiple use ``options``; number uses ``answer``, ``tolerance`` and
    ``unit``; order uses ``items`` (given in the correct order)."""

    id: str
    kind: str
    question: str
    explanation: str = ""
    options: tuple[Option, ...] = ()
    answer: float | None = None
    tolerance: float = 0.0
    unit: str = ""
    items: tuple[str, ...] = ()
    lesson: str = ""


@dataclass(frozen=True)
class Quote:
    line: int
    text: str
    comment: str


@dataclass(frozen=True)
class ChartSpec:
    builder: str
    title: str
    takeaway: str


@dataclass(frozen=True)
class Explanation:
    heading: str
    text: tuple[str, ...]


@dataclass(frozen=True)
class Misconception:
    myth: str
    truth: str


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    order: int
    minutes: int
    level: str
    purpose: str
    summary: tuple[str, ...]
    guess: Question | None
    analogy: tuple[str, ...]
    quotes: tuple[Quote, ...]
    charts: tuple[ChartSpec, ...]
    misconceptions: tuple[Misconception, ...]
    recap: tuple[str, ...]
    quiz: tuple[Question, ...]
    related_terms: tuple[str, ...]
    next: str = ""
    explain: tuple[Explanation, ...] = ()
    file: str = ""


@dataclass(frozen=True)
class Paragraph:
    line: int
    text: str
    kind: str
    easy: str


@dataclass(frozen=True)
class NumberNote:
    line: int
    text: str
    title: str
    facts: tuple[str, ...]
    chart: str
    note: str


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    first_line: int
    last_line: int
    summary: tuple[str, ...]
    point: str
    lessons: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    summarized: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class Article:
    lines: tuple[str, ...]  # the seed, 1-based: lines[0] is line 1
    sections: tuple[Section, ...]
    numbers: tuple[NumberNote, ...]

    def line(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def section_of(self, line: int) -> Section | None:
        return next((s for s in self.sections if s.first_line <= line <= s.last_line), None)


@dataclass(frozen=True)
class PlanStep:
    lesson: str
    minutes: int
    activity: str


@dataclass(frozen=True)
class ClassPlan:
    title: str
    goal: str
    steps: tuple[PlanStep, ...]
    wrapup: str


@dataclass(frozen=True)
class TeacherGuide:
    plans: tuple[ClassPlan, ...]
    discussion: tuple[str, ...]


@dataclass(frozen=True)
class Content:
    glossary: dict[str, GlossaryEntry]
    lessons: dict[str, Lesson]  # in learning order
    article: Article | None
    final_quiz: tuple[Question, ...] = field(default=())
    teachers: TeacherGuide | None = None


# ---------------------------------------------------------------- reading helpers


class _Reader:
    """Pulls typed fields out of one TOML table, recording problems with context."""

    def __init__(self, problems: list[str], where: str, table: Any):
        self.problems = problems
        self.where = where
        self.table = table if isinstance(table, dict) else {}
        if not isinstance(table, dict):
            self.fail("", "must be a table")

    def only(self, *names: str) -> None:
        """Report fields this table does not know (often a key placed under the wrong [[header]])."""
        for name in self.table:
            if name not in names:
                self.fail(name, "is not a known field here (is it under the wrong [[table]] header?)")

    def fail(self, name: str, message: str) -> None:
        prefix = f"{self.where}: field '{name}'" if name else self.where
        self.problems.append(f"{prefix}: {message}")

    def text(self, name: str, required: bool = True) -> str:
        value = self.table.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(name, "must be non-empty text")
            return ""
        return value.strip()

    def integer(self, name: str, required: bool = True) -> int:
        value = self.table.get(name)
        if value is None and not required:
            return 0
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(name, "must be a whole number")
            return 0
        return value

    def number(self, name: str, required: bool = True) -> float | None:
        value = self.table.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            self.fail(name, "must be a number")
            return None
        return float(value)

    def texts(self, name: str, required: bool = True, count: tuple[int, int] | None = None) -> tuple[str, ...]:
        value = self.table.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(name, "must be a list of non-empty texts")
            return ()
        if count and not count[0] <= len(value) <= count[1]:
            self.fail(name, f"must have {count[0]}–{count[1]} items, has {len(value)}")
        return tuple(v.strip() for v in value)

    def tables(self, name: str) -> list[Any]:
        value = self.table.get(name, [])
        if not isinstance(value, list):
            self.fail(name, "must be an array of tables")
            return []
        return value

    def choice(self, name: str, allowed: tuple[str, ...]) -> str:
        value = self.text(name)
        if value and value not in allowed:
            self.fail(name, f"'{value}' is not one of {', '.join(allowed)}")
        return value


def _read_toml(path: Path, rel: str, problems: list[str]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{rel}: not valid TOML: {error}")
    except OSError as error:
        problems.append(f"{rel}: cannot be read: {error.strerror}")
    return None


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


# ---------------------------------------------------------------- glossary


def _load_glossary(root: Path, article_lines: tuple[str, ...], problems: list[str]) -> dict[str, GlossaryEntry]:
    entries: dict[str, GlossaryEntry] = {}
    for path in sorted((root / "glossary").glob("*.toml")):
        rel = _rel(path, root)
        data = _read_toml(path, rel, problems)
        if data is None:
            continue
        for index, table in enumerate(_Reader(problems, rel, data).tables("terms")):
            term_id = table.get("id") if isinstance(table, dict) else None
            label = f"term '{term_id}'" if isinstance(term_id, str) else f"term #{index + 1}"
            r = _Reader(problems, f"{rel}: {label}", table)
            r.only("id", "term", "reading", "english", "category", "short", "detail", "analogy", "article_quote",
                   "related", "lessons", "aliases", "figures")
            entry_id = r.text("id")
            if entry_id and not _ID.match(entry_id):
                r.fail("id", "must be lower-case ASCII letters, digits and hyphens")
            if entry_id in entries:
                r.fail("id", f"is also used in {entries[entry_id].file}")
            reading = r.text("reading")
            if reading and not _READING.match(reading):
                r.fail("reading", "must be hiragana (and ー) only")
            short = r.text("short")
            if short and not short.endswith("のこと。"):
                r.fail("short", "must end with 「のこと。」")
            if len(short) > SHORT_MAX:
                r.fail("short", f"must be at most {SHORT_MAX} characters, has {len(short)}")
            quote = r.text("article_quote", required=False)
            article_line = None
            if quote:
                article_line = next((i + 1 for i, line in enumerate(article_lines) if quote in line), None)
                if article_line is None:
                    r.fail("article_quote", "is not found in the article")
            figures = []
            for f_index, f_table in enumerate(r.tables("figures")):
                fr = _Reader(problems, f"{rel}: {label}: figure #{f_index + 1}", f_table)
                fr.only("text", "source", "as_of")
                figures.append(Figure(fr.text("text"), fr.text("source"), fr.text("as_of")))
            entry = GlossaryEntry(
                id=entry_id,
                term=r.text("term"),
                reading=reading,
                english=r.text("english"),
                category=r.choice("category", CATEGORIES),
                short=short,
                detail=r.texts("detail", count=(2, 4)),
                analogy=r.text("analogy"),
                related=r.texts("related", required=False),
                lessons=r.texts("lessons", required=False),
                aliases=r.texts("aliases", required=False),
                figures=tuple(figures),
                article_quote=quote,
                article_line=article_line,
                file=rel,
            )
            if entry_id:
                entries.setdefault(entry_id, entry)
    return entries


def _check_glossary_links(entries: dict[str, GlossaryEntry], lesson_ids: set[str], problems: list[str]) -> None:
    owner: dict[str, str] = {}
    for entry in entries.values():
        where = f"{entry.file}: term '{entry.id}'"
        for related in entry.related:
            if related not in entries:
                problems.append(f"{where}: related term '{related}' does not exist")
        for lesson in entry.lessons:
            if lesson not in lesson_ids:
                problems.append(f"{where}: lesson '{lesson}' does not exist")
        for name in (entry.term, *entry.aliases):
            key = name.casefold()
            if key in owner and owner[key] != entry.id:
                problems.append(f"{where}: alias '{name}' also names term '{owner[key]}'")
            owner.setdefault(key, entry.id)


# ---------------------------------------------------------------- questions


def _read_question(r: _Reader, lesson: str = "") -> Question:
    r.only("id", "kind", "question", "explanation", "options", "answer", "tolerance", "unit", "items", "lesson")
    kind = r.choice("kind", QUESTION_KINDS)
    question = Question(
        id=r.text("id"),
        kind=kind,
        question=r.text("question"),
        explanation=r.text("explanation", required=kind in ("number", "order")),
        lesson=lesson or r.text("lesson", required=False),
    )
    if kind in ("single", "multiple"):
        options = []
        for index, table in enumerate(r.tables("options")):
            orr = _Reader(r.problems, f"{r.where}: option #{index + 1}", table)
            orr.only("text", "correct", "explanation")
            correct = table.get("correct", False) if isinstance(table, dict) else False
            if not isinstance(correct, bool):
                orr.fail("correct", "must be true or false")
                correct = False
            options.append(Option(orr.text("text"), correct, orr.text("explanation")))
        right = sum(o.correct for o in options)
        if len(options) < 2:
            r.fail("options", "needs at least two options")
        elif kind == "single" and right != 1:
            r.fail("options", f"a single-choice question needs exactly one correct option, has {right}")
        elif kind == "multiple" and right < 1:
            r.fail("options", "a multiple-choice question needs at least one correct option")
        return Question(**{**question.__dict__, "options": tuple(options)})
    if kind == "number":
        tolerance = r.number("tolerance", required=False) or 0.0
        if tolerance < 0:
            r.fail("tolerance", "must not be negative")
        return Question(**{**question.__dict__, "answer": r.number("answer"), "tolerance": tolerance,
                           "unit": r.text("unit", required=False)})
    if kind == "order":
        items = r.texts("items")
        if len(items) < 3:
            r.fail("items", "an ordering question needs at least three items")
        if len(set(items)) != len(items):
            r.fail("items", "items must differ from each other")
        return Question(**{**question.__dict__, "items": items})
    return question


# ---------------------------------------------------------------- lessons


def _load_lessons(root: Path, article_lines: tuple[str, ...], problems: list[str]) -> dict[str, Lesson]:
    lessons: list[Lesson] = []
    for path in sorted((root / "content" / "lessons").glob("*.toml")):
        rel = _rel(path, root)
        data = _read_toml(path, rel, problems)
        if data is None:
            continue
        r = _Reader(problems, f"{rel}: lesson '{data.get('id', path.stem)}'", data)
        r.only("id", "title", "order", "minutes", "level", "purpose", "summary", "guess", "analogy", "quotes",
               "charts", "misconceptions", "recap", "quiz", "related_terms", "next", "explain")
        lesson_id = r.text("id")
        if lesson_id and lesson_id != path.stem:
            r.fail("id", f"must equal the file name '{path.stem}'")
        guess = None
        if "guess" in data:
            guess = _read_question(_Reader(problems, f"{r.where}: guess", data["guess"]), lesson_id)
        quotes = []
        for index, table in enumerate(r.tables("quotes")):
            qr = _Reader(problems, f"{r.where}: quote #{index + 1}", table)
            qr.only("line", "text", "comment")
            line, text = qr.integer("line"), qr.text("text")
            if text and text not in (article_lines[line - 1] if 1 <= line <= len(article_lines) else ""):
                qr.fail("text", f"is not found in article line {line}")
            quotes.append(Quote(line, text, qr.text("comment", required=False)))
        charts = []
        for index, table in enumerate(r.tables("charts")):
            cr = _Reader(problems, f"{r.where}: chart #{index + 1}", table)
            cr.only("builder", "title", "takeaway")
            charts.append(ChartSpec(cr.text("builder"), cr.text("title"), cr.text("takeaway")))
        explain = []
        for index, table in enumerate(r.tables("explain")):
            er = _Reader(problems, f"{r.where}: explain #{index + 1}", table)
            er.only("heading", "text")
            explain.append(Explanation(er.text("heading"), er.texts("text")))
        myths = []
        for index, table in enumerate(r.tables("misconceptions")):
            mr = _Reader(problems, f"{r.where}: misconception #{index + 1}", table)
            mr.only("myth", "truth")
            myths.append(Misconception(mr.text("myth"), mr.text("truth")))
        quiz = []
        for index, table in enumerate(r.tables("quiz")):
            qid = table.get("id") if isinstance(table, dict) else None
            quiz.append(_read_question(_Reader(problems, f"{r.where}: question '{qid or index + 1}'", table), lesson_id))
        lessons.append(Lesson(
            id=lesson_id,
            title=r.text("title"),
            order=r.integer("order"),
            minutes=r.integer("minutes"),
            level=r.choice("level", LESSON_LEVELS),
            purpose=r.text("purpose"),
            summary=r.texts("summary", required=False, count=(1, 3)),
            guess=guess,
            analogy=r.texts("analogy", required=False),
            quotes=tuple(quotes),
            charts=tuple(charts),
            misconceptions=tuple(myths),
            recap=r.texts("recap", required=False),
            quiz=tuple(quiz),
            related_terms=r.texts("related_terms", required=False),
            next=r.text("next", required=False),
            explain=tuple(explain),
            file=rel,
        ))
    lessons.sort(key=lambda lesson: lesson.order)
    return {lesson.id: lesson for lesson in lessons}


def _check_lesson_links(lessons: dict[str, Lesson], glossary: dict[str, GlossaryEntry],
                        chart_names: set[str] | None, problems: list[str]) -> None:
    seen_questions: dict[str, str] = {}
    for lesson in lessons.values():
        where = f"{lesson.file}: lesson '{lesson.id}'"
        if lesson.next and lesson.next not in lessons:
            problems.append(f"{where}: field 'next': lesson '{lesson.next}' does not exist")
        for term in lesson.related_terms:
            if term not in glossary:
                problems.append(f"{where}: related term '{term}' does not exist")
        if chart_names is not None:
            for chart in lesson.charts:
                if chart.builder not in chart_names:
                    problems.append(f"{where}: chart '{chart.builder}' does not exist")
        for question in lesson.quiz:
            if question.id in seen_questions:
                problems.append(f"{where}: question id '{question.id}' is also used in lesson '{seen_questions[question.id]}'")
            seen_questions[question.id] = lesson.id


# ---------------------------------------------------------------- article


def _load_article(root: Path, lines: tuple[str, ...], lesson_ids: set[str],
                  chart_names: set[str] | None, fact_keys: set[str] | None,
                  problems: list[str]) -> Article | None:
    path = root / "content" / "article.toml"
    if not path.exists():
        return None
    rel = _rel(path, root)
    data = _read_toml(path, rel, problems)
    if data is None:
        return None
    top = _Reader(problems, rel, data)
    top.only("sections", "paragraphs", "summarized", "numbers")
    paragraphs: dict[int, Paragraph] = {}
    for index, table in enumerate(top.tables("paragraphs")):
        r = _Reader(problems, f"{rel}: paragraph #{index + 1}", table)
        r.only("line", "kind", "easy")
        line = r.integer("line")
        r.where = f"{rel}: paragraph line {line}"
        if not 1 <= line <= len(lines) or not lines[line - 1].strip():
            r.fail("line", "is not a non-empty line of the article")
            continue
        if line in paragraphs:
            r.fail("line", "is annotated twice")
        paragraphs[line] = Paragraph(line, lines[line - 1].strip(), r.choice("kind", PARAGRAPH_KINDS), r.text("easy"))
    summarized = []
    for index, table in enumerate(top.tables("summarized")):
        r = _Reader(problems, f"{rel}: summarized #{index + 1}", table)
        r.only("first_line", "last_line", "easy")
        summarized.append((r.integer("first_line"), r.integer("last_line"), r.text("easy")))
    covered = {line for first, last, _ in summarized for line in range(first, last + 1)}
    for number, text in enumerate(lines, start=1):
        if text.strip() and number not in paragraphs and number not in covered:
            problems.append(f"{rel}: article line {number}: has no paragraph annotation")

    sections = []
    expected_first = 1
    for index, table in enumerate(top.tables("sections")):
        sid = table.get("id") if isinstance(table, dict) else None
        r = _Reader(problems, f"{rel}: section '{sid or index + 1}'", table)
        r.only("id", "title", "first_line", "last_line", "summary", "point", "lessons")
        first, last = r.integer("first_line"), r.integer("last_line")
        if first != expected_first:
            r.fail("first_line", f"must be {expected_first} so that sections cover the article in order")
        expected_first = last + 1
        lessons = r.texts("lessons", required=False)
        for lesson in lessons:
            if lesson not in lesson_ids:
                r.fail("lessons", f"lesson '{lesson}' does not exist")
        sections.append(Section(
            id=r.text("id"),
            title=r.text("title"),
            first_line=first,
            last_line=last,
            summary=r.texts("summary", count=(3, 3)),
            point=r.text("point"),
            lessons=lessons,
            paragraphs=tuple(paragraphs[n] for n in sorted(paragraphs) if first <= n <= last),
            summarized=tuple(s for s in summarized if first <= s[0] <= last),
        ))
    if sections and expected_first <= len(lines):
        problems.append(f"{rel}: sections end at line {expected_first - 1}, the article has {len(lines)} lines")

    numbers = []
    for index, table in enumerate(top.tables("numbers")):
        r = _Reader(problems, f"{rel}: number #{index + 1}", table)
        r.only("line", "text", "title", "facts", "chart", "note")
        line, text = r.integer("line"), r.text("text")
        r.where = f"{rel}: number '{text}'"
        if text and text not in (lines[line - 1] if 1 <= line <= len(lines) else ""):
            r.fail("text", f"is not found in article line {line}")
        facts = r.texts("facts", required=False)
        if fact_keys is not None:
            for key in facts:
                if key not in fact_keys:
                    r.fail("facts", f"fact '{key}' does not exist in data/facts.csv")
        chart = r.text("chart", required=False)
        if chart and chart_names is not None and chart not in chart_names:
            r.fail("chart", f"chart '{chart}' does not exist")
        numbers.append(NumberNote(line, text, r.text("title"), facts, chart, r.text("note", required=False)))
    return Article(lines=lines, sections=tuple(sections), numbers=tuple(numbers))


def _load_final_quiz(root: Path, lesson_ids: set[str], problems: list[str]) -> tuple[Question, ...]:
    path = root / "content" / "quiz.toml"
    if not path.exists():
        return ()
    rel = _rel(path, root)
    data = _read_toml(path, rel, problems)
    if data is None:
        return ()
    questions = []
    top = _Reader(problems, rel, data)
    top.only("questions")
    for index, table in enumerate(top.tables("questions")):
        qid = table.get("id") if isinstance(table, dict) else None
        r = _Reader(problems, f"{rel}: question '{qid or index + 1}'", table)
        question = _read_question(r)
        if question.lesson not in lesson_ids:
            r.fail("lesson", f"lesson '{question.lesson}' does not exist")
        questions.append(question)
    return tuple(questions)


def _load_teachers(root: Path, lesson_ids: set[str], problems: list[str]) -> TeacherGuide | None:
    path = root / "content" / "teachers.toml"
    if not path.exists():
        return None
    rel = _rel(path, root)
    data = _read_toml(path, rel, problems)
    if data is None:
        return None
    top = _Reader(problems, rel, data)
    top.only("plans", "discussion")
    plans = []
    for index, table in enumerate(top.tables("plans")):
        r = _Reader(problems, f"{rel}: plan #{index + 1}", table)
        r.only("title", "goal", "steps", "wrapup")
        steps = []
        for s_index, s_table in enumerate(r.tables("steps")):
            sr = _Reader(problems, f"{r.where}: step #{s_index + 1}", s_table)
            sr.only("lesson", "minutes", "activity")
            lesson = sr.text("lesson")
            if lesson and lesson not in lesson_ids:
                sr.fail("lesson", f"lesson '{lesson}' does not exist")
            steps.append(PlanStep(lesson, sr.integer("minutes"), sr.text("activity")))
        plans.append(ClassPlan(r.text("title"), r.text("goal"), tuple(steps), r.text("wrapup")))
    return TeacherGuide(tuple(plans), top.texts("discussion"))


# ---------------------------------------------------------------- entry point


def read_fact_keys(root: Path = ROOT) -> set[str]:
    """The keys of data/facts.csv, which content may cite."""
    with (root / "data" / "facts.csv").open(encoding="utf-8", newline="") as handle:
        return {row["key"] for row in csv.DictReader(handle)}


def read_article_lines(root: Path = ROOT) -> tuple[str, ...]:
    return tuple((root / ARTICLE_FILE).read_text(encoding="utf-8").splitlines())


def load_content(root: Path = ROOT, chart_names: set[str] | None = None,
                 fact_keys: set[str] | None = None) -> Content:
    """Read and validate all content under ``root``. ``chart_names`` and
    ``fact_keys``, when given, are the chart builders and data facts that
    content may refer to. Raises ContentError listing every problem."""
    problems: list[str] = []
    try:
        lines = read_article_lines(root)
    except OSError as error:
        raise ContentError([f"{ARTICLE_FILE}: cannot be read: {error.strerror}"]) from error
    lessons = _load_lessons(root, lines, problems)
    lesson_ids = set(lessons)
    glossary = _load_glossary(root, lines, problems)
    _check_glossary_links(glossary, lesson_ids, problems)
    _check_lesson_links(lessons, glossary, chart_names, problems)
    article = _load_article(root, lines, lesson_ids, chart_names, fact_keys, problems)
    final_quiz = _load_final_quiz(root, lesson_ids, problems)
    teachers = _load_teachers(root, lesson_ids, problems)
    if problems:
        raise ContentError(problems)
    return Content(glossary=glossary, lessons=lessons, article=article, final_quiz=final_quiz, teachers=teachers)
