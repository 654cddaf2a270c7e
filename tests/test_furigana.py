"""Readings: the generated file is current and complete, its readings match a hand-checked list,
and ruby goes on kanji only."""

from __future__ import annotations

import csv
import re
import subprocess
import sys

import pytest

from explainer.content import ROOT
from explainer.furigana import (
    KANJI,
    READINGS_FILE,
    Readings,
    format_annotated,
    load_readings,
    parse_annotated,
    ruby_html,
    spoken,
)
from explainer.textnorm import katakana_to_hiragana

CHECKED = ROOT / "tests" / "readings_checked.tsv"


@pytest.fixture(scope="module")
def readings() -> Readings:
    return load_readings(ROOT / READINGS_FILE)


def test_readings_file_is_current_and_every_kanji_has_a_reading():
    done = subprocess.run([sys.executable, "-m", "explainer.readings_build", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _reading_in_context(readings: Readings, word: str, context: str) -> str:
    """The word's reading as the app shows it: the readings of the marks inside it, kana as written."""
    text = next(t for t in readings.texts if context in t)
    start = text.index(context) + context.index(word)
    end = start + len(word)
    marks = [m for m in readings.texts[text] if m[0] < end and m[1] > start]
    assert marks and marks[0][0] >= start and marks[-1][1] <= end, f"{word}: a reading runs past the word"
    out, position = [], start
    for mark_start, mark_end, reading in marks:
        out += [text[position:mark_start], reading]
        position = mark_end
    out.append(text[position:end])
    return katakana_to_hiragana("".join(out))


def test_checked_words_are_read_right(readings):
    with CHECKED.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len({row["word"] for row in rows}) >= 150
    wrong = [f"{row['word']}: {got} (want {row['reading']}) in 「{row['context']}」"
             for row in rows if (got := _reading_in_context(readings, row["word"], row["context"])) != row["reading"]]
    assert not wrong, "\n".join(wrong)


def test_same_word_read_by_context(readings):
    """One file, several readings of one word: each text keeps the reading of its own context."""
    assert _reading_in_context(readings, "日", "次の日の終値") == "ひ"
    assert _reading_in_context(readings, "日", "27日、エヌビディアの株価") == "にち"
    assert _reading_in_context(readings, "方", "やり方") == "かた"


def test_minutes_in_a_text_the_build_never_saw(readings):
    """Composed texts (a class plan's timeline) are read word by word; 分 after a number is still minutes."""
    text = "導入 3分 → 読む 10分 → まとめ 45分（10分の1）"
    minutes = [reading for start, end, reading in readings.marks(text) if text[start:end] == "分"]
    assert minutes == ["ぷん", "ぷん", "ふん", "ぶん"]


def test_ruby_on_kanji_only():
    text = "約90兆円です"
    marks = [(0, 1, "やく"), (3, 4, "ちょう"), (4, 5, "えん")]
    assert ruby_html(text, marks) == ("<ruby>約<rt>やく</rt></ruby>90<ruby>兆<rt>ちょう</rt></ruby>"
                                      "<ruby>円<rt>えん</rt></ruby>です")


def test_ruby_html_escapes_and_skips_marks_outside_the_slice():
    text = "<b>株価</b>"
    html = ruby_html(text, [(3, 5, "かぶか")], 0, len(text))
    assert html == "&lt;b&gt;<ruby>株価<rt>かぶか</rt></ruby>&lt;/b&gt;"
    assert ruby_html(text, [(3, 5, "かぶか")], 0, 4) == "&lt;b&gt;株"


def test_annotation_round_trip():
    text, marks = "時価総額は大きい", [(0, 4, "じかそうがく"), (5, 6, "おお")]
    annotated = format_annotated(text, marks)
    assert annotated == "｜時価総額《じかそうがく》は｜大《おお》きい"
    assert parse_annotated(annotated) == (text, marks)


def test_text_not_in_the_file_is_read_word_by_word(readings):
    assert readings.marks("第3段落") == [(0, 1, "だい"), (2, 4, "だんらく")]
    unknown = Readings({}, {"株価": "かぶか"})
    assert unknown.marks("株価鬱") == [(0, 2, "かぶか")]  # an unknown kanji stays unread, no error


def test_a_glossary_mark_cutting_a_word_gets_readings_inside_it():
    words = {"設備": "せつび", "投資": "とうし", "額": "がく"}
    readings = Readings({"設備投資額": [(0, 5, "せつびとうしがく")]}, words)
    assert readings.slice_marks("設備投資額", 0, 4) == [(0, 2, "せつび"), (2, 4, "とうし")]


def test_spoken_text_uses_readings_in_katakana():
    marks = [(0, 4, "じかそうがく"), (7, 8, "ちょう"), (8, 9, "えん")]
    assert spoken("時価総額は91兆円", marks) == "ジカソウガクは91チョウエン"


def test_the_running_app_does_not_need_the_analyzer():
    """The analyzer is a build-time tool: nothing the app imports at run time reaches it."""
    code = "import sys, explainer.furigana, explainer.richtext; sys.exit('sudachipy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_worksheet_carries_ruby_shown_only_with_furigana(readings, content):
    from explainer.richtext import use_readings
    from explainer.worksheet import worksheet_html

    use_readings(readings)
    try:
        questions = list(content.final_quiz[:3])
        with_readings = worksheet_html("まとめテスト", questions, furigana=True)
        plain = worksheet_html("まとめテスト", questions, furigana=False)
    finally:
        use_readings(None)
    assert "<ruby>" in with_readings and "rt { display: none; }" not in with_readings
    assert "rt { display: none; }" in plain
    body = with_readings.split("<body>", 1)[1]
    outside = re.sub(r"<ruby>.*?</ruby>", "", body)
    assert not KANJI.search(re.sub(r"<[^>]+>", "", outside)), "every kanji on the sheet has a reading"


def test_pop_ups_carry_ruby_only_while_it_is_shown(readings):
    """The text always has its readings (🔊 reads with them); a pop-up, never read aloud, only with ふりがな on."""
    from explainer.richtext import to_html, use_readings
    from explainer.store import get_glossary

    text = "時価総額が大きく下がりました。"
    try:
        use_readings(readings, shown=False)
        hidden = to_html(text, get_glossary())
        use_readings(readings, shown=True)
        shown = to_html(text, get_glossary())
    finally:
        use_readings(None)
    for markup in (hidden, shown):
        assert 'class="gl-tip"' in markup and "<ruby>下<rt>さ</rt></ruby>" in markup
    assert "<ruby>" not in hidden.split('class="gl-tip"', 1)[1].split("</span></span>", 1)[0]
    assert "<ruby>" in shown.split('class="gl-tip"', 1)[1].split("</span></span>", 1)[0]
