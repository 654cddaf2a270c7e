"""The app's pages: URL paths, files, titles and sections — the URL scheme teachers share.

``app.py`` builds the navigation from ``PAGES``; tests visit every path in it.
Each page file is named after its URL path (``pages/moe.py`` serves ``/moe``).
"""

from __future__ import annotations

from dataclasses import dataclass

LESSON_IDS = ("shock", "sox", "market-cap", "chips", "earnings", "capex", "tokens", "moe", "open-source", "jevons")


@dataclass(frozen=True)
class PageInfo:
    path: str  # URL path without the leading slash; "" is the home page
    title: str
    icon: str
    section: str

    @property
    def file(self) -> str:
        return f"pages/{self.path or 'home'}.py"


# Short labels for the navigation; a lesson's full title lives in its content file.
_LESSON_LABELS = {
    "shock": "DeepSeekショックの1週間",
    "sox": "株価指数とSOX",
    "market-cap": "時価総額",
    "chips": "半導体・GPU・メモリ",
    "earnings": "決算の読み方",
    "capex": "設備投資",
    "tokens": "トークンと推論コスト",
    "moe": "MoE（専門家混合）",
    "open-source": "オープンソースとデータ",
    "jevons": "ジェボンズのパラドックス",
}

PAGES: tuple[PageInfo, ...] = (
    PageInfo("", "はじめに", ":material/home:", "はじめに"),
    PageInfo("article", "記事を読む", ":material/article:", "記事を読む"),
    *(PageInfo(lesson, _LESSON_LABELS[lesson], ":material/school:", "レッスン") for lesson in LESSON_IDS),
    PageInfo("glossary", "用語集", ":material/menu_book:", "用語集"),
    PageInfo("quiz", "まとめテスト", ":material/quiz:", "確認テスト"),
    PageInfo("teachers", "先生向けガイド", ":material/co_present:", "先生向け"),
    PageInfo("sources", "データと出典", ":material/dataset:", "データと出典"),
)

SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(page.section for page in PAGES))


def page(path: str) -> PageInfo:
    return next(p for p in PAGES if p.path == path)
