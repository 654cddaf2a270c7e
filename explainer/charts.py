"""Chart builders: pure functions from data frames to Plotly figures and tables.

Every chart in the app is built here, so each can be unit-tested without a
browser. Colours come from the Okabe–Ito colour-blind-safe palette, and lines
also differ by dash and marker so meaning never rests on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot", "solid", "dash")
MARKERS = ("circle", "square", "diamond", "triangle-up", "x", "cross", "star", "triangle-down")


@dataclass(frozen=True)
class Event:
    date: str
    label: str


def _layout(fig: go.Figure, title: str, y_title: str, height: int = 380) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        yaxis_title=y_title,
        height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0},
        hovermode="x unified",
        font={"family": "Hiragino Sans, Noto Sans JP, Noto Sans CJK JP, Meiryo, sans-serif"},
    )
    return fig


def _add_events(fig: go.Figure, events: list[Event]) -> None:
    for index, event in enumerate(events):
        fig.add_vline(x=pd.Timestamp(event.date).timestamp() * 1000, line_width=1, line_dash="dot", line_color="#6b7280")
        fig.add_annotation(
            x=event.date, y=1 - 0.09 * (index % 3), yref="paper", text=event.label, showarrow=False,
            xanchor="left", font={"size": 11}, bgcolor="rgba(255,255,255,0.75)",
        )


def rebase(prices: pd.DataFrame, tickers: list[str], base_date: str) -> pd.DataFrame:
    """Closes of ``tickers`` divided by their close on ``base_date`` (or the
    last trading day before it) × 100. Columns: date, ticker, name, close, value."""
    frame = prices[prices["ticker"].isin(tickers)].sort_values("date")
    base = pd.Timestamp(base_date)
    rows = []
    for ticker, group in frame.groupby("ticker", sort=False):
        before = group[group["date"] <= base]
        if before.empty:
            continue
        base_close = before["close"].iloc[-1]
        rows.append(group.assign(value=(group["close"] / base_close * 100).round(2)))
    if not rows:
        return frame.assign(value=pd.Series(dtype=float)).iloc[0:0]
    return pd.concat(rows)[["date", "ticker", "name", "close", "value"]]


def rebased_chart(rebased: pd.DataFrame, base_date: str, events: list[Event]) -> go.Figure:
    fig = go.Figure()
    for index, (ticker, group) in enumerate(rebased.groupby("ticker", sort=False)):
        fig.add_trace(go.Scatter(
            x=group["date"], y=group["value"], name=str(group["name"].iloc[0]), mode="lines+markers",
            line={"color": PALETTE[index % 8], "dash": DASHES[index % 8], "width": 2},
            marker={"symbol": MARKERS[index % 8], "size": 5},
            hovertemplate="%{y:.1f}<extra>%{fullData.name}</extra>",
        ))
    fig.add_hline(y=100, line_width=1, line_color="#6b7280")
    _add_events(fig, events)
    return _layout(fig, f"{base_date} を100としたときの動き", "基準日=100")


def price_path(prices: pd.DataFrame, ticker: str, start: str, end: str,
               marks: list[tuple[float, str]] = (), events: list[Event] = ()) -> go.Figure:
    """One ticker's closes between start and end, with horizontal marks
    (for example the article's 4800 and 5000) and dated events."""
    frame = prices[(prices["ticker"] == ticker) & (prices["date"] >= start) & (prices["date"] <= end)]
    fig = go.Figure(go.Scatter(
        x=frame["date"], y=frame["close"], name=str(frame["name"].iloc[0]) if len(frame) else ticker,
        mode="lines+markers", line={"color": PALETTE[0], "width": 2}, marker={"size": 5},
        hovertemplate="%{x|%Y-%m-%d}: %{y:,.2f}<extra></extra>",
    ))
    for index, (value, label) in enumerate(marks):
        fig.add_hline(y=value, line_dash=DASHES[index + 1], line_color=PALETTE[index + 1],
                      annotation_text=label, annotation_position="bottom right")
    _add_events(fig, list(events))
    unit = str(frame["currency"].iloc[0]) if len(frame) else ""
    return _layout(fig, f"{frame['name'].iloc[0] if len(frame) else ticker} の終値", unit)


def capex_frame(capex: pd.DataFrame, companies: list[str]) -> pd.DataFrame:
    """Quarterly cash-flow capex (headline rows excluded) for the chosen companies,
    with a per-quarter total. Columns: quarter, company, capex."""
    cash = capex[~capex["definition"].str.startswith("HEADLINE") & capex["company"].isin(companies)]
    return cash.rename(columns={"calendar_quarter": "quarter", "capex_usd_billion": "capex"})[
        ["quarter", "company", "capex"]].sort_values(["quarter", "company"])


def capex_chart(frame: pd.DataFrame) -> go.Figure:
    fig = go.Figure()
    for index, (company, group) in enumerate(frame.groupby("company", sort=True)):
        fig.add_trace(go.Bar(
            x=group["quarter"], y=group["capex"], name=company, marker_color=PALETTE[index % 8],
            marker_pattern_shape=("", "/", ".", "x")[index % 4],
            hovertemplate="%{x}: %{y:.2f} 10億ドル<extra>%{fullData.name}</extra>",
        ))
    totals = frame.groupby("quarter")["capex"].sum()
    fig.add_trace(go.Scatter(x=totals.index, y=totals.values, name="合計", mode="lines+markers",
                             line={"color": "#374151", "dash": "dot"}, marker={"symbol": "diamond"},
                             hovertemplate="合計 %{y:.2f} 10億ドル<extra></extra>"))
    fig.update_layout(barmode="stack")
    return _layout(fig, "設備投資（3か月ごと、キャッシュフローの数字）", "10億ドル")


def fx_chart(fx: pd.DataFrame, events: list[Event] = ()) -> go.Figure:
    fig = go.Figure(go.Scatter(x=fx["date"], y=fx["rate"], name="ドル円", mode="lines",
                               line={"color": PALETTE[0], "width": 2},
                               hovertemplate="%{x|%Y-%m-%d}: 1ドル=%{y:.2f}円<extra></extra>"))
    _add_events(fig, list(events))
    return _layout(fig, "ドル円レート（1ドルが何円か）", "円")
