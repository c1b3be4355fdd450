"""What every attack class is judged by: no 5xx, no traceback, and a tally to report."""

from __future__ import annotations

from collections import Counter
from typing import Any

import jwt

TALLY: Counter[str] = Counter()
GENERATIONS = "/v1/images/generations"


def unsigned_jwt(iss: str, secret: str = "not-the-secret-at-all-0123456789ab") -> str:
    """A token anyone can make: right shape and times, signed with a secret of the forger's."""
    import time

    now = int(time.time())
    return jwt.encode({"iss": iss, "exp": now + 600, "nbf": now - 5}, secret, algorithm="HS256")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def judged(kind: str, status: int, body: bytes | str, degraded: bool = False) -> None:
    """Count one try of an attack class; fail on a 5xx or a traceback in the answer (``degraded``:
    the 503/5000 a storage fault is answered with is the designed answer, not a failure)."""
    text = body.decode(errors="replace") if isinstance(body, bytes) else body
    TALLY[kind] += 1
    designed = degraded and status == 503 and '"code":5000' in text
    assert status < 500 or designed, f"{kind}: {status} {text[:300]}"
    assert "Traceback" not in text, f"{kind}: a traceback in the answer"


def owners(client: Any) -> list[str]:
    return [task["owner"] for task in client.get("/__mock/tasks").json["tasks"]]
