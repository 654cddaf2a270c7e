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


def test_jevons_toy_model():
    use, spend = simulations.jevons(0.5, 1.5)
    assert use == pytest.approx(0.5 ** -1.5) and spend > 1
    assert simulations.jevons(0.5, 0.5)[1] < 1
    assert simulations.jevons(0.5, 1.0)[1] == pytest.approx(1.0)
    with pytest.raises(ValueError):
        simulations.jevons(1.0, 1.0)


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
