"""A new operation added to spec/ is served with no code change (a throwaway spec directory)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from flask import Flask
from mockapi import MockAPI, SpecResponses

from spec.documents import SPEC_DIR, load_bundle


def _responses(success: str) -> dict[str, Any]:
    common = "./common.yaml#/components/responses/"
    errors = {"400": "BadRequest", "401": "Unauthorized", "404": "NotFound"}
    return {"200": {"$ref": common + success}} | {
        status: {"$ref": common + name} for status, name in errors.items()
    }


AREA: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Throwaway area", "version": "1"},
    "security": [{"gatewayKey": []}],
    "paths": {
        "/v1/things/sketch": {
            "post": {
                "operationId": "createSketchTask",
                "x-kling-family": "things.sketch",
                "x-kling-task": {
                    "result": "images",
                    "count_field": "copies",
                    "pack": "image",
                    "units": 2,
                },
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/SketchRequest"}
                        }
                    },
                },
                "responses": _responses("TaskCreated"),
            }
        },
        "/v1/things/sketch/{task_id}": {
            "get": {
                "operationId": "getSketchTask",
                "x-kling-family": "things.sketch",
                "x-kling-query": {"of": "createSketchTask", "by": ["task_id", "external_task_id"]},
                "parameters": [{"$ref": "./common.yaml#/components/parameters/TaskIdPath"}],
                "responses": _responses("TaskFound"),
            }
        },
    },
    "components": {
        "schemas": {
            "SketchRequest": {
                "type": "object",
                "required": ["subject"],
                "additionalProperties": False,
                "properties": {
                    "subject": {"type": "string", "maxLength": 20},
                    "copies": {"type": "integer", "minimum": 1, "maximum": 3},
                },
            }
        }
    },
}


def throwaway_spec(tmp_path: Path) -> Path:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    shutil.copy(SPEC_DIR / "common.yaml", spec_dir / "common.yaml")
    (spec_dir / "things.yaml").write_text(yaml.safe_dump(AREA, sort_keys=False), encoding="utf-8")
    return spec_dir


def test_a_new_area_document_is_served_without_code_changes(
    tmp_path: Path, make_app: Callable[..., Flask]
) -> None:
    spec_dir = throwaway_spec(tmp_path)
    api = MockAPI(make_app(KLING_SPEC_DIR=str(spec_dir)), SpecResponses(load_bundle(spec_dir)))

    created = api.create("/kling/v1/things/sketch", {"subject": "a cat", "copies": 3})
    api.advance(60_000)
    task = api.get(f"/v1/things/sketch/{created['task_id']}").json()["data"]

    assert task["task_status"] == "succeed"
    assert len(task["task_result"]["images"]) == 3
    assert task["final_unit_deduction"] == "6"


def test_the_new_operation_is_validated_from_its_schema(
    tmp_path: Path, make_app: Callable[..., Flask]
) -> None:
    spec_dir = throwaway_spec(tmp_path)
    api = MockAPI(make_app(KLING_SPEC_DIR=str(spec_dir)), SpecResponses(load_bundle(spec_dir)))

    response = api.post("/v1/things/sketch", {"subject": "x" * 21, "copies": 4})

    assert response.status_code == 400
    assert response.json()["message"] == "copies must be <= 3"  # one sentence, as live answers


def test_the_unknown_task_answer_is_the_one_the_design_block_states(
    tmp_path: Path, make_app: Callable[..., Flask]
) -> None:
    spec_dir = throwaway_spec(tmp_path)
    common = yaml.safe_load((spec_dir / "common.yaml").read_text(encoding="utf-8"))
    common["components"]["x-kling-designs"]["legacy"]["not_found"] = {
        "status": 404,
        "code": 1203,
        "message": "no task {key} here",
    }
    (spec_dir / "common.yaml").write_text(yaml.safe_dump(common), encoding="utf-8")
    api = MockAPI(make_app(KLING_SPEC_DIR=str(spec_dir)), SpecResponses(load_bundle(spec_dir)))

    response = api.get("/v1/things/sketch/42")

    assert (response.status_code, response.json()["message"]) == (404, "no task 42 here")
