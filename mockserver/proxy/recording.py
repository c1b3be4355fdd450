"""Recorded interactions: one readable JSON file per request the proxy forwarded.

A file holds the operation, when it happened (``offset_ms`` from the start of the recording), the
request (method, path, query, kept headers, body) and the answer (status, kept headers, body),
all through ``redact`` first: no credential is ever written, inline media is a reference. Names
are ``<sequence>-<operationId>.json`` and keys are sorted, so a session recorded again in the same
order gives the same files and a review shows only what changed.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import redact

SUFFIX = ".json"
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class Interaction:
    operation: str
    offset_ms: int
    method: str
    path: str
    query: Mapping[str, str]
    request_body: Any
    status: int
    response_headers: Mapping[str, str]
    response_body: Any

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "offset_ms": self.offset_ms,
            "request": {
                "method": self.method,
                "path": self.path,
                "query": dict(self.query),
                "body": self.request_body,
            },
            "response": {
                "status": self.status,
                "headers": dict(self.response_headers),
                "body": self.response_body,
            },
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Interaction:
        request, response = raw["request"], raw["response"]
        return cls(
            operation=str(raw["operation"]),
            offset_ms=int(raw["offset_ms"]),
            method=str(request["method"]),
            path=str(request["path"]),
            query={str(k): str(v) for k, v in (request.get("query") or {}).items()},
            request_body=request.get("body"),
            status=int(response["status"]),
            response_headers={str(k): str(v) for k, v in (response.get("headers") or {}).items()},
            response_body=response.get("body"),
        )


def body_of(content: bytes, content_type: str) -> Any:
    """A body as a recording keeps it: parsed JSON (scrubbed), text, or a media reference."""
    if not content:
        return None
    if "json" in content_type:
        try:
            return redact.scrub(json.loads(content))
        except (ValueError, RecursionError):  # kept as text below
            pass
    if content_type.startswith("text/") or "json" in content_type:
        return redact.scrub_text(content.decode("utf-8", "replace"))
    return redact.media_reference(content)


def monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class Recorder:
    """Writes interactions into a directory, numbered after the files already there."""

    def __init__(self, directory: Path, now_ms: Callable[[], int] | None = None) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self._lock = threading.Lock()
        self._next = len(list(directory.glob("*" + SUFFIX))) + 1
        self._now_ms = now_ms or monotonic_ms
        self._started_ms = self._now_ms()

    def offset_ms(self) -> int:
        """Milliseconds since the recording started, on the recorder's clock."""
        return self._now_ms() - self._started_ms

    def write(self, interaction: Interaction) -> Path:
        with self._lock:
            number = self._next
            self._next += 1
        name = f"{number:04d}-{_UNSAFE.sub('_', interaction.operation)}{SUFFIX}"
        path = self.directory / name
        text = json.dumps(interaction.to_json(), indent=2, sort_keys=True, ensure_ascii=False)
        path.write_text(text + "\n", encoding="utf-8")
        return path


def load(directory: Path) -> list[Interaction]:
    """Every interaction of a recording directory, in file-name order."""
    return [
        Interaction.from_json(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(directory.glob("*" + SUFFIX))
    ]
