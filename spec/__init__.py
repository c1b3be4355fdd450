"""spec/: the Kling API as OpenAPI documents plus the x-kling-* vocabulary, and the code that
reads them.

Everything that reads the spec goes through this package: the mock server (mockserver/) and the
client generator (codegen/) both depend on it, never on each other. The public API:

- ``load_bundle(spec_dir=SPEC_DIR)``: every document of spec/ as one OpenAPI object;
- ``resolve(bundle, node)``: follow ``$ref``s; ``flatten(bundle, node)``: fold ``allOf`` in;
- ``operations(bundle)`` / ``by_id(bundle)``: typed operations (kind, id, x-kling-* blocks);
- ``status_of_code(spec_dir)``: the business-code -> HTTP-status table of common.yaml;
- ``spec.designs``: the API's designs as typed objects (a task's words: write and read answers);
- ``spec.compile``: schemas compiled for the engine; ``spec.engine``: the engine (values and paths,
  model tables, rules, leniency), shipped whole inside the generated client.
"""

from spec.allof import flatten, merge
from spec.documents import (
    SPEC_DIR,
    Document,
    SpecError,
    document_paths,
    iter_operations,
    load_bundle,
    load_document,
)
from spec.errors import codes_by_status, error_table, status_of_code
from spec.extensions import QuerySpec, Series, SyncSpec, TaskSpec
from spec.operations import Kind, Operation, by_id, operations
from spec.refs import resolve

__all__ = [
    "SPEC_DIR",
    "Document",
    "Kind",
    "Operation",
    "QuerySpec",
    "Series",
    "SpecError",
    "SyncSpec",
    "TaskSpec",
    "by_id",
    "codes_by_status",
    "document_paths",
    "error_table",
    "flatten",
    "iter_operations",
    "load_bundle",
    "load_document",
    "merge",
    "operations",
    "resolve",
    "status_of_code",
]
