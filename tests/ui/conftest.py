"""Fixtures of the dashboard's tests: an in-process mock for the page tests, and for the browser
tests a mock served by two gunicorn workers on a SQLite file plus Debian's headless Chromium
driven by Selenium through /usr/bin/chromedriver.

The browser tests skip, saying why, only when Chromium or ChromeDriver is not installed
(``.ci/run`` installs both: ``apt-get install chromium chromium-driver``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from flask import Flask

from mockserver import create_app
from mockserver.served import Served, served
from tests.ui import chromium

WAIT_S = 15.0
"""The longest any browser condition is waited for (they hold within a second or two)."""

CONFIG = """
KLING_SUBMITTED_MS = 1000
KLING_PROCESSING_MS = 2000

[KLING_API_KEYS]
key-tasks = "acct-tasks"
key-clock = "acct-clock"
key-faults = "acct-faults"
key-limits = "acct-limits"
key-a11y = "acct-a11y"
"""


@pytest.fixture
def app() -> Flask:
    """An in-process mock on a frozen clock (statuses move only when a test advances it)."""
    return create_app({"KLING_DB": ":memory:", "KLING_CLOCK_FROZEN": True})


def _browser_or_skip() -> None:
    if chromium.missing():
        pytest.skip(
            f"{' and '.join(chromium.missing())} not installed: the browser tests need Debian's"
            " chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run"
            " installs them)"
        )


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The mock as people run it: two worker processes sharing one SQLite file, clock frozen."""
    _browser_or_skip()
    folder = tmp_path_factory.mktemp("dashboard")
    config = folder / "mock.toml"
    config.write_text(CONFIG, encoding="utf-8")
    args = ("--frozen", "--quiet", "--config", str(config))
    with served(folder / "state.sqlite3", workers=2, extra_args=args) as server:
        yield server


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium (see tests/ui/chromium.py for its flags)."""
    _browser_or_skip()
    driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"))
    driver.set_page_load_timeout(WAIT_S)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def until(browser: Any) -> Callable[[Callable[[Any], Any], str], Any]:
    """Wait (bounded, polling the condition) until it holds; the message says what failed."""
    from selenium.webdriver.support.ui import WebDriverWait

    def wait(condition: Callable[[Any], Any], what: str) -> Any:
        return WebDriverWait(browser, WAIT_S, poll_frequency=0.05).until(condition, what)

    return wait


def admin(mock: Served, path: str, payload: Any = None) -> Any:
    """A call to the admin API (GET without a payload, POST with one)."""
    method = "GET" if payload is None else "POST"
    answer = requests.request(method, f"{mock.base_url}/__mock/{path}", json=payload, timeout=30)
    answer.raise_for_status()
    return answer.json()


AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
