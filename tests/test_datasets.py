"""The dataset helpers: the article's length, the USD/JPY lookup and data/events.csv."""

from __future__ import annotations

import pandas as pd
import pytest

from explainer.datasets import (
    DATASETS,
    article_char_count,
    dataset,
    event_day,
    fact_numbers,
    load_csv,
    load_events,
    load_facts,
    load_fx,
    usd_jpy,
)


def test_article_char_count_is_todays_count():
    """Same formula the tokens lesson used before (sum of the article's line lengths, from the content loader)."""
    from explainer.store import get_content

    assert article_char_count() == sum(len(line) for line in get_content().article.lines) == 7526


def test_usd_jpy_reads_the_daily_file():
    assert usd_jpy("2025-01-27") == 154.22 == fact_numbers("usdjpy_shock_day")[0]
    assert usd_jpy("2025-01-24") == 155.58
    fx = load_fx()
    assert all(usd_jpy(day.strftime("%Y-%m-%d")) == rate for day, rate in zip(fx["date"], fx["rate"], strict=True))


@pytest.mark.parametrize("day", ["2025-01-25", "2025-01-20", "2024-11-29", "2025-04-01", "27.01.2025", ""])
def test_usd_jpy_without_a_row_says_which_days_exist(day):
    with pytest.raises(ValueError, match=r"fx_usdjpy_daily\.csv has no USD/JPY rate .*2024-12-02\.\.2025-03-31"):
        usd_jpy(day)


def test_fx_dataset_note_quotes_the_shock_day_rate():
    assert f"{event_day('shock_day')} は 1ドル＝{usd_jpy(event_day('shock_day')):.2f}円" in dataset(
        "fx_usdjpy_daily.csv").notes[0]


def test_events_csv_loads_and_every_row_has_a_source():
    raw = pd.read_csv(dataset("events.csv").path, dtype=str, keep_default_na=False)
    assert list(raw.columns) == ["id", "date", "when", "label", "chart_label", "detail", "source"]
    assert raw.columns[-1] == "source"  # /sources says the source is the rightmost column
    assert len(raw) >= 6 and raw["id"].is_unique
    for row in raw.itertuples():
        assert row.source.strip(), f"events.csv row {row.id} has no source"
        assert row.id and row.label and row.detail and row.when, row.id
        assert pd.Timestamp(row.date).strftime("%Y-%m-%d") == row.date, row.id
    events = load_events()
    assert events["date"].is_monotonic_increasing
    assert len(load_csv("events.csv")) == len(raw)


def test_events_csv_is_listed_on_the_sources_page():
    assert "events.csv" in [item.file for item in DATASETS]
    assert dataset("events.csv").path.is_file()


def test_event_days_agree_with_facts():
    facts = load_facts()
    assert event_day("shock_day") == facts["nvda_pct_change_shock_day"]["as_of"] == "2025-01-27"
    assert event_day("r1_release") == facts["deepseek_r1_release_date"]["value"]
    assert event_day("v3_report") == facts["deepseek_v3_total_params"]["as_of"]
    assert event_day("korea_reopens") == facts["krx_closed_days"]["as_of"]
    assert event_day("earnings") == facts["meta_2025_capex_guidance"]["as_of"]


def test_event_details_repeat_the_facts_numbers():
    details = load_events().set_index("id")["detail"]
    for key in ("nvda_pct_change_shock_day", "sox_pct_change_shock_day", "ixic_pct_change_shock_day"):
        assert f"−{abs(fact_numbers(key)[0]):.2f}%" in details["shock_day"], key
    assert f"{fact_numbers('deepseek_v3_total_params')[0] * 10:.0f}億パラメーター" in details["v3_report"]
    closed_from, closed_to = (pd.Timestamp(day) for day in load_facts()["krx_closed_days"]["value"].split(".."))
    assert f"{closed_from.month}/{closed_from.day}〜{closed_to.day}" in details["korea_reopens"]


def test_event_day_of_an_unknown_event_names_the_known_ones():
    with pytest.raises(ValueError, match="no event 'nope'.*shock_day"):
        event_day("nope")
