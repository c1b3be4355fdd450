"""``make bench``: throughput and latency of the mock, next to a bare Flask app served the same way.

Each run serves its target with ``kling-mock serve``'s gunicorn settings on a free loopback port,
then drives a create+get mix (POST /v1/images/generations, then GET its task) from 1 and from 20
client processes, each on one keep-alive connection. The bare app answers the same two routes
with a constant JSON body and nothing else: it is the ceiling of our stack (gunicorn + Flask +
Python), so the gap between the two rows is what the mock itself costs.

The client runs on the same machine as the server and takes CPU from it; absolute numbers are
pessimistic, the ratio between the rows is the useful figure.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, Response

from .cli import GunicornServer, gunicorn_options

CREATE_PATH = "/v1/images/generations"
CREATE_BODY = json.dumps({"prompt": "a paper boat at sunrise", "n": 1}).encode()
HEADERS = {"Authorization": "Bearer bench-key", "Content-Type": "application/json"}
TASK = {
    "task_id": "867283741759111202",
    "task_status": "submitted",
    "created_at": 1,
    "updated_at": 1,
}


def bare_app() -> Flask:
    """The ceiling: the same two routes, a constant answer, no validation, no state."""
    app = Flask("bare", static_folder=None)
    body = json.dumps({"code": 0, "message": "SUCCEED", "request_id": "r", "data": TASK})

    @app.post(CREATE_PATH)
    def create() -> Response:
        return Response(body, mimetype="application/json")

    @app.get(CREATE_PATH + "/<task_id>")
    def get(task_id: str) -> Response:
        return Response(body, mimetype="application/json")

    return app


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait(port: int, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


@contextmanager
def serving(target: str, workers: int, threads: int, db: Path) -> Iterator[int]:
    """Serve ``mock`` or ``bare`` in a subprocess (its own process group) until the block ends."""
    port = free_port()
    common = ["--port", str(port), "--workers", str(workers), "--threads", str(threads)]
    if target == "mock":
        command = [sys.executable, "-m", "mockserver.cli", "serve", "--quiet", "--db", str(db)]
    else:
        command = [sys.executable, "-m", "mockserver.bench", "serve-bare"]
    process = subprocess.Popen(
        [*command, *common], start_new_session=True, stderr=subprocess.DEVNULL
    )
    try:
        _wait(port, process)
        warm_up(port)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)


def _round_trip(
    conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None
) -> bytes:
    conn.request(method, path, body=body, headers=HEADERS)
    response = conn.getresponse()
    data = response.read()
    if response.status != 200:
        raise RuntimeError(f"{method} {path} -> {response.status}")
    return data


def client(args: tuple[int, float]) -> tuple[list[float], int]:
    """One connection doing create+get pairs until the deadline: latencies (ms) and errors."""
    port, seconds = args
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        try:
            started = time.perf_counter()
            created = json.loads(_round_trip(conn, "POST", CREATE_PATH, CREATE_BODY))
            middle = time.perf_counter()
            task_id = created["data"]["task_id"]
            _round_trip(conn, "GET", f"{CREATE_PATH}/{task_id}", None)
            ended = time.perf_counter()
            latencies += [(middle - started) * 1000, (ended - middle) * 1000]
        except (OSError, RuntimeError, http.client.HTTPException, ValueError, KeyError):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.close()
    return latencies, errors


def warm_up(port: int) -> None:
    client((port, 1.0))


@dataclass(frozen=True)
class Result:
    target: str
    connections: int
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def row(self) -> str:
        return (
            f"{self.target:<12} {self.connections:>5} {self.rate:>9.0f} "
            f"{self.p50_ms:>8.2f} {self.p99_ms:>8.2f} {self.errors:>7}"
        )


def measure(target: str, port: int, connections: int, seconds: float) -> Result:
    context = multiprocessing.get_context("fork")
    started = time.perf_counter()
    with context.Pool(connections) as pool:
        outcomes = pool.map(client, [(port, seconds)] * connections)
    elapsed = time.perf_counter() - started
    latencies = sorted(ms for found, _ in outcomes for ms in found)
    errors = sum(count for _, count in outcomes)
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Result(target, connections, len(latencies), errors, elapsed, cuts[49], cuts[98])


def run(seconds: float, workers: int, threads: int, levels: list[int]) -> Iterator[Result]:
    with tempfile.TemporaryDirectory(prefix="kling-bench-") as tmp:
        for target in ("mock", "bare flask"):
            db = Path(tmp) / f"{target.split()[0]}.sqlite3"
            with serving(target.split()[0], workers, threads, db) as port:
                for connections in levels:
                    yield measure(target, port, connections, seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mockserver.bench", description=__doc__)
    parser.add_argument("command", nargs="?", default="run", choices=["run", "serve-bare"])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 20])
    args = parser.parse_args(argv)
    if args.command == "serve-bare":
        options = gunicorn_options("127.0.0.1", args.port, args.workers, args.threads)
        GunicornServer(bare_app, options).run()
        return 0
    print(
        f"create+get mix, {args.seconds:g} s per row; gunicorn gthread, {args.workers} workers x "
        f"{args.threads} threads; one keep-alive connection per client process; "
        f"{os.cpu_count()} CPUs shared by client and server"
    )
    print(f"{'target':<12} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for result in run(args.seconds, args.workers, args.threads, args.connections):
        print(result.row(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
