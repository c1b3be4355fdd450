"""Benchmark (not a test): how fast the dashboard's task page loads with 1,000 tasks stored.

Stores 1,000 tasks (images, videos and audio; all finished but the newest ten, so the first page
shows results with their thumbnails and players) in a SQLite file, serves it with two gunicorn
workers, and loads the task page in headless Chromium again and again. Prints the median and the
slowest of the Navigation Timing figures: the HTML received (responseEnd), the DOM ready
(domContentLoadedEventEnd) and the load event (loadEventEnd, thumbnails included), from the start
of navigation. The first load warms the caches and is shown apart.

    .venv/bin/python -m tests.ui.bench_page_load [--tasks 1000] [--loads 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from mockserver import create_app
from mockserver.core.state import state_of
from mockserver.served import served
from tests.ui import chromium

CREATES = (
    ("/v1/images/generations", {"prompt": "a bench image"}),
    ("/v1/videos/text2video", {"prompt": "a bench video"}),
    ("/v1/audio/text-to-audio", {"prompt": "a bench sound", "duration": 5}),
)
FIGURES = ("responseEnd", "domContentLoadedEventEnd", "loadEventEnd")


def store_tasks(db: Path, count: int) -> None:
    """``count`` tasks through the API (in-process); all but the newest ten finished."""
    app = create_app({"KLING_DB": str(db), "KLING_CLOCK_FROZEN": True, "KLING_JOURNAL": False})
    client = app.test_client()
    headers = {"Authorization": "Bearer bench"}
    for n in range(count):
        path, body = CREATES[n % len(CREATES)]
        answer = client.post(path, json=body, headers=headers)
        assert answer.status_code == 200, answer.json
        if n == count - 11:
            client.post("/__mock/clock", json={"advance_ms": 60_000})
    state_of(app).store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--loads", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        store_tasks(db, args.tasks)
        with served(db, workers=2, extra_args=("--frozen", "--quiet")) as mock:
            browser = chromium.start(Path(folder) / "profile")
            try:
                timings: dict[str, list[float]] = {name: [] for name in FIGURES}
                for _ in range(args.loads + 1):  # the first load warms caches; not counted
                    browser.get(f"{mock.base_url}/__mock/ui/tasks")
                    entry = browser.execute_script(
                        "return performance.getEntriesByType('navigation')[0].toJSON()"
                    )
                    for name in FIGURES:
                        timings[name].append(float(entry[name]))
                rows = len(browser.find_elements("css selector", "tbody tr"))
            finally:
                browser.quit()
    print(f"task page with {args.tasks} tasks stored ({rows} rows shown), {args.loads} loads:")
    for name in FIGURES:
        warm = timings[name][1:]
        print(
            f"  {name:<26} median {statistics.median(warm):6.1f} ms   slowest {max(warm):6.1f} ms"
            f"   first (cold) {timings[name][0]:6.1f} ms"
        )


if __name__ == "__main__":
    main()
