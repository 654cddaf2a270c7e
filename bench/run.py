"""Performance benchmark: ``python bench/run.py`` (needs Chromium, like the e2e tests, and for the
Lighthouse part Node.js: ``npx`` fetches the pinned Lighthouse from the npm registry).

One definition of a first visit, for every URL of the scheme, each next to a hello-world Streamlit app
measured in the same run (the framework's floor) as a ratio: the app's / beside hello-world's /, every
other URL beside hello-world's /page (bench/hello.py: a deep link costs any multipage app a 404 and a
100 ms retry before the websocket opens). Cold loads: a new browser context each time
(nothing cached), medians of RUNS_BROWSER loads at 1280×900, every time from the start of navigation and
taken in the page (polled every frame; Playwright's own waits poll at up to 500 ms intervals):
- ready: until the script has finished and the page's heading is shown;
- text: until the page's text can be read: the app's page body has opened (explainer.ui.page
  holds it closed until Streamlit has the code for every element in it); hello-world's line is its text;
- FCP and LCP: first and largest contentful paint (the browser's paint entries);
- TBT: total blocking time, the sum over main-thread long tasks after FCP of their time beyond 50 ms,
  until SETTLE seconds after ready;
- CLS: the sum of layout-shift entries without recent input, until SETTLE seconds after ready;
- bytes transferred (HTTP bodies and WebSocket frames).
Lighthouse 13 (desktop preset, the same Chromium) for home, one lesson and the glossary beside hello-world's
/ and /page, and beside hello-world with a lesson's first-screen element kinds (LIGHTHOUSE_FLOORS), the
median of LIGHTHOUSE_RUNS runs per URL, interleaved (one run's score varies by ±0.08 here).
And: server-side script run time (median of 20 reruns in one session, timed by app.py), ふりがな off and
on; from a click in the app's own menu to the next page (scripts loaded); the time from moving a control
to the updated chart; the server's memory (RSS) with one session and with 30 concurrent sessions; a class
of 40 answering live (join time, answer-to-chart latency, memory for the room).

Writes bench/results/latest.md and replaces the table in README.md between the
BENCHMARK markers. It is a benchmark, not a test: nothing here fails on a number.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explainer.store import get_pages  # noqa: E402

PAGES = get_pages()
from tests.e2e.conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    StreamlitServer,
    draw_every_part,
    track_runs,
    wait_for_app,
)

RUNS_SERVER = 20
RUNS_BROWSER = 5
SETTLE = 4.0  # seconds after ready in which long tasks and layout shifts still count
LIGHTHOUSE = "lighthouse@13.5.0"
LIGHTHOUSE_PAGES = ("", "sox", "glossary")
LIGHTHOUSE_RUNS = 5
HELLO_PAGES = {"hello-world `/`": "", "hello-world `/page`": "page"}
# Lighthouse only: hello-world with one HTML block, and with a lesson's first-screen element kinds (bench/hello.py).
LIGHTHOUSE_FLOORS = {"hello-world + HTML `/html`": "html",
                     "hello-world + link, HTML, buttons `/widgets`": "widgets"}
READY = '[data-testid="stApp"][data-test-script-state="notRunning"][data-test-connection-state="CONNECTED"]'


def server_run_times(browser, server: StreamlitServer, furigana: bool = False) -> dict[str, float]:
    """Median of RUNS_SERVER reruns of each page in one session, as timed by app.py itself
    (EXPLAINER_TIMING) — the server's work only, without browser or network; with ふりがな
    on or off (the setting is kept in the browser, so it is set once at the start)."""
    out = {}
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server.url}/?furigana={int(furigana)}")
    page.wait_for_selector(READY)
    page.wait_for_timeout(1000)
    for info in PAGES:
        page.goto(f"{server.url}/{info.path}")
        page.wait_for_selector(READY)
        page.wait_for_timeout(500)
        offset = server.log.stat().st_size
        for _ in range(RUNS_SERVER):
            page.keyboard.press("r")  # Streamlit's rerun shortcut
            page.wait_for_timeout(150)
            page.wait_for_selector(READY)
        lines = server.log.read_bytes()[offset:].decode("utf-8", "replace").splitlines()
        samples = [float(line.split()[2]) for line in lines if line.startswith(f"script-run /{info.path} ")]
        out[info.path] = statistics.median(samples) if samples else float("nan")
    context.close()
    return out


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class HelloServer(StreamlitServer):
    """The framework's floor: bench/hello.py, a one-line Streamlit page at / and at /page (and its floors
    with HTML and widgets)."""

    def start(self) -> StreamlitServer:
        script = ROOT / "bench" / "hello.py"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none",
             "--browser.gatherUsageStats", "false"],
            cwd=ROOT / "bench", stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        return self._wait_healthy()


# Paint, long-task and layout-shift entries, collected from the start of the page.
_OBSERVE = """
window.__perf = {lcp: 0, long: [], cls: 0, text: 0, ready: 0};
(function poll() {  // the page's text can be read (APP_TEXT_SHOWN, below)
  if (TEXT_SHOWN) window.__perf.text = performance.now(); else requestAnimationFrame(poll);
})();
(function poll() {  // the script has finished and the heading is shown
  const heading = document.querySelector('h1, .slide-counter');
  const done = document.querySelector('READY_SELECTOR');
  if (done && heading && heading.checkVisibility()) window.__perf.ready = performance.now();
  else requestAnimationFrame(poll);
})();
new PerformanceObserver(l => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime; })
  .observe({type: 'largest-contentful-paint', buffered: true});
new PerformanceObserver(l => { for (const e of l.getEntries()) window.__perf.long.push([e.startTime, e.duration]); })
  .observe({type: 'longtask', buffered: true});
new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; })
  .observe({type: 'layout-shift', buffered: true});
"""
# When the page's text can be read: the app's page body is open; hello-world's one line is drawn.
APP_TEXT_SHOWN = ("(body => body && getComputedStyle(body).overflowY === 'visible')"
                  "(document.querySelector('.st-key-page-body'))")
HELLO_TEXT_SHOWN = "document.querySelector('h1')"
_READ = """() => { const p = window.__perf;
  const fcp = (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: 0}).startTime;
  const tbt = p.long.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  return {fcp: fcp / 1000, lcp: p.lcp / 1000, text: p.text / 1000, ready: p.ready / 1000, tbt, cls: p.cls}; }"""


def load_page(browser, url: str, text_shown: str = APP_TEXT_SHOWN) -> dict[str, float]:
    """One cold load in a new browser context: ready, fcp, lcp, text (s), tbt (ms), cls and bytes received."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(_OBSERVE.replace("TEXT_SHOWN", text_shown).replace("READY_SELECTOR", READY))
    page = context.new_page()
    client = context.new_cdp_session(page)
    client.send("Network.enable")
    received = [0]
    client.on("Network.loadingFinished", lambda e: received.__setitem__(0, received[0] + e["encodedDataLength"]))
    client.on("Network.webSocketFrameReceived",
              lambda e: received.__setitem__(0, received[0] + len(e["response"]["payloadData"])))
    page.goto(url)
    page.wait_for_function("() => window.__perf.ready > 0")
    page.wait_for_timeout(SETTLE * 1000)
    result = {**page.evaluate(_READ), "bytes": received[0]}
    context.close()
    return result


def lighthouse(urls: dict[str, str]) -> dict[str, dict[str, float]]:
    """Lighthouse's desktop preset on each URL (by name), the median of LIGHTHOUSE_RUNS runs of each figure.
    The runs are interleaved (every URL once, then again), so a slower minute of the machine falls on all."""
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in urls}
    for _ in range(LIGHTHOUSE_RUNS):
        for name, url in urls.items():
            runs[name].append(lighthouse_once(url))
    return {name: {figure: statistics.median(run[figure] for run in each) for figure in each[0]}
            for name, each in runs.items()}


def lighthouse_once(url: str) -> dict[str, float]:
    """One Lighthouse desktop run on ``url`` with this machine's Chromium: score, LCP (s), TBT (ms), CLS."""
    command = ["npx", "--yes", LIGHTHOUSE, url, "--preset=desktop", "--output=json", "--quiet",
               "--only-categories=performance", f"--chrome-flags=--headless=new {' '.join(CHROMIUM_ARGS)}"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "CHROME_PATH": CHROMIUM})
    if done.returncode != 0:
        return {"score": float("nan"), "lcp": float("nan"), "tbt": float("nan"), "cls": float("nan")}
    report = json.loads(done.stdout)
    audits = report["audits"]
    return {"score": report["categories"]["performance"]["score"],
            "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
            "tbt": audits["total-blocking-time"]["numericValue"],
            "cls": audits["cumulative-layout-shift"]["numericValue"]}


def browser_times(app: StreamlitServer, hello_url: str) -> tuple[
        dict[str, dict[str, float]], dict[str, dict[str, float]], dict[str, float], float, dict[str, float],
        dict[str, float]]:
    from playwright.sync_api import sync_playwright

    app_url = app.url
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        server_ms = server_run_times(browser, app)
        server_furigana_ms = server_run_times(browser, app, furigana=True)
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in HELLO_PAGES} | {
            info.path: [] for info in PAGES}
        for _ in range(RUNS_BROWSER):  # interleaved, so a busy moment of the machine hits every page alike
            for name, path in HELLO_PAGES.items():
                samples[name].append(load_page(browser, f"{hello_url}/{path}", HELLO_TEXT_SHOWN))
            for info in PAGES:
                samples[info.path].append(load_page(browser, f"{app_url}/{info.path}"))
        medians = {path: {name: statistics.median(run[name] for run in runs) for name in runs[0]}
                   for path, runs in samples.items()}
        in_app = in_app_times(browser, app_url)
        control = control_to_chart(browser, app_url)
        browser.close()
    hello = {name: medians.pop(name) for name in HELLO_PAGES}
    return hello, medians, in_app, control, server_ms, server_furigana_ms


def in_app_times(browser, app_url: str, sweeps: int = 3) -> dict[str, float]:
    """Median seconds from clicking a page's link in the sidebar menu to its content, within one
    tab: how a reader moves through the app once it is open (the scripts are already loaded). Each click
    starts from a page at rest (wait_for_app): a click during the previous page's own second run (the stored
    progress arriving after a fresh load, a part drawn on approach) would time that run too."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    track_runs(page)
    page.goto(app_url)
    order = [*PAGES[1:], PAGES[0]]
    samples: dict[str, list[float]] = {info.path: [] for info in PAGES}
    for _ in range(sweeps):
        for info in order:
            wait_for_app(page)
            link = page.locator(f'[data-testid="stSidebar"] a[href="{info.path}"]').first
            if not link.count():  # a page without the menu (/summary, for printing): start from home
                page.goto(app_url)
                wait_for_app(page)
            old = page.locator("h1").first.inner_text()
            started = time.perf_counter()
            link.click()
            page.wait_for_function(
                "([old, ready]) => { const h = document.querySelector('h1');"
                " return h && h.innerText !== old && document.querySelector(ready); }",
                arg=[old, READY], timeout=30_000)
            samples[info.path].append(time.perf_counter() - started)
    page.close()
    return {path: statistics.median(values) for path, values in samples.items()}


def control_to_chart(browser, app_url: str) -> float:
    """Median seconds from pressing a slider key to the redrawn chart (index basket on /sox)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    track_runs(page)
    page.goto(f"{app_url}/sox")
    page.wait_for_selector(READY)
    draw_every_part(page)  # the figures are drawn once the reader comes near them
    slider = page.get_by_role("slider", name="A社の株価の変化（%）")
    slider.scroll_into_view_if_needed()
    page.locator(".js-plotly-plot .bars text").first.wait_for()
    samples = []
    for step in range(10):
        marker = page.evaluate("() => document.querySelectorAll('.js-plotly-plot .bars text')[0]?.textContent")
        slider.focus()
        started = time.perf_counter()
        page.keyboard.press("ArrowLeft" if step % 2 else "ArrowRight")
        page.wait_for_function(
            "old => { const t = document.querySelectorAll('.js-plotly-plot .bars text')[0];"
            " return t && t.textContent !== old; }", arg=marker, timeout=10_000)
        samples.append(time.perf_counter() - started)
    page.close()
    return statistics.median(samples)


def memory(app_url: str, pid: int) -> tuple[float, float, float]:
    """RSS before any session, with one session, and with 30 concurrent sessions (MB), each
    session with ふりがな on (its ruby and the readings table it is sent: the heavier case)."""
    from playwright.async_api import async_playwright

    async def run() -> tuple[float, float, float]:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            base = rss_mb(pid)
            first = await browser.new_page()
            await first.goto(f"{app_url}/sox?furigana=1")
            await first.wait_for_selector(READY, timeout=120_000)
            one = rss_mb(pid)
            pages = [await browser.new_page() for _ in range(29)]
            paths = [p.path for p in PAGES]
            await asyncio.gather(*(p.goto(f"{app_url}/{paths[i % len(paths)]}?furigana=1", timeout=180_000)
                                   for i, p in enumerate(pages)))
            await asyncio.gather(*(p.wait_for_selector(READY, timeout=180_000) for p in pages))
            await asyncio.sleep(2)
            thirty = rss_mb(pid)
            await browser.close()
            return base, one, thirty

    return asyncio.run(run())


def live_class(app_url: str, pid: int, students: int = 40) -> dict[str, float]:
    """みんなで答える with a class of ``students`` phones (simulated over Streamlit's websocket protocol,
    tests/e2e/protocol_client.py) joining within 10 s: join time and answer-to-chart latency (median,
    p95) and the server's memory for the room with its students' sessions."""
    from playwright.sync_api import sync_playwright

    from explainer.slides import build_slides
    from explainer.store import get_content
    from tests.e2e.protocol_client import chart_latencies, run_class

    slides = build_slides(get_content().lessons["tokens"])
    first = next(n for n, slide in enumerate(slides, start=1) if slide.kind == "question")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        teacher = browser.new_page(viewport={"width": 1280, "height": 720})
        teacher.goto(f"{app_url}/tokens?mode=present&slide={first}")
        teacher.wait_for_selector(READY)
        before = rss_mb(pid)
        teacher.get_by_role("button", name="みんなで答える").click()
        code = teacher.locator(".live-code").inner_text().strip()
        answers, samples, after = run_class(teacher, app_url, code, students, within=10.0,
                                            while_seated=lambda: rss_mb(pid))
        browser.close()
    joins = sorted(answer.join_seconds for answer in answers)
    latencies = sorted(chart_latencies(answers, samples))
    return {"students": students, "confirmed": sum(answer.confirmed for answer in answers),
            "on_chart": samples[-1][1], "join_median": statistics.median(joins), "join_p95": _p95(joins),
            "chart_median": statistics.median(latencies), "chart_p95": _p95(latencies), "room_mb": after - before}


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> None:
    os.environ["EXPLAINER_TIMING"] = "1"
    app = StreamlitServer().start()
    hello_server = HelloServer().start()
    try:
        hello, pages, in_app, control_s, server_ms, furigana_ms = browser_times(app, hello_server.url)
        floors = HELLO_PAGES | LIGHTHOUSE_FLOORS
        audits = lighthouse({name: f"{hello_server.url}/{path}" for name, path in floors.items()}
                            | {f"`/{path}`": f"{app.url}/{path}" for path in LIGHTHOUSE_PAGES})
        app.restart()
        base, one, thirty = memory(app.url, app.process.pid)
        app.restart()
        live = live_class(app.url, app.process.pid)
    finally:
        app.stop()
        hello_server.stop()

    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on this project's machine (2 cores), Chromium headless at 1280×900, "
        f"medians of {RUNS_SERVER} server runs and {RUNS_BROWSER} cold loads (new browser context each); "
        "÷ hello: `/` beside hello-world's `/`, every other URL beside hello-world's `/page`.",
        "",
        "| URL | server run (ms) | ふりがな on (ms) | ready (s) | ÷ hello | LCP (s) | ÷ hello | text (s) | ÷ hello "
        "| TBT (ms) | CLS | from the menu (s) | transferred (KB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, floor in hello.items():
        lines.append(f"| {name} | – | – | {floor['ready']:.2f} | 1.00× | {floor['lcp']:.2f} | 1.00× | "
                     f"{floor['text']:.2f} | 1.00× | {floor['tbt']:.0f} | {floor['cls']:.3f} | – | "
                     f"{floor['bytes'] / 1024:.0f} |")
    home, deep_link = hello.values()
    for info in PAGES:
        load = pages[info.path]
        floor = home if info.path == "" else deep_link
        lines.append(f"| `/{info.path}` | {server_ms[info.path]:.0f} | {furigana_ms[info.path]:.0f} | "
                     f"{load['ready']:.2f} | {load['ready'] / floor['ready']:.2f}× | {load['lcp']:.2f} | "
                     f"{load['lcp'] / floor['lcp']:.2f}× | {load['text']:.2f} | {load['text'] / floor['text']:.2f}× | "
                     f"{load['tbt']:.0f} | {load['cls']:.3f} | "
                     f"{in_app[info.path]:.2f} | {load['bytes'] / 1024:.0f} |")
    lines += ["", f"Lighthouse 13 (desktop preset, this machine's Chromium), medians of {LIGHTHOUSE_RUNS} runs:", "",
              "| URL | score | LCP (s) | TBT (ms) | CLS |", "|---|---:|---:|---:|---:|"]
    for name, result in audits.items():
        lines.append(f"| {name} | {result['score']:.2f} | {result['lcp']:.2f} | {result['tbt']:.0f} "
                     f"| {result['cls']:.3f} |")
    lines += [
        "",
        f"- moving a slider to the redrawn chart (/sox index basket): {control_s * 1000:.0f} ms",
        f"- server memory (RSS, every session with ふりがな on): {base:.0f} MB idle, {one:.0f} MB with 1 session, "
        f"{thirty:.0f} MB with 30 sessions "
        f"({(thirty - one) / 29:.1f} MB per extra session)",
        f"- みんなで答える, {live['students']} phones joining within 10 s (simulated over the websocket): "
        f"{live['confirmed']} answers taken, {live['on_chart']} on the teacher's chart; join "
        f"{live['join_median'] * 1000:.0f} ms median / {live['join_p95'] * 1000:.0f} ms p95; answer to chart "
        f"{live['chart_median']:.2f} s median / {live['chart_p95']:.2f} s p95 (the chart refreshes every second); "
        f"server memory for the room and its {live['students']} sessions {live['room_mb']:.0f} MB",
    ]
    table = "\n".join(lines)
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "latest.md").write_text(table + "\n", encoding="utf-8")
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- BENCHMARK:START -->", "<!-- BENCHMARK:END -->"
    if start in text and end in text:
        text = text[: text.index(start) + len(start)] + "\n" + table + "\n" + text[text.index(end):]
        readme.write_text(text, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
