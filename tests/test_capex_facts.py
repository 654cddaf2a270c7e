"""The capex and earnings lessons state figures that follow from data/, for the periods they name.

Figures are recomputed here straight from the CSV files (not through the app's own code), then
looked for in the lesson text: the guess's 2024 and 2025 totals, the chart sentences, and which
companies spent more or less than their plan over the plan's own period."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from explainer.content import ROOT
from explainer.readability import split_sentences

from .conftest import figure_table

DATA = ROOT / "data"
NAMES = {"Microsoft": "マイクロソフト", "Meta Platforms": "メタ", "Alphabet": "アルファベット", "Amazon": "アマゾン"}


def oku(billions: float) -> str:
    """10億ドル → the lesson's 億ドル wording with one decimal (64.55 → 645.5億ドル)."""
    return f"{billions * 10:.1f}億ドル"


@pytest.fixture(scope="module")
def cash() -> pd.DataFrame:
    """Cash-flow capex rows only (the two HEADLINE rows include finance leases)."""
    frame = pd.read_csv(DATA / "capex_quarterly.csv").rename(columns={"capex_usd_billion": "capex"})
    return frame[~frame["definition"].str.startswith("HEADLINE")]


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return pd.read_csv(DATA / "facts.csv", dtype=str, keep_default_na=False).set_index("key")


@pytest.fixture(scope="module")
def plans(cash: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """Each company's plan (low, high) and its cash capex over the period the plan covers."""
    msft = cash[cash["company"] == "Microsoft"]
    # Microsoft's plan is for its fiscal year 2025 (July 2024 - June 2025): FY25Q1..Q4 in the data.
    msft_fy25 = msft[msft["fiscal_label"].str.startswith("FY25")]
    assert sorted(msft_fy25["calendar_quarter"]) == ["2024Q3", "2024Q4", "2025Q1", "2025Q2"]
    assert "FY2025 = Jul 2024-Jun 2025" in facts.loc["msft_fy2025_ai_datacenter_plan", "note"]
    calendar_2025 = cash[cash["calendar_quarter"].str.startswith("2025")]
    meta_low, meta_high = (float(v) for v in facts.loc["meta_2025_capex_guidance", "value"].split("-"))
    rows = [("Microsoft", float(facts.loc["msft_fy2025_ai_datacenter_plan", "value"]), None, msft_fy25)]
    rows += [("Meta Platforms", meta_low, meta_high, calendar_2025[calendar_2025["company"] == "Meta Platforms"]),
             ("Alphabet", float(facts.loc["alphabet_2025_capex_plan", "value"]), None,
              calendar_2025[calendar_2025["company"] == "Alphabet"]),
             ("Amazon", float(facts.loc["amazon_2025_capex_plan", "value"]), None,
              calendar_2025[calendar_2025["company"] == "Amazon"])]
    # The other three plans are for calendar 2025 (their fiscal year is the calendar year), announced
    # around the shock (late January / early February 2025).
    for key in ("meta_2025_capex_guidance", "alphabet_2025_capex_plan", "amazon_2025_capex_plan"):
        assert facts.loc[key, "as_of"].startswith("2025-0"), key
    return pd.DataFrame(
        [(company, low, high if high is not None else low, round(float(quarters["capex"].sum()), 2), len(quarters))
         for company, low, high, quarters in rows],
        columns=["company", "low", "high", "actual", "quarters"]).set_index("company")


def _lesson_texts(lesson) -> list[str]:
    from explainer.outline import lesson_main_text

    return lesson_main_text(lesson)


def test_every_plan_is_set_against_four_quarters_of_cash_capex(plans):
    assert (plans["quarters"] == 4).all()
    assert plans.loc["Microsoft", "actual"] == pytest.approx(64.55)


def test_capex_plans_chart_shows_the_same_periods_as_recomputed_here(plans):
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from explainer.interactives import show_interactive
show_interactive("capex_plans", "t")
"""
    app = AppTest.from_string(script, default_timeout=30).run()
    assert not app.exception, app.exception
    table = figure_table(app)
    for company, row in plans.iterrows():
        mine = table[table["会社"] == NAMES[company]]
        plan, actual = (float(value.replace(",", "")) for value in mine["10億ドル"])
        assert plan == pytest.approx(row["low"], abs=0.005) and actual == pytest.approx(row["actual"], abs=0.005)
    msft_period = table.loc[table["会社"] == "マイクロソフト", "期間"].iloc[0]
    assert "2024年7月〜2025年6月" in msft_period
    assert set(table.loc[table["会社"] != "マイクロソフト", "期間"]) == {"2025年"}


def _claims(takeaway: str) -> dict[str, set[str]]:
    """Which companies the takeaway says spent more ("above") or less ("below") than planned. A sentence
    that makes the claim without naming a company refers to the companies of the sentence before it."""
    claims: dict[str, set[str]] = {"above": set(), "below": set()}
    previous: set[str] = set()
    for sentence in split_sentences(takeaway):
        named = set(NAMES) if "4社とも" in sentence else {c for c, name in NAMES.items() if name in sentence}
        if "計画" in sentence and re.search(r"より(も、)?(多く|たくさん)|上回", sentence):
            claims["above"] |= named or previous
        if "計画" in sentence and re.search(r"より少な|下回", sentence):
            claims["below"] |= named or previous
        previous = named or previous
    return claims


def test_capex_plans_takeaway_says_who_spent_more_or_less_than_planned(content, plans):
    takeaway = next(c.takeaway for c in content.lessons["capex"].charts if c.builder == "capex_plans")
    above = {company for company, row in plans.iterrows() if row["actual"] > row["high"]}
    below = {company for company, row in plans.iterrows() if row["actual"] < row["low"]}
    assert above == {"Meta Platforms", "Alphabet", "Amazon"} and below == {"Microsoft"}
    assert _claims(takeaway) == {"above": above, "below": below}
    for company, row in plans.iterrows():
        assert oku(row["actual"]) in takeaway, company
    assert f"約{plans.loc['Microsoft', 'low'] * 10:.0f}億ドル" in takeaway
    if "3社" in takeaway:
        assert len(above) == 3
    # Microsoft's calendar-2025 cash capex is another period than its plan: not compared.
    assert "831.0" not in takeaway


def test_guess_and_lesson_state_the_four_companies_2024_and_2025_cash_capex(content, cash):
    lesson = content.lessons["capex"]
    years = cash.assign(year=cash["calendar_quarter"].str[:4]).groupby("year")["capex"].sum()
    y2024, y2025 = oku(years["2024"]), oku(years["2025"])
    assert (y2024, y2025) == ("2283.4億ドル", "3760.6億ドル")
    guess = lesson.guess
    assert "ショックのあと、4社は設備投資を減らした？増やした？" in guess.question
    (right,) = [option for option in guess.options if option.correct]
    assert right.text == ("増やした" if years["2025"] > years["2024"] else "減らした")
    assert y2024 in right.explanation and y2025 in right.explanation
    assert "キャッシュフロー計算書" in right.explanation
    main = "\n".join(_lesson_texts(lesson))
    assert y2024 in main and y2025 in main
    assert f"約{years['2025'] / years['2024']:.1f}倍" in main


def test_quarterly_chart_takeaway_follows_the_data(content, cash):
    takeaway = next(c.takeaway for c in content.lessons["capex"].charts if c.builder == "capex_quarterly")
    totals = cash.groupby("calendar_quarter")["capex"].sum().sort_index()
    first, last = totals.iloc[0], totals.iloc[-1]
    assert oku(first) in takeaway and oku(last) in takeaway
    assert f"約{last / first:.1f}倍" in takeaway
    falls = int((totals.diff() < 0).sum())
    assert f"減ったのは、{falls}回だけ" in takeaway
    top = cash.loc[cash.groupby("calendar_quarter")["capex"].idxmax(), "company"]
    assert set(top) == {"Amazon"} and "どの3か月も、アマゾンがいちばん多く" in takeaway


def test_capex_lesson_does_not_call_total_capex_ai_capex(content):
    """capex_quarterly.csv is total cash capex (Amazon's includes warehouses and logistics)."""
    lesson = content.lessons["capex"]
    for text in [*lesson.summary, *lesson.recap, *_lesson_texts(lesson)]:
        assert "AI向けの設備投資" not in text


def test_226_billion_is_microsofts_own_figure_quoted_in_paragraph_40(content):
    from explainer.datasets import article_lines

    assert "226億ドル" in article_lines()[40 - 1]
    lesson = content.lessons["capex"]
    texts = [*_lesson_texts(lesson)] + [t for e in lesson.explain for t in e.advanced]
    for text in texts:
        if "226億" in text and "第40段落" not in text:
            assert any(q.line == 40 and q.comment == text for q in lesson.quotes), text
        assert not ("226億" in text and "引いて" in text), text


def test_earnings_lesson_names_the_session_of_each_move(content):
    """Nvidia fell after hours on 29 Jan 2025 (article paragraph 35) but closed higher on the 30th."""
    prices = pd.read_csv(DATA / "prices_daily.csv").set_index(["ticker", "date"])["close"]

    def change(ticker: str) -> float:
        return (prices[ticker, "2025-01-30"] / prices[ticker, "2025-01-29"] - 1) * 100

    main = "\n".join(_lesson_texts(content.lessons["earnings"]))
    assert f"{change('NVDA'):.2f}" == "0.77" and "約0.77%" in main
    assert f"約{-change('MSFT'):.1f}%" in main
    nvda_sentences = [s for s in split_sentences(main) if "エヌビディア" in s and ("下が" in s or "上が" in s)]
    assert nvda_sentences
    for sentence in nvda_sentences:
        if "下が" in sentence:
            assert "時間外取引" in sentence, sentence
        if "上が" in sentence:
            assert "終値" in sentence or "ふつうの取引" in sentence, sentence
