"""The change number of the rarely written rows, as a row every replica reads.

SQLite keeps it in a file beside the database (``storage.generation``); replicas on PostgreSQL on
several hosts share no file, so the number is a row of this table (``storage.postgres``).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.create_table(
        "change_number",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("number", sa.BigInteger, nullable=False),
        sa.CheckConstraint("id = 1"),
    )
    op.execute("INSERT INTO change_number VALUES (1, 0)")
