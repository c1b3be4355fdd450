"""``kling-codegen``: render the client from spec/, and follow the spec's life cycle.

kling-codegen generate      [--spec spec/] [--out generated/]
kling-codegen check         [--spec spec/] [--out generated/]  # exit 1 and a summary when stale
kling-codegen diff OLD [NEW] [--spec spec/] [--format text|json] [--fail-on LEVEL]
kling-codegen release       [--spec spec/] [--part major|minor|patch] [--note TEXT]...
kling-codegen version-check [--spec spec/]
kling-codegen lint          [--spec spec/]
kling-codegen compare UPSTREAM... [--spec spec/] [--format text|json] [--fail-on new]

spec/ and generated/ default to the folders of the project you run the command in: the
current directory or the nearest folder above it with a spec/common.yaml.

Exit codes: 0 fine, 1 the check failed (stale tree, a change at --fail-on, a version not bumped,
a lint finding, new drift), 2 bad input (an unreadable spec, an unknown ref, a bad option).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from codegen import project
from codegen.formatting import FormattingError
from codegen.generate import check, generate
from codegen.speclife import commands
from spec.documents import SpecError


def _plain(text: str) -> str:
    """The docstring's words for a terminal: without reST's literal quotes."""
    return text.replace("``", "")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="kling-codegen",
        description=_plain(__doc__.splitlines()[0]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_plain("\n".join(__doc__.splitlines()[2:])),
    )
    subcommands = main.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "render generated/ from spec/"),
        ("check", "fail when generated/ differs from what spec/ renders"),
    ):
        command = subcommands.add_parser(name, help=text, description=text)
        command.add_argument("--spec", type=Path, default=None, help=commands.SPEC_HELP)
        command.add_argument(
            "--out",
            type=Path,
            default=None,
            help="output folder (default: the project's generated/)",
        )
    commands.add_parsers(subcommands)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    started = time.perf_counter()
    try:
        _project_defaults(args)
        if args.command not in ("generate", "check"):
            return commands.run(args)
        if args.command == "generate":
            if commands.run_lint(args.spec) != 0:
                print("kling-codegen: fix the lint findings before generating", file=sys.stderr)
                return 1
            files = generate(args.spec, args.out)
            lines = sum(content.count(b"\n") for content in files.values())
            elapsed = time.perf_counter() - started
            print(f"wrote {len(files)} files ({lines} lines) to {args.out} in {elapsed:.2f} s")
            return 0
        diff = check(args.spec, args.out)
    except (SpecError, FormattingError) as error:
        print(f"kling-codegen: {error}", file=sys.stderr)
        return 2
    if diff.clean:
        print(f"{args.out} is up to date with {args.spec}")
        return 0
    print(diff.summary(str(args.out)), file=sys.stderr)
    return 1


def _project_defaults(args: argparse.Namespace) -> None:
    """Fill the folders no option named from the project the command runs in."""
    if getattr(args, "spec", "") is None:
        args.spec = project.spec_dir()
    if getattr(args, "out", "") is None:
        args.out = project.generated_dir()
    if getattr(args, "new", "") is None:
        args.new = str(args.spec)


if __name__ == "__main__":
    raise SystemExit(main())
