"""Every document in spec/ is a valid OpenAPI 3.1 document, alone and bundled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from spec.documents import iter_operations

from .conftest import spec_files

ERROR_STATUSES = {"400", "401", "403", "404", "429", "500", "503", "504"}


@pytest.mark.parametrize("path", spec_files(), ids=lambda p: p.name)
def test_document_is_valid_openapi(path: Path) -> None:
    document, base_uri = read_from_filename(str(path))
    validate(document, base_uri=base_uri)


def test_bundle_is_valid_openapi(bundle: dict[str, Any]) -> None:
    validate(bundle)


def test_bundle_lists_official_and_gateway_servers(bundle: dict[str, Any]) -> None:
    urls = {server["url"] for server in bundle["servers"]}
    assert {
        "https://api-singapore.klingai.com",
        "https://api-beijing.klingai.com",
        "https://api.cometapi.com/kling",
    } <= urls


def test_both_security_schemes_are_declared(bundle: dict[str, Any]) -> None:
    schemes = bundle["components"]["securitySchemes"]
    assert schemes["gatewayKey"]["scheme"] == "bearer"
    assert schemes["officialJwt"]["bearerFormat"] == "JWT"


def test_every_operation_has_a_unique_operation_id(bundle: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in iter_operations(bundle)]
    assert len(ids) == len(set(ids))


def test_every_operation_declares_success_and_every_error_status(bundle: dict[str, Any]) -> None:
    missing = {
        f"{method.upper()} {path}": sorted(({"200"} | ERROR_STATUSES) - set(op["responses"]))
        for path, method, op in iter_operations(bundle)
        if ({"200"} | ERROR_STATUSES) - set(op["responses"])
    }
    assert missing == {}


def test_every_error_response_carries_the_codes_of_its_status(bundle: dict[str, Any]) -> None:
    expected = {
        "400": {1200, 1201, 1300, 1301},
        "401": {1000, 1001, 1002, 1003, 1004},
        "403": {1103},
        "404": {1202, 1203},
        "429": {1100, 1101, 1102, 1302, 1303, 1304},
        "500": {5000},
        "503": {5001},
        "504": {5002},
    }
    responses = bundle["components"]["responses"]
    schemas = bundle["components"]["schemas"]
    by_status = {
        "400": "BadRequest",
        "401": "Unauthorized",
        "403": "Forbidden",
        "404": "NotFound",
        "429": "TooManyRequests",
        "500": "ServerError",
        "503": "ServiceUnavailable",
        "504": "GatewayTimeout",
    }
    for status, name in by_status.items():
        ref = responses[name]["content"]["application/json"]["schema"]["$ref"]
        schema = schemas[ref.rsplit("/", 1)[1]]
        assert set(schema["properties"]["code"]["enum"]) == expected[status], status
    for path, method, op in iter_operations(bundle):
        for status in ERROR_STATUSES:
            assert op["responses"][status] == {
                "$ref": f"#/components/responses/{by_status[status]}"
            }, f"{method.upper()} {path} {status}"


def test_every_operation_belongs_to_a_family(bundle: dict[str, Any]) -> None:
    assert [
        op["operationId"] for _, _, op in iter_operations(bundle) if "x-kling-family" not in op
    ] == []


def test_every_operation_is_a_task_a_query_or_synchronous(bundle: dict[str, Any]) -> None:
    kinds = ("x-kling-task", "x-kling-query", "x-kling-sync")
    wrong = [
        op["operationId"]
        for _, _, op in iter_operations(bundle)
        if sum(kind in op for kind in kinds) != 1
    ]
    assert wrong == []


def test_no_key_is_left_without_a_value(bundle: dict[str, Any]) -> None:
    """An unquoted comma inside a YAML flow mapping splits a description into a stray, empty key."""
    from .conftest import walk

    stray = [
        f"{pointer}/{key}"
        for pointer, node in walk(bundle)
        if isinstance(node, dict) and not _inside_example(pointer)
        for key, value in node.items()
        if value is None and key not in ("example", "default", "const")
    ]
    assert stray == []


def _inside_example(pointer: str) -> bool:
    parts = pointer.split("/")
    return "examples" in parts or "example" in parts
