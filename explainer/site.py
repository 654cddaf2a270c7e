"""The app's pages: URL paths, titles and sections — the URL scheme teachers share.

The fixed pages are declared here; the lessons come from the content (each
lesson's id is its URL path and its ``nav_title`` its menu label), so a lesson
is declared once, in its content file. ``app.py`` builds the navigation from
``site_pages``; tests visit every path in it. Each page file is named after its
URL path (``pages/moe.py`` serves ``/moe``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explainer.schema import Lesson

LESSON_SECTION = "レッスン"


def page_file(path: str) -> str:
    """The script that serves URL path ``path`` ("" is the home page)."""
    return f"pages/{path or 'home'}.py"


@dataclass(frozen=True)
class PageInfo:
    path: str  # URL path without the leading slash; "" is the home page
    title: str
    icon: str
    section: str

    @property
    def file(self) -> str:
        return page_file(self.path)


_BEFORE_LESSONS = (
    PageInfo("", "はじめに", ":material/home:", "はじめに"),
    PageInfo("article", "記事を読む", ":material/article:", "記事を読む"),
)
_AFTER_LESSONS = (
    PageInfo("glossary", "用語集", ":material/menu_book:", "用語集"),
    PageInfo("quiz", "まとめテスト", ":material/quiz:", "確認テスト"),
    PageInfo("join", "みんなで答える", ":material/groups:", "確認テスト"),
    PageInfo("teachers", "先生向けガイド", ":material/co_present:", "先生向け"),
    PageInfo("summary", "まとめシート（印刷用）", ":material/summarize:", "先生向け"),
    PageInfo("sources", "データと出典", ":material/dataset:", "データと出典"),
)


def site_pages(lessons: Mapping[str, Lesson]) -> tuple[PageInfo, ...]:
    """Every page in menu order, the lessons in learning order."""
    lesson_pages = (PageInfo(lesson.id, lesson.nav_title, ":material/school:", LESSON_SECTION)
                    for lesson in lessons.values())
    return (*_BEFORE_LESSONS, *lesson_pages, *_AFTER_LESSONS)


def sections(pages: tuple[PageInfo, ...]) -> tuple[str, ...]:
    """The menu's section headings, in order."""
    return tuple(dict.fromkeys(page.section for page in pages))
