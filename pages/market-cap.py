"""Lesson page /market-cap: rendered from content/lessons/market-cap.toml by the shared lesson template."""

from explainer.lesson_page import render_lesson

render_lesson("market-cap")
