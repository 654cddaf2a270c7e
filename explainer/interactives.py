"""Interactive figures: the widgets around each chart, its source line and its data table.

Content files name a figure by its key in ``INTERACTIVES`` (``chart = "sox_path"``);
the lesson template and the article reader call ``show_interactive``. Widget keys
are prefixed with a caller-given ``key`` so one figure can appear on several pages.
"""

from __future__ import annotations

import contextvars
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from explainer import charts, simulations
from explainer.charts import Event
from explainer.datasets import (
    TICKER_NAMES,
    article_char_count,
    event_day,
    fact_numbers,
    load_capex,
    load_events,
    load_facts,
    load_fx,
    load_prices,
    usd_jpy,
)

# ── Fixed parameters of the figures ────────────────────────────────────────────────────────────
# Days are YYYY-MM-DD. Dated events (R1's release, the shock day, …) are not here: they are rows of
# data/events.csv, read with ``event_day``. A number quoted from the article names its paragraph
# (line N of seeds/000_7900ca7dd24a6ff2.txt, 第N段落 on /article); tests check that it says so.


@dataclass(frozen=True)
class ArticleNumber:
    value: float
    quote: str  # as the article writes it
    paragraph: int  # 第N段落


SOX_LOW = ArticleNumber(4800, "4800", 25)  # 「ディープシークショックで4800まで落ちた」
SOX_RECOVERY = ArticleNumber(5000, "5000", 25)  # 「それから数日かけて5000まで回復」
US_MARKET_LOSS_USD = ArticleNumber(1e12, "約1兆ドル", 36)  # 27日に米株式市場の時価総額から消えた分（ダウ・ジョーンズ）
NVDA_LOSS_TRILLION_YEN = ArticleNumber(91.0, "91兆円", 73)  # 「エヌビディア株を一日で91兆円消失させた」
ALL_LOSS_TRILLION_YEN = ArticleNumber(151.0, "151兆円", 73)  # 「全体では151兆円」

# What each dated chart shows (editorial choices).
SHOCK_WINDOW = ("2025-01-13", "2025-02-14")  # /shock: two weeks before the shock day to mid-February
PRICE_PATH_WINDOW = ("2024-12-01", "2025-03-31")  # /sox, /chips: all of data/prices_daily.csv
KOREA_WINDOW = ("2025-01-02", "2025-02-28")  # /chips: January and February 2025
AFTER_FALL_END = "2025-02-28"  # /jevons: from the shock day to the end of February
AFTER_FALL_MARK = "2025-01-31"  # /jevons: the first day its takeaway quotes
SHOCK_TICKERS = ("NVDA", "^SOX", "^IXIC", "MSFT")  # /shock: shown first
# The default day set to 100 is read from data: the last trading day before the shock day.

PRICES_SOURCE = "出典: data/prices_daily.csv（各銘柄の終値。銘柄ごとの元データは「データと出典」ページ）"


# Where a figure is drawn: "page", "compact" (print handouts: shorter) or "slide" (the projector: as large as the
# slide's chart area, with larger type).
_size = contextvars.ContextVar("size", default="page")
_takeaway_html = contextvars.ContextVar("takeaway_html", default="")
# On a slide, the containers the chart and its source line go into (the controls wait behind a button).
_figure_slot: contextvars.ContextVar[tuple[Any, Any] | None] = contextvars.ContextVar("figure_slot", default=None)


def figure(builder: Callable[..., go.Figure], *args: Any, **kwargs: Any) -> go.Figure:
    """``builder(*args, **kwargs)``, built once per distinct input and shared: building a Plotly
    figure costs ~25 ms, and every widget change reruns the page. In a print handout (compact) the chart
    is shorter; on a slide it fills the slide's chart area. The figure returned must not be changed."""
    return _build_figure(builder, builder.__qualname__, args, kwargs, _size.get())


@st.cache_resource(max_entries=512, show_spinner=False)
def _build_figure(_builder: Callable[..., go.Figure], name: str, args: tuple, kwargs: dict,
                  size: str) -> go.Figure:
    fig = _builder(*args, **kwargs)
    if size == "compact":
        charts.compact_layout(fig, height=300)
    elif size == "slide":
        charts.slide_layout(fig)
    return fig


def show_figure(fig: go.Figure, table: pd.DataFrame, source: str, key: str) -> None:
    """A chart and the same numbers as a table (for readers who cannot see the chart), the caller's
    takeaway right under it (see ``show_interactive``), then the source line.
    Tabs rather than an expander, so a figure can sit inside an expander; on a slide the table stays a tab away."""
    slot = _figure_slot.get()
    if slot is not None:  # a slide: the chart alone, as tall as the slide's chart area, and its source
        chart_area, source_area = slot
        chart_area.plotly_chart(fig, width="stretch", height="stretch", key=f"{key}-chart",
                                config=charts.PLOTLY_CONFIG)
        source_area.caption(source)
        return
    chart_tab, table_tab = st.tabs(["グラフ", "数字の表"])
    with chart_tab:
        st.plotly_chart(fig, width="stretch", key=f"{key}-chart", config=charts.PLOTLY_CONFIG)
    with table_tab:
        st.html(table_html(table))
    takeaway = _takeaway_html.get()
    if takeaway:
        st.html(takeaway)
    st.caption(source)


def table_html(table: pd.DataFrame) -> str:
    """A small table (a figure's numbers, a quiz result) as plain HTML, escaped: lighter for the browser than
    st.dataframe, whose code (1.2 MB) a page would otherwise load for a table of a few rows. Numbers are
    right-aligned (class "num"), text left-aligned."""
    numeric = [pd.api.types.is_numeric_dtype(dtype) for dtype in table.dtypes]

    def cell(tag: str, value: Any, is_number: bool) -> str:
        if pd.isna(value):
            value = ""
        elif isinstance(value, float):
            value = f"{value:,.2f}".rstrip("0").rstrip(".")
        elif isinstance(value, pd.Timestamp):
            value = value.strftime("%Y-%m-%d" if value == value.normalize() else "%Y-%m-%d %H:%M")
        return f'<{tag} class="{"num" if is_number else "text"}">{html.escape(str(value))}</{tag}>'

    head = "".join(cell("th", column, is_number) for column, is_number in zip(table.columns, numeric, strict=True))
    rows = "".join("<tr>" + "".join(cell("td", value, is_number) for value, is_number in zip(row, numeric, strict=True))
                   + "</tr>" for row in table.itertuples(index=False))
    return f'<div class="data-table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'


def shock_events(*event_ids: str) -> list[Event]:
    """Lines for a price chart: the chosen rows of data/events.csv, with their chart labels."""
    events = load_events().set_index("id")
    return [Event(event_day(event_id), events.loc[event_id, "chart_label"]) for event_id in event_ids]


def _trading_days(prices: pd.DataFrame, ticker: str, start: str = "", end: str = "9999") -> list[str]:
    """The days ``ticker`` has a close, as YYYY-MM-DD, from ``start`` to ``end`` (both included)."""
    days = sorted(prices.loc[prices["ticker"] == ticker, "date"].dt.strftime("%Y-%m-%d"))
    return [day for day in days if start <= day <= end]


def _base_day(prices: pd.DataFrame, ticker: str) -> str:
    """The default day set to 100: ``ticker``'s last trading day before the shock day."""
    shock_day = event_day("shock_day")
    return [day for day in _trading_days(prices, ticker) if day < shock_day][-1]


def _in_window(frame: pd.DataFrame, window: tuple[str, str]) -> pd.DataFrame:
    return frame[(frame["date"] >= window[0]) & (frame["date"] <= window[1])]


def _price_table(frame: pd.DataFrame, value_label: str = "終値") -> pd.DataFrame:
    table = frame.assign(date=frame["date"].dt.strftime("%Y-%m-%d"))
    return table.rename(columns={"date": "日付", "name": "銘柄", "close": value_label})


def _day_label(day: str) -> str:
    """"2025-01-27" → "1/27"."""
    stamp = pd.Timestamp(day)
    return f"{stamp.month}/{stamp.day}"


def shock_rebased(key: str) -> None:
    prices = load_prices()
    options = [ticker for ticker in TICKER_NAMES if ticker != "AVGO"]  # AVGO's traded closes start only in February
    tickers = st.multiselect("くらべる銘柄", options, default=list(SHOCK_TICKERS),
                             format_func=TICKER_NAMES.get, key=f"{key}-tickers")
    base = st.select_slider("100にそろえる日（基準日）", options=_trading_days(prices, "NVDA"),
                            value=_base_day(prices, "NVDA"), key=f"{key}-base")
    if not tickers:
        st.info("銘柄を1つ以上えらんでください。")
        return
    window = _in_window(charts.rebase(prices, tickers, base), SHOCK_WINDOW)
    show_figure(figure(charts.rebased_chart, window, base,
                       shock_events("r1_release", "shock_day", "earnings", "korea_reopens")),
                _price_table(window)[["日付", "銘柄", "終値", "value"]].rename(columns={"value": "基準日=100"}),
                PRICES_SOURCE, key)


def sox_path(key: str) -> None:
    prices = load_prices()
    marks = [(number.value, f"記事の「{number.quote}」") for number in (SOX_LOW, SOX_RECOVERY)]
    fig = figure(charts.price_path, prices, "^SOX", *PRICE_PATH_WINDOW, marks=marks, events=shock_events("shock_day"))
    frame = prices[prices["ticker"] == "^SOX"]
    show_figure(fig, _price_table(frame)[["日付", "終値"]],
                "出典: data/prices_daily.csv（^SOX、yfinance、小数2けたに丸め）", key)


def nvda_path(key: str) -> None:
    prices = load_prices()
    fig = figure(charts.price_path, prices, "NVDA", *PRICE_PATH_WINDOW, events=shock_events("shock_day", "earnings"))
    frame = prices[prices["ticker"] == "NVDA"]
    show_figure(fig, _price_table(frame)[["日付", "終値"]],
                "出典: data/prices_daily.csv（NVDA、Investing.com のデータ）", key)


def korea_path(key: str) -> None:
    prices = load_prices()
    base = st.select_slider("100にそろえる日（基準日）", options=_trading_days(prices, "005930.KS", *KOREA_WINDOW),
                            value=_base_day(prices, "005930.KS"), key=f"{key}-base")
    window = _in_window(charts.rebase(prices, ["005930.KS", "000660.KS"], base), KOREA_WINDOW)
    closed_from, closed_to = load_facts()["krx_closed_days"]["value"].split("..")
    closed_to_day = pd.Timestamp(closed_to).day
    events = [Event(closed_from, f"韓国は休み（〜{closed_to_day}日）"), Event(event_day("korea_reopens"), "再開")]
    show_figure(figure(charts.rebased_chart, window, base, events),
                _price_table(window)[["日付", "銘柄", "終値", "value"]].rename(columns={"value": f"{base}=100"}),
                f"出典: data/prices_daily.csv（KRX の終値、韓国ウォン）。"
                f"韓国市場は {closed_from}〜{closed_to_day} が旧正月で休み。", key)


def capex_quarterly(key: str) -> None:
    capex = load_capex()
    companies = sorted(capex["company"].unique())
    chosen = st.multiselect("会社をえらぶ", companies, default=companies, key=f"{key}-companies")
    if not chosen:
        st.info("会社を1つ以上えらんでください。")
        return
    frame = charts.capex_frame(capex, chosen)
    table = frame.rename(columns={"quarter": "四半期（暦年）", "company": "会社", "capex": "設備投資（10億ドル）"})
    show_figure(figure(charts.capex_chart, frame), table,
                "出典: data/capex_quarterly.csv（各社のキャッシュフロー計算書、opencapital.sh の XBRL 表）。"
                "リースを含む「見出しの数字」とは違います。", key)


def usdjpy(key: str) -> None:
    fx = load_fx()
    show_figure(figure(charts.fx_chart, fx, shock_events("shock_day")),
                fx.assign(date=fx["date"].dt.strftime("%Y-%m-%d"))[["date", "rate"]].rename(
                    columns={"date": "日付", "rate": "1ドルあたりの円"}),
                "出典: data/fx_usdjpy_daily.csv（FRED DEXJPUS、ニューヨーク正午のレート）", key)


def _yen(value: float) -> str:
    """A yen amount in 兆/億 words (e.g. 90.8兆円)."""
    if abs(value) >= 1e12:
        return f"{value / 1e12:,.1f}兆円"
    if abs(value) >= 1e8:
        return f"{value / 1e8:,.1f}億円"
    return f"{value:,.0f}円"


def shock_timeline(key: str) -> None:
    # V2's day in May 2024 is not known: data/events.csv draws it mid-month and lists it as "2024年5月".
    events = load_events()[["date", "when", "label", "detail"]].reset_index(drop=True)
    show_figure(figure(charts.timeline_chart, events),
                events[["when", "label", "detail"]].rename(
                    columns={"when": "いつ", "label": "できごと", "detail": "くわしく・出典"}),
                "出典: data/facts.csv、記事本文（段落番号つき）。V2 の発表は「2024年5月」とだけわかっています。", key)


def index_basket(key: str) -> None:
    st.caption("架空の例：A〜D の4社だけでできた指数。重み（指数の中での大きさ）は A 40%、B 30%、C 20%、D 10%。")
    fall = st.slider("A社の株価の変化（%）", -30, 0, -20, step=1, key=f"{key}-fall")
    weights = {"A社（40%）": 40.0, "B社（30%）": 30.0, "C社（20%）": 20.0, "D社（10%）": 10.0}
    frame = charts.basket_frame(weights, {"A社（40%）": float(fall)})
    st.metric("指数の変化", f"{frame['contribution'].sum():+.1f}%", help="A社の変化 × A社の重み（40%）")
    show_figure(figure(charts.basket_chart, frame),
                frame.rename(columns={"member": "会社", "weight": "重み（%）", "change": "株価の変化（%）",
                                      "contribution": "指数への影響（%）"}),
                "架空の例（数字はすべて説明用です）。", key)


def market_cap_calc(key: str) -> None:
    st.markdown("**① 時価総額の計算機（架空の例）**")
    price_col, shares_col = st.columns(2)
    price = price_col.number_input("株価（円）", min_value=1, max_value=1_000_000, value=1_000, step=100,
                                   key=f"{key}-price")
    shares = shares_col.number_input("発行済み株式数（万株）", min_value=1, max_value=10_000_000, value=10_000,
                                     step=1_000, key=f"{key}-shares")
    st.metric("時価総額 ＝ 株価 × 株数", _yen(price * shares * 1e4))

    st.markdown("**② エヌビディアの1日の値下がりを円にする（本当の数字）**")
    days = list(load_fx()["date"].dt.strftime("%Y-%m-%d"))
    day = st.select_slider("どの日の為替レートで計算する？", options=days, value=event_day("shock_day"),
                           key=f"{key}-fxday")
    rate = usd_jpy(day)
    loss_fact = load_facts()["nvda_market_value_loss_shock_day"]
    loss_usd = fact_numbers("nvda_market_value_loss_shock_day")[0] * 1e9
    loss_words = f"{loss_usd / 1e8:.0f}億ドル"  # 589 (billion) → 5890億ドル
    market_usd = US_MARKET_LOSS_USD.value
    st.markdown(
        f"- エヌビディアの値下がり：{loss_words} × {rate:.2f}円 ＝ **{_yen(loss_usd * rate)}**"
        f"（記事は{NVDA_LOSS_TRILLION_YEN.quote}）\n"
        f"- 米国株全体の{US_MARKET_LOSS_USD.quote} × {rate:.2f}円 ＝ **{_yen(market_usd * rate)}**"
        f"（記事は{ALL_LOSS_TRILLION_YEN.quote}）")
    labels = ["エヌビディア（計算）", "エヌビディア（記事）", "米国株全体（計算）", "米国株全体（記事）"]
    values = [round(loss_usd * rate / 1e12, 1), NVDA_LOSS_TRILLION_YEN.value,
              round(market_usd * rate / 1e12, 1), ALL_LOSS_TRILLION_YEN.value]
    table = pd.DataFrame({"項目": labels, "兆円": values})
    show_figure(figure(charts.comparison_chart, labels, values, f"{day} のレート（1ドル={rate:.2f}円）で計算", "兆円",
                       texts=[f"{value}兆" for value in values]), table,
                f"出典: 値下がり額 {loss_words}（data/facts.csv、{loss_fact['as_of']}）、{US_MARKET_LOSS_USD.quote}"
                f"（記事 第{US_MARKET_LOSS_USD.paragraph}段落、ダウ・ジョーンズ・マーケット・データ）、"
                "為替 data/fx_usdjpy_daily.csv。", key)


def after_fall(key: str) -> None:
    shock_day = event_day("shock_day")
    window = _in_window(charts.rebase(load_prices(), ["^SOX", "NVDA"], shock_day), (shock_day, AFTER_FALL_END))
    show_figure(figure(charts.rebased_chart, window, shock_day, [Event(AFTER_FALL_MARK, _day_label(AFTER_FALL_MARK))]),
                _price_table(window)[["日付", "銘柄", "終値", "value"]].rename(
                    columns={"value": f"{_day_label(shock_day)}=100"}),
                PRICES_SOURCE, key)


def margin_calc(key: str) -> None:
    revenue_col, income_col = st.columns(2)
    meta_revenue = fact_numbers("meta_revenue_q4_2024")[0]
    meta_margin = fact_numbers("meta_operating_margin_q4_2024")[0] / 100
    revenue = revenue_col.number_input("売上高（10億ドル）", min_value=0.1, max_value=1000.0, value=meta_revenue,
                                       step=1.0, key=f"{key}-revenue")
    income = income_col.number_input("営業利益（10億ドル）", min_value=-1000.0, max_value=1000.0,
                                     value=round(meta_revenue * meta_margin, 2), step=1.0, key=f"{key}-income")
    margin = income / revenue * 100
    st.metric("営業利益率 ＝ 営業利益 ÷ 売上高", f"{margin:.1f}%")
    labels = ["売上高", "費用（売上高−営業利益）", "営業利益"]
    values = [revenue, round(revenue - income, 3), income]
    meta_revenue_words = f"{meta_revenue * 10:.2f}億ドル"  # 48.385 (billion) → 483.85億ドル
    meta_margin_words = f"{meta_margin:.0%}"
    show_figure(figure(charts.comparison_chart, labels, values, "売上高のうち、どれだけが営業利益として残るか",
                       "10億ドル", texts=[f"{value:,.2f}" for value in values]),
                pd.DataFrame({"項目": labels, "10億ドル": values}),
                f"出典: はじめの値はメタの2024年10〜12月の売上高 {meta_revenue_words}と営業利益率{meta_margin_words}"
                f"（data/facts.csv）。営業利益 {meta_revenue * meta_margin * 10:.1f}億ドルは "
                f"{meta_revenue_words}×{meta_margin_words} で出した目安です。", key)


def trading_day_jst(key: str) -> None:
    season = st.radio("季節", ["冬（1月29日など。ニューヨークは標準時）", "夏（ニューヨークは夏時間）"],
                      horizontal=True, key=f"{key}-season")
    offset = 14 if season.startswith("冬") else 13  # Japan is 14 hours ahead of EST, 13 of EDT
    rows = [("プレ", 4.0, 9.5, "通常の取引の前"), ("通常の取引", 9.5, 16.0, "ニューヨーク 9:30〜16:00"),
            ("時間外取引", 16.0, 20.0, "ニューヨーク 16:00〜20:00")]
    sessions = pd.DataFrame([(name, start + offset, end + offset, label) for name, start, end, label in rows],
                            columns=["name", "start", "end", "label"])
    sessions["label"] = [f"{label} ＝ 日本時間 {_clock(start)}〜{_clock(end)}" for label, start, end in
                         zip(sessions["label"], sessions["start"], sessions["end"], strict=True)]
    show_figure(figure(charts.sessions_chart, sessions, [(16.0 + offset, "決算発表はこのころ")]),
                sessions.rename(columns={"name": "時間帯", "label": "時刻"})[["時間帯", "時刻"]],
                "出典: ニューヨークの株式市場（NYSE・ナスダック）の公表されている取引時間。"
                "日本との時差は冬14時間、夏13時間。", key)


def _clock(hour: float) -> str:
    hour = hour % 24
    return f"{int(hour)}:{round((hour % 1) * 60):02d}"


def capex_plans(key: str) -> None:
    capex = load_capex()
    cash = charts.capex_frame(capex, sorted(capex["company"].unique()))
    meta_low, meta_high = (float(part) for part in load_facts()["meta_2025_capex_guidance"]["value"].split("-"))
    # Each plan is set against cash capex over the plan's own period: Microsoft's plan is for its fiscal
    # year 2025 (July 2024 - June 2025 = calendar quarters 2024Q3..2025Q2), the others' for calendar 2025.
    year_2025 = ("2025Q1", "2025Q2", "2025Q3", "2025Q4")
    msft_fy2025 = ("2024Q3", "2024Q4", "2025Q1", "2025Q2")
    plans = [("マイクロソフト", "Microsoft", "2024年7月〜2025年6月（会計年度）", msft_fy2025,
              fact_numbers("msft_fy2025_ai_datacenter_plan")[0]),
             ("メタ", "Meta Platforms", "2025年", year_2025, meta_low),
             ("アルファベット", "Alphabet", "2025年", year_2025, fact_numbers("alphabet_2025_capex_plan")[0]),
             ("アマゾン", "Amazon", "2025年", year_2025, fact_numbers("amazon_2025_capex_plan")[0])]
    rows = []
    for name, company, period, quarters, plan in plans:
        actual = cash.loc[(cash["company"] == company) & cash["quarter"].isin(quarters), "capex"].sum()
        rows.append((name, period, "計画（発表時）", plan))
        rows.append((name, period, "同じ期間に実際に現金で払った額", round(float(actual), 2)))
    frame = pd.DataFrame(rows, columns=["会社", "期間", "種類", "10億ドル"])
    bars = frame.assign(会社=frame["会社"] + "<br>" + frame["期間"].str.replace("（会計年度）", ""))
    show_figure(figure(charts.grouped_chart, bars, "会社", "種類", "10億ドル", "計画と、同じ期間の実際の額",
                       "10億ドル"),
                frame,
                f"出典: 計画は data/facts.csv（マイクロソフトは2025会計年度＝2024年7月〜2025年6月、"
                f"メタは{meta_low * 10:.0f}億〜{meta_high * 10:.0f}億ドルの下限）。"
                "実際は data/capex_quarterly.csv の、計画と同じ期間の4四半期の合計"
                "（キャッシュフロー計算書の設備投資。リースはふくまない。AI向け以外の設備もふくむ）。", key)


def payback_sim(key: str) -> None:
    st.caption("架空の例：数字はすべて説明用です。")
    investment_col, profit_col = st.columns(2)
    investment = investment_col.slider("設備に使うお金（億円）", 10, 1000, 300, step=10, key=f"{key}-investment")
    profit = profit_col.slider("その設備が1年で生む利益（億円）", 0, 200, 50, step=5, key=f"{key}-profit")
    years = simulations.payback_years(investment, profit)
    st.metric("元が取れるまで", "取れません（利益が0）" if years is None else f"{years:.1f}年")
    horizon = list(range(21))
    lines = {"もうけの合計（億円）": [profit * year for year in horizon],
             "使ったお金（億円）": [investment] * len(horizon)}
    fig = figure(charts.curve_chart, horizon, lines, years or 0, "元が取れるまで何年？", "年", "億円")
    show_figure(fig, pd.DataFrame({"年": horizon, **lines}), "架空の例。", key)


def _prices() -> list[simulations.Price]:
    v3 = fact_numbers("deepseek_chat_v3_api_price")
    r1 = fact_numbers("deepseek_reasoner_r1_api_price")
    gpt4o = fact_numbers("openai_gpt4o_api_price")
    o1 = fact_numbers("openai_o1_api_price")
    return [
        simulations.Price("DeepSeek-V2", fact_numbers("deepseek_v2_api_price_input")[0],
                          fact_numbers("deepseek_v2_api_price_output")[0], "2024年、V2 の公式価格表"),
        simulations.Price("DeepSeek-V3", v3[1], v3[2], "DeepSeek 料金ページ（日付なしの写し）"),
        simulations.Price("DeepSeek-R1", r1[1], r1[2], "DeepSeek 料金ページ（日付なしの写し）"),
        simulations.Price("GPT-4o", gpt4o[0], gpt4o[1], "二次資料（日付なし）"),
        simulations.Price("o1", o1[0], o1[1], "二次資料（日付なし）"),
    ]


def token_cost_calc(key: str) -> None:
    article_chars = article_char_count()
    amounts = {f"この記事（{article_chars:,}文字）": article_chars,
               "文庫本1冊（約10万文字、目安）": 100_000,
               "毎日のおしゃべり1か月（30日×2,000文字、架空の例）": 60_000}
    amount = st.radio("どれだけの文章？", list(amounts), key=f"{key}-amount")
    prices = [price for price in _prices() if price.model != "DeepSeek-V2"]
    model_names = [price.model for price in prices]
    models = st.multiselect("くらべるAI", model_names, default=model_names, key=f"{key}-models")
    writes = st.toggle("同じ量の文章をAIに書かせる（出力）", value=True, key=f"{key}-writes")
    if not models:
        st.info("AIを1つ以上えらんでください。")
        return
    tokens = amounts[amount] * simulations.TOKENS_PER_JAPANESE_CHAR
    rate_day = event_day("shock_day")
    rate = usd_jpy(rate_day)
    rows = []
    for price in prices:
        if price.model in models:
            usd = simulations.token_cost_usd(tokens, price, 1.0 if writes else 0.0)
            rows.append((price.model, round(usd, 4), round(usd * rate, 2), price.note))
    frame = pd.DataFrame(rows, columns=["AI", "ドル", "円", "料金の出典"])
    st.caption(f"トークン数は「日本語1文字 ≒ 1トークン」というおおまかな目安で {tokens:,.0f} トークンとしました"
               f"（本当の数はAIや文章によってちがいます）。円は {rate_day} のレート 1ドル＝"
               f"{rate:.2f}円 で計算。")
    show_figure(figure(charts.comparison_chart, list(frame["AI"]), list(frame["円"]),
                       "かかるお金（円、目もりは10倍ごと）", "円",
                       texts=[f"{yen:,.2f}円" for yen in frame["円"]], log=True), frame,
                "出典: 料金は data/facts.csv（100万トークンあたりの API 料金。DeepSeek はキャッシュなしの入力）。", key)


def training_cost(key: str) -> None:
    facts = load_facts()
    total_hours = fact_numbers("deepseek_v3_training_gpu_hours")[0]  # million GPU hours
    report_rate = round(fact_numbers("deepseek_v3_training_cost")[0] / total_hours, 2)  # the report's $ per GPU hour
    rate = st.slider("GPU 1台を1時間借りる値段（ドル）", 1.0, 4.0, report_rate, step=0.5, key=f"{key}-rate",
                     help=f"技術報告は1時間{report_rate:g}ドルとして計算しています。ほかの値は「もしも」の計算です。")
    phases = ["事前学習", "文脈をのばす学習", "仕上げの学習"]
    hours = training_phases_million_hours()
    costs = [round(phase_hours * rate, 3) for phase_hours in hours]
    st.metric("最後の学習1回の費用", f"{sum(costs):.3f} 百万ドル", help=f"{sum(hours):.3f} 百万GPU時間 × {rate} ドル")
    frame = pd.DataFrame({"段階": phases, "百万GPU時間": hours, "百万ドル": costs})
    show_figure(figure(charts.comparison_chart, phases, costs, f"DeepSeek-V3 の学習費用（1時間{rate}ドルとして）",
                       "百万ドル", texts=[f"{cost:.3f}" for cost in costs]), frame,
                f"出典: DeepSeek-V3 技術報告（{facts['deepseek_v3_training_gpu_hours']['as_of']}、data/facts.csv）。"
                f"H800 で {total_hours * 100:.1f}万 GPU時間。"
                "報告自身が「それまでの研究や試しの費用はふくまない」と書いています。", key)


def training_phases_million_hours() -> list[float]:
    """DeepSeek-V3's GPU hours by phase, read from the note of its facts.csv row
    ("= 2664K pre-training + 119K context extension + 5K post-training")."""
    note = load_facts()["deepseek_v3_training_gpu_hours"]["note"]
    return [int(thousands) / 1000 for thousands in re.findall(r"(\d+)K", note)]


MOE_SENTENCES = ("エヌビディアの株価が下がった", "DeepSeek is cheap", "半導体指数は5000まで回復した")


def moe_router(key: str) -> None:
    st.caption("説明用のしくみです（DeepSeek の本物のルーターではありません）。文を小さく区切り、"
               "区切りごとに「どの専門家に送るか」を決めます。")
    choice = st.selectbox("文をえらぶ", [*MOE_SENTENCES, "自分で書く"], key=f"{key}-sentence")
    text = st.text_input("文（20文字まで）", max_chars=20, key=f"{key}-own") if choice == "自分で書く" else choice
    experts_col, top_k_col = st.columns(2)
    experts = experts_col.slider("専門家の数 N", 4, 32, 16, key=f"{key}-experts")
    top_k = top_k_col.slider("1区切りあたり使う専門家 k", 1, 8, 2, key=f"{key}-k")
    tokens = simulations.split_tokens(text or "")
    if not tokens:
        st.info("文を入れてください。")
        return
    top_k = min(top_k, experts)
    matrix = simulations.route(tokens, experts, top_k)
    names = [f"E{number}" for number in range(1, experts + 1)]
    v3_experts = fact_numbers("deepseek_v3_routed_experts")[0]
    v3_chosen = fact_numbers("deepseek_v3_experts_per_token")[0]
    st.metric("1区切りで働く専門家の割合", f"{top_k}/{experts} = {top_k / experts:.1%}",
              help=f"DeepSeek-V3 は {v3_experts:.0f} の専門家から {v3_chosen:.0f} つ（約{v3_chosen / v3_experts:.0%}）"
                   "＋共有の専門家1つ")
    labels = [f"{number}:{token}" for number, token in enumerate(tokens, start=1)]
    table = pd.DataFrame({"区切り": labels,
                          "送られた専門家": [", ".join(name for name, chosen in zip(names, row, strict=True) if chosen)
                                             for row in matrix]})
    show_figure(figure(charts.heatmap_chart, matrix, labels, names, "区切りごとに、えらばれた専門家（●）"), table,
                "架空の例：説明用のしくみです（区切り方も、えらび方も、本物とはちがいます）。", key)


def moe_params(key: str) -> None:
    v3_total = fact_numbers("deepseek_v3_total_params")[0]
    v3_active = fact_numbers("deepseek_v3_active_params_per_token")[0]
    v2_total = fact_numbers("deepseek_v2_total_params")[0]
    v2_active = fact_numbers("deepseek_v2_active_params_per_token")[0]
    frame = pd.DataFrame([
        ("DeepSeek-V2", "全体", v2_total), ("DeepSeek-V2", "1トークンで使う分", v2_active),
        ("DeepSeek-V3", "全体", v3_total), ("DeepSeek-V3", "1トークンで使う分", v3_active),
    ], columns=["モデル", "種類", "10億パラメーター"])
    st.markdown(f"- V3：{v3_active:.0f} ÷ {v3_total:.0f} ＝ **{v3_active / v3_total:.1%}** だけが1トークンごとに働く\n"
                f"- V2：{v2_active:.0f} ÷ {v2_total:.0f} ＝ **{v2_active / v2_total:.1%}**")
    show_figure(figure(charts.grouped_chart, frame, "モデル", "種類", "10億パラメーター",
                       "全体のパラメーターと、1トークンで使う分", "10億パラメーター", text_format="{:,.0f}"), frame,
                "出典: DeepSeek-V3 技術報告（2024-12-26）、DeepSeek-V2 の README と技術報告（data/facts.csv）。", key)


def price_compare(key: str) -> None:
    sides = {"入力（読む）と出力（書く）": ("入力（読む）", "出力（書く）"), "入力（読む）だけ": ("入力（読む）",),
             "出力（書く）だけ": ("出力（書く）",)}
    side = st.radio("どの料金をくらべる？", list(sides), horizontal=True, key=f"{key}-side")
    prices = _prices()
    rows = ([(price.model, "入力（読む）", price.input_usd) for price in prices]
            + [(price.model, "出力（書く）", price.output_usd) for price in prices])
    frame = pd.DataFrame(rows, columns=["AI", "種類", "ドル（100万トークンあたり）"])
    frame = frame[frame["種類"].isin(sides[side])]
    show_figure(figure(charts.grouped_chart, frame, "AI", "種類", "ドル（100万トークンあたり）",
                                     "100万トークンあたりの料金（目もりは10倍ごと）", "ドル", log=True), frame,
                "出典: data/facts.csv。V2 は2024年の公式価格表、V3・R1 は DeepSeek の料金ページ（日付なしの写し、"
                "2025-02-08 以降の定価）、GPT-4o・o1 は二次資料（日付なし）。", key)


def jevons_sim(key: str) -> None:
    base_price, base_uses = 100, 100  # 架空の例: 1回100円で、100回使っていた
    base_total = base_price * base_uses
    st.caption(f"架空の例：AIを1回使うと{base_price}円で、前は{base_uses}回使っていたとします。"
               "使うお金の合計 ＝ 1回の値段 × 使う回数 です。")
    price_col, use_col = st.columns(2)
    price_times = price_col.select_slider("1回の値段は、前の何倍？（右ほど安い）",
                                          options=[round(1 - step / 10, 1) for step in range(10)], value=0.5,
                                          format_func=lambda times: f"{times:g}倍", key=f"{key}-price")
    use_times = use_col.slider("使う回数は、前の何倍？", 1.0, 10.0, 3.0, step=0.5, format="%.1f倍",
                               key=f"{key}-use")
    price, uses = base_price * price_times, base_uses * use_times
    spend_times = simulations.jevons_spending(price_times, use_times)
    total = base_total * spend_times
    price_metric, use_metric, total_metric = st.columns(3)
    price_metric.metric("1回の値段", f"{price:,.0f}円")
    use_metric.metric("使う回数", f"{uses:,.0f}回")
    total_metric.metric("使うお金の合計", f"{total:,.0f}円", delta=f"{total - base_total:+,.0f}円", delta_color="off")
    break_even = simulations.jevons_break_even(price_times)
    break_even_words = (f"{break_even:g}倍" if abs(break_even * 10 - round(break_even * 10)) < 1e-9
                        else f"約{break_even:.1f}倍")
    if spend_times > 1 + 1e-9:
        verdict = f"いまは{use_times:g}倍なので、合計は**増えます**。"
    elif spend_times < 1 - 1e-9:
        verdict = f"いまは{use_times:g}倍なので、合計は**減ります**。"
    else:
        verdict = f"いまはちょうど{use_times:g}倍なので、合計は**変わりません**。"
    st.markdown(f"{price:,.0f}円 × {uses:,.0f}回 ＝ **{total:,.0f}円**（前の{base_total:,}円の"
                f"{round(spend_times, 2):g}倍）  \n"
                f"値段が{price_times:g}倍のとき、合計が増えるのは、使う回数が 1 ÷ {price_times:g} ＝ "
                f"{break_even_words}より多いときです。{verdict}")
    labels = ["前", "あと"]
    totals = [base_total, round(total)]
    show_figure(figure(charts.spending_chart, labels, totals, "使うお金の合計（架空の例）"),
                pd.DataFrame({"いつ": labels, "1回の値段（円）": [base_price, round(price)],
                              "使う回数（回）": [base_uses, round(uses)], "使うお金の合計（円）": totals}),
                f"架空の例（1回{base_price}円、{base_uses}回から計算。本当のAIの値段や使う量ではありません）。", key)


INTERACTIVES: dict[str, Callable[[str], None]] = {
    "shock_timeline": shock_timeline,
    "shock_rebased": shock_rebased,
    "sox_path": sox_path,
    "index_basket": index_basket,
    "market_cap_calc": market_cap_calc,
    "nvda_path": nvda_path,
    "korea_path": korea_path,
    "margin_calc": margin_calc,
    "trading_day_jst": trading_day_jst,
    "capex_quarterly": capex_quarterly,
    "capex_plans": capex_plans,
    "payback_sim": payback_sim,
    "token_cost_calc": token_cost_calc,
    "training_cost": training_cost,
    "moe_router": moe_router,
    "moe_params": moe_params,
    "price_compare": price_compare,
    "jevons_sim": jevons_sim,
    "after_fall": after_fall,
    "usdjpy": usdjpy,
}
CHART_NAMES = tuple(INTERACTIVES)


# About how tall a figure with its controls, tabs, takeaway and source line is on a page (px), for its place
# before it is drawn (explainer.near): that place is a screen below the reader's view, so a guess is enough.
FIGURE_HEIGHT_GUESS = 760

# Figures drawn with nothing around them (no controls, no lines of numbers): on a slide they get no
# 「グラフをくわしく」 button.
FIGURE_ONLY = frozenset({"shock_timeline", "sox_path", "nvda_path", "capex_plans", "after_fall", "usdjpy"})


@st.fragment
def show_interactive(name: str, key: str, compact: bool = False, takeaway_html: str = "", slide: bool = False) -> None:
    """Figure ``name`` with its controls. A fragment: moving a control reruns only this figure, not the page.
    ``takeaway_html`` (safe HTML, from ``ui.rich_html``) is shown right under the chart, above its source line.
    ``compact``: shorter, for print. ``slide``: the chart fills the slide's chart area (sized by the page's CSS),
    its source line beside a 「グラフをくわしく」 button that opens the controls and numbers, then the takeaway."""
    if not slide:
        tokens = _size.set("compact" if compact else "page"), _takeaway_html.set(takeaway_html)
        try:
            INTERACTIVES[name](key)
        finally:
            _size.reset(tokens[0])
            _takeaway_html.reset(tokens[1])
        return
    chart_area = st.container(key="slide-figure")
    foot = st.container(horizontal=True, vertical_alignment="center", key="slide-figure-foot")
    tokens = _size.set("slide"), _figure_slot.set((chart_area, foot))
    try:
        if name in FIGURE_ONLY:
            INTERACTIVES[name](key)
        else:
            with foot.popover("グラフをくわしく", icon=":material/tune:"):
                INTERACTIVES[name](key)
        st.html(takeaway_html)
    finally:
        _size.reset(tokens[0])
        _figure_slot.reset(tokens[1])
