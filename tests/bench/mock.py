"""``make bench``: throughput and latency of the mock in several set-ups, beside a bare Flask app
and Stoplight Prism.

Each row serves its target on a free loopback port, then drives a create+get mix (POST
/v1/images/generations, then GET its task) from 1 and from 20 client processes, each on one
keep-alive connection. The mock rows: one gunicorn worker, N workers, N workers without the
journal and coverage writes (what those cost), and N workers with a ``callback_url`` on every
task (what the callback dispatcher costs; a loopback receiver in this process counts the
deliveries). The bare app answers the same two routes with a constant JSON body and nothing else:
it is the ceiling of our stack (gunicorn + Flask + Python). Prism 5.16.0 (``prism mock`` on the
bundled spec) is the usual stateless alternative; its row is skipped, with the reason, when
Node/npm are missing.

The client runs on the same machine as the server and takes CPU from it; absolute numbers are
pessimistic, the ratios between rows are the useful figures. Rows that a ratio compares (the
mock and bare Flask; list page 1 and a deep page; a filled store and an empty one) are served
side by side and measured in alternating rounds, so a change in the machine's speed during the
run falls on both sides of the ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import http.client
import json
import multiprocessing
import os
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from flask import Flask, Response

from mockserver.cli.main import GunicornServer, gunicorn_options
from spec.designs import SUBMITTED, TaskView, design_name, designs_of
from spec.documents import load_bundle

CREATE_PATH = "/v1/images/generations"
CREATE_BODY = {"prompt": "a paper boat at sunrise", "n": 1}
HEADERS = {"Authorization": "Bearer bench-key", "Content-Type": "application/json"}
PRISM_VERSION = "5.16.0"
PRISM_DIR = Path(".bench/prism")
PRISM_BIN = PRISM_DIR / "node_modules/.bin/prism"
NO_JOURNAL = {"KLING_JOURNAL": "false", "KLING_COVERAGE": "false"}


def bare_app() -> Flask:
    """The ceiling: the same two routes, a constant answer, no validation, no state."""
    app = Flask("bare", static_folder=None)
    made = TaskView(id="867283741759111202", status=SUBMITTED, message="", created=1, updated=1)
    # in the default design's words
    task = designs_of(load_bundle())[design_name(None)].project(made)
    body = json.dumps({"code": 0, "message": "SUCCEED", "request_id": "r", "data": task})

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


@dataclass(frozen=True)
class Target:
    """One row's server: what to run and how the clients talk to it."""

    label: str
    kind: str  # mock | bare | prism
    workers: int = 1
    env: Mapping[str, str] = field(default_factory=dict)
    callbacks: bool = False
    paired: bool = False
    """Measured in alternating rounds with the other paired rows (``interleaved``)."""


def _command(target: Target, port: int, threads: int, db: Path, spec_json: Path) -> list[str]:
    common = ["--port", str(port), "--workers", str(target.workers), "--threads", str(threads)]
    if target.kind == "mock":
        return [
            sys.executable,
            "-m",
            "mockserver.cli",
            "serve",
            "--quiet",
            "--db",
            str(db),
            *common,
        ]
    if target.kind == "bare":
        return [sys.executable, "-m", "tests.bench.mock", "serve-bare", *common]
    return [str(PRISM_BIN), "mock", str(spec_json), "-p", str(port), "-h", "127.0.0.1"]


@contextmanager
def serving(
    target: Target, threads: int, db: Path, spec_json: Path, tree: Path | None = None
) -> Iterator[int]:
    """Serve a target in a subprocess (its own process group) until the block ends; ``tree``:
    the checkout whose mock serves (default: this one)."""
    port = free_port()
    process = subprocess.Popen(
        _command(target, port, threads, db, spec_json),
        cwd=tree if target.kind == "mock" and tree is not None else None,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **target.env},
    )
    try:
        _wait(port, process)
        warm_up(port, CREATE_BODY)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
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


def client(args: tuple[int, float, dict[str, Any]]) -> tuple[list[float], int]:
    """One connection doing create+get pairs until the deadline: latencies (ms) and errors."""
    port, seconds, body = args
    payload = json.dumps(body).encode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        try:
            started = time.perf_counter()
            created = json.loads(_round_trip(conn, "POST", CREATE_PATH, payload))
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


def reader(args: tuple[int, float, str]) -> tuple[list[float], int]:
    """One connection GETting one path until the deadline: latencies (ms) and errors."""
    port, seconds, path = args
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        try:
            _round_trip(conn, "GET", path, None)
            latencies.append((time.perf_counter() - started) * 1000)
        except (OSError, RuntimeError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.close()
    return latencies, errors


def warm_up(port: int, body: dict[str, Any]) -> None:
    client((port, 1.0, body))


class Receiver:
    """A loopback HTTP server that counts callback deliveries."""

    def __init__(self) -> None:
        self.count = 0
        lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with lock:
                    owner.count += 1
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass(frozen=True)
class Result:
    target: str
    connections: int
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float
    callbacks: int | None = None

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def row(self) -> str:
        shown = "-" if self.callbacks is None else f"{self.callbacks / self.seconds:.0f}/s"
        return (
            f"{self.target:<38} {self.connections:>5} {self.rate:>9.0f} "
            f"{self.p50_ms:>8.2f} {self.p99_ms:>8.2f} {self.errors:>7} {shown:>10}"
        )


@dataclass(frozen=True)
class Sample:
    """One round of one row: every latency (ms), the errors, the seconds it took."""

    latencies: list[float]
    errors: int
    seconds: float


def sample(
    port: int, connections: int, seconds: float, body: dict[str, Any], path: str | None = None
) -> Sample:
    """The create+get mix (or, given ``path``, GETs of that path) from ``connections`` clients."""
    context = multiprocessing.get_context("fork")
    started = time.perf_counter()
    with context.Pool(connections) as pool:
        if path is None:
            outcomes = pool.map(client, [(port, seconds, body)] * connections)
        else:
            outcomes = pool.map(reader, [(port, seconds, path)] * connections)
    elapsed = time.perf_counter() - started
    return Sample(
        [ms for found, _ in outcomes for ms in found], sum(n for _, n in outcomes), elapsed
    )


def merged(target: str, connections: int, samples: list[Sample]) -> Result:
    """One row from its rounds: every request counted, the percentiles over all of them."""
    latencies = sorted(ms for one in samples for ms in one.latencies)
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Result(
        target,
        connections,
        len(latencies),
        sum(one.errors for one in samples),
        sum(one.seconds for one in samples),
        cuts[49],
        cuts[98],
    )


def measure(
    target: str,
    port: int,
    connections: int,
    seconds: float,
    body: dict[str, Any],
    path: str | None = None,
) -> Result:
    """One row in one round."""
    return merged(target, connections, [sample(port, connections, seconds, body, path)])


def interleaved(
    rows: Sequence[tuple[str, int, str | None]],
    connections: int,
    seconds: float,
    rounds: int,
    body: dict[str, Any],
) -> list[Result]:
    """Rows compared with each other, measured in alternating rounds of ``seconds / rounds``
    (label, port, path). This machine's speed drifts by tens of percent within minutes (bare
    Flask measured 2,030 and 3,298 req/s an hour apart); rows measured one after the other
    would carry that drift into their ratio, alternating rounds share it."""
    samples: dict[str, list[Sample]] = {label: [] for label, _, _ in rows}
    for _ in range(rounds):
        for label, port, path in rows:
            samples[label].append(sample(port, connections, seconds / rounds, body, path))
    return [merged(label, connections, samples[label]) for label, _, _ in rows]


def prism_available() -> str | None:
    """None when Prism can run (installing it with npm if needed), else the reason it cannot."""
    if PRISM_BIN.exists():
        return None
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return "Node.js/npm not found"
    command = [npm, "install", "--silent", "--prefix", str(PRISM_DIR),
               f"@stoplight/prism-cli@{PRISM_VERSION}"]  # fmt: skip
    installed = subprocess.run(command, capture_output=True, check=False)
    if installed.returncode != 0 or not PRISM_BIN.exists():
        return f"npm install @stoplight/prism-cli@{PRISM_VERSION} failed"
    return None


def targets(workers: int) -> list[Target]:
    many = f"{workers} workers"
    return [
        Target("mock, 1 worker", "mock", 1),
        Target(f"mock, {many}", "mock", workers, paired=True),
        Target(f"mock, {many}, no journal/coverage", "mock", workers, NO_JOURNAL),
        Target(f"mock, {many}, callbacks", "mock", workers, callbacks=True),
        Target(f"bare flask, {many}", "bare", workers, paired=True),
        Target(f"prism {PRISM_VERSION} (1 process)", "prism"),
    ]


def _spec_json(folder: Path) -> Path:
    from spec.documents import SPEC_DIR, load_bundle

    path = folder / "kling-openapi.json"
    path.write_text(json.dumps(load_bundle(SPEC_DIR)), encoding="utf-8")
    return path


def _paired_rows(
    paired: list[Target],
    seconds: float,
    threads: int,
    levels: list[int],
    rounds: int,
    folder: Path,
    spec_json: Path,
) -> Iterator[Result]:
    """The paired rows (the mock and its ceiling), served side by side, in alternating rounds."""
    with contextlib.ExitStack() as stack:
        rows = [
            (target.label, stack.enter_context(
                serving(target, threads, folder / f"paired-{number}.sqlite3", spec_json)
            ), None)
            for number, target in enumerate(paired)
        ]  # fmt: skip
        for connections in levels:
            yield from interleaved(rows, connections, seconds, rounds, CREATE_BODY)


def run(
    seconds: float, workers: int, threads: int, levels: list[int], rounds: int = 1
) -> Iterator[Result | str]:
    """Each row's results, or a line saying why a row was skipped."""
    with tempfile.TemporaryDirectory(prefix="kling-bench-") as tmp:
        folder = Path(tmp)
        spec_json = _spec_json(folder)
        listed = targets(workers)
        paired = [target for target in listed if target.paired]
        for number, target in enumerate(listed):
            if target.paired:
                if target is paired[0]:
                    yield from _paired_rows(
                        paired, seconds, threads, levels, rounds, folder, spec_json
                    )
                continue
            if target.kind == "prism":
                reason = prism_available()
                if reason:
                    yield f"{target.label:<38} skipped: {reason}"
                    continue
            receiver = Receiver() if target.callbacks else None
            body = {**CREATE_BODY, "callback_url": receiver.url} if receiver else CREATE_BODY
            db = folder / f"row-{number}.sqlite3"
            try:
                with serving(target, threads, db, spec_json) as port:
                    for connections in levels:
                        before = receiver.count if receiver else 0
                        result = measure(target.label, port, connections, seconds, body)
                        if receiver is not None:
                            delivered = receiver.count - before
                            result = dataclasses.replace(result, callbacks=delivered)
                        yield result
            finally:
                if receiver is not None:
                    receiver.close()


FILL_SQL = """
WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < ?)
INSERT INTO tasks (seq, task_id, owner, operation_id, external_task_id, created_at, body, plan,
                   ordinal)
SELECT 1000000000 + v, 'fill-' || (? + v), t.owner, t.operation_id, NULL, t.created_at, t.body,
       t.plan, t.ordinal + v
FROM n, (SELECT * FROM tasks ORDER BY ordinal DESC LIMIT 1) AS t
"""
STORE_CONNECTIONS = 4


def _wal_mb(db: Path) -> float:
    wal = db.with_name(db.name + "-wal")
    return wal.stat().st_size / 1e6 if wal.exists() else 0.0


def _fill(db: Path, count: int) -> float:
    """Copy the newest task ``count`` times into one account, in batches; seconds taken."""
    started = time.perf_counter()
    conn = sqlite3.connect(db, timeout=60, isolation_level=None)
    try:
        for done in range(0, count, 10_000):
            conn.execute("BEGIN IMMEDIATE")
            batch = min(10_000, count - done)
            sql = FILL_SQL.replace("1000000000 + v", f"{1_000_000_000 + done} + v")
            conn.execute(sql, (batch, done))
            conn.execute("COMMIT")
    finally:
        conn.close()
    return time.perf_counter() - started


def stored_rows(
    seconds: float, workers: int, threads: int, folder: Path, count: int, rounds: int = 1
) -> Iterator[Result | str]:
    """Create+get and list pages with ``count`` tasks in one account, beside an empty store.

    Two mocks are served side by side, one filled; the rows compared alternate in rounds."""
    db = folder / "stored.sqlite3"
    target = Target(f"mock, {workers} workers", "mock", workers)
    deep = 1000 if count >= 30_000 else max(1, count // 60)
    page = CREATE_PATH + "?pageNum={}&pageSize=30"
    c = STORE_CONNECTIONS
    spec_json = folder / "kling-openapi.json"
    with (
        serving(target, threads, db, spec_json) as port,
        serving(target, threads, folder / "empty.sqlite3", spec_json) as empty_port,
    ):
        took = _fill(db, count)
        yield f"filled {count:,} tasks in {took:.1f} s; WAL now {_wal_mb(db):.1f} MB"
        # the pages first: both then hold copies of one task (after the create+get row, page 1
        # would hold that row's own tasks, at other points of their lives than the copies)
        first, deepest = interleaved(
            [("list pageNum=1", port, page.format(1)), (f"list pageNum={deep}", port,
              page.format(deep))],
            c, seconds, rounds, CREATE_BODY,
        )  # fmt: skip
        yield first
        yield deepest
        full, empty = interleaved(
            [(f"{count:,} tasks: create+get", port, None),
             ("empty store: create+get", empty_port, None)],
            c, seconds, rounds, CREATE_BODY,
        )  # fmt: skip
        yield full
        yield empty
        sustained = measure("sustained create+get", port, 20, seconds * 4, CREATE_BODY)
        yield sustained
        yield (
            f"ratios: create+get {full.rate / empty.rate:.2f} of the empty store's rate "
            f"(p99 {full.p99_ms:.1f} vs {empty.p99_ms:.1f} ms); list page {deep} "
            f"{deepest.rate / first.rate:.2f} of page 1's rate; WAL after "
            f"{sustained.requests:,} more requests: {_wal_mb(db):.1f} MB"
        )


def ratios(results: list[Result]) -> Iterator[str]:
    """The issue's comparisons, computed from rows of the same run."""
    for conns in sorted({r.connections for r in results}):
        mocks = [r for r in results if r.connections == conns and r.target.startswith("mock, ")
                 and r.target.count(",") == 1 and "1 worker" not in r.target]  # fmt: skip
        bare = next((r for r in results if r.connections == conns and r.target.startswith("bare")),
                    None)  # fmt: skip
        prism = next(
            (r for r in results if r.connections == conns and r.target.startswith("prism")), None
        )
        for mine in mocks:
            parts = [f"{conns} conn: {mine.target} {mine.rate:.0f} req/s"]
            if bare is not None:
                parts.append(f"{mine.rate / bare.rate:.2f} of bare flask (goal >= 0.6)")
            if prism is not None:
                parts.append(f"{mine.rate / prism.rate:.2f}x prism (goal >= 2 at 20, > 1 at 1)")
            parts.append(f"p99 {mine.p99_ms:.2f} ms")
            yield "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.mock", description=__doc__)
    parser.add_argument("command", nargs="?", default="run", choices=["run", "serve-bare"])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 20])
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="rows compared with each other alternate in this many rounds of seconds/rounds",
    )
    parser.add_argument(
        "--stored", type=int, default=100_000, help="tasks to store for the data rows (0: skip)"
    )
    parser.add_argument("--only", choices=["rows", "stored"], help="run one part only")
    args = parser.parse_args(argv)
    if args.command == "serve-bare":
        options = gunicorn_options("127.0.0.1", args.port, args.workers, args.threads)
        GunicornServer(bare_app, options).run()
        return 0
    print(
        f"create+get mix, {args.seconds:g} s per row; gunicorn gthread, {args.threads} threads "
        f"per worker; one keep-alive connection per client process; "
        f"{os.cpu_count()} CPUs shared by client and server"
    )
    print(
        f"{'target':<38} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} "
        f"{'callbacks':>10}"
    )
    results: list[Result] = []
    rows = run(args.seconds, args.workers, args.threads, args.connections, max(1, args.rounds))
    for result in rows if args.only != "stored" else []:
        print(result if isinstance(result, str) else result.row(), flush=True)
        if isinstance(result, Result):
            results.append(result)
    for line in ratios(results):
        print(line)
    if args.stored and args.only != "rows":
        print(f"\nstored tasks: {STORE_CONNECTIONS} connections, {args.seconds:g} s per row")
        with tempfile.TemporaryDirectory(prefix="kling-bench-") as tmp:
            folder = Path(tmp)
            _spec_json(folder)
            stored = stored_rows(
                args.seconds, args.workers, args.threads, folder, args.stored, max(1, args.rounds)
            )
            for entry in stored:
                print(entry if isinstance(entry, str) else entry.row(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
