"""The glossary as readers use it: forgiving search, あいうえお order, and finding terms in running text.

``Glossary.search`` meets a query typed the way a beginner types it (kana or
kanji, English, abbreviation, full-width). ``Glossary.find_terms`` locates the
glossary terms in a text — longest match first, first occurrence only — for
the pop-up renderer in ``explainer.richtext``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from explainer.schema import CATEGORIES, GlossaryEntry
from explainer.textnorm import normalize

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_SMALL_AND_VOICED = str.maketrans(
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉっゃゅょゎゔ",
    "かきくけこさしすせそたちつてとはひふへほはひふへほあいうえおつやゆよわう",
)


@dataclass(frozen=True)
class TermHit:
    start: int
    end: int
    entry_id: str


# The row that files what starts with no hiragana (ASCII, katakana, an empty reading).
OTHER_ROW = "他"
# The あいうえお rows in order, each with its name in keys and CSS classes (ASCII); OTHER_ROW last.
ROW_KEYS = {"あ": "a", "か": "ka", "さ": "sa", "た": "ta", "な": "na", "は": "ha", "ま": "ma", "や": "ya", "ら": "ra",
            "わ": "wa", OTHER_ROW: "other"}
_GOJUON = tuple(row for row in ROW_KEYS if row != OTHER_ROW)


def gojuon_row(reading: str) -> str:
    """The あいうえお row (あ, か, さ …) a hiragana reading is filed under."""
    if not reading:
        return OTHER_ROW
    first = normalize(reading[0]) or reading[0]
    first = first.translate(_SMALL_AND_VOICED)
    row = OTHER_ROW
    for start in _GOJUON:
        if first >= start:
            row = start
    return row if "ぁ" <= first <= "ゖ" else OTHER_ROW


class Glossary:
    def __init__(self, entries: dict[str, GlossaryEntry]):
        self.entries = entries
        self.ordered: tuple[GlossaryEntry, ...] = tuple(sorted(entries.values(), key=lambda e: (e.reading, e.term)))
        self._keys: dict[str, tuple[str, ...]] = {
            entry.id: tuple(dict.fromkeys(
                key for key in (normalize(name) for name in
                                (entry.term, entry.reading, entry.english, entry.id, *entry.aliases)) if key
            ))
            for entry in entries.values()
        }
        # Content texts are fixed, so every rerun asks for the same texts: remember their matches.
        self._all_matches = lru_cache(maxsize=8192)(self._scan)

    def get(self, entry_id: str) -> GlossaryEntry | None:
        return self.entries.get(entry_id)

    def by_category(self, category: str | None) -> tuple[GlossaryEntry, ...]:
        if not category or category not in CATEGORIES:
            return self.ordered
        return tuple(e for e in self.ordered if e.category == category)

    # ------------------------------------------------------------ search

    def search(self, query: str, category: str | None = None) -> list[GlossaryEntry]:
        """Entries whose term, reading, English name, id or alias meets the
        query, best first: whole-name matches, then prefixes, then parts."""
        key = normalize(query)
        if not key:
            return []
        ranked = []
        for entry in self.by_category(category):
            keys = self._keys[entry.id]
            if key in keys:
                rank = 0
            elif any(k.startswith(key) for k in keys):
                rank = 1
            elif any(key in k for k in keys):
                rank = 2
            else:
                continue
            ranked.append((rank, len(entry.term), entry.reading, entry))
        ranked.sort(key=lambda item: item[:3])
        return [item[3] for item in ranked]

    def suggestions(self, query: str, limit: int = 5) -> list[GlossaryEntry]:
        """Entries whose names look like the query, for a search that found nothing."""
        key = normalize(query)
        if not key:
            return []
        scored = []
        for entry in self.ordered:
            best = max(difflib.SequenceMatcher(None, key, k).ratio() for k in self._keys[entry.id])
            scored.append((best, entry))
        scored.sort(key=lambda item: -item[0])
        return [entry for score, entry in scored[:limit] if score >= 0.4]

    # ------------------------------------------------------------ marking terms in text

    @cached_property
    def _matcher(self) -> tuple[re.Pattern[str], dict[str, str]]:
        surfaces: dict[str, str] = {}
        for entry in self.ordered:
            for name in (entry.term, *entry.aliases):
                if len(name) >= 2:
                    surfaces.setdefault(name, entry.id)
        for entry in self.ordered:  # a longer word that holds a name but is not about it: matched, then dropped
            for word in entry.not_within:
                surfaces.setdefault(word, "")
        parts = []
        for name in sorted(surfaces, key=len, reverse=True):
            pattern = re.escape(name)
            if _ASCII_WORD.match(name[0]):
                pattern = r"(?<![A-Za-z0-9])" + pattern
            if _ASCII_WORD.match(name[-1]):
                pattern += r"(?![A-Za-z0-9])"
            parts.append(pattern)
        return re.compile("|".join(parts) if parts else r"(?!)"), surfaces

    def _scan(self, text: str) -> tuple[TermHit, ...]:
        pattern, surfaces = self._matcher
        return tuple(TermHit(m.start(), m.end(), surfaces[m.group(0)]) for m in pattern.finditer(text)
                     if surfaces[m.group(0)])

    def find_terms(self, text: str, skip: set[str] | None = None) -> list[TermHit]:
        """Glossary terms in ``text``: at each place the longest name wins, and
        each entry is marked only at its first occurrence. Ids in ``skip`` (and
        every id found) are added to it, so one set can span a whole section."""
        seen = skip if skip is not None else set()
        hits = []
        for hit in self._all_matches(text):
            if hit.entry_id in seen:
                continue
            seen.add(hit.entry_id)
            hits.append(hit)
        return hits
