"""Reading the gateway's published OpenAPI documents: a ``.yaml``/``.json`` file, or a docs page
that embeds one in a ````` ````yaml ````` block (as the seed pages do), plus the request samples the
document carries (examples, the body schema's ``default``, and the JSON of its curl samples).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from spec import Document, SpecError

#: The gateway serves every official path under this prefix.
GATEWAY_PREFIX = "/kling"
_EMBEDDED = re.compile(r"^````ya?ml[^\n]*\n(.*?)^````\s*$", re.S | re.M)
_CURL_BODY = re.compile(r"(?:-d|--data|--data-raw)\s+'(\{.*?\})'", re.S)


def read_document(path: Path) -> Document:
    """The OpenAPI document in ``path`` (a document, or a page embedding one)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SpecError(f"{path}: {error.strerror}") from error
    embedded = _EMBEDDED.search(text)
    try:
        loaded = yaml.safe_load(embedded.group(1) if embedded else text)
    except yaml.YAMLError as error:
        raise SpecError(f"{path}: not YAML or JSON ({error})") from error
    if not isinstance(loaded, dict) or "paths" not in loaded:
        raise SpecError(f"{path}: no OpenAPI document (no paths)")
    return loaded


def our_path(path: str) -> str:
    """An upstream path in our form: the gateway's /kling prefix dropped."""
    if path.startswith(GATEWAY_PREFIX + "/"):
        return path[len(GATEWAY_PREFIX) :]
    return path


def request_samples(operation: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(label, body) for every request the document shows as valid."""
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    if isinstance(content, Mapping):
        if "example" in content:
            yield "example", content["example"]
        for name, example in (content.get("examples") or {}).items():
            if isinstance(example, Mapping) and "value" in example:
                yield f"example {name!r}", example["value"]
        schema = content.get("schema")
        if isinstance(schema, Mapping) and isinstance(schema.get("default"), Mapping):
            yield "the body schema's default", schema["default"]
    for sample in operation.get("x-codeSamples") or []:
        for found in _CURL_BODY.finditer(str(sample.get("source", ""))):
            try:
                yield f"{sample.get('lang', 'code')} sample", json.loads(found.group(1))
            except json.JSONDecodeError:
                continue


def response_samples(operation: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(status, label, body) for every response example the document gives."""
    for status, response in (operation.get("responses") or {}).items():
        content = ((response or {}).get("content") or {}).get("application/json") or {}
        schema = content.get("schema") if isinstance(content, Mapping) else None
        if isinstance(content, Mapping) and "example" in content:
            yield str(status), "example", content["example"]
        if isinstance(schema, Mapping) and "example" in schema:
            yield str(status), "schema example", schema["example"]
        for name, example in (content.get("examples") or {}).items():
            if isinstance(example, Mapping) and "value" in example:
                yield str(status), f"example {name!r}", example["value"]
