"""みんなで答える: live class answers — rooms a teacher opens and students answer in from their phones.

State lives in the server process behind one small interface, ``RoomStore``
(Community Cloud runs one process per app). ``MemoryRoomStore`` is that store in
memory: a server restart ends every live room (each student's own progress is in
their browser and is untouched). A deployment with several processes would put a
shared store (for example Redis) behind the same interface.

No names, no accounts: a student is a random token kept in their own page's URL.
A room code is 6 characters from an alphabet without look-alikes (2 3 4 6 7 8 9 and
22 letters: 29⁶ ≈ 5.9 × 10⁸ codes), rooms end after 3 hours without activity,
and caps keep one server safe (80 students a room, 100 rooms).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

CODE_ALPHABET = "2346789ABCDEFGHJKMNPQRTUVWXYZ"  # no 0/O, 1/I/L, 5/S
CODE_LENGTH = 6
ROOM_IDLE_SECONDS = 3 * 60 * 60
MAX_STUDENTS = 80
MAX_ROOMS = 100
MAX_CHOICES = 8


class LiveError(Exception):
    """A friendly reason a room action could not be done (shown to the reader as is)."""


class RoomFull(LiveError):
    pass


class NoRoom(LiveError):
    pass


@dataclass
class Room:
    code: str
    lesson: str
    question: str = ""  # id of the question the room is answering now ("" before the first)
    choices: int = 0
    revealed: bool = False
    answers: dict[str, int] = field(default_factory=dict)  # student token -> choice, for the current question
    students: set[str] = field(default_factory=set)
    last_active: float = 0.0

    def tally(self) -> list[int]:
        """How many students chose each option of the current question."""
        counts = Counter(self.answers.values())
        return [counts.get(index, 0) for index in range(self.choices)]


@dataclass(frozen=True)
class RoomView:
    """What a page needs to draw a room (a copy: pages never hold the store's objects)."""

    code: str
    lesson: str
    question: str
    choices: int
    revealed: bool
    tally: tuple[int, ...]
    students: int
    my_answer: int | None = None


class RoomStore(Protocol):
    def open_room(self, lesson: str) -> str: ...
    def close_room(self, code: str) -> None: ...
    def view(self, code: str, student: str = "") -> RoomView: ...
    def join(self, code: str, student: str) -> RoomView: ...
    def ask(self, code: str, question: str, choices: int) -> RoomView: ...
    def reveal(self, code: str) -> RoomView: ...
    def answer(self, code: str, student: str, question: str, choice: int) -> RoomView: ...


def new_student_token() -> str:
    return secrets.token_urlsafe(12)


def clean_code(raw: object) -> str:
    """A typed room code as the store spells it (upper case, no spaces or dashes); '' if it cannot be one."""
    if not isinstance(raw, str):
        return ""
    code = raw.strip().upper().replace("-", "").replace(" ", "")
    return code if len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code) else ""


class MemoryRoomStore:
    """Rooms in this process's memory, safe to use from every session's thread."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 max_rooms: int = MAX_ROOMS, max_students: int = MAX_STUDENTS) -> None:
        self._rooms: dict[str, Room] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._max_rooms = max_rooms
        self._max_students = max_students

    def _expire(self) -> None:
        now = self._clock()
        for code in [c for c, room in self._rooms.items() if now - room.last_active > ROOM_IDLE_SECONDS]:
            del self._rooms[code]

    def _room(self, code: str) -> Room:
        self._expire()
        room = self._rooms.get(code)
        if room is None:
            raise NoRoom("その部屋は見つかりません。コードをたしかめてください。授業が終わった部屋は、閉じています。")
        room.last_active = self._clock()
        return room

    @staticmethod
    def _view(room: Room, student: str = "") -> RoomView:
        return RoomView(room.code, room.lesson, room.question, room.choices, room.revealed, tuple(room.tally()),
                        len(room.students), room.answers.get(student))

    def open_room(self, lesson: str) -> str:
        with self._lock:
            self._expire()
            if len(self._rooms) >= self._max_rooms:
                raise RoomFull("いま開いている部屋が多すぎます。しばらくしてから、もう一度ためしてください。")
            while (code := "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))) in self._rooms:
                pass
            self._rooms[code] = Room(code, lesson, last_active=self._clock())
            return code

    def close_room(self, code: str) -> None:
        with self._lock:
            self._rooms.pop(code, None)

    def view(self, code: str, student: str = "") -> RoomView:
        with self._lock:
            return self._view(self._room(code), student)

    def join(self, code: str, student: str) -> RoomView:
        with self._lock:
            room = self._room(code)
            if student not in room.students:
                if len(room.students) >= self._max_students:
                    raise RoomFull(f"この部屋は満員です（{self._max_students}人まで）。先生に知らせてください。")
                room.students.add(student)
            return self._view(room, student)

    def ask(self, code: str, question: str, choices: int) -> RoomView:
        """Move the room to ``question`` (answers start again); asking the current one again changes nothing."""
        with self._lock:
            room = self._room(code)
            if room.question != question:
                room.question, room.choices, room.revealed = question, max(0, min(choices, MAX_CHOICES)), False
                room.answers = {}
            return self._view(room)

    def reveal(self, code: str) -> RoomView:
        with self._lock:
            room = self._room(code)
            room.revealed = True
            return self._view(room)

    def answer(self, code: str, student: str, question: str, choice: int) -> RoomView:
        """Record a student's one answer to the current question (a second answer is ignored)."""
        with self._lock:
            room = self._room(code)
            if student not in room.students:
                raise NoRoom("まだ部屋に入っていません。もう一度、部屋のコードを入れてください。")
            if question != room.question or room.revealed:
                raise LiveError("この問題は、もう答えを受けつけていません。先生の画面を見てください。")
            if type(choice) is not int or not 0 <= choice < room.choices:
                raise LiveError("その答えは選べません。")
            room.answers.setdefault(student, choice)
            return self._view(room, student)
