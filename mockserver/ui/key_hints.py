"""Which key an account digest stands for, as far as a page may say.

An account of a gateway key is ``key:`` + a digest of the key, and an account of a JWT the mock
cannot verify is ``ak:`` + a digest of its AccessKey (``core.accounts``): nobody recognises
their own key in that. The dashboard shows next to it the last four characters of the key (or of
the AccessKey) as it was typed, like a bank card's: enough for the person who typed it, of no use
to anyone else. Only a credential of at least ``MIN_LENGTH`` characters gets a hint (twelve or
more stay hidden); a shorter one is shown as a short key, since four characters of it would give
away too much. Nothing else of a credential is kept.

The hint is learnt from the first request an account makes (read from the finished exchange by
the dashboard's observer, off the request path) and kept in a table of its own, one row per
account, so every worker shows it; a reset forgets it with the account's tasks. Each worker
remembers which accounts it has written since the store last changed, so an account's later
requests write nothing.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import jwt

from mockserver.core import accounts
from mockserver.core.state import MockState
from mockserver.pipeline.exchange import Exchange
from mockserver.security.jwt_auth import looks_like_jwt

from ..storage.database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS ui_key_hints (
    account TEXT PRIMARY KEY,
    hint TEXT NOT NULL
);
"""
EXTENSION = "kling_mock.key_hints"
MIN_LENGTH = 16
SHOWN = 4
MAX_REMEMBERED = 10_000  # accounts a worker remembers having written (then it starts over)


def hint_of(credential: str) -> str:
    """The last ``SHOWN`` characters of a long enough credential, else ""."""
    return "…" + credential[-SHOWN:] if len(credential) >= MIN_LENGTH else ""


def _credential(state: MockState, authorization: str, account: str) -> tuple[str, str] | None:
    """What the account was made from (its kind and the typed text), when ``authorization``
    is what names ``account``."""
    token = authorization.partition(" ")[2].strip()
    if not token:
        return None
    if not looks_like_jwt(token):
        named = accounts.of_key(state.settings.key_accounts, token)
        return ("key", token) if named == account else None
    try:
        issuer: Any = jwt.decode(token, options={"verify_signature": False}).get("iss")
    except jwt.InvalidTokenError:
        return None
    if isinstance(issuer, str) and accounts.of_jwt(issuer, verified=False) == account:
        return "AccessKey", issuer
    return None


class KeyHints:
    """The hints of the accounts seen so far, shared by every worker through the database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        db.install(SCHEMA, ("ui_key_hints",))
        self._written: dict[str, int] = {}  # account -> the store's change number then

    def remember(self, state: MockState, ex: Exchange) -> None:
        """Keep the hint of the account this exchange was made by, the first time it is seen."""
        account = ex.call.owner
        if not account.startswith(accounts.RESERVED_PREFIXES):
            return  # a configured name or a verified AccessKey: shown as it is
        try:
            generation = self.db.generation()  # moves on a reset: the row may be gone
            if self._written.get(account) != generation:
                self._write(state, ex, account)
                if len(self._written) >= MAX_REMEMBERED:
                    self._written.clear()
                self._written[account] = generation
        except sqlite3.Error:  # storage at fault (it says so on /__mock/health): a hint can wait
            return

    def _write(self, state: MockState, ex: Exchange, account: str) -> None:
        authorization = next(
            (value for name, value in ex.request_headers if name.lower() == "authorization"), ""
        )
        found = _credential(state, authorization, account)
        if found is None:
            return
        kind, credential = found
        shown = f"{kind} {hint_of(credential)}" if hint_of(credential) else f"short {kind}"
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO ui_key_hints VALUES (?, ?) ON CONFLICT(account) DO NOTHING",
                (account, shown),
            )

    def of(self, owners: list[str]) -> dict[str, str]:
        """What the page shows beside each account: ``key …a1b2``, ``short key``,
        ``AccessKey …c3d4`` (accounts with nothing known are left out)."""
        with self.db.reading() as conn:
            rows = conn.execute("SELECT account, hint FROM ui_key_hints").fetchall()
        wanted = set(owners)
        return {account: hint for account, hint in rows if account in wanted}
