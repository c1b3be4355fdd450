"""The admin API and the dashboard answer only their owner, only on the names the mock serves."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask

from mockserver.http import admin_guard
from tests.security.attacks import judged

TOKEN = "admin-token-for-tests"
HOSTS = ["mock.internal"]
ADMIN_GETS = ["/__mock/health", "/__mock/tasks", "/__mock/usage", "/__mock/journal", "/__mock/ui"]
ADMIN_WRITES = [("POST", "/__mock/reset"), ("POST", "/__mock/clock"), ("DELETE", "/__mock/faults")]


def guarded(make_app: Callable[..., Flask], **config: object) -> Flask:
    return make_app(KLING_ADMIN_TOKEN=TOKEN, KLING_ALLOWED_HOSTS=HOSTS, **config)


@pytest.mark.parametrize("path", ADMIN_GETS)
def test_every_admin_route_needs_the_token(make_app: Callable[..., Flask], path: str) -> None:
    client = guarded(make_app).test_client()
    refused = client.get(path)
    judged("admin without token", refused.status_code, refused.data)
    assert refused.status_code in (401, 303)
    assert client.get(path, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    wrong = client.get(path, headers={"Authorization": "Bearer admin-token-for-test"})
    assert wrong.status_code in (401, 303)


def test_the_dashboard_logs_in_with_a_form_and_then_uses_its_cookie(
    make_app: Callable[..., Flask],
) -> None:
    client = guarded(make_app).test_client()
    first = client.get("/__mock/ui/journal")
    assert first.status_code == 303 and "/__mock/login" in first.headers["Location"]
    assert client.post("/__mock/login", data={"token": "nope"}).status_code == 401
    logged = client.post("/__mock/login", data={"token": TOKEN, "next": "/__mock/ui/journal"})
    assert logged.status_code == 303 and logged.headers["Location"].endswith("/__mock/ui/journal")
    assert "HttpOnly" in logged.headers["Set-Cookie"]
    assert "SameSite=Strict" in logged.headers["Set-Cookie"]
    assert client.get("/__mock/ui/journal").status_code == 200


def test_the_startup_link_with_the_token_logs_in(make_app: Callable[..., Flask]) -> None:
    client = guarded(make_app).test_client()
    answer = client.get(f"/__mock/ui?token={TOKEN}")
    assert answer.status_code == 303 and admin_guard.COOKIE in answer.headers["Set-Cookie"]
    assert client.get("/__mock/ui").status_code == 200


def test_result_media_stay_public(make_app: Callable[..., Flask]) -> None:
    client = guarded(make_app).test_client()
    answer = client.get("/__mock/assets/1/none.png")
    assert answer.status_code != 401


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:4010", "127.0.0.1.evil.example", "mock.internal.evil"]
)
def test_a_host_the_mock_does_not_serve_gets_421(make_app: Callable[..., Flask], host: str) -> None:
    client = guarded(make_app).test_client()
    for path in ADMIN_GETS:
        answer = client.get(path, headers={"Host": host, "Authorization": f"Bearer {TOKEN}"})
        judged("host spoofing", answer.status_code, answer.data)
        assert answer.status_code == 421, (path, host)


@pytest.mark.parametrize("host", ["127.0.0.1:4010", "localhost", "[::1]:4010", "mock.internal"])
def test_the_served_names_are_answered(make_app: Callable[..., Flask], host: str) -> None:
    client = guarded(make_app).test_client()
    answer = client.get(
        "/__mock/health", headers={"Host": host, "Authorization": f"Bearer {TOKEN}"}
    )
    assert answer.status_code == 200


CROSS_SITE = [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Origin": "http://127.0.0.1:4011"},
    {"Sec-Fetch-Site": "cross-site"},
    {"Content-Type": "text/plain"},
    {"Content-Type": "application/x-www-form-urlencoded"},
    {"Content-Type": "multipart/form-data; boundary=x"},
    {"Origin": "http://127.0.0.1:4010", "Content-Type": "application/json"},  # no CSRF token
    {"Sec-Fetch-Site": "same-origin", "Content-Type": "application/json"},  # no CSRF token
]


@pytest.mark.parametrize("headers", CROSS_SITE)
@pytest.mark.parametrize("token", [None, TOKEN])
def test_a_web_page_cannot_send_admin_writes(
    make_app: Callable[..., Flask], headers: dict[str, str], token: str | None
) -> None:
    client = make_app(KLING_ADMIN_TOKEN=token).test_client()
    auth = {"Authorization": f"Bearer {token}"} if token else {}
    client.post("/__mock/clock", json={"freeze": False}, headers=auth)
    for method, path in ADMIN_WRITES:
        answer = client.open(
            path,
            method=method,
            base_url="http://127.0.0.1:4010",
            headers={**headers, **auth},
            data="" if path.endswith("reset") else '{"freeze": true}',
        )
        judged("cross-origin admin writes", answer.status_code, answer.data)
        assert answer.status_code in (403, 415), (method, path, headers, answer.json)
    assert client.get("/__mock/clock", headers=auth).json["frozen"] is False


def test_plain_curl_and_the_dashboard_own_controls_still_write(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app().test_client()
    assert client.post("/__mock/reset", base_url="http://127.0.0.1:4010").status_code == 200
    page = client.get("/__mock/ui", base_url="http://127.0.0.1:4010").get_data(as_text=True)
    match = re.search(r'name="kling-csrf" content="([0-9a-f]+)"', page)
    assert match, "the dashboard embeds its CSRF token"
    same_origin = {
        "Origin": "http://127.0.0.1:4010",
        "Sec-Fetch-Site": "same-origin",
        admin_guard.CSRF_HEADER: match.group(1),
    }
    answer = client.post(
        "/__mock/clock",
        json={"freeze": True},
        headers=same_origin,
        base_url="http://127.0.0.1:4010",
    )
    assert answer.status_code == 200 and answer.json["frozen"] is True


@pytest.mark.parametrize("command", ["serve", "proxy"])
def test_binding_beyond_loopback_without_a_token_refuses_to_start(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    from mockserver.cli.main import main

    args = ["--db", f"{tmp_path}/s.sqlite3"] if command == "serve" else ["--upstream", "http://u"]
    assert main([command, "--host", "0.0.0.0", "--port", "4999", *args]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "--admin-token" in line and "KLING_ADMIN_TOKEN" in line and "--insecure-admin" in line


@pytest.mark.parametrize(
    "foreign", [{"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}]
)
def test_a_foreign_site_is_refused_even_with_the_csrf_token(
    make_app: Callable[..., Flask], foreign: dict[str, str]
) -> None:
    app = make_app()
    client = app.test_client()
    csrf = app.extensions[admin_guard.EXTENSION].csrf_token
    answer = client.post(
        "/__mock/reset",
        headers={**foreign, admin_guard.CSRF_HEADER: csrf},
        base_url="http://127.0.0.1:4010",
    )
    judged("cross-origin admin writes", answer.status_code, answer.data)
    assert answer.status_code == 403
