"""Render the intermediate model through the Jinja2 templates into file contents.

Templates only loop and look up; the few formatting helpers they need are the filters below,
registered in one dict. Formatting proper (line breaks, quotes) is left to ruff afterwards.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from typing import Any

import jinja2

from codegen import layout, modules
from codegen.fields import Field
from codegen.ir import Api

LINE_LENGTH = 100
QUOTES = '"""'


def pyrepr(value: Any) -> str:
    """A Python literal for a JSON-like value (ruff later normalises quotes and wrapping)."""
    return repr(value)


def docstring(text: str) -> str:
    """Text made safe inside a triple-quoted docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def docwrap(text: str, indent: int) -> str:
    """A paragraph wrapped for a docstring at ``indent`` spaces.

    Leaves room for the opening quotes on the first line and closing quotes on the last.
    """
    lines = textwrap.wrap(
        " ".join(text.split()),
        width=LINE_LENGTH - indent - len(QUOTES),
        initial_indent=" " * len(QUOTES),
        break_long_words=False,
        break_on_hyphens=False,
    )
    text = ("\n" + " " * indent).join(docstring(line) for line in lines).strip()
    # A docstring may not end in a quote: it would merge with the closing quotes.
    return text + " " if text.endswith('"') else text


def doclines(lines: Iterable[str], indent: int) -> str:
    """Lines already wrapped (e.g. ``Field.doc_lines``) joined at ``indent`` spaces."""
    return ("\n" + " " * indent).join(docstring(line) for line in lines)


def argdoc(field: Field, indent: int) -> str:
    """A field's ``name: doc`` entry for an Args/Keys section, wrapped at ``indent`` spaces."""
    return doclines(field.doc_lines(LINE_LENGTH - indent), indent)


def pystrings(text: str, indent: int) -> str:
    """A long string as adjacent literals, one per line at ``indent`` spaces (ruff leaves a long
    literal as it is, which would break the line length)."""
    width = LINE_LENGTH - indent - 3
    chunks = textwrap.wrap(text, width=width, drop_whitespace=False, break_long_words=False)
    return ("\n" + " " * indent).join(repr(chunk) for chunk in chunks)


def chomp(text: str) -> str:
    """Drop the final newline of a macro's output (the calling line supplies its own)."""
    return text[:-1] if text.endswith("\n") else text


def comment(text: str) -> str:
    """Text on one line, for TOML or Markdown."""
    return " ".join(text.split())


TEMPLATE_FILTERS: dict[str, Any] = {
    "pyrepr": pyrepr,
    "docstring": docstring,
    "docwrap": docwrap,
    "doclines": doclines,
    "argdoc": argdoc,
    "chomp": chomp,
    "pystrings": pystrings,
    "oneline": comment,
}


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(layout.TEMPLATE_DIR),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters.update(TEMPLATE_FILTERS)
    return env


def render(api: Api) -> dict[str, str]:
    """Output path -> text for every templated file (static runtime modules not included)."""
    env = environment()
    common = {
        "api": api,
        "package": layout.PACKAGE,
        "package_version": api.version,  # the spec's info.version is the client's semver
        "exports": layout.exports(api),
        "public_names": layout.public_names(api),
        "model_modules": modules.model_modules(api),
        "resource_exports": layout.resource_exports(api),
        "packages": layout.packages(api),
        "async_requirement": layout.ASYNC_REQUIREMENT,
        "wheel": layout.wheel_name(api.version),
        **layout.error_context(api),
    }
    tree = env.get_template(layout.ERROR_TREE_TEMPLATE).render(**common)
    common["error_tree"] = tree.rstrip("\n")
    files = {
        item.path: env.get_template(item.template).render(**common, **item.context)
        for item in layout.rendered_files(api)
    }
    files[f"{layout.PACKAGE}/{layout.SCHEMAS_DATA}"] = schemas_json(api)
    return files


def schemas_json(api: Api) -> str:
    """The compiled request schemas as the client's package data (``_schemas.Schemas``).

    One line per operation: a change to the spec shows as the lines of the operations it touches,
    and the file stays short (it is data for the validator, not something to read).
    """
    data = {
        "request": api.request_schemas,
        "parameters": api.parameter_schemas,
        "strictness": api.strictness,
    }
    sections = []
    for name, table in data.items():
        entries = ",\n".join(
            f"  {_compact(key)}: {_compact(value)}" for key, value in table.items()
        )
        sections.append(f" {_compact(name)}: {{\n{entries}\n }}")
    return "{\n" + ",\n".join(sections) + "\n}\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
