"""``kling-codegen``: render the client from spec/, and follow the spec's life cycle.

kling-codegen generate      [--spec spec/] [--out generated/]
kling-codegen check         [--spec spec/] [--out generated/]  # exit 1 and a summary when stale
kling-codegen diff OLD [NEW] [--format text|json] [--fail-on LEVEL]
kling-codegen release       [--spec spec/] [--part major|minor|patch]
kling-codegen version-check [--spec spec/]
kling-codegen lint          [--spec spec/]
kling-codegen compare UPSTREAM... [--spec spec/] [--format text|json] [--fail-on new]

Exit codes: 0 fine, 1 the check failed (stale tree, a change at --fail-on, a version not bumped,
a lint finding, new drift), 2 bad input (an unreadable spec, an unknown ref, a bad option).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from codegen.formatting import FormattingError
from codegen.generate import OUT_DIR, check, generate
from codegen.speclife import commands
from spec.documents import SPEC_DIR, SpecError


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="kling-codegen",
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.splitlines()[2:]),
    )
    subcommands = main.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "render generated/ from spec/"),
        ("check", "fail when generated/ differs from what spec/ renders"),
    ):
        command = subcommands.add_parser(name, help=text, description=text)
        command.add_argument("--spec", type=Path, default=SPEC_DIR, help="spec directory")
        command.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    commands.add_parsers(subcommands)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    started = time.perf_counter()
    try:
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


if __name__ == "__main__":
    raise SystemExit(main())
