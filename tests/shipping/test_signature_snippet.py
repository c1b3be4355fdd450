"""The signature check of docs/mock/callbacks.md, run as printed against a real signed delivery."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mockserver.testing import InProcessMock
from tests.docs.blocks import find
from tests.mock.receivers import Received, Receiver

SECRET = "whsec_" + base64.b64encode(b"a key of random bytes \x00\xff").decode()

Verify = Callable[..., bool]


@pytest.fixture
def verify() -> Verify:
    namespace: dict[str, Any] = {}
    exec(find("mock/callbacks.md", "python", "def verify_kling_callback").text, namespace)
    check: Verify = namespace["verify_kling_callback"]
    return check


@pytest.fixture
def delivery() -> Iterator[Received]:
    """One callback the mock signed with SECRET and POSTed to a loopback receiver."""
    receiver = Receiver()
    mock = InProcessMock.start(
        frozen=False,
        config={"KLING_CALLBACK_SECRET": SECRET, "KLING_CALLBACK_POLL_MS": 10},
    )
    try:
        answer = mock.session.post(
            f"{mock.base_url}/v1/images/generations",
            json={"prompt": "a signed lighthouse", "callback_url": receiver.url},
            headers={"Authorization": "Bearer any"},
        )
        assert answer.json()["code"] == 0, answer.text
        (first,) = receiver.wait_for(1)
        yield first
    finally:
        mock.close()
        receiver.close()


def test_the_documented_snippet_accepts_a_delivery_signed_with_the_secret(
    verify: Verify, delivery: Received
) -> None:
    assert verify(SECRET, delivery.headers, delivery.body)


def test_the_documented_snippet_refuses_a_changed_body_or_another_secret(
    verify: Verify, delivery: Received
) -> None:
    other = "whsec_" + base64.b64encode(b"another key").decode()
    assert not verify(SECRET, delivery.headers, delivery.body.replace(b"}", b' ,"x":1}', 1))
    assert not verify(other, delivery.headers, delivery.body)


def test_the_documented_snippet_refuses_a_stale_delivery(
    verify: Verify, delivery: Received
) -> None:
    stale = {
        **delivery.headers,
        "webhook-timestamp": str(int(delivery.headers["webhook-timestamp"]) - 3600),
    }
    assert not verify(SECRET, stale, delivery.body)


def test_a_whsec_secret_is_the_base64_of_the_key_not_its_text(
    verify: Verify, delivery: Received
) -> None:
    """Hashing the secret's text, the usual mistake, does not verify."""
    as_text = SECRET.removeprefix("whsec_")
    assert not verify(as_text, delivery.headers, delivery.body)
