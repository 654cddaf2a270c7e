"""Shared test fixtures: the repository's validated content and its glossary."""

from __future__ import annotations

import pytest

from explainer.content import Content
from explainer.glossary import Glossary
from explainer.store import validate_repository_content


@pytest.fixture(scope="session")
def content() -> Content:
    return validate_repository_content()


@pytest.fixture(scope="session")
def glossary(content: Content) -> Glossary:
    return Glossary(content.glossary)
