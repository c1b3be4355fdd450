"""The state schema's versions, as Alembic migrations for SQLite and PostgreSQL alike.

``upgrade`` runs on start (``Store``, and once in ``kling-mock serve`` before the workers fork):
a database with no version yet is brought to the head (a SQLite file written before versions
existed is stamped with the baseline first, its rows kept); a database whose version this release
does not know was written by a newer kling-mock and is refused (``SchemaTooNew``: one line, exit 2
from the CLI). Tables still come from their repositories (``Database.install``, idempotent); a
revision here changes what already exists, or adds what a repository cannot create itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from ..contract import SchemaTooNew, is_postgres_url, redacted

__all__ = ["SchemaTooNew", "upgrade"]
log = logging.getLogger("kling_mock")
HERE = Path(__file__).parent
#: The revision of the schema every database written by main before versions existed has.
BASELINE = "0001"
#: Migrations of one PostgreSQL database never run in two replicas at once.
MIGRATION_LOCK = 0x4B4C4D47  # "KLMG"


def script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    return ScriptDirectory.from_config(config)


def engine_url(path: str) -> str:
    """The SQLAlchemy URL of a ``--db`` value (a SQLite file or a postgresql:// URL)."""
    if is_postgres_url(path):
        return "postgresql+psycopg://" + path.split("://", 1)[1]
    return f"sqlite:///{Path(path).resolve()}"


def head() -> str:
    found = script().get_current_head()
    assert found is not None
    return found


def current(path: str) -> str | None:
    """The schema revision the database holds (None: no version yet)."""
    engine = create_engine(engine_url(path), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def upgrade(path: str) -> None:
    """Bring the database at ``path`` to this release's schema, or raise SchemaTooNew."""
    scripts = script()
    engine = create_engine(engine_url(path), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            _upgrade(conn, scripts, path)
    finally:
        engine.dispose()


def _upgrade(conn: Connection, scripts: ScriptDirectory, path: str) -> None:
    context = MigrationContext.configure(conn)
    revision = context.get_current_revision()
    if revision is not None and revision not in {rev.revision for rev in scripts.walk_revisions()}:
        raise SchemaTooNew(
            f"the state database {_shown(path)} has schema revision {revision}, newer than this "
            f"kling-mock knows ({scripts.get_current_head()}): upgrade kling-mock, or use another"
            " --db"
        )
    if revision is None and inspect(conn).has_table("tasks"):
        context.stamp(scripts, BASELINE)  # written by main before the schema had versions
        revision = BASELINE
    target = scripts.get_current_head()
    if revision == target:
        return
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = conn
    from alembic import command

    command.upgrade(config, "head")
    log.info("state database %s upgraded from %s to %s", _shown(path), revision, target)


def _shown(path: str) -> str:
    return redacted(path)
