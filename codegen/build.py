"""Build the intermediate model (``codegen.ir.Api``) from the bundled spec.

Operations are grouped by ``x-kling-family`` into a tree of resources; ``x-kling-task`` marks the
create of an asynchronous family, ``x-kling-query`` its get and list companions, ``x-kling-sync`` a
plain synchronous method named by ``x-kling-method`` (default: the last path segment).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from codegen.ir import (
    Api,
    Batch,
    Cursor,
    DesignWords,
    Field,
    Operation,
    OperationKind,
    Resource,
    Result,
    RetryPolicy,
)
from codegen.naming import identifier, pascal
from codegen.typerefs import listed_model
from codegen.typing_builder import TypeBuilder, component_name
from codegen.userdocs import for_users
from spec import compile as compiler
from spec.designs import FAILED, SUCCEEDED, Design, designs_of
from spec.documents import Document, SpecError, iter_operations
from spec.engine.leniency import policy_of
from spec.errors import error_codes
from spec.extensions import QuerySpec, TaskSpec
from spec.operations import EVERY_CREATE, kind_of, typed
from spec.operations import operation_id as spec_operation_id
from spec.refs import resolve
from spec.renames import renamed_families

ID_FIELD = "external_task_id"
RESERVED_FIELDS = frozenset({"extra", "from_dict", "KEYS"})
TASK_METHODS = ("create", "create_and_wait", "get", "get_by_external_id", "wait", "list", "iter")


def operation_kind(operation: Document) -> OperationKind:
    """create, get, list or sync; a query of every create (``of: "*"``, the current design's
    ``/tasks``) is a plain method of its own family, named by ``x-kling-method``."""
    query = operation.get("x-kling-query")
    if isinstance(query, dict) and query.get("of") == EVERY_CREATE:
        return "sync"
    kind: OperationKind = kind_of(operation).value
    return kind


def method_name(path: str, operation: Document, kind: OperationKind) -> str:
    if kind != "sync":
        return kind
    explicit = operation.get("x-kling-method")
    if isinstance(explicit, str):
        return explicit
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    return identifier(segments[-1]) if segments else "call"


def words_of(design: Design) -> DesignWords:
    """What the client's ``TaskWords`` needs of a design (python attribute names are the wire
    names of the top-level fields; a nested external id is read along its dotted path)."""
    roles = design.roles
    return DesignWords(
        name=design.name,
        id=roles.id,
        status=roles.status,
        message=roles.message or roles.status,
        results=roles.results or roles.id,
        external_id=roles.external_id or roles.id,
        succeeded=design.word(SUCCEEDED),
        failed=design.word(FAILED),
        outputs=tuple((rule.name, rule.type) for rule in design.outputs or ()),
    )


def relays_only(item: Document) -> bool:
    """A path item every server of which is a relay's ``/kling`` form (the relays' per-route
    queries): the client speaks to Kling's hosts, so such a route is the mock's alone."""
    servers = item.get("servers") or []
    return bool(servers) and all(
        urlsplit(str(server.get("url", ""))).path.rstrip("/") == "/kling" for server in servers
    )


class ApiBuilder:
    """One pass over the bundle; keeps the TypeBuilder that collects every class it meets."""

    def __init__(self, bundle: Document) -> None:
        self.bundle = bundle
        self.types = TypeBuilder(bundle)
        self.roots: dict[str, Resource] = {}
        self.request_schemas: dict[str, dict[str, Any]] = {}
        self.parameter_schemas: dict[str, dict[str, Any]] = {}
        self.design_names: dict[str, str] = {}
        """operationId -> the design it answers in (``spec.operations`` reads it)."""
        self.designs: dict[str, Design] = designs_of(bundle)

    def build(self) -> Api:
        for path, http_method, raw in iter_operations(self.bundle):
            item = self.bundle["paths"][path]
            if relays_only(item):
                continue
            design = typed(self.bundle, path, http_method, raw).design
            operation = self.operation(path, http_method, raw, item.get("parameters", []), design)
            self.design_names[operation.operation_id] = design
            self.attach(raw, operation)
        self.link_readers()
        servers = [(str(s["url"]), str(s.get("description", ""))) for s in self.bundle["servers"]]
        tags = {
            t["name"]: for_users(str(t.get("description", ""))) for t in self.bundle.get("tags", [])
        }
        for name, root in self.roots.items():
            root.description = root.description or tags.get(name, "")
        return Api(
            title=str(self.bundle["info"]["title"]),
            version=str(self.bundle["info"]["version"]),
            official_url=servers[0][0] if servers else "",
            gateway_url=next((url for url, text in servers if "gateway" in text.lower()), ""),
            resources=tuple(self.roots[name] for name in sorted(self.roots)),
            aliases=tuple(self.types.aliases[n] for n in sorted(self.types.aliases)),
            models=tuple(self.types.models[n] for n in sorted(self.types.models)),
            params=tuple(self.types.params[n] for n in sorted(self.types.params)),
            request_schemas=dict(sorted(self.request_schemas.items())),
            parameter_schemas=dict(sorted(self.parameter_schemas.items())),
            error_codes=error_codes(self.bundle),
            strictness=policy_of(self.bundle),
            designs=tuple(words_of(self.designs[name]) for name in sorted(self.designs)),
            renames=tuple(sorted(renamed_families(self.bundle).values(), key=lambda r: r.old)),
        )

    # ------------------------------------------------------------------ operations
    def operation(
        self, path: str, http_method: str, raw: Document, shared_params: list[Any], design: str
    ) -> Operation:
        operation_id = spec_operation_id(http_method, path, raw)
        kind = operation_kind(raw)
        params = [resolve(self.bundle, p) for p in [*shared_params, *raw.get("parameters", [])]]
        path_params = tuple(self.parameter(p, operation_id) for p in params if p["in"] == "path")
        query = [p for p in params if p["in"] == "query"]
        external = next((p for p in query if kind == "list" and p["name"] == ID_FIELD), None)
        query_params = tuple(self.parameter(p, operation_id) for p in query if p is not external)
        body_schema, body_fields = self.body(raw, operation_id)
        schema = compiler.request_schema(self.bundle, raw) if body_schema is not None else None
        if schema is not None:
            self.request_schemas[operation_id] = schema
        parameters = compiler.parameter_schemas(self.bundle, raw)
        if parameters:
            self.parameter_schemas[operation_id] = compiler.parameters_object(parameters)
        task = TaskSpec.parse(raw.get("x-kling-task"))
        result = Result(self.result(raw, operation_id))
        reads = QuerySpec.parse(raw.get("x-kling-query"))
        return Operation(
            operation_id=operation_id,
            kind=kind,
            http_method=http_method.upper(),
            path=path,
            method_name=method_name(path, raw, kind),
            summary=for_users(str(raw.get("summary", ""))),
            description=for_users(str(raw.get("description", ""))),
            result=result,
            path_params=path_params,
            query_params=query_params,
            body_fields=body_fields,
            has_body=body_schema is not None,
            retry=self.retry(http_method, kind, body_fields),
            id_field=ID_FIELD if any(f.key == ID_FIELD for f in body_fields) else None,
            external_id_param=self.parameter(external, operation_id) if external else None,
            immediate=task.immediate,
            example=self.example(raw),
            batch=self.batch(reads, design),
            cursor=self.cursor(reads, result),
            words=self.design_words(design) if kind != "sync" or "x-kling-design" in raw else None,
        )

    def design_words(self, name: str) -> DesignWords:
        """The task words of the design an operation answers in (``x-kling-design``)."""
        if name not in self.designs:
            raise SpecError(f"x-kling-design {name!r} is not in components.x-kling-designs")
        return words_of(self.designs[name])

    def batch(self, query: QuerySpec, design: str) -> Batch | None:
        """A query of several tasks by ids in one parameter (``x-kling-query.batch``)."""
        if query.batch is None:
            return None
        batch = query.batch
        return Batch(
            params=batch.params,
            separator=batch.separator,
            words=self.design_words(design),
            max_total=batch.max_total,
            exactly_one=batch.exactly_one,
            messages=tuple(sorted(batch.messages.items())),
        )

    def cursor(self, query: QuerySpec, result: Result) -> Cursor | None:
        """A cursor-paged query: its paging words and the model of one item of a page."""
        paging = query.paging
        if paging.style != "cursor" or result.model is None or not (paging.next and paging.more):
            return None
        page = self.types.models.get(result.model)
        items = next((f for f in page.fields if f.key == paging.items), None) if page else None
        item = listed_model(items.type) if items is not None else None
        if item is None:
            raise SpecError(f"{result.model}.{paging.items}: a cursor page needs a list of models")
        return Cursor(paging.cursor, paging.items, paging.next, paging.more, item.name)

    def parameter(self, param: Document, operation_id: str) -> Field:
        schema = self.types.resolved(param.get("schema", {}))
        field = self.types.fields(
            {"properties": {param["name"]: param.get("schema", {})}},
            side="param",
            context=pascal(operation_id),
        )[0]
        return Field(
            key=field.key,
            python_name=field.python_name,
            type=field.type,
            required=bool(param.get("required", False)),
            description=for_users(
                str(param.get("description", "") or schema.get("description", ""))
            ),
            default=field.default,
            has_default=field.has_default,
            constraints=field.constraints,
        )

    def body(self, raw: Document, operation_id: str) -> tuple[Document | None, tuple[Field, ...]]:
        request = resolve(self.bundle, raw.get("requestBody")) if "requestBody" in raw else None
        if not isinstance(request, dict):
            return None, ()
        media = (request.get("content") or {}).get("application/json")
        if not isinstance(media, dict) or "schema" not in media:
            return None, ()
        node = media["schema"]
        name = component_name(node)
        base = name.removesuffix("Request") if name else pascal(operation_id)
        schema = self.types.resolved(node)
        return schema, self.types.fields(schema, side="param", context=base)

    def example(self, raw: Document) -> dict[str, Any] | None:
        """The first example request body the spec gives (for the README)."""
        request = resolve(self.bundle, raw.get("requestBody")) if "requestBody" in raw else None
        media = ((request or {}).get("content") or {}).get("application/json") or {}
        candidates = [
            resolve(self.bundle, e).get("value") for e in (media.get("examples") or {}).values()
        ]
        candidates.append(media.get("example"))
        return next((c for c in candidates if isinstance(c, dict)), None)

    def result(self, raw: Document, operation_id: str) -> Any:
        """The type of the 200 envelope's ``data`` (None when the envelope carries none)."""
        response = resolve(self.bundle, (raw.get("responses") or {}).get("200"))
        if not isinstance(response, dict):
            return None
        media = (response.get("content") or {}).get("application/json")
        if not isinstance(media, dict) or "schema" not in media:
            return None
        envelope_node = media["schema"]
        envelope = self.types.resolved(envelope_node)
        data = (envelope.get("properties") or {}).get("data")
        if data is None:
            return None
        envelope_name = component_name(envelope_node)
        context = (
            envelope_name.removesuffix("Response") + "Result"
            if envelope_name
            else pascal(operation_id) + "Result"
        )
        return self.types.type_of(data, side="model", context=context)

    @staticmethod
    def retry(http_method: str, kind: OperationKind, body_fields: tuple[Field, ...]) -> RetryPolicy:
        if http_method.lower() in ("get", "head", "delete"):
            return "always"
        if kind == "create" and any(f.key == ID_FIELD for f in body_fields):
            return "with_id"
        return "never"

    # ------------------------------------------------------------------ resources
    def link_readers(self) -> None:
        """Give each create with the model in the path the batch query of every create in its
        design (``x-kling-query.of: "*"``), which its ``create_and_wait`` polls."""
        every = [node for root in self.roots.values() for node in root.walk()]
        readers = [op for node in every for op in node.sync if op.batch is not None]
        for node in every:
            create = node.create_op
            if create is None or not node.binds_path:
                continue
            design = self.design_names[create.operation_id]
            same = (op for op in readers if op.batch is not None and op.batch.words.name == design)
            node.reader = next(same, None)

    def node(self, family: str) -> Resource:
        parts = tuple(family.split("."))
        if parts[0] not in self.roots:
            self.roots[parts[0]] = Resource(parts[:1])
        current = self.roots[parts[0]]
        for depth in range(2, len(parts) + 1):
            child = next((c for c in current.children if c.path == parts[:depth]), None)
            if child is None:
                child = Resource(parts[:depth])
                current.children.append(child)
            current = child
        return current

    def attach(self, raw: Document, operation: Operation) -> None:
        family = raw.get("x-kling-family")
        if not isinstance(family, str):
            raise SpecError(f"{operation.operation_id}: missing x-kling-family")
        resource = self.node(family)
        if operation.kind == "sync":
            resource.sync.append(operation)
        else:
            slot = f"{operation.kind}_op"
            if getattr(resource, slot) is not None:
                raise SpecError(f"{family}: more than one {operation.kind} operation")
            setattr(resource, slot, operation)
        reads_every_create = (raw.get("x-kling-query") or {}).get("of") == EVERY_CREATE
        if operation.kind == "sync" and operation.method_name in TASK_METHODS:
            if not reads_every_create:
                raise SpecError(f"{family}.{operation.method_name} clashes with a task method")
        if resource.binds_path and (resource.get_op or resource.list_op):
            raise SpecError(f"{family}: a create with path parameters cannot have get or list")


def check_queries(api: Api) -> None:
    """Refuse a family whose get or list route the client's ``TaskQueries`` cannot serve.

    Every task family is read the standard way (a ``{task_id}`` route and a paged list with the
    ``external_task_id`` lookup, one model); the generator has no second way to render them.
    """
    for resource in api.all_resources:
        if (resource.get_op or resource.list_op) and not resource.shares_task_queries:
            raise SpecError(
                f"{resource.dotted}: its get and list routes must be the standard pair "
                "(GET .../{task_id} and a paged list with ?external_task_id=, one task model)"
            )


def check_names(api: Api) -> None:
    """Refuse specs whose names would collide or not be valid Python in the generated code."""
    for resource in api.all_resources:
        taken = [*resource.method_names, *(c.attribute for c in resource.children)]
        duplicates = sorted({name for name in taken if taken.count(name) > 1})
        if duplicates:
            raise SpecError(f"{resource.dotted}: names used twice: {', '.join(duplicates)}")
    for model in (*api.models, *api.params):
        for field in model.fields:
            if field.python_name in RESERVED_FIELDS:
                raise SpecError(f"{model.name}.{field.key}: the name is reserved by the client")
            if model.kind == "param" and not field.key.isidentifier():
                raise SpecError(f"{model.name}.{field.key}: not usable as a TypedDict key")


def check_renames(api: Api) -> None:
    """A deprecated alias needs its new name to be a resource and its old name to be free."""
    roots = {root.attribute for root in api.resources}
    for rename in api.renames:
        if rename.now not in roots:
            raise SpecError(f"renamed family {rename.old!r}: {rename.now!r} is no resource")
        if rename.old in roots:
            raise SpecError(f"renamed family {rename.old!r} is still a resource of its own")


def build_api(bundle: Document) -> Api:
    api = ApiBuilder(bundle).build()
    check_names(api)
    check_renames(api)
    check_queries(api)
    return api
