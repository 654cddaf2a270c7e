"""Every interactive figure runs in Streamlit without an exception, shows its
source line and its data table; controls change what is shown."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from explainer.interactives import FIGURE_ONLY, INTERACTIVES, training_phases_million_hours

from .conftest import figure_table

AROUND_THE_FIGURE = ("number_input", "select_slider", "slider", "radio", "selectbox", "toggle", "checkbox",
                     "multiselect", "button", "markdown", "metric")

SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from explainer.interactives import show_interactive
show_interactive({name!r}, "t")
"""


def run(name: str) -> AppTest:
    from explainer.content import ROOT

    return AppTest.from_string(SCRIPT.format(root=str(ROOT), name=name), default_timeout=30).run()


@pytest.mark.parametrize("name", sorted(INTERACTIVES))
def test_interactive_runs_with_source_and_table(name):
    app = run(name)
    assert not app.exception, app.exception
    assert any("出典" in c.value or "架空の例" in c.value for c in app.caption)
    assert len(figure_table(app)) > 0
    around = sum(len(getattr(app, kind)) for kind in AROUND_THE_FIGURE)
    # A slide offers 「グラフをくわしく」 only where there is something besides the figure to open.
    assert (around == 0) == (name in FIGURE_ONLY)


def test_index_basket_slider_moves_the_index():
    app = run("index_basket")
    assert app.metric[0].value == "-8.0%"
    app.slider(key="t-fall").set_value(-10).run()
    assert app.metric[0].value == "-4.0%"


def test_market_cap_uses_the_chosen_days_rate():
    app = run("market_cap_calc")
    text = " ".join(m.value for m in app.markdown)
    assert "154.22円" in text and "90.8兆円" in text
    app.select_slider(key="t-fxday").set_value("2025-01-24").run()
    text = " ".join(m.value for m in app.markdown)
    assert "155.58円" in text and "91.6兆円" in text


def test_margin_calc_defaults_to_metas_quarter():
    app = run("margin_calc")
    assert app.metric[0].value == "48.0%"
    app.number_input(key="t-income").set_value(12.0).run()
    assert app.metric[0].value == f"{12.0 / 48.385 * 100:.1f}%"


def test_moe_router_share_follows_sliders():
    app = run("moe_router")
    assert app.metric[0].value == "2/16 = 12.5%"
    app.slider(key="t-k").set_value(4).run()
    assert app.metric[0].value == "4/16 = 25.0%"


def test_empty_selection_gets_a_prompt():
    app = run("shock_rebased")
    app.multiselect(key="t-tickers").set_value([]).run()
    assert not app.exception and "1つ以上" in app.info[0].value


def test_training_phases_add_up_to_reported_total():
    assert sum(training_phases_million_hours()) == pytest.approx(2.788)


def test_figures_are_built_once_per_input_and_rebuilt_when_it_changes():
    import pandas as pd
    import plotly.graph_objects as go

    from explainer.interactives import figure

    calls = []

    def build(frame, title):
        calls.append(title)
        return go.Figure(go.Bar(x=list(frame["x"]), y=list(frame["y"])), layout={"title": title, "height": 380})

    frame = pd.DataFrame({"x": ["a", "b"], "y": [1, 2]})
    first = figure(build, frame, "t")
    assert figure(build, frame.copy(), "t") is first
    changed = figure(build, frame.assign(y=[1, 3]), "t")
    assert changed is not first and list(changed.data[0].y) == [1, 3]
    assert calls == ["t", "t"]


def test_compact_and_slide_figures_differ_and_leave_the_full_size_one_alone():
    import plotly.graph_objects as go

    from explainer import interactives

    def tall(n):
        return go.Figure(layout={"height": 380 + n})

    full = interactives.figure(tall, 1)
    sized = {}
    for size in ("compact", "slide"):
        token = interactives._size.set(size)
        try:
            sized[size] = interactives.figure(tall, 1)
        finally:
            interactives._size.reset(token)
    assert sized["compact"].layout.height == 300 and full.layout.height == 381
    assert sized["slide"].layout.height is None  # a slide's figure takes the height of its chart area


def test_article_numbers_are_in_the_paragraphs_they_cite():
    from explainer import interactives
    from explainer.datasets import article_lines

    numbers = [value for value in vars(interactives).values() if isinstance(value, interactives.ArticleNumber)]
    assert numbers
    for number in numbers:
        assert number.quote in article_lines()[number.paragraph - 1], number
    assert interactives.US_MARKET_LOSS_USD.value == 1e12 and "1兆ドル" in interactives.US_MARKET_LOSS_USD.quote
    for number in (interactives.SOX_LOW, interactives.SOX_RECOVERY, interactives.NVDA_LOSS_TRILLION_YEN,
                   interactives.ALL_LOSS_TRILLION_YEN):
        assert number.quote.startswith(f"{number.value:g}"), number


def test_chart_windows_are_ordered_days_within_the_data():
    from explainer import interactives
    from explainer.datasets import load_prices

    days = load_prices()["date"]
    windows = [interactives.SHOCK_WINDOW, interactives.PRICE_PATH_WINDOW, interactives.KOREA_WINDOW,
               (interactives.AFTER_FALL_MARK, interactives.AFTER_FALL_END)]
    for start, end in windows:
        assert pd.Timestamp(start) < pd.Timestamp(end)
        assert ((days >= start) & (days <= end)).any()


def test_default_base_day_is_the_last_close_before_the_shock():
    app = run("shock_rebased")
    assert app.select_slider(key="t-base").value == "2025-01-24"
    app = run("korea_path")
    assert app.select_slider(key="t-base").value == "2025-01-24"
    assert "2025-01-27〜30 が旧正月で休み" in " ".join(c.value for c in app.caption)


def test_token_cost_uses_the_articles_length_and_the_shock_day_rate():
    app = run("token_cost_calc")
    assert app.radio(key="t-amount").options[0] == "この記事（7,526文字）"
    assert "円は 2025-01-27 のレート 1ドル＝154.22円 で計算。" in " ".join(c.value for c in app.caption)


def test_interactives_does_not_import_the_content_store():
    """No import cycle: store imports interactives (for the chart names), never the other way round."""
    assert "explainer.store" not in _modules_after_import("explainer.interactives")


def _modules_after_import(*modules: str) -> set[str]:
    """The top-level names of the modules loaded by a fresh interpreter after importing ``modules``."""
    import subprocess
    import sys

    from explainer.content import ROOT

    code = f"import sys\nimport {', '.join(modules)}\nprint('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return {name if name.startswith("explainer.") else name.split(".")[0] for name in result.stdout.splitlines()}


def test_table_html_escapes_and_aligns_numbers_right_and_text_left():
    from explainer.interactives import table_html

    table = pd.DataFrame({"日付": pd.to_datetime(["2025-01-27"]), "終値": [4800.125], "メモ": ["<b>x</b>"]})
    markup = table_html(table)
    assert '<td class="text">2025-01-27</td>' in markup
    assert '<td class="num">4,800.12</td>' in markup or '<td class="num">4,800.13</td>' in markup
    assert '<td class="text">&lt;b&gt;x&lt;/b&gt;</td>' in markup and "<b>" not in markup
