"""One error tree, chosen by business code first and HTTP status second."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kling_client import (
    APIError,
    AuthenticationError,
    ConcurrencyLimitError,
    ContentPolicyError,
    InsufficientBalanceError,
    InvalidRequestError,
    KlingClient,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from kling_client._error_table import ERRORS

from mockserver import create_app
from mockserver.testing import session_for
from tests.client.conftest import Canned, Scripted, envelope
from tests.designs import unknown_task_answer


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (401, 1000, AuthenticationError),
        (401, 1004, AuthenticationError),
        (429, 1100, InsufficientBalanceError),
        (429, 1102, InsufficientBalanceError),
        (403, 1103, PermissionDeniedError),
        (429, 1304, PermissionDeniedError),
        (400, 1200, InvalidRequestError),
        (400, 1201, InvalidRequestError),
        (404, 1202, NotFoundError),
        (404, 1203, NotFoundError),
        (400, 1300, ContentPolicyError),
        (400, 1301, ContentPolicyError),
        (429, 1302, RateLimitError),
        (429, 1303, ConcurrencyLimitError),
        (500, 5000, ServerError),
        (503, 5001, ServerError),
        (504, 5002, ServerError),
    ],
)
def test_each_business_code_has_its_error_class(
    status: int, code: int, expected: type[APIError]
) -> None:
    assert type(ERRORS.api_error(status=status, code=code, message="m", request_id="r")) is expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, InvalidRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (502, ServerError),
        (418, APIError),
    ],
)
def test_without_a_code_the_http_status_decides(status: int, expected: type[APIError]) -> None:
    assert (
        type(ERRORS.api_error(status=status, code=None, message="m", request_id=None)) is expected
    )


def test_a_concurrency_limit_is_a_kind_of_rate_limit() -> None:
    assert issubclass(ConcurrencyLimitError, RateLimitError)


def test_errors_carry_code_message_request_id_and_status() -> None:
    error = ERRORS.api_error(status=404, code=1203, message="task not found", request_id="req-9")
    assert (error.code, error.message, error.request_id, error.status) == (
        1203,
        "task not found",
        "req-9",
        404,
    )
    assert str(error) == "task not found (code=1203, status=404, request_id=req-9)"


def test_a_200_answer_with_a_nonzero_code_raises(scripted: Callable[..., Scripted]) -> None:
    run = scripted(
        [Canned(200, envelope(code=1303, message="parallel task over limit"))], max_retries=0
    )
    with pytest.raises(ConcurrencyLimitError) as caught:
        run.client.images.generations.create(prompt="x")
    assert caught.value.status == 200


def test_a_non_json_error_page_becomes_a_server_error(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(502, None)], max_retries=0)
    with pytest.raises(ServerError) as caught:
        run.client.images.generations.get("t1")
    assert caught.value.status == 502
    assert caught.value.code is None


def test_an_unknown_task_is_answered_as_the_legacy_design_says_with_the_mocks_request_id(
    client: KlingClient,
) -> None:
    with pytest.raises(APIError) as caught:
        client.images.generations.get("no-such-task")
    assert (caught.value.status, caught.value.code) == unknown_task_answer()
    assert caught.value.request_id


def test_an_unknown_external_id_is_answered_as_the_legacy_design_says(client: KlingClient) -> None:
    with pytest.raises(APIError) as caught:
        client.videos.text2video.get_by_external_id("never-used")
    assert (caught.value.status, caught.value.code) == unknown_task_answer()


def test_a_key_the_server_does_not_know_is_an_authentication_error() -> None:
    app = create_app({"KLING_DB": ":memory:", "KLING_API_KEYS": "good"})
    client = KlingClient(api_key="bad", base_url="http://mock", session=session_for(app))
    with pytest.raises(AuthenticationError) as caught:
        client.images.generations.list()
    assert (caught.value.code, caught.value.status) == (1002, 401)
