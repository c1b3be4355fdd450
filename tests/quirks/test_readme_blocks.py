"""The README's example of the behaviour check runs as printed."""

from __future__ import annotations

from typing import Any

from tests.shipping.readme import code_block


def test_the_readme_check_of_the_client_runs_as_printed(kling_client: Any, kling_mock: Any) -> None:
    namespace: dict[str, Any] = {}
    exec(code_block("Simulate, proxy, replay"), namespace)
    namespace["test_my_pipeline_behaves"](kling_client, kling_mock)
