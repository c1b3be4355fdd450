"""What a handler knows about the request it answers, read from Flask once by the HTTP layer.

Every layer under the HTTP layer takes a ``Call`` instead of reaching for Flask's ``request`` or
``g``, so it can be driven without a request context and says in its signature what it uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from mockserver.core.fault_plan import FaultPlan, HeaderFaults

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
    method: str = "GET"
    raw: bytes = b""
    """The body as sent (read once, when the call is read)."""
    mimetype: str = ""
    content_type: str = ""
    query: tuple[tuple[str, str], ...] = ()
    """Every query argument as sent, repeated names kept (``args`` keeps the first)."""
    plan: FaultPlan | None = None
    """The fault plan when it applies to this call's path (read once per request)."""
    now_ms: int | None = None
    """The mock clock as the pipeline read it for this request, once (None: a call made outside
    the pipeline reads the clock itself, ``MockState.now``)."""

    @classmethod
    def of(
        cls,
        request: Request,
        path_args: Mapping[str, Any],
        headers: Iterable[tuple[str, str]] | None = None,
    ) -> Call:
        """The call as it arrives (no owner, checked body or fault header yet); ``headers``: the
        request's headers when the caller has listed them already (read once per request)."""
        query = tuple(request.args.items(multi=True))
        args: dict[str, str] = {}
        for name, value in query:  # the first of repeated names, as ``args`` keeps
            args.setdefault(name, value)
        return cls(
            host_url=f"{request.scheme}://{request.host}/",  # host_url without its IRI decoding
            path=request.path,
            args=args,
            query=query,
            headers={
                key.lower(): value
                for key, value in (request.headers.items() if headers is None else headers)
            },
            path_args=dict(path_args),
            method=request.method,
            raw=request.get_data(cache=True),
            mimetype=request.mimetype,
            content_type=request.content_type or "",
        )

    def accepted(self, owner: str, body: Any) -> Call:
        """The call once authenticated and validated."""
        return self.changed(owner=owner, body=body)

    def changed(self, **changes: Any) -> Call:
        """This call with ``changes`` to its fields: what ``dataclasses.replace`` makes, copied
        instead of built again through ``__init__`` (18 us a call measured; the pipeline makes
        three per request)."""
        unknown = changes.keys() - _FIELDS
        if unknown:
            raise TypeError(f"Call has no field {', '.join(sorted(unknown))}")
        made = object.__new__(Call)
        made.__dict__.update(self.__dict__, **changes)
        return made

    @property
    def query_items(self) -> tuple[tuple[str, str], ...]:
        """Every query argument as (name, value), repeats kept."""
        return self.query or tuple(self.args.items())

    def header(self, name: str) -> str:
        """A header's value, stripped ('' when absent); names are case-insensitive."""
        return self.headers.get(name.lower(), "").strip()

    def int_arg(self, name: str, default: int) -> int:
        """A numeric query argument, ``default`` when absent or not a number."""
        try:
            return int(self.args[name])
        except (KeyError, ValueError):
            return default


_FIELDS = frozenset(field.name for field in fields(Call))
