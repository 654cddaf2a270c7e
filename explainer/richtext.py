"""Turn content text into safe HTML in which glossary terms open pop-ups.

The one way the app renders reader-facing text. Everything from a content file
is escaped, so no file can inject HTML or script; ``**bold**`` is the only
mark-up honoured. Each glossary term (first occurrence per ``seen`` set) becomes
a focusable span described by a tooltip holding the entry's one-line
definition and a link to the full entry. The tooltip opens on hover, on
keyboard focus and on a tap (a tap focuses the span); Escape closes it
(see ``explainer.ui``). Screen readers get the definition through
``aria-describedby``.
"""

from __future__ import annotations

import hashlib
import html
import re

from explainer.glossary import Glossary

# Characters that Markdown or LaTeX would read as syntax are written as entities.
_SYNTAX = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_[]$~|#"})
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)


def escape_text(text: str) -> str:
    """Plain text as HTML that neither HTML, Markdown nor LaTeX will interpret."""
    return html.escape(text, quote=True).translate(_SYNTAX)


def term_link(entry_id: str) -> str:
    """Relative link to a glossary entry, valid from every page of the app."""
    return f"glossary?term={entry_id}"


def _render_inline(text: str, glossary: Glossary | None, seen: set[str], uid: str, counter: list[int]) -> str:
    if glossary is None:
        return escape_text(text)
    out, position = [], 0
    for hit in glossary.find_terms(text, seen):
        entry = glossary.entries[hit.entry_id]
        counter[0] += 1
        tip_id = f"gl-{uid}-{counter[0]}"
        out.append(escape_text(text[position:hit.start]))
        out.append(
            f'<span class="gl"><span class="gl-term" tabindex="0" aria-describedby="{tip_id}">'
            f"{escape_text(text[hit.start:hit.end])}</span>"
            f'<span class="gl-tip" role="tooltip" id="{tip_id}">'
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
    uid = hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()
    counter = [0]
    klass = f' class="{paragraph_class}"' if paragraph_class else ""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        pieces = []
        for index, part in enumerate(_BOLD.split(block)):
            rendered = "<br>".join(_render_inline(line, glossary, seen, uid, counter) for line in part.split("\n"))
            pieces.append(f"<strong>{rendered}</strong>" if index % 2 else rendered)
        paragraphs.append(f"<p{klass}>{''.join(pieces)}</p>")
    return "".join(paragraphs)
