"""What the mock stores never reaches the database server's log.

PostgreSQL logs the text of a statement it refuses (``log_min_error_statement``, ``error`` by
default). The values of the mock's statements travel as bound parameters, outside that text, so a
refused write (an external id used twice, which a client can cause at will) logs the statement
with ``$1`` and no request body, callback address or account.
"""

from __future__ import annotations

import secrets
from contextlib import nullcontext

import pytest

from mockserver.core.store import DuplicateExternalId, Store, TaskRecord
from tests.postgres_server import PostgresServer, emptied


def test_a_refused_write_logs_no_value_of_the_request(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    marker = f"secret-{secrets.token_hex(8)}"
    store = Store(emptied(postgres_url))
    try:
        for seq in (1, 2):
            record = TaskRecord(
                seq, f"t{seq}", "acct", "op", "same-external-id", 1_000,
                {"prompt": marker, "callback_url": f"https://hooks.example/{marker}"}, {},
            )  # fmt: skip
            with pytest.raises(DuplicateExternalId) if seq == 2 else nullcontext():
                with store.db.transaction() as conn:
                    store.tasks.insert(conn, record)
    finally:
        store.close()
    log = (postgres_server.folder / "server.log").read_text(encoding="utf-8", errors="replace")
    assert 'violates unique constraint "tasks_external"' in log  # the refusal was logged
    assert marker not in log
