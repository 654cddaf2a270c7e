"""Balance and level points from the fact audit that a test can see in the lesson files."""

from __future__ import annotations

from explainer.outline import lesson_main_text


def test_open_source_balances_with_the_copyright_suit_against_us_firms(content):
    text = "\n".join(lesson_main_text(content.lessons["open-source"]))
    assert "ニューヨーク・タイムズ" in text and "2023年12月" in text


def test_jevons_formula_only_in_the_advanced_box(content):
    lesson = content.lessons["jevons"]
    main = "\n".join(lesson_main_text(lesson))
    advanced = "\n".join(text for part in lesson.explain for text in part.advanced)
    assert "^" not in main and "^" in advanced
    assert "×" in main  # price × amount, plain multiplication


def test_guesses_do_not_ask_for_a_share_price(content):
    """A guess asks about an idea; no option is a price level or a percentage move of one stock."""
    for lesson in content.lessons.values():
        guess = lesson.guess
        assert guess is not None, lesson.id
        assert guess.kind != "number", lesson.id
        assert "ドルになる" not in guess.question and "株価はいくら" not in guess.question, lesson.id
