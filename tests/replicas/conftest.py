"""Replicas of the mock: separate ``kling-mock serve`` processes on one PostgreSQL database."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, TypeVar

import requests

from mockserver.served import Served, served

T = TypeVar("T")
GENERATIONS = "/v1/images/generations"


@contextmanager
def replicas_on(url: str, folder: Path, config: str, count: int = 3) -> Iterator[list[Served]]:
    """``count`` replicas (one worker each, frozen clock) on the database at ``url``."""
    path = folder / "mock.toml"
    path.write_text(config, encoding="utf-8")
    args = ("--frozen", "--quiet", "--config", str(path), "--threads", "4")
    with ExitStack() as stack:
        yield [
            stack.enter_context(
                served(folder / f"replica-{n}.db", env={"KLING_DB": url}, extra_args=args)
            )
            for n in range(count)
        ]


class RoundRobin:
    """A client that sends each request to the next replica."""

    def __init__(self, replicas: list[Served], key: str) -> None:
        self.urls = itertools.cycle([r.base_url for r in replicas])
        self.headers = {"Authorization": f"Bearer {key}"}

    def post(self, path: str, body: dict[str, Any]) -> requests.Response:
        url = next(self.urls) + path
        return requests.post(url, json=body, headers=self.headers, timeout=30)

    def get(self, path: str, **params: Any) -> requests.Response:
        url = next(self.urls) + path
        return requests.get(url, params=params, headers=self.headers, timeout=30)


def at_once(call: Callable[[int], T], count: int) -> list[T]:
    with ThreadPoolExecutor(min(count, 16)) as pool:
        return list(pool.map(call, range(count), timeout=60))


def admin(replica: Served, path: str, **kwargs: Any) -> Any:
    method = kwargs.pop("method", "POST" if "json" in kwargs else "GET")
    answer = requests.request(method, f"{replica.base_url}/__mock/{path}", timeout=30, **kwargs)
    return answer.json()
