"""Fixtures for the generator tests: the real spec's intermediate model and small made-up bundles.

``bundle_factory`` builds a bundle in memory from a few operations and schemas, so one test can
state exactly the spec shape it is about (the shape of openapi-python-client's model factories).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from codegen.build import build_api
from codegen.ir import Api, Resource
from spec.documents import Document, load_bundle

BundleFactory = Callable[..., Document]

ERROR_RESPONSES = {str(status): {"description": "error"} for status in (400, 401, 404, 429, 500)}


def task_response() -> dict[str, Any]:
    return {
        "description": "a task",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaskResponse"}}},
    }


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


@pytest.fixture(scope="session")
def real_bundle() -> Document:
    return load_bundle()


@pytest.fixture(scope="session")
def api(real_bundle: Document) -> Api:
    """The intermediate model of the real spec/ (read-only by convention)."""
    return build_api(copy.deepcopy(real_bundle))


@pytest.fixture(scope="session")
def resource(api: Api) -> Callable[[str], Resource]:
    """Look a resource up by its dotted family name."""
    by_name = {r.dotted: r for r in api.all_resources}
    return by_name.__getitem__


@pytest.fixture
def bundle_factory() -> BundleFactory:
    """A bundle with a Task envelope, the given paths and extra component schemas."""

    def make(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> Document:
        components: dict[str, Any] = {
            "TaskStatus": {
                "type": "string",
                "enum": ["submitted", "processing", "succeed", "failed"],
            },
            "Task": {
                "type": "object",
                "required": ["task_id", "task_status"],
                "properties": {
                    "task_id": {"type": "string"},
                    "task_status": {"$ref": "#/components/schemas/TaskStatus"},
                },
            },
            "TaskResponse": {
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "data": {"$ref": "#/components/schemas/Task"},
                },
            },
            "TaskListResponse": {
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Task"}},
                },
            },
        }
        components.update(schemas or {})
        return {
            "openapi": "3.1.0",
            "info": {"title": "test", "version": "1"},
            "servers": [
                {"url": "https://official.invalid", "description": "Official host."},
                {"url": "https://gateway.invalid/kling", "description": "A gateway."},
            ],
            "tags": [],
            "paths": paths,
            "components": {
                "schemas": components,
                "x-kling-designs": {
                    "legacy": load_bundle()["components"]["x-kling-designs"]["legacy"]
                },
            },
        }

    return make


def create_operation(family: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A POST that creates a task of ``family`` with the given body schema."""
    return {
        "operationId": extra.pop("operationId", "createThing"),
        "x-kling-family": family,
        "x-kling-task": {"result": "images", "pack": "image"},
        "requestBody": json_body(schema),
        "responses": {"200": task_response(), **ERROR_RESPONSES},
        **extra,
    }


def sync_operation(
    family: str, schema: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": extra.pop("operationId", "doThing"),
        "x-kling-family": family,
        "x-kling-sync": {"behaviour": "synthesize"},
        "responses": {"200": task_response()},
        **extra,
    }
    if schema is not None:
        operation["requestBody"] = json_body(schema)
    return operation
