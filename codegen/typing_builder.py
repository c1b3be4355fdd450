"""Turn JSON Schema nodes of the bundle into type references, models, params and aliases.

Names come from the spec: a ``$ref`` to ``#/components/schemas/X`` is called ``X`` (``XParam`` for a
request object); an inline object is named after where it sits (``<Parent><Field>``, ``...Item`` for
array items). The same name built from two different schemas is a spec error, never a silent merge.
"""

from __future__ import annotations

from typing import Any, Literal

from codegen.fields import Alias, Field, Model
from codegen.naming import identifier, pascal
from codegen.typerefs import (
    ANY,
    NONE,
    ListOf,
    LiteralOf,
    LiteralValue,
    MappingOf,
    Named,
    Primitive,
    Tag,
    TypeRef,
    UnionOf,
    union,
)
from codegen.userdocs import for_users
from spec.allof import flatten
from spec.documents import Document, SpecError

Side = Literal["model", "param"]
_COMPONENT = "#/components/schemas/"
_SCALARS: dict[str, TypeRef] = {
    "string": Primitive("str"),
    "integer": Primitive("int"),
    "number": Primitive("float"),
    "boolean": Primitive("bool"),
    "null": NONE,
}


def component_name(node: Any) -> str | None:
    """``X`` when the node is a reference to ``#/components/schemas/X``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENT):
            return ref[len(_COMPONENT) :]
    return None


def _number(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def constraints(schema: dict[str, Any]) -> tuple[str, ...]:
    """The limits a reader needs, in the words the rules engine uses."""
    found: list[str] = []
    for keyword, text in (
        ("minimum", ">= {}"),
        ("exclusiveMinimum", "> {}"),
        ("maximum", "<= {}"),
        ("exclusiveMaximum", "< {}"),
        ("minLength", "at least {} characters"),
        ("maxLength", "at most {} characters"),
        ("minItems", "at least {} items"),
        ("maxItems", "at most {} items"),
        ("pattern", "matches {}"),
    ):
        if keyword in schema and not isinstance(schema[keyword], bool):
            found.append(text.format(_number(schema[keyword])))
    if schema.get("uniqueItems") is True:
        found.append("no duplicates")
    return tuple(found)


def _literal_values(values: list[Any]) -> tuple[LiteralValue, ...] | None:
    """Enum values a ``Literal`` can hold (floats and structures cannot)."""
    if all(v is None or isinstance(v, str | int | bool) for v in values):
        return tuple(values)
    return None


class TypeBuilder:
    """Collects models, params and aliases while it maps schema nodes to type references."""

    def __init__(self, bundle: Document) -> None:
        self.bundle = bundle
        self.models: dict[str, Model] = {}
        self.params: dict[str, Model] = {}
        self.aliases: dict[str, Alias] = {}
        self._sources: dict[str, Any] = {}

    # ------------------------------------------------------------------ entry points
    def type_of(self, node: Any, *, side: Side, context: str) -> TypeRef:
        """The annotation of a value described by ``node``; nested objects become classes."""
        name = component_name(node)
        schema = flatten(self.bundle, node)
        if not isinstance(schema, dict):
            return ANY
        component = self.resolved({"$ref": node["$ref"]}) if name else schema
        if "const" in schema or "enum" in schema:
            same = all(schema.get(k) == component.get(k) for k in ("enum", "const"))
            return self._enum(component if same else schema, name if same else None)
        if name:
            schema = component
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                found = union(
                    *(
                        self.type_of(member, side=side, context=f"{context}Option{index + 1}")
                        for index, member in enumerate(schema[combinator])
                    )
                )
                return self._tagged(found, schema) if side == "model" else found
        declared = schema.get("type")
        kinds = declared if isinstance(declared, list) else [declared]
        refs = [self._single(kind, schema, side=side, name=name, context=context) for kind in kinds]
        return union(*refs)

    def fields(self, schema: dict[str, Any], *, side: Side, context: str) -> tuple[Field, ...]:
        """Every property of an object schema as a Field (wire order kept)."""
        schema = flatten(self.bundle, schema)
        required = set(schema.get("required", []))
        found: list[Field] = []
        for key, node in (schema.get("properties") or {}).items():
            resolved = flatten(self.bundle, node)
            if not isinstance(resolved, dict):
                resolved = {}
            found.append(
                Field(
                    key=key,
                    python_name=identifier(key),
                    type=self.type_of(node, side=side, context=context + pascal(key)),
                    required=key in required,
                    description=for_users(str(resolved.get("description", ""))),
                    default=resolved.get("default"),
                    has_default="default" in resolved,
                    constraints=constraints(resolved),
                )
            )
        return tuple(found)

    def resolved(self, node: Any) -> dict[str, Any]:
        schema = flatten(self.bundle, node)
        return schema if isinstance(schema, dict) else {}

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _tagged(found: TypeRef, schema: dict[str, Any]) -> TypeRef:
        """A union of models with the schema's ``discriminator`` attached (when it maps every
        value to a component), so parsing can build the member a value names."""
        discriminator = schema.get("discriminator")
        if not isinstance(found, UnionOf) or not isinstance(discriminator, dict):
            return found
        mapping = discriminator.get("mapping") or {}
        models = {value: component_name({"$ref": ref}) for value, ref in mapping.items()}
        named = {m.name for m in found.members if isinstance(m, Named)}
        if not models or not set(models.values()) <= named:
            return found
        key = str(discriminator["propertyName"])
        return UnionOf(found.members, Tag(key, tuple((str(v), str(m)) for v, m in models.items())))

    def _enum(self, schema: dict[str, Any], name: str | None) -> TypeRef:
        values = [schema["const"]] if "const" in schema else list(schema["enum"])
        literal = _literal_values(values)
        if literal is None:
            return Primitive("float") if all(isinstance(v, int | float) for v in values) else ANY
        ref = LiteralOf(literal)
        if name is None:
            return ref
        self._claim(name, schema)
        self.aliases[name] = Alias(name, ref, for_users(str(schema.get("description", ""))))
        return LiteralOf(literal, alias=name)

    def _single(
        self, kind: Any, schema: dict[str, Any], *, side: Side, name: str | None, context: str
    ) -> TypeRef:
        if kind == "array":
            item_context = context if context.endswith("Item") else context + "Item"
            return ListOf(self.type_of(schema.get("items", {}), side=side, context=item_context))
        if kind == "object" or (kind is None and "properties" in schema):
            if not schema.get("properties"):
                return MappingOf()
            return self._object(schema, side=side, name=name or context)
        if kind in _SCALARS:
            return _SCALARS[kind]
        return ANY

    def _object(self, schema: dict[str, Any], *, side: Side, name: str) -> Named:
        class_name = f"{name}Param" if side == "param" else name
        registry = self.params if side == "param" else self.models
        if class_name in registry or class_name in self._sources:
            self._claim(class_name, schema)
            return Named(class_name, side)
        self._claim(class_name, schema)
        # Register first so self-referencing schemas terminate.
        registry[class_name] = Model(class_name, side, "", ())
        registry[class_name] = Model(
            name=class_name,
            kind=side,
            description=for_users(str(schema.get("description", ""))),
            fields=self.fields(schema, side=side, context=name),
        )
        return Named(class_name, side)

    def _claim(self, name: str, schema: dict[str, Any]) -> None:
        """Refuse two different schemas under one generated name."""
        previous = self._sources.setdefault(name, schema)
        if previous is not schema and _without_docs(previous) != _without_docs(schema):
            raise SpecError(f"two different schemas would both generate the class {name}")


def _without_docs(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {
            k: _without_docs(v)
            for k, v in schema.items()
            if k not in ("description", "example", "examples", "default")
        }
    if isinstance(schema, list):
        return [_without_docs(v) for v in schema]
    return schema
