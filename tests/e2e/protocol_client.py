"""A small client of Streamlit's own websocket protocol, for load: it runs a page with a query
string, reads back the buttons and texts the page drew, and presses a button — what a phone's
browser does, without the browser, so that a test or the benchmark can seat a whole class.

Used by tests/e2e/test_live.py (40 students), tests/e2e/test_quality.py (30 sessions at once) and
bench/run.py (join and answer latencies).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import parse_qs

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg


@dataclass
class PageRun:
    """What one run of a page drew: its buttons (label → widget id), its texts, the error boxes Streamlit
    drew for an exception, its query string."""

    buttons: dict[str, str] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    query: str = ""

    def has_text(self, part: str) -> bool:
        return any(part in text for text in self.texts)


class ProtocolSession:
    """One browser session of the app, spoken to over its websocket (``async with``)."""

    def __init__(self, base_url: str, page: str, query: str = "") -> None:
        self.url = base_url.replace("http://", "ws://").rstrip("/") + "/_stcore/stream"
        self.page = page
        self.query = query
        self._socket = None

    async def __aenter__(self) -> ProtocolSession:
        self._socket = await websockets.connect(self.url, subprotocols=["streamlit"], max_size=None)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._socket.close()

    async def run(self, press: str = "", timeout: float = 30.0) -> PageRun:
        """Run the page (pressing the button with widget id ``press``) and read what it drew."""
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        if press:
            widget = state.widget_states.widgets.add()
            widget.id = press
            widget.trigger_value = True
        await self._socket.send(message.SerializeToString())
        result = PageRun(query=self.query)
        deadline = time.monotonic() + timeout
        while True:
            raw = await asyncio.wait_for(self._socket.recv(), timeout=max(0.1, deadline - time.monotonic()))
            forward = ForwardMsg()
            forward.ParseFromString(raw)
            kind = forward.WhichOneof("type")
            if kind == "page_info_changed":
                self.query = result.query = forward.page_info_changed.query_string
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                _read_element(forward.delta.new_element, result)
            elif kind == "script_finished" and forward.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                return result  # (a run that ends early for a rerun is followed by that rerun)

    def param(self, name: str) -> str:
        return (parse_qs(self.query).get(name) or [""])[0]


def _read_element(element, into: PageRun) -> None:
    kind = element.WhichOneof("type")
    if kind == "button":
        into.buttons[element.button.label] = element.button.id
    elif kind in ("markdown", "alert"):
        into.texts.append(getattr(element, kind).body)
    elif kind == "exception":
        into.exceptions.append(f"{element.exception.type}: {element.exception.message}")


@dataclass
class StudentAnswer:
    """One simulated student: how long joining took, and when (time.monotonic) the answer was taken."""

    join_seconds: float
    answered_at: float
    confirmed: bool


async def _one_student(base_url: str, code: str, choice: int, delay: float, answered: asyncio.Queue,
                       dismissed: asyncio.Event) -> StudentAnswer:
    """Join after ``delay`` seconds, answer, confirm; stay in the room (connected) until ``dismissed``."""
    await asyncio.sleep(delay)
    async with ProtocolSession(base_url, "join", f"room={code}") as student:
        started = time.monotonic()
        joined = await student.run()
        join_seconds = time.monotonic() - started
        letter = f"{chr(0x41 + choice)}. "
        button = next((widget for label, widget in joined.buttons.items() if label.startswith(letter)), "")
        result = StudentAnswer(join_seconds, 0.0, False)
        if button:
            await student.run(press=button)
            answered_at = time.monotonic()
            confirmed = await student.run()  # the phone's next refresh shows the answer it sent
            result = StudentAnswer(join_seconds, answered_at, confirmed.has_text("答えを送りました"))
        await answered.put(result)
        await dismissed.wait()
        return result


def seat_class(base_url: str, code: str, students: int, within: float, choices: int = 4,
               while_seated: Callable[[], object] = lambda: None) -> tuple[list[StudentAnswer], object]:
    """``students`` phones join room ``code`` at even intervals over ``within`` seconds, each answering
    at once (student i picks choice i mod ``choices``); once all have answered, and while they are all
    still connected, ``while_seated()`` is called (its value is returned). Runs in the calling thread."""

    async def everyone() -> tuple[list[StudentAnswer], object]:
        answered: asyncio.Queue = asyncio.Queue()
        dismissed = asyncio.Event()
        tasks = [asyncio.create_task(_one_student(base_url, code, index % choices, within * index / students,
                                                  answered, dismissed)) for index in range(students)]
        for _ in range(students):
            await answered.get()
        seated = while_seated()
        dismissed.set()
        return list(await asyncio.gather(*tasks)), seated

    return asyncio.run(everyone())


def run_class(teacher, base_url: str, code: str, students: int, within: float, settle: float = 20.0,
              while_seated: Callable[[], object] = lambda: None) -> tuple[list[StudentAnswer], list[tuple[float, int]],
                                                                         object]:
    """Seat a class (``seat_class``, in a thread) while watching the teacher's Playwright page: returns
    the students' answers, the answer counts the teacher's chart showed, as (time.monotonic, count),
    sampled every 50 ms until every confirmed answer is on the chart or ``settle`` seconds after the last,
    and what ``while_seated()`` gave."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(seat_class, base_url, code, students, within, while_seated=while_seated)
        samples: list[tuple[float, int]] = []
        last_answer = None
        while True:
            samples.append((time.monotonic(), shown_answers(teacher)))
            if future.done():
                answers, seated = future.result()
                confirmed = sum(answer.confirmed for answer in answers)
                last_answer = last_answer or time.monotonic()
                if samples[-1][1] >= confirmed or time.monotonic() - last_answer > settle:
                    return answers, samples, seated
            teacher.wait_for_timeout(50)


def shown_answers(teacher) -> int:
    """The number of answers the teacher's live panel says it has (「回答 N人」)."""
    caption = teacher.locator(".st-key-live-results [data-testid='stCaptionContainer']")
    text = caption.first.inner_text() if caption.count() else ""
    found = re.search(r"回答 (\d+)人", text)
    return int(found.group(1)) if found else 0


def chart_latencies(answers: list[StudentAnswer], samples: list[tuple[float, int]]) -> list[float]:
    """For the k-th answer taken, the seconds until the teacher's chart first showed k answers."""
    taken = sorted(answer.answered_at for answer in answers if answer.confirmed)
    out = []
    for count, at in enumerate(taken, start=1):
        shown = next((when for when, seen in samples if seen >= count and when >= at), None)
        if shown is not None:
            out.append(shown - at)
    return out
