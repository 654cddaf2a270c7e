"""Query parameters: anything unexpected falls back to a default, never raises."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explainer.params import choice_param, int_param, shown, text_param


def test_choice_param():
    assert choice_param({"level": "easy"}, "level", ("original", "easy"), "original") == ("easy", True)
    assert choice_param({"level": "<script>"}, "level", ("original", "easy"), "original") == ("original", False)
    assert choice_param({}, "level", ("original", "easy"), "original") == ("original", True)


def test_int_param():
    assert int_param({"slide": "3"}, "slide", 1, 10, 1) == (3, True)
    for bad in ("0", "11", "-1", "3.5", "１", "9" * 50, "../../etc"):
        assert int_param({"slide": bad}, "slide", 1, 10, 1) == (1, False)


def test_shown_truncates():
    assert shown("a" * 40) == "a" * 30 + "…"


@given(st.dictionaries(st.sampled_from(["term", "q", "level", "slide"]),
                       st.one_of(st.text(max_size=20000), st.lists(st.text(max_size=50)), st.none())))
def test_params_never_raise(params):
    assert len(text_param(params, "q")) <= 100
    assert choice_param(params, "level", ("original", "easy", "both"), "both")[0] in ("original", "easy", "both")
    assert 1 <= int_param(params, "slide", 1, 20, 1)[0] <= 20
