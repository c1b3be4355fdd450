"""Which backend a ``--db`` value names, opened at this release's schema."""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError

from .contract import Database, StorageUnavailable, is_postgres_url, redacted
from .database import SqliteDatabase

log = logging.getLogger("kling_mock")


def open_database(path: str) -> Database:
    """The database at ``path``: a postgresql:// URL or a SQLite file (``:memory:``: a fresh
    in-memory one). A file or server database is migrated first (``storage.migrations``)."""
    if is_postgres_url(path):
        from . import migrations  # Alembic is imported only where a schema can be old
        from .postgres import PostgresDatabase

        try:
            migrations.upgrade(path)
        except DBAPIError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise StorageUnavailable(
                f"cannot use the database {redacted(path)}: {reason}"
            ) from None
        return PostgresDatabase(path)
    db = SqliteDatabase(path)  # makes the file's folder
    if not db.memory:
        from . import migrations

        try:
            migrations.upgrade(path)
        except (OSError, DBAPIError) as exc:  # the file cannot be used: its writes answer 503
            log.error("the state database %s cannot be migrated: %s", path, exc)
    return db
