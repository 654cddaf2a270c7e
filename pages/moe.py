"""Lesson page /moe: rendered from content/lessons/moe.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("moe")
