"""Sends due deliveries: one dispatcher per app, with at most one thread per process.

The dispatcher decides, the queue stores, the sender talks HTTP. Both clocks are injected: the
mock clock says which changes are due, the real clock (milliseconds) drives leases and backoff,
so a test moves time by hand instead of sleeping. Advancing the mock clock through the admin API
calls ``pump(drain=True)``, which returns once every due change has landed.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from mockserver.core.clock import real_ms

from ..storage.contract import POSTGRESQL
from .queue import Claimed, DeliveryQueue, Settled
from .sender import HttpSender, Sender
from .settings import CallbackSettings
from .signing import signed_headers

log = logging.getLogger("kling_mock.callbacks")
DRAIN_POLL_S = 0.005

Renderer = Callable[[str, int, str], dict[str, Any] | None]
"""(task_id, mock time, base URL) -> the task object at that time, or None if it is gone."""


class Dispatcher:
    def __init__(
        self,
        queue: DeliveryQueue,
        settings: CallbackSettings,
        render: Renderer,
        now_mock: Callable[[], int],
        *,
        now_real: Callable[[], int] = real_ms,
        sender: Sender | None = None,
    ) -> None:
        self.queue = queue
        self.settings = settings
        self.render = render
        self.now_mock = now_mock
        self.now_real = now_real
        self.sender: Sender = (
            sender if sender is not None else HttpSender(settings.verify, settings.allow)
        )
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()
        self._pool: ThreadPoolExecutor | None = None
        #: On a database server other replicas queue deliveries (and may die holding leases):
        #: every replica's thread keeps polling, instead of ending when nothing is open.
        self.standing = queue.db.dialect == POSTGRESQL
        self._pool_pid = 0

    # ------------------------------------------------------------------ one attempt
    def _post(self, claimed: Claimed) -> tuple[int | None, str | None, bool]:
        """(HTTP status, error, whether retrying is pointless) of one attempt."""
        refusal = self.settings.allow.refusal(claimed.url)
        if refusal:
            return None, refusal, True
        task = self.render(claimed.task_id, claimed.due_mock_ms, claimed.base_url)
        if task is None:
            return None, "the task no longer exists", True
        body = json.dumps(task, separators=(",", ":"), ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"}
        if self.settings.secret:
            stamp = self.now_real() // 1000
            headers |= signed_headers(self.settings.secret, claimed.delivery_id, stamp, body)
        code, error = self.sender.send(claimed.url, body, headers, self.settings.timeout_s)
        return code, error, False

    def _attempt(self, claimed: Claimed) -> Settled:
        started = time.perf_counter()
        code, error, final = self._post(claimed)
        elapsed = (time.perf_counter() - started) * 1000
        at = self.now_real()
        if error is None:
            state, next_ms = "delivered", 0
        elif final or claimed.attempts >= self.settings.max_attempts:
            state, next_ms = "failed", 0
        else:
            state, next_ms = "pending", at + self.settings.backoff(claimed.attempts)
        return Settled(claimed, at, code, error, elapsed, state, next_ms)

    def _senders(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None or self._pool_pid != os.getpid():
                self._pool = ThreadPoolExecutor(
                    self.settings.parallel, thread_name_prefix="kling-mock-callback"
                )
                self._pool_pid = os.getpid()
            return self._pool

    def pump(
        self, max_deliveries: int = 1000, max_seconds: float = 30.0, drain: bool = False
    ) -> int:
        """Send everything due now (and what becomes due as earlier steps land); attempts made.

        ``drain``: also wait (bounded) for due deliveries another thread or worker is sending,
        and send what they unblock, so the caller returns once every due change has landed.
        """
        sent = 0
        deadline = time.monotonic() + max_seconds
        lease_ms = self.settings.lease_ms
        while sent < max_deliveries and time.monotonic() < deadline:
            real, mock = self.now_real(), self.now_mock()
            batch = self.queue.claim(min(50, max_deliveries - sent), real, mock, lease_ms)
            if not batch:
                if drain and self.queue.in_flight(self.now_real(), self.now_mock()):
                    time.sleep(DRAIN_POLL_S)
                    continue
                break
            if len(batch) == 1:
                outcomes = [self._attempt(batch[0])]
            else:  # one step per task in a batch, so sending them side by side keeps the order
                outcomes = list(self._senders().map(self._attempt, batch))
            self.queue.settle(outcomes)
            sent += len(outcomes)
        return sent

    # ------------------------------------------------------------------ the thread
    def has_open(self) -> bool:
        return self.queue.has_open()

    def ensure_running(self) -> None:
        """Start this process's delivery thread unless it runs (after a fork it does not)."""
        with self._lock:
            alive = self._thread is not None and self._thread.is_alive()
            if alive and self._pid == os.getpid():
                self._wake.set()
                return
            self._pid = os.getpid()
            self._stop.clear()
            self._thread = threading.Thread(
                target=self._run, name="kling-mock-callbacks", daemon=True
            )
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        if self._pool is not None and self._pool_pid == os.getpid():
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _run(self) -> None:
        interval = self.settings.poll_ms / 1000
        while not self._stop.is_set() and not self.queue.db.closed:
            try:
                self.pump()
                with self._lock:
                    if not self.standing and not self.has_open():
                        self._thread = None
                        return
            except sqlite3.Error:  # the storage failed: its health logged it once; try again
                pass
            except Exception:  # keep delivering after anything else, saying what it was
                log.exception("callback dispatcher pass failed")
            self._wake.wait(interval)
            self._wake.clear()
