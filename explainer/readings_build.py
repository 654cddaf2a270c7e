"""Build ``content/readings.json``: the reading of every kanji word in every text the app shows.

A build-time tool (``python -m explainer.readings_build``), never imported by the
running app: it needs SudachiPy and its core dictionary (requirements-dev.txt),
chosen over fugashi + unidic-lite by the comparison in the README. Each text is
read in its whole context (mode C, so 親会社 is おやがいしゃ and 世界中 せかいじゅう);
then two reviewed sources win over the analyzer:

- ``content/readings_overrides.toml``: names and words the dictionary gets wrong
  (幻方量化 げんぽうりょうか), applied wherever the word appears;
- glossary headwords with their ``reading``, applied where the analyzer's word
  boundaries match the headword's (so 株式 inside 株式会社 keeps がいしゃ).

``python -m explainer.readings_build --check`` exits 1 when the file is out of date
or a kanji has no reading; a test runs the same check.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel

from explainer.content import ROOT, Content, load_content, read_article_lines
from explainer.furigana import (
    KANJI,
    READINGS_FILE,
    Mark,
    code_texts,
    format_annotated,
    minute_marks,
    parse_annotated,
)
from explainer.textnorm import katakana_to_hiragana

OVERRIDES_FILE = "content/readings_overrides.toml"
CODE_DIRS = ("app.py", "pages", "explainer")
_KANJI_RUN = re.compile(KANJI.pattern + "+")
_DIGITS = re.compile(r"[0-9０-９.．,，]+")
# Kanji after digits, read as units and counters (sudachi reads 90兆 as one word, digits included,
# and sometimes 27日 as 27 + か).
_UNITS = {"十": "じゅう", "百": "ひゃく", "千": "せん", "万": "まん", "億": "おく", "兆": "ちょう", "日": "にち"}
# Days of the month whose 日 is not にち: ruby covers the digits too (1日 ついたち).
_DAYS = {1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか",
         8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか"}
_DAY = re.compile(r"(?<![0-9.])([0-9]{1,2})日(間?)")
# The day of the week after a date, 27日（月）: the analyzer reads （金） as かね.
_WEEKDAYS = {"月": "げつ", "火": "か", "水": "すい", "木": "もく", "金": "きん", "土": "ど", "日": "にち"}
_WEEKDAY = re.compile(r"日[（(]([月火水木金土日])[）)]")


def content_texts(content: Content, root: Path = ROOT) -> set[str]:
    """Every text with a kanji that content, the article, the data files and the code can show."""
    texts: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, str):
            texts.add(value)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif hasattr(value, "values"):
            for item in value.values():
                walk(item)

    walk([content.glossary, content.lessons, content.article, content.final_quiz, content.teachers, content.summary])
    texts.update(read_article_lines(root))
    for path in sorted((root / "data").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            texts.update(cell for row in csv.reader(handle) for cell in row)
    texts.update(code_texts(root))
    return {text for text in texts if KANJI.search(text)}


class Reader:
    """Reads texts with SudachiPy, the reviewed overrides and the glossary's readings."""

    def __init__(self, content: Content, root: Path = ROOT):
        from sudachipy import dictionary, tokenizer  # build-time only

        self._tokenizer = dictionary.Dictionary(dict="core").tokenizer()
        self._mode = tokenizer.Tokenizer.SplitMode.C
        with (root / OVERRIDES_FILE).open("rb") as handle:
            self.overrides: dict[str, str] = tomllib.load(handle)["readings"]
        self.headwords: dict[str, list[Mark]] = {}
        for entry in content.glossary.values():
            marks = align(entry.term, entry.reading)  # the reading is the headword's; aliases are read as text
            if marks:
                self.headwords[entry.term] = marks
        self._forced = re.compile("|".join(sorted(map(re.escape, self.overrides), key=len, reverse=True)))

    def read(self, text: str) -> list[Mark]:
        """The marks of ``text``: overrides first, then the analyzer on what lies between."""
        marks: list[Mark] = []
        position = 0
        for match in self._forced.finditer(text):
            marks += self._analyse(text, position, match.start())
            marks += [(match.start() + s, match.start() + e, r)
                      for s, e, r in align(match.group(), self.overrides[match.group()], keep_katakana=True) or []]
            position = match.end()
        marks += self._analyse(text, position, len(text))
        return marks

    def _analyse(self, text: str, start: int, end: int) -> list[Mark]:
        piece = text[start:end]
        if not KANJI.search(piece):
            return []
        tokens = [(m.begin(), m.end(), m.reading_form()) for m in self._tokenizer.tokenize(piece, self._mode)]
        marks = []
        for token_start, token_end, reading in tokens:
            surface = piece[token_start:token_end]
            if KANJI.search(surface):
                marks += [(start + token_start + s, start + token_start + e, r)
                          for s, e, r in self._token_marks(surface, reading)]
        return self._apply_headwords(text, marks, start, end)

    def _token_marks(self, surface: str, reading: str) -> list[Mark]:
        if _DIGITS.search(surface):
            return self._number_marks(surface)
        marks = align(surface, reading)
        if marks is not None:
            return marks
        # The reading does not line up (生成AI read with the letters): read each kanji run alone.
        out = []
        for run in _KANJI_RUN.finditer(surface):
            sub = [(m.begin(), m.end(), m.reading_form()) for m in self._tokenizer.tokenize(run.group(), self._mode)]
            for s, e, r in sub:
                out += [(run.start() + s + a, run.start() + s + b, rr) for a, b, rr in align(run.group()[s:e], r) or []]
        return out

    def _number_marks(self, surface: str) -> list[Mark]:
        """A word with digits (90兆, 12兆4000億): units from the table, any other kanji read alone."""
        out = []
        for run in _KANJI_RUN.finditer(surface):
            if all(ch in _UNITS for ch in run.group()) and (run.group() != "日" or run.start() > 0):
                out += [(run.start() + i, run.start() + i + 1, _UNITS[ch]) for i, ch in enumerate(run.group())]
            else:
                alone = self._analyse(run.group(), 0, len(run.group()))
                out += [(run.start() + s, run.start() + e, r) for s, e, r in alone]
        return out

    def _apply_headwords(self, text: str, marks: list[Mark], start: int, end: int) -> list[Mark]:
        """Glossary readings replace the analyzer's where a headword covers whole analyzer words."""
        starts = {s for s, _, _ in marks} | {start}
        ends = {e for _, e, _ in marks} | {end}
        for term, term_marks in self.headwords.items():
            for found in re.finditer(re.escape(term), text[start:end]):
                low = start + found.start()
                first, last = low + term_marks[0][0], low + term_marks[-1][1]
                if first in starts and last in ends:
                    marks = [m for m in marks if m[1] <= first or m[0] >= last]
                    marks += [(low + s, low + e, r) for s, e, r in term_marks]
                    marks.sort()
                    starts = {s for s, _, _ in marks}
                    ends = {e for _, e, _ in marks}
        return marks


def align(surface: str, reading: str, keep_katakana: bool = False) -> list[Mark] | None:
    """Marks for the kanji runs of ``surface`` given the whole word's reading (kana outside
    the kanji must match the reading: 高い + たかい gives 高 たか); None when they do not line up.
    Readings come out in hiragana, or as written when ``keep_katakana`` (a brand name: 騰訊 テンセント)."""
    foreign = keep_katakana
    target = reading if foreign else katakana_to_hiragana(reading)
    parts = re.split(f"({_KANJI_RUN.pattern})", surface)
    pattern = "".join("(.+?)" if i % 2 else re.escape(part if foreign else katakana_to_hiragana(part))
                      for i, part in enumerate(parts))
    match = re.fullmatch(pattern, target)
    if not match or KANJI.search(target):
        return None
    marks, position, group = [], 0, 1
    for i, part in enumerate(parts):
        if i % 2:
            marks.append((position, position + len(part), match.group(group)))
            group += 1
        position += len(part)
    return marks


def _day_marks(text: str, marks: list[Mark]) -> list[Mark]:
    """Days after digits: 日 is にち (the analyzer sometimes says か), and where a day is not read
    にち the ruby covers the digits too (1月1日 ついたち, 4日間 よっかかん); a weekday after it is
    read as one (（金） きん)."""
    for match in _DAY.finditer(text):
        day = _DAYS.get(int(match.group(1)))
        if day == "ついたち" and not text[:match.start()].endswith("月"):
            day = "いちにち"  # 「1日で」 is one day; the first of a month is written 1月1日
        low, high = (match.start(), match.end()) if day else (match.start() + len(match.group(1)), match.end())
        reading = (day or "にち") + ("かん" if match.group(2) else "")
        marks = [m for m in marks if m[1] <= low or m[0] >= high]
        marks.append((low, high, reading))
    for match in _WEEKDAY.finditer(text):
        low = match.start(1)
        marks = [m for m in marks if m[1] <= low or m[0] > low]
        marks.append((low, low + 1, _WEEKDAYS[match.group(1)]))
    return sorted(marks)


def build(root: Path = ROOT) -> list[str]:
    """Every shown text with a kanji, annotated, sorted: the content of READINGS_FILE."""
    content = load_content(root)
    reader = Reader(content, root)
    return sorted(format_annotated(text, minute_marks(text, _day_marks(text, reader.read(text))))
                  for text in content_texts(content, root))


def unread(annotated: Iterable[str]) -> Iterator[str]:
    """Each kanji left without a reading, with a little context."""
    for line in annotated:
        plain, marks = parse_annotated(line)
        covered = {i for s, e, _ in marks for i in range(s, e)}
        for match in KANJI.finditer(plain):
            if match.start() not in covered:
                yield f"{match.group()} in …{plain[max(0, match.start() - 10):match.end() + 10]}…"


def dump(lines: list[str]) -> str:
    return "[\n" + ",\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n]\n"


def main(argv: list[str]) -> int:
    lines = build()
    missing = sorted(set(unread(lines)))
    for problem in missing:
        print(f"no reading: {problem}", file=sys.stderr)
    path = ROOT / READINGS_FILE
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != dump(lines):
            print(f"{READINGS_FILE} is out of date: run python -m explainer.readings_build", file=sys.stderr)
            return 1
        return 1 if missing else 0
    path.write_text(dump(lines), encoding="utf-8")
    print(f"{READINGS_FILE}: {len(lines)} texts, {len(missing)} kanji without a reading")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
