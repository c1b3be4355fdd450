"""Every operation of spec/ is routed under both URL forms; everything else is a Kling 404."""

from __future__ import annotations

import pytest
from mockapi import MockAPI, concrete

from mockserver.core.spec_index import SpecIndex
from spec.documents import SPEC_DIR, load_bundle

INDEX = SpecIndex.from_bundle(load_bundle(SPEC_DIR))
OPERATIONS = sorted(INDEX.operations.values(), key=str)
#: (operation, prefix): each form the path's servers list (official hosts, the gateway's /kling).
FORMS = [
    (op, prefix)
    for op in OPERATIONS
    for prefix in ("", "/kling")
    if (INDEX.gateway_serves(op.path) if prefix else INDEX.official_serves(op.path))
]


@pytest.mark.parametrize(
    ("op", "prefix"), FORMS, ids=lambda v: getattr(v, "operation_id", v or "official")
)
def test_every_operation_is_routed_under_its_servers_prefixes(
    api: MockAPI, op: object, prefix: str
) -> None:
    api.prefix = prefix
    response = api.call(op.method, concrete(op.path, "123"), key="")  # type: ignore[attr-defined]
    assert (response.status_code, response.json()["code"]) == (401, 1001)


def test_a_path_only_relays_serve_has_no_official_form(api: MockAPI) -> None:
    relays_only = [op for op in OPERATIONS if not INDEX.official_serves(op.path)]
    for op in relays_only:
        response = api.call(op.method, concrete(op.path, "123"), key="")
        assert response.status_code == 404


def test_a_path_whose_servers_leave_out_the_gateway_has_no_gateway_form(api: MockAPI) -> None:
    official_only = [op for op in OPERATIONS if not INDEX.gateway_serves(op.path)]
    for op in official_only:
        api.prefix = "/kling"
        response = api.call(op.method, concrete(op.path, "123"), key="")
        assert response.status_code == 404


@pytest.mark.parametrize("path", ["/account/costs", "/kling/account/costs"])
def test_account_costs_has_no_v1_segment_in_either_form(api: MockAPI, path: str) -> None:
    response = api.get(path, params={"start_time": 1, "end_time": 2})
    assert response.status_code == 200


def test_unknown_route_is_a_kling_404_with_code_1203(api: MockAPI) -> None:
    response = api.get("/v1/images/nothing-here")
    assert response.status_code == 404
    assert response.json()["code"] == 1203
    assert response.headers["Content-Type"] == "application/json"


def test_wrong_method_is_a_kling_404_with_code_1202(api: MockAPI) -> None:
    response = api.call("DELETE", "/v1/images/generations")
    assert (response.status_code, response.json()["code"]) == (404, 1202)


def test_options_is_a_wrong_method_too(api: MockAPI) -> None:
    response = api.call("OPTIONS", "/v1/images/generations")
    assert (response.status_code, response.json()["code"]) == (404, 1202)


def test_error_envelope_carries_code_message_and_request_id(api: MockAPI) -> None:
    body = api.get("/nowhere").json()
    assert set(body) == {"code", "message", "request_id"}
    assert body["request_id"]
