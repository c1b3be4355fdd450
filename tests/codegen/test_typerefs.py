from __future__ import annotations

from codegen.typerefs import (
    NONE,
    ListOf,
    LiteralOf,
    Named,
    Primitive,
    listed_model,
    named_model,
    optional,
    union,
)


def test_a_named_enum_prints_its_alias() -> None:
    assert LiteralOf(("std", "pro"), alias="Mode").type_string() == "Mode"


def test_an_inline_enum_prints_a_literal() -> None:
    assert LiteralOf(("std", "pro")).type_string() == "Literal['std', 'pro']"


def test_lists_inside_a_resource_class_use_builtins_list() -> None:
    ref = ListOf(Named("ElementRefParam", "param"))
    assert ref.type_string(in_class=True) == "builtins.list[ElementRefParam]"
    assert ref.type_string() == "list[ElementRefParam]"


def test_unions_are_flattened_and_deduplicated() -> None:
    text = union(Primitive("str"), union(Primitive("str"), NONE)).type_string()
    assert text == "str | None"


def test_optional_does_not_add_none_twice() -> None:
    assert optional(optional(Primitive("int"))).type_string() == "int | None"


def test_models_are_found_behind_none_and_lists() -> None:
    task = Named("Task", "model")
    assert named_model(optional(task)) == task
    assert listed_model(ListOf(task)) == task
    assert named_model(union(task, Primitive("str"))) is None


def test_names_collects_every_generated_class_mentioned() -> None:
    ref = union(ListOf(Named("A", "model")), LiteralOf(("x",), alias="B"))
    assert ref.names() == {"A", "B"}
