"""The errors kling_client raises, one tree for every failure.

::

    KlingError                      code, message, request_id, status on every error
    ├── APIError                    the server answered with a non-zero business code
    │   ├── AuthenticationError         missing, invalid, expired credentials
    │   ├── PermissionDeniedError       no API or model access, IP list
    │   ├── InvalidRequestError         bad parameters (also raised by client-side validation)
    │   ├── ContentPolicyError          a policy or content-security rule fired
    │   ├── NotFoundError               no such route or task
    │   ├── RateLimitError              too many requests (retried)
    │   │   └── ConcurrencyLimitError   too many running tasks (retried)
    │   ├── InsufficientBalanceError    account, arrears, resource pack used up
    │   └── ServerError                 the server failed (retried)
    ├── APIConnectionError          no answer: DNS, refused connection, broken socket (retried)
    │   └── APITimeoutError         no answer within the per-call timeout (retried)
    ├── TaskFailedError             the task ended with its design's failed status
    └── WaitTimeoutError            wait() gave up before the task finished

Which business codes raise which class, and which are retried, is the spec's error table
(``_error_table.ERRORS``, whose docstring draws the tree with the codes). The business code
decides the class; the HTTP status is the fallback when the body has no code. A 200 answer whose
body carries a non-zero code raises too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


class ViolationLike(Protocol):
    """One broken rule found by client-side validation (``kling_client._rules.Violation``)."""

    @property
    def field(self) -> str: ...

    @property
    def rule(self) -> str: ...

    @property
    def message(self) -> str: ...


class KlingError(Exception):
    """Base class of every kling_client error."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        request_id: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.request_id = request_id
        self.status = status

    def __str__(self) -> str:
        details = [f"{name}={value}" for name, value in self._details() if value is not None]
        return f"{self.message} ({', '.join(details)})" if details else self.message

    def _details(self) -> list[tuple[str, object]]:
        return [("code", self.code), ("status", self.status), ("request_id", self.request_id)]

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle every attribute, whatever the subclass's constructor takes (worker pools)."""
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[KlingError], args: tuple[Any, ...], state: dict[str, Any]) -> KlingError:
    """The error ``__reduce__`` saved, rebuilt without calling its constructor."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class APIError(KlingError):
    """The server answered with an error envelope; ``body`` is that envelope when it was JSON."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        request_id: str | None = None,
        status: int | None = None,
        body: Mapping[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, code=code, request_id=request_id, status=status)
        self.body = body
        self.retry_after = retry_after


class AuthenticationError(APIError):
    """Credentials missing, malformed, not yet valid or expired (401, codes 1000-1004)."""


class PermissionDeniedError(APIError):
    """The account may not use this API or model, or the caller's IP is not allowed (1103, 1304)."""


class InvalidRequestError(APIError):
    """Bad parameters (400, 1200/1201); client-side validation raises it with ``violations``."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        request_id: str | None = None,
        status: int | None = None,
        body: Mapping[str, Any] | None = None,
        violations: Sequence[ViolationLike] = (),
    ) -> None:
        super().__init__(message, code=code, request_id=request_id, status=status, body=body)
        self.violations = tuple(violations)


class ContentPolicyError(APIError):
    """A policy or content-security rule refused the request (400, codes 1300/1301)."""


class NotFoundError(APIError):
    """No such route (1202) or no such task or resource (1203)."""


class RateLimitError(APIError):
    """Too many requests (429, 1302); retried with backoff before it reaches you."""


class ConcurrencyLimitError(RateLimitError):
    """More running tasks than the resource pack allows (429, 1303); retried like a rate limit."""


class InsufficientBalanceError(APIError):
    """Account problem, arrears or an exhausted resource pack (429, 1100-1102); not retried."""


class ServerError(APIError):
    """The server failed (500/503/504, codes 5000-5002); retried with backoff."""


class APIConnectionError(KlingError):
    """No answer arrived: the connection failed or broke."""


class APITimeoutError(APIConnectionError):
    """No answer arrived within the per-call timeout."""


class TaskFailedError(KlingError):
    """The task finished with its design's failed status; ``task`` is its last state.

    ``message`` is written in the words of the task's design (its id and failure reason).
    """

    def __init__(self, task: Any, message: str, *, request_id: str | None = None) -> None:
        super().__init__(message, status=200)
        self.request_id = request_id
        self.task = task


class WaitTimeoutError(KlingError):
    """``wait`` ran out of time; ``task`` is the last state seen (still running)."""

    def __init__(self, task: Any, timeout: float, message: str) -> None:
        super().__init__(message)
        self.task = task
        self.timeout = timeout


class ResponseShapeError(KlingError):
    """An answer lacks a required field, or holds it with the wrong JSON type (server drift)."""

    def __init__(self, model: str, key: str, shape: str | None, value: Any) -> None:
        expected = shape or "a value"
        super().__init__(f"{model}.{key}: expected {expected}, got {value!r}")
        self.model = model
        self.key = key
        self.value = value


class WaitCancelledError(KlingError):
    """``wait`` was cancelled (its ``cancel`` event was set); ``task`` is the last state seen."""

    def __init__(self, task: Any, message: str) -> None:
        super().__init__(message)
        self.task = task


#: The class an error answer gets from its HTTP status alone (any other 5xx: ServerError).
CLASS_OF_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}
#: Every class an error table may name, by name.
CLASSES: dict[str, type[APIError]] = {
    cls.__name__: cls
    for cls in (
        APIError,
        AuthenticationError,
        PermissionDeniedError,
        InvalidRequestError,
        ContentPolicyError,
        NotFoundError,
        RateLimitError,
        ConcurrencyLimitError,
        InsufficientBalanceError,
        ServerError,
    )
}


@dataclass(frozen=True)
class ErrorTable:
    """The spec's error table as the client acts on it (rendered into ``_error_table.ERRORS``):
    each business code's class and the codes worth retrying. Without one, the HTTP status
    decides the class and the class whether to retry."""

    by_code: Mapping[int, str] = field(default_factory=dict)
    """business code -> the name of its class (one of ``CLASSES``)."""
    retried: frozenset[int] = frozenset()

    def error_class(self, status: int | None, code: int | None) -> type[APIError]:
        """The class for an error answer: by business code, else by HTTP status."""
        if code is not None and code in self.by_code:
            return CLASSES[self.by_code[code]]
        if status is not None and status in CLASS_OF_STATUS:
            return CLASS_OF_STATUS[status]
        if status is not None and status >= 500:
            return ServerError
        return APIError

    def api_error(
        self,
        *,
        status: int | None,
        code: int | None,
        message: str,
        request_id: str | None,
        body: Mapping[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> APIError:
        """Build the error for one answer (pure: no I/O, easy to test)."""
        cls = self.error_class(status, code)
        error = cls(message, code=code, request_id=request_id, status=status, body=body)
        error.retry_after = retry_after
        return error

    def retryable(self, error: KlingError) -> bool:
        """Whether trying again later can help: a code the table marks so (rate limits, server
        faults), else by class for a code it does not list; lost connections too."""
        if isinstance(error, APIConnectionError):
            return True
        if isinstance(error, APIError) and error.code in self.by_code:
            return error.code in self.retried
        return isinstance(error, RateLimitError | ServerError)
