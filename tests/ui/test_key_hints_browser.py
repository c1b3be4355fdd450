"""In Chromium, on a mock in open mode (no configured keys, so accounts are digests): an
account shows which key it stands for without giving the key away, and a result's audio is
announced as audio."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from kling_client import KlingClient
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from mockserver.served import Served, served
from tests.ui.conftest import _browser_or_skip, admin

Until = Callable[[Callable[[WebDriver], Any], str], Any]
LONG_KEY = "sk-test-0123456789abcdefWXYZ"
SHORT_KEY = "tinyQRST"


@pytest.fixture(scope="module")
def open_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    _browser_or_skip()
    folder = tmp_path_factory.mktemp("open-dashboard")
    with served(folder / "state.sqlite3", extra_args=("--frozen", "--quiet")) as server:
        yield server


def test_an_account_shows_its_keys_last_four_characters_and_audio_is_announced_as_audio(
    browser: WebDriver, open_mock: Served, until: Until
) -> None:
    long_client = KlingClient(api_key=LONG_KEY, base_url=open_mock.base_url, max_retries=0)
    audio = long_client.audio.text_to_audio.create(prompt="gulls", duration=5).task_id
    short_client = KlingClient(api_key=SHORT_KEY, base_url=open_mock.base_url, max_retries=0)
    image = short_client.images.generations.create(prompt="a short key's task").task_id
    admin(open_mock, "clock", {"advance_ms": 60_000})
    browser.get(f"{open_mock.base_url}/__mock/ui/tasks")
    hint_of = "const r = document.getElementById(arguments[0]); const h = r && r.querySelector('.key-hint'); return h && h.textContent;"  # noqa: E501
    until(
        lambda b: b.execute_script(hint_of, f"task-{audio}") == "key …WXYZ", "the long key's hint"
    )
    until(lambda b: b.execute_script(hint_of, f"task-{image}") == "short key", "a short key's")
    options = [o.text for o in browser.find_elements(By.CSS_SELECTOR, "#f-owner option")]
    assert any(o.startswith("key:") and o.endswith("(key …WXYZ)") for o in options), options
    source = browser.page_source
    assert LONG_KEY[-5:] not in source and "QRST" not in source

    until(lambda b: b.find_elements(By.CSS_SELECTOR, f"#task-{audio} audio"), "the audio's player")
    player = browser.find_element(By.CSS_SELECTOR, f"#task-{audio} audio")
    assert re.fullmatch(rf"audio( \d+)? \(mp3\) of task {audio}", player.accessible_name)
    caption = browser.find_element(By.CSS_SELECTOR, f"#task-{audio} figcaption").text
    assert re.fullmatch(r"audio( \d+)? \(mp3\)", caption), caption
