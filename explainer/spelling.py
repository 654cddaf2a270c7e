"""One spelling per word: the table in content/STYLE.md, applied to every content text.

``spelling_rules`` reads the table between the SPELLINGS markers; ``spelling_problems``
walks every text field of a content model and names each variant it finds, with
the spelling to use. Quotations are left alone: text inside 「…」, and the fields
that quote the original article or list search aliases (``EXEMPT``). A variant
in full-width parentheses right after its canonical form — 「DeepSeek（ディープシーク）」 —
is how a page names a company the first time, and is allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from explainer.schema import GlossaryEntry, NumberNote, Quote, entry_name

EXEMPT = {(Quote, "text"), (GlossaryEntry, "article_quote"), (GlossaryEntry, "aliases"),
          (GlossaryEntry, "reading"), (GlossaryEntry, "english"), (NumberNote, "text")}
_QUOTED = re.compile(r"「[^「」]*」")
_TABLE = re.compile(r"<!-- SPELLINGS:START -->(.*?)<!-- SPELLINGS:END -->", re.S)


@dataclass(frozen=True)
class Spelling:
    canonical: str
    variant: str


def spelling_rules(style_sheet: Path) -> tuple[Spelling, ...]:
    """The (canonical, variant) pairs of the style sheet's table."""
    table = _TABLE.search(style_sheet.read_text(encoding="utf-8"))
    if not table:
        raise ValueError(f"{style_sheet.name}: no table between the SPELLINGS markers")
    rules = []
    for row in table.group(1).strip().splitlines()[2:]:  # after the header and |---| rows
        canonical, variants = (cell.strip() for cell in row.strip().strip("|").split("|"))
        rules += [Spelling(canonical, variant.strip()) for variant in variants.split(",") if variant.strip()]
    return tuple(rules)


def variants_in(text: str, rules: tuple[Spelling, ...]) -> Iterator[Spelling]:
    """The rules whose variant appears in ``text`` outside quotations."""
    text = _QUOTED.sub("", text)
    for rule in rules:
        checked = text.replace(f"{rule.canonical}（{rule.variant}）", "")
        if rule.variant in rule.canonical:  # パラメーター holds パラメータ: take the canonical form out first
            checked = checked.replace(rule.canonical, "\0")
        if rule.variant in checked:
            yield rule


def _texts(model: BaseModel, where: str) -> Iterator[tuple[str, str]]:
    """(place, text) for every checked text field, ``place`` naming the entry and field."""
    for name, value in model:
        if (type(model), name) in EXEMPT:
            continue
        items = value if isinstance(value, tuple) else (value,)
        for index, item in enumerate(items):
            if isinstance(item, str):
                yield f"{where}field '{name}'", item
            elif isinstance(item, BaseModel):
                label = entry_name(name, index, lambda key, item=item: getattr(item, key, None))
                yield from _texts(item, f"{where}{label}: ")


def spelling_problems(model: BaseModel, where: str, rules: tuple[Spelling, ...]) -> Iterator[str]:
    """Each variant found in ``model``'s texts: ``<where>: <entry>: field 'x': write 「A」, not 「B」``."""
    for place, text in _texts(model, f"{where}: "):
        for rule in variants_in(text, rules):
            yield f"{place}: write 「{rule.canonical}」, not 「{rule.variant}」"
