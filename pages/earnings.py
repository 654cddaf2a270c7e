"""Lesson page /earnings: rendered from content/lessons/earnings.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("earnings")
