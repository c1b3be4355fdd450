"""list pages through tasks; iter walks every page; get_by_external_id uses the list route."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kling_client import KlingClient, NotFoundError

from tests.client.conftest import Canned, Scripted, envelope, task


def test_list_returns_one_page_newest_first(client: KlingClient) -> None:
    ids = [client.images.generations.create(prompt=f"boat {i}").task_id for i in range(3)]
    page = client.images.generations.list(page_num=1, page_size=2)
    assert [t.task_id for t in page] == ids[::-1][:2]


def test_iter_walks_every_page(client: KlingClient) -> None:
    ids = [client.images.generations.create(prompt=f"boat {i}").task_id for i in range(5)]
    assert [t.task_id for t in client.images.generations.iter(page_size=2)] == ids[::-1]


def test_iter_stops_at_the_first_short_page(scripted: Callable[..., Scripted]) -> None:
    pages = [[task("a"), task("b")], [task("c")]]
    run = scripted([Canned(body=envelope(page)) for page in pages])
    assert [t.task_id for t in run.client.images.generations.iter(page_size=2)] == ["a", "b", "c"]
    sent = [r.url for r in run.adapter.requests]
    assert sent == [
        "http://scripted/v1/images/generations?pageNum=1&pageSize=2",
        "http://scripted/v1/images/generations?pageNum=2&pageSize=2",
    ]


def test_get_by_external_id_finds_the_task(client: KlingClient) -> None:
    created = client.images.generations.create(prompt="a boat", external_task_id="order-17")
    found = client.images.generations.get_by_external_id("order-17")
    assert found.task_id == created.task_id


def test_get_also_takes_the_external_id_in_the_path(client: KlingClient) -> None:
    created = client.images.generations.create(prompt="a boat", external_task_id="order-18")
    assert client.images.generations.get("order-18").task_id == created.task_id


def test_path_values_are_url_quoted(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))])
    run.client.images.generations.get("a/b c")
    assert run.adapter.requests[0].url == "http://scripted/v1/images/generations/a%2Fb%20c"


def test_get_by_external_id_prefers_the_matching_task(scripted: Callable[..., Scripted]) -> None:
    page = [
        task("a", task_info={"external_task_id": "other"}),
        task("b", task_info={"external_task_id": "mine"}),
    ]
    run = scripted([Canned(body=envelope(page))])
    assert run.client.images.generations.get_by_external_id("mine").task_id == "b"


def test_get_by_external_id_raises_when_no_task_matches(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope([task("a", task_info={"external_task_id": "other"})]))])
    with pytest.raises(NotFoundError):
        run.client.images.generations.get_by_external_id("mine")
