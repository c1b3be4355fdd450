"""What a handler knows about the request it answers, read from Flask once in the view.

Handlers and the code under them take a ``Call`` instead of reaching for Flask's ``request`` or
``g``, so they can be driven without a request context and say in their signature what they use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from mockserver.core.fault_plan import HEADER, HeaderFaults, parse_header

if TYPE_CHECKING:
    from flask import Request


@dataclass(frozen=True)
class Call:
    host_url: str
    path: str
    args: Mapping[str, str]
    headers: Mapping[str, str]
    path_args: Mapping[str, Any] = field(default_factory=dict)
    fault_header: HeaderFaults | None = None
    """The X-Mock-Fault header, parsed when the call is read (a bad one is 400/1201)."""
    body: Any = None
    owner: str = ""

    @classmethod
    def of(cls, request: Request, path_args: Mapping[str, Any]) -> Call:
        """The call as it arrives (no owner or checked body yet)."""
        fault = request.headers.get(HEADER, "").strip()
        return cls(
            host_url=request.host_url,
            path=request.path,
            args=dict(request.args.items()),
            headers={key.lower(): value for key, value in request.headers.items()},
            path_args=dict(path_args),
            fault_header=parse_header(fault) if fault else None,
        )

    def accepted(self, owner: str, body: Any) -> Call:
        """The call once authenticated and validated."""
        return replace(self, owner=owner, body=body)

    def header(self, name: str) -> str:
        """A header's value, stripped ('' when absent); names are case-insensitive."""
        return self.headers.get(name.lower(), "").strip()

    def int_arg(self, name: str, default: int) -> int:
        """A numeric query argument, ``default`` when absent or not a number."""
        try:
            return int(self.args[name])
        except (KeyError, ValueError):
            return default
