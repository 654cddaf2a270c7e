"""Command line check of all content: ``python -m explainer.validate`` (exit 1 on problems).

It runs every rule the app runs (schema, rules across files, readability), with
the chart names and data facts of this repository. CI runs it through the test
suite as well, so a bad content edit fails the build with a message naming
file, entry and field.
"""

from __future__ import annotations

import logging
import sys

import streamlit  # noqa: F401  (creates the caching logger quieted below)

# Outside `streamlit run` the data caches warn "No runtime found" as they are declared; expected here.
logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)

from explainer.content import ContentError  # noqa: E402
from explainer.store import validate_repository_content  # noqa: E402


def main() -> int:
    try:
        content = validate_repository_content()
    except ContentError as error:
        print("Content has problems:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    questions = sum(len(lesson.quiz) for lesson in content.lessons.values()) + len(content.final_quiz)
    print(f"Content OK: {len(content.glossary)} glossary terms, {len(content.lessons)} lessons, {questions} questions.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
