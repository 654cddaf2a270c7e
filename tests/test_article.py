"""The article reader: every sentence present in 原文, a plain version of every
paragraph within the readability limits, levels from the URL, and numbers
backed by the data."""

from __future__ import annotations

import html
import re

import pytest

from explainer.store import get_content

from .test_pages_apptest import open_page

# The reader has come near every section after the first (each is drawn then: explainer.near).
SCROLLED = tuple(f"article-{section.id}" for section in get_content().article.sections[1:])
TIP = re.compile(r'<span class="gl-tip".*?</a></span>', re.S)
READING = re.compile(r"<rt>.*?</rt>")


def visible_text(app) -> str:
    """The text a reader sees in the page's Markdown (pop-up definitions, ruby readings and tags removed)."""
    raw = "\n".join(str(m.value) for m in [*app.markdown, *app.get("html")])
    return html.unescape(re.sub(r"<[^>]+>", "", READING.sub("", TIP.sub("", raw)))).replace("**", "")


def test_every_paragraph_has_a_plain_version(content):
    article = content.article
    annotated = {p.line for s in article.sections for p in s.paragraphs}
    summarized = {line for s in article.sections for block in s.summarized
                  for line in range(block.first_line, block.last_line + 1)}
    body = {n for n, line in enumerate(article.lines, start=1) if line.strip()}
    assert body == annotated | summarized
    assert max(annotated) == 81 and summarized == set(range(82, 97))


def test_original_level_shows_every_sentence():
    app = open_page("article", near=SCROLLED, level="original")
    assert not app.exception
    shown = visible_text(app)
    for section in get_content().article.sections:
        for paragraph in section.paragraphs:
            assert paragraph.text in shown, f"line {paragraph.line} missing"


def test_first_visit_draws_the_first_section_and_holds_the_others_with_their_paragraph_ids():
    """Each later section waits in a box with its heading above it; the box holds the ids of its paragraphs, so a
    link to #p73 scrolls to the box, which brings the section (page.js then scrolls to the paragraph)."""
    sections = get_content().article.sections
    app = open_page("article")
    assert not app.exception
    assert [header.proto.anchor for header in app.header] == [section.id for section in sections]
    shown = visible_text(app)
    assert sections[0].paragraphs[-1].easy in shown and sections[1].paragraphs[0].easy not in shown
    waiting = [e.value for e in app.get("html") if 'class="near-waiting"' in e.value]
    assert len(waiting) == len(sections) - 1
    closing = next(box for box, section in zip(waiting, sections[1:], strict=True) if section.id == "closing")
    assert '<span id="p73"></span>' in closing


def test_easy_level_shows_plain_text_only():
    first = get_content().article.sections[0].paragraphs[0]
    app = open_page("article", level="easy")
    shown = visible_text(app)
    assert first.easy in shown and first.text not in shown


def test_unknown_level_falls_back_with_notice():
    app = open_page("article", level="<script>alert(1)</script>")
    assert not app.exception
    assert "両方" in app.info[0].value
    assert app.segmented_control[0].value == "both"


def test_numbers_open_their_data():
    app = open_page("article", near=SCROLLED, level="original")
    boxes = [e for e in app.expander if "4800" in e.label]
    assert boxes
    inside = " ".join(str(m.value) for m in boxes[0].get("html"))
    assert "4853.24" in inside and "5341.94" in inside


@pytest.mark.parametrize("line,expected", [(40, "158.0億ドル"), (73, "154.22"), (26, "−9.86%"), (51, "0.14ドル")])
def test_number_notes_state_the_differences(content, line, expected):
    notes = " ".join(n.note for n in content.article.numbers if n.line == line)
    assert expected in notes


def _plain(content, line: int) -> str:
    return next(p.easy for s in content.article.sections for p in s.paragraphs if p.line == line)


def test_fact_audit_corrections_stay_in_the_plain_version(content):
    """Issue 15's corrections: reports stay reports, the founding date gets its note, the session is named."""
    assert "報じられています" in _plain(content, 19)  # 天安門: reported, not stated as fact
    assert "証明はされていません" in _plain(content, 45)  # an allegation, not theft by "China"
    for line in (47, 74):  # the author's 「2年前」 repeated with a calm note from paragraph 49
        assert "2年前" in _plain(content, line) and "補足：記事の第49段落" in _plain(content, line)
    summaries = [text for s in content.article.sections for text in (*s.summary, s.point)
                 if "決算" in text and "エヌビディア" in text]
    assert summaries and all("時間外" in t for t in summaries)  # the 1/29 fall was after hours


def test_nvidia_rose_in_the_regular_session_after_the_earnings(content):
    """What the corrected summary relies on: the 1/30 regular close was up (+0.77 %), the fall was after hours."""
    from explainer.datasets import load_prices

    prices = load_prices()
    nvda = prices[prices["ticker"] == "NVDA"]
    nvda = nvda.set_index(nvda["date"].dt.strftime("%Y-%m-%d"))["close"]
    assert round((nvda["2025-01-30"] / nvda["2025-01-29"] - 1) * 100, 2) == 0.77
    assert any("0.77" in t or "0.8" in t for s in content.article.sections for t in (*s.summary, s.point))
