"""``python -m tests.bench.instructions``: machine instructions per request, counted by callgrind.

Time on a shared machine moves with everyone else's load; the instructions a request executes do
not. This runs ``tests/bench/wsgi_drive.py`` under ``valgrind --tool=callgrind`` (all threads,
the batch writer's included) and reads the counts callgrind dumps between its runs: creates and
gets through the mock, then through bare Flask, each N requests after a warm-up. ``--tree`` counts
another checkout's mock the same way (a before/after pair). Slow: valgrind runs Python some 50
times slower, a few minutes per tree.

``python -m tests.bench.instructions --requests 300 --tree ../main``
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.wsgi_drive import RUNS

DRIVER = Path(__file__).with_name("wsgi_drive.py")
_TOTALS = re.compile(r"^(?:totals|summary):\s+(\d+)", re.MULTILINE)


def counts(tree: Path, requests: int) -> dict[str, float]:
    """Instructions per request of each run of the driver, with ``tree``'s mock."""
    with tempfile.TemporaryDirectory(prefix="kling-callgrind-") as folder:
        out = Path(folder) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
             "--dump-before=sched_yield", sys.executable, str(DRIVER), str(requests)],
            cwd=tree, env={**os.environ, "PYTHONPATH": str(tree.resolve())},
            check=True, capture_output=True, timeout=3600,
        )  # fmt: skip
        dumps = sorted(Path(folder).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        found = [int(_TOTALS.findall(path.read_text(errors="replace"))[0]) for path in dumps]
    # dumps: start-up+warm-up, then per run: the run, then the next warm-up (odd ones are runs)
    measured = found[1 : 2 * len(RUNS) : 2]
    if len(measured) != len(RUNS):
        raise RuntimeError(f"callgrind dumped {len(found)} counts, expected {2 * len(RUNS) + 1}")
    return {run: total / requests for run, total in zip(RUNS, measured, strict=True)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.instructions", description=__doc__)
    parser.add_argument("--requests", type=int, default=300, help="per run")
    parser.add_argument("--tree", type=Path, action="append", default=[],
                        help="also count this checkout's mock (repeatable)")  # fmt: skip
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind not found: apt-get install valgrind", file=sys.stderr)
        return 2
    print(f"instructions per request (callgrind, {args.requests} requests a run, all threads)")
    for tree in [Path.cwd(), *args.tree]:
        found = counts(tree, args.requests)
        line = "  ".join(f"{run}: {found[run] / 1000:,.0f}k" for run in RUNS)
        ratios = "  ".join(
            f"{load} {found[f'mock {load}'] / found[f'bare {load}']:.1f}x bare"
            for load in ("create", "get")
        )
        print(f"{tree.resolve().name}: {line}  ({ratios})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
