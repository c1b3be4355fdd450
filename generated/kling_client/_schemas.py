"""The compiled request schemas for client-side validation, shipped as package data.

The same schemas the mock checks with the same engine (``_engine.rules``), produced by
``spec.compile``: every ``$ref`` resolved, only the checked keywords kept. They are JSON
(``_schemas.json``, rendered from spec/ by kling-codegen), read once, the first time a client is
made: ``request`` holds the JSON bodies of each operation, ``parameters`` its query and path
parameters as one object (wire names), ``strictness`` what Kling does with each kind of deviation
(``_engine.leniency`` applies it unless the client is strict).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

#: The package data file, beside this module.
SCHEMAS_FILE = "_schemas.json"


@dataclass(frozen=True)
class Schemas:
    request: dict[str, dict[str, Any]]
    parameters: dict[str, dict[str, Any]]
    strictness: dict[str, Any]


@functools.cache
def schemas() -> Schemas:
    """The schemas of this client's package (read and parsed once)."""
    text = resources.files(__package__).joinpath(SCHEMAS_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    return Schemas(data["request"], data["parameters"], data["strictness"])
