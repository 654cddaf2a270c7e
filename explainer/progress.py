"""A learner's progress: which lessons were read, best quiz scores, missed questions,
and the reading aids chosen (ふりがな on or off, read-aloud speed).

Progress lives in the reader's own browser (localStorage, see
``explainer.progress_store``), so it survives a reload, a closed tab and a
server restart without any server-side database. Everything read back from
the browser is treated as untrusted: ``parse`` accepts only the exact shape
below and rejects anything else, so tampered data is ignored, never trusted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

VERSION = 1
MAX_STORED_CHARS = 20_000


@dataclass
class LessonProgress:
    read: bool = False
    best: int = 0  # most questions answered correctly in one go
    total: int = 0  # questions in the lesson quiz when ``best`` was set


@dataclass
class Progress:
    lessons: dict[str, LessonProgress] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)  # question ids to review, oldest first
    furigana: bool = False  # readings over kanji
    slow_speech: bool = False  # read aloud ゆっくり instead of ふつう

    def lesson(self, lesson_id: str) -> LessonProgress:
        """A lesson's progress (a fresh one if nothing is recorded; not stored until written)."""
        return self.lessons.get(lesson_id, LessonProgress())

    def _entry(self, lesson_id: str) -> LessonProgress:
        return self.lessons.setdefault(lesson_id, LessonProgress())

    def mark_read(self, lesson_id: str) -> None:
        self._entry(lesson_id).read = True

    def record_score(self, lesson_id: str, correct: int, total: int) -> None:
        entry = self._entry(lesson_id)
        if total != entry.total:  # the quiz changed since the best score was set
            entry.best, entry.total = correct, total
        else:
            entry.best = max(entry.best, correct)

    def record_answer(self, question_id: str, correct: bool) -> None:
        """Missed questions join the review list; a correct answer takes one off it."""
        if correct:
            self.missed = [q for q in self.missed if q != question_id]
        elif question_id not in self.missed:
            self.missed.append(question_id)

    def without_records(self) -> Progress:
        """A fresh start: no lessons read, no scores, nothing to review, the same reading aids
        (a reader who needs ふりがな still needs it after clearing their records)."""
        return Progress(furigana=self.furigana, slow_speech=self.slow_speech)

    def to_json(self) -> str:
        return json.dumps({
            "v": VERSION,
            "lessons": {k: [int(v.read), v.best, v.total] for k, v in sorted(self.lessons.items())},
            "missed": self.missed,
            "aids": [int(self.furigana), int(self.slow_speech)],
        }, ensure_ascii=True, separators=(",", ":"))


def parse(raw: object, lesson_ids: set[str], question_ids: set[str]) -> Progress | None:
    """Progress from stored JSON, or None when it is missing, malformed or tampered
    with (unknown version, lesson or question ids, impossible scores, wrong types)."""
    if not isinstance(raw, str) or not raw or len(raw) > MAX_STORED_CHARS:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("v") != VERSION:
        return None
    lessons, missed = data.get("lessons"), data.get("missed")
    if not isinstance(lessons, dict) or not isinstance(missed, list):
        return None
    progress = Progress()
    for lesson_id, value in lessons.items():
        if lesson_id not in lesson_ids or not isinstance(value, list) or len(value) != 3:
            return None
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            return None
        read, best, total = value
        if read not in (0, 1) or not 0 <= best <= total <= 100:
            return None
        progress.lessons[lesson_id] = LessonProgress(bool(read), best, total)
    if not all(isinstance(q, str) and q in question_ids for q in missed) or len(set(missed)) != len(missed):
        return None
    progress.missed = list(missed)
    aids = data.get("aids", [0, 0])  # absent in progress stored before the reading aids existed
    if not isinstance(aids, list) or len(aids) != 2 or not all(type(flag) is int and flag in (0, 1) for flag in aids):
        return None
    progress.furigana, progress.slow_speech = bool(aids[0]), bool(aids[1])
    return progress
