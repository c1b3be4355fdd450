"""The HTTP core: what a call sends, when it is retried, how its answer becomes data or an error.

Every generated method ends in ``call`` of a core: ``HttpCore`` (requests, blocking) or
``AsyncHttpCore`` (httpx, asyncio; in ``_async_http``). Both run the same *plan*, written here
once without any I/O: a generator that yields the steps it needs (``Outgoing``: send this request
and hand me the ``Answer``; ``Pause``: wait this long; ``Lookup``: read back what a create stored)
and returns the call's data. A core only performs the steps, so retries, backoff, validation and
the envelope rules cannot differ between the blocking and the asyncio client.

A call drops unset fields, fills in an ``external_task_id`` when asked (so a create may be retried
without creating a second task), validates the body, sends it and unwraps the Kling envelope
``{"code": 0, "message", "request_id", "data"}``.

Retries: rate limits (429 with 1302/1303), server faults (5xx) and lost connections are retried
with exponential backoff and full jitter, honouring ``Retry-After``. Only requests that are safe to
repeat are retried: reads, and creates that carry an ``external_task_id``.

A retried create can meet its own first attempt: the server stored the task, the answer was lost,
and the retry is refused because its ``external_task_id`` is already used. When an earlier attempt
may have been stored (no answer, or a 5xx) and the retry is refused as a bad request, the task is
looked up by that id and returned, so the create keeps its promise of exactly one task.
"""

from __future__ import annotations

import contextvars
import email.utils
import random
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Literal, TypedDict, TypeVar
from urllib.parse import quote

import requests

from ._auth import Auth
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConcurrencyLimitError,
    ErrorTable,
    InvalidRequestError,
    KlingError,
    NotFoundError,
    ServerError,
)
from ._validation import Validator

RetryPolicy = Literal["always", "with_id", "never"]
SIGNATURE_REFUSED = 1002
"""The business code of a refused credential, sent once more before it is believed."""

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
CONCURRENCY_BACKOFF = 1.0
"""The least pause before a create refused with 1303 is sent again (Kling's advice)."""
MAX_RETRY_AFTER = 60.0

R = TypeVar("R")
S = TypeVar("S")


class CallOptions(TypedDict, total=False):
    """What every generated method takes besides ``timeout``, for that one call."""

    extra_headers: Mapping[str, str] | None
    """Headers sent with this call (after the client's)."""
    extra_query: Mapping[str, Any] | None
    """Query parameters sent with this call."""


@dataclass(frozen=True)
class Answer:
    """A decoded answer: the HTTP status, the JSON body (when there was one) and the raw text."""

    status: int
    body: Mapping[str, Any] | None
    text: str
    retry_after: float | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def request_id(self) -> str | None:
        """The envelope's ``request_id`` (the id Kling support asks for)."""
        value = self.body.get("request_id") if self.body is not None else None
        return value if isinstance(value, str) else None


# ---------------------------------------------------------------------- the steps of a plan
@dataclass(frozen=True)
class Outgoing:
    """Send this request; the plan receives its ``Answer`` (or a ``KlingError`` thrown in)."""

    method: str
    url: str
    params: Mapping[str, Any] | None
    json: Mapping[str, Any] | None
    headers: Mapping[str, str]
    timeout: float


@dataclass(frozen=True)
class Pause:
    """Wait this many seconds (retry backoff, or the pause between two polls)."""

    seconds: float


@dataclass(frozen=True)
class Lookup:
    """Read the task the create ``operation_id`` stored under ``external_task_id`` (raw data)."""

    operation_id: str
    external_task_id: str


Step = Outgoing | Pause | Lookup
Plan = Generator[Step, Any, R]
"""A call without I/O: yields steps, receives their outcomes, returns the call's data."""


# ---------------------------------------------------------------------- raw-answer capture
_answers: contextvars.ContextVar[list[Answer] | None] = contextvars.ContextVar(
    "kling_client_answers", default=None
)
_last: contextvars.ContextVar[Answer | None] = contextvars.ContextVar(
    "kling_client_last_answer", default=None
)


@contextmanager
def capture() -> Iterator[list[Answer]]:
    """Collect every answer the calls made inside the block receive (per thread and per task)."""
    seen: list[Answer] = []
    token = _answers.set(seen)
    try:
        yield seen
    finally:
        _answers.reset(token)
        outer = _answers.get()
        if outer is not None:
            outer.extend(seen)


def record(answer: Answer) -> Answer:
    """Remember ``answer`` as the last one, and hand it to the innermost ``capture`` block."""
    _last.set(answer)
    seen = _answers.get()
    if seen is not None:
        seen.append(answer)
    return answer


def last_request_id() -> str | None:
    """The ``request_id`` of the last answer a call in this thread (or asyncio task) received."""
    answer = _last.get()
    return None if answer is None else answer.request_id


# ---------------------------------------------------------------------- pure helpers
def compact(fields: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The body to send: every field that was given (None means "not given"), then ``extra``."""
    body = {key: value for key, value in fields.items() if value is not None}
    body.update(extra or {})
    return body


def expand(path: str, values: Mapping[str, str]) -> str:
    """``/v1/x/{task_id}`` with each slot filled by its URL-quoted value."""
    for key, value in values.items():
        path = path.replace("{" + key + "}", quote(str(value), safe=""))
    return path


def new_external_task_id() -> str:
    """A fresh id for a create, unique enough to make retrying it safe."""
    return f"kc-{uuid.uuid4().hex}"


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(
    attempt: int, *, initial: float = INITIAL_BACKOFF, cap: float = MAX_BACKOFF
) -> float:
    """Full-jitter exponential backoff: a random delay up to ``initial * 2**attempt`` (capped)."""
    return random.uniform(0.0, min(cap, initial * (2**attempt)))


def retry_delay(attempt: int, retry_after: float | None) -> float:
    """The server's ``Retry-After`` (capped) when it gave one, else jittered backoff."""
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    return backoff_delay(attempt)


def pause(seconds: float) -> None:
    """``time.sleep``, looked up when called (so a test can patch it)."""
    time.sleep(seconds)


def may_have_been_applied(error: KlingError) -> bool:
    """Whether the server may have acted on a request that ended in ``error``.

    A lost answer or a server fault leaves it unknown; a refusal (4xx, rate limits) says it did
    not.
    """
    return isinstance(error, APIConnectionError | ServerError)


def answer_of(
    status: int, headers: Mapping[str, str], text: str, read_json: Callable[[], Any]
) -> Answer:
    """An ``Answer`` from what any HTTP library read: status, headers, text, and its JSON reader
    (a body that is no JSON reads as None)."""
    try:
        parsed = read_json()
    except ValueError:
        parsed = None
    return Answer(
        status=status,
        body=parsed if isinstance(parsed, dict) else None,
        text=text[:500],
        retry_after=parse_retry_after(headers.get("Retry-After")),
        headers=headers,
    )


def decode(response: requests.Response) -> Answer:
    """Read status, headers, JSON body and Retry-After from a requests response."""
    return answer_of(response.status_code, response.headers, response.text, response.json)


def unwrap(answer: Answer, errors: ErrorTable) -> Any:
    """The envelope's ``data`` when the answer is a success, else raise the matching error
    (``errors``: the spec's error table, which says the class of each business code).

    Success means a 2xx status and ``code == 0``; a 200 with a non-zero code is an error too.
    """
    body = answer.body
    code = body.get("code") if body is not None else None
    if isinstance(code, str) and code.lstrip("-").isdigit():
        code = int(code)
    if not isinstance(code, int) or isinstance(code, bool):
        code = None
    if 200 <= answer.status < 300 and body is not None and code == 0:
        return body.get("data")
    message = body.get("message") if body is not None else None
    if not isinstance(message, str) or not message:
        message = answer.text.strip() or f"HTTP {answer.status}"
    raise errors.api_error(
        status=answer.status,
        code=code,
        message=message,
        request_id=answer.request_id,
        body=body,
        retry_after=answer.retry_after,
    )


def transport_error(exc: Exception, timeout: float, *, timed_out: bool) -> KlingError:
    """The error for a request that got no answer (the library's exception is its cause)."""
    if timed_out:
        return APITimeoutError(f"no answer within {timeout:g} s: {exc}")
    return APIConnectionError(f"connection failed: {exc}")


# ---------------------------------------------------------------------- the shared core
class BaseCore:
    """Settings and plans shared by the blocking and the asyncio core; no I/O here."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        validator: Validator | None = None,
        validate: bool = True,
        auto_external_task_id: bool = True,
        user_agent: str = "kling-client",
        default_headers: Mapping[str, str] | None = None,
        errors: ErrorTable | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.errors = errors or ErrorTable()
        """The spec's error table: each business code's class, and the codes worth retrying."""
        self.auth = auth
        self.timeout = timeout
        self.max_retries = max_retries
        self.validator = validator
        self.validate = validate
        self.auto_external_task_id = auto_external_task_id
        self.user_agent = user_agent
        self.default_headers = dict(default_headers or {})
        self.find_created: dict[str, Callable[[str], Any]] = {}
        """operation id of a create -> how to read back what it stored (by external id)."""

    def find_created_with(self, operation_id: str, find: Callable[[str], Any]) -> None:
        """Register how to read back what the create ``operation_id`` stored, by external id."""
        self.find_created[operation_id] = find

    def plan(
        self,
        method: str,
        path: str,
        *,
        operation_id: str,
        path_params: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        retry: RetryPolicy = "never",
        id_field: str | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
    ) -> Plan[Any]:
        """Prepare and validate one operation call; the plan sends it (with retries).

        ``path`` is the spec's path template; ``path_params`` fill its slots. Validation runs
        before the first step, so a refused body never reaches the network.
        """
        json_body = None if body is None else self.prepare_body(body, extra_body, id_field)
        query = None if params is None else compact(params)
        if self.validator is not None and (self.validate if validate is None else validate):
            parameters = {**(path_params or {}), **(query or {})}
            self.validator.validate(operation_id, parameters=parameters, body=json_body)
        if extra_query:
            query = {**(query or {}), **extra_query}
        external_id = (json_body or {}).get(id_field) if id_field is not None else None
        with_id = retry == "with_id" and bool(external_id)
        lookup = (
            Lookup(operation_id, str(external_id))
            if with_id and operation_id in self.find_created
            else None
        )
        request = Outgoing(
            method=method,
            url=self.base_url + expand(path, path_params or {}),
            params=query,
            json=json_body,
            headers=extra_headers or {},
            timeout=self.timeout if timeout is None else timeout,
        )
        return self.attempts(request, repeatable=retry == "always" or with_id, lookup=lookup)

    def prepare_body(
        self, fields: Mapping[str, Any], extra: Mapping[str, Any] | None, id_field: str | None
    ) -> dict[str, Any]:
        body = compact(fields, extra)
        if id_field is not None and self.auto_external_task_id and not body.get(id_field):
            body[id_field] = new_external_task_id()
        return body

    def signed(self, request: Outgoing) -> Outgoing:
        """The request of one attempt: the client's headers, then the call's, and a fresh
        Authorization (a JWT may have expired since the last attempt)."""
        headers = {
            "Authorization": self.auth.authorization(),
            "Accept": "application/json",
            "User-Agent": self.user_agent,
            **self.default_headers,
            **request.headers,
        }
        return replace(request, headers=headers)

    def attempts(
        self, request: Outgoing, *, repeatable: bool, lookup: Lookup | None = None
    ) -> Plan[Any]:
        """Send until an answer is final; ``lookup`` reads back what a retried create stored."""
        attempt = 0
        maybe_applied = False  # an earlier attempt may have been acted on, its answer lost
        signed_again = False
        while True:
            try:
                answer = yield self.signed(request)
                return unwrap(record(answer), self.errors)
            except AuthenticationError as refusal:
                # Kling now and then refuses a valid signature (401/1002 "signature is invalid");
                # a refused request was not acted on, so it is signed and sent once more.
                if signed_again or refusal.code != SIGNATURE_REFUSED:
                    raise
                signed_again = True
            except InvalidRequestError as refusal:
                if lookup is None or not maybe_applied:
                    raise
                try:
                    return (yield lookup)
                except NotFoundError:
                    raise refusal from None
            except KlingError as error:
                if not (repeatable and self.errors.retryable(error)) or attempt >= self.max_retries:
                    raise
                maybe_applied = maybe_applied or may_have_been_applied(error)
                retry_after = error.retry_after if isinstance(error, APIError) else None
                delay = retry_delay(attempt, retry_after)
                if isinstance(error, ConcurrencyLimitError):  # Kling: back off from 1 s up
                    delay = max(delay, CONCURRENCY_BACKOFF)
                yield Pause(delay)
                attempt += 1


def advance(
    plan: Generator[S, Any, R], outcome: Any = None, error: KlingError | None = None
) -> S | Done[R]:
    """Resume ``plan`` with a step's outcome (or its error): the next step, or ``Done``."""
    try:
        return plan.send(outcome) if error is None else plan.throw(error)
    except StopIteration as stop:
        return Done(stop.value)


@dataclass(frozen=True)
class Done(Generic[R]):
    """A plan's result."""

    value: R


class HttpCore(BaseCore):
    """Performs plans with ``requests``, blocking: the core of ``KlingClient``."""

    def __init__(self, *, session: requests.Session, **settings: Any) -> None:
        super().__init__(**settings)
        self.session = session
        self.sleep: Callable[[float], None] = pause
        """Every wait of this client: retry backoff and the pauses between polls of a task."""

    def call(self, method: str, path: str, **options: Any) -> Any:
        """Run one operation call (the arguments are those of ``plan``) and return its data."""
        return self.run(self.plan(method, path, **options))

    def run(self, plan: Plan[R]) -> R:
        step: Step | Done[R] = advance(plan)
        while not isinstance(step, Done):
            try:
                outcome = self.perform(step)
            except KlingError as error:
                step = advance(plan, error=error)
            else:
                step = advance(plan, outcome)
        return step.value

    def perform(self, step: Step) -> Any:
        if isinstance(step, Pause):
            return self.sleep(step.seconds)
        if isinstance(step, Lookup):
            return self.find_created[step.operation_id](step.external_task_id)
        return self.send_once(step)

    def send_once(self, request: Outgoing) -> Answer:
        try:
            response = self.session.request(
                request.method,
                request.url,
                params=request.params,
                json=request.json,
                headers=dict(request.headers),
                timeout=request.timeout,
                verify=self.session.verify,  # given, it beats REQUESTS_CA_BUNDLE (requests#3829)
            )
        except requests.RequestException as exc:
            timed_out = isinstance(exc, requests.Timeout)
            raise transport_error(exc, request.timeout, timed_out=timed_out) from exc
        return decode(response)
