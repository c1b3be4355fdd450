"""The dashboard picture of docs/mock/dashboard.md, taken with headless Chromium (not a test).

Serves a fresh mock, creates a few tasks of each kind (one made to fail, one with a base64 image
in its request), moves the clock so most finish, and saves the task page as a PNG.

    .venv/bin/python -m tests.ui.screenshot docs/images/dashboard.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import requests

from mockserver.served import served
from tests.ui import chromium

HEADERS = {"Authorization": "Bearer demo-key"}
CREATES = (
    ("/v1/videos/text2video", {"prompt": "a paper boat on a rainy street"}, {}),
    ("/v1/images/generations", {"prompt": "a lighthouse at dusk", "n": 3}, {}),
    ("/v1/audio/text-to-audio", {"prompt": "gulls over a harbour", "duration": 5}, {}),
    ("/v1/images/generations", {"prompt": "a forest"}, {"X-Mock-Outcome": "failed"}),
    ("/v1/videos/image2video", {"image": "https://example.com/cat.png", "prompt": "it yawns"}, {}),
)


def main(target: Path) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        served(Path(folder) / "demo.sqlite3", extra_args=("--frozen", "--quiet")) as mock,
    ):
        for path, body, extra in CREATES:
            answer = requests.post(
                f"{mock.base_url}{path}", json=body, headers={**HEADERS, **extra}, timeout=30
            )
            answer.raise_for_status()
        requests.post(f"{mock.base_url}/__mock/clock", json={"advance_ms": 60_000}, timeout=30)
        requests.post(
            f"{mock.base_url}/v1/videos/text2video",
            json={"prompt": "still being made"},
            headers=HEADERS,
            timeout=30,
        )
        browser = chromium.start(Path(folder) / "profile")
        try:
            browser.set_window_size(1400, 1100)
            browser.get(f"{mock.base_url}/__mock/ui/tasks")
            browser.execute_script(
                "document.querySelectorAll('details')[1].open = true;"
                "return Promise.all([...document.images].map(i => i.decode()));"
            )
            browser.save_screenshot(str(target))
        finally:
            browser.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images/dashboard.png"))
