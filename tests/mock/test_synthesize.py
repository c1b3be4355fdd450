"""Synthesized answers: string fields named for an amount hold decimal strings, never words."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from mockapi import MockAPI, query_example, request_example

from mockserver.core.spec_index import Kind
from mockserver.domain.synthesize import NUMERIC_WORDS, Synthesizer

AMOUNTS = {
    "type": "object",
    "required": ["final_unit_deduction", "final_balance_deduction"],
    "properties": {
        "final_unit_deduction": {"type": "string"},
        "final_balance_deduction": {
            "type": "object",
            "required": ["quota", "list_price"],
            "properties": {"quota": {"type": "string"}, "list_price": {"type": "string"}},
        },
        "note": {"type": "string"},
    },
}


def amounts(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if any(word in key.lower() for word in NUMERIC_WORDS) and isinstance(value, str):
                yield key, value
            yield from amounts(value)
    elif isinstance(node, list):
        for value in node:
            yield from amounts(value)


@pytest.mark.parametrize("seed", range(20))
def test_amount_fields_get_decimal_strings(seed: int) -> None:
    maker = Synthesizer(bundle={}, rng=random.Random(seed), base_url="http://m/", now_ms=0)
    made = maker.value(AMOUNTS)
    found = dict(amounts(made))
    assert set(found) == {"final_unit_deduction", "quota", "list_price"}
    for value in found.values():
        assert float(value) >= 0 and value.strip() == value
    assert made["final_unit_deduction"] == f"{float(made['final_unit_deduction']):g}"


def test_every_synchronous_answer_has_numeric_amounts(api: MockAPI) -> None:
    for op in api.index.of_kind(Kind.SYNC):
        if op.method == "GET":
            response = api.get(op.path, params=query_example(api.index, op))
        else:
            response = api.post(op.path, dict(request_example(api.index, op) or {}))
        if response.status_code != 200:
            continue
        for key, value in amounts(response.json()["data"]):
            assert float(value) >= 0, f"{op.operation_id}: {key}={value!r}"
