"""Shared test fixtures: the repository's validated content and its glossary."""

from __future__ import annotations

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
