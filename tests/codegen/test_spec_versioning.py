"""Releases: info.version moves with the classified diff, the gate refuses a missing bump, and the
changelog tells a client user what to change, grouped by family."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.speclife import versioning
from codegen.speclife.changelog import render_changelog
from spec import SPEC_DIR, SpecError, load_bundle


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """A copy of spec/ with its first release recorded in its releases/ folder."""
    copy = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, copy, ignore=shutil.ignore_patterns("releases"))
    versioning.set_version(copy, "2.3.4")
    versioning.release(copy, today="2026-01-01")
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _breaking(spec: Path) -> None:
    _edit(spec / "images.yaml", "x-kling-family: images.generations", "x-kling-family: images.made")


def _additive(spec: Path) -> None:
    _edit(
        spec / "images.yaml",
        "kling-v2-new, kling-v2-1, kling-v3]",
        "kling-v2-new, kling-v2-1, kling-v3, kling-v9]",
    )


def _words(spec: Path) -> None:
    _edit(spec / "images.yaml", "note: Restyle only;", "note: Restyling only;")


def _version(spec: Path) -> str:
    return str(load_bundle(spec)["info"]["version"])


def test_the_first_release_keeps_a_semver_and_records_the_baseline(spec: Path) -> None:
    assert _version(spec) == "2.3.4"
    assert versioning.verdict(spec).ok
    assert "First versioned release" in render_changelog(spec)


@pytest.mark.parametrize(
    ("change", "expected"),
    [(_breaking, "3.0.0"), (_additive, "2.4.0"), (_words, "2.3.5")],
    ids=["breaking-major", "additive-minor", "words-patch"],
)
def test_release_bumps_the_part_the_changes_need(spec: Path, change: object, expected: str) -> None:
    change(spec)  # type: ignore[operator]
    assert versioning.release(spec, today="2026-01-02") == expected
    assert _version(spec) == expected
    assert versioning.verdict(spec).ok


def test_a_breaking_change_without_a_major_bump_fails_the_gate(spec: Path) -> None:
    _breaking(spec)
    versioning.set_version(spec, "2.4.0")
    verdict = versioning.verdict(spec)
    assert not verdict.ok
    assert "needs a major bump" in verdict.message()


def test_a_bump_by_hand_that_is_big_enough_passes_the_gate(spec: Path) -> None:
    _additive(spec)
    versioning.set_version(spec, "3.0.0")
    assert versioning.verdict(spec).ok


def test_an_unchanged_spec_with_a_lower_version_fails_the_gate(spec: Path) -> None:
    versioning.set_version(spec, "2.3.3")
    assert not versioning.verdict(spec).ok


def test_asking_for_a_larger_part_is_honoured(spec: Path) -> None:
    _words(spec)
    assert versioning.release(spec, "major", today="2026-01-02") == "3.0.0"


def test_release_refuses_when_nothing_changed(spec: Path) -> None:
    with pytest.raises(SpecError, match="has not changed"):
        versioning.release(spec)


def test_a_client_change_the_diff_cannot_see_makes_a_release_with_its_note(spec: Path) -> None:
    note = "TaskFailedError(task, message): the message is now given"
    assert versioning.release(spec, "major", today="2026-01-03", notes=[note]) == "3.0.0"
    changelog = render_changelog(spec)
    entry = changelog.split("## 3.0.0 (2026-01-03)")[1]
    assert "### What you must change" in entry and f"- {note}" in entry
    with pytest.raises(SpecError, match="has not changed"):
        versioning.release(spec, "major")  # a part alone, no note: nothing to release


def test_a_version_that_is_not_semver_is_refused(spec: Path) -> None:
    versioning.set_version(spec, "2026-11-21")
    with pytest.raises(SpecError, match="not a semantic version"):
        versioning.verdict(spec)


def test_the_changelog_lists_what_to_change_by_family(spec: Path) -> None:
    _breaking(spec)
    versioning.release(spec, today="2026-01-02")
    changelog = render_changelog(spec)
    entry = changelog.split("## 3.0.0 (2026-01-02)")[1].split("## 2.3.4")[0]
    assert "### What you must change" in entry
    assert "**images.made**" in entry
    assert 'x-kling-family "images.generations" -> "images.made"' in entry
    note = json.loads((spec / "releases" / "notes" / "3.0.0.json").read_text("utf-8"))
    assert note["previous"] == "2.3.4" and note["level"] == "breaking"


def test_version_check_command_exits_1_with_the_reason(
    spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _breaking(spec)
    assert main(["version-check", "--spec", str(spec)]) == 1
    assert "run `kling-codegen release`" in capsys.readouterr().out
    assert main(["release", "--spec", str(spec)]) == 0
    assert main(["version-check", "--spec", str(spec)]) == 0


def test_the_client_version_is_the_spec_version(spec: Path, tmp_path: Path) -> None:
    _additive(spec)
    versioning.release(spec, today="2026-01-02")
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0
    assert 'version = "2.4.0"' in (out / "pyproject.toml").read_text("utf-8")
    assert "## 2.4.0 (2026-01-02)" in (out / "CHANGELOG.md").read_text("utf-8")


def test_a_version_bumped_further_by_hand_is_kept_by_release(spec: Path) -> None:
    _words(spec)
    versioning.set_version(spec, "4.0.0")
    assert versioning.release(spec, today="2026-01-02") == "4.0.0"
