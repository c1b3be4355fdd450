"""The asyncio core: performs the plans of ``_http`` with an ``httpx.AsyncClient``.

Only the I/O lives here (sending a request, sleeping, reading back a stored create); what is sent,
when it is retried and how the answer is read are the plans of ``BaseCore``, shared with the
blocking client. httpx is the client wheel's ``async`` extra; the blocking client never imports it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._errors import KlingError
from ._http import (
    Answer,
    BaseCore,
    Done,
    Lookup,
    Outgoing,
    Pause,
    Plan,
    R,
    Step,
    advance,
    answer_of,
    transport_error,
)


async def async_pause(seconds: float) -> None:
    """``asyncio.sleep``, looked up when called (so a test can patch it)."""
    await asyncio.sleep(seconds)


def decode(response: httpx.Response) -> Answer:
    """Read status, headers, JSON body and Retry-After from an httpx response."""
    return answer_of(response.status_code, response.headers, response.text, response.json)


class AsyncHttpCore(BaseCore):
    """Performs plans with httpx under asyncio: the core of ``AsyncKlingClient``."""

    def __init__(self, *, http: httpx.AsyncClient, **settings: Any) -> None:
        super().__init__(**settings)
        self.http = http
        self.sleep: Callable[[float], Awaitable[None]] = async_pause
        """Every wait of this client: retry backoff and the pauses between polls of a task."""

    async def call(self, method: str, path: str, **options: Any) -> Any:
        """Run one operation call (the arguments are those of ``plan``) and return its data."""
        return await self.run(self.plan(method, path, **options))

    async def run(self, plan: Plan[R]) -> R:
        step: Step | Done[R] = advance(plan)
        while not isinstance(step, Done):
            try:
                outcome = await self.perform(step)
            except KlingError as error:
                step = advance(plan, error=error)
            else:
                step = advance(plan, outcome)
        return step.value

    async def perform(self, step: Step) -> Any:
        if isinstance(step, Pause):
            return await self.sleep(step.seconds)
        if isinstance(step, Lookup):
            return await self.find_created[step.operation_id](step.external_task_id)
        return await self.send_once(step)

    async def send_once(self, request: Outgoing) -> Answer:
        try:
            response = await self.http.request(
                request.method,
                request.url,
                params=_query(request.params),
                json=request.json,
                headers=dict(request.headers),
                timeout=request.timeout,
            )
        except httpx.HTTPError as exc:
            timed_out = isinstance(exc, httpx.TimeoutException)
            raise transport_error(exc, request.timeout, timed_out=timed_out) from exc
        return decode(response)


def _query(params: Any) -> Any:
    """The query as httpx takes it: requests drops None values, httpx would send them empty."""
    if params is None:
        return None
    return {key: value for key, value in params.items() if value is not None}
