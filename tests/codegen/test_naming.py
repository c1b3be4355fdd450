from __future__ import annotations

import pytest

from codegen.naming import identifier, pascal, snake


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pageNum", "page_num"),
        ("image-recognize", "image_recognize"),
        ("external_task_id", "external_task_id"),
        ("multi-image2video", "multi_image2video"),
    ],
)
def test_snake_case_splits_camel_kebab_and_snake_names(name: str, expected: str) -> None:
    assert snake(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("omni_image", "OmniImage"), ("text2video", "Text2video"), ("createTask", "CreateTask")],
)
def test_pascal_case_joins_the_words_capitalised(name: str, expected: str) -> None:
    assert pascal(name) == expected


def test_identifier_escapes_python_keywords() -> None:
    assert identifier("from") == "from_"


def test_identifier_never_starts_with_a_digit() -> None:
    assert identifier("2k").isidentifier()
