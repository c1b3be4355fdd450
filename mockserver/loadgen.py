"""A served mock in a subprocess, and a bounded load generator: for the benchmark and the tests.

``served(...)`` starts ``kling-mock serve`` (gunicorn with N workers) on 127.0.0.1 and a free
port against a given SQLite file, waits until /__mock/health answers, and always terminates the
server (its whole process group) on the way out. ``hammer(...)`` runs a request function from
several threads for a bounded time and count, and summarises throughput and latency percentiles.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class Served:
    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _wait_healthy(base_url: str, process: subprocess.Popen[bytes], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the mock exited early with status {process.returncode}")
        try:
            if requests.get(f"{base_url}/__mock/health", timeout=1).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"the mock did not answer within {timeout_s} s")


def _stop(process: subprocess.Popen[bytes], grace_s: float = 10.0) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(grace_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(grace_s)


@contextmanager
def served(
    db: Path,
    *,
    workers: int = 1,
    env: Mapping[str, str] | None = None,
    extra_args: tuple[str, ...] = (),
    startup_timeout_s: float = 60.0,
) -> Iterator[Served]:
    """The mock served by ``kling-mock serve --workers N`` until the block ends."""
    port = free_port()
    log_path = db.with_suffix(".log")
    environment = {**os.environ, "KLING_DB": str(db), "KLING_LOG_REQUESTS": "false", **(env or {})}
    command = [
        sys.executable, "-m", "mockserver.cli", "serve",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), *extra_args,
    ]  # fmt: skip
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            command, env=environment, stdout=log_file, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base_url, process, startup_timeout_s)
            yield Served(base_url, process, log_path)
        finally:
            _stop(process)


@dataclass(frozen=True)
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies_ms: tuple[float, ...]

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def summary(self) -> dict[str, float]:
        return {
            "requests": self.requests,
            "errors": self.errors,
            "req_per_s": round(self.throughput, 1),
            "p50_ms": round(self.percentile(0.50), 2),
            "p99_ms": round(self.percentile(0.99), 2),
        }


def hammer(
    call: Callable[[requests.Session, int], bool],
    *,
    threads: int = 8,
    seconds: float = 3.0,
    max_requests: int = 100_000,
) -> LoadResult:
    """Run ``call(session, n)`` from ``threads`` threads until the time or the count runs out.

    ``call`` returns whether the answer was the expected one; exceptions count as errors.
    """
    lock = threading.Lock()
    latencies: list[float] = []
    errors = 0
    issued = 0
    deadline = time.monotonic() + seconds

    def worker() -> None:
        nonlocal errors, issued
        session = requests.Session()
        session.trust_env = False
        while time.monotonic() < deadline:
            with lock:
                if issued >= max_requests:
                    return
                issued += 1
                number = issued
            started = time.perf_counter()
            try:
                ok = call(session, number)
            except requests.RequestException:
                ok = False
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors += 0 if ok else 1
        session.close()

    started = time.monotonic()
    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(seconds + 60)
    elapsed = time.monotonic() - started
    return LoadResult(len(latencies), errors, elapsed, tuple(latencies))
