"""Interactive figures: the widgets around each chart, its source line and its data table.

Content files name a figure by its key in ``INTERACTIVES`` (``chart = "sox_path"``);
the lesson template and the article reader call ``show_interactive``. Widget keys
are prefixed with a caller-given ``key`` so one figure can appear on several pages.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from explainer import charts
from explainer.charts import Event
from explainer.datasets import TICKER_NAMES, load_capex, load_fx, load_prices

SHOCK_EVENTS = [
    Event("2025-01-20", "R1 公開"),
    Event("2025-01-27", "急落の日"),
    Event("2025-01-29", "MS・メタ決算"),
    Event("2025-01-31", "韓国市場が再開"),
]

PRICES_SOURCE = "出典: data/prices_daily.csv（各銘柄の終値。銘柄ごとの元データは「データと出典」ページ）"


def show_figure(fig: go.Figure, table: pd.DataFrame, source: str, key: str) -> None:
    """A chart, its source line, and the same numbers as a table for readers who cannot see the chart."""
    st.plotly_chart(fig, use_container_width=True, key=f"{key}-chart", config={"displayModeBar": False})
    st.caption(source)
    with st.expander("グラフの数字を表で見る"):
        st.dataframe(table, hide_index=True, use_container_width=True)


def _price_table(frame: pd.DataFrame, value_label: str = "終値") -> pd.DataFrame:
    table = frame.assign(date=frame["date"].dt.strftime("%Y-%m-%d"))
    return table.rename(columns={"date": "日付", "name": "銘柄", "close": value_label})


def shock_rebased(key: str) -> None:
    prices = load_prices()
    options = list(TICKER_NAMES)[:-1]
    tickers = st.multiselect("くらべる銘柄", options, default=["NVDA", "^SOX", "^IXIC", "MSFT"],
                             format_func=TICKER_NAMES.get, key=f"{key}-tickers")
    days = sorted(prices.loc[prices["ticker"] == "NVDA", "date"].dt.strftime("%Y-%m-%d"))
    base = st.select_slider("100にそろえる日（基準日）", options=days, value="2025-01-24", key=f"{key}-base")
    if not tickers:
        st.info("銘柄を1つ以上えらんでください。")
        return
    frame = charts.rebase(prices, tickers, base)
    window = frame[(frame["date"] >= "2025-01-13") & (frame["date"] <= "2025-02-14")]
    show_figure(charts.rebased_chart(window, base, SHOCK_EVENTS),
                _price_table(window)[["日付", "銘柄", "終値", "value"]].rename(columns={"value": "基準日=100"}),
                PRICES_SOURCE, key)


def sox_path(key: str) -> None:
    prices = load_prices()
    fig = charts.price_path(prices, "^SOX", "2024-12-01", "2025-03-31",
                            marks=[(4800, "記事の「4800」"), (5000, "記事の「5000」")], events=SHOCK_EVENTS[1:2])
    frame = prices[prices["ticker"] == "^SOX"]
    show_figure(fig, _price_table(frame)[["日付", "終値"]],
                "出典: data/prices_daily.csv（^SOX、yfinance、小数2けたに丸め）", key)


def nvda_path(key: str) -> None:
    prices = load_prices()
    fig = charts.price_path(prices, "NVDA", "2024-12-01", "2025-03-31", events=SHOCK_EVENTS[1:3])
    frame = prices[prices["ticker"] == "NVDA"]
    show_figure(fig, _price_table(frame)[["日付", "終値"]],
                "出典: data/prices_daily.csv（NVDA、Investing.com のデータ）", key)


def korea_path(key: str) -> None:
    prices = load_prices()
    frame = charts.rebase(prices, ["005930.KS", "000660.KS"], "2025-01-24")
    window = frame[(frame["date"] >= "2025-01-02") & (frame["date"] <= "2025-02-28")]
    fig = charts.rebased_chart(window, "2025-01-24", [Event("2025-01-27", "韓国は休み（〜30日）"),
                                                     Event("2025-01-31", "再開")])
    show_figure(fig, _price_table(window)[["日付", "銘柄", "終値", "value"]].rename(columns={"value": "1/24=100"}),
                "出典: data/prices_daily.csv（KRX の終値、韓国ウォン）。韓国市場は 2025-01-27〜30 が旧正月で休み。", key)


def capex_quarterly(key: str) -> None:
    capex = load_capex()
    companies = sorted(capex["company"].unique())
    chosen = st.multiselect("会社をえらぶ", companies, default=companies, key=f"{key}-companies")
    if not chosen:
        st.info("会社を1つ以上えらんでください。")
        return
    frame = charts.capex_frame(capex, chosen)
    table = frame.rename(columns={"quarter": "四半期（暦年）", "company": "会社", "capex": "設備投資（10億ドル）"})
    show_figure(charts.capex_chart(frame), table,
                "出典: data/capex_quarterly.csv（各社のキャッシュフロー計算書、opencapital.sh の XBRL 表）。"
                "リースを含む「見出しの数字」とは違います。", key)


def usdjpy(key: str) -> None:
    fx = load_fx()
    show_figure(charts.fx_chart(fx, SHOCK_EVENTS[1:2]),
                fx.assign(date=fx["date"].dt.strftime("%Y-%m-%d"))[["date", "rate"]].rename(
                    columns={"date": "日付", "rate": "1ドルあたりの円"}),
                "出典: data/fx_usdjpy_daily.csv（FRED DEXJPUS、ニューヨーク正午のレート）", key)


INTERACTIVES: dict[str, Callable[[str], None]] = {
    "shock_rebased": shock_rebased,
    "sox_path": sox_path,
    "nvda_path": nvda_path,
    "korea_path": korea_path,
    "capex_quarterly": capex_quarterly,
    "usdjpy": usdjpy,
}
CHART_NAMES = tuple(INTERACTIVES)


def show_interactive(name: str, key: str) -> None:
    INTERACTIVES[name](key)
