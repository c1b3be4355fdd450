"""The schema as main wrote it before versions existed (issue 24): the repositories' tables.

Nothing to run: the repositories create their tables (``Database.install``); a file written then
is stamped with this revision and upgraded from here.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass
