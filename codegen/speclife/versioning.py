"""The spec's ``info.version`` is the client's semver; a release records what changed.

``spec/releases/`` holds the last released spec (``releases/spec/``, the baseline) and one
note per release (``releases/notes/<version>.json``: the classified diff from the version before).
The rule: a breaking change needs a major bump, a non-breaking one a minor, words a patch. The
gate (``kling-codegen version-check``, run by ``make test``) refuses a spec/ that differs from the
baseline by more than its version allows; ``kling-codegen release`` bumps and records together.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from codegen.speclife.catalogue import Level
from codegen.speclife.changes import Report
from codegen.speclife.diff import diff_bundles
from spec import SPEC_DIR, SpecError, load_bundle

Part = Literal["major", "minor", "patch"]
PARTS: tuple[Part, ...] = ("major", "minor", "patch")
#: The bump each level of change needs.
NEEDED: dict[Level, Part] = {"breaking": "major", "non-breaking": "minor", "documentation": "patch"}
COMMON = "common.yaml"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_VERSION_LINE = re.compile(r"^(  version:\s*)(\"?)([^\"\n]*)(\"?)\s*$", re.M)


def releases_dir(spec_dir: Path) -> Path:
    return spec_dir / "releases"


def parse(version: str) -> tuple[int, int, int]:
    found = _SEMVER.match(version)
    if not found:
        raise SpecError(f"info.version {version!r} is not a semantic version (MAJOR.MINOR.PATCH)")
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def bumped(version: str, part: Part) -> str:
    major, minor, patch = parse(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def bump_between(old: str, new: str) -> Part | None:
    """Which part moved from ``old`` to ``new`` (None when ``new`` is not later)."""
    before, after = parse(old), parse(new)
    if after <= before:
        return None
    return next(part for index, part in enumerate(PARTS) if after[index] != before[index])


def needed(report: Report) -> Part | None:
    return NEEDED[report.level] if report.level else None


def allows(actual: Part | None, need: Part | None) -> bool:
    if need is None:
        return True
    return actual is not None and PARTS.index(actual) <= PARTS.index(need)


@dataclass(frozen=True)
class Verdict:
    """What the gate found: the diff from the baseline, the bump it needs and the bump made."""

    report: Report
    need: Part | None
    made: Part | None

    @property
    def ok(self) -> bool:
        if self.need is None:
            return self.report.old_version == self.report.new_version or self.made is not None
        return allows(self.made, self.need)

    def message(self) -> str:
        old, new = self.report.old_version, self.report.new_version
        if self.ok:
            return f"spec {new}: allowed by the changes since release {old}"
        if self.need is None:
            return f"spec version {new} is not later than release {old}"
        return (
            f"spec/ has {self.report.level} changes since release {old} and needs a {self.need} "
            f"bump, but info.version is {new}; run `kling-codegen release`"
        )


def verdict(spec_dir: Path = SPEC_DIR) -> Verdict:
    baseline = releases_dir(spec_dir) / "spec"
    if not baseline.is_dir():
        raise SpecError(f"no released spec in {baseline}; run `kling-codegen release` once")
    report = diff_bundles(load_bundle(baseline), load_bundle(spec_dir))
    parse(report.new_version)
    return Verdict(report, needed(report), bump_between(report.old_version, report.new_version))


def set_version(spec_dir: Path, version: str) -> None:
    """Write ``version`` as info.version of common.yaml, leaving the rest of the file as it is."""
    path = spec_dir / COMMON
    text = path.read_text(encoding="utf-8")
    updated, count = _VERSION_LINE.subn(rf'\g<1>"{version}"', text, count=1)
    if count != 1:
        raise SpecError(f"{path}: no `  version:` line under info")
    path.write_text(updated, encoding="utf-8")


def release(
    spec_dir: Path = SPEC_DIR,
    part: Part | None = None,
    today: str | None = None,
    notes: Sequence[str] = (),
) -> str:
    """Bump info.version as the changes need (or ``part``, when larger), record the note and the
    baseline, and return the new version. The first release records the spec as it is.

    ``notes`` say what client users must change for what the spec diff cannot see (a renamed
    client class, a changed constructor); with ``part`` they make a release of their own."""
    folder = releases_dir(spec_dir)
    baseline = folder / "spec"
    date = today or datetime.date.today().isoformat()
    if not baseline.is_dir():
        current = str(load_bundle(spec_dir)["info"]["version"])
        version = current if _SEMVER.match(current) else "1.0.0"
        set_version(spec_dir, version)
        report = Report("", version)
    else:
        report = diff_bundles(load_bundle(baseline), load_bundle(spec_dir))
        need = needed(report) or (part if notes else None)
        if need is None:
            raise SpecError(f"spec/ has not changed since release {report.old_version}")
        chosen = part if part is not None and PARTS.index(part) < PARTS.index(need) else need
        version = bumped(report.old_version, chosen)
        if _SEMVER.match(report.new_version) and parse(report.new_version) > parse(version):
            version = report.new_version  # bumped further by hand: kept
        set_version(spec_dir, version)
        report.new_version = version
    _write_note(folder, report, date, notes)
    if baseline.exists():
        shutil.rmtree(baseline)
    baseline.mkdir(parents=True)
    for source in sorted(spec_dir.glob("*.yaml")):
        shutil.copyfile(source, baseline / source.name)
    return version


def _write_note(folder: Path, report: Report, date: str, client: Sequence[str] = ()) -> None:
    note: dict[str, Any] = {
        "version": report.new_version,
        "previous": report.old_version or None,
        "date": date,
        "level": report.level,
        "changes": [change.as_json() for change in report.changes],
    }
    if client:
        note["client"] = list(client)
        if not report.changes:  # a release made by its notes alone is as breaking as they are
            note["level"] = "breaking"
    notes = folder / "notes"
    notes.mkdir(parents=True, exist_ok=True)
    text = json.dumps(note, indent=2, ensure_ascii=False) + "\n"
    (notes / f"{report.new_version}.json").write_text(text, encoding="utf-8")


def read_notes(spec_dir: Path = SPEC_DIR) -> list[dict[str, Any]]:
    """Every release note, newest first."""
    notes = releases_dir(spec_dir) / "notes"
    found = [json.loads(p.read_text(encoding="utf-8")) for p in notes.glob("*.json")]
    return sorted(found, key=lambda note: parse(str(note["version"])), reverse=True)
