"""Fixtures for end-to-end tests in a real Chromium: a Streamlit server on a free
loopback port, a browser, and helpers to open a page and wait for it.

Without Chromium (``/usr/bin/chromium``) or Playwright the tests skip locally
with a reason, and fail when ``CI=true``: CI must never skip them quietly.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
# Streamlit's frontend probes "<deep path>/_stcore/health" and ".../host-config"
# before falling back to the root; those 404s are the framework's, not ours.
FRAMEWORK_PROBE_404 = ("/_stcore/health", "/_stcore/host-config")


def _browser_missing_reason() -> str | None:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -r requirements-dev.txt)"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)"
    return None


def require_browser() -> None:
    reason = _browser_missing_reason()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"End-to-end tests cannot run in CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class StreamlitServer:
    """``streamlit run app.py`` on a free loopback port; start() waits for health."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.env = env or {}
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = ROOT / "tests" / "e2e" / f"server-{self.port}.log"

    def start(self) -> StreamlitServer:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, stdout=self.log.open("wb"), stderr=subprocess.STDOUT, env={**os.environ, **self.env},
        )
        return self._wait_healthy()

    def _wait_healthy(self) -> StreamlitServer:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Streamlit exited early; see {self.log}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"Streamlit did not become healthy; see {self.log}")

    def stop(self, keep_log: bool = False) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if not keep_log:
            self.log.unlink(missing_ok=True)

    def restart(self) -> StreamlitServer:
        """Stop and start again on the same port (same origin, so the browser keeps its storage)."""
        self.stop(keep_log=True)
        return self.start()


@pytest.fixture(scope="session")
def server() -> Iterator[StreamlitServer]:
    require_browser()
    running = StreamlitServer().start()
    yield running
    running.stop()


class ScriptRuns:
    """What a page's websocket to Streamlit says about its script runs, in order: the runs the browser asked
    for (a click, a widget, a component's report), the runs the server started and those it finished.
    The page's own "not running" flag cannot tell a page at rest from one that has just asked for a run
    the server has not started yet; this can."""

    def __init__(self) -> None:
        self._order = itertools.count(1)
        self.socket = None
        self.asked = self.started = self.finished = 0  # on the current connection: the order of the last one
        self.requests = 0  # runs asked for by this page, on any connection
        self.events = 0  # everything above this page has seen: a change means news

    def watch(self, connection) -> None:
        if not connection.url.endswith("/_stcore/stream"):
            return
        self.socket = connection  # a new connection (a reload, a restarted server) starts a new account
        self.asked = self.started = self.finished = 0
        self.events += 1
        connection.on("framesent", lambda payload: self._sent(connection, payload))
        connection.on("framereceived", lambda payload: self._received(connection, payload))

    def _sent(self, connection, payload: bytes | str) -> None:
        if connection is self.socket and isinstance(payload, bytes) \
                and BackMsg.FromString(payload).WhichOneof("type") == "rerun_script":
            self.asked, self.requests, self.events = next(self._order), self.requests + 1, self.events + 1

    def _received(self, connection, payload: bytes | str) -> None:
        if connection is not self.socket or not isinstance(payload, bytes):
            return
        message = ForwardMsg.FromString(payload)
        kind = message.WhichOneof("type")
        if kind == "new_session":  # sent when a run (of the page or of a fragment) starts
            self.started, self.events = next(self._order), self.events + 1
        elif kind == "script_finished" and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            self.finished, self.events = next(self._order), self.events + 1

    def settled(self) -> bool:
        """A run has started after the last one asked for, and has finished."""
        return 0 < self.asked < self.started < self.finished

    def wait_for_news(self, page, deadline: float, event: str, what: str) -> None:
        """Wait for the page's next message (``event``: "framesent" or "framereceived"), or, without an open
        connection, for a new one; ``what`` names what the test waits for, in the message on timeout."""
        from playwright.sync_api import Error as PlaywrightError

        timeout = _ms_left(deadline)
        if timeout <= 0:
            raise AssertionError(f"timed out waiting for {what}")
        try:
            if self.socket is None or self.socket.is_closed():
                page.wait_for_event("websocket", timeout=timeout)
            else:
                self.socket.wait_for_event(event, timeout=timeout)
        except PlaywrightError:  # the connection closed while waiting (a reload, a restart): look again
            pass


_RUNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _ms_left(deadline: float) -> float:
    """Milliseconds until ``deadline`` (a time.monotonic() value), for Playwright's timeouts."""
    return (deadline - time.monotonic()) * 1000


def track_runs(page) -> None:
    """Watch ``page``'s script runs (for wait_for_app); call before the page opens the app."""
    runs = _RUNS.setdefault(page, ScriptRuns())
    page.on("websocket", runs.watch)


def _runs_of(page) -> ScriptRuns:
    runs = _RUNS.get(page)
    if runs is None:
        raise AssertionError("open pages through the browser fixture (or call track_runs) to wait for them")
    return runs


class TrackedBrowser:
    """The session's Chromium; every page opened through it is watched by track_runs."""

    def __init__(self, chromium) -> None:
        self._chromium = chromium

    def new_context(self, **options):
        context = self._chromium.new_context(**options)
        context.on("page", track_runs)
        return context

    def new_page(self, **options):
        page = self._chromium.new_page(**options)
        track_runs(page)
        return page


@pytest.fixture(scope="session")
def browser() -> Iterator[TrackedBrowser]:
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield TrackedBrowser(chromium)
        chromium.close()


# The page shows a finished run: the browser's stored progress has reached the session (a session's first run
# is followed by one more when it arrives, and a click in between can be lost), the page body has opened (once
# Streamlit has the code for every element in it), and no part drawn on approach (explainer.near) waits within
# a screen of the view: its watcher would report (assets/near.js, same reach) and the page would run again.
_AT_REST = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const root = document.documentElement;
  if (!app || app.dataset.testScriptState !== 'notRunning' || app.dataset.testConnectionState !== 'CONNECTED'
      || root.dataset.progress !== 'loaded' || !root.classList.contains('page-open')) { return false; }
  const scrolls = (e) => !e.classList.contains('st-key-page-body')
    && /(auto|scroll)/.test(getComputedStyle(e).overflowY);
  return !Array.from(document.querySelectorAll('.near-waiting')).some((box) => {
    const spot = box.closest('[class*="-near-place"]') || box;
    if (!spot.getClientRects().length) { return false; }
    let scroller = spot.parentElement;
    while (scroller && !scrolls(scroller)) { scroller = scroller.parentElement; }
    const view = scroller ? scroller.getBoundingClientRect() : {top: 0, bottom: window.innerHeight};
    const reach = view.bottom - view.top, place = spot.getBoundingClientRect();
    return place.bottom >= view.top - reach && place.top <= view.bottom + reach;
  });
}"""


# Layout at rest, judged like Playwright's "stable" (the same box on two animation frames in a row): the main
# column's size and every chart's box, no finite animation running (a fade-in changes colours), and every
# chart drawn to its box's width (Plotly redraws a chart after its box is resized).
_LAYOUT_AT_REST = """(wait) => {
  const main = document.querySelector('[data-testid="stMain"]');
  const charts = Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'), (chart) => {
    const box = chart.getBoundingClientRect(), svg = chart.querySelector('.main-svg');
    return [Math.round(box.width), Math.round(box.height), svg ? Math.round(svg.getBoundingClientRect().width) : -1];
  });
  const shape = JSON.stringify([main ? [main.scrollHeight, main.clientWidth] : [], charts]);
  const same = wait === window.__layoutWait && shape === window.__layoutShape;  // each wait starts afresh
  window.__layoutSame = same ? window.__layoutSame + 1 : 0;
  window.__layoutShape = shape;
  window.__layoutWait = wait;
  const animating = document.getAnimations().some((a) => a.playState === 'running'
    && a.effect && a.effect.getTiming().iterations !== Infinity);
  const drawn = charts.every(([width, , svg]) => svg < 0 || Math.abs(svg - width) <= 2);
  return window.__layoutSame >= 2 && !animating && drawn;
}"""


_LAYOUT_WAITS = itertools.count(1)


def wait_for_stable_layout(page, timeout: float = 10_000) -> None:
    """Wait until the page's layout has settled (_LAYOUT_AT_REST), checked on every animation frame."""
    page.wait_for_function(_LAYOUT_AT_REST, arg=next(_LAYOUT_WAITS), polling="raf", timeout=timeout)


def wait_for_app(page, timeout: float = 30_000) -> None:
    """Wait until the page is at rest: the server has finished a run started after the last one the browser
    asked for (ScriptRuns), the page shows it (_AT_REST), and nothing on it moves (an opening box, a chart
    redrawn: a click on a moving element can miss); checked again until nothing changed in between.
    After an action that makes the page run again, use ``rerun_by`` instead: the browser may ask for that
    run only after this has found the page at rest."""
    runs = _runs_of(page)
    deadline = time.monotonic() + timeout / 1000
    while True:
        seen, settled = runs.events, runs.settled()
        page.wait_for_function(_AT_REST, timeout=max(1.0, _ms_left(deadline)))
        wait_for_stable_layout(page, max(1.0, _ms_left(deadline)))
        if settled and runs.events == seen:
            return
        if runs.events == seen:  # a run asked for or going on: wait for the server's next message
            runs.wait_for_news(page, deadline, "framereceived", "the script to finish the run asked for")


@contextmanager
def rerun_by(page, timeout: float = 30_000) -> Iterator[None]:
    """Around an action that makes the page run again (a widget, Enter in a search box, a link within the
    app): afterwards, wait until the browser has asked for that run, and then for the page at rest."""
    runs = _runs_of(page)
    before = runs.requests
    yield
    deadline = time.monotonic() + timeout / 1000
    while runs.requests == before:
        runs.wait_for_news(page, deadline, "framesent", "the browser to ask for a run")
    wait_for_app(page, max(1.0, _ms_left(deadline)))


def draw_every_part(page, timeout: float = 30_000) -> None:
    """Bring the reader near each part that is drawn on approach (explainer.near: a lesson's figures and quiz,
    the glossary's rows, the final test's later questions), one after another, until the whole page is drawn.
    Each step starts from a page at rest: before that, the places may not have been drawn yet."""
    for _ in range(40):
        wait_for_app(page, timeout)
        box = page.evaluate_handle("() => { const box = document.querySelector('.near-waiting');"
                                   " if (box) { box.scrollIntoView({block: 'center'}); } return box; }").as_element()
        if box is None:
            return
        page.wait_for_function("box => !box.isConnected", arg=box, timeout=timeout)  # its part has been drawn
    raise AssertionError("parts of the page never came: still waiting for the reader")


def screenshot(page, name: str) -> Path:
    """Save a screenshot of the whole page (Streamlit scrolls inside stMain, so
    the viewport is stretched to the content first)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = page.evaluate(
        "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
        " return Math.min(12000, Math.max(m ? m.scrollHeight : 0, window.innerHeight)); }")
    page.set_viewport_size({"width": size["width"], "height": int(height)})
    wait_for_stable_layout(page)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path)
    page.set_viewport_size(size)
    return path


class ConsoleErrors(list):
    """Collects console errors and failed requests, except the framework's known probes."""

    def attach(self, page) -> ConsoleErrors:
        page.on("console", lambda message: self.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: self.append(f"page error: {error}"))
        page.on("response", self._on_response)
        return self

    def _on_response(self, response) -> None:
        if response.status >= 400 and not response.url.endswith(FRAMEWORK_PROBE_404):
            self.append(f"HTTP {response.status} {response.url}")

    def real(self) -> list[str]:
        # Chromium logs every 4xx as "Failed to load resource"; those are judged by URL above.
        return [e for e in self if not e.startswith("Failed to load resource")]


def wait_for_saved_progress(page, contains: str = "") -> None:
    """Wait until the session has loaded the browser's stored progress and saved it back
    (the first run of a session reruns once that report arrives; clicks before it can miss)."""
    page.wait_for_function(
        "part => { const s = localStorage.getItem('deepseek-explainer-progress') || '';"
        " return s.startsWith('{\"v\":') && s.includes(part); }",
        arg=contains, timeout=20_000)
    wait_for_app(page)


def wait_for_saved_furigana(page, on: bool) -> None:
    """Wait until the browser has saved the ふりがな choice (made by ``?furigana=``) with the progress."""
    wait_for_saved_progress(page, f'"aids":[{int(on)}')
