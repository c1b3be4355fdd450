"""``make bench``: the mock beside bare Flask and Prism under wrk, a compiled load generator.

Python client processes on the same two cores take CPU the server would otherwise have, and they
starve a single-process server (Prism) far more than our two workers, so their ratios against
Prism are not fair. wrk costs the server almost nothing. Three Lua scripts drive three loads:
``create`` (POST /v1/images/generations), ``get`` (GET of one task), and ``mix`` (each create
followed by a GET of the task it made), each at 1 and 20 connections. The three servers run side
by side for the whole run and are measured in alternating rounds, so a drift in the machine's
speed falls on every row alike. Each row: requests per second over all rounds, p50 and p99 of
wrk's latency histogram (of the last round), non-2xx answers.

``python -m tests.bench.wrk --seconds 6 --rounds 3 --connections 1 20``
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.bench.mock import (
    CREATE_BODY,
    CREATE_PATH,
    HEADERS,
    PRISM_VERSION,
    Target,
    _spec_json,
    prism_available,
    serving,
)

SCRIPTS = {
    "create": """
wrk.method = "POST"
wrk.body = '{body}'
wrk.headers["Authorization"] = "{auth}"
wrk.headers["Content-Type"] = "application/json"
{report}
""",
    "get": """
wrk.method = "GET"
wrk.path = "{path}/{task_id}"
wrk.headers["Authorization"] = "{auth}"
{report}
""",
    "mix": """
local last = nil
local sent = 0
request = function()
  sent = sent + 1
  local headers = {{["Authorization"] = "{auth}", ["Content-Type"] = "application/json"}}
  if last and sent % 2 == 0 then
    return wrk.format("GET", "{path}/" .. last, headers)
  end
  return wrk.format("POST", "{path}", headers, '{body}')
end
response = function(status, headers, body)
  local id = body:match('"task_id":"([^"]+)"')
  if id then
    last = id
  end
end
{report}
""",
}
REPORT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %f %f %d\\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
"""
_RESULT = re.compile(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) (\d+)")


@dataclass
class Row:
    target: str
    load: str
    connections: int
    requests: int = 0
    micros: int = 0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    errors: int = 0
    p50s: list[float] = field(default_factory=list)
    p99s: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.requests / (self.micros / 1e6) if self.micros else 0.0

    def add(self, requests: int, micros: int, p50: float, p99: float, errors: int) -> None:
        self.requests += requests
        self.micros += micros
        self.errors += errors
        self.p50s.append(p50)
        self.p99s.append(p99)
        self.p50_ms, self.p99_ms = sorted(self.p50s)[len(self.p50s) // 2], max(self.p99s)

    def line(self) -> str:
        return (
            f"{self.target:<34} {self.load:<7} {self.connections:>5} {self.rate:>9.0f} "
            f"{self.p50_ms:>8.2f} {self.p99_ms:>8.2f} {self.errors:>7}"
        )


def _script(folder: Path, load: str, task_id: str) -> Path:
    text = SCRIPTS[load].format(
        body=json.dumps(CREATE_BODY),
        auth=HEADERS["Authorization"],
        path=CREATE_PATH,
        task_id=task_id,
        report=REPORT,
    )
    path = folder / f"{load}.lua"
    path.write_text(text, encoding="utf-8")
    return path


def _task_id(port: int) -> str:
    """A task to read in the ``get`` load (made on that server)."""
    sent = urllib.request.Request(
        f"http://127.0.0.1:{port}{CREATE_PATH}",
        data=json.dumps(CREATE_BODY).encode(),
        headers=HEADERS,
        method="POST",
    )
    with urllib.request.urlopen(sent, timeout=30) as answer:
        return str(json.loads(answer.read())["data"]["task_id"])


def wrk(port: int, script: Path, connections: int, seconds: float) -> tuple[int, ...]:
    threads = min(connections, 2)
    ran = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "-s", str(script),
         f"http://127.0.0.1:{port}{CREATE_PATH}"],
        capture_output=True, text=True, check=True, timeout=seconds + 60,
    )  # fmt: skip
    found = _RESULT.search(ran.stdout)
    if found is None:
        raise RuntimeError(f"wrk printed no result: {ran.stdout}{ran.stderr}")
    requests, micros, p50, p99, errors = found.groups()
    return int(requests), int(micros), float(p50), float(p99), int(errors)  # type: ignore[return-value]


def targets(workers: int, trees: list[Path | None]) -> list[tuple[Target, Path | None]]:
    """The rows' servers, each with the checkout whose mock it serves (None: this one)."""
    mocks = []
    for tree in trees or [None]:
        mine = f" ({tree.resolve().name})" if tree is not None else ""
        mocks.append((Target(f"mock{mine}, {workers} workers", "mock", workers), tree))
    return [
        *mocks,
        (Target(f"bare flask, {workers} workers", "bare", workers), None),
        (Target(f"prism {PRISM_VERSION} (1 process)", "prism"), None),
    ]


def run(
    seconds: float,
    workers: int,
    threads: int,
    levels: list[int],
    rounds: int,
    loads: list[str],
    trees: list[Path | None] | None = None,
) -> Iterator[Row | str]:
    with tempfile.TemporaryDirectory(prefix="kling-wrk-") as tmp, contextlib.ExitStack() as stack:
        folder = Path(tmp)
        spec_json = _spec_json(folder)
        served: list[tuple[Target, int, str]] = []
        for number, (target, tree) in enumerate(targets(workers, trees or [None])):
            if target.kind == "prism":
                reason = prism_available()
                if reason:
                    yield f"{target.label:<34} skipped: {reason}"
                    continue
            db = folder / f"row-{number}.sqlite3"
            port = stack.enter_context(serving(target, threads, db, spec_json, tree))
            served.append((target, port, _task_id(port)))
        for load in loads:
            for connections in levels:
                rows = {t.label: Row(t.label, load, connections) for t, _, _ in served}
                for _ in range(rounds):
                    for target, port, task_id in served:
                        script = _script(folder, load, task_id)
                        rows[target.label].add(*wrk(port, script, connections, seconds / rounds))
                yield from rows.values()


def ratios(rows: list[Row]) -> Iterator[str]:
    """Ours against bare Flask (goal >= 0.6) and against Prism (goal >= 2) per load and level."""
    for row in rows:
        if not row.target.startswith("mock"):
            continue
        same = [r for r in rows if (r.load, r.connections) == (row.load, row.connections)]
        bare = next((r for r in same if r.target.startswith("bare")), None)
        prism = next((r for r in same if r.target.startswith("prism")), None)
        parts = [f"{row.load} at {row.connections}: ours {row.rate:.0f} req/s"]
        if bare is not None and bare.rate:
            parts.append(f"{row.rate / bare.rate:.2f} of bare flask")
        if prism is not None and prism.rate:
            parts.append(f"{row.rate / prism.rate:.2f}x prism")
        parts.append(f"p99 {row.p99_ms:.2f} ms")
        yield "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.wrk", description=__doc__)
    parser.add_argument("--seconds", type=float, default=6.0, help="per row, over all rounds")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 20])
    parser.add_argument("--loads", nargs="+", default=list(SCRIPTS), choices=list(SCRIPTS))
    parser.add_argument(
        "--mock-tree",
        type=Path,
        action="append",
        help="serve the mock of this checkout instead (repeat it, and give '.' for this one, "
        "to measure several side by side in alternating rounds: a before/after run)",
    )
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk not found: apt-get install wrk (make bench installs it)", file=sys.stderr)
        return 2
    print(
        f"wrk, {args.seconds:g} s per row in {args.rounds} alternating rounds; gunicorn gthread, "
        f"{args.threads} threads per worker; {os.cpu_count()} CPUs shared by wrk and the servers"
    )
    print(f"{'target':<34} {'load':<7} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'non-2xx':>7}")  # fmt: skip
    rows: list[Row] = []
    for row in run(
        args.seconds,
        args.workers,
        args.threads,
        args.connections,
        max(1, args.rounds),
        args.loads,
        args.mock_tree,
    ):
        print(row if isinstance(row, str) else row.line(), flush=True)
        if isinstance(row, Row):
            rows.append(row)
    for line in ratios(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
