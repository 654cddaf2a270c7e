"""Chart builders: pure functions from data frames to Plotly figures and tables.

Every chart in the app is built here, so each can be unit-tested without a
browser. Colours come from the Okabe–Ito colour-blind-safe palette, and lines
also differ by dash and marker so meaning never rests on colour alone.
"""

from __future__ import annotations

import math
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


# ── Layout that reads on a 390 px phone and on a 1280 px screen ─────────────────────────────────
# Plotly cannot know the screen width on the server, so every setting here works at both widths:
# the title wraps before it would run off a phone, the legend is a horizontal row under the x axis
# (outside the plot, never over data, never over tick labels), axes push their own margins, and
# labels of dated events sit in rows above the plot instead of over the lines.
TITLE_MAX_WIDTH = 20  # full-width characters of a 16 px title that fit a 390 px phone
LABEL_MAX_WIDTH = 7  # full-width characters of a 12 px category label per line
EVENT_ROW_PX = 18  # height of one row of event labels above the plot
EVENT_ROWS = 3  # event labels are staggered over at most this many rows
MIN_TEXT_PX = 10  # bar labels never shrink below this (Plotly shrinks them to fit a thin bar)
PLOTLY_CONFIG = {"displayModeBar": False}  # for st.plotly_chart (Streamlit sizes the chart to its column)


def text_width(text: str) -> float:
    """Width of ``text`` in full-width characters (a Latin letter or digit is about 0.6 of one)."""
    return sum(1.0 if ord(char) > 0x2E7F else 0.6 for char in text)


def _split(text: str) -> tuple[str, str] | None:
    """``text`` cut in two at the natural break nearest its middle: before 「（」, after 「、・〜-」 or a space."""
    cuts = [index for index, char in enumerate(text) if char == "（" and index > 0]
    cuts += [index + 1 for index, char in enumerate(text) if char in "、・〜-− " and 0 < index < len(text) - 1]
    if not cuts:
        return None
    middle = text_width(text) / 2
    cut = min(cuts, key=lambda index: abs(text_width(text[:index]) - middle))
    return text[:cut].rstrip(), text[cut:].lstrip()


def wrap_label(label: str, width: float = LABEL_MAX_WIDTH) -> str:
    """A category label in lines of about ``width`` full-width characters (joined with <br>), cut only at
    natural breaks, so a tick label reads without being rotated or cut on a phone. Lines already
    broken with <br> are kept."""
    lines = []
    for line in label.split("<br>"):
        parts = [line]
        while text_width(parts[-1]) > width and (cut := _split(parts[-1])) is not None:
            parts[-1:] = list(cut)
        lines += parts
    return "<br>".join(lines)


def title_text(title: str) -> str:
    """A chart title that does not run off a phone: a long one goes on two lines, its bracketed
    part (「（…）」, a note) smaller on the second."""
    if text_width(title) <= TITLE_MAX_WIDTH or "<br>" in title:
        return title
    bracket = title.find("（")
    if bracket > 0:
        return f"{title[:bracket].rstrip()}<br><span style='font-size:13px'>{title[bracket:]}</span>"
    cut = _split(title)
    return f"{cut[0]}<br>{cut[1]}" if cut else title


def _layout(fig: go.Figure, title: str, y_title: str, height: int = 380, date_axis: bool = False,
            event_rows: int = 0) -> go.Figure:
    """The shared layout; ``event_rows`` rows of labels (events, or tick labels on top) sit between title and plot."""
    fig.update_layout(
        # Just above the plot, lifted over ``event_rows`` rows of labels; it pushes the top margin.
        title={"text": title_text(title), "x": 0, "xanchor": "left", "xref": "container", "yref": "paper", "y": 1,
               "yanchor": "bottom", "automargin": True, "pad": {"l": 4, "b": 8 + EVENT_ROW_PX * event_rows},
               "font": {"size": 16}},
        yaxis_title=y_title,
        height=height,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        # At the bottom of the figure: it pushes the bottom margin, so it sits under the tick labels.
        legend={"orientation": "h", "xref": "container", "x": 0, "xanchor": "left", "yref": "container", "y": 0,
                "yanchor": "bottom"},
        hovermode="x unified",
        uniformtext={"minsize": MIN_TEXT_PX, "mode": "show"},
        font={"family": "Hiragino Sans, Noto Sans JP, Noto Sans CJK JP, Meiryo, sans-serif"},
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    if date_axis:
        fig.update_xaxes(tickformat="%-m/%-d\n%Y", nticks=6)
    return fig


def _add_events(fig: go.Figure, events: list[Event]) -> int:
    """A dotted line per event, its label in a row above the plot; returns the number of label rows."""
    for index, event in enumerate(events):
        fig.add_vline(x=pd.Timestamp(event.date).timestamp() * 1000, line_width=1, line_dash="dot",
                      line_color="#6b7280")
        fig.add_annotation(
            x=event.date, y=1, yref="paper", yanchor="bottom", yshift=EVENT_ROW_PX * (index % EVENT_ROWS),
            text=event.label, showarrow=False, xanchor="left", font={"size": 11}, bgcolor="rgba(128,128,128,0.25)",
            name="event",
        )
    return min(len(events), EVENT_ROWS)


def compact_layout(fig: go.Figure, height: int = 300) -> go.Figure:
    """The figure shorter, for a slide or a handout: at most ``height`` px plus the rows of event labels above
    the plot, so that the plot itself keeps its height (a slide shrinks the whole block to fit the screen)."""
    rows = len({annotation.yshift for annotation in fig.layout.annotations if annotation.name == "event"})
    fig.update_layout(height=min(fig.layout.height or 380, height) + EVENT_ROW_PX * rows, margin={"t": 10, "b": 0})
    return fig


def slide_layout(fig: go.Figure) -> go.Figure:
    """The figure for a projector: no fixed height (it fills the slide's chart area) and larger type."""
    fig.update_layout(height=None, autosize=True, font_size=18, title_font_size=22)
    return fig


def value_range(values: list[float], log: bool = False, headroom: float = 0.15) -> list[float]:
    """An axis range with room beyond the longest bar for its label outside the bar: Plotly does not
    widen the range for bar text, so on a phone the label of the longest bar was cut off. On a log
    axis the range is in powers of ten, as Plotly expects."""
    numbers = [float(value) for value in values if pd.notna(value)]
    if log:
        positive = [number for number in numbers if number > 0] or [1.0]
        low, high = math.log10(min(positive)), math.log10(max(positive))
        span = max(high - low, 1.0)
        return [low - 0.1 * span, high + headroom * span]
    low, high = min([0.0, *numbers]), max([0.0, *numbers])
    span = (high - low) or 1.0
    return [low - headroom * span if low < 0 else 0.0, high + headroom * span if high > 0 else 0.0]


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
    rows = _add_events(fig, events)
    return _layout(fig, f"{base_date} を100としたときの動き", "基準日=100", height=420, date_axis=True,
                   event_rows=rows)


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
        # Named in the legend (under the plot) rather than labelled over the line, where it hid the data.
        fig.add_hline(y=value, line_dash=DASHES[index + 1], line_color=PALETTE[index + 1], line_width=2,
                      name=label, showlegend=True)
    rows = _add_events(fig, list(events))
    unit = str(frame["currency"].iloc[0]) if len(frame) else ""
    name = frame["name"].iloc[0] if len(frame) else ticker
    fig.update_layout(showlegend=bool(marks))
    return _layout(fig, f"{name} の終値", UNITS.get(unit, unit), date_axis=True, event_rows=rows)


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
    totals = frame.groupby("quarter")["capex"].sum()  # drawn in mid grey: it must show on light and dark themes
    fig.add_trace(go.Scatter(x=totals.index, y=totals.values, name="合計", mode="lines+markers",
                             line={"color": "#6b7280", "dash": "dot", "width": 2}, marker={"symbol": "diamond"},
                             hovertemplate="合計 %{y:.2f} 10億ドル<extra></extra>"))
    quarters = sorted(frame["quarter"].unique())
    fig.update_xaxes(tickvals=quarters, ticktext=quarter_labels(quarters), tickangle=0)
    _hover_with_full_categories(fig, "x")
    fig.update_layout(barmode="stack")
    return _layout(fig, "設備投資（3か月ごと、キャッシュフローの数字）", "10億ドル", height=420)


def quarter_labels(quarters: list[str]) -> list[str]:
    """Short tick labels for calendar quarters: "2024Q1" → "Q1<br>2024" (the year under the first quarter
    shown and under each Q1), "2024Q2" → "Q2". Twelve of them fit a phone without turning."""
    labels = []
    for index, quarter in enumerate(quarters):
        year, part = quarter[:4], quarter[4:]
        labels.append(f"{part}<br>{year}" if index == 0 or part == "Q1" else part)
    return labels


def fx_chart(fx: pd.DataFrame, events: list[Event] = ()) -> go.Figure:
    fig = go.Figure(go.Scatter(x=fx["date"], y=fx["rate"], name="ドル円", mode="lines",
                               line={"color": PALETTE[0], "width": 2},
                               hovertemplate="%{x|%Y-%m-%d}: 1ドル=%{y:.2f}円<extra></extra>"))
    rows = _add_events(fig, list(events))
    return _layout(fig, "ドル円レート（1ドルが何円か）", "円", date_axis=True, event_rows=rows)


def timeline_chart(events: pd.DataFrame) -> go.Figure:
    """Dated events (columns date, label, detail) on one time axis. Each event has a row of its own (the
    earliest lowest), joined to the axis by a thin line, its label beside it on the side with room, so labels
    of days close together (four within 11 days) never overlap, even on a phone."""
    dates = pd.to_datetime(events["date"])
    rows = list(dates.rank(method="first").astype(int))
    middle = dates.min() + (dates.max() - dates.min()) / 2
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=[dates.min(), dates.max()], y=[0, 0], mode="lines", line={"color": "#9ca3af"},
                             hoverinfo="skip", showlegend=False))
    fig.add_trace(go.Scatter(
        x=events["date"], y=rows, mode="markers+text", text=events["label"],
        textposition=["middle right" if date <= middle else "middle left" for date in dates],
        marker={"size": 12, "color": PALETTE[0], "symbol": "diamond"}, customdata=events["detail"],
        hovertemplate="%{x|%Y-%m-%d}<br>%{customdata}<extra></extra>", showlegend=False, cliponaxis=False,
    ))
    for date, row in zip(events["date"], rows, strict=True):
        fig.add_shape(type="line", x0=date, x1=date, y0=0, y1=row, line={"color": "#9ca3af", "width": 1})
    fig.update_yaxes(visible=False, range=[-0.5, len(events) + 0.7])
    _layout(fig, "DeepSeekショックまでの流れ", "", height=max(300, 110 + 36 * len(events)), date_axis=True)
    return fig.update_layout(hovermode="closest")


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
    _category_ticks(fig, "x", list(frame["member"]))
    # Bars hang down from 0: names at the top, at 0, so the label under a falling bar never meets them.
    fig.update_xaxes(side="top")
    fig.update_yaxes(range=value_range([*frame["contribution"], total], headroom=0.2))
    return _layout(fig, "1社の値下がりが指数をどれだけ動かすか（架空の例）", "指数の変化への寄与（%）", height=360,
                   event_rows=2)  # the title is lifted over the names (up to two lines)


def _category_ticks(fig: go.Figure, letter: str, categories: list[str], width: float | None = None) -> None:
    """Show ``categories`` on axis ``letter`` wrapped to fit their share of a phone-wide axis. Hover keeps
    the full names: Plotly would show the wrapped tick text in place of ``%{x}``."""
    count = max(1, len(categories))
    size = 12 if count <= 3 else 11
    axis = fig.layout.xaxis if letter == "x" else fig.layout.yaxis
    if width is None:  # about 260 px of a phone's plot width shared by the categories
        width = min(10.0, max(4.0, 260 / (count * size)))
        axis.update(tickangle=0, tickfont={"size": size})  # wrapped to fit: never turned
    axis.update(tickmode="array", tickvals=categories, ticktext=[wrap_label(str(name), width) for name in categories])
    _hover_with_full_categories(fig, letter)


def _hover_with_full_categories(fig: go.Figure, letter: str) -> None:
    """Hover text that names a category by its value, not by its (shortened or wrapped) tick label."""
    axis = fig.layout.xaxis if letter == "x" else fig.layout.yaxis
    axis.update(unifiedhovertitle={"text": f"%{{{letter}}}"})
    for trace in fig.data:
        template = trace.hovertemplate or ""
        if f"%{{{letter}}}" in template and trace.customdata is None:
            trace.update(customdata=list(getattr(trace, letter)),
                         hovertemplate=template.replace(f"%{{{letter}}}", "%{customdata}"))


def comparison_chart(labels: list[str], values: list[float], title: str, y_title: str,
                     texts: list[str] | None = None, log: bool = False) -> go.Figure:
    """Simple bars for a handful of named values (patterned so they differ without colour)."""
    fig = go.Figure(go.Bar(
        x=labels, y=values, marker_color=[PALETTE[index % 8] for index in range(len(values))],
        marker_pattern_shape=[("", "/", ".", "x", "-", "+")[index % 6] for index in range(len(values))],
        text=texts, textposition="outside", hovertemplate="%{x}: %{y:,}<extra></extra>",
    ))
    if log:
        fig.update_yaxes(type="log", dtick=1)  # one tick per power of ten: 1, 10, 100 (no crowded 2 … 9)
    if texts:
        fig.update_yaxes(range=value_range(values, log))
    _category_ticks(fig, "x", list(labels))
    return _layout(fig, title, y_title, height=360)


def spending_chart(labels: list[str], totals: list[float], title: str) -> go.Figure:
    """The Jevons simulator: total spending before and after as bars (yen, written out in full),
    with the 'before' level drawn across so the reader sees at once whether spending grew."""
    fig = comparison_chart(labels, totals, title, "", texts=[f"{total:,.0f}円" for total in totals])
    fig.add_hline(y=totals[0], line_dash="dash", line_color="#6b7280")  # named under the bars: no overlap on a phone
    fig.update_xaxes(title="点線は、前の合計です")
    fig.update_yaxes(tickformat=",d", ticksuffix="円", rangemode="tozero")
    fig.update_traces(cliponaxis=False)
    return fig


def grouped_chart(frame: pd.DataFrame, category: str, series: str, value: str, title: str, y_title: str,
                  log: bool = False, text_format: str = "{:,.2f}") -> go.Figure:
    """Grouped bars: one group per ``category``, one bar per ``series``. Horizontal, so that names read
    level on a phone and the chart grows down, not across; ``y_title`` names the value axis."""
    fig = go.Figure()
    for index, (name, group) in enumerate(frame.groupby(series, sort=False)):
        fig.add_trace(go.Bar(
            y=group[category], x=group[value], name=str(name), orientation="h", marker_color=PALETTE[index % 8],
            marker_pattern_shape=("", "/", ".", "x")[index % 4],
            text=[text_format.format(number) for number in group[value]], textposition="outside",
            hovertemplate="%{y}: %{x:,}<extra>%{fullData.name}</extra>",
        ))
    fig.update_layout(barmode="group")
    fig.update_xaxes(type="log" if log else "linear", dtick=1 if log else None,
                     range=value_range(list(frame[value]), log, headroom=0.3))
    categories = list(dict.fromkeys(frame[category]))
    _category_ticks(fig, "y", categories, width=LABEL_MAX_WIDTH)
    fig.update_yaxes(autorange="reversed")  # the first group on top, as in the table
    _layout(fig, title, "", height=max(300, 150 + 30 * len(frame)))
    fig.update_xaxes(title=y_title)
    return fig.update_layout(hovermode="y unified")


def sessions_chart(sessions: pd.DataFrame, marks: list[tuple[float, str]]) -> go.Figure:
    """Trading sessions (columns name, start, end in Japan-time hours 0–48 from midnight) as bars on a clock axis,
    one row each, named beside the row: a name inside a 4-hour bar did not fit a phone."""
    fig = go.Figure()
    for index, row in enumerate(sessions.itertuples()):
        fig.add_trace(go.Bar(
            y=[row.name], x=[row.end - row.start], base=[row.start], orientation="h", name=row.name,
            marker_color=PALETTE[index % 8], marker_pattern_shape=("", "/", ".")[index % 3],
            # On two lines, so the hover box fits a phone (one line was wider than the chart).
            hovertemplate=f"{row.name}:<br>{str(row.label).replace(' ＝ ', '<br>＝ ')}<extra></extra>",
        ))
    for hour, label in marks:
        fig.add_vline(x=hour, line_dash="dash", line_color=PALETTE[3])
        fig.add_annotation(x=hour, y=1, yref="paper", yanchor="bottom", text=label, showarrow=False,
                           xanchor="right" if hour > 24 else "left", font={"size": 11})
    ticks = list(range(12, 37, 3))
    fig.update_xaxes(tickvals=ticks, ticktext=[f"{tick % 24}時" for tick in ticks], range=[12, 36], tickangle=0,
                     tickfont={"size": 11})  # nine short labels fit a phone level
    fig.update_yaxes(autorange="reversed", type="category")  # in the order of the day
    fig.update_layout(barmode="overlay", showlegend=False, bargap=0.25)
    _layout(fig, "アメリカの1日の取引を日本時間で見る", "", height=260, event_rows=1 if marks else 0)
    return fig.update_layout(hovermode="closest")


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
    return _layout(fig, title, y_title, height=380)


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


def answers_chart(labels: list[str], counts: list[int], correct: list[bool] | None = None) -> go.Figure:
    """The class's answers, one bar per option; the right options are marked only once ``correct``
    is given (after the teacher's reveal), by colour and by 「正解」 in the label (not colour alone)."""
    marked = [f"{label}（正解）" if correct and correct[index] else label for index, label in enumerate(labels)]
    colours = ["#009E73" if correct and correct[index] else (PALETTE[0] if not correct else "#9ca3af")
               for index in range(len(labels))]
    fig = go.Figure(go.Bar(x=marked, y=counts, marker_color=colours, text=[f"{count}人" for count in counts],
                           textposition="outside", cliponaxis=False, hoverinfo="skip"))
    fig.update_yaxes(rangemode="tozero", tickformat="d", dtick=max(1, (max(counts, default=0) + 4) // 5))
    return _layout(fig, "", "", height=230)
