"""Real-browser fixtures: the system Chromium (Playwright), a uvicorn server on a free loopback
port over a store of the bundled samples (ingested once per session), and a page per test that
records dialogs, console errors and every request it makes.

Chromium is /usr/bin/chromium (Debian's package; `.ci/run` installs it). Without it the tests
fail in CI and skip elsewhere. Screenshots go to $EVENTWIRE_SCREENSHOTS (default: a temporary
folder of the session).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serving(store_url: str, **options: Any) -> Iterator[str]:
    """Run `eventwire serve`'s app over `store_url` in a thread; yields its base URL."""
    import uvicorn

    from eventwire.rest import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store_url, **options), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the test server on port {port} did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def samples_url(tmp_path_factory) -> str:
    """A SQLite store of the 51 bundled sample articles (coded once per session)."""
    from eventwire.api import ingest
    from eventwire.cli.demo import samples_folder
    from eventwire.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}"
    with Store(url) as store:
        report = ingest([str(samples_folder())], store, workers=1)
    assert report.failed == 0 and report.stored == 51, report.errors
    return url


@pytest.fixture(scope="session")
def base_url(samples_url) -> Iterator[str]:
    """The dashboard over the sample store, open for reads."""
    with serving(samples_url, open_reads=True) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: CI installs Debian's chromium package (.ci/run)")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    folder = os.environ.get("EVENTWIRE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class Watched:
    """A page and what it did: dialogs opened, console errors, URLs requested."""

    page: Any
    folder: Path
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def shot(self, name: str) -> Path:
        path = self.folder / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def watched(browser, screenshots) -> Iterator[Watched]:
    """A fresh browser page (1280x900) that records its dialogs, console errors and requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    seen = Watched(page, screenshots)

    def on_dialog(dialog: Any) -> None:
        seen.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda message: seen.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("request", lambda request: seen.requests.append(request.url))
    yield seen
    context.close()
