"""Lesson page /sox: rendered from content/lessons/sox.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("sox")
