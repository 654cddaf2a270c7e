"""Every lesson's reader-facing text stays plain: short sentences and a limited
share of kanji. Lessons teach kanji terms (時価総額, 営業利益率 …), so their kanji
limit is a little above the article's やさしい level (25%)."""

from __future__ import annotations

import pytest

from explainer.content import Lesson
from explainer.readability import measure, split_sentences
from explainer.store import get_content

MAX_CHARS_PER_SENTENCE = 30
MAX_KANJI_SHARE = 0.32
MAX_SENTENCE = 60


def learner_texts(lesson: Lesson) -> list[str]:
    """The text a learner reads in the lesson itself (quotes from the article are left out)."""
    texts = [lesson.purpose, *lesson.summary, *lesson.analogy, *lesson.recap]
    texts += [line for part in lesson.explain for line in part.text]
    texts += [text for m in lesson.misconceptions for text in (m.myth, m.truth)]
    texts += [chart.takeaway for chart in lesson.charts]
    texts += [q.question for q in lesson.quiz]
    return texts


@pytest.mark.parametrize("lesson_id", sorted(get_content().lessons))
def test_lesson_text_is_plain(lesson_id):
    texts = learner_texts(get_content().lessons[lesson_id])
    result = measure(texts)
    assert result.sentences >= 50, result
    assert result.chars_per_sentence <= MAX_CHARS_PER_SENTENCE, result
    assert result.kanji_share <= MAX_KANJI_SHARE, result
    longest = max((s for t in texts for s in split_sentences(t)), key=len)
    assert len(longest) <= MAX_SENTENCE, longest
