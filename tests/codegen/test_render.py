"""Templates render, Python decides: the environment, the filters and the layout of the output."""

from __future__ import annotations

import textwrap

from codegen import layout
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


def test_one_resource_module_is_rendered_per_top_level_family(api: Api) -> None:
    files = render(api)
    modules = {path for path in files if path.startswith("kling_client/resources/")}
    expected = {f"kling_client/resources/{root.attribute}.py" for root in api.resources}
    assert modules == expected | {"kling_client/resources/__init__.py"}


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
