"""Turn content text into safe HTML in which glossary terms open pop-ups.

The one way the app renders reader-facing text. Everything from a content file
is escaped, so no file can inject HTML or script; ``**bold**`` is the only
mark-up honoured. Each glossary term (first occurrence per ``seen`` set) becomes
a toggletip: a ``role="button"`` span (a real ``<button>`` is an unbreakable box
that moves Japanese line breaks) controlling the pop-up right after it, which
holds the headword, the one-line definition and a link to the entry; behaviour
is in ``explainer/assets/page.js``. The pop-up is hidden by an inline style, so
it stays hidden when text is drawn before the stylesheet. Its id is counted per
page run: unique even when one text is rendered twice on a page.

Kanji words carry ``<ruby>`` readings (``explainer.furigana``) read from the whole
text, so each word is read in its context; the page's stylesheet shows or hides
them, and the read-aloud button speaks the readings either way.
"""

from __future__ import annotations

import contextvars
import functools
import html
import itertools
import re
from collections.abc import Iterator

from explainer.furigana import Readings, ruby_html
from explainer.glossary import Glossary

# Characters that Markdown or LaTeX would read as syntax are written as entities.
_SYNTAX = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_[]$~|#"})
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
# Pop-up ids count up from 1 in each page run (``restart_ids`` at the start of a page): unique on the page,
# and the same on every rerun, so Streamlit does not redraw unchanged text. A context variable: each
# session's script thread counts for itself.
_TIP_IDS: contextvars.ContextVar[Iterator[int]] = contextvars.ContextVar("tip_ids")
# The readings used in this page run (None: no ruby), and whether the page shows them; set by ``use_readings``.
_READINGS: contextvars.ContextVar[Readings | None] = contextvars.ContextVar("readings", default=None)
_RUBY_SHOWN: contextvars.ContextVar[bool] = contextvars.ContextVar("ruby_shown", default=True)
_BLOCK_BREAK = re.compile(r"\n\s*\n")
_LINE_BREAK = re.compile(r"\n")


def use_readings(readings: Readings | None, shown: bool = True) -> None:
    """Put ruby readings on the text rendered in this page run (None: plain text). The text always carries
    them (🔊 reads with them); glossary pop-ups, which are not read aloud, only when they are ``shown``:
    on the article that leaves out 40 % of the page's elements."""
    _READINGS.set(readings)
    _RUBY_SHOWN.set(shown)


def restart_ids() -> None:
    """Start numbering pop-ups from 1 again: call once at the start of each page run."""
    _TIP_IDS.set(itertools.count(1))


def _next_tip_id() -> str:
    counter = _TIP_IDS.get(None)
    if counter is None:
        restart_ids()
        counter = _TIP_IDS.get()
    return f"gl-{next(counter)}"


def escape_text(text: str) -> str:
    """Plain text as HTML that neither HTML, Markdown nor LaTeX will interpret."""
    return html.escape(text, quote=True).translate(_SYNTAX)


def term_link(entry_id: str) -> str:
    """Relative link to a glossary entry, valid from every page of the app."""
    return f"glossary?term={entry_id}"


def _slice_html(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as safe HTML, with ruby from the readings of the whole ``text``."""
    readings = _READINGS.get()
    if readings is None:
        return escape_text(text[start:end])
    return _ruby_slice(readings, text, start, end)


@functools.lru_cache(maxsize=1 << 15)
def _ruby_slice(readings: Readings, text: str, start: int, end: int) -> str:
    """Remembered: every rerun of a page with ふりがな on renders the same slices again (bounded;
    the content's slices take a few MB)."""
    return ruby_html(text, readings.slice_marks(text, start, end), start, end, escape=escape_text)


def text_html(text: str) -> str:
    """A short plain text (a title, a label, a list item) as safe HTML with ruby; no glossary pop-ups."""
    return _slice_html(text, 0, len(text))


def _render_inline(text: str, start: int, end: int, glossary: Glossary | None, seen: set[str]) -> str:
    if glossary is None:
        return _slice_html(text, start, end)
    out, position = [], start
    for hit in glossary.find_terms(text[start:end], seen):
        entry = glossary.entries[hit.entry_id]
        tip_id = _next_tip_id()
        hit_start, hit_end = start + hit.start, start + hit.end
        out.append(_slice_html(text, position, hit_start))
        tip_text = text_html if _RUBY_SHOWN.get() else escape_text
        out.append(
            f'<span class="gl"><span class="gl-term" role="button" tabindex="0" aria-expanded="false" '
            f'aria-controls="{tip_id}">{_slice_html(text, hit_start, hit_end)}</span>'
            f'<span class="gl-tip" id="{tip_id}" style="display:none">'
            f'<span class="gl-head">{tip_text(entry.term)}</span>{tip_text(entry.short)} '
            f'<a href="{term_link(entry.id)}" target="_blank">{tip_text("用語集でくわしく")}</a></span></span>'
        )
        position = hit_end
    out.append(_slice_html(text, position, end))
    return "".join(out)


def _pieces(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of ``text[start:end]`` between matches of ``pattern``."""
    position = start
    for match in pattern.finditer(text, start, end):
        yield position, match.start()
        position = match.end()
    yield position, end


def to_html(text: str, glossary: Glossary | None = None, seen: set[str] | None = None,
            paragraph_class: str = "") -> str:
    """Safe HTML for ``text``: paragraphs at blank lines, ``<br>`` at single
    line breaks, **bold**, glossary pop-ups for terms not yet in ``seen``, and ruby."""
    seen = set() if seen is None else seen
    klass = f' class="{paragraph_class}"' if paragraph_class else ""
    body_start = len(text) - len(text.lstrip())
    body_end = len(text.rstrip())
    paragraphs = []
    for block_start, block_end in _pieces(_BLOCK_BREAK, text, body_start, body_end):
        pieces, position = [], block_start
        for bold in _BOLD.finditer(text, block_start, block_end):
            pieces.append(_lines_html(text, position, bold.start(), glossary, seen))
            pieces.append(f"<strong>{_lines_html(text, bold.start(1), bold.end(1), glossary, seen)}</strong>")
            position = bold.end()
        pieces.append(_lines_html(text, position, block_end, glossary, seen))
        paragraphs.append(f"<p{klass}>{''.join(pieces)}</p>")
    return "".join(paragraphs)


def _lines_html(text: str, start: int, end: int, glossary: Glossary | None, seen: set[str]) -> str:
    return "<br>".join(_render_inline(text, low, high, glossary, seen)
                       for low, high in _pieces(_LINE_BREAK, text, start, end))
