"""Every operation of the spec by operationId, for ``KlingClient.request``.

Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from typing import NamedTuple

from ._designs import DESIGNS
from ._http import RetryPolicy
from ._tasks import BatchRoute


class Route(NamedTuple):
    """How to send one operation: method, path template, retry policy, idempotency field."""

    method: str
    path: str
    retry: RetryPolicy
    id_field: str | None


ROUTES: dict[str, Route] = {
    "addMultiElementsSelection": Route(
        "POST", "/v1/videos/multi-elements/add-selection", "never", None
    ),
    "clearMultiElementsSelection": Route(
        "POST", "/v1/videos/multi-elements/clear-selection", "never", None
    ),
    "createAdvancedLipSyncTask": Route(
        "POST", "/v1/videos/advanced-lip-sync", "with_id", "external_task_id"
    ),
    "createAiMultiShotTask": Route(
        "POST", "/v1/general/ai-multi-shot", "with_id", "external_task_id"
    ),
    "createAvatarTask": Route(
        "POST", "/v1/videos/avatar/image2video", "with_id", "external_task_id"
    ),
    "createCustomElementTask": Route(
        "POST", "/v1/general/advanced-custom-elements", "with_id", "external_task_id"
    ),
    "createCustomVoiceTask": Route(
        "POST", "/v1/general/custom-voices", "with_id", "external_task_id"
    ),
    "createImage2VideoTask": Route("POST", "/v1/videos/image2video", "with_id", "external_task_id"),
    "createImageExpandTask": Route(
        "POST", "/v1/images/editing/expand", "with_id", "external_task_id"
    ),
    "createImageGenerationTask": Route(
        "POST", "/v1/images/generations", "with_id", "external_task_id"
    ),
    "createImageToVideoTask": Route("POST", "/image-to-video/{model}", "never", None),
    "createLegacyCustomElement": Route("POST", "/v1/general/custom-elements", "never", None),
    "createLipSyncTask": Route("POST", "/v1/videos/lip-sync", "with_id", "external_task_id"),
    "createMotionControlTask": Route(
        "POST", "/v1/videos/motion-control", "with_id", "external_task_id"
    ),
    "createMotionControlV2Task": Route("POST", "/motion-control/{model}", "never", None),
    "createMultiElementsTask": Route(
        "POST", "/v1/videos/multi-elements", "with_id", "external_task_id"
    ),
    "createMultiImage2ImageTask": Route(
        "POST", "/v1/images/multi-image2image", "with_id", "external_task_id"
    ),
    "createMultiImage2VideoTask": Route(
        "POST", "/v1/videos/multi-image2video", "with_id", "external_task_id"
    ),
    "createOmniImageTask": Route("POST", "/v1/images/omni-image", "with_id", "external_task_id"),
    "createOmniVideoTask": Route("POST", "/v1/videos/omni-video", "with_id", "external_task_id"),
    "createOmniVideoV2Task": Route("POST", "/omni-video/{model}", "never", None),
    "createText2VideoTask": Route("POST", "/v1/videos/text2video", "with_id", "external_task_id"),
    "createTextToAudioTask": Route(
        "POST", "/v1/audio/text-to-audio", "with_id", "external_task_id"
    ),
    "createTextToVideoTask": Route("POST", "/text-to-video/{model}", "never", None),
    "createTtsTask": Route("POST", "/v1/audio/tts", "never", None),
    "createVideoEffectsTask": Route("POST", "/v1/videos/effects", "with_id", "external_task_id"),
    "createVideoExtendTask": Route(
        "POST", "/v1/videos/video-extend", "with_id", "external_task_id"
    ),
    "createVideoToAudioTask": Route(
        "POST", "/v1/audio/video-to-audio", "with_id", "external_task_id"
    ),
    "createVirtualTryOnTask": Route(
        "POST", "/v1/images/kolors-virtual-try-on", "with_id", "external_task_id"
    ),
    "deleteAdvancedCustomElement": Route(
        "POST", "/v1/general/delete-advanced-elements", "never", None
    ),
    "deleteCustomElement": Route("POST", "/v1/general/delete-elements", "never", None),
    "deleteCustomVoice": Route("POST", "/v1/general/delete-voices", "never", None),
    "deleteMultiElementsSelection": Route(
        "POST", "/v1/videos/multi-elements/delete-selection", "never", None
    ),
    "getAccountCosts": Route("GET", "/account/costs", "always", None),
    "getAdvancedLipSyncTask": Route(
        "GET", "/v1/videos/advanced-lip-sync/{task_id}", "always", None
    ),
    "getAiMultiShotTask": Route("GET", "/v1/general/ai-multi-shot/{task_id}", "always", None),
    "getAvatarTask": Route("GET", "/v1/videos/avatar/image2video/{task_id}", "always", None),
    "getCustomElementTask": Route(
        "GET", "/v1/general/advanced-custom-elements/{task_id}", "always", None
    ),
    "getCustomVoiceTask": Route("GET", "/v1/general/custom-voices/{task_id}", "always", None),
    "getImage2VideoTask": Route("GET", "/v1/videos/image2video/{task_id}", "always", None),
    "getImageExpandTask": Route("GET", "/v1/images/editing/expand/{task_id}", "always", None),
    "getImageGenerationTask": Route("GET", "/v1/images/generations/{task_id}", "always", None),
    "getLipSyncTask": Route("GET", "/v1/videos/lip-sync/{task_id}", "always", None),
    "getMotionControlTask": Route("GET", "/v1/videos/motion-control/{task_id}", "always", None),
    "getMultiElementsTask": Route("GET", "/v1/videos/multi-elements/{task_id}", "always", None),
    "getMultiImage2ImageTask": Route(
        "GET", "/v1/images/multi-image2image/{task_id}", "always", None
    ),
    "getMultiImage2VideoTask": Route(
        "GET", "/v1/videos/multi-image2video/{task_id}", "always", None
    ),
    "getOmniImageTask": Route("GET", "/v1/images/omni-image/{task_id}", "always", None),
    "getOmniVideoTask": Route("GET", "/v1/videos/omni-video/{task_id}", "always", None),
    "getTasksByIds": Route("GET", "/tasks", "always", None),
    "getText2VideoTask": Route("GET", "/v1/videos/text2video/{task_id}", "always", None),
    "getTextToAudioTask": Route("GET", "/v1/audio/text-to-audio/{task_id}", "always", None),
    "getVideoEffectsTask": Route("GET", "/v1/videos/effects/{task_id}", "always", None),
    "getVideoExtendTask": Route("GET", "/v1/videos/video-extend/{task_id}", "always", None),
    "getVideoToAudioTask": Route("GET", "/v1/audio/video-to-audio/{task_id}", "always", None),
    "getVirtualTryOnTask": Route(
        "GET", "/v1/images/kolors-virtual-try-on/{task_id}", "always", None
    ),
    "identifyFace": Route("POST", "/v1/videos/identify-face", "never", None),
    "initMultiElementsSelection": Route(
        "POST", "/v1/videos/multi-elements/init-selection", "never", None
    ),
    "listAdvancedLipSyncTasks": Route("GET", "/v1/videos/advanced-lip-sync", "always", None),
    "listAiMultiShotTasks": Route("GET", "/v1/general/ai-multi-shot", "always", None),
    "listAvatarTasks": Route("GET", "/v1/videos/avatar/image2video", "always", None),
    "listBalanceDeductions": Route("POST", "/account/billing/balance", "never", None),
    "listCustomElementTasks": Route("GET", "/v1/general/advanced-custom-elements", "always", None),
    "listCustomVoiceTasks": Route("GET", "/v1/general/custom-voices", "always", None),
    "listImage2VideoTasks": Route("GET", "/v1/videos/image2video", "always", None),
    "listImageExpandTasks": Route("GET", "/v1/images/editing/expand", "always", None),
    "listImageGenerationTasks": Route("GET", "/v1/images/generations", "always", None),
    "listLegacyCustomElements": Route("GET", "/v1/general/custom-elements", "always", None),
    "listLegacyPresetElements": Route("GET", "/v1/general/presets-elements", "always", None),
    "listLipSyncTasks": Route("GET", "/v1/videos/lip-sync", "always", None),
    "listMotionControlTasks": Route("GET", "/v1/videos/motion-control", "always", None),
    "listMultiElementsTasks": Route("GET", "/v1/videos/multi-elements", "always", None),
    "listMultiImage2ImageTasks": Route("GET", "/v1/images/multi-image2image", "always", None),
    "listMultiImage2VideoTasks": Route("GET", "/v1/videos/multi-image2video", "always", None),
    "listOmniImageTasks": Route("GET", "/v1/images/omni-image", "always", None),
    "listOmniVideoTasks": Route("GET", "/v1/videos/omni-video", "always", None),
    "listPackageDeductions": Route("POST", "/account/billing/package", "never", None),
    "listPresetElements": Route("GET", "/v1/general/advanced-presets-elements", "always", None),
    "listPresetVoices": Route("GET", "/v1/general/presets-voices", "always", None),
    "listTasksByCursor": Route("POST", "/tasks", "never", None),
    "listText2VideoTasks": Route("GET", "/v1/videos/text2video", "always", None),
    "listTextToAudioTasks": Route("GET", "/v1/audio/text-to-audio", "always", None),
    "listVideoEffectsTasks": Route("GET", "/v1/videos/effects", "always", None),
    "listVideoExtendTasks": Route("GET", "/v1/videos/video-extend", "always", None),
    "listVideoToAudioTasks": Route("GET", "/v1/audio/video-to-audio", "always", None),
    "listVirtualTryOnTasks": Route("GET", "/v1/images/kolors-virtual-try-on", "always", None),
    "previewMultiElementsSelection": Route(
        "POST", "/v1/videos/multi-elements/preview-selection", "never", None
    ),
    "recognizeImage": Route("POST", "/v1/videos/image-recognize", "never", None),
}

GET_TASKS_BY_IDS_ROUTE = BatchRoute(
    path="/tasks",
    operation="getTasksByIds",
    params=("task_ids", "external_task_ids"),
    separator=",",
    words=DESIGNS["current"],
    max_total=20,
    exactly_one=True,
    messages={
        "missing": "task_ids or external_task_ids is required",
        "too_many": "task_ids and external_task_ids cannot exceed 20 in total",
    },
)
"""Where ``get`` reads tasks by ids, and the words of the design it answers in."""
