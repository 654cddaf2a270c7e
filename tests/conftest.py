"""Shared test fixtures: the repository's validated content and its glossary; reading a figure's
table back from the page."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from hypothesis import settings

from explainer.content import Content
from explainer.glossary import Glossary
from explainer.store import validate_repository_content

# A 2-core CI machine is slow now and then: judge properties, not speed.
settings.register_profile("explainer", deadline=None, max_examples=150)
settings.load_profile("explainer")


@pytest.fixture(scope="session")
def content() -> Content:
    return validate_repository_content()


@pytest.fixture(scope="session")
def glossary(content: Content) -> Glossary:
    return Glossary(content.glossary)


def figure_table(app) -> pd.DataFrame:
    """The numbers table a figure shows (``interactives.table_html``, drawn with st.html), as text cells."""
    markup = next(element.value for element in app.get("html") if 'class="data-table"' in element.value)
    headers = [html.unescape(cell) for cell in re.findall(r"<th(?:\s[^>]*)?>(.*?)</th>", markup, re.S)]
    cells = [html.unescape(cell) for cell in re.findall(r"<td(?:\s[^>]*)?>(.*?)</td>", markup, re.S)]
    return pd.DataFrame([cells[i:i + len(headers)] for i in range(0, len(cells), len(headers))], columns=headers)
