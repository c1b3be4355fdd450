"""``python -m tests.bench.profile``: what one create and one get cost, stage by stage, in CPU time.

Wall-clock throughput on a shared machine moves with the other processes' load; the CPU time a
thread spends on a request does not (much). This drives N requests straight through the mock's
WSGI app in this process (no sockets, no gunicorn: those cost ours and bare Flask alike), with
the app's default settings and a file database, as ``kling-mock serve --quiet`` runs it, and
reads this thread's CPU clock around each part of the request:

- ``flask``: Werkzeug and Flask around our code (routing, request context, response object);
- ``edge.begin`` / ``edge.finish``: the HTTP layer's one before- and one after-request hook;
- each pipeline stage (``mockserver.pipeline.stages.STAGES``), in its order;
- ``respond``: the answer rendered to bytes;
- ``observers``: the journal, coverage, behaviour check and dashboard, run off the request path
  by the batch writer (here: flushed every 50 requests in this thread, and counted per request).

Beside it, the same drive through the bare Flask app of ``tests.bench.mock`` (the ceiling of our
stack). ``--cprofile`` adds cProfile's top functions per load. Each load runs ``--rounds`` times
and each part reports its lowest per-request cost over the rounds (the least disturbed).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, TypeVar

from flask import Flask

from mockserver.core.state import state_of
from mockserver.pipeline import stages
from tests.bench import wsgi_drive
from tests.bench.mock import bare_app

F = TypeVar("F", bound=Callable[..., Any])
FLUSH_EVERY = 50
#: Where the answer is rendered (the view calls it through its module's name).
RESPOND = "mockserver.http.routes.respond"


@dataclass
class Costs:
    """CPU nanoseconds spent in each part over the requests driven (parts in first-seen order)."""

    spent: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    stack: list[str] = field(default_factory=list)

    @contextmanager
    def part(self, name: str) -> Iterator[None]:
        """Count the time inside under ``name`` (and not under the part that encloses it)."""
        self.stack.append(name)
        start = time.thread_time_ns()
        try:
            yield
        finally:
            spent = time.thread_time_ns() - start
            self.stack.pop()
            self.spent[name] += spent
            if self.stack:
                self.spent[self.stack[-1]] -= spent

    def timed(self, name: str, function: F) -> F:
        """``function`` counted under ``name`` (as ``part`` does, without a context manager's
        own cost, which would land in the enclosing part)."""
        stack, spent, clock = self.stack, self.spent, time.thread_time_ns

        @wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            stack.append(name)
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                took = clock() - start
                stack.pop()
                spent[name] += took
                if stack:
                    spent[stack[-1]] -= took

        return timed  # type: ignore[return-value]


def mock_app(folder: str) -> Flask:
    """The mock as ``serve --quiet`` runs it (a file database; flushes driven by this tool)."""
    app: Flask = wsgi_drive.mock_app(folder)
    return app


@contextmanager
def instrumented(app: Flask, costs: Costs, details: list[str]) -> Iterator[None]:
    """The mock's parts timed (module attributes swapped for timed ones, then put back);
    ``details``: functions named ``package.module.function`` timed as parts of their own."""
    parts = [("respond", RESPOND)] + [(f"  {name.rpartition('.')[2]}", name) for name in details]
    saved = [(label, *_found(dotted)) for label, dotted in parts]
    for label, module, name in saved:
        setattr(module, name, costs.timed(label, getattr(module, name)))
    put_back = [(module, name, getattr(module, name).__wrapped__) for _, module, name in saved]
    saved_stages = stages.STAGES
    before, after = app.before_request_funcs[None], app.after_request_funcs[None]
    stages.STAGES = tuple(costs.timed(stage.__name__, stage) for stage in saved_stages)
    app.before_request_funcs[None] = [costs.timed("edge.begin", hook) for hook in before]
    app.after_request_funcs[None] = [costs.timed("edge.finish", hook) for hook in after]
    try:
        yield
    finally:
        stages.STAGES = saved_stages
        app.before_request_funcs[None], app.after_request_funcs[None] = before, after
        for module, name, function in put_back:
            setattr(module, name, function)


def _found(dotted: str) -> tuple[Any, str]:
    """The module and attribute a ``package.module.function`` name designates."""
    module_name, _, name = dotted.rpartition(".")
    module = importlib.import_module(module_name)
    getattr(module, name)  # an unknown name fails here, before anything is swapped
    return module, name


def drive(app: Flask, request: Callable[[], bytes], count: int, costs: Costs, mock: bool) -> None:
    """``count`` requests, each timed as a whole (``flask`` is what no other part took)."""
    writer = state_of(app).store.writer if mock else None
    for number in range(count):
        with costs.part("flask"):
            request()
        if writer is not None and number % FLUSH_EVERY == FLUSH_EVERY - 1:
            with costs.part("observers"):
                writer.flush()
    if writer is not None:
        with costs.part("observers"):
            writer.flush()


def measure(
    app: Flask, bare: Flask, load: str, count: int, rounds: int, details: list[str]
) -> tuple[dict[str, float], float, dict[str, float]]:
    """Microseconds of CPU per request: the mock's parts timed, its total untimed, bare Flask's;
    each the lowest over ``rounds``, the three measured in turn within each round (a change in
    the machine's speed falls on all three)."""
    ours, bare_request = wsgi_drive.loads(app)[load], wsgi_drive.loads(bare)[load]
    for _ in range(min(count, 200)):  # warm caches, connections, the journal's tables
        ours()
        bare_request()
    timed, plain, ceiling = Costs(), Costs(), Costs()
    best: tuple[dict[str, float], dict[str, float], dict[str, float]] = ({}, {}, {})
    for _ in range(rounds):
        for costs, found in zip((timed, plain, ceiling), best, strict=True):
            costs.spent.clear()
            if costs is timed:
                with instrumented(app, costs, details):
                    drive(app, ours, count, costs, mock=True)
            else:
                drive(*((app, ours) if costs is plain else (bare, bare_request)), count, costs,
                      mock=costs is plain)  # fmt: skip
            for name, spent in costs.spent.items():
                per = spent / count / 1000
                found[name] = min(found.get(name, per), per)
    return best[0], sum(best[1].values()), best[2]


def profiled(app: Flask, load: str, count: int, top: int) -> str:
    request = wsgi_drive.loads(app)[load]
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(count):
        request()
    state_of(app).store.writer.flush()
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def report(load: str, ours: dict[str, float], plain: float, bare: dict[str, float]) -> list[str]:
    """The parts, with the timers' own cost (the instrumented total less ``plain``, the total of
    the same requests untimed) taken out of ``flask``, where it lands."""
    timers = max(sum(ours.values()) - plain, 0.0)
    parts = {**ours, "flask": max(ours.get("flask", 0.0) - timers, 0.0)}
    ceiling = sum(bare.values())
    lines = [
        f"{load}: {plain:,.0f} us of CPU per request in the app; bare Flask {ceiling:,.0f} "
        f"(the timers below cost {timers:,.0f} more, taken out of flask)"
    ]
    for name, cost in parts.items():
        lines.append(f"  {name:<28} {cost:>8.1f} us  {cost / plain:>6.1%}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=2000, help="per round and load")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--load", choices=["create", "get"], nargs="*", default=["create", "get"])
    parser.add_argument(
        "--detail",
        nargs="*",
        default=[],
        metavar="MODULE.FUNCTION",
        help="also time these functions (called through their module's name)",
    )
    parser.add_argument(
        "--cprofile",
        type=int,
        default=0,
        metavar="TOP",
        help="also print cProfile's TOP functions by own time per load",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kling-profile-") as folder:
        app, bare = mock_app(folder), bare_app()
        try:
            for load in args.load:
                ours, plain, ceiling = measure(
                    app, bare, load, args.requests, args.rounds, args.detail
                )
                lines = report(load, ours, plain, ceiling)
                print("\n".join(lines), flush=True)
                if args.cprofile:
                    print(profiled(app, load, args.requests, args.cprofile))
        finally:
            state = state_of(app)
            if state.dispatcher is not None:
                state.dispatcher.stop()
            state.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
