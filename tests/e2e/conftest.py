"""Fixtures for end-to-end tests in a real Chromium: a Streamlit server on a free
loopback port, a browser, and helpers to open a page and wait for it.

Without Chromium (``/usr/bin/chromium``) or Playwright the tests skip locally
with a reason, and fail when ``CI=true``: CI must never skip them quietly.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def wait_for_app(page, timeout: float = 30_000) -> None:
    """Wait until the session has the browser's stored progress (a session's first run is followed by
    one more when it arrives, and a click in between can be lost) and the page body has opened (it opens
    once Streamlit has the code for every element in it), then until the script has finished."""
    page.wait_for_selector('html[data-progress="loaded"].page-open', state="attached", timeout=timeout)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]'
                           '[data-test-connection-state="CONNECTED"]', timeout=timeout)
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)


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
    page.wait_for_timeout(300)
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
