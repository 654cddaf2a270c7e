"""Lesson page /shock: rendered from content/lessons/shock.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("shock")
