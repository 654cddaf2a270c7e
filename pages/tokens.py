"""Lesson page /tokens: rendered from content/lessons/tokens.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("tokens")
