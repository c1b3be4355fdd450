"""The HTTP core: sends a request, retries it, and turns the answer into data or an error.

Every generated method ends in ``HttpCore.call``. It drops unset fields, fills in an
``external_task_id`` when asked (so a create may be retried without creating a second task),
validates the body, sends it through the injected ``requests.Session`` and unwraps the Kling
envelope ``{"code": 0, "message", "request_id", "data"}``.

Retries: rate limits (429 with 1302/1303), server faults (5xx) and lost connections are retried
with exponential backoff and full jitter, honouring ``Retry-After``. Only requests that are safe to
repeat are retried: reads, and creates that carry an ``external_task_id``.

A retried create can meet its own first attempt: the server stored the task, the answer was lost,
and the retry is refused because its ``external_task_id`` is already used. When an earlier attempt
may have been stored (no answer, or a 5xx) and the retry is refused as a bad request, the task is
looked up by that id and returned, so the create keeps its promise of exactly one task.
"""

from __future__ import annotations

import email.utils
import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote

import requests

from ._auth import Auth
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidRequestError,
    KlingError,
    NotFoundError,
    ServerError,
    api_error,
    is_retryable,
)
from ._validation import Validator

RetryPolicy = Literal["always", "with_id", "never"]

FindCreated = Callable[[str], Any]
"""Reads the task a create stored under an ``external_task_id`` (its raw data); NotFoundError
when there is none."""

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True)
class Answer:
    """A decoded answer: the HTTP status, the JSON body (when there was one) and the raw text."""

    status: int
    body: Mapping[str, Any] | None
    text: str
    retry_after: float | None = None


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


def pause(seconds: float) -> None:
    """``time.sleep``, looked up when called (so a test can patch it)."""
    time.sleep(seconds)


def may_have_been_applied(error: KlingError) -> bool:
    """Whether the server may have acted on a request that ended in ``error``.

    A lost answer or a server fault leaves it unknown; a refusal (4xx, rate limits) says it did
    not.
    """
    return isinstance(error, APIConnectionError | ServerError)


def decode(response: requests.Response) -> Answer:
    """Read status, JSON body and Retry-After from a response."""
    body: Mapping[str, Any] | None = None
    try:
        parsed = response.json()
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        body = parsed
    return Answer(
        status=response.status_code,
        body=body,
        text=response.text[:500],
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )


def unwrap(answer: Answer) -> Any:
    """The envelope's ``data`` when the answer is a success, else raise the matching error.

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
    request_id = body.get("request_id") if body is not None else None
    if not isinstance(message, str) or not message:
        message = answer.text.strip() or f"HTTP {answer.status}"
    error = api_error(
        status=answer.status,
        code=code,
        message=message,
        request_id=request_id if isinstance(request_id, str) else None,
        body=body,
        retry_after=answer.retry_after,
    )
    raise error


class HttpCore:
    """Sends requests for every resource of one client."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        session: requests.Session,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        validator: Validator | None = None,
        validate: bool = True,
        auto_external_task_id: bool = True,
        user_agent: str = "kling-client",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.session = session
        self.timeout = timeout
        self.max_retries = max_retries
        self.validator = validator
        self.validate = validate
        self.auto_external_task_id = auto_external_task_id
        self.user_agent = user_agent
        self.sleep: Callable[[float], None] = pause
        """Every wait of this client: retry backoff and the pauses between polls of a task."""
        self.find_created: dict[str, FindCreated] = {}

    def find_created_with(self, operation_id: str, find: FindCreated) -> None:
        """Register how to read back what the create ``operation_id`` stored, by external id."""
        self.find_created[operation_id] = find

    # ------------------------------------------------------------------ the one entry point
    def call(
        self,
        method: str,
        path: str,
        *,
        operation_id: str,
        path_params: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry: RetryPolicy = "never",
        id_field: str | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
    ) -> Any:
        """Prepare, validate, send (with retries) and unwrap one operation call.

        ``path`` is the spec's path template; ``path_params`` fill its slots.
        """
        json_body = None if body is None else self.prepare_body(body, extra_body, id_field)
        query = None if params is None else compact(params)
        if self.validator is not None and (self.validate if validate is None else validate):
            parameters = {**(path_params or {}), **(query or {})}
            self.validator.validate(operation_id, parameters=parameters, body=json_body)
        external_id = (json_body or {}).get(id_field) if id_field is not None else None
        with_id = retry == "with_id" and bool(external_id)
        find = self.find_created.get(operation_id) if with_id else None
        return self.send(
            method,
            expand(path, path_params or {}),
            params=query,
            json_body=json_body,
            repeatable=retry == "always" or with_id,
            timeout=self.timeout if timeout is None else timeout,
            stored=None if find is None else lambda: find(str(external_id)),
        )

    def prepare_body(
        self, fields: Mapping[str, Any], extra: Mapping[str, Any] | None, id_field: str | None
    ) -> dict[str, Any]:
        body = compact(fields, extra)
        if id_field is not None and self.auto_external_task_id and not body.get(id_field):
            body[id_field] = new_external_task_id()
        return body

    # ------------------------------------------------------------------ transport and retries
    def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json_body: Mapping[str, Any] | None,
        repeatable: bool,
        timeout: float,
        stored: Callable[[], Any] | None = None,
    ) -> Any:
        """Send until an answer is final; ``stored`` reads back what a retried create stored."""
        attempt = 0
        maybe_applied = False  # an earlier attempt may have been acted on, its answer lost
        while True:
            try:
                return unwrap(self.send_once(method, path, params, json_body, timeout))
            except InvalidRequestError as refusal:
                if stored is None or not maybe_applied:
                    raise
                return self._already_stored(stored, refusal)
            except KlingError as error:
                if not (repeatable and is_retryable(error)) or attempt >= self.max_retries:
                    raise
                maybe_applied = maybe_applied or may_have_been_applied(error)
                retry_after = error.retry_after if isinstance(error, APIError) else None
                self.sleep(self._delay(attempt, retry_after))
                attempt += 1

    @staticmethod
    def _already_stored(stored: Callable[[], Any], refusal: InvalidRequestError) -> Any:
        """The task an earlier attempt stored, when that is why the retry was refused."""
        try:
            return stored()
        except NotFoundError:
            raise refusal from None

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
        return backoff_delay(attempt)

    def send_once(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json_body: Mapping[str, Any] | None,
        timeout: float,
    ) -> Answer:
        headers = {
            "Authorization": self.auth.authorization(),
            "Accept": "application/json",
            "User-Agent": self.user_agent,
        }
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                params=params,
                json=json_body,
                headers=headers,
                timeout=timeout,
                verify=self.session.verify,  # given, it beats REQUESTS_CA_BUNDLE (requests#3829)
            )
        except requests.Timeout as exc:
            raise APITimeoutError(f"no answer within {timeout:g} s: {exc}") from exc
        except requests.RequestException as exc:
            raise APIConnectionError(f"connection failed: {exc}") from exc
        return decode(response)
