"""ふりがな and 読み上げ in a real Chromium: every kanji on every page carries a reading when the switch
is on, screen readers get each word once, the switch is kept in the browser and set by the URL, and the
speaker button speaks Japanese with the readings, at the chosen speed, and stops on a second press."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from explainer.furigana import KANJI
from explainer.store import get_pages

from .conftest import (
    StreamlitServer,
    draw_every_part,
    require_browser,
    rerun_by,
    wait_for_app,
    wait_for_saved_furigana,
    wait_for_saved_progress,
)

URLS = [p.path for p in get_pages()] + [
    "article?level=original", "article?level=both", "glossary?term=market-cap", "moe?mode=present&slide=3",
    "tokens?mode=print", "quiz?seed=3",
]
# Text nodes with a kanji that are shown and not inside <ruby> (Plotly's SVG is a picture, not text).
UNMARKED = """() => {
  const KANJI = /[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3005\\u3006\\u3007\\u30f6]/;
  const main = document.querySelector('[data-testid="stMain"]');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (KANJI.test(node.nodeValue) && !element.closest('ruby, script, style, svg') && element.checkVisibility()) {
      found.push(node.nodeValue.trim().slice(0, 30));
    }
  }
  return found;
}"""
VISIBLE_READINGS = "() => Array.from(document.querySelectorAll('rt')).filter(rt => rt.checkVisibility()).length"
# How many readings are visible in the first frame in which the page's body has opened (explainer.ui.page).
READINGS_WHEN_TEXT_SHOWS = """
(function poll() {
  const body = document.querySelector('.st-key-page-body');
  if (body && getComputedStyle(body).overflowY === 'visible') {
    window.__readingsWhenTextShowed = (VISIBLE_READINGS)();
  } else { requestAnimationFrame(poll); }
})();
""".replace("VISIBLE_READINGS", VISIBLE_READINGS)
# A speech synthesizer that records what it is asked to say (and finishes each sentence after a while).
FAKE_SPEECH = """
(() => {
  const voices = %s;
  window.__spoken = [];
  window.__cancelled = 0;
  Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
    getVoices: () => voices,
    speak(utterance) {
      window.__spoken.push({text: utterance.text, lang: utterance.lang, rate: utterance.rate});
      setTimeout(() => utterance.onend && utterance.onend(), 3000);
    },
    cancel() { window.__cancelled += 1; },
    addEventListener() {}, removeEventListener() {},
  }});
})();
"""
JAPANESE_VOICE = '[{"lang": "ja-JP", "name": "test voice"}]'


def furigana_switch(page):
    return page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]', has_text="ふりがな").locator("input")


def test_every_kanji_has_a_reading_on_every_page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server.url}/?furigana=1")
    wait_for_app(page)
    expect(furigana_switch(page)).to_be_checked()
    wait_for_saved_furigana(page, on=True)
    found = {}
    for path in URLS:
        page.goto(f"{server.url}/{path}")
        wait_for_app(page)
        draw_every_part(page)
        try:  # labels drawn by Streamlit get their ruby in the browser, just after they appear
            page.wait_for_function(f"({UNMARKED})().length === 0", timeout=8_000)
        except Exception:  # noqa: BLE001 - report what is left instead of a timeout
            found[path] = page.evaluate(UNMARKED)[:5]
        assert page.evaluate(VISIBLE_READINGS) > 10, path
    context.close()
    assert found == {}


def test_screen_readers_get_each_word_once(browser, server):
    """A glossary term with ruby is named by its word alone in Chromium's accessibility tree."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server.url}/market-cap?furigana=1")
    wait_for_app(page)
    term = page.locator(".gl-term", has=page.locator("ruby")).first
    expect(term).to_be_visible()
    word = term.evaluate("e => Array.from(e.childNodes).map(n => n.nodeName === 'RUBY' ? n.firstChild.nodeValue"
                         " : n.textContent).join('')")
    tree = context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    names = [n.get("name", {}).get("value") for n in tree if n.get("role", {}).get("value") == "button"]
    assert word in names
    reading = term.locator("rt").first.text_content()
    assert not any(name and reading in name for name in names), "a reading was read out as part of a name"
    term.click()
    expect(term).to_have_attribute("aria-expanded", "true")  # the pop-up still opens
    context.close()


def test_switch_survives_reload_and_restart_and_bad_values_fall_back(browser):
    require_browser()
    server = StreamlitServer().start()
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(f"{server.url}/sox")
        wait_for_app(page)
        assert page.evaluate(VISIBLE_READINGS) == 0  # off by default
        with rerun_by(page):
            furigana_switch(page).check(force=True)
        page.wait_for_function(f"({VISIBLE_READINGS})() > 100")

        # From then on, readings are there when the page's text first shows: the first run of a session knows
        # the choice (a cookie mirrors it), so the text does not reflow when the stored progress arrives.
        context.add_init_script(READINGS_WHEN_TEXT_SHOWS)
        page.reload()
        wait_for_app(page)
        page.wait_for_function(f"({VISIBLE_READINGS})() > 100")
        assert page.evaluate("window.__readingsWhenTextShowed") > 100
        server.restart()
        page.goto(f"{server.url}/sox")
        wait_for_app(page)
        page.wait_for_function(f"({VISIBLE_READINGS})() > 100")
        expect(furigana_switch(page)).to_be_checked()

        page.goto(f"{server.url}/sox?furigana=0")  # a shared link can turn it off too
        wait_for_app(page)
        page.wait_for_function(f"({VISIBLE_READINGS})() === 0")

        page.goto(f"{server.url}/sox?furigana=%3Cb%3Eyes%3C%2Fb%3E")
        # The notice is a toast from the first run: looked for while it is shown, not after the page settles.
        expect(page.get_by_text("使えない値なので").first).to_be_visible(timeout=15_000)
        wait_for_app(page)
        assert page.locator("b", has_text="yes").count() == 0
        assert page.evaluate(VISIBLE_READINGS) == 0  # the saved choice (off) stays
        context.close()
    finally:
        server.stop()


@pytest.mark.parametrize("slow", [False, True], ids=["normal", "slow"])
def test_speaker_reads_the_block_in_japanese_with_readings_and_stops(browser, server, slow):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(FAKE_SPEECH % JAPANESE_VOICE)
    page = context.new_page()
    page.goto(f"{server.url}/market-cap")
    wait_for_saved_progress(page)
    if slow:
        with rerun_by(page):
            page.locator('[data-testid="stSidebar"] button', has_text="ゆっくり").click()
    block = page.locator(".rich", has=page.locator("button.say"), has_text="時価総額").first
    button = block.locator("button.say")
    button.click()
    page.wait_for_function("window.__spoken.length > 0")
    first = page.evaluate("window.__spoken[0]")
    assert first["lang"] == "ja-JP"
    assert first["rate"] == pytest.approx(0.7 if slow else 1.0, abs=1e-6)  # a float32 in the browser
    # The first sentence as written, each word with ruby replaced by its reading in katakana.
    expected = block.evaluate("""b => {
        const copy = b.cloneNode(true);
        copy.querySelectorAll('.gl-tip, button').forEach(e => e.remove());
        copy.querySelectorAll('ruby').forEach(r => r.replaceWith(r.querySelector('rt').textContent
            .replace(/[\u3041-\u3096]/g, c => String.fromCharCode(c.charCodeAt(0) + 0x60))));
        const text = copy.textContent.trim();
        return text.slice(0, text.indexOf('。') + 1);
    }""")
    assert first["text"] == expected
    assert KANJI.search(expected) is None and KANJI.search(block.inner_text()), "spoken from the readings"
    expect(button).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("CSS.highlights.has('say-now')")  # the sentence being read is highlighted
    button.click()
    expect(button).to_have_attribute("aria-pressed", "false")
    assert page.evaluate("window.__cancelled") >= 1
    assert not page.evaluate("CSS.highlights.has('say-now')")
    if not slow:  # reading stops when the reader moves to another page
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        cancelled = page.evaluate("window.__cancelled")
        page.locator('[data-testid="stSidebar"] a[href="tokens"]').click()
        page.wait_for_function("n => window.__cancelled > n", arg=cancelled)
        expect(page.locator(".say-status")).to_be_hidden()
    context.close()


def test_speaker_says_so_when_there_is_no_japanese_voice(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(FAKE_SPEECH % '[{"lang": "en-US", "name": "english only"}]')
    page = context.new_page()
    page.goto(f"{server.url}/tokens")
    wait_for_app(page)
    page.locator("button.say").first.click()
    expect(page.locator(".say-status")).to_contain_text("日本語の読み上げの声が見つかりませんでした")
    assert page.evaluate("window.__spoken.length") == 0
    context.close()
