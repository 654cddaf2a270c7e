"""Progress: recording, and rejecting tampered or malformed stored data."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.progress import Progress, parse

LESSONS = {"sox", "moe"}
QUESTIONS = {"sox-1", "sox-2", "moe-1"}


def test_round_trip():
    progress = Progress()
    progress.mark_read("sox")
    progress.record_score("sox", 2, 3)
    progress.record_answer("moe-1", False)
    progress.furigana = True
    again = parse(progress.to_json(), LESSONS, QUESTIONS)
    assert again == progress


def test_best_score_keeps_the_best():
    progress = Progress()
    progress.record_score("sox", 2, 3)
    progress.record_score("sox", 1, 3)
    assert progress.lesson("sox").best == 2
    progress.record_score("sox", 1, 4)  # the quiz changed: start over
    assert (progress.lesson("sox").best, progress.lesson("sox").total) == (1, 4)


def test_review_list():
    progress = Progress()
    progress.record_answer("sox-1", False)
    progress.record_answer("sox-1", False)
    progress.record_answer("sox-2", False)
    assert progress.missed == ["sox-1", "sox-2"]
    progress.record_answer("sox-1", True)
    assert progress.missed == ["sox-2"]


def test_progress_stored_before_the_reading_aids_still_loads():
    progress = parse('{"v":1,"lessons":{"sox":[1,2,3]},"missed":[]}', LESSONS, QUESTIONS)
    assert progress and progress.lesson("sox").read and not progress.furigana and not progress.slow_speech


@pytest.mark.parametrize("raw", [
    "", "not json", "[]", "null", '{"v":2,"lessons":{},"missed":[]}',
    '{"v":1,"lessons":{"evil":[1,0,0]},"missed":[]}',
    '{"v":1,"lessons":{"sox":[1,5,3]},"missed":[]}',
    '{"v":1,"lessons":{"sox":[true,1,3]},"missed":[]}',
    '{"v":1,"lessons":{"sox":[1,1]},"missed":[]}',
    '{"v":1,"lessons":{},"missed":["<script>alert(1)</script>"]}',
    '{"v":1,"lessons":{},"missed":["sox-1","sox-1"]}',
    '{"v":1,"lessons":{"sox":["1",1,3]},"missed":[]}',
    json.dumps({"v": 1, "lessons": {}, "missed": ["sox-1"] * 10_000}),
    '{"v":1,"lessons":{},"missed":[],"aids":[2,0]}',
    '{"v":1,"lessons":{},"missed":[],"aids":[true,false]}',
    '{"v":1,"lessons":{},"missed":[],"aids":"on"}',
    None, 42,
])
def test_tampered_data_is_rejected(raw):
    assert parse(raw, LESSONS, QUESTIONS) is None


@given(st.text(max_size=300))
def test_any_string_parses_or_is_rejected(raw):
    result = parse(raw, LESSONS, QUESTIONS)
    assert result is None or isinstance(result, Progress)
