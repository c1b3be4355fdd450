"""``python -m tests.bench.codegen``: how long a full regeneration takes and how much it writes.

Each run parses spec/ from scratch (the bundle cache is cleared), builds the intermediate model,
renders the templates and formats the tree with ruff, exactly like ``kling-codegen generate``
minus writing into generated/. When ``openapi-python-client`` is installed (it is not a project
dependency), the same bundled spec is run through it for comparison.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from codegen.build import build_api
from codegen.generate import render_files
from codegen.render import render
from spec import documents as specload
from spec.documents import SPEC_DIR, load_bundle

COMPETITOR = "openapi-python-client"


def timed(action: Callable[[], object], runs: int) -> list[float]:
    found: list[float] = []
    for _ in range(runs):
        specload._bundle_cached.cache_clear()
        started = time.perf_counter()
        action()
        found.append(time.perf_counter() - started)
    return found


def line_counts(files: dict[str, bytes]) -> dict[str, int]:
    python = sum(c.count(b"\n") for n, c in files.items() if n.endswith(".py"))
    return {
        "files": len(files),
        "lines": sum(c.count(b"\n") for c in files.values()),
        "python_lines": python,
    }


def competitor_times(spec_dir: Path, runs: int) -> list[float] | None:
    """Seconds per run of openapi-python-client on the bundled spec, or None when not installed."""
    program = shutil.which(COMPETITOR)
    if program is None:
        return None
    with tempfile.TemporaryDirectory(prefix="kling-bench-") as scratch:
        document = Path(scratch) / "bundle.yaml"
        document.write_text(
            yaml.safe_dump(load_bundle(spec_dir), sort_keys=False), encoding="utf-8"
        )
        found: list[float] = []
        for index in range(runs):
            out = Path(scratch) / f"out{index}"
            command = [program, "generate", "--path", str(document), "--output-path", str(out)]
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            found.append(time.perf_counter() - started)
        return found


def measure(spec_dir: Path, runs: int, compare: bool) -> dict[str, Any]:
    def stages() -> None:
        render(build_api(load_bundle(spec_dir)))

    files = render_files(spec_dir)
    full = timed(lambda: render_files(spec_dir), runs)
    result: dict[str, Any] = {
        "runs": runs,
        "regeneration_s": {"min": min(full), "median": statistics.median(full)},
        "parse_build_render_s": statistics.median(timed(stages, runs)),
        "parse_s": statistics.median(timed(lambda: load_bundle(spec_dir), runs)),
        **line_counts(files),
    }
    if compare:
        other = competitor_times(spec_dir, max(1, min(runs, 3)))
        if other is None:
            result[COMPETITOR] = "not installed"
        else:
            median = statistics.median(other)
            result[COMPETITOR] = {
                "median_s": median,
                "ratio": result["regeneration_s"]["median"] / median,
            }
    return result


def report(result: dict[str, Any]) -> str:
    regen = result["regeneration_s"]
    lines = [
        f"full regeneration: median {regen['median']:.3f} s, best {regen['min']:.3f} s "
        f"over {result['runs']} runs",
        f"  parse spec/ {result['parse_s']:.3f} s; parse + model + templates "
        f"{result['parse_build_render_s']:.3f} s; the rest is ruff",
        f"generated: {result['files']} files, {result['lines']} lines "
        f"({result['python_lines']} of Python)",
    ]
    other = result.get(COMPETITOR)
    if isinstance(other, dict):
        lines.append(
            f"{COMPETITOR}: median {other['median_s']:.3f} s; ours takes "
            f"{other['ratio']:.0%} of its time (goal: at most 25%)"
        )
    elif other is not None:
        lines.append(f"{COMPETITOR}: {other} (pip install {COMPETITOR} to compare)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.codegen", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--spec", type=Path, default=SPEC_DIR)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-compare", action="store_true", help=f"skip {COMPETITOR}")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    result = measure(args.spec, max(1, args.runs), not args.no_compare)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
