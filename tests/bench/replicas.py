"""``make bench``, replica rows: creates+gets on 1-3 PostgreSQL replicas beside one SQLite mock.

Every server is one ``kling-mock serve`` process (``--workers 1``), so a row compares like with
like: the SQLite mock, then one, two and three replicas on one throwaway PostgreSQL server (the
tests' own, ``tests.postgres_server``). The load is wrk's ``mix`` script (each create followed by
a GET of the task it made). A row's connections are the total: with several replicas one wrk
runs against each, side by side, with an equal share of the connections (a setup with more
replicas than connections has no row), and the row sums their requests; so every row of one
connection count offers the same load. Rows are measured in alternating rounds so a drift in the
machine's speed falls on every row alike. Each row: requests per second over all rounds, the
highest per-replica p50/p99 of wrk's histograms, non-2xx answers; then each PostgreSQL row against
the goals (one replica at >= 0.7 of the SQLite mock's rate, no replica's p99 above 3x one
replica's).

On two cores more replicas cannot add throughput (the replicas, PostgreSQL and wrk share them);
the rows show what a replica costs and that no replica's p99 runs away.

``python -m tests.bench.replicas --seconds 6 --rounds 3 --connections 1 6``
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from mockserver.served import free_port
from tests.bench.mock import _wait, warm_up
from tests.bench.wrk import Row, _script, _task_id, wrk


@dataclass(frozen=True)
class Setup:
    label: str
    ports: tuple[int, ...]


@contextlib.contextmanager
def serving(db: str, env: dict[str, str]) -> Iterator[int]:
    """One mock process (one worker, four threads) on ``db`` until the block ends."""
    port = free_port()
    command = [
        sys.executable, "-m", "mockserver.cli", "serve", "--quiet", "--db", db,
        "--port", str(port), "--workers", "1", "--threads", "4",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, **env},
    )  # fmt: skip
    try:
        _wait(port, process)
        warm_up(port, {"prompt": "warm up", "n": 1})
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)


def measure(setup: Setup, folder: Path, connections: int, seconds: float) -> tuple[int, ...]:
    """One round of the mix load against every replica of a setup at once, summed."""
    each = connections // len(setup.ports)
    scripts = [_script(folder / str(port), "mix", _task_id(port)) for port in setup.ports]
    with ThreadPoolExecutor(len(setup.ports)) as pool:
        results = list(
            pool.map(lambda n: wrk(setup.ports[n], scripts[n], each, seconds), range(len(scripts)))
        )
    requests = sum(r[0] for r in results)
    micros = max(r[1] for r in results)
    return (
        requests,
        micros,
        max(r[2] for r in results),
        max(r[3] for r in results),
        sum(r[4] for r in results),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.replicas", description=__doc__)
    parser.add_argument("--seconds", type=float, default=6.0, help="per row, over all rounds")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 6])
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args(argv)
    from tests.postgres_server import start_server

    try:
        server = start_server()
    except BaseException as exc:  # pytest's skip outside pytest: no server on this machine
        print(f"replica rows skipped: {exc}")
        return 0
    env = {"KLING_JOURNAL": "true", "KLING_LOG_REQUESTS": "false"}
    try:
        with (
            tempfile.TemporaryDirectory(prefix="kling-replicas-") as tmp,
            contextlib.ExitStack() as stack,
        ):
            folder = Path(tmp)
            setups = [Setup("sqlite mock, 1 process", (stack.enter_context(
                serving(str(folder / "state.sqlite3"), env)),))]  # fmt: skip
            for count in args.replicas:
                url = server.fresh_database(f"bench_{count}")
                ports = tuple(stack.enter_context(serving(url, env)) for _ in range(count))
                setups.append(Setup(f"postgresql, {count} replica{'s' * (count > 1)}", ports))
            for setup in setups:
                for port in setup.ports:
                    (folder / str(port)).mkdir()
            print(
                f"wrk mix (create, then GET of it), {args.seconds:g} s per row in {args.rounds}"
                f" alternating rounds; one worker of 4 threads per process; {os.cpu_count()} CPUs"
                " shared by wrk, the mocks and PostgreSQL"
            )
            print(f"{'target':<34} {'load':<7} {'conns':>5} {'req/s':>9} {'p50 ms':>8} "
                  f"{'p99 ms':>8} {'non-2xx':>7}")  # fmt: skip
            for connections in args.connections:
                active = [s for s in setups if len(s.ports) <= connections]
                rows = {s.label: Row(s.label, "mix", connections) for s in active}
                for _ in range(max(1, args.rounds)):
                    for setup in active:
                        rows[setup.label].add(
                            *measure(setup, folder, connections, args.seconds / args.rounds)
                        )
                for row in rows.values():
                    print(row.line(), flush=True)
                base, one = rows[setups[0].label], rows[setups[1].label]
                for setup in active[1:]:
                    row = rows[setup.label]
                    print(
                        f"  {setup.label} at {connections}: {row.rate / base.rate:.2f} of the"
                        f" sqlite mock; p99 {row.p99_ms:.2f} ms, {row.p99_ms / one.p99_ms:.1f}x"
                        " one replica's"
                    )
    finally:
        server.stop("immediate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
