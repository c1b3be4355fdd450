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
    (tmp_path / "kling_client" / "params.py").write_text("# edited by hand\n")
    (tmp_path / "kling_client" / "_auth.py").unlink()
    (tmp_path / "kling_client" / "notes.txt").write_text("stray")
    capsys.readouterr()
    assert main(["check", "--out", str(tmp_path)]) == 1
    summary = capsys.readouterr().err
    assert "missing    kling_client/_auth.py" in summary
    assert "extra      kling_client/notes.txt" in summary
    assert "different  kling_client/params.py" in summary


def test_a_broken_spec_is_reported_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "common.yaml").write_text("- not a mapping\n")
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 2
    assert "kling-codegen:" in capsys.readouterr().err


def _spec_copy(tmp_path: Path, name: str) -> Path:
    import shutil

    from spec import SPEC_DIR

    copy = tmp_path / name
    shutil.copytree(SPEC_DIR, copy)
    return copy


def test_diff_between_directories_classifies_and_gates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _spec_copy(tmp_path, "old"), _spec_copy(tmp_path, "new")
    images = new / "images.yaml"
    images.write_text(
        images.read_text("utf-8").replace("kling-v2-new, kling-v2-1", "kling-v2-1", 1)
    )
    assert main(["diff", str(old), str(new)]) == 0
    text = capsys.readouterr().out
    assert "breaking:" in text
    assert (
        "[request-enum-value-removed] POST /v1/images/generations request body `model_name`" in text
    )
    assert main(["diff", str(old), str(new), "--fail-on", "breaking"]) == 1
    assert main(["diff", str(new), str(old), "--fail-on", "breaking"]) == 0


def test_diff_as_json_gives_level_counts_and_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    old, new = _spec_copy(tmp_path, "old"), _spec_copy(tmp_path, "new")
    images = new / "images.yaml"
    images.write_text(
        images.read_text("utf-8").replace(
            "kling-v2-1, kling-v3]", "kling-v2-1, kling-v3, kling-v9]", 1
        )
    )
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["level"] == "non-breaking"
    change = report["changes"][0]
    assert (change["check"], change["level"], change["mock"]) == (
        "request-enum-value-added",
        "non-breaking",
        "accepts",
    )


def test_diff_reads_git_refs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "HEAD", "HEAD", "--fail-on", "documentation"]) == 0
    assert "no changes" in capsys.readouterr().out


def test_diff_of_an_unknown_ref_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "no-such-ref-anywhere"]) == 2
    error = capsys.readouterr().err
    assert error.startswith(
        "kling-codegen: 'no-such-ref-anywhere' is neither a directory nor a git ref"
    )
    assert error.count("\n") == 1
