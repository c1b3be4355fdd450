"""The asyncio client keeps the blocking client's promises: same verdicts, same lifecycle.

``AsyncKlingClient`` runs the same plans as ``KlingClient`` through httpx instead of requests.
For drawn valid bodies and every single-constraint breakage of them, both refuse the same bodies
with the same violations (offline) and get the same verdict from the mock. For every kind of
polled task, the async client creates it, waits it to the end, finds it by id, by external id
and in its async iteration, and reads exactly what the blocking client reads for that task.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

import httpx
import pytest
from flask import Flask
from hypothesis import given, settings
from hypothesis import strategies as st
from kling_client import AsyncKlingClient, InvalidRequestError, KlingClient, KlingError

from mockserver.testing import async_http_for, session_for

from .campaign import examples
from .strategies import breakages, valid_bodies
from .support import (
    BASE_URL,
    VALIDATION_CODES,
    NetworkForbidden,
    Verdict,
    body_operations,
    client_verdict,
    fresh_key,
    offline_session,
    polled_creates,
    spec_schemas,
)

CREATES = [(c.operation_id, c.family) for c in polled_creates()]


def _refuse(request: httpx.Request) -> httpx.Response:
    raise NetworkForbidden(str(request.url))


def async_client_verdict(operation_id: str, body: dict[str, Any]) -> Verdict:
    http = httpx.AsyncClient(transport=httpx.MockTransport(_refuse))
    client = AsyncKlingClient(api_key="offline", base_url=BASE_URL, http_client=http, strict=True)
    try:
        asyncio.run(client.request(operation_id, body=body))
    except InvalidRequestError as error:
        return ("refused", error.code, frozenset(error.message.split("; ")))
    except NetworkForbidden:
        return ("accepted", None, frozenset())
    raise AssertionError("the async client neither refused nor tried to send")


def mock_verdict(client: KlingClient | AsyncKlingClient, operation_id: str, body: Any) -> Verdict:
    try:
        if isinstance(client, AsyncKlingClient):
            asyncio.run(client.request(operation_id, body=body, validate=False))
        else:
            client.request(operation_id, body=body, validate=False)
    except KlingError as error:
        if error.code in VALIDATION_CODES:
            return ("refused", error.code, frozenset(error.message.split("; ")))
        return ("accepted", error.code, frozenset())
    return ("accepted", 0, frozenset())


def both_clients(app: Flask) -> tuple[KlingClient, AsyncKlingClient]:
    """A blocking and an asyncio client of one fresh account of ``app``."""
    key = fresh_key()
    return (
        KlingClient(api_key=key, base_url=BASE_URL, session=session_for(app), max_retries=0),
        AsyncKlingClient(
            api_key=key, base_url=BASE_URL, http_client=async_http_for(app), max_retries=0
        ),
    )


def resource_of(client: Any, family: str) -> Any:
    return functools.reduce(getattr, family.split("."), client)


@pytest.mark.parametrize("operation_id", body_operations())
@settings(max_examples=examples(5, 0.15))  # each example judges every breakage of its body
@given(data=st.data())
def test_both_clients_refuse_the_same_bodies_alike(operation_id: str, data: st.DataObject) -> None:
    schema = spec_schemas()[operation_id]
    body = data.draw(valid_bodies(schema), label="body")
    for candidate in [body, *(b.body for b in breakages(body, schema))]:
        assert async_client_verdict(operation_id, candidate) == client_verdict(
            operation_id, candidate
        ), candidate


@pytest.mark.parametrize("operation_id", body_operations())
@settings(max_examples=examples(3, 0.1))
@given(data=st.data())
def test_the_mock_gives_both_clients_the_same_verdict(
    operation_id: str, mock_app: Flask, data: st.DataObject
) -> None:
    schema = spec_schemas()[operation_id]
    body = data.draw(valid_bodies(schema), label="body")
    for candidate in [body, *(b.body for b in breakages(body, schema))]:
        blocking, _ = both_clients(mock_app)  # two accounts: an external_task_id is per account
        _, asyncio_client = both_clients(mock_app)
        mine = mock_verdict(asyncio_client, operation_id, candidate)
        assert mine == mock_verdict(blocking, operation_id, candidate), candidate


@pytest.mark.parametrize(("operation_id", "family"), CREATES, ids=[c[0] for c in CREATES])
@settings(max_examples=5)
@given(data=st.data())
def test_every_task_the_async_client_awaits_reads_as_the_blocking_client_reads_it(
    operation_id: str, family: str, mock_app: Flask, data: st.DataObject
) -> None:
    body = data.draw(valid_bodies(spec_schemas()[operation_id]), label="body")
    blocking, asyncio_client = both_clients(mock_app)
    resource = resource_of(asyncio_client, family)

    async def lifecycle() -> tuple[Any, Any, Any, set[str]]:
        created = await resource.create(**body)
        try:
            done = await resource.wait(created.task_id, timeout=30, poll_interval=0.005)
        except KlingError as error:
            done = getattr(error, "task", None)
        external_id = created.task_info.external_task_id
        by_external_id = await resource.get_by_external_id(external_id)
        listed = {task.task_id async for task in resource.iter()}
        return created, done, by_external_id, listed

    created, done, by_external_id, listed = asyncio.run(lifecycle())
    assert done is not None and done.task_status in ("succeed", "failed")
    assert by_external_id.task_id == created.task_id
    assert created.task_id in listed
    assert resource_of(blocking, family).get(created.task_id) == done


def test_the_offline_session_is_what_the_blocking_verdict_uses() -> None:
    """Guards the comparison above: the blocking verdict really is an offline one."""
    with pytest.raises(NetworkForbidden):
        offline_session().get(BASE_URL)
