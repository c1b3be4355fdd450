"""``kling-codegen generate`` and ``kling-codegen check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.cli import main


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    assert main(["generate", "--out", str(out)]) == 0
    return out


def test_generate_reports_files_and_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", "--out", str(tmp_path)]) == 0
    assert "files" in capsys.readouterr().out
    assert (tmp_path / "kling_client" / "__init__.py").exists()


def test_check_passes_on_a_fresh_tree(rendered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--out", str(rendered)]) == 0
    assert "up to date" in capsys.readouterr().out


def test_check_fails_with_a_summary_of_what_is_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", "--out", str(tmp_path)]) == 0
    (tmp_path / "kling_client" / "models.py").write_text("# edited by hand\n")
    (tmp_path / "kling_client" / "_auth.py").unlink()
    (tmp_path / "kling_client" / "notes.txt").write_text("stray")
    capsys.readouterr()
    assert main(["check", "--out", str(tmp_path)]) == 1
    summary = capsys.readouterr().err
    assert "missing    kling_client/_auth.py" in summary
    assert "extra      kling_client/notes.txt" in summary
    assert "different  kling_client/models.py" in summary


def test_a_broken_spec_is_reported_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "common.yaml").write_text("- not a mapping\n")
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 2
    assert "kling-codegen:" in capsys.readouterr().err
