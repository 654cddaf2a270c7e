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
UNITS = {"USD": "ドル", "KRW": "ウォン", "index points": "ポイント"}
MARKERS = ("circle", "square", "diamond", "triangle-up", "x", "cross", "star", "triangle-down")


@dataclass(frozen=True)
class Event:
    date: str
    label: str


def _layout(fig: go.Figure, title: str, y_title: str, height: int = 380, date_axis: bool = False) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        yaxis_title=y_title,
        height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0},
        hovermode="x unified",
        xaxis={"tickformat": "%-m/%-d\n%Y"} if date_axis else {},
        font={"family": "Hiragino Sans, Noto Sans JP, Noto Sans CJK JP, Meiryo, sans-serif"},
    )
    return fig


def _add_events(fig: go.Figure, events: list[Event]) -> None:
    for index, event in enumerate(events):
        fig.add_vline(x=pd.Timestamp(event.date).timestamp() * 1000, line_width=1, line_dash="dot",
                      line_color="#6b7280")
        fig.add_annotation(
            x=event.date, y=1 - 0.09 * (index % 3), yref="paper", text=event.label, showarrow=False,
            xanchor="left", font={"size": 11}, bgcolor="rgba(128,128,128,0.25)",
        )


def rebase(prices: pd.DataFrame, tickers: list[str], base_date: str) -> pd.DataFrame:
    """Closes of ``tickers`` divided by their close on ``base_date`` (or the
    last trading day before it) × 100. Columns: date, ticker, name, close, value."""
    frame = prices[prices["ticker"].isin(tickers)].sort_values("date")
    base = pd.Timestamp(base_date)
    rows = []
    for ticker in tickers:
        group = frame[frame["ticker"] == ticker]
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
    for index, (_, group) in enumerate(rebased.groupby("ticker", sort=False)):
        fig.add_trace(go.Scatter(
            x=group["date"], y=group["value"], name=str(group["name"].iloc[0]), mode="lines+markers",
            line={"color": PALETTE[index % 8], "dash": DASHES[index % 8], "width": 2},
            marker={"symbol": MARKERS[index % 8], "size": 5},
            hovertemplate="%{y:.1f}<extra>%{fullData.name}</extra>",
        ))
    fig.add_hline(y=100, line_width=1, line_color="#6b7280")
    _add_events(fig, events)
    return _layout(fig, f"{base_date} を100としたときの動き", "基準日=100", date_axis=True)


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
    name = frame["name"].iloc[0] if len(frame) else ticker
    return _layout(fig, f"{name} の終値", UNITS.get(unit, unit), date_axis=True)


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
    return _layout(fig, "ドル円レート（1ドルが何円か）", "円", date_axis=True)


def timeline_chart(events: pd.DataFrame) -> go.Figure:
    """Dated events (columns date, label, detail) on one time axis, labels alternating above and below."""
    levels = [1 if index % 2 == 0 else -1 for index in range(len(events))]
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=events["date"], y=[0] * len(events), mode="lines", line={"color": "#9ca3af"},
                             hoverinfo="skip", showlegend=False))
    fig.add_trace(go.Scatter(
        x=events["date"], y=levels, mode="markers+text", text=events["label"],
        textposition=["top center" if level > 0 else "bottom center" for level in levels],
        marker={"size": 12, "color": PALETTE[0], "symbol": "diamond"}, customdata=events["detail"],
        hovertemplate="%{x|%Y-%m-%d}<br>%{customdata}<extra></extra>", showlegend=False,
    ))
    for date, level in zip(events["date"], levels, strict=True):
        fig.add_shape(type="line", x0=date, x1=date, y0=0, y1=level, line={"color": "#9ca3af", "width": 1})
    fig.update_yaxes(visible=False, range=[-2.2, 2.2])
    return _layout(fig, "DeepSeekショックまでの流れ", "", height=360, date_axis=True)


def basket_frame(weights: dict[str, float], changes: dict[str, float]) -> pd.DataFrame:
    """Each member's contribution (weight × change, in % points) to an index move."""
    frame = pd.DataFrame({"member": list(weights), "weight": list(weights.values())})
    frame["change"] = frame["member"].map(changes).fillna(0.0)
    frame["contribution"] = (frame["weight"] * frame["change"] / 100).round(2)
    return frame


def basket_chart(frame: pd.DataFrame) -> go.Figure:
    total = frame["contribution"].sum()
    fig = go.Figure(go.Bar(
        x=frame["member"], y=frame["contribution"], marker_color=PALETTE[0],
        text=[f"{contribution:+.1f}" for contribution in frame["contribution"]], textposition="outside",
        hovertemplate="%{x}: 指数への影響 %{y:+.2f} ポイント分（%）<extra></extra>", name="影響",
    ))
    fig.add_hline(y=total, line_dash="dash", line_color=PALETTE[3], annotation_text=f"指数全体 {total:+.1f}%")
    return _layout(fig, "1社の値下がりが指数をどれだけ動かすか（架空の例）", "指数の変化への寄与（%）", height=340)


def comparison_chart(labels: list[str], values: list[float], title: str, y_title: str,
                     texts: list[str] | None = None, log: bool = False) -> go.Figure:
    """Simple bars for a handful of named values (patterned so they differ without colour)."""
    fig = go.Figure(go.Bar(
        x=labels, y=values, marker_color=[PALETTE[index % 8] for index in range(len(values))],
        marker_pattern_shape=[("", "/", ".", "x", "-", "+")[index % 6] for index in range(len(values))],
        text=texts, textposition="outside", hovertemplate="%{x}: %{y:,}<extra></extra>",
    ))
    if log:
        fig.update_yaxes(type="log")
    return _layout(fig, title, y_title, height=360)


def grouped_chart(frame: pd.DataFrame, category: str, series: str, value: str, title: str, y_title: str,
                  log: bool = False, text_format: str = "{:,.2f}") -> go.Figure:
    """Grouped bars: one group per ``category``, one bar per ``series``."""
    fig = go.Figure()
    for index, (name, group) in enumerate(frame.groupby(series, sort=False)):
        fig.add_trace(go.Bar(
            x=group[category], y=group[value], name=str(name), marker_color=PALETTE[index % 8],
            marker_pattern_shape=("", "/", ".", "x")[index % 4],
            text=[text_format.format(number) for number in group[value]], textposition="outside",
            hovertemplate="%{x}: %{y:,}<extra>%{fullData.name}</extra>",
        ))
    fig.update_layout(barmode="group")
    if log:
        fig.update_yaxes(type="log")
    return _layout(fig, title, y_title, height=380)


def sessions_chart(sessions: pd.DataFrame, marks: list[tuple[float, str]]) -> go.Figure:
    """Trading sessions (columns name, start, end in Japan-time hours 0–48 from midnight) as bars on a clock axis."""
    fig = go.Figure()
    for index, row in enumerate(sessions.itertuples()):
        fig.add_trace(go.Bar(
            y=["日本時間"], x=[row.end - row.start], base=[row.start], orientation="h", name=row.name,
            marker_color=PALETTE[index % 8], marker_pattern_shape=("", "/", ".")[index % 3],
            text=row.name, textposition="inside", insidetextanchor="middle",
            hovertemplate=f"{row.name}: {row.label}<extra></extra>",
        ))
    for hour, label in marks:
        fig.add_vline(x=hour, line_dash="dash", line_color=PALETTE[3])
        fig.add_annotation(x=hour, y=1.12, yref="paper", text=label, showarrow=False, font={"size": 11})
    ticks = list(range(12, 37, 3))
    fig.update_xaxes(tickvals=ticks, ticktext=[f"{tick % 24}時" for tick in ticks], range=[12, 36])
    fig.update_layout(barmode="overlay", showlegend=False)
    return _layout(fig, "アメリカの1日の取引を日本時間で見る", "", height=240)


def curve_chart(x_values: list[float], lines: dict[str, list[float]], point_x: float, title: str, x_title: str,
                y_title: str) -> go.Figure:
    """Several curves over one x axis, with the reader's current choice marked."""
    fig = go.Figure()
    for index, (name, values) in enumerate(lines.items()):
        fig.add_trace(go.Scatter(x=x_values, y=values, name=name, mode="lines",
                                 line={"color": PALETTE[index % 8], "dash": DASHES[index % 8], "width": 3}))
    fig.add_vline(x=point_x, line_dash="dot", line_color="#6b7280", annotation_text="いまの設定")
    fig.add_hline(y=1, line_width=1, line_color="#9ca3af")
    fig.update_xaxes(title=x_title)
    return _layout(fig, title, y_title, height=360)


def heatmap_chart(matrix: list[list[int]], tokens: list[str], experts: list[str], title: str) -> go.Figure:
    """Which expert (column) each token (row) is sent to: 1 = chosen."""
    fig = go.Figure(go.Heatmap(
        z=matrix, x=experts, y=tokens, colorscale=[[0, "#f3f4f6"], [1, PALETTE[0]]], showscale=False,
        xgap=2, ygap=2, hovertemplate="「%{y}」→ %{x}: %{z}<extra></extra>",
        text=[["●" if chosen else "" for chosen in row] for row in matrix], texttemplate="%{text}",
    ))
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(type="category")
    return _layout(fig, title, "", height=max(260, 28 * len(tokens) + 120))
