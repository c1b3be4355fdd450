"""What spec/ infers is written once (components.x-kling-inferred); the places that follow
from an inference agree with it, so changing the inference shows every place to change."""

from __future__ import annotations

from typing import Any

from spec.compile import request_schema
from spec.documents import iter_operations
from spec.refs import resolve


def _inferences(bundle: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = bundle["components"].get("x-kling-inferred", {})
    return found


def _on_a_route(path: str, routes: list[str]) -> bool:
    """The route itself, or a route under it (the relays' query at the submit path + id)."""
    return any(path == route or path.startswith(route + "/") for route in routes)


def _model_enum(bundle: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    for parameter in operation.get("parameters", []):
        parameter = resolve(bundle, parameter)
        if parameter["in"] == "path" and parameter["name"] == "model":
            return list(resolve(bundle, parameter["schema"])["enum"])
    return []


def test_a_route_serves_an_inferred_slug_exactly_when_the_inference_names_the_route(
    bundle: dict[str, Any],
) -> None:
    out_of_step = []
    for name, inference in _inferences(bundle).items():
        for path, _, operation in iter_operations(bundle):
            serves = sorted(set(inference.get("slugs", [])) & set(_model_enum(bundle, operation)))
            named = _on_a_route(path, inference.get("routes", []))
            if named != bool(serves) or (named and serves != sorted(inference["slugs"])):
                out_of_step.append(f"{name}: {path} serves {serves}")
    assert out_of_step == []


def test_each_route_of_an_inferred_slug_says_what_the_slug_may_do(bundle: dict[str, Any]) -> None:
    undescribed = []
    for name, inference in _inferences(bundle).items():
        for path, _, operation in iter_operations(bundle):
            if path not in inference.get("routes", []):
                continue
            models = (request_schema(bundle, operation) or {}).get("x-kling-models", {})
            for slug in inference.get("slugs", []):
                entry = models.get("models", {}).get(slug)
                if not entry or "source" not in entry:
                    undescribed.append(f"{name}: {path} {slug}")
    assert undescribed == []
