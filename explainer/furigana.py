"""Readings (furigana) of every kanji word the app shows, from one generated file.

``content/readings.json`` holds every reader-facing text with its readings in
Aozora Bunko notation, ``｜時価総額《じかそうがく》は…``: one entry per text, read in
its whole context by a morphological analyzer when the file was generated
(``python -m explainer.readings_build``; the analyzer is a build-time tool, the
running app only reads this file). A text not in the file (one composed by the
code, such as 「第3段落」) is read word by word from the same file's words, longest first.

``marks(text)`` gives each kanji word's span and reading; ``ruby_html`` turns a
slice of a text into escaped HTML with ``<ruby>`` on kanji only (in 約90兆円 the
digits get none); ``spoken`` gives the text as a speech synthesizer should
read it, each kanji word replaced by its reading in katakana.
"""

from __future__ import annotations

import ast
import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

READINGS_FILE = "content/readings.json"
Mark = tuple[int, int, str]  # start, end (in the plain text) and hiragana reading of one kanji word

KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆〇ヶ]")
_ANNOTATION = re.compile(r"｜([^｜《》]+)《([^｜《》]+)》")
_KANJI_RUN = re.compile(KANJI.pattern + "+")
# 分 after a number counts minutes (3分 さんぷん, 45分 よんじゅうごふん); before の it is a fraction (10分の1 ぶん).
_MINUTES = re.compile(r"(?<![0-9.])([0-9]+)分(?!の)")
_LONGEST_WORD = 12


def parse_annotated(annotated: str) -> tuple[str, list[Mark]]:
    """(plain text, marks) from a text in Aozora notation."""
    plain, marks, position = [], [], 0
    for match in _ANNOTATION.finditer(annotated):
        plain.append(annotated[position:match.start()])
        start = sum(map(len, plain))
        plain.append(match.group(1))
        marks.append((start, start + len(match.group(1)), match.group(2)))
        position = match.end()
    plain.append(annotated[position:])
    return "".join(plain), marks


def format_annotated(text: str, marks: Iterable[Mark]) -> str:
    """``text`` in Aozora notation: each marked span as ｜base《reading》."""
    out, position = [], 0
    for start, end, reading in marks:
        out.append(text[position:start] + f"｜{text[start:end]}《{reading}》")
        position = end
    out.append(text[position:])
    return "".join(out)


def hiragana_to_katakana(text: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in text)


@dataclass(eq=False)  # hashed by identity: rendered slices are cached per Readings object
class Readings:
    """The readings of known texts, and of single words for texts the file does not hold."""

    texts: dict[str, list[Mark]] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_annotated(cls, annotated: Iterable[str]) -> Readings:
        """Readings from annotated texts; each word's fallback reading is its most frequent one."""
        texts: dict[str, list[Mark]] = {}
        counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for line in annotated:
            plain, marks = parse_annotated(line)
            texts[plain] = marks
            for start, end, reading in marks:
                counts[plain[start:end]][reading] += 1
        words = {word: readings.most_common(1)[0][0] for word, readings in counts.items()}
        return cls(texts, words)

    def marks(self, text: str) -> list[Mark]:
        """Span and reading of each kanji word in ``text``, in order."""
        known = self.texts.get(text)
        if known is not None:
            return known
        return minute_marks(text, [mark for run in _KANJI_RUN.finditer(text)
                                   for mark in self._read_run(text, run.start(), run.end())])

    def _read_run(self, text: str, start: int, end: int) -> Iterable[Mark]:
        """A kanji run split into known words, longest first."""
        position = start
        while position < end:
            for length in range(min(_LONGEST_WORD, end - position), 0, -1):
                reading = self.words.get(text[position:position + length])
                if reading is not None:
                    yield position, position + length, reading
                    position += length
                    break
            else:
                position += 1  # a kanji no text ever used: left without a reading

    def slice_marks(self, text: str, start: int, end: int) -> list[Mark]:
        """The marks of ``text`` that lie in ``text[start:end]``; a word cut by the slice's edge
        (a glossary term inside a longer word) is read again, word by word, inside the slice."""
        inside = []
        for mark in self.marks(text):
            mark_start, mark_end, _ = mark
            if start <= mark_start and mark_end <= end:
                inside.append(mark)
            elif mark_start < end and mark_end > start:
                low, high = max(mark_start, start), min(mark_end, end)
                inside.extend(self._read_run(text, low, high))
        return inside


def minute_marks(text: str, marks: list[Mark]) -> list[Mark]:
    """``marks`` with each 分 after a number read as minutes: ぷん after 1, 3, 4, 6, 8 and 0 (いっぷん,
    じゅっぷん), ふん after the others (ごふん). A word list cannot know this; assets/reading_aids.js does the same."""
    for match in _MINUTES.finditer(text):
        low = match.end() - 1
        marks = [m for m in marks if m[1] <= low or m[0] > low]
        marks.append((low, low + 1, "ぷん" if match.group(1)[-1] in "134680" else "ふん"))
    return sorted(marks)


def load_readings(path: Path) -> Readings:
    """Readings from the generated file (a JSON list of annotated texts)."""
    return Readings.from_annotated(json.loads(path.read_text(encoding="utf-8")))


def ruby_html(text: str, marks: list[Mark], start: int = 0, end: int | None = None,
              escape=html.escape) -> str:
    """``text[start:end]`` as escaped HTML, each mark inside it as ``<ruby>`` (marks outside are skipped)."""
    end = len(text) if end is None else end
    out, position = [], start
    for mark_start, mark_end, reading in marks:
        if mark_start < start or mark_end > end:
            continue
        out.append(escape(text[position:mark_start]))
        out.append(f"<ruby>{escape(text[mark_start:mark_end])}<rt>{escape(reading)}</rt></ruby>")
        position = mark_end
    out.append(escape(text[position:end]))
    return "".join(out)


def spoken(text: str, marks: list[Mark]) -> str:
    """``text`` as it should be spoken: kanji words replaced by their readings in katakana
    (katakana keeps the synthesizer from reading a particle such as は as part of the word)."""
    out, position = [], 0
    for start, end, reading in marks:
        out.append(text[position:start] + hiragana_to_katakana(reading))
        position = end
    out.append(text[position:])
    return "".join(out)


def code_texts(root: Path) -> set[str]:
    """String literals with a kanji in the app's code (and the constant parts of f-strings):
    the labels, captions and messages that Streamlit's widgets draw."""
    files = [root / "app.py", *sorted((root / "pages").glob("*.py")), *sorted((root / "explainer").glob("*.py"))]
    return {node.value for path in files for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and KANJI.search(node.value)}


def browser_table(readings: Readings, label_texts: Iterable[str]) -> str:
    """The readings the browser needs for labels, as JSON safe inside a ``<script>``:
    ``{"texts": {label: [[start, end, reading], …]}, "words": {word: reading}}``."""
    texts = {text: [list(mark) for mark in readings.texts[text]]
             for text in sorted(label_texts) if text in readings.texts}
    data = json.dumps({"texts": texts, "words": readings.words}, ensure_ascii=False, separators=(",", ":"))
    return data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
