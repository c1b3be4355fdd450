"""One served mock per test process for the pages' examples; each example starts it fresh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.docs.served import Served, served


@pytest.fixture(scope="session")
def page_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with served(tmp_path_factory.mktemp("page-mock")) as mock:
        yield mock


@pytest.fixture
def fresh_mock(page_mock: Served) -> Served:
    page_mock.fresh()
    return page_mock
