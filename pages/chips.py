"""Lesson page /chips: rendered from content/lessons/chips.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("chips")
