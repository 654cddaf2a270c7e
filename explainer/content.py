"""Load and validate every content file: glossary, article annotations, lessons, quizzes.

Each file is checked against its model in ``explainer.schema``; then one pass
checks what no single file can (a quote exists in the article, a related id
exists, a chart name exists, a lesson's key words are bold where it explains
them), then the writing rules: readability limits (``explainer.readability``)
and one spelling per word (content/STYLE.md, ``explainer.spelling``).
``load_content`` reports every problem at once in a ``ContentError`` whose
lines each name the file, the entry and the field, for example
``glossary/market.toml: term 'sox': field 'related': term 'xyz' does not exist``.

Run ``python -m explainer.validate`` to validate the repository's content.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import ValidationError

from explainer import readability
from explainer.outline import lesson_main_text
from explainer.schema import (
    ENTRY_NAMES,
    Article,
    FinalQuiz,
    GlossaryEntry,
    GlossaryFile,
    Lesson,
    Model,
    Question,
    SummarySheet,
    TeacherGuide,
    entry_name,
)
from explainer.spelling import spelling_problems, spelling_rules

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_FILE = "seeds/000_7900ca7dd24a6ff2.txt"
STYLE_FILE = "content/STYLE.md"
_BOLD = re.compile(r"\*\*(.+?)\*\*")

ModelT = TypeVar("ModelT", bound=Model)


class ContentError(ValueError):
    """Raised when content files break a rule; each line names file, entry and field."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Content:
    """All validated content, read-only: shared by every session of the server."""

    glossary: Mapping[str, GlossaryEntry]
    lessons: Mapping[str, Lesson]  # in learning order
    article: Article | None = None
    final_quiz: tuple[Question, ...] = ()
    teachers: TeacherGuide | None = None
    summary: SummarySheet | None = None


# ---------------------------------------------------------------- reading one file

_MESSAGES = {
    "missing": "is missing",
    "extra_forbidden": "is not a known field here (is it under the wrong [[table]] header?)",
    "string_type": "must be non-empty text",
    "string_too_short": "must be non-empty text",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
    "model_type": "must be a table",
    "tuple_type": "must be a list",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "literal_error": "'{input}' is not one of {expected}",
    "too_short": "must have at least {min_length} items, has {actual_length}",
    "too_long": "must have at most {max_length} items, has {actual_length}",
}


def describe(error: dict[str, Any], data: Any) -> str:
    """One pydantic error in plain words: ``term 'sox': figure #2: field 'source': is missing``."""
    names, field, node = [], "", data
    location = list(error["loc"])
    for index, step in enumerate(location):
        following = location[index + 1] if index + 1 < len(location) else None
        if isinstance(step, str) and isinstance(following, int) and step in ENTRY_NAMES:
            items = node.get(step) if isinstance(node, dict) else None
            node = items[following] if isinstance(items, list) and following < len(items) else None
            names.append(entry_name(step, following, node.get if isinstance(node, dict) else lambda key: None))
        elif isinstance(step, str):
            if field:
                names.append(field)
            field = step
            node = node.get(step) if isinstance(node, dict) else None
    if error["type"] in ("value_error", "assertion_error"):
        message = str(error["ctx"]["error"])
    else:
        template = _MESSAGES.get(error["type"], error["msg"])
        message = template.format(input=error.get("input"), **error.get("ctx", {}))
    return ": ".join([*names, *([f"field '{field}'"] if field else []), message])


def _read_toml(path: Path, rel: str, problems: list[str]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{rel}: not valid TOML: {error}")
    except OSError as error:
        problems.append(f"{rel}: cannot be read: {error.strerror}")
    return None


def _load_file(root: Path, path: Path, model: type[ModelT], problems: list[str],
               where: Callable[[dict[str, Any]], str] | None = None) -> tuple[ModelT | None, str]:
    """Validate one TOML file against ``model``; problems are prefixed with the file
    (and with ``where(data)``, which names the entry a whole file describes)."""
    rel = path.relative_to(root).as_posix()
    data = _read_toml(path, rel, problems)
    if data is None:
        return None, rel
    try:
        return model.model_validate(data), rel
    except ValidationError as error:
        prefix = f"{rel}: {where(data)}: " if where else f"{rel}: "
        problems.extend(prefix + describe(item, data) for item in error.errors(include_url=False))
        return None, rel


def _load_optional(root: Path, rel: str, model: type[ModelT], problems: list[str]) -> tuple[ModelT | None, str]:
    """``_load_file`` for a file a content tree may leave out (None when it is absent)."""
    path = root / rel
    return _load_file(root, path, model, problems) if path.exists() else (None, rel)


def _attach(model: Model, **private: Any) -> None:
    """Set values the loader works out (file, article line …) on a frozen model."""
    for name, value in private.items():
        setattr(model, f"_{name}", value)


# ---------------------------------------------------------------- the files


def _load_glossary(root: Path, lines: tuple[str, ...], problems: list[str]) -> dict[str, GlossaryEntry]:
    entries: dict[str, GlossaryEntry] = {}
    for path in sorted((root / "glossary").glob("*.toml")):
        glossary_file, rel = _load_file(root, path, GlossaryFile, problems)
        for entry in glossary_file.terms if glossary_file else ():
            if entry.id in entries:
                problems.append(f"{rel}: term '{entry.id}': field 'id': is also used in {entries[entry.id].file}")
                continue
            quoted = (n for n, text in enumerate(lines, start=1) if entry.article_quote in text)
            _attach(entry, file=rel, article_line=next(quoted, None) if entry.article_quote else None)
            entries[entry.id] = entry
    return entries


def _load_lessons(root: Path, problems: list[str]) -> dict[str, Lesson]:
    lessons = []
    for path in sorted((root / "content" / "lessons").glob("*.toml")):
        lesson, rel = _load_file(root, path, Lesson, problems,
                                 lambda data, stem=path.stem: f"lesson '{data.get('id', stem)}'")
        if lesson is None:
            continue
        if lesson.id != path.stem:
            problems.append(f"{rel}: lesson '{lesson.id}': field 'id': must equal the file name '{path.stem}'")
        _attach(lesson, file=rel)
        lessons.append(lesson)
    return {lesson.id: lesson for lesson in sorted(lessons, key=lambda lesson: lesson.order)}


def _load_article(root: Path, lines: tuple[str, ...], problems: list[str]) -> Article | None:
    path = root / "content" / "article.toml"
    article = _load_file(root, path, Article, problems)[0] if path.exists() else None
    if article is None:
        return None
    paragraphs = {p.line: p for p in article.paragraphs}
    for paragraph in article.paragraphs:
        _attach(paragraph, text=lines[paragraph.line - 1].strip() if paragraph.line <= len(lines) else "")
    for section in article.sections:
        inside = range(section.first_line, section.last_line + 1)
        _attach(section, paragraphs=tuple(paragraphs[n] for n in sorted(paragraphs) if n in inside),
                summarized=tuple(block for block in article.summarized if block.first_line in inside))
    _attach(article, lines=lines)
    return article


# ---------------------------------------------------------------- rules across files


@dataclass(frozen=True)
class _Known:
    """What content may refer to: ids from other files, chart builders and data facts."""

    lines: tuple[str, ...]
    glossary: Mapping[str, GlossaryEntry]
    lessons: Mapping[str, Lesson]
    chart_names: set[str] | None
    fact_keys: set[str] | None

    def line(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def missing(self, kind: str, ids: Iterator[str] | tuple[str, ...], known: Any) -> Iterator[str]:
        if known is not None:
            yield from (f"{kind} '{i}' does not exist" for i in ids if i not in known)


def _glossary_problems(known: _Known) -> Iterator[str]:
    owner: dict[str, str] = {}
    for entry in known.glossary.values():
        where = f"{entry.file}: term '{entry.id}'"
        yield from (f"{where}: related {m}" for m in known.missing("term", entry.related, known.glossary))
        yield from (f"{where}: {m}" for m in known.missing("lesson", entry.lessons, known.lessons))
        if entry.article_quote and entry.article_line is None:
            yield f"{where}: field 'article_quote': is not found in the article"
        for name in (entry.term, *entry.aliases):
            key = name.casefold()
            if owner.setdefault(key, entry.id) != entry.id:
                yield f"{where}: alias '{name}' also names term '{owner[key]}'"


def _lesson_problems(known: _Known) -> Iterator[str]:
    question_owner: dict[str, str] = {}
    for lesson in known.lessons.values():
        where = f"{lesson.file}: lesson '{lesson.id}'"
        if lesson.next:
            yield from (f"{where}: field 'next': {m}" for m in known.missing("lesson", (lesson.next,), known.lessons))
        yield from (f"{where}: related {m}" for m in known.missing("term", lesson.related_terms, known.glossary))
        yield from (f"{where}: field 'key_terms': {m}" for m in known.missing("term", lesson.key_terms, known.glossary))
        charts = [chart.builder for chart in lesson.charts]
        yield from (f"{where}: {m}" for m in known.missing("chart", charts, known.chart_names))
        for number, quote in enumerate(lesson.quotes, start=1):
            if quote.text not in known.line(quote.line):
                yield f"{where}: quote #{number}: field 'text': is not found in article line {quote.line}"
        bold = set(_BOLD.findall("\n".join(lesson_main_text(lesson))))
        for term in lesson.key_terms:
            entry = known.glossary.get(term)
            if entry and not bold & {entry.term, *entry.aliases}:
                yield (f"{where}: field 'key_terms': '{term}' is never **bold** in the main text "
                       f"(bold 「{entry.term}」 or an alias where the lesson explains it)")
        for question in lesson.quiz:
            if question.lesson != lesson.id:
                yield f"{where}: question '{question.id}': field 'lesson': must be left out in a lesson file"
            if question_owner.setdefault(question.id, lesson.id) != lesson.id:
                yield f"{where}: question id '{question.id}' is also used in lesson '{question_owner[question.id]}'"


def _article_problems(article: Article, rel: str, known: _Known) -> Iterator[str]:
    lines = known.lines
    annotated: set[int] = set()
    for paragraph in article.paragraphs:
        where = f"{rel}: paragraph line {paragraph.line}"
        if not known.line(paragraph.line).strip():
            yield f"{where}: field 'line': is not a non-empty line of the article"
        elif paragraph.line in annotated:
            yield f"{where}: field 'line': is annotated twice"
        annotated.add(paragraph.line)
    covered = annotated | {n for s in article.summarized for n in range(s.first_line, s.last_line + 1)}
    yield from (f"{rel}: article line {n}: has no paragraph annotation"
                for n, text in enumerate(lines, start=1) if text.strip() and n not in covered)
    expected_first = 1
    for section in article.sections:
        where = f"{rel}: section '{section.id}'"
        if section.first_line != expected_first:
            yield f"{where}: field 'first_line': must be {expected_first} so that sections cover the article in order"
        expected_first = section.last_line + 1
        yield from (f"{where}: field 'lessons': {m}" for m in known.missing("lesson", section.lessons, known.lessons))
    if article.sections and expected_first <= len(lines):
        yield f"{rel}: sections end at line {expected_first - 1}, the article has {len(lines)} lines"
    for note in article.numbers:
        where = f"{rel}: number '{note.text}'"
        if note.text not in known.line(note.line):
            yield f"{where}: field 'text': is not found in article line {note.line}"
        yield from (f"{where}: field 'facts': {m} in data/facts.csv"
                    for m in known.missing("fact", note.facts, known.fact_keys))
        if note.chart:
            yield from (f"{where}: field 'chart': {m}"
                        for m in known.missing("chart", (note.chart,), known.chart_names))


def _summary_problems(sheet: SummarySheet, rel: str, known: _Known) -> Iterator[str]:
    yield from (f"{rel}: field 'key_terms': {m}" for m in known.missing("term", sheet.key_terms, known.glossary))
    for number, chart in enumerate(sheet.charts, start=1):
        lesson = known.lessons.get(chart.lesson)
        if lesson is None:
            yield f"{rel}: chart #{number}: field 'lesson': lesson '{chart.lesson}' does not exist"
        elif chart.builder not in (spec.builder for spec in lesson.charts):
            yield f"{rel}: chart #{number}: field 'builder': lesson '{lesson.id}' has no chart '{chart.builder}'"


def _spelling_problems(root: Path, known: _Known, others: list[tuple[str, Model | None]]) -> Iterator[str]:
    """Every variant of content/STYLE.md's table, in every content file (when the style sheet exists)."""
    if not (root / STYLE_FILE).exists():
        return
    rules = spelling_rules(root / STYLE_FILE)
    for entry in known.glossary.values():
        yield from spelling_problems(entry, f"{entry.file}: term '{entry.id}'", rules)
    for lesson in known.lessons.values():
        yield from spelling_problems(lesson, f"{lesson.file}: lesson '{lesson.id}'", rules)
    for rel, model in others:
        if model is not None:
            yield from spelling_problems(model, rel, rules)


def _lesson_refs_problems(rel: str, refs: list[tuple[str, str]], known: _Known) -> Iterator[str]:
    """``refs``: (where, lesson id) pairs from the final test or the teachers' guide."""
    for where, lesson in refs:
        yield from (f"{rel}: {where}: field 'lesson': {m}" for m in known.missing("lesson", (lesson,), known.lessons))


def _teacher_guide_problems(guide: TeacherGuide, rel: str, known: _Known) -> Iterator[str]:
    """Lessons and glossary terms the teachers' guide names: plan steps, the 学習指導要領 links,
    the 評価規準 and the sensitive-topics note."""
    refs = [(f"plan #{p}: step #{s}", step.lesson) for p, plan in enumerate(guide.plans, start=1)
            for s, step in enumerate(plan.steps, start=1)]
    refs += [(f"curriculum #{c}", lesson) for c, link in enumerate(guide.curriculum, start=1)
             for lesson in link.lessons]
    refs += [(f"assessment {entry.viewpoint}", lesson) for entry in guide.assessment
             for criterion in entry.criteria for lesson in criterion.lessons]
    refs.append(("sensitive", guide.sensitive.lesson))
    yield from _lesson_refs_problems(rel, refs, known)
    yield from (f"{rel}: sensitive: {m}" for m in known.missing("term", guide.sensitive.terms, known.glossary))


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
    lessons = _load_lessons(root, problems)
    glossary = _load_glossary(root, lines, problems)
    article = _load_article(root, lines, problems)
    final_quiz, quiz_rel = _load_optional(root, "content/quiz.toml", FinalQuiz, problems)
    teachers, teachers_rel = _load_optional(root, "content/teachers.toml", TeacherGuide, problems)
    summary, summary_rel = _load_optional(root, "content/summary.toml", SummarySheet, problems)

    known = _Known(lines, glossary, lessons, chart_names, fact_keys)
    problems += _glossary_problems(known)
    problems += _lesson_problems(known)
    if article:
        problems += _article_problems(article, "content/article.toml", known)
    if final_quiz:
        problems += _lesson_refs_problems(quiz_rel, [(f"question '{q.id}'", q.lesson) for q in final_quiz.questions],
                                          known)
    if teachers:
        problems += _teacher_guide_problems(teachers, teachers_rel, known)
    if summary:
        problems += _summary_problems(summary, summary_rel, known)
    problems += _spelling_problems(root, known, [("content/article.toml", article), (quiz_rel, final_quiz),
                                                 (teachers_rel, teachers), (summary_rel, summary)])
    problems += readability.lesson_problems(lessons.values())
    if article:
        problems += readability.article_problems(article, "content/article.toml")
    if problems:
        raise ContentError(problems)
    return Content(glossary=MappingProxyType(glossary), lessons=MappingProxyType(lessons), article=article,
                   final_quiz=final_quiz.questions if final_quiz else (), teachers=teachers, summary=summary)
