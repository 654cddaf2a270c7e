"""Chart builders and simulator logic, tested without a browser."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer import charts, simulations
from explainer.datasets import load_capex, load_prices


def test_rebase_is_100_on_base_day_and_uses_real_closes():
    frame = charts.rebase(load_prices(), ["NVDA", "^SOX"], "2025-01-24")
    base = frame[frame["date"] == "2025-01-24"].set_index("ticker")["value"]
    assert base["NVDA"] == 100 and base["^SOX"] == 100
    shock = frame[frame["date"] == "2025-01-27"].set_index("ticker")["value"]
    assert shock["NVDA"] == pytest.approx(118.42 / 142.62 * 100, abs=0.01)
    assert shock["^SOX"] == pytest.approx(4853.24 / 5341.94 * 100, abs=0.01)


def test_rebase_on_a_holiday_uses_last_trading_day():
    frame = charts.rebase(load_prices(), ["005930.KS"], "2025-01-29")  # Korea closed 27–30 Jan
    assert frame[frame["date"] == "2025-01-24"]["value"].iloc[0] == 100


def test_rebased_chart_has_one_trace_per_ticker_and_events():
    frame = charts.rebase(load_prices(), ["NVDA", "MSFT", "META"], "2025-01-24")
    fig = charts.rebased_chart(frame, "2025-01-24", [charts.Event("2025-01-27", "急落")])
    assert [t.name for t in fig.data] == ["エヌビディア", "マイクロソフト", "メタ"]
    assert len({t.line.dash for t in fig.data}) == 3  # told apart without colour
    assert any(a.text == "急落" for a in fig.layout.annotations)


def test_price_path_marks_article_levels():
    fig = charts.price_path(load_prices(), "^SOX", "2024-12-01", "2025-03-31", marks=[(4800, "4800"), (5000, "5000")])
    assert min(fig.data[0].y) < 4853.25 and len(fig.layout.shapes) == 2


def test_capex_frame_excludes_headline_rows_and_totals():
    frame = charts.capex_frame(load_capex(), ["Microsoft", "Meta Platforms"])
    q4 = frame[frame["quarter"] == "2024Q4"].set_index("company")["capex"]
    assert q4["Microsoft"] == 15.80 and q4["Meta Platforms"] == 14.43
    fig = charts.capex_chart(frame)
    assert fig.data[-1].name == "合計"
    assert dict(zip(fig.data[-1].x, fig.data[-1].y, strict=True))["2024Q4"] == pytest.approx(30.23)


def test_basket_contributions():
    frame = charts.basket_frame({"A": 40.0, "B": 60.0}, {"A": -20.0})
    assert list(frame["contribution"]) == [-8.0, 0.0]


def test_token_cost():
    price = simulations.Price("x", 0.27, 1.10, "")
    assert simulations.token_cost_usd(1_000_000, price, 1.0) == pytest.approx(1.37)
    assert simulations.token_cost_usd(1_000_000, price, 0.0) == pytest.approx(0.27)


def test_router_picks_exactly_k_experts_and_is_stable():
    tokens = simulations.split_tokens("DeepSeek は安い")
    assert tokens == ["DeepSeek", "は", "安", "い"]
    matrix = simulations.route(tokens, 8, 2)
    assert all(sum(row) == 2 for row in matrix) and matrix == simulations.route(tokens, 8, 2)


@given(st.text(max_size=40), st.integers(1, 64), st.integers(-3, 80))
def test_router_never_fails(text, experts, k):
    tokens = simulations.split_tokens(text)
    assert len(tokens) <= 16
    for row in simulations.route(tokens, experts, k):
        assert sum(row) == max(1, min(k, experts))


def test_jevons_spending_is_price_times_use():
    assert simulations.jevons_spending(0.5, 3) == pytest.approx(1.5)  # the lesson's example
    assert simulations.jevons_spending(0.5, 1.5) == pytest.approx(0.75)
    assert simulations.jevons_spending(0.5, 2) == pytest.approx(1.0)
    assert simulations.jevons_spending(1.0, 1.0) == 1.0
    assert simulations.jevons_break_even(0.5) == pytest.approx(2)
    assert simulations.jevons_break_even(0.1) == pytest.approx(10)
    with pytest.raises(ValueError):
        simulations.jevons_spending(0.0, 2.0)
    with pytest.raises(ValueError):
        simulations.jevons_break_even(0.0)


@given(st.integers(1, 10), st.integers(2, 20))
def test_jevons_spending_grows_only_above_break_even(price_tenths, use_halves):
    """On the simulator's grid (price 0.1–1.0, use 1–10 in steps of 0.5): spending grows exactly when
    the use multiplier is larger than 1 / price multiplier, and stays the same at it."""
    price, use = price_tenths / 10, use_halves / 2
    spend = simulations.jevons_spending(price, use)
    break_even = simulations.jevons_break_even(price)
    if use == pytest.approx(break_even):
        assert spend == pytest.approx(1.0)
    else:
        assert (spend > 1) == (use > break_even)


def test_jevons_spending_chart_marks_the_before_level():
    fig = charts.spending_chart(["前", "あと"], [10000, 15000], "t")
    assert list(fig.data[0].y) == [10000, 15000] and list(fig.data[0].text) == ["10,000円", "15,000円"]
    assert fig.layout.shapes[0].y0 == 10000 and fig.layout.yaxis.ticksuffix == "円"


def test_jevons_sim_shows_price_times_use():
    from streamlit.testing.v1 import AppTest

    from explainer.content import ROOT

    script = (f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
              "from explainer.interactives import show_interactive\nshow_interactive('jevons_sim', 't')\n")
    app = AppTest.from_string(script, default_timeout=30).run()
    assert [m.value for m in app.metric] == ["50円", "300回", "15,000円"]
    text = " ".join(m.value for m in app.markdown)
    assert "50円 × 300回 ＝ **15,000円**" in text and "1 ÷ 0.5 ＝ 2倍より多いとき" in text and "**増えます**" in text
    app.slider(key="t-use").set_value(1.5).run()
    assert app.metric[2].value == "7,500円" and "**減ります**" in " ".join(m.value for m in app.markdown)
    app.select_slider(key="t-price").set_value(0.1).run()
    app.slider(key="t-use").set_value(10.0).run()
    assert app.metric[2].value == "10,000円" and "**変わりません**" in " ".join(m.value for m in app.markdown)


def test_payback():
    assert simulations.payback_years(300, 50) == 6
    assert simulations.payback_years(300, 0) is None


def test_timeline_chart_labels():
    events = pd.DataFrame({"date": pd.to_datetime(["2025-01-20", "2025-01-27"]), "label": ["R1", "急落"],
                           "detail": ["a", "b"]})
    fig = charts.timeline_chart(events)
    assert list(fig.data[1].text) == ["R1", "急落"]


def test_tokens_takeaway_states_the_costs_the_calculator_shows():
    """The lesson's sentence under the cost chart quotes the chart's default numbers (read + write)
    and the write-only numbers; both must follow from data/facts.csv and the 2025-01-27 rate."""
    from explainer.datasets import article_char_count, event_day, usd_jpy
    from explainer.interactives import _prices
    from explainer.store import get_content

    content = get_content()
    chars = article_char_count()
    rate = usd_jpy(event_day("shock_day"))
    prices = {p.model: p for p in _prices()}
    takeaway = next(c.takeaway for c in content.lessons["tokens"].charts if c.builder == "token_cost_calc")
    tokens = chars * simulations.TOKENS_PER_JAPANESE_CHAR

    def yen(model: str, output_share: float, digits: int) -> str:
        return f"{round(simulations.token_cost_usd(tokens, prices[model], output_share) * rate, digits):g}円"

    def write_only_yen(model: str, digits: int) -> str:
        return f"{round(tokens / 1e6 * prices[model].output_usd * rate, digits):g}円"

    assert f"{chars:,}字" in takeaway
    assert f"V3は約{yen('DeepSeek-V3', 1.0, 1)}、o1は約{yen('o1', 1.0, 0)}" in takeaway
    assert f"V3は約{write_only_yen('DeepSeek-V3', 1)}、o1は約{write_only_yen('o1', 0)}" in takeaway


# ── Charts read on a 390 px phone as well as at 1280 px (layout, not numbers) ──────────────────────

def _phone_figures() -> dict[str, object]:
    """One figure from each builder, with real data where the app uses real data."""
    prices = load_prices()
    capex = load_capex()
    events = [charts.Event("2025-01-20", "R1 公開"), charts.Event("2025-01-27", "急落の日"),
              charts.Event("2025-01-29", "MS・メタ決算"), charts.Event("2025-01-31", "韓国市場が再開")]
    timeline = pd.DataFrame({"date": pd.to_datetime(["2024-05-15", "2024-12-26", "2025-01-20", "2025-01-27",
                                                     "2025-01-29", "2025-01-31"]),
                             "label": ["V2", "V3", "R1", "急落", "決算", "再開"], "detail": list("abcdef")})
    sessions = pd.DataFrame([("プレ", 18.0, 23.5, "a"), ("通常の取引", 23.5, 30.0, "b"),
                             ("時間外取引", 30.0, 34.0, "c")], columns=["name", "start", "end", "label"])
    grouped = pd.DataFrame([("A", "計画", 80.0), ("A", "実際", 64.55), ("B", "計画", 100.0), ("B", "実際", 131.82)],
                           columns=["会社", "種類", "10億ドル"])
    return {
        "rebased": charts.rebased_chart(charts.rebase(prices, ["NVDA", "^SOX", "^IXIC", "MSFT"], "2025-01-24"),
                                        "2025-01-24", events),
        "price_path": charts.price_path(prices, "^SOX", "2024-12-01", "2025-03-31",
                                        marks=[(4800, "記事の「4800」"), (5000, "記事の「5000」")], events=events[1:2]),
        "capex": charts.capex_chart(charts.capex_frame(capex, sorted(capex["company"].unique()))),
        "timeline": charts.timeline_chart(timeline),
        "basket": charts.basket_chart(charts.basket_frame({"A社（40%）": 40.0, "B社（30%）": 30.0, "C社（20%）": 20.0,
                                                           "D社（10%）": 10.0}, {"A社（40%）": -20.0})),
        "comparison": charts.comparison_chart(["エヌビディア（計算）", "エヌビディア（記事）", "米国株全体（計算）",
                                               "米国株全体（記事）"], [90.8, 91.0, 154.2, 151.0],
                                              "2025-01-27 のレート（1ドル=154.22円）で計算", "兆円",
                                              texts=["90.8兆", "91.0兆", "154.2兆", "151.0兆"]),
        "grouped": charts.grouped_chart(grouped, "会社", "種類", "10億ドル", "計画と、同じ期間の実際の額", "10億ドル"),
        "sessions": charts.sessions_chart(sessions, [(30.0, "決算発表はこのころ")]),
        "curve": charts.curve_chart(list(range(21)), {"a": [0.0] * 21, "b": [1.0] * 21}, 6, "元が取れるまで何年？",
                                    "年", "億円"),
        "heatmap": charts.heatmap_chart([[1, 0], [0, 1]], ["1:エ", "2:ヌ"], ["E1", "E2"], "区切りごとに"),
    }


def _lines(text: str) -> list[str]:
    """The visible lines of a Plotly label (tags such as <span …> removed)."""
    import re
    return [re.sub(r"<[^>]+>", "", line) for line in text.split("<br>")]


@pytest.mark.parametrize("name", list(_phone_figures()))
def test_legend_is_a_horizontal_row_under_the_plot_and_axes_push_margins(name):
    fig = _phone_figures()[name]
    legend = fig.layout.legend
    assert legend.orientation == "h" and legend.yref == "container" and legend.y == 0 and legend.yanchor == "bottom"
    assert fig.layout.xaxis.automargin is True and fig.layout.yaxis.automargin is True


@pytest.mark.parametrize("name", list(_phone_figures()))
def test_title_fits_a_phone_and_sits_above_the_plot(name):
    title = _phone_figures()[name].layout.title
    assert title.yref == "paper" and title.yanchor == "bottom" and title.automargin is True
    assert all(charts.text_width(line) <= charts.TITLE_MAX_WIDTH + 2 for line in _lines(title.text)), title.text


def test_capex_quarter_labels_are_short_and_level():
    fig = _phone_figures()["capex"]
    axis = fig.layout.xaxis
    assert axis.tickangle == 0 and list(axis.tickvals)[:5] == ["2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1"]
    assert list(axis.ticktext)[:5] == ["Q1<br>2023", "Q2", "Q3", "Q4", "Q1<br>2024"]
    assert all(len(line) <= 4 for text in axis.ticktext for line in text.split("<br>"))
    assert "2024Q4" in fig.data[-1].x  # the data keep the full quarter (hover and table unchanged)
    assert charts.quarter_labels(["2024Q3", "2024Q4", "2025Q1"]) == ["Q3<br>2024", "Q4", "Q1<br>2025"]


def test_event_labels_sit_in_rows_above_the_plot_not_over_the_lines():
    fig = _phone_figures()["rebased"]
    labels = [a for a in fig.layout.annotations if a.text in {"R1 公開", "急落の日", "MS・メタ決算", "韓国市場が再開"}]
    assert len(labels) == 4 and all(a.y == 1 and a.yref == "paper" and a.yanchor == "bottom" for a in labels)
    assert sorted({a.yshift for a in labels}) == [0, charts.EVENT_ROW_PX, 2 * charts.EVENT_ROW_PX]
    assert fig.layout.title.pad.b >= charts.EVENT_ROWS * charts.EVENT_ROW_PX  # the title is lifted over them


def test_price_path_names_the_article_levels_in_the_legend():
    fig = _phone_figures()["price_path"]
    named = [shape for shape in fig.layout.shapes if shape.name]
    assert [shape.name for shape in named] == ["記事の「4800」", "記事の「5000」"]
    assert all(shape.showlegend for shape in named) and fig.layout.showlegend is True
    assert [shape.y0 for shape in named] == [4800, 5000]


def test_timeline_gives_each_event_its_own_row_and_keeps_labels_inside():
    fig = _phone_figures()["timeline"]
    markers = fig.data[1]
    assert sorted(markers.y) == list(range(1, 7))  # no two labels on one row
    assert markers.textposition[0] == "middle right" and markers.textposition[-1] == "middle left"


def test_category_labels_wrap_at_natural_breaks_without_losing_text():
    assert charts.wrap_label("エヌビディア（計算）", 6) == "エヌビディア<br>（計算）"
    assert charts.wrap_label("DeepSeek-V3", 5.9) == "DeepSeek-<br>V3"
    assert charts.wrap_label("事前学習", 4) == "事前学習"
    wrapped = charts.wrap_label("費用（売上高−営業利益）", 7)
    assert wrapped.replace("<br>", "") == "費用（売上高−営業利益）"
    assert all(charts.text_width(line) <= 7 for line in wrapped.split("<br>"))
    fig = _phone_figures()["comparison"]
    assert fig.layout.xaxis.tickangle == 0 and list(fig.layout.xaxis.tickvals) == list(fig.data[0].x)
    assert all(charts.text_width(line) <= 6 for text in fig.layout.xaxis.ticktext for line in text.split("<br>"))


def test_bar_labels_outside_the_bars_have_room_on_the_axis():
    comparison = _phone_figures()["comparison"]
    assert comparison.layout.yaxis.range[1] >= 154.2 * 1.1
    grouped = _phone_figures()["grouped"]
    assert all(trace.orientation == "h" for trace in grouped.data)  # names read level on a phone
    assert grouped.layout.xaxis.range[1] >= 131.82 * 1.25
    low, high = charts.value_range([0.14, 60.0], log=True, headroom=0.3)
    assert low < -0.85 and high > 1.78 + 0.5  # log10 units: 0.14 … 60, with room for "60.00" after 60
    assert charts.value_range([-8.0, 0.0], headroom=0.2) == [-9.6, 0.0]
    assert comparison.layout.uniformtext.minsize == charts.MIN_TEXT_PX


def test_sessions_are_named_beside_their_rows():
    fig = _phone_figures()["sessions"]
    assert [trace.y[0] for trace in fig.data] == ["プレ", "通常の取引", "時間外取引"]
    assert all(trace.text is None for trace in fig.data)  # no name squeezed inside a short bar
    assert [trace.base[0] for trace in fig.data] == [18.0, 23.5, 30.0]


def test_plotly_config_hides_the_toolbar():
    assert charts.PLOTLY_CONFIG == {"displayModeBar": False}  # Streamlit itself sizes the chart to its column


def test_compact_figure_for_slides_keeps_room_for_the_event_labels():
    """On a slide or a handout a figure is 300 px high, plus the rows of event labels above its plot,
    so that those rows do not squeeze the plot."""
    fig = charts.compact_layout(_phone_figures()["rebased"])
    labels = [a for a in fig.layout.annotations if a.name == "event"]
    assert len(labels) == 4 and all(a.y == 1 and a.yanchor == "bottom" for a in labels)
    assert fig.layout.height == 300 + charts.EVENT_ROWS * charts.EVENT_ROW_PX
    assert charts.compact_layout(_phone_figures()["basket"]).layout.height == 300
