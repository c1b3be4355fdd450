"""The request bodies on the public pages this project started from validate against our schemas.

The pages live in ../shared/seeds beside the project root. Each curl sample there gives a route (the
gateway form carries a /kling prefix, which maps onto our paths by dropping it) and a JSON body.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import ValidatorFactory

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
_ROUTE = re.compile(r"(?:https?://[^\s'\"\\]+|'(/kling/[^']+)')")
_BODY = re.compile(r"(?:-d|--data|--data-raw)\s+'\s*(\{.*?\})\s*'", re.S)


def _curl_samples() -> list[tuple[str, str, Any]]:
    samples = []
    if not SEEDS.is_dir():
        return samples
    for page in sorted(SEEDS.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        for chunk in re.split(r"(?=curl )", text)[1:]:
            body = _BODY.search(chunk)
            route = _ROUTE.search(chunk)
            if not body or not route:
                continue
            url = route.group(1) or route.group(0)
            path = re.sub(r"^https?://[^/]+", "", url)
            path = path.removeprefix("/kling")
            samples.append((f"{page.name}:{path}", path, json.loads(body.group(1))))
    return samples


SAMPLES = _curl_samples()


def test_the_seed_pages_hold_curl_samples() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is not beside the project root")
    assert len(SAMPLES) >= 5


@pytest.mark.parametrize(("where", "path", "body"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_seed_request_body_validates_against_our_request_schema(
    bundle: dict[str, Any], schema_validator: ValidatorFactory, where: str, path: str, body: Any
) -> None:
    operation = bundle["paths"][path]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert [e.message for e in schema_validator(schema).iter_errors(body)] == []
