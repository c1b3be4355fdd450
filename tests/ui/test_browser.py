"""The dashboard in a real headless Chromium against a served mock (two workers, state on disk).

Mock time moves only when a test (or the page) moves it: the server starts frozen, so every
status seen here was reached on purpose. Every wait is a bounded condition, never a sleep.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import requests
from kling_client import KlingClient
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from mockserver.served import Served
from spec.designs import PROCESSING, SUBMITTED, SUCCEEDED, designs_of
from spec.documents import load_bundle
from tests.ui.conftest import AXE, admin

Until = Callable[[Callable[[WebDriver], Any], str], Any]
DONE_MS = 60_000  # past the end of any task's plan (submitted + processing, with jitter)


def client(mock: Served, key: str) -> KlingClient:
    return KlingClient(api_key=key, base_url=mock.base_url, max_retries=0)


def open_tasks(browser: WebDriver, mock: Served, account: str) -> None:
    browser.get(f"{mock.base_url}/__mock/ui/tasks?owner={account}")


def row(browser: WebDriver, task_id: str) -> WebElement:
    return browser.find_element(By.ID, f"task-{task_id}")


def status_of(task_id: str) -> Callable[[WebDriver], str | None]:
    """The status a task's row shows (read in one script: a poll may swap the row any time)."""

    def read(browser: WebDriver) -> str | None:
        script = "const r = document.getElementById(arguments[0]); return r && r.dataset.status;"
        found: str | None = browser.execute_script(script, f"task-{task_id}")
        return found

    return read


def shows(task_id: str, status: str) -> Callable[[WebDriver], bool]:
    return lambda browser: status_of(task_id)(browser) == status


def polled_twice(browser: WebDriver, until: Until) -> None:
    """Wait until the page has fetched its live region twice more (fresh data is on it)."""
    for _ in range(2):
        before = browser.find_element(By.TAG_NAME, "body").get_attribute("data-polled")
        until(
            lambda b, seen=before: (
                b.find_element(By.TAG_NAME, "body").get_attribute("data-polled") not in (None, seen)
            ),
            "the page polls its live region",
        )


def test_tasks_created_through_the_client_appear_and_finish_with_their_media(
    browser: WebDriver, mock: Served, until: Until
) -> None:
    kling = client(mock, "key-tasks")
    open_tasks(browser, mock, "acct-tasks")
    image = kling.images.generations.create(prompt="a lighthouse at dusk").task_id
    video = kling.videos.text2video.create(prompt="waves on rocks").task_id
    audio = kling.audio.text_to_audio.create(prompt="gulls", duration=5).task_id
    for task_id in (image, video, audio):
        until(shows(task_id, "submitted"), f"task {task_id} appears as submitted")
    body = row(browser, image).find_element(By.CSS_SELECTOR, "pre.json")
    assert '"prompt": "a lighthouse at dusk"' in (body.get_attribute("textContent") or "")
    admin(mock, "clock", {"advance_ms": DONE_MS})
    for task_id in (image, video, audio):
        until(shows(task_id, "succeeded"), f"task {task_id} finishes on the page")
    thumbnail = row(browser, image).find_element(By.TAG_NAME, "img")
    until(
        lambda b: b.execute_script(
            "return arguments[0].complete && arguments[0].naturalWidth", thumbnail
        ),
        "the image thumbnail loads",
    )
    assert row(browser, video).find_elements(By.TAG_NAME, "video")
    assert row(browser, audio).find_elements(By.TAG_NAME, "audio")
    timeline = row(browser, image).find_element(By.CSS_SELECTOR, "ol.timeline").text
    legacy = designs_of(load_bundle())["legacy"]  # the image task's own design names its steps
    assert [line.split()[0] for line in timeline.splitlines()] == [
        legacy.word(SUBMITTED),
        legacy.word(PROCESSING),
        legacy.word(SUCCEEDED),
    ]


def test_a_result_video_plays_and_keeps_playing_while_the_page_updates(
    browser: WebDriver, mock: Served, until: Until
) -> None:
    kling = client(mock, "key-tasks")
    video_id = kling.videos.text2video.create(prompt="a kite in the wind").task_id
    admin(mock, "clock", {"advance_ms": DONE_MS})
    open_tasks(browser, mock, "acct-tasks")
    video = row(browser, video_id).find_element(By.TAG_NAME, "video")
    browser.execute_script("arguments[0].play()", video)
    until(
        lambda b: b.execute_script("return arguments[0].currentTime > 0.2", video),
        "the video plays",
    )
    kling.images.generations.create(prompt="a new task arrives above the video")
    polled_twice(browser, until)
    playing = (
        "return document.contains(arguments[0]) && !arguments[0].paused && !arguments[0].error"
    )
    assert browser.execute_script(playing, video), "a page update interrupted the video"


def test_the_clock_frozen_and_advanced_from_the_page_moves_a_task(
    browser: WebDriver, mock: Served, until: Until
) -> None:
    open_tasks(browser, mock, "acct-clock")
    browser.find_element(By.XPATH, "//button[text()='Run']").click()
    until(lambda b: "running" in b.find_element(By.ID, "clock-state").text, "the clock runs")
    browser.find_element(By.XPATH, "//button[text()='Freeze']").click()
    until(lambda b: b.find_element(By.ID, "clock-state").text == "frozen", "the clock freezes")
    task_id = client(mock, "key-clock").images.generations.create(prompt="a clock tower").task_id
    until(shows(task_id, "submitted"), "the new task is submitted")
    polled_twice(browser, until)
    assert status_of(task_id)(browser) == "submitted", "a frozen clock moved the task"

    advance = browser.find_element(By.ID, "advance-ms")
    advance.clear()
    advance.send_keys("1300")  # past the submitted phase (1000 ms, drawn within ±25%)
    browser.find_element(By.XPATH, "//button[text()='Advance']").click()
    until(shows(task_id, "processing"), "the task moves to processing")
    advance.clear()
    advance.send_keys(str(DONE_MS))
    browser.find_element(By.XPATH, "//button[text()='Advance']").click()
    until(shows(task_id, "succeeded"), "the task succeeds")
    assert admin(mock, "clock")["frozen"] is True


def test_a_fault_applied_from_the_page_shows_in_the_journal_with_its_answer(
    browser: WebDriver, mock: Served, until: Until
) -> None:
    browser.get(f"{mock.base_url}/__mock/ui/journal")
    plan = browser.find_element(By.ID, "fault-plan")
    plan.clear()
    plan.send_keys(json.dumps({"errors": {"503": 1.0}, "paths": ["/v1/images/*"]}))
    browser.find_element(By.XPATH, "//button[text()='Apply faults']").click()
    until(lambda b: "200" in b.find_element(By.ID, "control-status").text, "the plan is applied")
    assert admin(mock, "faults")["source"] == "admin"

    answer = requests.post(
        f"{mock.base_url}/v1/images/generations",
        json={"prompt": "refused by the fault"},
        headers={"Authorization": "Bearer key-faults"},
        timeout=30,
    )
    assert (answer.status_code, answer.json()["code"]) == (503, 5001)
    rid = answer.json()["request_id"]
    until(lambda b: b.find_elements(By.ID, f"req-{rid}"), "the refused request reaches the journal")
    line = browser.find_element(By.ID, f"req-{rid}")
    assert "5001" in line.text and "injected fault" in line.text

    line.find_element(By.TAG_NAME, "a").click()
    until(lambda b: b.find_elements(By.ID, "answer-body"), "the request's page opens")
    shown = json.loads(browser.find_element(By.ID, "answer-body").text)
    assert shown == answer.json()

    browser.find_element(By.XPATH, "//button[text()='Clear faults']").click()
    until(lambda b: admin(mock, "faults")["source"] == "config", "the faults are cleared")


def test_limits_set_from_the_page_refuse_the_next_create_until_the_config_is_restored(
    browser: WebDriver, mock: Served, until: Until
) -> None:
    kling = client(mock, "key-limits")
    browser.get(f"{mock.base_url}/__mock/ui/journal")
    shown = browser.find_element(By.ID, "limit-plan")
    assert json.loads(shown.get_attribute("value") or "") == admin(mock, "limits")["limits"]
    one_image = {"accounts": {"acct-limits": {"concurrency": {"image": 1}}}}
    shown.clear()
    shown.send_keys(json.dumps(one_image))
    browser.find_element(By.XPATH, "//button[text()='Apply limits']").click()
    until(lambda b: "200" in b.find_element(By.ID, "control-status").text, "the limits apply")
    try:
        in_force = admin(mock, "limits")
        assert in_force["source"] == "admin"
        assert in_force["limits"]["accounts"]["acct-limits"]["concurrency"] == {"image": 1}
        assert json.loads(shown.get_attribute("value") or "") == in_force["limits"]
        kling.images.generations.create(prompt="takes the only slot")
        refused = requests.post(
            f"{mock.base_url}/v1/images/generations",
            json={"prompt": "no slot left"},
            headers={"Authorization": "Bearer key-limits"},
            timeout=30,
        )
        assert (refused.status_code, refused.json()["code"]) == (429, 1303)

        browser.find_element(By.XPATH, "//button[text()='Restore config limits']").click()
        until(lambda _: admin(mock, "limits")["source"] == "config", "the config is restored")
        restored = admin(mock, "limits")["limits"]
        until(
            lambda _: json.loads(shown.get_attribute("value") or "") == restored,
            "the page shows the limits in force",
        )
        kling.images.generations.create(prompt="no limit any more")
    finally:
        requests.delete(f"{mock.base_url}/__mock/limits", timeout=30)


def test_the_pages_pass_an_accessibility_check_and_keyboard_focus_is_visible(
    browser: WebDriver, mock: Served, until: Until
) -> None:
    kling = client(mock, "key-a11y")
    kling.images.generations.create(prompt="checked for accessibility")
    kling.videos.text2video.create(prompt="also checked")
    admin(mock, "clock", {"advance_ms": DONE_MS})
    # Each worker writes its journal lines within half a second: wait for the other's.
    journaled = until(lambda _: admin(mock, "journal")["entries"], "the creates are journaled")
    rid = journaled[0]["request_id"]
    axe = AXE.read_text(encoding="utf-8")
    findings: dict[str, list[str]] = {}
    for page in (
        "tasks?owner=acct-a11y",
        "journal",
        f"journal/{rid}",
        "coverage",
        "callbacks",
        "usage",
    ):
        browser.get(f"{mock.base_url}/__mock/ui/{page}")
        browser.execute_script(axe)
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']})"
            ".then(r => done(r.violations.map(v => [v.impact, v.id, v.nodes.length])));"
        )
        serious = [
            f"{rule} ({nodes} nodes)"
            for impact, rule, nodes in result
            if impact in ("serious", "critical")
        ]
        if serious:
            findings[page] = serious
    assert findings == {}
    browsed = {entry["path"] for entry in admin(mock, "journal")["entries"]}
    assert "/favicon.ico" not in browsed, "the browser's own requests are journaled as API traffic"

    browser.get(f"{mock.base_url}/__mock/ui/tasks")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Skip to content"
    outline = browser.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "keyboard focus is not visible"
    focused.send_keys(Keys.ENTER)
    until(
        lambda b: b.switch_to.active_element.get_attribute("id") == "main", "skip link moves focus"
    )
