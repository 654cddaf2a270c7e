"""Lesson page /jevons: rendered from content/lessons/jevons.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("jevons")
