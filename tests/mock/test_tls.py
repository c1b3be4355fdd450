"""HTTPS: the mock's own certificate authority, the certificates it issues, the trust callbacks
use, and clients talking to ``kling-mock serve --tls`` while trusting only that authority."""

from __future__ import annotations

import ipaddress
import json
import ssl
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import certifi
import pytest
import requests
import trustme
from cryptography import x509
from kling_client import KlingClient
from mockapi import MockAPI

from mockserver.cli.main import main, overrides_from, parser
from mockserver.core.config import ConfigError, Settings, load_config
from mockserver.security.tls import (
    Authority,
    HttpsMock,
    TlsError,
    callback_verify,
    ensure_authority,
    https_server,
    issue_server_certificate,
    server_files,
    server_hosts,
)

KEY = "tls-key"
HEADERS = {"Authorization": f"Bearer {KEY}"}
GENERATIONS = "/v1/images/generations"
SUBMITTED_MS, PROCESSING_MS = 1000, 2000  # each drawn within +-25% per task
TASK_MS = 10_000  # past any task's end
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def names_in(cert_file: Path) -> set[str]:
    """The DNS names and IP addresses a certificate file's first certificate covers."""
    cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    found = set(names.get_values_for_type(x509.DNSName))
    found |= {str(ip) for ip in names.get_values_for_type(x509.IPAddress)}
    return found


def settings_for(**config: Any) -> Settings:
    return Settings.from_config(load_config(config, environ={}))


# ----------------------------------------------------------------------------- the authority
def test_the_authority_is_made_once_and_reused(tmp_path: Path) -> None:
    first = ensure_authority(tmp_path / "tls")
    again = ensure_authority(tmp_path / "tls")
    assert again.cert_file.read_bytes() == first.cert_file.read_bytes()
    assert again.ca.cert_pem.bytes() == first.ca.cert_pem.bytes()
    assert ensure_authority(tmp_path / "other").ca.cert_pem.bytes() != first.ca.cert_pem.bytes()


def test_private_keys_are_owner_only_and_the_folder_is_never_committed(tmp_path: Path) -> None:
    authority = ensure_authority(tmp_path / "tls")
    _, server_key = issue_server_certificate(authority, ("127.0.0.1",))
    for key in (authority.folder / "ca-key.pem", server_key):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(authority.folder.stat().st_mode) & 0o077 == 0
    ignored = (authority.folder / ".gitignore").read_text().splitlines()
    assert "*" in ignored


def test_the_bundle_trusts_the_system_authorities_and_the_mocks(tmp_path: Path) -> None:
    authority = ensure_authority(tmp_path / "tls")
    bundle = authority.bundle_file.read_bytes()
    assert authority.cert_file.read_bytes() in bundle
    assert bundle.count(b"BEGIN CERTIFICATE") > 1


def test_the_server_certificate_covers_loopback_the_bind_address_and_extra_names(
    tmp_path: Path,
) -> None:
    authority = ensure_authority(tmp_path / "tls")
    hosts = server_hosts(["mock.test"], bind_host="10.1.2.3")
    cert_file, _ = issue_server_certificate(authority, hosts)
    assert names_in(cert_file) == {"127.0.0.1", "::1", "localhost", "10.1.2.3", "mock.test"}
    assert "0.0.0.0" not in server_hosts([], bind_host="0.0.0.0")


def test_a_host_that_is_no_host_name_is_a_clear_error(tmp_path: Path) -> None:
    authority = ensure_authority(tmp_path / "tls")
    with pytest.raises(TlsError, match="cannot issue a certificate"):
        issue_server_certificate(authority, ("not a host",))


def test_a_certificate_of_ones_own_is_served_as_given(tmp_path: Path) -> None:
    cert, key = own_certificate(tmp_path, trustme.CA())
    settings = settings_for(KLING_DB=str(tmp_path / "s.db"), KLING_TLS_CERT=cert, KLING_TLS_KEY=key)
    assert settings.tls.enabled
    assert server_files(settings.tls) == (cert, key)
    assert not (tmp_path / "tls").exists()  # no authority made for a user who brought a certificate


def test_a_certificate_with_a_key_that_does_not_match_is_refused(tmp_path: Path) -> None:
    cert, _ = own_certificate(tmp_path / "a", trustme.CA())
    _, other_key = own_certificate(tmp_path / "b", trustme.CA())
    settings = settings_for(KLING_TLS_CERT=cert, KLING_TLS_KEY=other_key)
    with pytest.raises(TlsError, match="cannot use the certificate"):
        server_files(settings.tls)


def own_certificate(folder: Path, ca: trustme.CA) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    leaf = ca.issue_cert("127.0.0.1", "localhost")
    cert, key = folder / "own.pem", folder / "own-key.pem"
    leaf.cert_chain_pems[0].write_to_path(str(cert))
    leaf.private_key_pem.write_to_path(str(key))
    return cert, key


# ----------------------------------------------------------------------------- settings and CLI
def test_tls_is_off_unless_asked_and_kling_tls_turns_it_on(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite3")
    assert not settings_for(KLING_DB=db).tls.enabled
    on = Settings.from_config(load_config({"KLING_DB": db}, environ={"KLING_TLS": "1"}))
    assert on.tls.enabled and on.tls.scheme == "https"
    assert on.tls.folder == tmp_path / "tls"


def test_a_certificate_needs_its_key_and_must_exist(tmp_path: Path) -> None:
    cert, _ = own_certificate(tmp_path, trustme.CA())
    with pytest.raises(ConfigError, match="go together"):
        settings_for(KLING_TLS_CERT=str(cert))
    with pytest.raises(ConfigError, match="no such file"):
        settings_for(KLING_TLS_CERT=str(tmp_path / "gone.pem"), KLING_TLS_KEY=str(cert))


def test_the_serve_flags_become_the_tls_settings(tmp_path: Path) -> None:
    flags = ["--tls", "--tls-host", "a.test", "--tls-host", "b.test,a.test", "--tls-host", "c.test"]
    args = parser().parse_args(["serve", *flags])
    settings = settings_for(KLING_DB=str(tmp_path / "s.db"), **overrides_from(args))
    assert settings.tls.enabled and settings.tls.hosts == ("a.test", "b.test", "c.test")
    plain = parser().parse_args(["serve"])
    assert "KLING_TLS" not in overrides_from(plain)


def test_kling_mock_ca_prints_the_same_certificate_every_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KLING_TLS_DIR", raising=False)
    db = str(tmp_path / "state.sqlite3")
    assert main(["ca", "--db", db]) == 0
    first = capsys.readouterr().out.strip()
    assert main(["ca", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == first == str((tmp_path / "tls" / "ca.pem").resolve())
    assert main(["ca", "--db", db, "--bundle"]) == 0
    assert capsys.readouterr().out.strip().endswith("bundle.pem")


def test_kling_mock_ca_reports_an_unusable_folder_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("KLING_TLS_DIR", str(blocker / "tls"))
    assert main(["ca"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kling-mock ca: ") and err.count("\n") == 1


# ----------------------------------------------------------------------------- callbacks
@contextmanager
def https_receiver(cert: Path, key: Path) -> Iterator[tuple[str, list[Any]]]:
    """A loopback HTTPS server presenting ``cert`` that records the JSON of every POST."""
    received: list[Any] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


def callback_api(make_api: Callable[..., MockAPI], authority: Authority) -> MockAPI:
    return make_api(
        KLING_TLS_DIR=str(authority.folder),
        KLING_CALLBACK_MAX_ATTEMPTS=1,
        KLING_CALLBACK_POLL_MS=10,
    )


def test_callbacks_trust_the_system_store_plus_the_mocks_authority(tmp_path: Path) -> None:
    assert callback_verify(tmp_path / "tls" / "ca.pem") is True  # no authority: the default store
    authority = ensure_authority(tmp_path / "tls")
    assert callback_verify(authority.cert_file) == str(authority.bundle_file)


def test_callbacks_reach_an_https_receiver_with_a_certificate_from_the_mocks_authority(
    make_api: Callable[..., MockAPI], tmp_path: Path
) -> None:
    authority = ensure_authority(tmp_path / "tls")
    api = callback_api(make_api, authority)
    with https_receiver(*issue_server_certificate(authority, ("127.0.0.1",))) as (url, got):
        api.image_task(callback_url=url)
        api.advance(TASK_MS)
    assert [task["task_status"] for task in got] == ["submitted", "processing", "succeed"]


def test_callbacks_refuse_a_receiver_no_trusted_authority_vouches_for(
    make_api: Callable[..., MockAPI], tmp_path: Path
) -> None:
    api = callback_api(make_api, ensure_authority(tmp_path / "tls"))
    with https_receiver(*own_certificate(tmp_path / "stranger", trustme.CA())) as (url, got):
        task = api.image_task(callback_url=url)
        api.advance(TASK_MS)
    assert got == []
    found = api.get("/__mock/callbacks", params={"task_id": task["task_id"]}).json()
    errors = [d["last_error"] for d in found["deliveries"]]
    assert errors and all("CERTIFICATE_VERIFY_FAILED" in (e or "") for e in errors), errors


# ----------------------------------------------------------------------------- served over https
@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpsMock]:
    folder = tmp_path_factory.mktemp("https")
    phases = {"KLING_SUBMITTED_MS": str(SUBMITTED_MS), "KLING_PROCESSING_MS": str(PROCESSING_MS)}
    with https_server(folder, env=phases, extra_args=("--frozen", "--quiet")) as served:
        yield served


def trusting(ca_file: Path) -> requests.Session:
    """A plain session that trusts only the mock's authority (nothing from the environment)."""
    session = requests.Session()
    session.trust_env = False
    session.verify = str(ca_file)
    return session


def advance(mock: HttpsMock, ms: int) -> None:
    answer = trusting(mock.ca_file).post(f"{mock.base_url}/__mock/clock", json={"advance_ms": ms})
    assert answer.ok, answer.text


def test_the_generated_client_runs_a_task_through_its_life_over_https(mock: HttpsMock) -> None:
    assert mock.base_url.startswith("https://")
    with KlingClient(
        api_key=KEY, base_url=f"{mock.base_url}/kling", verify=str(mock.ca_file)
    ) as client:
        task = client.images.generations.create(prompt="a paper boat")
        assert task.task_status == "submitted"
        advance(mock, SUBMITTED_MS * 5 // 4)  # the longest submitted phase, not yet done
        assert client.images.generations.get(task.task_id).task_status == "processing"
        advance(mock, TASK_MS)
        done = client.images.generations.wait(task.task_id, poll_interval=0.01, timeout=30)
    assert done.task_status == "succeed"
    assert done.task_result is not None and done.task_result.images
    url = done.task_result.images[0].url
    assert url is not None and url.startswith(mock.base_url + "/")
    download = trusting(mock.ca_file).get(url)
    assert download.ok and download.content.startswith(PNG_SIGNATURE)


def test_a_plain_requests_session_trusting_only_the_authority_drives_a_task(
    mock: HttpsMock,
) -> None:
    session = trusting(mock.ca_file)
    created = session.post(
        f"{mock.base_url}/kling{GENERATIONS}", json={"prompt": "a boat"}, headers=HEADERS
    )
    assert created.status_code == 200, created.text
    task_id = created.json()["data"]["task_id"]
    advance(mock, TASK_MS)
    task = session.get(f"{mock.base_url}/kling{GENERATIONS}/{task_id}", headers=HEADERS).json()
    assert task["data"]["task_status"] == "succeed"
    (image,) = task["data"]["task_result"]["images"]
    assert image["url"].startswith("https://127.0.0.1:")
    assert session.get(image["url"]).content.startswith(PNG_SIGNATURE)


def test_a_client_that_does_not_trust_the_authority_is_refused(mock: HttpsMock) -> None:
    session = requests.Session()
    session.trust_env = False
    session.verify = certifi.where()
    with pytest.raises(requests.exceptions.SSLError):
        session.get(f"{mock.base_url}/__mock/health")


def test_the_clients_verify_wins_over_requests_ca_bundle(
    mock: HttpsMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certifi.where())  # a store without the mock's CA
    with KlingClient(
        api_key=KEY, base_url=f"{mock.base_url}/kling", verify=str(mock.ca_file)
    ) as client:
        assert client.images.generations.list(page_size=1) is not None


def test_callbacks_of_a_task_made_over_https_carry_https_urls_to_an_https_receiver(
    mock: HttpsMock,
) -> None:
    authority = ensure_authority(mock.ca_file.parent)
    receiver = issue_server_certificate(authority, ("127.0.0.1",))
    session = trusting(mock.ca_file)
    with https_receiver(*receiver) as (url, got):
        created = session.post(
            f"{mock.base_url}/kling{GENERATIONS}",
            json={"prompt": "a boat", "callback_url": url},
            headers=HEADERS,
        )
        assert created.status_code == 200, created.text
        advance(mock, TASK_MS)
    assert [task["task_status"] for task in got] == ["submitted", "processing", "succeed"]
    assert got[-1]["task_result"]["images"][0]["url"].startswith(mock.base_url + "/")


def test_the_certificate_served_names_every_loopback_address(mock: HttpsMock) -> None:
    host, port = mock.base_url.removeprefix("https://").rsplit(":", 1)
    pem = ssl.get_server_certificate((host, int(port)))
    cert = x509.load_pem_x509_certificate(pem.encode())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    addresses = set(names.get_values_for_type(x509.IPAddress))
    assert {ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1")} <= addresses
    assert "localhost" in names.get_values_for_type(x509.DNSName)
