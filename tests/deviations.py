"""Deviations from the documented request form that real Kling clients send, as exact bodies,
shared by the mock and client tests: the warning lenient mode gives, the 1201 strict mode gives."""

from __future__ import annotations

from typing import Any

I2V = "/v1/videos/image2video"
T2V = "/v1/videos/text2video"
IMAGES = "/v1/images/generations"
TURBO_T2V = "/text-to-video/kling-3.0-turbo"
#: path -> what ``client.request`` takes to call it (operation id, path parameters).
OPERATIONS: dict[str, dict[str, Any]] = {
    I2V: {"operation_id": "createImage2VideoTask"},
    T2V: {"operation_id": "createText2VideoTask"},
    IMAGES: {"operation_id": "createImageGenerationTask"},
    TURBO_T2V: {
        "operation_id": "createTextToVideoTask",
        "path_params": {"model": "kling-3.0-turbo"},
    },
}
URL = "https://example.com/start.png"

#: (name, path, the exact body, what the warning says, what strict mode answers)
DEVIATIONS: list[tuple[str, str, dict[str, Any], str, str]] = [
    (
        "null for an optional field (vendor client default path)",
        I2V,
        {"model_name": "kling-v2-6", "image": URL, "image_tail": None, "prompt": "a cat"},
        "ignored image_tail (null)",
        "image_tail must be of type string",
    ),
    (
        "null image and image_fidelity on image generation",
        IMAGES,
        {"prompt": "a paper boat", "image": None, "image_fidelity": None},
        "ignored image (null); ignored image_fidelity (null)",
        "image must be of type string",
    ),
    (
        "an unknown field a published client sends",
        I2V,
        {"model_name": "kling-v2-6", "image": URL, "prompt": "a cat", "aspect_ratio": "16:9"},
        "ignored aspect_ratio (unknown field)",
        "aspect_ratio is not a known field",
    ),
    (
        "the legacy field model",
        T2V,
        {"model": "kling-v1", "prompt": "a cat"},
        "ignored model (unknown field)",
        "model is not a known field",
    ),
    (
        "a field the model does not use (cfg_scale on kling-v2-6)",
        T2V,
        {"model_name": "kling-v2-6", "prompt": "a cat", "cfg_scale": 0.5},
        "ignored cfg_scale (not supported by model_name kling-v2-6)",
        "cfg_scale is not supported by model_name kling-v2-6",
    ),
    (
        "a nested field the model chosen in the path does not use (audio on 3.0 Turbo)",
        TURBO_T2V,
        {"prompt": "a cat", "settings": {"audio": "native", "duration": 5}},
        "ignored settings.audio (not supported by model kling-3.0-turbo)",
        "settings.audio is not supported by model kling-3.0-turbo",
    ),
    (
        "a number where a numeric string is documented",
        T2V,
        {"model_name": "kling-v2-6", "prompt": "a cat", "duration": 5},
        'coerced duration 5 -> "5"',
        "duration must be of type string",
    ),
    (
        "a numeric string where an integer is documented",
        IMAGES,
        {"prompt": "a paper boat", "n": "2"},
        'coerced n "2" -> 2',
        "n must be of type integer",
    ),
]
IDS = [row[0] for row in DEVIATIONS]
