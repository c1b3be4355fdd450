"""The worker's event loop and its request threads share the table of requests still arriving:
the loop's sweep for late requests must not trip over a thread taking a request out meanwhile
(it raised 'dictionary changed size during iteration' and killed the worker with every
connection it held, under a create+get load at 20 connections)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from gunicorn.workers.gthread import ThreadWorker

from mockserver.http.worker import EnvelopeWorker
from mockserver.security.slow_clients import PreRead


@dataclass
class TakenMidSweep(PreRead):
    """A request whose look-over lets a thread take another request out of the table (what
    ``handle`` does when a thread picks a connection up)."""

    table: Any = None
    other: object = None

    def expired(self, now: float) -> bool:
        self.table.pop(self.other, None)
        return False


def test_the_late_request_sweep_survives_a_thread_taking_a_request_meanwhile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ThreadWorker, "murder_pending", lambda self: None)
    worker = EnvelopeWorker.__new__(EnvelopeWorker)
    first, second = object(), object()
    table: dict[Any, PreRead] = {}
    table[first] = TakenMidSweep(table=table, other=second)
    table[second] = PreRead()
    worker.prereads = table
    worker.murder_pending()
    assert list(worker.prereads) == [first]  # the thread's pop stands; nothing else changed
