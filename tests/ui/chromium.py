"""Debian's Chromium under Selenium, with the flags this machine needs: no sandbox (tests run as
root), no GPU, no background connections (the network is closed: Chromium would keep trying),
autoplay allowed and sound muted (a test plays a video)."""

from __future__ import annotations

import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--mute-audio",
    "--autoplay-policy=no-user-gesture-required", "--window-size=1400,1000",
)  # fmt: skip


def missing() -> list[str]:
    """The programs of the two that are not installed."""
    return [path for path in (CHROMIUM, CHROMEDRIVER) if shutil.which(path) is None]


def start(profile: Path) -> webdriver.Chrome:
    """A headless Chromium on a fresh profile folder, driven through /usr/bin/chromedriver (no
    driver download: Selenium Manager is not asked)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
