"""The article reader: every sentence present in 原文, a plain version of every
paragraph within the readability limits, levels from the URL, and numbers
backed by the data."""

from __future__ import annotations

import html
import re

import pytest

from .test_pages_apptest import open_page

TIP = re.compile(r'<span class="gl-tip".*?</a></span>', re.S)


def visible_text(app) -> str:
    """The text a reader sees in the page's Markdown (pop-up definitions and tags removed)."""
    raw = "\n".join(str(m.value) for m in app.markdown)
    return html.unescape(re.sub(r"<[^>]+>", "", TIP.sub("", raw))).replace("**", "")


def test_every_paragraph_has_a_plain_version(content):
    article = content.article
    annotated = {p.line for s in article.sections for p in s.paragraphs}
    summarized = {line for s in article.sections for block in s.summarized
                  for line in range(block.first_line, block.last_line + 1)}
    body = {n for n, line in enumerate(article.lines, start=1) if line.strip()}
    assert body == annotated | summarized
    assert max(annotated) == 81 and summarized == set(range(82, 97))


def test_original_level_shows_every_sentence():
    app = open_page("article", level="original")
    assert not app.exception
    shown = visible_text(app)
    from explainer.store import get_content

    for section in get_content().article.sections:
        for paragraph in section.paragraphs:
            assert paragraph.text in shown, f"line {paragraph.line} missing"


def test_easy_level_shows_plain_text_only():
    from explainer.store import get_content

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
    app = open_page("article", level="original")
    boxes = [e for e in app.expander if "4800" in e.label]
    assert boxes
    inside = " ".join(str(m.value) for m in boxes[0].markdown)
    assert "4853.24" in inside and "5341.94" in inside


@pytest.mark.parametrize("line,expected", [(40, "158.0億ドル"), (73, "154.22"), (26, "−9.86%"), (51, "0.14ドル")])
def test_number_notes_state_the_differences(content, line, expected):
    notes = " ".join(n.note for n in content.article.numbers if n.line == line)
    assert expected in notes
