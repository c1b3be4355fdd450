"""The dashboard's pages rendered in-process: what each shows, its filters, and that reading
them never changes what the API answers. (The browser tests check the same pages live.)"""

from __future__ import annotations

import base64
import io
import random
import re
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from PIL import Image

from mockserver import create_app
from mockserver.security.jwt_auth import make_token

GENERATIONS = "/v1/images/generations"
DONE_MS = 60_000


def create(
    client: FlaskClient, path: str, body: dict[str, Any], key: str = "k1", **headers: str
) -> str:
    answer = client.post(path, json=body, headers={"Authorization": f"Bearer {key}", **headers})
    assert answer.status_code == 200, answer.json
    task_id: str = answer.json["data"]["task_id"]
    return task_id


def advance(client: FlaskClient, ms: int) -> None:
    assert client.post("/__mock/clock", json={"advance_ms": ms}).status_code == 200


def page(client: FlaskClient, url: str) -> str:
    answer = client.get(url)
    assert answer.status_code == 200
    assert answer.mimetype == "text/html"
    return answer.get_data(as_text=True)


def task_ids(html: str) -> list[str]:
    return re.findall(r'<tr id="task-(\d+)"', html)


def test_tasks_are_listed_newest_first_with_the_status_the_api_answers(app: Flask) -> None:
    client = app.test_client()
    first = create(client, GENERATIONS, {"prompt": "first"})
    second = create(client, "/v1/videos/text2video", {"prompt": "second"})
    html = page(client, "/__mock/ui")
    assert task_ids(html) == [second, first]
    assert 'data-status="submitted"' in html
    advance(client, DONE_MS)
    polled = client.get(f"{GENERATIONS}/{first}", headers={"Authorization": "Bearer k1"})
    html = page(client, "/__mock/ui/tasks?partial=1")
    assert f'id="task-{first}" data-version="succeeded:{polled.json["data"]["updated_at"]}"' in html
    assert "<html" not in html, "the live region comes without the page around it"


def test_the_filters_narrow_by_account_family_status_and_design(app: Flask) -> None:
    client = app.test_client()
    image_a = create(client, GENERATIONS, {"prompt": "a"}, key="ka")
    video_b = create(client, "/v1/videos/text2video", {"prompt": "b"}, key="kb")
    failing = create(client, GENERATIONS, {"prompt": "c"}, key="kb", **{"X-Mock-Outcome": "failed"})
    advance(client, DONE_MS)
    owner_b = client.get("/__mock/tasks").json["tasks"][0]["owner"]
    assert task_ids(page(client, f"/__mock/ui/tasks?owner={owner_b}")) == [failing, video_b]
    assert task_ids(page(client, "/__mock/ui/tasks?family=images.generations")) == [
        failing,
        image_a,
    ]
    assert task_ids(page(client, "/__mock/ui/tasks?status=failed")) == [failing]
    assert task_ids(page(client, "/__mock/ui/tasks?status=submitted")) == []
    assert task_ids(page(client, "/__mock/ui/tasks?design=legacy")) == [failing, video_b, image_a]
    assert task_ids(page(client, "/__mock/ui/tasks?design=model-in-path")) == []


CURRENT_T2V = "/text-to-video/kling-3.0-turbo"


def create_current(client: FlaskClient, body: dict[str, Any], **headers: str) -> str:
    auth = {"Authorization": "Bearer k1", **headers}
    answer = client.post(CURRENT_T2V, json=body, headers=auth)
    assert answer.status_code == 200, answer.json
    task_id: str = answer.json["data"]["id"]
    return task_id


def row_of(html: str, task_id: str) -> str:
    return html[html.index(f'id="task-{task_id}"') :].split("</tr>")[0]


def test_the_design_filter_offers_every_design_and_keeps_its_own_tasks(app: Flask) -> None:
    client = app.test_client()
    legacy = create(client, GENERATIONS, {"prompt": "a"})
    current = create_current(client, {"prompt": "b"})
    html = page(client, "/__mock/ui/tasks")
    offered = re.findall(r"<option(?: selected)?>([^<]+)</option>", html.split('id="f-design"')[1])
    assert set(offered) >= {"legacy", "current"}
    assert task_ids(page(client, "/__mock/ui/tasks?design=current")) == [current]
    assert task_ids(page(client, "/__mock/ui/tasks?design=legacy")) == [legacy]


def test_a_task_shows_its_status_in_its_own_designs_words(app: Flask) -> None:
    client = app.test_client()
    legacy = create(client, GENERATIONS, {"prompt": "a"})
    current = create_current(client, {"prompt": "b"})
    advance(client, DONE_MS)
    polled = client.get(f"/tasks?task_ids={current}", headers={"Authorization": "Bearer k1"})
    legacy_poll = client.get(f"{GENERATIONS}/{legacy}", headers={"Authorization": "Bearer k1"})
    html = page(client, "/__mock/ui/tasks")
    current_word = polled.json["data"][0]["status"]
    legacy_word = legacy_poll.json["data"]["task_status"]
    assert current_word != legacy_word, "the two designs spell a success differently"
    assert f'class="badge succeeded">{current_word}<' in row_of(html, current)
    assert f'class="badge succeeded">{legacy_word}<' in row_of(html, legacy)


def test_a_current_design_task_shows_its_media(app: Flask) -> None:
    client = app.test_client()
    current = create_current(client, {"prompt": "b"})
    advance(client, DONE_MS)
    row = row_of(page(client, "/__mock/ui/tasks"), current)
    assert re.search(
        rf'<video controls preload="none" src="http://localhost/__mock/assets/{current}/video', row
    )


def test_a_failed_task_shows_its_message_and_a_finished_one_its_media(app: Flask) -> None:
    client = app.test_client()
    failed = create(client, GENERATIONS, {"prompt": "x"}, **{"X-Mock-Outcome": "failed"})
    image = create(client, GENERATIONS, {"prompt": "y", "n": 2})
    video = create(client, "/v1/videos/text2video", {"prompt": "z"})
    advance(client, DONE_MS)
    html = page(client, "/__mock/ui/tasks")
    failed_row = html[html.index(f'id="task-{failed}"') :].split("</tr>")[0]
    assert 'class="failure">Generation failed (outcome forced by X-Mock-Outcome).<' in failed_row
    image_row = html[html.index(f'id="task-{image}"') :].split("</tr>")[0]
    assert (
        len(re.findall(rf'<img src="http://localhost/__mock/assets/{image}/image-\d', image_row))
        == 2
    )
    video_row = html[html.index(f'id="task-{video}"') :].split("</tr>")[0]
    assert (
        f'<video controls preload="none" src="http://localhost/__mock/assets/{video}/video.mp4'
        in video_row
    )


def noise_png_base64() -> str:
    """A real PNG the API accepts (300 px, random noise so it does not compress) as Base64."""
    picture = Image.frombytes("L", (300, 300), random.Random(1).randbytes(300 * 300))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_request_media_are_shown_by_reference(app: Flask) -> None:
    client = app.test_client()
    url = "https://example.com/cat.png?size=2"
    create(client, "/v1/videos/image2video", {"image": url, "prompt": "p"})
    create(client, "/v1/videos/image2video", {"image": noise_png_base64(), "prompt": "q"})
    html = page(client, "/__mock/ui/tasks")
    assert f'<a href="{url}">{url}</a>' in html
    assert re.search(r"&lt;\d{6} characters(: a \d+x\d+ image)?&gt;", html), (
        "Base64 media are replaced by their length"
    )


def test_a_journal_entry_opens_on_its_full_request_and_answer_without_the_key(app: Flask) -> None:
    client = app.test_client()
    answer = client.post(
        GENERATIONS, json={"prompt": ""}, headers={"Authorization": "Bearer secret-key"}
    )
    rid = answer.json["request_id"]
    journal = page(client, "/__mock/ui/journal")
    assert f'href="/__mock/ui/journal/{rid}"' in journal
    detail = page(client, f"/__mock/ui/journal/{rid}")
    assert "secret-key" not in detail
    assert "&#34;Authorization&#34;: &#34;[hidden]&#34;" in detail
    assert f"HTTP {answer.status_code}, code {answer.json['code']}" in detail
    assert answer.json["message"] in detail


def test_a_body_refused_for_its_size_is_answered_and_kept_by_its_size() -> None:
    app = create_app({"KLING_DB": ":memory:", "KLING_MAX_BODY_BYTES": 1000})
    client = app.test_client()
    answer = client.post(
        GENERATIONS, json={"prompt": "p" * 2000}, headers={"Authorization": "Bearer k"}
    )
    assert (answer.status_code, answer.json["code"]) == (400, 1200)
    detail = page(client, f"/__mock/ui/journal/{answer.json['request_id']}")
    assert re.search(r"<pre[^>]*>&lt;\d{4} bytes, not read&gt;</pre>", detail)


def test_a_body_nested_deeper_than_json_allows_is_kept_and_shown_as_text(app: Flask) -> None:
    client = app.test_client()
    deep = "[" * 100_000 + "]" * 100_000
    answers = [
        client.post(GENERATIONS, data=deep, content_type="application/json",
                    headers={"Authorization": "Bearer k"})
        for _ in range(2)
    ]  # fmt: skip
    assert [(a.status_code, a.json["code"]) for a in answers] == [(400, 1200)] * 2
    detail = page(client, f"/__mock/ui/journal/{answers[-1].json['request_id']}")
    assert "[[[[[[[[" in detail and f"{len(deep)} bytes in all" in detail


def test_full_requests_are_kept_as_long_as_the_journal_keeps_its_entries(tmp_path: Path) -> None:
    app = create_app({"KLING_DB": str(tmp_path / "state.sqlite3"), "KLING_JOURNAL_SIZE": 3})
    client = app.test_client()
    sent = [
        client.post(GENERATIONS, json={"prompt": f"p{n}"}, headers={"Authorization": "Bearer k"})
        for n in range(5)
    ]
    kept = [client.get(f"/__mock/ui/journal/{a.json['request_id']}").status_code for a in sent]
    assert kept == [404, 404, 200, 200, 200]
    assert len(client.get("/__mock/journal").json["entries"]) == 3


def test_an_unknown_journal_entry_is_a_kling_error_not_a_page(app: Flask) -> None:
    answer = app.test_client().get("/__mock/ui/journal/not-a-request")
    assert answer.status_code == 404
    assert answer.json["code"] == 1203


def test_coverage_and_callbacks_pages_show_what_the_traffic_did(app: Flask) -> None:
    client = app.test_client()
    create(client, GENERATIONS, {"prompt": "p", "callback_url": "http://127.0.0.1:9/hook"})
    client.post(GENERATIONS, json={}, headers={"Authorization": "Bearer k1"})
    grid = page(client, "/__mock/ui/coverage")
    row = grid[grid.index(f'"method">POST</span> {GENERATIONS}<') :].split("</tr>")[0]
    assert row.count('class="hit"') == 2  # code 0 and the refusal's code; every other cell a gap
    assert 'class="gap"' in row
    deliveries = page(client, "/__mock/ui/callbacks")
    assert "http://127.0.0.1:9/hook" in deliveries


def test_the_usage_page_shows_slots_and_units_against_the_limits_in_force(app: Flask) -> None:
    client = app.test_client()
    assert 'id="no-usage"' in page(client, "/__mock/ui/usage")
    limited = {"concurrency": {"image": 1}, "balance": {"image": 4}}
    assert client.post("/__mock/limits", json=limited).status_code == 200
    create(client, GENERATIONS, {"prompt": "holds the only slot"}, key="usage-key-0123456789")
    shown = page(client, "/__mock/ui/usage")
    row = shown[shown.index('id="usage-key:') :].split("</tr>")[0]
    assert "key …6789" in row and "<td>image</td>" in row
    assert "1 of 1 (full: the next create is 1303)" in row and "1 of 4</td>" in row
    advance(client, DONE_MS)  # the task finished: its slot is free, its unit stays spent
    row = page(client, "/__mock/ui/usage").split('id="usage-key:')[1].split("</tr>")[0]
    assert "0 of 1</td>" in row and "1 of 4</td>" in row


def answers(app: Flask, read_pages: bool) -> list[Any]:
    """The API answers to a fixed script of requests, with or without the dashboard read
    between them (request ids differ by design and are left out)."""
    client = app.test_client()
    seen: list[Any] = []
    steps: list[tuple[str, str, dict[str, Any] | None]] = [
        ("POST", GENERATIONS, {"prompt": "one"}),
        ("POST", GENERATIONS, {"prompt": ""}),
        ("GET", GENERATIONS, None),
        ("POST", "/v1/videos/text2video", {"prompt": "two"}),
        ("GET", "/v1/videos/text2video?pageNum=1&pageSize=5", None),
    ]
    for method, path, body in steps:
        if read_pages:
            for url in ("/__mock/ui", "/__mock/ui/journal", "/__mock/ui/coverage"):
                page(client, url)
        answer = client.open(path, method=method, json=body, headers={"Authorization": "Bearer k"})
        payload = answer.json
        payload.pop("request_id", None)
        seen.append((answer.status_code, payload))
        advance(client, 700)
    return seen


def test_reading_the_dashboard_never_changes_what_the_api_answers() -> None:
    def fresh() -> Flask:
        return create_app({"KLING_DB": ":memory:", "KLING_CLOCK_FROZEN": True})

    quiet, watched = fresh(), fresh()
    start = quiet.test_client().get("/__mock/clock").json["now_ms"]
    offset = start - watched.test_client().get("/__mock/clock").json["now_ms"]
    if offset > 0:
        advance(watched.test_client(), offset)
    elif offset < 0:
        advance(quiet.test_client(), -offset)
    assert answers(quiet, read_pages=False) == answers(watched, read_pages=True)


def test_a_journal_entry_keeps_the_answer_as_sent_after_a_quirk_reshaped_it(app: Flask) -> None:
    client = app.test_client()
    headers = {"Authorization": "Bearer k1", "X-Mock-Fault": "quirk=data_array"}
    answer = client.post(GENERATIONS, json={"prompt": "a boat"}, headers=headers)
    assert isinstance(answer.json["data"], list)
    detail = page(client, f"/__mock/ui/journal/{answer.json['request_id']}")
    assert "&#34;data&#34;: [" in detail


LONG_KEY = "sk-test-0123456789abcdefWXYZ"
SHORT_KEY = "tinyQRST"
ACCESS_KEY = "AK-0123456789abcdEFGH"


def test_an_account_digest_shows_the_last_four_characters_of_a_long_credential_only(
    app: Flask,
) -> None:
    """The hint is the typed key's tail for a key of 16 characters or more (a JWT's AccessKey
    alike); a shorter key is only called short, and no more of any credential is on the page."""
    client = app.test_client()
    create(client, GENERATIONS, {"prompt": "long"}, key=LONG_KEY)
    create(client, GENERATIONS, {"prompt": "short"}, key=SHORT_KEY)
    token = make_token(ACCESS_KEY, "any secret: the mock is open")
    create(client, GENERATIONS, {"prompt": "jwt"}, key=token)
    html = page(client, "/__mock/ui/tasks")
    accounts = re.findall(r'account <code>([^<]+)</code>(?: <span class="key-hint">([^<]+))?', html)
    assert sorted(hint for _, hint in accounts) == ["AccessKey …EFGH", "key …WXYZ", "short key"]
    assert all(account.startswith(("key:", "ak:")) for account, _ in accounts)
    for credential in (LONG_KEY, SHORT_KEY, ACCESS_KEY, token):
        assert credential[-5:] not in html
    assert "QRST" not in html
    assert "(key …WXYZ)</option>" in html


def test_audio_is_labelled_as_audio_not_by_the_field_it_sits_in(app: Flask) -> None:
    client = app.test_client()
    task_id = create(client, "/v1/audio/text-to-audio", {"prompt": "gulls", "duration": 5})
    advance(client, DONE_MS)
    html = row_of(page(client, "/__mock/ui/tasks"), task_id)
    labels = re.findall(r'<audio [^>]*aria-label="([^"]+)"', html)
    captions = re.findall(r"<figcaption>([^<]+)</figcaption>", html)
    assert labels and captions
    assert all(re.fullmatch(rf"audio( \d+)? \(\w+\) of task {task_id}", label) for label in labels)
    assert all(re.fullmatch(r"audio( \d+)? \(\w+\)", caption) for caption in captions)
    assert "url" not in " ".join(labels + captions)


def test_an_account_seen_again_after_a_reset_shows_its_hint_again(app: Flask) -> None:
    client = app.test_client()
    create(client, GENERATIONS, {"prompt": "before"}, key=LONG_KEY)
    assert "key …WXYZ" in page(client, "/__mock/ui/tasks")
    assert client.post("/__mock/reset").status_code == 200
    create(client, GENERATIONS, {"prompt": "after"}, key=LONG_KEY)
    assert "key …WXYZ" in page(client, "/__mock/ui/tasks")
