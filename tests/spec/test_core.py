"""The spec core reads the spec one way for everyone: references, allOf, operations, errors."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.build import build_api
from mockserver.core.errors import KlingError
from mockserver.core.spec_index import SpecIndex
from spec import (
    Kind,
    SpecError,
    TaskSpec,
    by_id,
    codes_by_status,
    error_table,
    flatten,
    resolve,
    status_of_code,
)
from spec.errors import error_bodies, error_codes
from spec.operations import LIST_BY

SCHEMAS: dict[str, Any] = {
    "Base": {
        "type": "object",
        "required": ["code"],
        "properties": {"code": {"type": "integer", "enum": [1, 2, 3]}, "note": {"type": "string"}},
    },
    "Narrow": {
        "allOf": [{"$ref": "#/components/schemas/Base"}],
        "required": ["note"],
        "properties": {"code": {"enum": [2, 3, 4]}},
    },
    "Loop": {"$ref": "#/components/schemas/Loop"},
}
BUNDLE: dict[str, Any] = {"paths": {}, "components": {"schemas": SCHEMAS}}


def ref(name: str, **siblings: Any) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}", **siblings}


def test_a_reference_resolves_to_its_target_itself() -> None:
    assert resolve(BUNDLE, ref("Base")) is SCHEMAS["Base"]


def test_keywords_beside_a_reference_override_the_target() -> None:
    assert resolve(BUNDLE, ref("Base", description="mine"))["description"] == "mine"


@pytest.mark.parametrize("node", [ref("Loop"), ref("Missing"), {"$ref": "other.yaml#/x"}])
def test_a_reference_that_leads_nowhere_is_a_spec_error(node: dict[str, Any]) -> None:
    with pytest.raises(SpecError):
        resolve(BUNDLE, node)


def test_all_of_is_read_as_a_conjunction_of_its_parts_and_the_schema_itself() -> None:
    merged = flatten(BUNDLE, ref("Narrow"))
    assert merged["required"] == ["code", "note"]
    assert merged["properties"]["code"] == {"type": "integer", "enum": [2, 3]}
    assert merged["properties"]["note"] == {"type": "string"}
    assert "allOf" not in merged


def test_a_schema_without_all_of_is_read_as_it_is() -> None:
    assert flatten(BUNDLE, ref("Base")) is SCHEMAS["Base"]


def nameless(bundle_factory_paths: dict[str, Any]) -> dict[str, Any]:
    """A bundle whose only operation declares no operationId."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [],
        "paths": bundle_factory_paths,
        "components": {},
    }


def test_an_operation_without_an_operation_id_has_the_same_id_in_the_mock_and_the_client() -> None:
    operation = {"x-kling-family": "things", "responses": {"200": {"description": "ok"}}}
    bundle = nameless({"/v1/things": {"post": operation}})
    (mock_id,) = SpecIndex.from_bundle(bundle).operations
    (client_op,) = build_api(bundle).operations
    assert mock_id == client_op.operation_id == "post_/v1/things"


def test_the_kind_of_an_operation_comes_from_its_x_kling_block(bundle: dict[str, Any]) -> None:
    for op in by_id(bundle).values():
        if op.kind is Kind.CREATE:
            assert "x-kling-task" in op.raw
        elif op.kind in (Kind.GET, Kind.LIST):
            assert bool(LIST_BY & set(op.query.by)) is (op.kind is Kind.LIST)
        else:
            assert "x-kling-task" not in op.raw and "x-kling-query" not in op.raw


def test_x_kling_task_is_read_into_a_typed_block_with_its_defaults() -> None:
    task = TaskSpec.parse(
        {
            "result": "omni_images",
            "count_field": "n",
            "slots": "n",
            "series": {
                "when": {"field": "result_type", "equals": "series"},
                "count_field": "series_amount",
                "auto_range": [2, 9],
            },
        }
    )
    assert (task.pack, task.default_duration, task.immediate) == ("general", 5, False)
    assert task.series is not None and task.series.auto_range == (2, 9)
    assert task.field_paths() == ["n"]


def test_the_per_status_error_bodies_list_the_codes_the_error_table_sends_with_them(
    bundle: dict[str, Any],
) -> None:
    table = error_table(bundle)
    responses = bundle["components"]["schemas"]
    for status, codes in codes_by_status(table).items():
        assert set(codes) == set(responses[f"ErrorBody{status}"]["properties"]["code"]["enum"])
    assert error_bodies(bundle) == table == status_of_code()


def test_a_code_listed_under_two_statuses_is_a_spec_error() -> None:
    body = {"properties": {"code": {"enum": [1304]}}}
    document = {"components": {"schemas": {"ErrorBody403": body, "ErrorBody429": body}}}
    with pytest.raises(SpecError, match="1304"):
        error_bodies(document)


def test_an_error_table_entry_without_its_class_is_a_spec_error() -> None:
    entry = {"status": 429, "meaning": "slow down", "retry": True}
    with pytest.raises(SpecError, match="1302"):
        error_codes({"components": {"x-kling-errors": {"1302": entry}}})


def test_the_mock_sends_each_business_code_with_the_status_the_spec_gives_it() -> None:
    for code, status in status_of_code().items():
        assert KlingError(code, "m").status == status
