"""Lesson page /capex: rendered from content/lessons/capex.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("capex")
