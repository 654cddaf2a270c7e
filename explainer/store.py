"""The app's single access point to validated content, cached across reruns and sessions.

Content is read and validated once per server process (``st.cache_resource``)
and shared read-only: every model in it is frozen and its mappings are read-only views.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import streamlit as st

from explainer.content import ROOT, Content, load_content, read_fact_keys
from explainer.furigana import READINGS_FILE, Readings, browser_table, code_texts, load_readings
from explainer.glossary import Glossary
from explainer.interactives import CHART_NAMES
from explainer.quiz import all_questions
from explainer.schema import Question
from explainer.site import PageInfo, site_pages


def validate_repository_content() -> Content:
    """Load all content, checking chart names and fact keys against the code and data."""
    return load_content(ROOT, chart_names=set(CHART_NAMES), fact_keys=read_fact_keys())


@st.cache_resource(show_spinner=False)
def get_content() -> Content:
    return validate_repository_content()


@st.cache_resource(show_spinner=False)
def get_questions() -> Mapping[str, Question]:
    """Every question of the app by id (each lesson's guess and quiz, the final test); a student's
    phone looks its question up here every refresh."""
    return MappingProxyType(all_questions(get_content()))


@st.cache_resource(show_spinner=False)
def get_glossary() -> Glossary:
    return Glossary(get_content().glossary)


def get_pages() -> tuple[PageInfo, ...]:
    """Every page of the app, the lessons taken from the content."""
    return site_pages(get_content().lessons)


def page(path: str) -> PageInfo:
    """The page served at URL path ``path``."""
    return next(info for info in get_pages() if info.path == path)


@st.cache_resource(show_spinner=False)
def get_readings() -> Readings:
    """The readings of every shown text (content/readings.json), loaded once per server process."""
    return load_readings(ROOT / READINGS_FILE)


@st.cache_resource(show_spinner=False)
def get_browser_table() -> str:
    """The readings the browser needs for widget labels (JSON), made once per server process."""
    return browser_table(get_readings(), code_texts(ROOT))
