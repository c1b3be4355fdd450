"""Account ids that no credential can name but the account's own.

Each kind of credential has its own namespace, so a value read off the admin API, the dashboard
or the billing ledger never works as a credential for someone else's account:

- a gateway (Bearer) key: the account KLING_API_KEYS names for it, else ``key:`` + a digest of
  the key. Knowing the digest does not give the key.
- a JWT whose signature the mock verified (KLING_ACCESS_KEYS configured): its AccessKey (``iss``)
  as configured. Knowing the AccessKey does not give the SecretKey.
- a JWT the mock cannot verify (no KLING_ACCESS_KEYS: open mode): ``ak:`` + a digest of ``iss``.
  The caller proves nothing but that it knows ``iss``, so that is what the account stands for:
  anyone who knows (or guesses) the same AccessKey shares the account, and nothing shown by the
  mock reveals it.

A JWT's account never starts with ``key:``, and a configured name may not take either prefix
(``mockserver.config`` refuses it), so a token cannot reach a key account however it is made.
"""

from __future__ import annotations

import functools
import hashlib

KEY_PREFIX = "key:"
UNVERIFIED_JWT_PREFIX = "ak:"
RESERVED_PREFIXES = (KEY_PREFIX, UNVERIFIED_JWT_PREFIX)


@functools.lru_cache(maxsize=1024)
def _digest(prefix: str, secret: str) -> str:
    """A credential's account as a one-way digest (asked again on every request of a key)."""
    return prefix + hashlib.sha256(secret.encode()).hexdigest()[:16]


def of_key(named: dict[str, str], key: str) -> str:
    """The account a gateway key belongs to: its configured name, else a digest of the key."""
    return named.get(key) or _digest(KEY_PREFIX, key)


def of_jwt(access_key: str, *, verified: bool) -> str:
    """The account of a JWT: its AccessKey when the signature was checked, else a digest of it."""
    return access_key if verified else _digest(UNVERIFIED_JWT_PREFIX, access_key)


def naming_conflict(key_accounts: dict[str, str], access_keys: dict[str, str]) -> str | None:
    """Why configured names would let one kind of credential reach another's account, or None."""
    for name in sorted({*key_accounts.values(), *access_keys}):
        if name.startswith(RESERVED_PREFIXES):
            return f"account name {name!r} may not start with {' or '.join(RESERVED_PREFIXES)}"
    shared = sorted(set(key_accounts.values()) & set(access_keys))
    if shared:
        return f"AccessKey {shared[0]!r} is also the account of a gateway key (KLING_API_KEYS)"
    return None
