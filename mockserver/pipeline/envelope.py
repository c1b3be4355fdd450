"""The Kling response envelope: ``{code, message, request_id, data}`` for success and failure alike.

An answer is a plain value (``Answer``) until the HTTP layer writes it, once, as JSON; the
business code and message stay on it, so the journal and the other observers read them from the
answer instead of parsing the body back.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field
from typing import Any

from mockserver.core.errors import KlingError

SUCCESS_MESSAGE = "SUCCEED"
JSON = "application/json"


_ids: tuple[int, random.Random] = (-1, random.Random())
_RANDOM_BITS = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_VERSION_4 = (0x4000 << 64) | (0x8000 << 48)


def new_request_id() -> str:
    """A random (version 4) UUID. Not ``uuid.uuid4()``: its ``os.urandom`` call cost 200 us a
    request on a busy machine, and a request id needs to be unique, not secret. Each process
    seeds its own generator from the system's randomness (a forked worker never repeats its
    parent's ids)."""
    global _ids
    pid, rng = _ids
    if pid != os.getpid():
        rng = random.Random(os.urandom(32))
        _ids = (os.getpid(), rng)
    # the version (4) and variant (10xx) bits set as uuid.UUID(version=4) sets them, written
    # out directly: uuid.UUID's checks cost more than the random bits
    bits = rng.getrandbits(128) & _RANDOM_BITS | _VERSION_4
    text = f"{bits:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass
class Answer:
    """What a request is answered: the HTTP status, the business code and message, the JSON value
    to send (``payload``) or bytes passed on as they came (``raw``: proxy, replay), headers."""

    status: int
    code: int | None
    message: str = ""
    payload: Any = None
    raw: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    mimetype: str = JSON

    def body(self) -> bytes:
        """The bytes sent: the payload rendered once as compact JSON, or the raw bytes."""
        if self.raw is not None:
            return self.raw
        return json.dumps(self.payload, separators=(",", ":"), ensure_ascii=False).encode()


def success(request_id: str, data: Any) -> Answer:
    """A 200 answer carrying ``data`` under business code 0."""
    payload = {"code": 0, "message": SUCCESS_MESSAGE, "request_id": request_id, "data": data}
    return Answer(200, 0, SUCCESS_MESSAGE, payload)


def failure(request_id: str, error: KlingError) -> Answer:
    """An error answer; ``data`` is left out, as the API does."""
    payload = {"code": error.code, "message": error.message, "request_id": request_id}
    return Answer(error.status, error.code, error.message, payload, headers=dict(error.headers))


def document(value: Any, status: int = 200) -> Answer:
    """A JSON document outside the envelope (the admin API's answers)."""
    return Answer(status, None, payload=value)
