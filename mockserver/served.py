"""A served mock in a subprocess, for tests that need real worker processes.

``served(...)`` starts ``kling-mock serve`` (gunicorn with N workers) on 127.0.0.1 and a free
port against a given SQLite file, waits (bounded) until /__mock/health answers, and always
terminates the server (its whole process group) on the way out.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
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


def _wait_healthy(
    base_url: str, process: subprocess.Popen[bytes], timeout_s: float, verify: bool | str = True
) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the mock exited early with status {process.returncode}")
        try:
            if requests.get(f"{base_url}/__mock/health", timeout=1, verify=verify).ok:
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
    ca_file: Path | None = None,
) -> Iterator[Served]:
    """The mock served by ``kling-mock serve --workers N`` until the block ends.

    ``ca_file``: the server speaks https (``--tls`` in ``extra_args``); trust only this authority.
    """
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
        base_url = f"{'https' if ca_file else 'http'}://127.0.0.1:{port}"
        try:
            _wait_healthy(base_url, process, startup_timeout_s, str(ca_file) if ca_file else True)
            yield Served(base_url, process, log_path)
        finally:
            _stop(process)
