"""The client refuses in live's words before sending, the same sentence the mock answers
(tests/mock/test_live_wording.py holds every case; these are one of each kind of wording)."""

from __future__ import annotations

from typing import Any

import pytest
from kling_client import InvalidRequestError, KlingClient

PROMPT = {"type": "prompt", "text": "a lighthouse at dusk"}
OMNI = ("createOmniVideoV2Task", {"model": "kling-v3-omni"})
CASES = [
    (
        *OMNI,
        {"contents": [], "settings": {"aspect_ratio": "16:9"}},
        1201,
        "contents cannot be empty",
    ),
    (
        *OMNI,
        {"contents": [PROMPT, {"type": "end_frame", "url": "https://a.example/f.png"}]},
        1201,
        "contents[1].type value 'end_frame' is invalid, allowed values: prompt, first_frame, "
        "last_frame, refer_image, feature_video, base_video, element, voice, image, video",
    ),
    (
        *OMNI,
        {"contents": [PROMPT]},
        1201,
        "Aspect ratio must be specified unless a first frame is provided or the task is "
        "video editing",
    ),
    (
        "createLipSyncTask",
        None,
        {"input": {"mode": "x", "video_url": "https://a.example/v.mp4"}},
        1201,
        "input.mode value 'x' is invalid, allowed values: text2video, audio2video",
    ),
    (
        "createText2VideoTask",
        None,
        {"model_name": "kling-v4", "prompt": "a paper boat"},
        1203,
        "model_name 'kling-v4' is not supported for this API",
    ),
    (
        *OMNI,
        {"contents": [PROMPT], "settings": {"aspect_ratio": "99:1"}},
        1201,
        "aspect_ratio value '99:1' is invalid, supported values: 16:9, 9:16, 1:1",
    ),
    (
        *OMNI,
        {
            "contents": [PROMPT, {"type": "video", "url": "notaurl"}],
            "settings": {"aspect_ratio": "16:9"},
        },
        1201,
        "Video URL is invalid",
    ),
    (
        "createImage2VideoTask",
        None,
        {
            "model_name": "kling-v3",
            "prompt": "a paper boat",
            "mode": "std",
            "image": "not-an-image",
        },
        1201,
        "File is not in a valid base64 format",
    ),
    (
        "createTextToVideoTask",
        {"model": "kling-3.0-turbo"},
        {"prompt": "a paper boat", "settings": {"resolution": "4k", "aspect_ratio": "16:9"}},
        1201,
        "settings.resolution must be 720p or 1080p",
    ),
]


@pytest.mark.parametrize(("operation_id", "path", "body", "code", "sentence"), CASES)
def test_the_client_refuses_in_the_words_the_mock_answers(
    client: KlingClient,
    operation_id: str,
    path: dict[str, str] | None,
    body: dict[str, Any],
    code: int,
    sentence: str,
) -> None:
    with pytest.raises(InvalidRequestError) as local:
        client.request(operation_id, path_params=path, body=body)
    assert (local.value.code, local.value.message) == (code, sentence)
    with pytest.raises(Exception) as remote:
        client.request(operation_id, path_params=path, body=body, validate=False)
    assert getattr(remote.value, "message", None) == sentence
