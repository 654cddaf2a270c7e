"""Reading URL query parameters safely: anything unexpected falls back to a default.

Teachers share links with parameters (``?term=sox``, ``?level=easy``,
``?slide=3``); readers and attackers can type anything there. These helpers
never raise and never return text that has not been cleaned.
"""

from __future__ import annotations

from collections.abc import Mapping

from explainer.textnorm import clean_query


def text_param(params: Mapping[str, object], name: str) -> str:
    """The parameter as cleaned text ('' when absent or not text)."""
    value = params.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return clean_query(value)


def choice_param(params: Mapping[str, object], name: str, allowed: tuple[str, ...], default: str) -> tuple[str, bool]:
    """(value, valid): the parameter if it is one of ``allowed``, else ``default``.
    ``valid`` is False when a value was given but not allowed."""
    value = text_param(params, name)
    if value in allowed:
        return value, True
    return default, not value


def int_param(params: Mapping[str, object], name: str, low: int, high: int, default: int) -> tuple[int, bool]:
    """(value, valid): a whole number within [low, high], else ``default``."""
    value = text_param(params, name)
    if not value:
        return default, True
    if value.isascii() and value.isdigit() and len(value) <= 6 and low <= int(value) <= high:
        return int(value), True
    return default, False


def shown(value: str, limit: int = 30) -> str:
    """A user-supplied value shortened for echoing back in a message."""
    return value if len(value) <= limit else value[:limit] + "…"
