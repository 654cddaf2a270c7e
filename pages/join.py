"""みんなで答える (/join?room=CODE): a student answers the teacher's questions from a phone."""

from explainer.live_ui import student_page
from explainer.ui import page

with page("みんなで答える", "先生の画面に出ている部屋のコードを入れると、先生の問題にスマホで答えられます。"):
    student_page()
