"""`kling-mock serve`: gunicorn with several workers that agree on tasks and on the clock, and
that answer every request in the Kling envelope, even those gunicorn itself refuses."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from mockserver.cli.main import overrides_from, parser
from mockserver.core.bounds import MAX_URL_BYTES
from mockserver.served import Served
from mockserver.served import served as serving

HEADERS = {"Authorization": "Bearer served-key"}


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """Two gunicorn workers on one SQLite file, clock frozen."""
    with serving(tmp_path / "state.sqlite3", workers=2, extra_args=("--frozen", "--quiet")) as mock:
        yield mock.base_url


def test_workers_agree_on_tasks_and_on_the_clock(served: str) -> None:
    def create(n: int) -> str:
        body = {"prompt": f"boat {n}", "external_task_id": f"ext-{n}"}
        answer = requests.post(f"{served}/kling/v1/images/generations", json=body, headers=HEADERS)
        assert answer.status_code == 200, answer.text
        task_id: str = answer.json()["data"]["task_id"]
        return task_id

    def statuses() -> set[str]:
        seen = set()
        for task_id in ids:
            for _ in range(3):
                url = f"{served}/v1/images/generations/{task_id}"
                seen.add(requests.get(url, headers=HEADERS).json()["data"]["task_status"])
        return seen

    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(create, range(16)))
    assert len(set(ids)) == 16
    listed = requests.get(
        f"{served}/v1/images/generations", params={"pageSize": 50}, headers=HEADERS
    ).json()["data"]
    assert {task["task_id"] for task in listed} == set(ids)
    assert statuses() == {"submitted"}
    requests.post(f"{served}/__mock/clock", json={"advance_ms": 60_000})
    assert statuses() == {"succeed"}


def test_only_the_options_given_override_the_configuration() -> None:
    args = parser().parse_args(["serve", "--port", "4077", "--seed", "5", "--speed", "2"])
    assert overrides_from(args) == {"KLING_SEED": 5, "KLING_SPEED": 2.0}
    assert args.port == 4077


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serving(tmp_path_factory.mktemp("served") / "state.sqlite3") as mock:
        yield mock


def raw_exchange(base_url: str, data: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are (no client fixes them up) and read the whole answer."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(data)
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


def assert_envelope(status: int, headers: Mapping[str, str], body: bytes, code: int) -> None:
    assert headers["content-type"].startswith("application/json")
    answer = json.loads(body)
    assert set(answer) == {"code", "message", "request_id"}
    assert (status, answer["code"]) == (400, code)


@pytest.mark.parametrize(
    ("length", "code"), [(7_900, 1201), (MAX_URL_BYTES, 1200), (9_000, 1200), (20_000, 1200)]
)
def test_an_overlong_task_id_is_answered_in_the_envelope(
    one_worker: Served, length: int, code: int
) -> None:
    """Within the URL limit the spec's own rule answers (1201); past it the URL is refused."""
    url = f"{one_worker.base_url}/v1/images/generations/{'9' * length}"
    answer = requests.get(url, headers=HEADERS, timeout=30)
    assert_envelope(answer.status_code, answer.headers, answer.content, code)


@pytest.mark.parametrize("size", [9_000, 60_000])
def test_an_oversized_header_is_answered_in_the_envelope(one_worker: Served, size: int) -> None:
    headers = {"Authorization": "Bearer " + "k" * size}
    answer = requests.get(f"{one_worker.base_url}/v1/images/generations", headers=headers)
    assert_envelope(answer.status_code, answer.headers, answer.content, 1200)


@pytest.mark.parametrize(
    "data",
    [
        b"GARBAGE\r\n\r\n",
        b"GET /v1/images/generations HTTP/9.9\r\n\r\n",
        b"GET /v1/images/generations HTTP/1.1\r\nBad Header Name: x\r\n\r\n",
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % n for n in range(200)) + b"\r\n",
    ],
    ids=["no-request-line", "bad-version", "bad-header", "huge-line", "too-many-headers"],
)
def test_what_gunicorn_refuses_is_answered_in_the_envelope(one_worker: Served, data: bytes) -> None:
    status, headers, body = raw_exchange(one_worker.base_url, data)
    assert_envelope(status, headers, body, 1200)
    assert b"<html" not in body
