"""The glossary in a real browser: search as a beginner types, deep links, and
pop-ups that open by mouse, keyboard and touch and reach screen readers."""

from __future__ import annotations

from .conftest import ConsoleErrors, screenshot, wait_for_app


def open_page(browser, server, path: str, **context_options):
    options = {"viewport": {"width": 1280, "height": 900}, "locale": "ja-JP", **context_options}
    context = browser.new_context(**options)
    page = context.new_page()
    errors = ConsoleErrors().attach(page)
    page.goto(f"{server.url}/{path}")
    wait_for_app(page)
    return context, page, errors


def first_expander_label(page) -> str:
    return page.locator('[data-testid="stExpander"] summary [data-testid="stMarkdownContainer"]').first.inner_text()


def test_search_box_finds_half_width_katakana(browser, server):
    context, page, errors = open_page(browser, server, "glossary")
    box = page.get_by_label("用語を検索")
    box.fill("ﾃﾞｨｰﾌﾟｼｰｸ")
    box.press("Enter")
    wait_for_app(page)
    assert first_expander_label(page).startswith("DeepSeek")
    assert "q=" in page.url
    box.fill("はんどうたい")
    box.press("Enter")
    wait_for_app(page)
    assert first_expander_label(page).startswith("半導体")
    screenshot(page, "glossary-search")
    assert errors.real() == []
    context.close()


def test_no_result_is_friendly(browser, server):
    context, page, _ = open_page(browser, server, "glossary?q=はんどーたいず")
    alert = page.locator('[data-testid="stAlert"]').first.inner_text()
    assert "ありませんでした" in alert and "半導体" in alert
    context.close()


def test_term_deep_link_opens_entry(browser, server):
    context, page, _ = open_page(browser, server, "glossary?term=sox")
    assert page.locator("h3", has_text="フィラデルフィア半導体指数").first.is_visible()
    assert page.get_by_text("PHLX Semiconductor Index").first.is_visible()
    screenshot(page, "glossary-term-sox")
    context.close()


def test_hostile_term_is_shown_as_text(browser, server):
    context, page, errors = open_page(browser, server, "glossary?term=<img src=x onerror=alert(1)>")
    dialogs = []
    page.on("dialog", lambda d: dialogs.append(d.message))
    page.wait_for_timeout(500)
    assert "見つかりませんでした" in page.locator('[data-testid="stAlert"]').first.inner_text()
    assert page.locator("img[src=x]").count() == 0 and dialogs == []
    assert page.locator('[data-testid="stException"]').count() == 0
    context.close()


def tooltip_of(page, term):
    return page.locator(f"#{term.get_attribute('aria-describedby')}")


def test_popup_opens_on_hover(browser, server):
    context, page, _ = open_page(browser, server, "article")
    term = page.locator(".gl-term").nth(2)
    tip = tooltip_of(page, term)
    assert not tip.is_visible()
    term.hover()
    assert tip.is_visible() and "のこと。" in tip.inner_text()
    assert tip.locator("a").get_attribute("href").startswith("glossary?term=")
    screenshot(page, "popup-hover")
    context.close()


def test_popup_opens_on_keyboard_and_closes_on_escape(browser, server):
    context, page, _ = open_page(browser, server, "article")
    term = page.locator(".gl-term").first
    tip = tooltip_of(page, term)
    term.focus()
    assert tip.is_visible()
    page.keyboard.press("Tab")  # into the tooltip's link: it stays open
    assert page.evaluate("document.activeElement.textContent") == "用語集でくわしく"
    assert tip.is_visible()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus must stay visible"
    context.close()


def test_popup_opens_on_tap(browser, server):
    context, page, _ = open_page(browser, server, "article", has_touch=True, is_mobile=True,
                                 viewport={"width": 390, "height": 844})
    term = page.locator(".gl-term").nth(1)
    tip = tooltip_of(page, term)
    term.tap()
    assert tip.is_visible()
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, "pop-up stays on screen"
    screenshot(page, "popup-tap-390")
    page.locator("h1").tap()
    assert not tip.is_visible()
    context.close()


def test_screen_reader_gets_the_definition(browser, server):
    context, page, _ = open_page(browser, server, "article")
    client = context.new_cdp_session(page)
    client.send("DOM.getDocument", {"depth": -1})
    node = client.send("DOM.querySelector", {"nodeId": client.send("DOM.getDocument")["root"]["nodeId"],
                                             "selector": ".gl-term"})
    tree = client.send("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})
    described = [n for n in tree["nodes"] if n.get("description")]
    assert described and described[0]["description"]["value"].endswith("用語集でくわしく")
    assert "のこと。" in described[0]["description"]["value"]
    context.close()
