"""Schemathesis over the mock with our own spec: every operation, both route forms.

Schemathesis draws requests (valid and deliberately invalid) from spec/ and checks each answer:
no server errors, the documented status codes and content types, and bodies that conform to the
response schemas. Two checks are left out, each because the Kling API documents otherwise:
``positive_data_acceptance`` (the x-kling-* rules, image pixels and cross-field and per-model
limits, reject some requests that plain JSON Schema allows, with 400/1201) and
``unsupported_method`` (Kling answers a wrong method with HTTP 404 and business code 1202, not 405).
The mock runs with a fixed key set so that Schemathesis' invalid-credential probes must get 401,
and in strict mode: lenient mode serves what Kling ignores or coerces (null optionals, unknown
fields), which Schemathesis' negative-data check would count as invalid data accepted.

Every answer, Schemathesis' extra probes included, is counted by a ``Campaign``: none may be a 5xx,
none may leave the Kling envelope, and the mock may log no traceback. The number of examples grows
with the Hypothesis profile (``make test-deep`` runs the big campaign).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    positive_data_acceptance,
    unsupported_method,
)

from mockserver import create_app
from mockserver.core.spec_index import SpecIndex
from spec.documents import load_bundle

from .campaign import Campaign, examples

schema = schemathesis.openapi.from_dict(load_bundle())
INDEX = SpecIndex.from_bundle(load_bundle())
# Every call goes straight into the mock's WSGI app (no sockets), as from_wsgi would arrange.
CAMPAIGN = Campaign("schemathesis")
schema.app = CAMPAIGN.watch(
    create_app(
        {
            "KLING_DB": ":memory:",
            "KLING_SPEED": 1000.0,
            "KLING_SEED": 7,
            "KLING_API_KEYS": ["schemathesis-key"],
            "KLING_STRICT": True,
        }
    )
)
AUTH = {"Authorization": "Bearer schemathesis-key"}


@pytest.mark.parametrize("prefix", ["", "/kling"], ids=["official", "gateway"])
@schema.parametrize()
@settings(max_examples=examples(8, 0.01), deadline=None, suppress_health_check=list(HealthCheck))
def test_mock_answers_every_operation_within_the_spec(case: Any, prefix: str) -> None:
    if prefix and not INDEX.gateway_serves(case.path):
        pytest.skip("the path's servers leave out the gateway (tests/mock/test_routes.py)")
    excluded = [positive_data_acceptance, unsupported_method]
    case.call_and_validate(
        base_url=f"http://localhost{prefix}", headers=AUTH, excluded_checks=excluded
    )
    assert CAMPAIGN.problems() == []  # this answer and Schemathesis' probes: envelope, no 5xx


@pytest.fixture(scope="module", autouse=True)
def campaign_figures() -> Iterator[None]:
    yield
    CAMPAIGN.report()
