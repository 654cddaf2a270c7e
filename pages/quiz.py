"""Final test (/quiz?seed=N, /quiz?mode=review): questions across all lessons, a result
by lesson, review of missed questions, and printable worksheets."""

import random

import pandas as pd
import streamlit as st

from explainer.interactives import table_html
from explainer.params import choice_param, int_param
from explainer.progress_store import current_progress
from explainer.quiz import final_test_questions, in_seed_order, score_by_lesson
from explainer.quiz_ui import show_questions_when_near
from explainer.reading_aids import furigana_shown
from explainer.store import get_content
from explainer.ui import page, page_link
from explainer.worksheet import worksheet_html

content = get_content()
progress = current_progress()
all_questions = {q.id: q for lesson in content.lessons.values() for q in lesson.quiz}
all_questions.update({q.id: q for q in content.final_quiz})
final_test = final_test_questions(content)

with page(
    "まとめテスト：レッスンで学んだことをたしかめる",
    f"すべてのレッスンから {len(final_test)} 問です。答えるたびに、どうしてその答えになるのかを説明します。"
    "間違えた問題は「間違えた問題をもう一度」で、できるまでためせます。",
):
    mode, mode_ok = choice_param(st.query_params, "mode", ("test", "review"), "test")
    seed, seed_ok = int_param(st.query_params, "seed", 1, 999_999, 0)
    if not (mode_ok and seed_ok):
        st.info("アドレスの指定の一部がわからなかったので、ふつうの順番のテストを表示します。")

    left, right = st.columns(2)
    if mode == "test" and left.button("問題の順番をシャッフル", icon=":material/shuffle:"):
        st.query_params["seed"] = str(random.randint(1, 999_999))
        st.rerun()
    if mode == "review":
        with left:
            page_link("quiz", "まとめテストにもどる", ":material/arrow_back:")
    elif progress.missed:
        with right:
            page_link("quiz", f"間違えた問題をもう一度（{len(progress.missed)}問）", ":material/replay:", mode="review")
    else:
        right.caption("間違えた問題は、まだありません。")
    if seed:
        st.caption(f"問題の順番：シャッフル番号 {seed}（このページのアドレスを配ると、全員が同じ順番になります）")

    if mode == "review":
        if "review-set" not in st.session_state:
            st.session_state["review-set"] = [q for q in progress.missed if q in all_questions]
        questions = [all_questions[q] for q in st.session_state["review-set"]]
        if not questions:
            st.success("間違えた問題はありません。まとめテストやレッスンの確認クイズに挑戦してみましょう。")
    else:
        st.session_state.pop("review-set", None)
        questions = in_seed_order(final_test, seed or None)

    # The first questions at once, the others when the reader comes near them (their widgets' code loads then).
    answers = show_questions_when_near(questions, lambda _, question: f"{mode}-{question.id}", f"quiz-{mode}",
                                       at_once=2, batch=4)

    if questions:
        st.header("結果", anchor="result")
        solved = sum(answers.values())
        st.progress(solved / len(questions),
                    text=f"正解 {solved} / {len(questions)} 問（答えた問題 {len(answers)} 問）")
        scores = score_by_lesson(questions, answers)
        st.html(table_html(pd.DataFrame(
            [{"レッスン": content.lessons[lesson_id].title, "正解": right_count, "答えた": answered, "問題数": total}
             for lesson_id, (right_count, answered, total) in scores.items()])))
        for lesson_id, (right_count, answered, _) in scores.items():
            if answered and right_count < answered:
                page_link(lesson_id, f"見直そう：{content.lessons[lesson_id].title}", ":material/school:")

    st.header("プリント（ワークシート）", anchor="worksheets")
    st.caption("印刷用のページ（HTMLファイル）です。ダウンロードしてブラウザで開き、印刷するかPDFに保存してください。")
    # Each sheet: its questions, and the 記述 question of its lesson (the まとめテスト has none).
    choices = {"まとめテスト": (in_seed_order(final_test, seed or None), ())}
    choices.update({f"レッスン{lesson.order}：{lesson.title}": (list(lesson.quiz), (lesson.written,))
                    for lesson in content.lessons.values() if lesson.quiz})
    chosen = st.selectbox("どのプリント？", list(choices), key="worksheet-choice")
    sheet, key_sheet = st.columns(2)
    furigana = furigana_shown()
    chosen_questions, chosen_written = choices[chosen]
    sheet.download_button("ワークシート",
                          worksheet_html(chosen, chosen_questions, furigana=furigana, written=chosen_written),
                          file_name="worksheet.html", mime="text/html", icon=":material/print:",
                          key="worksheet-download")
    key_sheet.download_button("解答と解説",
                              worksheet_html(chosen, chosen_questions, with_answers=True, furigana=furigana,
                                             written=chosen_written),
                              file_name="answer-key.html", mime="text/html", icon=":material/key:",
                              key="answer-key-download")
