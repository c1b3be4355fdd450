"""Polling a task until it finishes.

A task moves submitted -> processing -> succeeded | failed. ``polling`` is the plan, written once
without I/O: it asks for a poll or a pause until the status is terminal, and both the blocking
``wait_for`` and the asyncio ``async_wait_for`` only perform those steps. A status it does not
know (a future value) counts as still running, so a poll never crashes on it. ``failed`` raises
``TaskFailedError``; running out of time raises ``WaitTimeoutError`` and a set cancel event
``WaitCancelledError``, both carrying the last state seen.

Which fields hold a task's id, status and failure reason, and how the final statuses are spelled,
differs per design of the API: ``TaskWords`` says it, and every resource is handed the words of
its design (``_designs.DESIGNS``, rendered from the spec's designs); this module spells none.

The pause between polls starts at ``poll_interval`` and grows by ``backoff`` up to
``max_poll_interval``; when a poll's answer carries ``Retry-After`` (the server's hint of when to
ask again), that hint is the next pause instead. ``timeout`` counts the wall time or the pauses,
whichever is more, so a client whose sleep is spent in mock time still gives up.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ._errors import TaskFailedError, WaitCancelledError, WaitTimeoutError
from ._http import Answer, Done, Pause, advance, capture

DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 15.0
DEFAULT_BACKOFF = 1.5


class Cancel(Protocol):
    """Anything with ``is_set()``: a ``threading.Event`` or an ``asyncio.Event``."""

    def is_set(self) -> bool: ...


T = TypeVar("T")


@dataclass(frozen=True)
class TaskWords:
    """A design's words for a task (rendered from the spec for every design): the attributes
    of its id, status, failure reason, result and external id, and the spelling of its two
    final statuses. The errors of a task are written here, in those words."""

    id: str
    status: str
    message: str
    results: str
    external_id: str  #: a dotted path (``task_info.external_task_id``)
    succeeded: str
    failed: str

    def id_of(self, task: object) -> str:
        return str(getattr(task, self.id, "?"))

    def status_of(self, task: object) -> object:
        return getattr(task, self.status, None)

    def running(self, task: object) -> bool:
        return self.status_of(task) not in (self.succeeded, self.failed)

    def failure(self, task: object, request_id: str | None = None) -> TaskFailedError:
        reason = getattr(task, self.message, None) or "no reason given"
        text = f"task {self.id_of(task)} failed: {reason}"
        return TaskFailedError(task, text, request_id=request_id)

    def timeout(self, task: object, seconds: float) -> WaitTimeoutError:
        text = f"task {self.id_of(task)} still {self.status_of(task)} after {seconds:g} s"
        return WaitTimeoutError(task, seconds, text)

    def cancelled(self, task: object) -> WaitCancelledError:
        text = f"waiting for task {self.id_of(task)} cancelled ({self.status_of(task)})"
        return WaitCancelledError(task, text)


Progress = Callable[[Any], object]
"""Called with the task after every poll (and once with the task in hand)."""


@dataclass(frozen=True)
class Poll:
    """Read the task again; the plan receives ``(task, retry_after)``."""

    task_id: str


def finished(task: T, words: TaskWords) -> T:
    """The task if it succeeded; raise ``TaskFailedError`` if it failed."""
    if words.status_of(task) == words.failed:
        raise words.failure(task)
    return task


def polling(
    task: T,
    *,
    can_poll: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    backoff: float = DEFAULT_BACKOFF,
    clock: Callable[[], float] | None = None,
    on_progress: Progress | None = None,
    cancel: Cancel | None = None,
    words: TaskWords,
) -> Generator[Poll | Pause, Any, T]:
    """The waiting plan: yields ``Pause`` and ``Poll`` steps, returns the finished task."""
    now = clock or time.monotonic
    started = now()
    paused = 0.0
    interval = poll_interval
    hint: float | None = None
    if on_progress is not None:
        on_progress(task)
    while words.running(task):
        if cancel is not None and cancel.is_set():
            raise words.cancelled(task)
        # The pauses count even when they take no wall time (a sleep spent in mock time).
        remaining = timeout - max(now() - started, paused)
        if not can_poll or remaining <= 0:
            raise words.timeout(task, timeout)
        pause = max(0.0, min(interval if hint is None else hint, remaining))
        paused += pause
        yield Pause(pause)
        interval = min(interval * backoff, max(max_poll_interval, poll_interval))
        task, hint = yield Poll(words.id_of(task))
        if on_progress is not None:
            on_progress(task)
    return finished(task, words)


def _hint(answers: list[Answer]) -> float | None:
    """The Retry-After of the last answer a poll received."""
    return answers[-1].retry_after if answers else None


def wait_for(
    task: T,
    get: Callable[[str], T] | None,
    *,
    sleep: Callable[[float], object] | None = None,
    **options: Any,
) -> T:
    """Poll ``get(id)`` until the task is terminal (options: those of ``polling``, ``words`` among
    them).

    ``sleep`` defaults to ``time.sleep`` at call time.
    """
    plan = polling(task, can_poll=get is not None, **options)
    step: Poll | Pause | Done[T] = advance(plan)
    while not isinstance(step, Done):
        if isinstance(step, Pause):
            (sleep or time.sleep)(step.seconds)
            step = advance(plan)
        else:
            assert get is not None
            with capture() as answers:
                polled = get(step.task_id)
            step = advance(plan, (polled, _hint(answers)))
    return step.value


async def async_wait_for(
    task: T,
    get: Callable[[str], Awaitable[T]] | None,
    *,
    sleep: Callable[[float], Awaitable[object]],
    **options: Any,
) -> T:
    """``wait_for`` under asyncio: the same plan, its steps awaited."""
    plan = polling(task, can_poll=get is not None, **options)
    step: Poll | Pause | Done[T] = advance(plan)
    while not isinstance(step, Done):
        if isinstance(step, Pause):
            await sleep(step.seconds)
            step = advance(plan)
        else:
            assert get is not None
            with capture() as answers:
                polled = await get(step.task_id)
            step = advance(plan, (polled, _hint(answers)))
    return step.value
