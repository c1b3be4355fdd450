from __future__ import annotations

from spec.documents import SPEC_DIR
from tests.bench.codegen import measure, report


def test_the_benchmark_reports_time_and_size_of_a_regeneration() -> None:
    result = measure(SPEC_DIR, runs=1, compare=False)
    assert result["regeneration_s"]["median"] > 0
    assert result["python_lines"] > 1000
    assert "full regeneration" in report(result)
