"""みんなで答える on screen: the teacher's panel on a question slide, and the students' page ``/join``.

The teacher presses 「みんなで答える」 on a question slide: a room opens (``explainer.live``)
and the slide shows a QR code (made here with segno, as SVG, no other host involved),
the room code and the join URL, and a bar chart of the answers that refreshes every
second, the right answer marked only after the teacher's reveal. The room follows
the teacher's deck: each question slide asks its question in the room.

A student opens ``/join?room=CODE`` on a phone; the page gives itself a random token
in its own URL (``&me=…``), so a reload keeps the student's answer. Only one-choice
questions are asked live (the others are answered on paper or aloud).
"""

from __future__ import annotations

import os
import time
from typing import Any
from urllib.parse import urlencode, urljoin

import segno
import streamlit as st

from explainer.charts import PLOTLY_CONFIG, answers_chart
from explainer.live import LiveError, MemoryRoomStore, NoRoom, RoomView, clean_code, new_student_token
from explainer.params import text_param
from explainer.quiz import letters
from explainer.quiz_ui import choice_buttons
from explainer.schema import Question
from explainer.store import get_questions
from explainer.ui import rich, rich_html

TEACHER_ROOM = "live-room"  # the teacher's session: the code of the room it opened
ROOM_PROBLEM = "live-room-problem"  # why a room could not open (all rooms taken)
REFRESH_SECONDS = 1.0
FAILED_JOINS_ALLOWED = 5  # wrong codes a session may type before it has to wait
FAILED_JOIN_WAIT = 60.0


@st.cache_resource(show_spinner=False)
def get_room_store() -> MemoryRoomStore:
    """The rooms of this server process, shared by every session (``EXPLAINER_LIVE_MAX_STUDENTS``
    sets a smaller room, for a test of a full room)."""
    limit = os.environ.get("EXPLAINER_LIVE_MAX_STUDENTS", "")
    return MemoryRoomStore(max_students=int(limit)) if limit.isdigit() else MemoryRoomStore()


def can_ask_live(question: Question) -> bool:
    return question.kind == "single"


def join_url(code: str) -> str:
    """The students' link, next to the page the teacher has open (so it also works under a path prefix)."""
    return urljoin(st.context.url or "/", "join?" + urlencode({"room": code}))


def qr_image(url: str) -> str:
    """The link as a QR code: an SVG drawn on the server, in an <img> as a data URI (no request to any host;
    st.html keeps no inline SVG)."""
    data = segno.make(url, error="m").svg_data_uri(scale=6, border=2, dark="#000000", light="#ffffff")
    return f'<img src="{data}" alt="参加用のQRコード">'



# ------------------------------------------------------------------ the teacher's slide


def live_is_open() -> bool:
    """Whether this teacher's session has a room open (it stays open from slide to slide)."""
    return st.session_state.get(TEACHER_ROOM) is not None


def _open_room(lesson_id: str) -> None:
    try:
        st.session_state[TEACHER_ROOM] = get_room_store().open_room(lesson_id)
    except LiveError as problem:
        st.session_state[ROOM_PROBLEM] = str(problem)


def live_button(lesson_id: str, where: Any) -> None:
    """The button that opens a room, in the slide's row of buttons ``where``."""
    where.button("みんなで答える", icon=":material/groups:", key="live-open", on_click=_open_room, args=(lesson_id,),
                 help="生徒がスマホで答え、結果がこの画面にグラフで出ます。")
    problem = st.session_state.pop(ROOM_PROBLEM, None)
    if problem:
        st.warning(problem)


def teacher_panel(question: Question, revealed: bool) -> None:
    """On a question slide with a room open: ask the question in the room, then show the room's
    code and the live answers (the right one marked once ``revealed``)."""
    code = st.session_state[TEACHER_ROOM]
    store = get_room_store()
    try:
        store.ask(code, question.id, len(question.options))
        if revealed:
            store.reveal(code)
    except NoRoom:
        st.session_state.pop(TEACHER_ROOM, None)
        st.info("みんなで答える部屋は、時間がたって閉じました。「みんなで答える」をもう一度押すと、新しい部屋が開きます。")
        return
    _live_results(code, question)


@st.fragment(run_every=REFRESH_SECONDS)
def _live_results(code: str, question: Question) -> None:
    try:
        view = get_room_store().view(code)
    except NoRoom:
        st.info("みんなで答える部屋は閉じました。")
        return
    url = join_url(code)
    qr, words = st.columns([2, 3], vertical_alignment="center")
    qr.html(f'<div class="live-qr">{qr_image(url)}</div>')
    words.html(f'<div class="live-code" aria-label="部屋のコード">{code}</div><div class="live-url">{url}</div>')
    with st.container(key="live-results"):
        correct = [option.correct for option in question.options] if view.revealed else None
        st.plotly_chart(answers_chart(letters(view.choices), list(view.tally), correct), config=PLOTLY_CONFIG,
                        key="live-chart")
        st.caption(f"参加 {view.students}人 ・ 回答 {sum(view.tally)}人"
                   + ("" if view.revealed else " ・ 正解は「答えを見せる」で表示されます"))


# ------------------------------------------------------------------ the students' page


def _recent_failures() -> list[float]:
    """When this session typed a wrong room code, within the last FAILED_JOIN_WAIT seconds."""
    return [t for t in st.session_state.get("live-failures", []) if time.monotonic() - t < FAILED_JOIN_WAIT]


def _failed_join() -> bool:
    """Count a wrong code; True when this session has typed too many and must wait."""
    failures = [*_recent_failures(), time.monotonic()]
    st.session_state["live-failures"] = failures
    return len(failures) > FAILED_JOINS_ALLOWED


def _too_many_failures() -> bool:
    return len(_recent_failures()) > FAILED_JOINS_ALLOWED


def student_page() -> None:
    """/join: enter the room code (or arrive with ?room=), then answer the teacher's questions."""
    typed = text_param(st.query_params, "room")
    code = clean_code(typed)
    if _too_many_failures():
        st.warning("コードのまちがいが続いたので、1分ほど待ってから、もう一度ためしてください。")
        return
    if typed and not code:
        _failed_join()
        st.warning("部屋のコードは、6文字の英字と数字です（例：7K3QXM）。先生の画面をもう一度見てください。")
    if not code:
        _code_form()
        return
    me = text_param(st.query_params, "me")
    if len(me) != 16 or not me.replace("-", "").replace("_", "").isalnum():
        me = new_student_token()
        st.query_params["me"] = me
    try:
        get_room_store().join(code, me)
    except LiveError as problem:
        if isinstance(problem, NoRoom) and _failed_join():
            st.warning("コードのまちがいが続いたので、1分ほど待ってから、もう一度ためしてください。")
            return
        st.warning(str(problem))
        _code_form()
        return
    st.caption(f"部屋 {code} に入りました。名前は送られません。")
    _student_room(code, me)


def _code_form() -> None:
    with st.form("live-join-form", border=False):
        typed = st.text_input("部屋のコード（先生の画面の6文字）", max_chars=12, key="live-code-input")
        if st.form_submit_button("入る", icon=":material/login:", width="stretch"):
            st.query_params["room"] = typed.strip()[:12]
            st.query_params.pop("me", None)
            st.rerun()


@st.fragment(run_every=REFRESH_SECONDS * 1.5)
def _student_room(code: str, me: str) -> None:
    store = get_room_store()
    try:
        view = store.view(code, me)
    except NoRoom:
        st.info("この部屋は閉じました。授業のあとは、レッスンのページでふりかえりができます。")
        return
    question = get_questions().get(view.question)
    if question is None or not can_ask_live(question):
        st.info("先生が問題を出すまで、待っていてください。画面は自動で切りかわります。")
        return
    with st.container(key="live-question"):
        rich(question.question)
        names = letters(len(question.options))
        if view.my_answer is None and not view.revealed:
            tapped = choice_buttons(question, f"live-{question.id}")
            if tapped is not None:
                _send(store, code, me, view, tapped)
            return
        if view.my_answer is not None:
            chosen = question.options[view.my_answer]
            st.success(f"答えを送りました：{names[view.my_answer]}. {chosen.text}")
        if not view.revealed:
            st.caption("先生が答えを見せるまで、待っていてください。")
            return
        right = [option for option in question.options if option.correct]
        st.html(rich_html("**答え**：" + "、".join(option.text for option in right)))
        for option in right:
            rich(option.explanation)
        if question.explanation:
            rich(question.explanation)


def _send(store: MemoryRoomStore, code: str, me: str, view: RoomView, index: int) -> None:
    try:
        store.answer(code, me, view.question, index)
    except LiveError as problem:
        st.warning(str(problem))
        return
    st.rerun(scope="fragment")
