"""The package's layers: pure modules never reach streamlit, and no module imports itself in a circle.

Read from the source (every import statement, also those inside functions), so
a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from explainer.content import ROOT

PACKAGE = ROOT / "explainer"
PURE = ("content", "schema", "outline", "readability", "quiz", "glossary", "textnorm", "charts", "simulations",
        "progress", "site", "params", "slides", "worksheet", "richtext")


def imports_of(path: Path) -> set[str]:
    """Top-level names imported by a module: 'streamlit', 'explainer.quiz' … (TYPE_CHECKING blocks excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(node) for guard in ast.walk(tree)
               if isinstance(guard, ast.If) and "TYPE_CHECKING" in ast.unparse(guard.test)
               for node in ast.walk(guard)}
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "explainer":
                names.update(f"explainer.{alias.name}" for alias in node.names)
            else:
                names.add(node.module)
    return {name if name.startswith("explainer.") else name.split(".")[0] for name in names}


GRAPH = {f"explainer.{path.stem}": imports_of(path) for path in PACKAGE.glob("*.py") if path.stem != "__init__"}


def reachable(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for name in GRAPH.get(todo.pop(), ()):
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


@pytest.mark.parametrize("module", PURE)
def test_pure_module_never_imports_streamlit(module):
    assert f"explainer.{module}" in GRAPH
    assert "streamlit" not in reachable(f"explainer.{module}")


def test_no_import_cycles():
    cycles = sorted(module for module in GRAPH if module in reachable(module))
    assert cycles == []


def test_the_checks_see_imports_inside_functions(tmp_path):
    module = tmp_path / "lazy.py"
    module.write_text("def f():\n    from explainer.store import get_content\n    import streamlit as st\n")
    assert imports_of(module) == {"explainer.store", "streamlit"}


def test_every_page_has_its_file_and_every_file_is_a_page():
    """The lessons come from the content; each page, lesson or not, is served by pages/<path>.py."""
    from explainer.store import get_pages

    declared = {(ROOT / info.file).resolve() for info in get_pages()}
    assert declared == {path.resolve() for path in (ROOT / "pages").glob("*.py")}


def test_html_is_drawn_with_st_html_not_markdown():
    """Markdown with HTML makes Streamlit load a 440 KB parser before it can draw the text, and the text
    grows from a placeholder when it arrives (layout shift); st.html draws the same HTML without it."""
    users = {}
    for path in [*PACKAGE.glob("*.py"), *(ROOT / "pages").glob("*.py"), ROOT / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "unsafe_allow_html":
                users.setdefault(path.name, []).append(node.lineno)
    assert users == {}
