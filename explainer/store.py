"""The app's single access point to validated content, cached across reruns and sessions.

Content is read and validated once per server process (``st.cache_resource``)
and shared read-only: every object in it is frozen.
"""

from __future__ import annotations

import streamlit as st

from explainer.content import ROOT, Content, load_content, read_fact_keys
from explainer.glossary import Glossary


def validate_repository_content() -> Content:
    """Load all content, checking chart names and fact keys against the code and data."""
    from explainer.interactives import CHART_NAMES

    return load_content(ROOT, chart_names=set(CHART_NAMES), fact_keys=read_fact_keys())


@st.cache_resource(show_spinner=False)
def get_content() -> Content:
    return validate_repository_content()


@st.cache_resource(show_spinner=False)
def get_glossary() -> Glossary:
    return Glossary(get_content().glossary)
