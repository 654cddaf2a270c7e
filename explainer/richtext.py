"""Turn content text into safe HTML in which glossary terms open pop-ups.

The one way the app renders reader-facing text. Everything from a content file
is escaped, so no file can inject HTML or script; ``**bold**`` is the only
mark-up honoured. Each glossary term (first occurrence per ``seen`` set) becomes
a toggletip: a ``role="button"`` span (a real ``<button>`` is an unbreakable box
that moves Japanese line breaks) controlling the pop-up right after it, which
holds the headword, the one-line definition and a link to the entry; behaviour
is in ``explainer/assets/page.js``. The pop-up is hidden by an inline style, so
it stays hidden when text is drawn before the stylesheet. Its id comes from a
process-wide counter: unique even when one text is rendered twice on a page.
"""

from __future__ import annotations

import contextvars
import html
import itertools
import re
from collections.abc import Iterator

from explainer.glossary import Glossary

# Characters that Markdown or LaTeX would read as syntax are written as entities.
_SYNTAX = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_[]$~|#"})
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
# Pop-up ids count up from 1 in each page run (``restart_ids`` at the start of a page): unique on the page,
# and the same on every rerun, so Streamlit does not redraw unchanged text. A context variable: each
# session's script thread counts for itself.
_TIP_IDS: contextvars.ContextVar[Iterator[int]] = contextvars.ContextVar("tip_ids")


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


def _render_inline(text: str, glossary: Glossary | None, seen: set[str]) -> str:
    if glossary is None:
        return escape_text(text)
    out, position = [], 0
    for hit in glossary.find_terms(text, seen):
        entry = glossary.entries[hit.entry_id]
        tip_id = _next_tip_id()
        out.append(escape_text(text[position:hit.start]))
        out.append(
            f'<span class="gl"><span class="gl-term" role="button" tabindex="0" aria-expanded="false" '
            f'aria-controls="{tip_id}">{escape_text(text[hit.start:hit.end])}</span>'
            f'<span class="gl-tip" id="{tip_id}" style="display:none">'
            f'<span class="gl-head">{escape_text(entry.term)}</span>{escape_text(entry.short)} '
            f'<a href="{term_link(entry.id)}" target="_blank">用語集でくわしく</a></span></span>'
        )
        position = hit.end
    out.append(escape_text(text[position:]))
    return "".join(out)


def to_html(text: str, glossary: Glossary | None = None, seen: set[str] | None = None,
            paragraph_class: str = "") -> str:
    """Safe HTML for ``text``: paragraphs at blank lines, ``<br>`` at single
    line breaks, **bold**, and glossary pop-ups for terms not yet in ``seen``."""
    seen = set() if seen is None else seen
    klass = f' class="{paragraph_class}"' if paragraph_class else ""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        pieces = []
        for index, part in enumerate(_BOLD.split(block)):
            rendered = "<br>".join(_render_inline(line, glossary, seen) for line in part.split("\n"))
            pieces.append(f"<strong>{rendered}</strong>" if index % 2 else rendered)
        paragraphs.append(f"<p{klass}>{''.join(pieces)}</p>")
    return "".join(paragraphs)
