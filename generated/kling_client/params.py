"""Typed dictionaries for the nested objects of request bodies.

Pass plain dicts; these types let a type checker catch a misspelt key or a wrong value before the
client-side validation does. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from .models import Mode, VideoAspect, VideoResolution


class BalanceLedgerFilterParam(TypedDict, total=False):
    """The cash ledger filters by API key name only.

    Keys:
        key: What the filter matches.
        values: The accepted API key names. At least 1 items.
    """

    key: Required[Literal["api_key_name"]]
    values: Required[list[str]]


class CameraConfigParam(TypedDict, total=False):
    """Camera movement for `simple` control; exactly one of the six values may be non-zero.

    Keys:
        horizontal: Translation along x; negative moves left. >= -10; <= 10.
        vertical: Translation along y; negative moves down. >= -10; <= 10.
        pan: Rotation about y; negative turns left. >= -10; <= 10.
        tilt: Rotation about x; negative turns down. >= -10; <= 10.
        roll: Rotation about z; negative is counter-clockwise. >= -10; <= 10.
        zoom: Focal length; negative narrows the view. >= -10; <= 10.
    """

    horizontal: float
    vertical: float
    pan: float
    tilt: float
    roll: float
    zoom: float


class CameraControlParam(TypedDict, total=False):
    """Camera movement. `simple` needs `config`; the four preset movements take none.

    Keys:
        type: `simple` moves along one axis set in config; the others are preset movements.
        config: The axis values for `simple`; not allowed with the preset movements.
    """

    type: Required[
        Literal["simple", "down_back", "forward_up", "right_turn_forward", "left_turn_forward"]
    ]
    config: CameraConfigParam


class CurrentWatermarkInfoParam(TypedDict, total=False):
    """Whether outputs also carry a watermarked copy (`watermark_url`). Custom watermarks are not
    supported.

    Keys:
        enabled: true: each output also carries a watermark_url. Server default: False.
    """

    enabled: bool


class CustomElementImageListParam(TypedDict, total=False):
    """The images defining an image element: one frontal view and one to three other views (other
    angles or close-ups) that differ from it. Each image is a URL or raw Base64.

    Keys:
        frontal_image: The frontal view of the subject (URL or raw Base64). At least 1 characters.
        refer_images: One to three further views of the subject. At least 1 items; at most 3 items.
    """

    frontal_image: Required[str]
    refer_images: Required[list[CustomElementReferImageParam]]


class CustomElementReferImageParam(TypedDict, total=False):
    """One further view of the subject.

    Keys:
        image_url: The image (URL or raw Base64), different from the frontal view. At least 1
            characters.
    """

    image_url: Required[str]


class CustomElementReferVideoParam(TypedDict, total=False):
    """One reference video.

    Keys:
        video_url: A downloadable.mp4/.mov file, 3 to 8 seconds, 1080p, 16:9 or 9:16, at most 200
            MB, showing a realistic human figure. A human voice in it is cloned and bound to the
            element. At least 1 characters; matches ^https?://\\S+$.
    """

    video_url: Required[str]


class CustomElementTagParam(TypedDict, total=False):
    """One tag of the element.

    Keys:
        tag_id: o_101 trending, o_102 character, o_103 animal, o_104 prop, o_105 costume, o_106
            scene, o_107 effect, o_108 other.
    """

    tag_id: Required[
        Literal["o_101", "o_102", "o_103", "o_104", "o_105", "o_106", "o_107", "o_108"]
    ]


class CustomElementVideoListParam(TypedDict, total=False):
    """The video defining a video element (exactly one).

    Keys:
        refer_videos: Exactly one reference video. At least 1 items; at most 1 items.
    """

    refer_videos: Required[list[CustomElementReferVideoParam]]


class ElementContentParam(TypedDict, total=False):
    """An element of the subject library, cited in the prompt by its id.

    Keys:
        type
        element_id: At least 1 characters; matches ^[0-9]+$.
        id: The name the prompt cites this item by (`@name`). Avoid names that are substrings of one
            another or that occur in the prompt text. At least 1 characters; at most 64 characters.
    """

    type: Required[Literal["element"]]
    element_id: Required[str]
    id: Required[str]


class ElementRefParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        element_id: An element from the subject library. >= 1.
    """

    element_id: Required[int]


class FaceChoiceParam(TypedDict, total=False):
    """The face to lip-sync and the audio it speaks: a clip cut from the audio (sound_start_time
    to sound_end_time, at least 2 s) placed at sound_insert_time in the video. The inserted clip
    must overlap the face's lip-syncable span by at least 2 s and stay within the video.

    Keys:
        face_id: A face_id that identify-face returned for this session. At least 1 characters.
        audio_id: A text-to-speech audio id from the last 30 days, 2–60 s long.
        sound_file: An audio file as raw Base64 or a URL; MP3, WAV, M4A or AAC, at most 5 MB, 2–60
            s.
        sound_start_time: Where the clip starts in the audio, in milliseconds. >= 0.
        sound_end_time: Where the clip ends in the audio, in milliseconds; not past the end of the
            audio. >= 2000.
        sound_insert_time: Where the clip goes in the video, in milliseconds from its start. >= 0.
        sound_volume: Volume of the inserted audio. >= 0; <= 2. Server default: 1.
        original_audio_volume: Volume of the video's own sound (no effect on a silent video). >= 0;
            <= 2. Server default: 1.
    """

    face_id: Required[str]
    audio_id: str
    sound_file: str
    sound_start_time: Required[int]
    sound_end_time: Required[int]
    sound_insert_time: Required[int]
    sound_volume: float
    original_audio_volume: float


class FrameContentParam(TypedDict, total=False):
    """A first, middle (kling-4.0 family only) or last frame on image-to-video (no id there).

    Keys:
        type
        url: An image as a URL or raw Base64; JPG/JPEG/PNG, <= 50 MB, both sides >= 300 px, aspect
            1:2.5-2.5:1. At least 1 characters.
    """

    type: Required[Literal["first_frame", "middle_frame", "last_frame"]]
    url: Required[str]


class Image2VideoDynamicMaskParam(TypedDict, total=False):
    """One motion-brush group, an area to move and the path it follows.

    Keys:
        mask: The painted area (URL or raw Base64). Its aspect ratio must match the source image and
            its resolution the static_mask's, or the task fails. At least 1 characters.
        trajectories: The path of the area, first point first; 2 points draw a straight line, more
            points a finer path. 2 to 77 points for a 5 s video. At least 2 items; at most 77 items.
    """

    mask: Required[str]
    trajectories: Required[list[Image2VideoTrajectoryPointParam]]


class Image2VideoTrajectoryPointParam(TypedDict, total=False):
    """One point of a motion trajectory, in pixels, with the image's bottom-left corner as
    origin.

    Keys:
        x: Horizontal pixel coordinate from the left edge.
        y: Vertical pixel coordinate from the bottom edge.
    """

    x: Required[int]
    y: Required[int]


class ImageToVideoSettingsParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        resolution: Output resolution; each model takes only some of these values (the client checks
            them). Server default: '720p'.
        duration: Output length in whole seconds: 3-30 on kling-4.0, 3-20 on kling-4.0-flash, 3-15
            on the 3.x models; each model takes only some of these values (the client checks them).
            >= 3; <= 30. Server default: 5.
        audio: `native` generates sound that matches the picture; `off` is silent. Server default:
            'off'.
        multi_shot: Whether the `shot n, m, words;` syntax of the prompt makes a multi-shot video
            (1-6 shots of >= 1 s adding up to duration); with false it does not. Server default:
            True.
    """

    resolution: VideoResolution
    duration: int
    audio: Literal["native", "off"]
    multi_shot: bool


class LedgerFilterParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        key: What the filter matches.
        values: The accepted values (product_type: video, image, try-on). At least 1 items.
    """

    key: Required[Literal["api_key_name", "product_type", "package_name", "package_id"]]
    values: Required[list[str]]


class LipSyncInputParam(TypedDict, total=False):
    """What to lip-sync and to what. The source is a Kling video or a video URL (exactly one);
    the speech is a text read by a built-in voice (text2video) or an audio file or URL
    (audio2video).

    Keys:
        mode: `text2video` reads `text` with `voice_id`; `audio2video` follows the given audio.
        video_id: A Kling video made in the last 30 days, 5–10 s long.
        video_url: A reachable MP4 or MOV, at most 100 MB, 2–10 s, 720p or 1080p (720–1920 px per
            side).
        text: The words to speak (text2video); at most 120 characters.
        voice_id: A lip-sync voice id (text2video); an unknown id is refused with "Voice id not
            found".
        voice_language: Language of the voice (text2video). Server default: 'zh'.
        voice_speed: Speaking rate (text2video) in [0.8, 2.0], rounded to one decimal place. Live
            refuses a value over 2.0 ("input.voiceSpeed: must be less than or equal to 2.0"); below
            0.8 the docs say it is clamped (no live call recorded). <= 2. Server default: 1.0.
        audio_type: How the audio is sent (audio2video): `file` in audio_file, `url` in audio_url.
        audio_file: The audio as raw Base64 (audio_type = file); MP3, WAV, M4A or AAC, at most 5 MB.
        audio_url: A reachable audio URL (audio_type = url); MP3, WAV, M4A or AAC, at most 5 MB.
        model_name: Sent by some clients; the documented field lists do not mention it.
    """

    mode: Required[Literal["text2video", "audio2video"]]
    video_id: str
    video_url: str
    text: str
    voice_id: str
    voice_language: Literal["zh", "en"]
    voice_speed: float
    audio_type: Literal["file", "url"]
    audio_file: str
    audio_url: str
    model_name: str


class MotionControlSettingsParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        resolution: Output resolution (no 4K for motion control). Server default: '720p'.
        audio: `original` keeps the reference video's sound; `off` is silent. Server default:
            'original'.
        character_orientation: Whose facing the character keeps: `image` (reference video <= 10 s)
            or `video` (<= 30 s). With an element (3.0), the output follows the reference video's
            orientation.
    """

    resolution: Literal["720p", "1080p"]
    audio: Literal["original", "off"]
    character_orientation: Required[Literal["image", "video"]]


class MotionImageContentParam(TypedDict, total=False):
    """The appearance reference of motion control.

    Keys:
        type
        url: An image as a URL or raw Base64; JPG/JPEG/PNG, <= 50 MB, both sides >= 300 px, aspect
            1:2.5-2.5:1. At least 1 characters.
    """

    type: Required[Literal["image"]]
    url: Required[str]


class MotionVideoContentParam(TypedDict, total=False):
    """The motion reference of motion control.

    Keys:
        type
        url: URL of an MP4/MOV motion reference; <= 100 MB, each side 340-3850 px, >= 3 s (<= 30 s,
            or <= 10 s with orientation image). At least 1 characters; matches ^https?://\\S+$.
    """

    type: Required[Literal["video"]]
    url: Required[str]


class MultiElementsImageParam(TypedDict, total=False):
    """One reference picture, already cropped to the subject (the API does no cropping).

    Keys:
        image: An image as a reachable URL or as raw Base64 (no `data:` prefix). JPG/JPEG/PNG, at
            most 10 MB, each side at least 300 px, aspect ratio between 1:2.5 and 2.5:1. At least 1
            characters.
    """

    image: Required[str]


class MultiImage2ImageSubjectParam(TypedDict, total=False):
    """One subject picture for multi-image to image.

    Keys:
        subject_image: The subject as a URL or raw Base64. At least 1 characters.
    """

    subject_image: Required[str]


class MultiImage2VideoImageParam(TypedDict, total=False):
    """One reference image of a subject, already cropped to it (the API does not crop).

    Keys:
        image: An image as a reachable URL or as raw Base64 (no `data:` prefix). JPG/JPEG/PNG, at
            most 10 MB, each side at least 300 px, aspect ratio between 1:2.5 and 2.5:1. At least 1
            characters.
    """

    image: Required[str]


class MultiPromptShotParam(TypedDict, total=False):
    """One shot of a multi-shot video.

    Keys:
        index: Position of the shot, from 1. >= 1; <= 6.
        prompt: What happens in this shot. At least 1 characters; at most 512 characters.
        duration: Length of the shot in whole seconds (at least 1). Matches ^[1-9][0-9]*$.
    """

    index: Required[int]
    prompt: Required[str]
    duration: Required[str]


class OldCustomElementTagListItemParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        tag_id: A tag's id.
    """

    tag_id: Required[str]


class OldElementReferImageParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        image_url: Another view of the element (URL or raw Base64). At least 1 characters.
    """

    image_url: Required[str]


class OmniIgnoredContentParam(TypedDict, total=False):
    """`image` items on omni-video: accepted live on kling-v3-omni and ignored (the URL is never
    checked nor fetched), undocumented. Not used for the result.

    Keys:
        type
        url
    """

    type: Required[Literal["image"]]
    url: str


class OmniIgnoredVideoContentParam(TypedDict, total=False):
    """`video` items on omni-video: accepted live on kling-v3-omni and not used for the result
    (the video is discarded), undocumented; unlike an `image` item's, the URL is checked.

    Keys:
        type
        url: Matches ^https?://\\S+$.
    """

    type: Required[Literal["video"]]
    url: str


class OmniImageContentParam(TypedDict, total=False):
    """A first frame, last frame or reference image on omni-video, optionally named.

    Keys:
        type
        url: An image as a URL or raw Base64; JPG/JPEG/PNG, <= 50 MB, both sides >= 300 px, aspect
            1:2.5-2.5:1. At least 1 characters.
        id: The name the prompt cites this item by (`@name`). Avoid names that are substrings of one
            another or that occur in the prompt text. At least 1 characters; at most 64 characters.
    """

    type: Required[Literal["first_frame", "last_frame", "refer_image"]]
    url: Required[str]
    id: str


class OmniImageListItemParam(TypedDict, total=False):
    """One reference picture for Image Omni.

    Keys:
        image: The reference picture as a URL or raw Base64; must not be empty. At least 1
            characters.
    """

    image: Required[str]


class OmniVideoContentParam(TypedDict, total=False):
    """`feature_video` references style, camera or story; `base_video` is edited. URL only.

    Keys:
        type
        url: URL of an MP4/MOV video (no upload, no Base64). 3.0-omni: <= 200 MB, 3-15.5 s, each
            side 700-4553 px, area <= 8,294,400 px, aspect 0.4-2, 24-60 fps. kling-o1: 3-10 s, sides
            700-2160 px. At least 1 characters; matches ^https?://\\S+$.
        id: The name the prompt cites this item by (`@name`). Avoid names that are substrings of one
            another or that occur in the prompt text. At least 1 characters; at most 64 characters.
    """

    type: Required[Literal["feature_video", "base_video"]]
    url: Required[str]
    id: str


class OmniVideoImageParam(TypedDict, total=False):
    """A reference image, optionally used as the first or the last frame.

    Keys:
        image_url: The image (URL or raw Base64); cue it in the prompt as <<<image_1>>>,
            <<<image_2>>>, … in list order. At least 1 characters.
        type: Leave out for a plain reference image. An end_frame needs a first_frame; frames cannot
            be combined with a `base` video, and kling-video-o1 takes no frames when the list has
            more than two images.
    """

    image_url: Required[str]
    type: Literal["first_frame", "end_frame"]


class OmniVideoReferenceParam(TypedDict, total=False):
    """A reference video, either to edit (`base`) or to take style, camera or story from
    (`feature`).

    Keys:
        video_url: URL of an MP4/MOV video: at least 3 s (the upper bound depends on the model),
            720–2160 px per side, 24–60 fps (the output is 24 fps), at most 200 MB. At least 1
            characters; matches ^https?://\\S+$.
        refer_type: `base` edits this video (the output keeps its length and duration is ignored; no
            first/end frames); `feature` references it, e.g. to make the next or previous shot.
            Server default: 'base'.
        keep_original_sound: Whether the output keeps the video's own sound.
    """

    video_url: Required[str]
    refer_type: Literal["feature", "base"]
    keep_original_sound: Literal["yes", "no"]


class OmniVideoSettingsParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        resolution: Output resolution; each model takes only some of these values (the client checks
            them). Server default: '720p'.
        duration: Output length in whole seconds. Live, the omni route checks only that it is a
            number: 0, 1 and 20 were accepted on kling-v3-omni; kling-o1 takes 3-10 and the 4.0
            family 3-30 (Flash 3-20). >= 0. Server default: 5.
        aspect_ratio: Width:height of the output: 16:9, 9:16 and 1:1 everywhere, 21:9 on kling-4.0
            and kling-4.0-flash, 4:3 and 3:4 on kling-4.0-flash only. Server default: '16:9'.
        seed: A seed for the generation. Validated live (a non-number answers "settings.seed value
            'x' is invalid"); undocumented on the omni pages.
        audio: `native` generates sound, `original` keeps the reference video's sound, `off` is
            silent. Server default: 'off'.
        multi_shot: Whether the `shot n, m, words;` syntax of the prompt makes a multi-shot video
            (1-6 shots of >= 1 s adding up to duration); with false it does not. Server default:
            True.
    """

    resolution: VideoResolution
    duration: int
    aspect_ratio: VideoAspect
    seed: int
    audio: Literal["native", "original", "off"]
    multi_shot: bool


class PromptContentParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        type
        text: What to generate; items are cited as @name. 26,000 characters on the kling-4.0 family
            (11,000 when not English: described, not checked), 3072 on the 3.x models (<= 2500
            recommended); narrowed per model. At least 1 characters; at most 26000 characters.
    """

    type: Required[Literal["prompt"]]
    text: Required[str]


class SelectionPointParam(TypedDict, total=False):
    """A click on the frame, as fractions of its width (x) and height (y) from the top-left
    corner.

    Keys:
        x: Horizontal position: 0 is the left edge, 1 the right. >= 0; <= 1.
        y: Vertical position: 0 is the top edge, 1 the bottom. >= 0; <= 1.
    """

    x: Required[float]
    y: Required[float]


class TaskFilterParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        key: What the filter compares.
        values: The accepted values (OR'ed). At least 1 items.
    """

    key: Required[Literal["status", "product_type"]]
    values: Required[list[str]]


class TaskOptionsParam(TypedDict, total=False):
    """What the caller attaches to the task. A top-level callback_url is not read (it must be
    here).

    Keys:
        callback_url: An http(s) URL the server POSTs the task object to whenever its status
            changes. An empty string (as the official examples send) means no callback. At most 2048
            characters; matches ^(https?://[^\\s]+)?$.
        external_task_id: Your own id; it does not replace the system id, is usable in GET
            /tasks?external_task_ids=, and must be unique across the whole account (every product
            and both designs). At most 128 characters.
        watermark_info: Whether outputs also carry a watermarked copy (`watermark_url`). Custom
            watermarks are not supported.
    """

    callback_url: str
    external_task_id: str
    watermark_info: CurrentWatermarkInfoParam


class TextToVideoSettingsParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        resolution: Output resolution; each model takes only some of these values (the client checks
            them). Server default: '720p'.
        duration: Output length in whole seconds: 3-30 on kling-4.0, 3-20 on kling-4.0-flash, 3-15
            on the 3.x models; each model takes only some of these values (the client checks them).
            >= 3; <= 30. Server default: 5.
        aspect_ratio: Width:height of the output: 16:9, 9:16 and 1:1 everywhere, 21:9 on kling-4.0
            and kling-4.0-flash, 4:3 and 3:4 on kling-4.0-flash only. Server default: '16:9'.
        audio: `native` generates sound that matches the picture; `off` is silent. Server default:
            'off'.
        multi_shot: Whether the `shot n, m, words;` syntax of the prompt makes a multi-shot video
            (1-6 shots of >= 1 s adding up to duration); with false it does not. Server default:
            True.
    """

    resolution: VideoResolution
    duration: int
    aspect_ratio: VideoAspect
    audio: Literal["native", "off"]
    multi_shot: bool


class VideoEffectsInputParam(TypedDict, total=False):
    """What the scene works on; which fields apply depends on effect_scene.

    Keys:
        image: The picture for a single-image scene (URL or raw Base64). At least 1 characters.
        images: The two portraits of a dual-image scene; the first is placed on the left, the second
            on the right. At least 2 items; at most 2 items.
        model_name: Older scenes only: the model for hug, kiss, heart_gesture (kling-v1 when absent)
            or for bloombloom, dizzydizzy, fuzzyfuzzy, squish, expansion (kling-v1-6).
        mode: Older dual scenes only (hug, kiss, heart_gesture); std when absent.
        duration: Older scenes only; "5" or "10" for hug, kiss, heart_gesture and "5" for the
            single-image ones.
    """

    image: str
    images: list[str]
    model_name: Literal["kling-v1", "kling-v1-5", "kling-v1-6"]
    mode: Mode
    duration: Literal["5", "10"]


class VoiceContentParam(TypedDict, total=False):
    """A voice, cited in the prompt by its id (the example uses @1 with id "1"): kling-2.6
    image-to-video (<= 2), the kling-4.0 family's omni (<= 3), and live on kling-3.0-omni.

    Keys:
        type
        voice_id: At least 1 characters.
        id: The name the prompt cites this item by (`@name`). Avoid names that are substrings of one
            another or that occur in the prompt text. At least 1 characters; at most 64 characters.
    """

    type: Required[Literal["voice"]]
    voice_id: Required[str]
    id: Required[str]


class VoiceRefParam(TypedDict, total=False):
    """An request object the spec does not describe further.

    Keys:
        voice_id: A custom or preset voice id (not a lip-sync voice id). At least 1 characters.
    """

    voice_id: Required[str]


class WatermarkInfoParam(TypedDict, total=False):
    """Whether results also carry a watermarked copy (`watermark_url`). Custom watermarks are not
    supported.

    Keys:
        enabled: True to also produce a watermarked copy of every result.
    """

    enabled: bool
