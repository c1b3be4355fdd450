"""One request and everything the pipeline found out about it, in one value.

The HTTP layer makes an ``Exchange`` when a request arrives (``begin``), the stages fill it in
(``mockserver.pipeline.stages``), the HTTP layer writes its answer, and the observers read the
finished exchange. No stage keeps a per-request fact anywhere else (no ``flask.g``, no WSGI
environ keys), and nothing works out again what an earlier stage already knew.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from mockserver.core.call import Call
from mockserver.core.fault_plan import FaultPlan
from mockserver.core.spec_index import Operation
from mockserver.domain.handled import Handled
from mockserver.pipeline.envelope import Answer, new_request_id
from mockserver.security import redaction
from spec.engine.leniency import Deviation


@dataclass
class Exchange:
    call: Call
    operation: Operation | None
    """The API operation the request was routed to (None: admin, assets, dashboard, no route)."""
    url_bytes: int
    """Bytes of the request target as sent (path and query)."""
    target: str = ""
    """The path and query string as sent."""
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    """The request's headers as sent (names in their own case, repeats kept)."""
    unread_bytes: int | None = None
    """The size of a body refused unread (over the size limit), None when it was read."""
    request_id: str = field(default_factory=new_request_id)
    started: float = field(default_factory=time.perf_counter)
    at_ms: int = field(default_factory=lambda: time.time_ns() // 1_000_000)
    plan: FaultPlan | None = None
    """The fault plan read for this request (once), whether or not it applies to its path."""
    quirks: frozenset[str] = frozenset()
    has_body: bool = False
    body: Any = None
    """The parsed body (after leniency), once the parse stage ran."""
    mode: str | None = None
    """``strict`` or ``lenient`` once the body was read in this request's mode."""
    warnings: list[Deviation] = field(default_factory=list)
    outcome: Handled | None = None
    """The handler's answer before projection."""
    answer: Answer | None = None
    # written by the HTTP layer once the answer is sent
    status: int = 0
    sent: bytes = b""
    sent_headers: list[tuple[str, str]] = field(default_factory=list)
    elapsed_ms: float = 0.0
    clock_ms: int = -1
    """The mock clock as the request read it (what the observers date it by; -1: not read)."""
    stamp: int = 0
    """The store's change number when the answer was written (``storage.database.reset``)."""

    @property
    def code(self) -> int | None:
        """The business code of the answer (None: no Kling answer, e.g. an admin document)."""
        return self.answer.code if self.answer is not None else None

    @property
    def message(self) -> str:
        return self.answer.message if self.answer is not None else ""

    @property
    def owner(self) -> str:
        return self.call.owner

    @cached_property
    def secrets(self) -> list[str]:
        """The credentials the request carried (``security.redaction``), worked out once for
        every observer that writes the request down."""
        return redaction.secrets_for(self.request_headers, self.target)

    def finish(self, status: int, sent: bytes, headers: list[tuple[str, str]]) -> None:
        """Record what was sent (the HTTP layer, once)."""
        self.status, self.sent, self.sent_headers = status, sent, headers
        self.elapsed_ms = (time.perf_counter() - self.started) * 1000
