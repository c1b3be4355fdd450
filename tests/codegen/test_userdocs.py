"""The client's docstrings speak to its users: the spec's source tags and vocabulary names stay in
spec/ (they mean nothing to someone reading ``help(client.videos)``)."""

from __future__ import annotations

import re

import pytest

from codegen import layout
from codegen.ir import Api
from codegen.render import render
from codegen.userdocs import for_users

#: A research source tag or a vocabulary name, as the spec writes them.
LEAKS = re.compile(r"x-kling-|\b(?:LIVE|EN|ZH|DE|APP)-[A-Z0-9]+|\bCOMFY\b|§")
#: What users read: the public modules and the client's README.
PUBLIC = re.compile(
    r"kling_client/(?:models/\w+|params|_client|resources(?:/\w+)+)\.py$|README\.md$"
)


@pytest.mark.parametrize(
    ("spec_text", "user_text"),
    [
        (
            "Units are deducted when the task completes (LIVE-A README).",
            "Units are deducted when the task completes.",
        ),
        (
            "Output resolution (no 4K for motion control, EN-CAPMAP).",
            "Output resolution (no 4K for motion control).",
        ),
        (
            "Length in seconds. Which values a model accepts is in x-kling-models.",
            "Length in seconds. Each model takes only some of these values"
            " (the client checks them).",
        ),
        (
            "Kling names kling-v1 the default; live calls refuse it, so spec/ states no default.",
            "Kling names kling-v1 the default; live calls refuse it, so the client sends none"
            " unless you do.",
        ),
        ("A plain sentence stays as it is.", "A plain sentence stays as it is."),
    ],
)
def test_source_tags_and_vocabulary_names_leave_a_description(
    spec_text: str, user_text: str
) -> None:
    assert for_users(spec_text) == user_text


def test_no_public_docstring_names_a_source_or_the_vocabulary(api: Api) -> None:
    leaks = [
        f"{path}: {line.strip()}"
        for path, text in render(api).items()
        if PUBLIC.search(path)
        for line in text.splitlines()
        if LEAKS.search(line)
    ]
    assert leaks == []


def test_the_runtime_the_client_ships_names_no_vocabulary() -> None:
    leaks = [
        f"{path.name}: {line.strip()}"
        for path in sorted(layout.RUNTIME_DIR.glob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if LEAKS.search(line)
    ]
    assert leaks == []
