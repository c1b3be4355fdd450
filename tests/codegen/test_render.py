"""Templates render, Python decides: the environment, the filters and the layout of the output."""

from __future__ import annotations

import re
import textwrap

from codegen import layout
from codegen.generate import render_files
from codegen.ir import Api
from codegen.render import (
    LINE_LENGTH,
    TEMPLATE_FILTERS,
    chomp,
    docstring,
    docwrap,
    environment,
    render,
)
from spec import SPEC_DIR

#: The longest module a reader of the generated client should have to scroll through.
MAX_MODULE_LINES = 1500


def test_the_environment_trims_blocks_and_keeps_trailing_newlines() -> None:
    env = environment()
    assert env.trim_blocks and env.lstrip_blocks and env.keep_trailing_newline


def test_filters_are_registered_from_one_dict() -> None:
    env = environment()
    for name, function in TEMPLATE_FILTERS.items():
        assert env.filters[name] is function


def test_every_template_is_named_after_its_output_or_holds_macros() -> None:
    for template in layout.TEMPLATE_DIR.rglob("*.jinja"):
        assert template.name.endswith((".py.jinja", ".toml.jinja", ".md.jinja")), template


def test_docwrap_keeps_docstring_lines_within_the_line_length() -> None:
    text = "word " * 80
    for indent in (0, 4, 8, 12):
        lines = docwrap(text, indent).split("\n")
        assert len('"""' + lines[0]) + indent <= LINE_LENGTH
        assert all(len(line) + 3 <= LINE_LENGTH for line in lines[1:])


def test_docwrap_never_lets_a_docstring_end_in_a_quote() -> None:
    assert docwrap('say "hi"', 4) == 'say "hi" '


def test_docstring_escapes_backslashes_and_triple_quotes() -> None:
    assert docstring('a\\d """x"""') == 'a\\\\d \\"\\"\\"x\\"\\"\\"'


def test_chomp_drops_exactly_one_final_newline() -> None:
    assert chomp("a\n\n") == "a\n"
    assert chomp("a") == "a"


def test_each_resource_has_a_module_of_its_own_holding_its_sync_and_async_classes(
    api: Api,
) -> None:
    files = render(api)
    for node in api.all_resources:
        folder = node.path if node.children else node.path[:-1]
        path = "/".join(("kling_client/resources", *folder, f"{node.attribute}.py"))
        classes = re.findall(r"^class (\w+)", files[path], flags=re.MULTILINE)
        assert {node.class_name, f"Async{node.class_name}"} <= set(classes), path
        others = {f"Async{n.class_name}" for n in api.all_resources if n is not node}
        assert not others & set(classes), path


def test_a_resource_with_children_is_a_package_that_re_exports_them(api: Api) -> None:
    files = render(api)
    parent = next(node for node in api.resources if node.children)
    init = files[f"kling_client/resources/{parent.attribute}/__init__.py"]
    for node in (parent, *parent.children):
        assert node.class_name in init and f"Async{node.class_name}" in init


def test_every_model_lives_in_one_models_module_and_the_package_re_exports_it(api: Api) -> None:
    files = render(api)
    holders: dict[str, list[str]] = {}
    for path, text in files.items():
        if path.startswith("kling_client/models/") and not path.endswith("__init__.py"):
            for name in re.findall(r"^(?:class (\w+)|(\w+): TypeAlias)", text, re.MULTILINE):
                holders.setdefault(name[0] or name[1], []).append(path)
    assert sorted(holders) == api.model_names
    assert all(len(paths) == 1 for paths in holders.values())
    init = files["kling_client/models/__init__.py"]
    assert all(f"    {name},\n" in init for name in api.model_names)


def test_no_generated_python_module_is_longer_than_an_ide_reader_can_follow() -> None:
    too_long = {
        path: text.count(b"\n")
        for path, text in render_files().items()
        if path.endswith(".py") and text.count(b"\n") >= MAX_MODULE_LINES
    }
    assert too_long == {}


def test_static_runtime_modules_are_copied_and_rules_is_shipped_as_private() -> None:
    copied = layout.static_files()
    assert copied["kling_client/_engine/rules.py"] == SPEC_DIR / "engine" / "rules.py"
    assert all(source.exists() for source in copied.values())


def test_the_readme_and_the_errors_module_draw_the_same_error_tree(api: Api) -> None:
    files = render(api)
    docstring = files["kling_client/_error_table.py"].split('"""')[1]
    block = docstring.split("::", 1)[1].strip("\n").split("\n\n")[0]
    tree = textwrap.dedent(block)
    assert tree.startswith("KlingError")
    assert "WaitTimeoutError" in tree
    assert f"```\n{tree}\n```" in files["README.md"]


def test_the_error_tree_gives_each_class_the_status_the_spec_sends_its_codes_with(api: Api) -> None:
    errors = render(api)["kling_client/_error_table.py"]
    for code, entry in api.error_codes.items():
        cls, status = entry.error_class, entry.status
        line = next(line for line in errors.splitlines() if f"── {cls} " in line)
        assert f"{status} / " in line or (status >= 500 and "5xx / " in line), (code, line)
