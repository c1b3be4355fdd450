"""``kling-codegen``: render the client from spec/, or check that generated/ is current.

kling-codegen generate [--spec spec/] [--out generated/]
kling-codegen check    [--spec spec/] [--out generated/]   # exit 1 and a summary when stale
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from codegen.formatting import FormattingError
from codegen.generate import OUT_DIR, check, generate
from spec.documents import SPEC_DIR, SpecError


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="kling-codegen", description=__doc__.splitlines()[0])
    commands = main.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "render generated/ from spec/"),
        ("check", "fail when generated/ differs from what spec/ renders"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument("--spec", type=Path, default=SPEC_DIR, help="spec directory")
        command.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    started = time.perf_counter()
    try:
        if args.command == "generate":
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
