"""The life-cycle subcommands of ``kling-codegen``: diff, release, version-check, lint, compare."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from codegen.speclife import compare, output, versioning
from codegen.speclife.diff import diff_bundles
from codegen.speclife.lint import lint
from codegen.speclife.source import materialised
from spec import load_bundle

SPEC_HELP = "spec directory (default: the project's spec/, found from the current directory up)"


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
    diff.add_argument("new", nargs="?", default=None, help="default: the project's spec/")
    diff.add_argument("--spec", type=Path, default=None, help="spec/ in git refs; " + SPEC_HELP)
    diff.add_argument("--format", choices=("text", "json"), default="text")
    diff.add_argument("--fail-on", choices=output.FAIL_ON, default=None)

    release = subcommands.add_parser(
        "release",
        help="bump info.version as the changes need and record the release note",
        description="Diff spec/ against the last release (spec/releases/spec/), bump info.version "
        "(major for breaking, minor for additions, patch for words; --part asks for at least "
        "that), write spec/releases/notes/VERSION.json and make spec/ the new baseline.",
    )
    release.add_argument("--spec", type=Path, default=None, help=SPEC_HELP)
    release.add_argument("--part", choices=versioning.PARTS, default=None)
    release.add_argument(
        "--note",
        action="append",
        default=[],
        help="what client users must change for a change the spec diff cannot see (repeatable; "
        "needs --part)",
    )

    gate = subcommands.add_parser(
        "version-check",
        help="fail when spec/ changed more than its version allows",
        description="Exit 1 when spec/ differs from the last release in a way info.version "
        "does not allow (breaking without a major bump, additions without a minor one, ...).",
    )
    gate.add_argument("--spec", type=Path, default=None, help=SPEC_HELP)

    checker = subcommands.add_parser(
        "lint",
        help="check spec/ beyond JSON Schema: vocabulary, references, rule fields, examples",
        description="One line per finding (file#pointer: message); exit 1 when there is one.",
    )
    checker.add_argument("--spec", type=Path, default=None, help=SPEC_HELP)

    drift = subcommands.add_parser(
        "compare",
        help="drift between spec/ and published upstream OpenAPI documents",
        description="Match upstream operations by method and path (/kling prefix dropped) and "
        "report what differs; findings a recorded x-kling-disagreement names are shown as known. "
        "UPSTREAM is an OpenAPI document or a docs page embedding one in a ````yaml block.",
    )
    drift.add_argument("upstream", nargs="+", type=Path)
    drift.add_argument("--spec", type=Path, default=None, help=SPEC_HELP)
    drift.add_argument("--format", choices=("text", "json"), default="text")
    drift.add_argument("--fail-on", choices=("new",), default=None)


def run(args: argparse.Namespace) -> int:
    """Run one life-cycle subcommand; SpecError propagates to the CLI (exit 2)."""
    if args.command == "diff":
        with materialised(args.old, args.spec) as old, materialised(args.new, args.spec) as new:
            report = diff_bundles(load_bundle(old), load_bundle(new))
        print(output.render(report, args.format))
        return 1 if output.fails(report, args.fail_on) else 0
    if args.command == "release":
        version = versioning.release(args.spec, args.part, notes=args.note)
        print(f"released {version}: run `kling-codegen generate` to update the client")
        return 0
    if args.command == "version-check":
        verdict = versioning.verdict(args.spec)
        print(verdict.message())
        return 0 if verdict.ok else 1
    if args.command == "lint":
        return run_lint(args.spec)
    if args.command == "compare":
        return _compare(args)
    raise AssertionError(f"unknown command {args.command}")


def run_lint(spec_dir: Path) -> int:
    """Print every lint finding; 1 when there is one (``generate`` runs this first)."""
    findings = lint(spec_dir)
    for finding in findings:
        print(finding.line())
    if findings:
        print(f"{len(findings)} lint finding(s) in {_shown(spec_dir)}")
        return 1
    return 0


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve())) + "/"
    except ValueError:
        return str(path)


def _compare(args: argparse.Namespace) -> int:
    found = compare.compare(load_bundle(args.spec), compare.read_all(args.upstream))
    new = [drift for drift in found if not drift.known]
    if args.format == "json":
        data = {
            "new": len(new),
            "known": len(found) - len(new),
            "drift": [d.as_json() for d in found],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for drift in found:
            print(drift.line())
        known, sources = len(found) - len(new), len(args.upstream)
        print(f"{len(new)} new, {known} known drift(s) against {sources} document(s)")
    return 1 if args.fail_on == "new" and new else 0
