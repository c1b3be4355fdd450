"""Slow clients do not starve the others: requests that trickle in wait in the event loop, and
are answered 408 when they take too long; the health probe keeps answering at once."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator

import pytest
import requests

from mockserver.served import Served, served
from tests.security.attacks import judged

SLOW = 32


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("slow")
    env = {"KLING_HEADER_TIMEOUT_S": "2", "KLING_BODY_TIMEOUT_S": "3"}
    with served(folder / "state.sqlite3", workers=1, env=env) as server:
        yield server


def slow_connections(mock: Served) -> list[socket.socket]:
    port = int(mock.base_url.rsplit(":", 1)[1])
    made = []
    for n in range(SLOW):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        if n % 2:  # a head that never ends
            sock.sendall(b"GET /__mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        else:  # a body that trickles
            sock.sendall(
                b"POST /v1/images/generations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Authorization: Bearer k\r\nContent-Type: application/json\r\n"
                b'Content-Length: 100\r\n\r\n{"prompt":'
            )
        made.append(sock)
    return made


def test_slow_connections_leave_the_health_probe_answering_within_a_second(
    mock: Served,
) -> None:
    connections = slow_connections(mock)
    try:
        latencies = []
        for _ in range(5):
            started = time.perf_counter()
            answer = requests.get(f"{mock.base_url}/__mock/health", timeout=5)
            latencies.append(time.perf_counter() - started)
            assert answer.status_code == 200
        created = requests.post(
            f"{mock.base_url}/v1/images/generations",
            json={"prompt": "p"},
            headers={"Authorization": "Bearer k"},
            timeout=5,
        )
        assert created.status_code == 200
        assert max(latencies) < 1.0, latencies
        for sock in connections:  # each slow request is refused once its time is up
            head = whole_answer(sock)
            judged("slow clients", int(head.split()[1]), head)
            assert head.startswith(b"HTTP/1.1 408"), head[:100]
    finally:
        for sock in connections:
            sock.close()
    assert "Traceback" not in mock.log()


def test_a_body_that_stops_arriving_midway_is_refused_in_the_envelope(mock: Served) -> None:
    port = int(mock.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        big = 2 * 1024 * 1024  # past what the event loop reads: the thread reads the rest
        sock.sendall(
            b"POST /v1/images/generations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Authorization: Bearer k\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {big}\r\n\r\n".encode()
            + b"{"
            + b" " * (1024 * 1024 + 10)
        )
        head = whole_answer(sock)
    judged("slow clients", int(head.split()[1]), head)
    assert head.startswith((b"HTTP/1.1 408", b"HTTP/1.1 400")), head[:200]
    assert b'"code":1200' in head
    assert "Traceback" not in mock.log()


def whole_answer(sock: socket.socket) -> bytes:
    """The head and the body its Content-Length announces, however the server splits them."""
    answer = b""
    while b"\r\n\r\n" not in answer and (piece := sock.recv(4096)):
        answer += piece
    head, _, body = answer.partition(b"\r\n\r\n")
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    wanted = int(length.group(1)) if length else 0
    while len(body) < wanted and (piece := sock.recv(4096)):
        body += piece
    return head + b"\r\n\r\n" + body


def raw_exchange(mock: Served, payload: bytes, close_write: bool = False) -> bytes:
    port = int(mock.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(payload)
        if close_write:
            sock.shutdown(socket.SHUT_WR)
        return whole_answer(sock)


HEAD = b"POST /v1/images/generations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer k\r\n"


@pytest.mark.parametrize(
    "body",
    [
        b"Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
        b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n",
        b"Transfer-Encoding: chunked\r\n\r\n" + b"f" * 40 + b"\r\n",
    ],
    ids=["bad-size", "no-terminator", "huge-size"],
)
def test_a_bad_chunk_is_400_in_the_envelope(mock: Served, body: bytes) -> None:
    head = raw_exchange(mock, HEAD + b"Content-Type: application/json\r\n" + body)
    judged("malformed bodies", int(head.split()[1]), head)
    assert head.startswith(b"HTTP/1.1 400") and b'"code":1200' in head, head[:300]


def test_a_body_cut_short_is_refused_not_taken_as_complete(mock: Served) -> None:
    sent = (
        HEAD + b"Content-Type: application/json\r\nContent-Length: 40\r\n\r\n" + b'{"prompt":"p"}'
    )
    head = raw_exchange(mock, sent, close_write=True)
    judged("malformed bodies", int(head.split()[1]), head)
    assert head.startswith(b"HTTP/1.1 400") and b"ended after 14 of 40 bytes" in head, head[:300]
    assert "Traceback" not in mock.log()
