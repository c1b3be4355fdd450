"""The client follows the same strictness policy as the mock, through the same normaliser.

Raw calls (``client.request``) may carry what Kling ignores or coerces: a lenient client checks the
body the way Kling reads it, sends it and warns (``DeviationWarning``, the same words as the mock's
``X-Mock-Warnings``); a strict client refuses it before sending, in the strict mock's words. Typed
methods cannot send an unknown field, and ``None`` for an optional argument means "not sent".
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest
import requests
from kling_client import DeviationWarning, InvalidRequestError, KlingClient

from tests.client.conftest import MOCK_URL, Canned, Scripted, envelope, task
from tests.deviations import DEVIATIONS, OPERATIONS, URL

#: Top-level nulls never leave the client (None means "not given"), so only the others are sent.
SENT = [row for row in DEVIATIONS if None not in row[2].values()]
SENT_IDS = [row[0] for row in SENT]
NULLS = [row for row in DEVIATIONS if None in row[2].values()]
NULL_IDS = [row[0] for row in NULLS]


@pytest.mark.parametrize(("name", "path", "body", "warning", "refusal"), SENT, ids=SENT_IDS)
def test_a_lenient_client_sends_the_deviation_and_warns_like_the_mock(
    mock_session: requests.Session,
    name: str,
    path: str,
    body: dict[str, Any],
    warning: str,
    refusal: str,
) -> None:
    seen: list[str] = []
    mock_session.hooks["response"].append(
        lambda response, *args, **kwargs: seen.append(response.headers.get("X-Mock-Warnings"))
    )
    client = KlingClient(api_key="test", base_url=MOCK_URL, session=mock_session)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.request(**OPERATIONS[path], body=body)
    mine = "; ".join(str(w.message) for w in caught if w.category is DeviationWarning)
    assert mine == seen[-1] == warning


@pytest.mark.parametrize(("name", "path", "body", "warning", "refusal"), SENT, ids=SENT_IDS)
def test_a_strict_client_refuses_the_deviation_in_the_strict_mocks_words(
    scripted: Callable[..., Scripted],
    mock_session: requests.Session,
    name: str,
    path: str,
    body: dict[str, Any],
    warning: str,
    refusal: str,
) -> None:
    run = scripted([], strict=True)
    with pytest.raises(InvalidRequestError) as local:
        run.client.request(**OPERATIONS[path], body=body)
    assert run.adapter.requests == []
    mock_session.headers["X-Mock-Strict"] = "true"
    client = KlingClient(api_key="test", base_url=MOCK_URL, session=mock_session)
    with pytest.raises(InvalidRequestError) as remote:
        client.request(**OPERATIONS[path], body=body, validate=False)
    assert local.value.code == remote.value.code == 1201
    assert refusal in local.value.message.split("; ")
    assert local.value.message == remote.value.message


def test_a_lenient_client_sends_the_body_as_given(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))], auto_external_task_id=False)
    body = {"model_name": "kling-v2-6", "prompt": "a cat", "duration": 5, "cfg_scale": 0.5}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run.client.request("createText2VideoTask", body=body)
    assert run.adapter.bodies() == [body]
    assert [str(w.message) for w in caught] == [
        'coerced duration 5 -> "5"',
        "ignored cfg_scale (not supported by model_name kling-v2-6)",
    ]


def test_none_for_an_optional_argument_is_not_sent(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))], auto_external_task_id=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        run.client.videos.image2video.create(
            image=URL, image_tail=None, prompt="a cat", cfg_scale=None
        )
    assert run.adapter.bodies() == [{"image": URL, "prompt": "a cat"}]


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(("name", "path", "body", "warning", "refusal"), NULLS, ids=NULL_IDS)
def test_a_null_at_the_top_level_of_a_raw_body_is_not_sent(
    scripted: Callable[..., Scripted],
    strict: bool,
    name: str,
    path: str,
    body: dict[str, Any],
    warning: str,
    refusal: str,
) -> None:
    run = scripted([Canned(body=envelope(task()))], auto_external_task_id=False, strict=strict)
    run.client.request(**OPERATIONS[path], body=body)
    assert run.adapter.bodies() == [{k: v for k, v in body.items() if v is not None}]


def test_a_typed_method_cannot_send_an_unknown_field(client: KlingClient) -> None:
    create: Any = client.videos.image2video.create
    with pytest.raises(TypeError, match="aspect_ratio"):
        create(image=URL, prompt="a cat", aspect_ratio="16:9")


def test_a_clean_body_raises_no_warning(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        run.client.request("createImageGenerationTask", body={"prompt": "a boat", "n": 2})
