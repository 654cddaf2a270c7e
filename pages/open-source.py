"""Lesson page /open-source: rendered from content/lessons/open-source.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("open-source")
