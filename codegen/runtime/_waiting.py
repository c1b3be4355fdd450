"""Polling a task until it finishes.

A task moves submitted -> processing -> succeed | failed. ``wait_for`` polls until the status is
terminal; a status it does not know (a future value) counts as still running, so a poll never
crashes on it. ``failed`` raises ``TaskFailedError``; running out of time raises
``WaitTimeoutError`` carrying the last state seen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, TypeVar

from ._errors import TaskFailedError, WaitTimeoutError

SUCCEEDED = "succeed"
FAILED = "failed"
TERMINAL = frozenset({SUCCEEDED, FAILED})

DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_POLL_INTERVAL = 2.0


class TaskLike(Protocol):
    @property
    def task_id(self) -> str: ...

    @property
    def task_status(self) -> str: ...


T = TypeVar("T", bound=TaskLike)


def finished(task: T) -> T:
    """The task if it succeeded; raise ``TaskFailedError`` if it failed."""
    if task.task_status == FAILED:
        raise TaskFailedError(task)
    return task


def wait_for(
    task: T,
    get: Callable[[str], T] | None,
    *,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> T:
    """Poll ``get(task.task_id)`` until the task is terminal or ``timeout`` seconds have passed.

    ``clock`` and ``sleep`` default to ``time.monotonic`` and ``time.sleep`` at call time.
    """
    now = clock or time.monotonic
    pause = sleep or time.sleep
    deadline = now() + timeout
    while task.task_status not in TERMINAL:
        remaining = deadline - now()
        if get is None or remaining <= 0:
            raise WaitTimeoutError(task, timeout)
        pause(max(0.0, min(poll_interval, remaining)))
        task = get(task.task_id)
    return finished(task)
