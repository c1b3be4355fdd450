"""``kling-mock serve``: the mock on a production WSGI server; ``kling-mock coverage``: what the
traffic exercised.

Why gunicorn: it is a pre-fork server, so N worker processes answer in parallel on every core
(Python threads alone share one interpreter lock), and the mock is built for that: tasks, the clock
and the journal live in SQLite, so every worker gives the same answer. It is mature, pure Python
(nothing to compile), already a dependency, and its ``gthread`` workers keep HTTP connections
alive, which matters for clients that poll. (waitress is single-process, so one core; uWSGI needs
a compiler and a C toolchain.)

The clock is prepared once, in the master, before the workers start: ``--speed`` and ``--frozen``
change the shared clock; without them a restarted mock keeps the clock it had.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import requests
from flask import Flask
from gunicorn.app.base import BaseApplication

from . import coverage, tls_cli
from .app import create_app, spec_objects
from .clock import Clock
from .config import Settings, load_config
from .store import Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4010


class GunicornServer(BaseApplication):  # type: ignore[misc]
    """gunicorn running ``factory()`` in each worker (the app is built after the fork)."""

    def __init__(self, factory: Callable[[], Flask], options: dict[str, Any]) -> None:
        self.factory = factory
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self.factory()


def gunicorn_options(host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    """How every server of ours runs: gthread workers, no access log (we log our own line)."""
    return {
        "bind": f"{host}:{port}",
        "workers": max(1, workers),
        "worker_class": "gthread",
        "threads": max(1, threads),
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "timeout": 120,
        "keepalive": 5,
    }


def configure_logging() -> None:
    """The mock's one line per request, on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    logger = logging.getLogger("kling_mock")
    if not logger.handlers:
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="kling-mock", description=__doc__.splitlines()[0])
    commands = root.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the mock over HTTP")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--db", help="SQLite file (':memory:' for a throwaway, single-worker mock)")
    serve.add_argument("--speed", type=float, help="mock seconds per real second (default 1)")
    serve.add_argument("--frozen", action="store_true", help="start with the clock frozen")
    serve.add_argument("--seed", type=int, help="seed of task ids and outcomes (default 0)")
    serve.add_argument("--config", help="YAML, JSON or TOML file of KLING_* keys")
    serve.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    serve.add_argument("--threads", type=int, default=4, help="threads per worker (gthread)")
    serve.add_argument("--quiet", action="store_true", help="no per-request log lines")
    tls_cli.add_serve_arguments(serve)
    report = commands.add_parser(
        "coverage", help="print which operations and business codes the traffic exercised"
    )
    source = report.add_mutually_exclusive_group()
    source.add_argument(
        "--url",
        default=f"http://{DEFAULT_HOST}:{DEFAULT_PORT}",
        help="a running mock (default: %(default)s)",
    )
    source.add_argument("--db", help="read a mock's SQLite file directly instead")
    report.add_argument("--missing", action="store_true", help="only what was never exercised")
    report.add_argument("--json", action="store_true", help="the raw report as JSON")
    tls_cli.add_ca_command(commands)
    return root


def overrides_from(args: argparse.Namespace) -> dict[str, Any]:
    """Only the options given on the command line; everything else comes from the layers."""
    given = {
        "KLING_DB": args.db,
        "KLING_SPEED": args.speed,
        "KLING_SEED": args.seed,
        "KLING_CONFIG": args.config,
        "KLING_CLOCK_FROZEN": True if args.frozen else None,
        "KLING_LOG_REQUESTS": False if args.quiet else None,
        **tls_cli.serve_overrides(args),
    }
    return {key: value for key, value in given.items() if value is not None}


def prepare_clock(overrides: dict[str, Any]) -> Settings:
    """Apply --speed/--frozen to the shared clock once, before any worker starts."""
    settings = Settings.from_config(load_config(overrides))
    if settings.db == ":memory:":
        return settings
    store = Store(settings.db)
    clock = Clock(store)
    clock.ensure(settings.speed, settings.clock_frozen)
    speed = overrides.get("KLING_SPEED")
    frozen = True if overrides.get("KLING_CLOCK_FROZEN") else None
    if speed is not None or frozen is not None:
        clock.update(speed=speed, frozen=frozen)
    store.close()
    return settings


def serve(args: argparse.Namespace) -> int:
    overrides = overrides_from(args)
    settings = prepare_clock(overrides)
    workers = 1 if settings.db == ":memory:" else max(1, args.workers)
    options = gunicorn_options(args.host, args.port, workers, args.threads)
    options.update(tls_cli.server_options(settings, args.host))
    print(
        f"kling-mock: {settings.tls.scheme}://{args.host}:{args.port} (official) and /kling; "
        f"db={settings.db} workers={workers}",
        file=sys.stderr,
        flush=True,
    )

    def factory() -> Flask:
        configure_logging()
        return create_app(overrides)

    GunicornServer(factory, options).run()
    return 0


def coverage_report(args: argparse.Namespace) -> dict[str, Any]:
    """The coverage report, from a running mock's admin API or straight from its database."""
    if args.db:
        settings = Settings.from_config(load_config({"KLING_DB": args.db}))
        index, _ = spec_objects(settings.spec_dir)
        store = Store(args.db)
        try:
            rows = store.coverage_counts()
        finally:
            store.close()
        operations = [
            coverage.OperationInfo(op.operation_id, op.method, op.path)
            for op in index.operations.values()
        ]
        return coverage.report(rows, operations)
    session = requests.Session()
    session.trust_env = False
    answer = session.get(f"{args.url.rstrip('/')}/__mock/coverage", timeout=30)
    answer.raise_for_status()
    found: dict[str, Any] = answer.json()
    return found


def print_coverage(args: argparse.Namespace) -> int:
    try:
        data = coverage_report(args)
    except (requests.RequestException, OSError) as exc:
        print(f"kling-mock coverage: cannot read the report: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print(coverage.format_report(data, missing_only=args.missing), end="")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    if args.command == "coverage":
        return print_coverage(args)
    if args.command == "ca":
        return tls_cli.print_ca(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
