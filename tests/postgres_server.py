"""A throwaway PostgreSQL server for the tests: one per test session, a fresh database per module.

The server is Debian's (``apt-get install postgresql``: /usr/lib/postgresql/<version>/bin, or
``KLING_PG_BIN``): initdb into a temporary folder, listening on 127.0.0.1 and a free port, with
fsync off (a crash of the test server loses nothing anyone needs), stopped when the session ends.
initdb refuses to run as root, so as root (CI's container) the server runs as the ``postgres``
user the package creates. Each module gets its own database, copied from a template that already
holds this release's schema (``CREATE DATABASE ... TEMPLATE``: milliseconds).

Without the binaries the tests that need the server are skipped with the reason, unless
``KLING_REQUIRE_POSTGRES=1`` (``.ci/run`` sets it): then a missing server is a failure.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from mockserver.served import free_port

TEMPLATE = "kling_template"
USER = "kling"
MISSING = (
    "PostgreSQL's server binaries were not found (apt-get install postgresql, or set KLING_PG_BIN"
    " to the folder of initdb and pg_ctl): the tests of the PostgreSQL backend are skipped"
)


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl (the newest Debian version, or KLING_PG_BIN)."""
    given = os.environ.get("KLING_PG_BIN")
    if given:
        return Path(given) if (Path(given) / "initdb").exists() else None
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(re.sub(r"\D", "", p.parent.parent.name) or 0),
    )
    return found[-1].parent if found else None


def required() -> bool:
    return os.environ.get("KLING_REQUIRE_POSTGRES") == "1"


@dataclass
class PostgresServer:
    folder: Path
    port: int
    bin: Path
    owner: str | None  # the user the server runs as (None: this process's user)

    def url(self, dbname: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.owner is not None:
            command = ["runuser", "-u", self.owner, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=300"
        )
        log = str(self.folder / "server.log")
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-o", options, "-l", log, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")

    def admin(self, sql: str) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def fresh_database(self, name: str) -> str:
        """A new database holding this release's empty schema; its URL."""
        safe = re.sub(r"\W", "_", name).lower()[:50]
        self.admin(f'DROP DATABASE IF EXISTS "{safe}" WITH (FORCE)')
        self.admin(f'CREATE DATABASE "{safe}" TEMPLATE {TEMPLATE}')
        return self.url(safe)


def start_server() -> PostgresServer:
    found = binaries()
    if found is None:
        if required():
            pytest.fail(
                MISSING.replace("are skipped", "are required here (KLING_REQUIRE_POSTGRES=1)")
            )
        pytest.skip(MISSING)
    folder = Path(tempfile.mkdtemp(prefix="kling-pg-"))
    owner = None
    if os.geteuid() == 0:  # initdb refuses root: the server runs as the package's user
        owner = "postgres"
        entry = pwd.getpwnam(owner)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(folder, free_port(), found, owner)
    server.run(
        "initdb", "-D", str(folder / "data"), "-U", USER, "--auth=trust", "--locale=C",
        "-E", "UTF8", "--no-sync",
    )  # fmt: skip
    server.start()
    server.admin(f"CREATE DATABASE {TEMPLATE}")
    from mockserver.storage import migrations

    migrations.upgrade(server.url(TEMPLATE))
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole test session (skipped when none can be started)."""
    server = start_server()
    try:
        yield server
    finally:
        try:
            server.stop("immediate")
        finally:
            shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> str:
    """A fresh database of this test module on the session's server."""
    return postgres_server.fresh_database(f"m_{request.module.__name__.rsplit('.', 1)[-1]}")


def emptied(url: str) -> str:
    """The database at ``url`` with every table emptied (the schema's version kept)."""
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                " AND tablename NOT IN ('alembic_version', 'change_number')"
            )
        ]
        if tables:
            conn.execute(f"TRUNCATE {', '.join(tables)}")  # names read from the catalog
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def both_backends(request: pytest.FixtureRequest) -> str:
    """A KLING_DB for each backend: a fresh in-memory SQLite database, and the module's
    PostgreSQL database emptied (use as ``state_db = both_backends`` in a test module)."""
    if request.param == "sqlite":
        return ":memory:"
    return emptied(request.getfixturevalue("postgres_url"))
