"""Which change number each replica process has seen, so an admin change can wait for them all.

Each process on PostgreSQL keeps the change number current through ``LISTEN`` (a listener thread,
``storage.listener``) instead of reading it at every request, and writes here the number it has
seen, with the database's time. An admin change returns once every process seen lately holds its
number: the next request any replica serves is under it.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.create_table(
        "change_listeners",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("number", sa.BigInteger, nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
