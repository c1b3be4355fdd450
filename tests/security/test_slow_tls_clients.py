"""Slow clients over HTTPS do not starve the others either: the TLS handshake and the request's
head are read in the worker's event loop, so a client that stalls in the handshake or trickles
its head holds no thread, and is let go once its time is up."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterator

import pytest
import requests

from mockserver.security.tls import HttpsMock, https_server
from tests.security.attacks import judged
from tests.security.test_slow_clients import whole_answer

SLOW = 16  # four times the worker's threads
#: The first bytes of a TLS ClientHello record, and then nothing.
HALF_HELLO = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpsMock]:
    folder = tmp_path_factory.mktemp("slow-tls")
    env = {"KLING_HEADER_TIMEOUT_S": "2", "KLING_BODY_TIMEOUT_S": "3"}
    with https_server(folder, env=env, extra_args=("--threads", "4")) as server:
        yield server


def port_of(mock: HttpsMock) -> int:
    return int(mock.base_url.rsplit(":", 1)[1])


def stalled_handshakes(mock: HttpsMock) -> list[socket.socket]:
    made = []
    for _ in range(SLOW):
        sock = socket.create_connection(("127.0.0.1", port_of(mock)), timeout=10)
        sock.sendall(HALF_HELLO)
        made.append(sock)
    return made


def trickled_heads(mock: HttpsMock) -> list[ssl.SSLSocket]:
    context = ssl.create_default_context(cafile=str(mock.ca_file))
    made = []
    for _ in range(SLOW):
        raw = socket.create_connection(("127.0.0.1", port_of(mock)), timeout=10)
        sock = context.wrap_socket(raw, server_hostname="127.0.0.1")
        sock.sendall(b"GET /__mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        made.append(sock)
    return made


def probe_latencies(mock: HttpsMock) -> list[float]:
    latencies = []
    for _ in range(5):
        started = time.perf_counter()
        answer = requests.get(f"{mock.base_url}/__mock/health", timeout=5, verify=str(mock.ca_file))
        latencies.append(time.perf_counter() - started)
        assert answer.status_code == 200
    return latencies


def test_handshakes_that_stall_leave_the_health_probe_answering_within_a_second(
    mock: HttpsMock,
) -> None:
    connections = stalled_handshakes(mock)
    try:
        latencies = probe_latencies(mock)
        assert max(latencies) < 1.0, latencies
        for sock in connections:  # each stalled handshake is closed once its time is up
            sock.settimeout(6)
            assert sock.recv(100) == b""
    finally:
        for sock in connections:
            sock.close()
    assert "Traceback" not in mock.server.log()


def test_heads_that_trickle_over_tls_leave_the_probe_answering_and_get_408(
    mock: HttpsMock,
) -> None:
    connections = trickled_heads(mock)
    try:
        latencies = probe_latencies(mock)
        assert max(latencies) < 1.0, latencies
        for sock in connections:
            sock.settimeout(6)
            head = whole_answer(sock)
            judged("slow clients", int(head.split()[1]), head)
            assert head.startswith(b"HTTP/1.1 408"), head[:100]
    finally:
        for sock in connections:
            sock.close()
    assert "Traceback" not in mock.server.log()
