"""The sourced datasets in ``data/``: what each one is, and cached pandas loaders.

Every figure the app shows comes from these files (or from a content file that
names its source). ``DATASETS`` describes each file for the /sources page; the
loaders keep every source column so a chart can always say where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from explainer.content import ROOT

DATA_DIR = ROOT / "data"
ARTICLE_PATH = ROOT / "seeds" / "000_7900ca7dd24a6ff2.txt"  # the article, one paragraph per line (seeds/README.md)


@dataclass(frozen=True)
class Dataset:
    file: str
    title: str
    what: str
    period: str
    notes: tuple[str, ...]

    @property
    def path(self) -> Path:
        return DATA_DIR / self.file


DATASETS: tuple[Dataset, ...] = (
    Dataset(
        "prices_daily.csv",
        "株価と株価指数（毎日の終値）",
        "次の指数と株の、実際に取引された終値（その日の最後の値段）です。\n\n"
        "指数：フィラデルフィア半導体指数（^SOX）、ナスダック総合指数（^IXIC）。\n\n"
        "米国の市場の株：エヌビディア（NVDA）、マイクロソフト（MSFT）、メタ（META）、"
        "TSMC（TSM。台湾の会社で、米国で売買される株）。\n\n"
        "韓国の市場の株：サムスン電子（005930.KS）、SKハイニックス（000660.KS）。",
        "2024-12-02〜2025-03-31（ブロードコム AVGO は 2025-02-07〜03-06 のみ）",
        (
            "韓国市場は 2025-01-27〜30 が旧正月で休みでした。韓国の株の反応は 01-31 に出ています。",
            "米国の休日（12-25、01-01、01-09、01-20、02-17）の行はありません。",
            "指数は小数2けたに丸めています。株価は公表されたとおりです。",
        ),
    ),
    Dataset(
        "prices_daily_adjusted.csv",
        "ブロードコムの配当調整後の終値",
        "ブロードコム（AVGO）の終値を配当の分だけ調整した値です。実際の取引価格ではないので、"
        "変化率（％）や100にそろえたグラフにだけ使います。",
        "2025-01-14〜2025-03-06",
        ("取引価格との比は期間中ずっと 1.00904 で一定なので、変化率は正確です。",),
    ),
    Dataset(
        "fx_usdjpy_daily.csv",
        "ドル円の為替レート（毎日）",
        "1ドルが何円かを示す毎日のレートです（ニューヨーク正午の値、米連邦準備制度 FRED DEXJPUS）。",
        "2024-12-02〜2025-03-31",
        ("2025-01-27 は 1ドル＝154.22円でした。",),
    ),
    Dataset(
        "capex_quarterly.csv",
        "ビッグテック4社の設備投資（3か月ごと）",
        "マイクロソフト、メタ、アルファベット（グーグル）、アマゾンが、建物や機械などに使ったお金"
        "（キャッシュフロー計算書の「有形固定資産の取得」）です。単位は10億ドル。",
        "2023年1-3月期〜2025年10-12月期",
        (
            "マイクロソフトの会計年度は6月30日に終わります（FY25Q2 = 2024年10-12月）。",
            (
                "記事の数字（マイクロソフト226億ドル、メタ148.4億ドル）は、リース（借りる形の設備）の"
                "支払いも含む「見出しの数字」です。キャッシュフローの数字より大きくなります。"
            ),
        ),
    ),
    Dataset(
        "facts.csv",
        "ひとつひとつの事実",
        "エヌビディアの1日の値下がり額、DeepSeek-V2/V3 のパラメーター数や料金、各社の投資計画などです。"
        "1行ごとに、いつの数字か（as_of）と出典（source）があります。",
        "行ごとに as_of 列を見てください",
        ("出典が二次的なもの（まとめ記事など）は note 列にそう書いてあります。",),
    ),
    Dataset(
        "events.csv",
        "できごとの日付（年表）",
        "DeepSeek-V2 の発表から韓国市場の再開まで、年表にのせたり、株価のグラフに線を引いたりしている"
        "できごとの日付です。1行ごとに出典（source）があります。",
        "2024年5月〜2025-01-31",
        (
            (
                "DeepSeek-V2 の発表は「2024年5月」とだけわかっています（記事 第51段落）。"
                "年表では5月15日（月のまん中）に置いています。"
            ),
            "label は年表の文字、chart_label は株価のグラフの線につける文字です（空の行は線を引きません）。",
        ),
    ),
)

TICKER_NAMES: dict[str, str] = {
    "^SOX": "フィラデルフィア半導体指数",
    "^IXIC": "ナスダック総合指数",
    "NVDA": "エヌビディア",
    "MSFT": "マイクロソフト",
    "META": "メタ",
    "TSM": "TSMC（米国ADR）",
    "005930.KS": "サムスン電子",
    "000660.KS": "SKハイニックス",
    "AVGO": "ブロードコム",
}


def dataset(file: str) -> Dataset:
    return next(item for item in DATASETS if item.file == file)


@st.cache_data(show_spinner=False)
def load_csv(file: str) -> pd.DataFrame:
    """One dataset as it is stored (all source columns kept)."""
    return pd.read_csv(dataset(file).path, keep_default_na=False)


@st.cache_data(show_spinner=False)
def load_prices() -> pd.DataFrame:
    frame = pd.read_csv(DATA_DIR / "prices_daily.csv", parse_dates=["date"])
    frame["name"] = frame["ticker"].map(TICKER_NAMES)
    return frame


@st.cache_data(show_spinner=False)
def load_fx() -> pd.DataFrame:
    return pd.read_csv(DATA_DIR / "fx_usdjpy_daily.csv", parse_dates=["date"])


@st.cache_data(show_spinner=False)
def load_capex() -> pd.DataFrame:
    return pd.read_csv(DATA_DIR / "capex_quarterly.csv")


@st.cache_data(show_spinner=False)
def load_facts() -> dict[str, dict[str, str]]:
    """facts.csv as {key: {value, unit, as_of, source, note}}."""
    frame = pd.read_csv(DATA_DIR / "facts.csv", dtype=str, keep_default_na=False)
    columns = ("value", "unit", "as_of", "source", "note")
    return {row["key"]: {column: row[column] for column in columns} for _, row in frame.iterrows()}


@st.cache_data(show_spinner=False)
def load_events() -> pd.DataFrame:
    """events.csv (id, date as a Timestamp, when, label, chart_label, detail, source), in date order."""
    frame = pd.read_csv(DATA_DIR / "events.csv", dtype=str, keep_default_na=False)
    return frame.assign(date=pd.to_datetime(frame["date"])).sort_values("date", kind="stable")


def event_day(event_id: str) -> str:
    """The YYYY-MM-DD day of one event in events.csv (e.g. "shock_day" → "2025-01-27")."""
    events = load_events()
    match = events.loc[events["id"] == event_id, "date"]
    if match.empty:
        raise ValueError(f"data/events.csv has no event {event_id!r} (ids: {', '.join(events['id'])})")
    return match.iloc[0].strftime("%Y-%m-%d")


@st.cache_data(show_spinner=False)
def _usd_jpy_by_day() -> dict[str, float]:
    fx = load_fx()
    return dict(zip(fx["date"].dt.strftime("%Y-%m-%d"), fx["rate"].astype(float), strict=True))


def usd_jpy(day: str) -> float:
    """Yen per dollar on a YYYY-MM-DD day, from data/fx_usdjpy_daily.csv."""
    rates = _usd_jpy_by_day()
    if day not in rates:
        raise ValueError(
            f"data/fx_usdjpy_daily.csv has no USD/JPY rate for {day!r}: it covers {min(rates)}..{max(rates)} "
            "(YYYY-MM-DD), with no rows on weekends and US holidays")
    return rates[day]


@st.cache_data(show_spinner=False)
def article_lines() -> tuple[str, ...]:
    """The article's lines (line N = paragraph N; empty lines kept), as the content loader reads them."""
    return tuple(ARTICLE_PATH.read_text(encoding="utf-8").splitlines())


def article_char_count() -> int:
    """The article's length in characters: the sum of its lines' lengths (line breaks not counted)."""
    return sum(len(line) for line in article_lines())


def fact_numbers(key: str) -> list[float]:
    """The numbers in a fact's value ("0.07 / 0.27 / 1.10" → [0.07, 0.27, 1.10])."""
    return [float(part) for part in load_facts()[key]["value"].replace(",", "").split(" / ")]
