"""Callbacks go only where the allow-list says: one reading of the URL for the list and the sender,
addresses checked when the connection opens, redirects never followed."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest
from flask import Flask

from mockserver.callbacks import AllowList, urls
from mockserver.callbacks.sender import HttpSender
from tests.security.attacks import GENERATIONS, judged
from tests.security.servers import Receiver

TASK_MS = 60_000


@pytest.fixture
def allowed() -> Iterator[Receiver]:
    made = Receiver("127.0.0.1")
    yield made
    made.close()


@pytest.fixture
def forbidden() -> Iterator[Receiver]:
    made = Receiver("127.0.0.2")
    yield made
    made.close()


def bypasses(ok: int, bad: int) -> list[str]:
    """URL forms that name the forbidden 127.0.0.2 while a careless reader sees 127.0.0.1."""
    return [
        f"http://127.0.0.2:{bad}\\@127.0.0.1:{ok}/",
        f"http://127.0.0.2:{bad}\\\\@127.0.0.1:{ok}/",
        f"http://127.0.0.1:{ok}@127.0.0.2:{bad}/",
        f"http://user:pw@127.0.0.2:{bad}/",
        f"http://127.0.0.2:{bad}@127.0.0.1:{ok}/",
        f"http://2130706434:{bad}/",
        f"http://0177.0.0.2:{bad}/",
        f"http://0x7f000002:{bad}/",
        f"http://0x7f.0.0.2:{bad}/",
        f"http://127.2:{bad}/",
        f"http://127.0.0.02:{bad}/",
        f"http://[::ffff:127.0.0.2]:{bad}/",
        f"http://[::ffff:7f00:2]:{bad}/",
        f"http://[::127.0.0.2]:{bad}/",
        f"http://127.0.0.2.:{bad}/",
        f"http://127%2E0%2E0%2E2:{bad}/",
        f"http://127.0.0.2%00.127.0.0.1:{bad}/",
        f"http:/\\127.0.0.2:{bad}/",
        f"http:\\\\127.0.0.2:{bad}/",
        f" http://127.0.0.2:{bad}/",
        f"http://127.0.0.2:{bad}\t/",
        f"HTTP://127.0.0.2:{bad}/",
        f"http://[::1%25lo]:{bad}/",
        f"http://localhost.:{ok}@127.0.0.2:{bad}/",
        f"http://127.0.0.2\u3002:{bad}/",
        f"ftp://127.0.0.1:{ok}/",
        f"//127.0.0.1:{ok}/",
    ]


def test_no_url_form_reaches_a_host_outside_the_allow_list(
    make_app: Callable[..., Flask], allowed: Receiver, forbidden: Receiver
) -> None:
    app = make_app(
        KLING_CALLBACK_HOSTS=["127.0.0.1/32"],
        KLING_CALLBACK_BACKOFF_MS=5,
        KLING_CALLBACK_POLL_MS=5,
        KLING_CALLBACK_MAX_ATTEMPTS=1,
    )
    client = app.test_client()
    key = {"Authorization": "Bearer k"}
    for url in bypasses(allowed.port, forbidden.port):
        answer = client.post(GENERATIONS, json={"prompt": "p", "callback_url": url}, headers=key)
        judged("callback URL forms", answer.status_code, answer.data)
        assert (answer.status_code, answer.json["code"]) == (400, 1201), url
        assert "callback_url" in answer.json["message"]
    client.post("/__mock/clock", json={"advance_ms": TASK_MS})
    assert forbidden.hits == []


def test_an_allowed_receiver_is_called_and_its_redirect_is_not_followed(
    make_app: Callable[..., Flask], forbidden: Receiver
) -> None:
    redirecting = Receiver("127.0.0.1", 307, {"Location": forbidden.url})
    try:
        app = make_app(
            KLING_CALLBACK_HOSTS=["127.0.0.1/32"],
            KLING_CALLBACK_BACKOFF_MS=5,
            KLING_CALLBACK_POLL_MS=5,
            KLING_CALLBACK_MAX_ATTEMPTS=2,
        )
        client = app.test_client()
        answer = client.post(
            GENERATIONS,
            json={"prompt": "p", "callback_url": redirecting.url},
            headers={"Authorization": "Bearer k"},
        )
        assert answer.status_code == 200
        client.post("/__mock/clock", json={"advance_ms": TASK_MS})
        assert redirecting.hits and forbidden.hits == []
    finally:
        redirecting.close()


def fake_addresses(*addresses: str) -> Callable[[str, int], list[tuple[object, ...]]]:
    def resolve(host: str, port: int) -> list[tuple[object, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    return resolve


def test_a_listed_name_is_checked_on_the_address_it_resolves_to_when_sending(
    monkeypatch: pytest.MonkeyPatch, allowed: Receiver
) -> None:
    sender = HttpSender(allow=AllowList.parse("hooks.test, 127.0.0.1/32"))
    url = f"http://hooks.test:{allowed.port}/hook"
    monkeypatch.setattr(urls, "resolve", fake_addresses("169.254.169.254"))
    status, error = sender.send(url, b"{}", {}, 2.0)
    assert status is None and error is not None and "allow-list" in error, error
    monkeypatch.setattr(urls, "resolve", fake_addresses("169.254.169.254", "127.0.0.1"))
    assert sender.send(url, b"{}", {}, 2.0) == (200, None)
    assert allowed.hits == ["/hook"]


def test_an_address_outside_the_list_is_refused_by_the_sender_itself(forbidden: Receiver) -> None:
    sender = HttpSender(allow=AllowList.parse("127.0.0.1/32"))
    for url in (forbidden.url, f"http://127.0.0.2:{forbidden.port}\\@127.0.0.1/"):
        status, error = sender.send(url, b"{}", {}, 2.0)
        assert status is None and error
    assert forbidden.hits == []


@pytest.mark.parametrize(
    ("url", "host", "port"),
    [
        ("http://127.0.0.1:9/x?y=1", "127.0.0.1", 9),
        ("https://Hooks.Example.TEST./cb", "hooks.example.test", 443),
        ("http://[::1]:8080/", "::1", 8080),
    ],
)
def test_one_reading_of_a_callback_url(url: str, host: str, port: int) -> None:
    target = urls.parse(url)
    assert (target.host, target.port) == (host, port)
    assert urls.parse(target.url) == target
