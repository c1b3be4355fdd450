"""Raw-response access: ``client.<resource>.with_raw_response.<method>(...)``.

A raw method runs the ordinary method inside a ``capture`` block and returns what the last HTTP
answer carried (status, headers, ``request_id``) next to the parsed result. The wrappers keep the
method's signature (``ParamSpec``), so the raw methods type-check exactly like the plain ones.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar

from ._http import Answer, capture

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """The last HTTP answer of a call and the parsed result."""

    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    parsed: T

    def parse(self) -> T:
        """The result the plain method returns."""
        return self.parsed


def _response(answers: list[Answer], parsed: T) -> RawResponse[T]:
    last = answers[-1] if answers else Answer(status=0, body=None, text="")
    return RawResponse(last.status, last.headers, last.request_id, parsed)


def raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """``method`` returning a ``RawResponse`` of its result."""

    @functools.wraps(method)
    def raw_method(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        with capture() as answers:
            parsed = method(*args, **kwargs)
        return _response(answers, parsed)

    return raw_method


def async_raw(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Coroutine[Any, Any, RawResponse[T]]]:
    """``raw`` for a coroutine method."""

    @functools.wraps(method)
    async def raw_method(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        with capture() as answers:
            parsed = await method(*args, **kwargs)
        return _response(answers, parsed)

    return raw_method
