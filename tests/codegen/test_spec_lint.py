"""``kling-codegen lint``: each defect in a copy of spec/ is one line with file and pointer."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.speclife.lint import lint
from spec import SPEC_DIR


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    copy = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


DEFECTS: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "a model missing from the selector's enum": (
        lambda s: _edit(s / "images.yaml", "          kling-v1-5:\n", "          kling-v0:\n"),
        "images.yaml#/components/schemas/ImageGenerationRequest",
        "x-kling-models names 'kling-v0'",
    ),
    "a rule naming a field the object lacks": (
        lambda s: _edit(
            s / "images.yaml", "if: { field: image_reference }", "if: { field: image_referense }"
        ),
        "images.yaml#/components/schemas/ImageGenerationRequest",
        "'image_referense', which this object does not have",
    ),
    "a dangling reference": (
        lambda s: _edit(s / "images.yaml", "responses/BadRequest", "responses/BadRequests"),
        "images.yaml#/paths/~1v1~1images~1generations/post/responses/400",
        "nothing at /components/responses/BadRequests",
    ),
    "an x-kling value the vocabulary refuses": (
        lambda s: _edit(
            s / "images.yaml", "x-kling-family: images.generations", "x-kling-family: 7"
        ),
        "images.yaml#/paths/~1v1~1images~1generations/post/x-kling-family",
        "x-kling-family: 7 is not of type 'string'",
    ),
}


@pytest.mark.parametrize("defect", DEFECTS)
def test_a_defect_is_reported_with_its_file_and_pointer(spec: Path, defect: str) -> None:
    mutate, where, message = DEFECTS[defect]
    mutate(spec)
    lines = [finding.line() for finding in lint(spec)]
    assert any(line.startswith(where) and message in line for line in lines), lines


def test_an_example_its_schema_refuses_is_reported(spec: Path) -> None:
    _edit(spec / "common.yaml", "example: { code: 1201,", "example: { code: one,")
    lines = [finding.line() for finding in lint(spec)]
    assert any(
        line.startswith("common.yaml#/components/responses/") and "'one'" in line for line in lines
    ), lines


def test_the_vendored_spec_lints_clean() -> None:
    assert [finding.line() for finding in lint(SPEC_DIR)] == []


def test_generate_refuses_a_spec_with_findings(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    DEFECTS["a model missing from the selector's enum"][0](spec)
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    assert "kling-v0" in captured.out
    assert not (tmp_path / "out").exists()
