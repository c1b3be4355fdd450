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

from mockserver.validation import strict_json

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


class RecordingError(ValueError):
    """A recording file cannot be replayed; the message names the file and why."""


_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def _checked(interaction: Interaction) -> Interaction:
    """An interaction whose answer can be sent as recorded (status, header names and values)."""
    if not 100 <= interaction.status <= 599:
        raise ValueError(f"status {interaction.status} is not an HTTP status")
    for name, value in interaction.response_headers.items():
        if not _TOKEN.match(name):
            raise ValueError(f"header name {name!r} is not an HTTP token")
        if any(ch in value for ch in "\r\n\0"):
            raise ValueError(f"header {name} holds a line break or NUL")
    return interaction


def load(directory: Path) -> list[Interaction]:
    """Every interaction of a recording directory, in file-name order; RecordingError naming the
    first file that is not a recording the mock can replay."""
    found = []
    for path in sorted(directory.glob("*" + SUFFIX)):
        try:
            raw = strict_json.parse(path.read_bytes())
            found.append(_checked(Interaction.from_json(raw)))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            if isinstance(exc, KeyError):
                reason = f"not a recording (no {exc} field)"
            elif isinstance(exc, TypeError | AttributeError):
                reason = f"not a recording ({exc})"
            else:
                reason = str(exc)
            raise RecordingError(f"{path}: {reason}") from None
    return found
