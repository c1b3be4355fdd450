"""No credential a request carries reaches the log, the journal, the dashboard or a recording,
wherever it sits: header, query string, path or body."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from flask import Flask

from mockserver import create_app
from mockserver.core.state import state_of
from mockserver.proxy.forward import Upstream
from mockserver.security.jwt_auth import make_token
from tests.security.attacks import judged
from tests.security.bad_upstream import BadUpstream

KEY_MARKER = "sk-MARKER-key-0123456789"
JWT_MARKER = make_token("ak-MARKER", "s" * 32)


def planted(client: object, secret: str) -> list[str]:
    """Requests with ``secret`` in the header, the query, the path and the body."""
    sent = []
    for path in (
        f"/v1/images/generations?token={secret}",
        f"/v1/images/generations/{secret}",
        "/v1/images/generations",
    ):
        answer = client.post(  # type: ignore[attr-defined]
            path,
            json={"prompt": f"p {secret}", "api_key": secret},
            headers={"Authorization": f"Bearer {secret}"},
        )
        judged("redaction", answer.status_code, answer.data)
        sent.append(answer.json.get("request_id", ""))
    return sent


@pytest.mark.parametrize("secret", [KEY_MARKER, JWT_MARKER], ids=["key", "jwt"])
def test_a_credential_reaches_no_log_journal_or_dashboard_page(
    make_app: Callable[..., Flask], caplog: pytest.LogCaptureFixture, secret: str
) -> None:
    app = make_app(KLING_LOG_REQUESTS=True)
    client = app.test_client()
    with caplog.at_level(logging.INFO):
        ids = planted(client, secret)
    seen = [caplog.text, client.get("/__mock/journal").get_data(as_text=True)]
    seen += [client.get(f"/__mock/ui/journal/{rid}").get_data(as_text=True) for rid in ids]
    seen.append(client.get("/__mock/ui/journal").get_data(as_text=True))
    for place, text in enumerate(seen):
        assert secret not in text, place


def test_a_credential_reaches_no_recording(tmp_path: Path) -> None:
    upstream = BadUpstream()
    try:
        session = requests.Session()
        session.trust_env = False
        target = Upstream(upstream.url, session=session, record_dir=tmp_path, timeout_s=5)
        app = create_app({"KLING_DB": ":memory:", "KLING_LOG_REQUESTS": False}, upstream=target)
        planted(app.test_client(), JWT_MARKER)
        planted(app.test_client(), KEY_MARKER)
        state_of(app).store.close()
    finally:
        upstream.close()
    recorded = "".join(path.read_text() for path in tmp_path.glob("*.json"))
    assert recorded and JWT_MARKER not in recorded and KEY_MARKER not in recorded
