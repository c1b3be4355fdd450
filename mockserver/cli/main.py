"""``kling-mock serve``: the mock on a production WSGI server; ``kling-mock coverage``: what the
traffic exercised; ``kling-mock proxy`` and ``kling-mock drift``: the mock in front of the real API
(``mockserver.proxy``).

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
import errno
import json
import logging
import os
import socket
import sqlite3
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

import requests
from flask import Flask
from gunicorn.app.base import BaseApplication

from mockserver.cli import fail_under
from mockserver.cli import tls as tls_cli
from mockserver.cli.spec_reload import SpecReload
from mockserver.core.bounds import MAX_SPEED, PORTS, within
from mockserver.core.clock import Clock
from mockserver.core.config import ConfigError, Settings, load_config
from mockserver.core.store import Store
from mockserver.http.app import create_app, settled, spec_objects
from mockserver.observers import coverage
from mockserver.proxy.drift import format_table as format_drift
from mockserver.proxy.forward import Upstream
from mockserver.proxy.recording import RecordingError
from mockserver.proxy.recording import load as load_recording
from mockserver.security import admin_cli
from mockserver.storage.contract import SchemaTooNew, is_postgres_url, redacted
from mockserver.storage.coverage import read_counts

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
    """How every server of ours runs: gthread workers that answer gunicorn's own refusals in the
    Kling envelope (``mockserver.http.worker``), no access log (we log our own line). The request
    line limit is gunicorn's highest (8,190 bytes), above the app's URL limit (``request_limits``),
    so the app answers an over-long URL itself, journaled and logged like any request."""
    return {
        "bind": f"{host}:{port}",
        "workers": max(1, workers),
        "worker_class": "mockserver.http.worker.EnvelopeWorker",
        "limit_request_line": 8190,
        "limit_request_field_size": 8190,
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


DESCRIPTION = (
    "The offline twin of the Kling API. 'serve' runs the mock over HTTP (--replay DIR: answer from "
    "a recording); 'proxy' forwards to the real API and records where it leaves spec/, which "
    "'drift' prints; 'coverage' reports which operations and business codes the traffic exercised."
)


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (the message and where to find help) and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}; see {self.prog} --help\n")


def _version() -> str:
    try:
        return metadata.version("kling-contract")
    except metadata.PackageNotFoundError:
        return "unknown"


def _whole(low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number in [low, high]."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low or (high is not None and value > high):
            shown = f"{low}..{high}" if high is not None else f">= {low}"
            raise argparse.ArgumentTypeError(f"{value} is out of range ({shown})")
        return value

    return parse


def _number(low: float, high: float) -> Callable[[str], float]:
    """An argparse type: a finite number in [low, high]."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not within(value, low, high):
            raise argparse.ArgumentTypeError(f"{text} is out of range ({low:g}..{high:g})")
        return value

    return parse


def parser() -> argparse.ArgumentParser:
    root = OneLineParser(prog="kling-mock", description=DESCRIPTION)
    root.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser(
        "serve", help="serve the mock over HTTP", description="Serve the mock over HTTP (gunicorn)."
    )
    serve.add_argument(
        "--host", default=DEFAULT_HOST, help="address to bind (default: %(default)s)"
    )
    serve.add_argument(
        "--port", type=_whole(*PORTS), default=DEFAULT_PORT, help="TCP port (default: %(default)s)"
    )
    serve.add_argument(
        "--db",
        help="SQLite file (':memory:' for a throwaway, single-worker mock), or a PostgreSQL URL "
        "postgresql://user@host:port/dbname shared by several replicas (KLING_DB)",
    )
    serve.add_argument(
        "--speed",
        type=_number(0, MAX_SPEED),
        help=f"mock seconds per real second, 0..{MAX_SPEED:g} (default 1)",
    )
    serve.add_argument("--frozen", action="store_true", help="start with the clock frozen")
    serve.add_argument("--seed", type=int, help="seed of task ids and outcomes (default 0)")
    serve.add_argument("--config", help="YAML, JSON or TOML file of KLING_* keys")
    serve.add_argument(
        "--workers",
        type=_whole(1),
        default=None,
        help=f"worker processes (default: one per core, {os.cpu_count() or 1} here; "
        "one with --db :memory:)",
    )
    serve.add_argument(
        "--threads", type=_whole(1), default=4, help="threads per worker (default: %(default)s)"
    )
    serve.add_argument("--quiet", action="store_true", help="no per-request log lines")
    serve.add_argument(
        "--reload",
        action="store_true",
        help="serve a changed spec/ (KLING_SPEC_DIR) without a restart: the workers restart, "
        "tasks and the clock are kept, a spec that does not load is logged and the last good one "
        "served; needs a --db file",
    )
    serve.add_argument(
        "--strict",
        action="store_true",
        help="refuse (1201) what Kling ignores or coerces: null optionals, unknown fields, ...",
    )
    serve.add_argument(
        "--replay",
        metavar="DIR",
        help="answer requests that match a recording in DIR (kling-mock proxy --record) from it; "
        "simulate the rest",
    )
    tls_cli.add_serve_arguments(serve)
    admin_cli.add_arguments(serve)
    add_proxy_commands(commands)
    report = commands.add_parser(
        "coverage",
        help="print which operations and business codes the traffic exercised",
        description="Print which operations and business codes the traffic exercised.",
    )
    source = report.add_mutually_exclusive_group()
    source.add_argument(
        "--url",
        default=f"http://{DEFAULT_HOST}:{DEFAULT_PORT}",
        help="a running mock (default: %(default)s)",
    )
    source.add_argument(
        "--db",
        help="read a mock's database directly instead (a SQLite file or a postgresql:// URL)",
    )
    report.add_argument("--missing", action="store_true", help="only what was never exercised")
    report.add_argument("--json", action="store_true", help="the raw report as JSON")
    report.add_argument(
        "--fail-under",
        type=_number(0, 100),
        metavar="PERCENT",
        help="exit 1 when less than PERCENT %% of --of were exercised (for CI)",
    )
    report.add_argument(
        "--of",
        choices=fail_under.KINDS,
        default="operations",
        help="what --fail-under counts: spec operations or business codes (default: %(default)s)",
    )
    tls_cli.add_ca_command(commands)
    return root


def add_proxy_commands(commands: Any) -> None:
    """``proxy`` (forward to the real API, judge, record) and ``drift`` (what it found)."""
    proxy = commands.add_parser(
        "proxy",
        help="forward every request to the real API and report where it differs from spec/",
        description="Forward every request to --upstream, judge request and answer against "
        "spec/ (GET /__mock/drift), optionally record each interaction into --record DIR.",
    )
    proxy.add_argument("--upstream", required=True, type=_upstream_url, help="the real API's URL")
    proxy.add_argument(
        "--host", default=DEFAULT_HOST, help="address to bind (default: %(default)s)"
    )
    proxy.add_argument(
        "--port", type=_whole(*PORTS), default=DEFAULT_PORT, help="TCP port (default: %(default)s)"
    )
    proxy.add_argument(
        "--record", metavar="DIR", help="write one JSON file per interaction into DIR"
    )
    proxy.add_argument(
        "--timeout", type=_number(1, 600), default=120.0, help="upstream timeout in seconds"
    )
    proxy.add_argument("--quiet", action="store_true", help="no per-request log lines")
    admin_cli.add_arguments(proxy)
    drift = commands.add_parser(
        "drift",
        help="print where the upstream's answers differed from spec/ (from a running proxy)",
        description="Print the drift a running proxy saw: operation, field, rule, count, first "
        "and last seen, under the number of answers checked. Exit 1 when there is any (for CI), "
        "0 when none, 2 when no proxy answers or it has checked no answer yet.",
    )
    drift.add_argument(
        "--url",
        default=f"http://{DEFAULT_HOST}:{DEFAULT_PORT}",
        help="a running kling-mock proxy (default: %(default)s)",
    )
    drift.add_argument("--json", action="store_true", help="the entries as JSON")


def _upstream_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"{text!r} is not an http(s):// URL")
    return text.rstrip("/")


def overrides_from(args: argparse.Namespace) -> dict[str, Any]:
    """Only the options given on the command line; everything else comes from the layers."""
    given = {
        "KLING_DB": args.db,
        "KLING_SPEED": args.speed,
        "KLING_SEED": args.seed,
        "KLING_CONFIG": args.config,
        "KLING_CLOCK_FROZEN": True if args.frozen else None,
        "KLING_LOG_REQUESTS": False if args.quiet else None,
        "KLING_RELOAD": True if args.reload else None,
        "KLING_STRICT": True if args.strict else None,
        **tls_cli.serve_overrides(args),
        **admin_cli.overrides(args),
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


def worker_count(asked: int | None, db: str) -> int:
    """One per core unless asked; an in-memory store lives in one process, so it has one worker
    (asking for more is refused rather than quietly ignored)."""
    if db == ":memory:":
        if asked is not None and asked > 1:
            raise ConfigError(
                f"--db :memory: keeps the state in one process, so it cannot be served by "
                f"{asked} workers: give --db a file, or --workers 1"
            )
        return 1
    return asked if asked is not None else os.cpu_count() or 1


def ensure_free(host: str, port: int) -> None:
    """Refuse a port another program holds, in one line, before gunicorn tries (and retries,
    logging each try) to bind it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(
                    f"{host}:{port} is already in use (another kling-mock?): stop it, or "
                    "choose another port with --port"
                ) from None
            raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def serve(args: argparse.Namespace) -> int:
    overrides = overrides_from(args)
    replay = Path(args.replay) if args.replay else None
    if replay is not None and not replay.is_dir():
        raise ConfigError(f"--replay {replay}: no such directory")
    recorded = 0
    if replay is not None:
        try:
            recorded = len(load_recording(replay))  # in the master: a bad file is one line
        except RecordingError as exc:
            raise ConfigError(f"--replay: {exc}") from None
        if not recorded:
            raise ConfigError(
                f"--replay {replay}: no recorded interaction in it (record one with "
                f"`kling-mock proxy --upstream URL --record {replay}`)"
            )
    settings = prepare_clock(overrides)
    workers = worker_count(args.workers, settings.db)
    ensure_free(args.host, args.port)
    admin_cli.check_exposure(args, settings, "serve")
    overrides["KLING_ALLOWED_HOSTS"] = admin_cli.allowed_hosts(args, settings)
    reload = SpecReload.start(settings) if settings.reload else None
    options = gunicorn_options(args.host, args.port, workers, args.threads)
    options.update(tls_cli.server_options(settings, args.host))
    options.update(reload.gunicorn_options() if reload else {})
    base = f"{settings.tls.scheme}://{_url_host(args.host)}:{args.port}"
    print(
        f"kling-mock: {base} (official) and {base}/kling; dashboard {base}/__mock/ui; "
        f"db={redacted(settings.db)} workers={workers}"
        + (f"; reloading on changes to {settings.spec_dir}" if reload else "")
        + (f"; replaying {recorded} recorded interactions from {replay}" if replay else "")
        + admin_cli.login_hint(settings, f"{settings.tls.scheme}://{args.host}:{args.port}"),
        file=sys.stderr,
        flush=True,
    )
    configure_logging()

    def factory() -> Flask:
        configure_logging()
        return settled(create_app(overrides, spec=reload.good if reload else None, replay=replay))

    GunicornServer(factory, options).run()
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class ReportError(Exception):
    """The coverage report cannot be read (no mock at --url, a --db that is not a mock's); the
    message says why, in one line. Exit 2, never the 1 that means "coverage too low"."""


def _counts_from_file(db: str) -> list[tuple[str, int, int, int]]:
    """The coverage counts of a mock's SQLite file, read-only (a missing file is an error, never
    created)."""
    path = Path(db)
    if not path.is_file():
        raise ReportError(f"no database at {db}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return read_counts(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ReportError(f"{db} is not a kling-mock database ({exc})") from None


def _counts_from_server(url: str) -> list[tuple[str, int, int, int]]:
    """The coverage counts every replica wrote to a PostgreSQL database, read as they stand (the
    schema is left as it is: migrating is the replicas' job)."""
    import psycopg  # only a PostgreSQL --db needs the driver

    from mockserver.storage.postgres import PostgresDatabase

    db = PostgresDatabase(url, pool_size=1)
    try:
        with db.reading() as conn:
            return read_counts(conn)
    except (sqlite3.Error, psycopg.Error) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ReportError(
            f"{redacted(url)} cannot be read as a kling-mock database ({reason})"
        ) from None
    finally:
        db.close()


def coverage_report(args: argparse.Namespace) -> dict[str, Any]:
    """The coverage report, from a running mock's admin API or straight from its database (a
    SQLite file, or the PostgreSQL database replicas share)."""
    if args.db:
        read = _counts_from_server if is_postgres_url(args.db) else _counts_from_file
        rows = read(args.db)
        settings = Settings.from_config(load_config({"KLING_DB": args.db}))
        index, _ = spec_objects(settings.spec_dir)
        operations = [
            coverage.OperationInfo(op.operation_id, op.method, op.path)
            for op in index.operations.values()
        ]
        return coverage.report(rows, operations)
    session = requests.Session()
    session.trust_env = False
    return _admin_json(session, args.url, "coverage", ReportError, "kling-mock serve")


def _admin_json(
    session: requests.Session, url: str, route: str, error: type[Exception], serves: str
) -> dict[str, Any]:
    """``GET {url}/__mock/{route}`` as JSON, or ``error`` with one line saying what went wrong
    (``serves``: the command that would be answering there)."""
    target = f"{url.rstrip('/')}/__mock/{route}"
    try:
        answer = session.get(target, timeout=30)
    except requests.ConnectionError:
        raise error(
            f"nothing answers at {url} (is `{serves}` running there? --url names another)"
        ) from None
    except requests.RequestException as exc:
        raise error(f"{target}: {type(exc).__name__}") from None
    try:
        found = answer.json()
    except ValueError:
        found = None
    if answer.status_code != 200 or not isinstance(found, dict):
        said = found.get("message") if isinstance(found, dict) else None
        raise error(f"{target} answered HTTP {answer.status_code}" + (f": {said}" if said else ""))
    return found


def print_coverage(args: argparse.Namespace) -> int:
    """Print the report; 1 when it is under --fail-under, 2 when it cannot be read, else 0."""
    try:
        data = coverage_report(args)
    except (ReportError, ConfigError) as exc:
        print(f"kling-mock coverage: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print(coverage.format_report(data, missing_only=args.missing), end="")
    if args.fail_under is not None:
        short = fail_under.shortfall(data, args.of, args.fail_under)
        if short is not None:
            print(f"kling-mock coverage: {short}", file=sys.stderr)
            return 1
    return 0


def proxy(args: argparse.Namespace) -> int:
    """Serve the proxy: one worker (the drift sums live in its process), a throwaway store."""
    record = Path(args.record) if args.record else None
    overrides: dict[str, Any] = {
        "KLING_DB": ":memory:",
        "KLING_LOG_REQUESTS": False if args.quiet else None,
        **admin_cli.overrides(args),
    }
    settings = Settings.from_config(
        load_config({k: v for k, v in overrides.items() if v is not None})
    )  # a bad layer exits 2
    admin_cli.check_exposure(args, settings, "proxy")
    overrides["KLING_ALLOWED_HOSTS"] = admin_cli.allowed_hosts(args, settings)
    ensure_free(args.host, args.port)
    print(
        f"kling-mock proxy: http://{args.host}:{args.port} -> {args.upstream}"
        + (f"; recording into {record}" if record else "")
        + admin_cli.login_hint(settings, f"http://{args.host}:{args.port}"),
        file=sys.stderr,
        flush=True,
    )
    configure_logging()

    def factory() -> Flask:
        configure_logging()
        upstream = Upstream(args.upstream, record_dir=record, timeout_s=args.timeout)
        upstream.session.trust_env = False
        settings = {k: v for k, v in overrides.items() if v is not None}
        return settled(create_app(settings, upstream=upstream))

    GunicornServer(factory, gunicorn_options(args.host, args.port, 1, 8)).run()
    return 0


class DriftError(Exception):
    """The drift cannot be read, or rests on no answer at all; one line, exit 2."""


def print_drift(args: argparse.Namespace, session: requests.Session | None = None) -> int:
    """Print a running proxy's drift; 1 when there is any, 2 when no proxy answers or it has
    checked no answer yet (a "no drift" resting on nothing), else 0."""
    http = session or requests.Session()
    http.trust_env = session is not None and http.trust_env
    try:
        report = _admin_json(http, args.url, "drift", DriftError, "kling-mock proxy")
        entries = report.get("drift")
        checked = report.get("checked")
        if not isinstance(entries, list) or not isinstance(checked, int):
            raise DriftError(f"{args.url} is no kling-mock proxy (its /__mock/drift is not one)")
        if checked == 0:
            raise DriftError(
                f"the proxy at {args.url} has checked no answer yet: send requests through it first"
            )
    except DriftError as exc:
        print(f"kling-mock drift: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(entries, indent=2, sort_keys=True))
    else:
        print(format_drift(entries, checked), end="")
    return 1 if entries else 0


def main(argv: Sequence[str] | None = None, session: requests.Session | None = None) -> int:
    """The command line; ``session``: how ``drift`` reaches the proxy (tests pass one in)."""
    args = parser().parse_args(argv)
    if args.command == "coverage":
        return print_coverage(args)
    if args.command == "drift":
        return print_drift(args, session)
    if args.command == "proxy":
        try:
            return proxy(args)
        except (ConfigError, OSError) as exc:
            print(f"kling-mock proxy: error: {exc}", file=sys.stderr)
            return 2
    if args.command == "ca":
        return tls_cli.print_ca(args)
    try:
        return serve(args)
    except (ConfigError, OSError, sqlite3.Error, SchemaTooNew) as exc:
        print(f"kling-mock serve: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
