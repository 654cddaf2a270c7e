"""The glossary in a real browser: search as a beginner types, deep links, and
pop-ups that open by mouse, keyboard and touch and reach screen readers."""

from __future__ import annotations

from .conftest import SCREENSHOTS, ConsoleErrors, rerun_by, screenshot, wait_for_app


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
    with rerun_by(page):
        box.press("Enter")
    assert first_expander_label(page).startswith("DeepSeek")
    assert "q=" in page.url
    box.fill("はんどうたい")
    with rerun_by(page):
        box.press("Enter")
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
    assert "見つかりませんでした" in page.locator('[data-testid="stAlert"]').first.inner_text()
    assert page.locator("img[src=x]").count() == 0  # no script ran either: test_quality's hostile parameters
    assert page.locator('[data-testid="stException"]').count() == 0
    context.close()


def popup(page, index: int):
    """The index-th glossary term on the page and its pop-up, checked to be the one the term controls.
    (Located by structure, not by id: ids are fresh on every rerun.)"""
    gl = page.locator(".rich .gl").nth(index)
    term, tip = gl.locator(".gl-term"), gl.locator(".gl-tip")
    assert term.get_attribute("aria-controls") == tip.get_attribute("id")
    return term, tip


def test_popup_opens_on_hover_and_pins_on_click(browser, server):
    context, page, errors = open_page(browser, server, "article")
    term, tip = popup(page, 2)
    assert not tip.is_visible()
    term.hover()
    assert tip.is_visible() and "のこと。" in tip.inner_text()
    assert term.get_attribute("aria-expanded") == "false", "hover only shows it"
    link = tip.locator("a")
    assert link.inner_text() == "用語集でくわしく" and link.get_attribute("href").startswith("glossary?term=")
    box = link.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=12)
    assert tip.is_visible(), "the pointer can move onto the pop-up and its link"
    screenshot(page, "popup-hover")
    page.mouse.move(5, 5)
    assert not tip.is_visible()
    term.click()
    page.mouse.move(5, 5)
    assert tip.is_visible() and term.get_attribute("aria-expanded") == "true"
    other_term, other_tip = popup(page, 3)
    other_term.click()
    assert other_tip.is_visible() and not tip.is_visible(), "one pop-up at a time"
    page.locator("h1").click()
    assert not other_tip.is_visible() and other_term.get_attribute("aria-expanded") == "false"
    rightmost = page.evaluate("""() => {
        const rights = Array.from(document.querySelectorAll('.rich .gl-term'), t => t.getBoundingClientRect().right);
        return rights.indexOf(Math.max(...rights.slice(0, 40))); }""")
    edge_term, edge_tip = popup(page, rightmost)
    edge_term.scroll_into_view_if_needed()
    edge_term.hover()
    box = edge_tip.bounding_box()
    assert box["x"] + box["width"] <= 1280, "a pop-up near the window's edge stays on screen"
    assert errors.real() == []
    context.close()


def test_popup_keyboard(browser, server):
    """Tab reaches the term without opening it; Enter opens; Tab reaches the link inside;
    Escape closes and puts focus back on the term; Space toggles; tabbing on closes it."""
    context, page, _ = open_page(browser, server, "article")
    term, tip = popup(page, 0)
    for _ in range(100):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('gl-term')"):
            break
    assert term.evaluate("t => t === document.activeElement")
    assert not tip.is_visible() and term.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert tip.is_visible() and term.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    assert tip.locator("a").evaluate("a => a === document.activeElement")
    assert tip.is_visible()
    page.keyboard.press("Escape")
    assert not tip.is_visible() and term.get_attribute("aria-expanded") == "false"
    assert term.evaluate("t => t === document.activeElement")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus must stay visible"
    page.keyboard.press("Space")
    assert tip.is_visible()
    page.keyboard.press("Space")
    assert not tip.is_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert not tip.is_visible(), "focus moved past the pop-up"
    context.close()


def test_popup_opens_on_tap(browser, server):
    context, page, _ = open_page(browser, server, "article", has_touch=True, is_mobile=True,
                                 viewport={"width": 390, "height": 844})
    term, tip = popup(page, 1)
    term.tap()
    assert tip.is_visible() and term.get_attribute("aria-expanded") == "true"
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, "pop-up stays on screen"
    assert 844 - 40 < box["y"] + box["height"] <= 844, "a sheet at the bottom of the screen"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "popup-tap-390.png")  # the screen as seen, sheet at its bottom
    page.locator("h1").tap()
    assert not tip.is_visible()
    term.tap()
    term.tap()
    assert not tip.is_visible() and term.get_attribute("aria-expanded") == "false", "a second tap closes it"
    context.close()


def test_screen_reader_gets_the_term_then_the_definition(browser, server):
    """In Chromium's accessibility tree the term is a button named by its text alone, with its
    expanded state; once open, the pop-up's headword, definition and link come right after it."""
    context, page, _ = open_page(browser, server, "article")
    term, tip = popup(page, 0)
    paragraph = term.locator("xpath=ancestor::p[1]")
    client = context.new_cdp_session(page)

    def nodes() -> list[tuple[str, str, bool | None, str]]:
        paragraph.evaluate("p => { p.dataset.axProbe = '1'; }")
        root = client.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        found = client.send("DOM.querySelector", {"nodeId": root, "selector": "p[data-ax-probe]"})
        backend = client.send("DOM.describeNode", {"nodeId": found["nodeId"]})["node"]["backendNodeId"]
        tree = client.send("Accessibility.getFullAXTree")["nodes"]
        by_id = {n["nodeId"]: n for n in tree}
        out = []

        def walk(node):
            if not node.get("ignored") and node["role"]["value"] != "InlineTextBox":
                props = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
                out.append((node["role"]["value"], node.get("name", {}).get("value", ""), props.get("expanded"),
                            node.get("description", {}).get("value", "")))
            for child in node.get("childIds", []):
                walk(by_id[child])

        walk(next(n for n in tree if n.get("backendDOMNodeId") == backend))
        return out

    word = term.inner_text()
    closed = nodes()
    button = closed.index(("button", word, False, ""))  # named by the term alone, no description
    assert [n for n in closed if n[1] == word][1:] == [("StaticText", word, None, "")], "only its own text"
    assert "用語集でくわしく" not in str(closed), "a closed pop-up is out of the reading order"
    term.click()
    opened = nodes()
    button = opened.index(("button", word, True, ""))
    # Then the headword, the definition (text pieces around the words that carry ruby), the link.
    following = [(role, name) for role, name, _, _ in opened[button + 2:] if role not in ("generic", "Ruby")]
    link = following.index(("link", "用語集でくわしく"))
    assert following[0] == ("StaticText", tip.locator(".gl-head").inner_text()), opened
    assert {role for role, _ in following[1:link]} == {"StaticText"}
    assert "".join(name for _, name in following[1:link]).strip().endswith("のこと。")
    context.close()
