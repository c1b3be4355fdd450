"""The shared fault plan is read from the store once per request, however many steps ask for it."""

from __future__ import annotations

from typing import Any

import pytest

from mockserver import create_app
from mockserver.core.state import FAULTS_SETTING, state_of


def test_a_create_reads_the_fault_plan_once(monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app({"KLING_DB": ":memory:"})
    settings = state_of(app).store.settings
    reads: list[str] = []
    original = settings.get

    def counted(name: str) -> Any:
        reads.append(name)
        return original(name)

    monkeypatch.setattr(settings, "get", counted)
    answer = app.test_client().post(
        "/v1/images/generations",
        json={"prompt": "a paper boat"},
        headers={"Authorization": "Bearer plan-reader"},
    )
    assert answer.status_code == 200, answer.get_data(as_text=True)
    assert reads.count(FAULTS_SETTING) == 1
