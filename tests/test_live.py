"""Live class answers: rooms, one answer per student, reveal, caps, expiry and code hygiene."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.live import (
    CODE_ALPHABET,
    CODE_LENGTH,
    ROOM_IDLE_SECONDS,
    LiveError,
    MemoryRoomStore,
    NoRoom,
    RoomFull,
    clean_code,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_class_answers_one_question():
    store = MemoryRoomStore()
    code = store.open_room("moe")
    assert len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
    store.ask(code, "moe-1", 3)
    for student, choice in (("a", 0), ("b", 2), ("c", 2)):
        store.join(code, student)
        store.answer(code, student, "moe-1", choice)
    view = store.view(code, "b")
    assert view.tally == (1, 0, 2) and view.students == 3 and view.my_answer == 2 and not view.revealed
    assert store.reveal(code).revealed


def room_with_one_answer(question: str, answer: int) -> tuple[MemoryRoomStore, str]:
    """A room asking ``question`` (two choices) in which student "a" has answered ``answer``."""
    store = MemoryRoomStore()
    code = store.open_room("moe")
    store.ask(code, question, 2)
    store.join(code, "a")
    store.answer(code, "a", question, answer)
    return store, code


def test_one_answer_per_student_and_only_to_the_open_question():
    store, code = room_with_one_answer("moe-1", 1)
    assert store.answer(code, "a", "moe-1", 0).my_answer == 1  # the first answer stays
    with pytest.raises(LiveError):
        store.answer(code, "a", "moe-0", 0)  # an old question
    with pytest.raises(LiveError):
        store.answer(code, "a", "moe-1", 5)  # no such option
    with pytest.raises(NoRoom):
        store.answer(code, "stranger", "moe-1", 0)
    store.reveal(code)
    store.join(code, "late")
    with pytest.raises(LiveError):
        store.answer(code, "late", "moe-1", 0)  # answers close at the reveal


def test_next_question_starts_a_fresh_count():
    store, code = room_with_one_answer("q1", 0)
    assert store.ask(code, "q1", 2).tally == (1, 0)  # asking again keeps the answers
    view = store.ask(code, "q2", 4)
    assert view.tally == (0, 0, 0, 0) and not view.revealed and view.question == "q2"


def test_caps_give_clear_messages():
    store = MemoryRoomStore(max_rooms=2, max_students=2)
    code = store.open_room("moe")
    store.open_room("moe")
    with pytest.raises(RoomFull, match="部屋が多すぎます"):
        store.open_room("moe")
    store.join(code, "a")
    store.join(code, "b")
    store.join(code, "a")  # rejoining is not a new seat
    with pytest.raises(RoomFull, match="満員"):
        store.join(code, "c")


def test_rooms_end_after_three_idle_hours():
    clock = Clock()
    store = MemoryRoomStore(clock=clock)
    code = store.open_room("moe")
    clock.now += ROOM_IDLE_SECONDS - 1
    store.view(code)  # activity keeps it open
    clock.now += ROOM_IDLE_SECONDS + 1
    with pytest.raises(NoRoom):
        store.view(code)


def test_unknown_and_closed_rooms():
    store = MemoryRoomStore()
    with pytest.raises(NoRoom, match="見つかりません"):
        store.join("ABCDEF", "a")
    code = store.open_room("moe")
    store.close_room(code)
    with pytest.raises(NoRoom):
        store.view(code)


def test_forty_students_answering_at_once_are_all_counted():
    store = MemoryRoomStore()
    code = store.open_room("moe")
    store.ask(code, "q", 4)

    def student(number: int) -> None:
        store.join(code, f"s{number}")
        store.answer(code, f"s{number}", "q", number % 4)

    threads = [threading.Thread(target=student, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.view(code).tally == (10, 10, 10, 10)


@pytest.mark.parametrize(("typed", "code"), [("abc-def", "ABCDEF"), (" 234 789 ", "234789"), ("ABCDE", ""),
                                             ("ABCDE0", ""), ("<script>", ""), (None, ""), ("ＡＢＣＤＥＦ", "")])
def test_typed_codes_are_cleaned(typed, code):
    assert clean_code(typed) == code


@given(st.text(max_size=40))
def test_any_typed_text_is_a_valid_code_or_nothing(raw):
    code = clean_code(raw)
    assert code == "" or (len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET))
