"""The life-cycle subcommands of ``kling-codegen``: diff, release, version-check, lint, compare."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from codegen.speclife import output, versioning
from codegen.speclife.diff import diff_bundles
from codegen.speclife.source import SPEC_DIR, load_bundle, materialised


def add_parsers(subcommands: Any) -> None:
    """Add the subcommands to ``kling-codegen``'s parser."""
    diff = subcommands.add_parser(
        "diff",
        help="classified changes between two specs",
        description="Every change from OLD to NEW (spec directories or git refs; NEW defaults to "
        "the work tree's spec/), classified breaking / non-breaking / documentation. "
        "Exit 1 when a change at --fail-on or above is found.",
    )
    diff.add_argument("old", help="a spec directory or a git ref (HEAD~1, main, v1.0.0)")
    diff.add_argument("new", nargs="?", default=str(SPEC_DIR), help="default: spec/")
    diff.add_argument("--spec", type=Path, default=SPEC_DIR, help="where spec/ is in git refs")
    diff.add_argument("--format", choices=("text", "json"), default="text")
    diff.add_argument("--fail-on", choices=output.FAIL_ON, default=None)

    release = subcommands.add_parser(
        "release",
        help="bump info.version as the changes need and record the release note",
        description="Diff spec/ against the last release (releases/spec/), bump info.version "
        "(major for breaking, minor for additions, patch for words; --part asks for at least "
        "that), write releases/notes/VERSION.json and make spec/ the new baseline.",
    )
    release.add_argument("--spec", type=Path, default=SPEC_DIR)
    release.add_argument("--part", choices=versioning.PARTS, default=None)

    gate = subcommands.add_parser(
        "version-check",
        help="fail when spec/ changed more than its version allows",
        description="Exit 1 when spec/ differs from the last release in a way info.version "
        "does not allow (breaking without a major bump, additions without a minor one, ...).",
    )
    gate.add_argument("--spec", type=Path, default=SPEC_DIR)


def run(args: argparse.Namespace) -> int:
    """Run one life-cycle subcommand; SpecError propagates to the CLI (exit 2)."""
    if args.command == "diff":
        with materialised(args.old, args.spec) as old, materialised(args.new, args.spec) as new:
            report = diff_bundles(load_bundle(old), load_bundle(new))
        print(output.render(report, args.format))
        return 1 if output.fails(report, args.fail_on) else 0
    if args.command == "release":
        version = versioning.release(args.spec, args.part)
        print(f"released {version}: run `kling-codegen generate` to update the client")
        return 0
    if args.command == "version-check":
        verdict = versioning.verdict(args.spec)
        print(verdict.message())
        return 0 if verdict.ok else 1
    raise AssertionError(f"unknown command {args.command}")


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)
