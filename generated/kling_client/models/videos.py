"""What ``client.videos`` answers, as typed models.

Generated from spec/ by kling-codegen: do not edit. Import the models from ``kling_client.models``,
which re-exports every module's names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._parsing import (
    Model,
    extra,
    parse_model,
    read,
    require,
    require_model,
    require_models,
)
from .shared import BalanceDeduction

__all__ = [
    "ClearSelectionData",
    "IdentifiedFace",
    "IdentifyFaceData",
    "ImageRecognizeData",
    "ImageRecognizeDataTaskResult",
    "InitSelectionData",
    "Mode",
    "PreviewSelectionData",
    "PreviewSelectionDataRes",
    "RecognizedRegion",
    "SelectionMask",
    "SelectionMaskData",
    "SelectionMaskDataRes",
    "SelectionMaskPngMask",
    "SelectionMaskRleMask",
    "Sound",
    "VideoAspectRatio",
    "VideoDuration",
    "VideoEffectScene",
    "VideoMode",
    "VideoShotType",
]

Mode: TypeAlias = Literal["std", "pro"]
"""`std` is faster and cheaper; `pro` gives higher quality."""

Sound: TypeAlias = Literal["on", "off"]
"""Whether the video is generated with sound (v2.6 and later)."""

VideoAspectRatio: TypeAlias = Literal["16:9", "9:16", "1:1"]
"""Width:height of the generated video."""

VideoDuration: TypeAlias = Literal[
    "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
]
"""Video length in seconds, as a string. Each model takes only some of these values (the client
checks them)."""

VideoEffectScene: TypeAlias = Literal[
    "net_the_fish",
    "birthday_board",
    "summer_fireworks",
    "blow_blaze",
    "champagne_birthday",
    "pet_working_daily",
    "pet_roll_window",
    "pet_crash_earth",
    "makeup_style",
    "hair_dressup",
    "barbie_transform",
    "critter_paste",
    "wiggle_faces_pets",
    "paw_headbang",
    "food_splash",
    "dj_pet",
    "pet_diving",
    "disco_paws",
    "pet_fitness",
    "j_var_live",
    "pet_burst",
    "idol_live",
    "beast_striker",
    "african_sway",
    "jealousy_sway",
    "chubby_fish",
    "shrug_dance",
    "soccer_star",
    "bra_hot_dance",
    "arg_hot_dance",
    "fra_hot_dance",
    "bra_goal",
    "arg_goal",
    "por_goal",
    "victory_slide",
    "samba_fever",
    "bicycle_kick",
    "football_dance_2",
    "red_card_sent_off",
    "football_dance",
    "magic_world_vlog",
    "magic_world_vlog_9_16",
    "air_dunk",
    "whirling_beverage_9_16",
    "tennis_trend",
    "tennis_trend_9_16",
    "football_live_9_16",
    "whirling_beverage",
    "f1_live",
    "football_live",
    "spielberg_transition",
    "korean_baseball_9_16",
    "korean_baseball",
    "pet_skateboard",
    "daily_ootd",
    "tiny_beast_printer",
    "landmark_reveal",
    "winter_charm",
    "flash_ride",
    "maestro_of_magic",
    "magic_carpet_ride",
    "good_luck_spirit",
    "shooting_star",
    "sparkler_wand",
    "sovereign_scepter",
    "dirt_rush",
    "return_of_the_king",
    "dance_with_dragon",
    "minimalist_light",
    "martial_meow",
    "sassy_shake",
    "knock_at_a_door_revenge",
    "palm_sized_figure_pro",
    "prank_box",
    "perler_beads",
    "spring_bloom",
    "toss_run",
    "switch_to_silk",
    "get_rich_quick",
    "make_it_rain",
    "twist_shake",
    "the_hip_sway",
    "send_my_love",
    "funky_martian",
    "wealth_drive",
    "the_high_kick",
    "the_exercise",
    "lucky_veggie",
    "studio_look",
    "flash_drive",
    "shush_my_dreams",
    "french_elegance",
    "finger_swipe",
    "advent_of_flora",
    "smooth_transition",
    "kiss_pro",
    "raid_check",
    "snow_night_kiss",
    "eternal_kiss",
    "fortune_in_motion",
    "chinese_trend",
    "sedan_chair_dance",
    "skyfall",
    "good_luck_dance",
    "laicai_dance",
    "yangge_dance",
    "color_mixing",
    "lantern_festival_cuju",
    "unique_firework",
    "unique_spring_couplets",
    "horse_mask",
    "fortune_knocks_cartoon",
    "tangyuan_to_animal",
    "hot_feet_dance",
    "swag_dance",
    "pigeon_dance",
    "bloodline_dance",
    "chanel_dance",
    "cute_dance",
    "love_theme_song",
    "pumpitup_dance",
    "city_to_village",
    "fortune_god_transform",
    "new_year_feast",
    "ring_in_new",
    "horse_year_firework",
    "crystal_horse",
    "drunk_dance",
    "drunk_dance_pet",
    "daoma_dance",
    "bouncy_dance",
    "smooth_sailing_dance",
    "new_year_greeting",
    "lion_dance",
    "prosperity",
    "great_success",
    "golden_horse_fortune",
    "red_packet_box",
    "lucky_horse_year",
    "lucky_red_packet",
    "lucky_money_come",
    "lion_dance_pet",
    "dumpling_making_pet",
    "fish_making_pet",
    "pet_red_packet",
    "lantern_glow",
    "expression_challenge",
    "overdrive",
    "heart_gesture_dance",
    "poping",
    "martial_arts",
    "running",
    "nezha",
    "motorcycle_dance",
    "subject_3_dance",
    "ghost_step_dance",
    "phantom_jewel",
    "zoom_out",
    "cheers_2026",
    "fight_pro",
    "hug_pro",
    "heart_gesture_pro",
    "dollar_rain_pro",
    "pet_bee_pro",
    "countdown_teleport",
    "santa_random_surprise",
    "magic_match_tree",
    "bullet_time_360",
    "happy_birthday",
    "birthday_star",
    "thumbs_up_pro",
    "tiger_hug_pro",
    "pet_lion_pro",
    "surprise_bouquet",
    "bouquet_drop",
    "glamour_photo_shoot",
    "box_of_joy",
    "first_toast_of_the_year",
    "my_santa_pic",
    "santa_gift",
    "steampunk_christmas",
    "snowglobe",
    "christmas_photo_shoot",
    "ornament_crash",
    "santa_express",
    "instant_christmas",
    "coronation_of_frost",
    "building_sweater",
    "spark_in_the_snow",
    "scarlet_and_snow",
    "bullet_time_lite",
    "jumping_ginger_joy",
    "pure_white_wings",
    "black_wings",
    "golden_wing",
    "pink_pink_wings",
    "venomous_spider",
    "throne_of_king",
    "luminous_elf",
    "woodland_elf",
    "guardian_spirit",
    "swish_swish",
    "snowboarding",
    "witch_transform",
    "vampire_transform",
    "pumpkin_head_transform",
    "demon_transform",
    "mummy_transform",
    "zombie_transform",
    "cute_pumpkin_transform",
    "halloween_escape",
    "pet_moto_rider",
    "running_man",
    "3d_cartoon_2",
    "pet_dance",
    "swing_swing",
    "day_to_night",
    "surfsurf",
    "skateskate",
    "bloombloom",
    "dizzydizzy",
    "fuzzyfuzzy",
    "squish",
    "expansion",
    "hug",
    "kiss",
    "heart_gesture",
    "celebration",
    "c4d_cartoon",
    "fight",
    "thumbs_up",
    "tiger_hug",
    "pet_lion",
    "3d_cartoon_1",
]
"""The effect to apply. Dual-image scenes (pet_skateboard, daily_ootd, toss_run, switch_to_silk,
studio_look, french_elegance, finger_swipe, smooth_transition, kiss_pro, snow_night_kiss,
eternal_kiss, cheers_2026, fight_pro, hug_pro, heart_gesture_pro, and the older hug, kiss,
heart_gesture) take input.images; every other scene takes input.image."""

VideoMode: TypeAlias = Literal["std", "pro", "4k"]
"""`std` = 720P, `pro` = 1080P, `4k` = native 4K at pro quality (kling-v3 and kling-v3-omni only,
3 units/s)."""

VideoShotType: TypeAlias = Literal["customize", "intelligence"]
"""How a multi-shot video is split: `customize` follows your multi_prompt storyboard,
`intelligence` lets the model cut the prompt into shots. Required when multi_shot is true."""


@dataclass(frozen=True, kw_only=True)
class ClearSelectionData(Model):
    """An object in the API's answers the spec does not describe further."""

    status: int
    """Rejection code; 0 means the video or frame was understood, anything else that recognition
    failed. >= 0."""

    session_id: str
    """The session init-selection opened; it does not change while the selection is edited. At
    least 1 characters."""

    final_unit_deduction: str
    """Units charged for the call, as a decimal string. Matches ^[0-9]+(\\.[0-9]+)?$."""

    final_balance_deduction: BalanceDeduction | None = None
    """Money charged for the task (newest docs only)."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["status", "session_id", "final_unit_deduction", "final_balance_deduction"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClearSelectionData:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            status=require(data, "status", "int", "ClearSelectionData"),
            session_id=require(data, "session_id", "str", "ClearSelectionData"),
            final_unit_deduction=require(data, "final_unit_deduction", "str", "ClearSelectionData"),
            final_balance_deduction=parse_model(
                data.get("final_balance_deduction"), BalanceDeduction.from_dict
            ),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class IdentifiedFace(Model):
    """A face found in the video and the span in which it can be lip-synced."""

    face_id: str
    """Pass it as face_choose[].face_id."""

    face_image: str
    """A picture of the face."""

    start_time: int
    """Start of the lip-syncable span, in milliseconds from the start of the video. >= 0; <=
    60000."""

    end_time: int
    """End of the lip-syncable span, in milliseconds. >= 0; <= 60000."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["face_id", "face_image", "start_time", "end_time"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IdentifiedFace:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            face_id=require(data, "face_id", "str", "IdentifiedFace"),
            face_image=require(data, "face_image", "str", "IdentifiedFace"),
            start_time=require(data, "start_time", "int", "IdentifiedFace"),
            end_time=require(data, "end_time", "int", "IdentifiedFace"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class IdentifyFaceData(Model):
    """An object in the API's answers the spec does not describe further."""

    session_id: str
    """Session for advanced-lip-sync (valid 24 hours)."""

    final_unit_deduction: str
    """Units charged, as a decimal string. Matches ^[0-9]+(\\.[0-9]+)?$."""

    final_balance_deduction: BalanceDeduction | None = None
    """Money charged for the task (newest docs only)."""

    face_data: list[IdentifiedFace]
    """Every face found, each with its lip-syncable span. At least 1 items."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["session_id", "final_unit_deduction", "final_balance_deduction", "face_data"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IdentifyFaceData:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            session_id=require(data, "session_id", "str", "IdentifyFaceData"),
            final_unit_deduction=require(data, "final_unit_deduction", "str", "IdentifyFaceData"),
            final_balance_deduction=parse_model(
                data.get("final_balance_deduction"), BalanceDeduction.from_dict
            ),
            face_data=require_models(data.get("face_data"), IdentifiedFace.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ImageRecognizeData(Model):
    """An object in the API's answers the spec does not describe further."""

    final_unit_deduction: str | None = None
    """Units charged, as a decimal string. Matches ^[0-9]+(\\.[0-9]+)?$."""

    final_balance_deduction: BalanceDeduction | None = None
    """Money charged for the task (newest docs only)."""

    task_result: ImageRecognizeDataTaskResult

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["final_unit_deduction", "final_balance_deduction", "task_result"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageRecognizeData:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            final_balance_deduction=parse_model(
                data.get("final_balance_deduction"), BalanceDeduction.from_dict
            ),
            task_result=require_model(
                data.get("task_result"), ImageRecognizeDataTaskResult.from_dict
            ),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ImageRecognizeDataTaskResult(Model):
    """An object in the API's answers the spec does not describe further."""

    images: list[RecognizedRegion]
    """One entry per region type. At least 4 items; at most 4 items."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["images"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageRecognizeDataTaskResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            images=require_models(data.get("images"), RecognizedRegion.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class InitSelectionData(Model):
    """An object in the API's answers the spec does not describe further."""

    status: int
    """Rejection code; 0 means the video or frame was understood, anything else that recognition
    failed. >= 0."""

    session_id: str
    """The session init-selection opened; it does not change while the selection is edited. At
    least 1 characters."""

    final_unit_deduction: str
    """Units charged for the call, as a decimal string. Matches ^[0-9]+(\\.[0-9]+)?$."""

    final_balance_deduction: BalanceDeduction | None = None
    """Money charged for the task (newest docs only)."""

    fps: Literal[24, 30, 60]
    """Frame rate of the parsed video; needed to show the selection preview."""

    original_duration: int
    """Length of the parsed video as the API reports it (the pages give no unit; milliseconds by
    the look of it). >= 0."""

    width: int
    """Width of the parsed video in pixels (informational). >= 720; <= 2160."""

    height: int
    """Height of the parsed video in pixels (informational). >= 720; <= 2160."""

    total_frame: int
    """Number of frames of the parsed video; frame_index counts from 0 below it. >= 1; <= 600."""

    normalized_video: str
    """The video as the session holds it after normalisation."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "status",
            "session_id",
            "final_unit_deduction",
            "final_balance_deduction",
            "fps",
            "original_duration",
            "width",
            "height",
            "total_frame",
            "normalized_video",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InitSelectionData:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            status=require(data, "status", "int", "InitSelectionData"),
            session_id=require(data, "session_id", "str", "InitSelectionData"),
            final_unit_deduction=require(data, "final_unit_deduction", "str", "InitSelectionData"),
            final_balance_deduction=parse_model(
                data.get("final_balance_deduction"), BalanceDeduction.from_dict
            ),
            fps=require(data, "fps", "int", "InitSelectionData"),
            original_duration=require(data, "original_duration", "int", "InitSelectionData"),
            width=require(data, "width", "int", "InitSelectionData"),
            height=require(data, "height", "int", "InitSelectionData"),
            total_frame=require(data, "total_frame", "int", "InitSelectionData"),
            normalized_video=require(data, "normalized_video", "str", "InitSelectionData"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PreviewSelectionData(Model):
    """An object in the API's answers the spec does not describe further."""

    status: int
    """Rejection code; 0 means the video or frame was understood, anything else that recognition
    failed. >= 0."""

    session_id: str
    """The session init-selection opened; it does not change while the selection is edited. At
    least 1 characters."""

    final_unit_deduction: str
    """Units charged for the call, as a decimal string. Matches ^[0-9]+(\\.[0-9]+)?$."""

    final_balance_deduction: BalanceDeduction | None = None
    """Money charged for the task (newest docs only)."""

    res: PreviewSelectionDataRes

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["status", "session_id", "final_unit_deduction", "final_balance_deduction", "res"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PreviewSelectionData:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            status=require(data, "status", "int", "PreviewSelectionData"),
            session_id=require(data, "session_id", "str", "PreviewSelectionData"),
            final_unit_deduction=require(
                data, "final_unit_deduction", "str", "PreviewSelectionData"
            ),
            final_balance_deduction=parse_model(
                data.get("final_balance_deduction"), BalanceDeduction.from_dict
            ),
            res=require_model(data.get("res"), PreviewSelectionDataRes.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PreviewSelectionDataRes(Model):
    """An object in the API's answers the spec does not describe further."""

    video: str
    """The video with the masks drawn on."""

    video_cover: str
    """Cover picture of that video."""

    tracking_output: str
    """The mask of every frame, as the segmentation produced it."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["video", "video_cover", "tracking_output"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PreviewSelectionDataRes:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            video=require(data, "video", "str", "PreviewSelectionDataRes"),
            video_cover=require(data, "video_cover", "str", "PreviewSelectionDataRes"),
            tracking_output=require(data, "tracking_output", "str", "PreviewSelectionDataRes"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class RecognizedRegion(Model):
    """Whether the image contains one kind of region, with the cut-out when it does."""

    type: Literal["object_seg", "head_seg", "face_seg", "cloth_seg"]
    """`object_seg` main subject, `head_seg` face with hair, `face_seg` face without hair,
    `cloth_seg` clothing."""

    is_contain: bool
    """True when the image holds that region."""

    url: str | None = None
    """The recognised region as a picture (kept 30 days)."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "is_contain", "url"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RecognizedRegion:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "RecognizedRegion"),
            is_contain=require(data, "is_contain", "bool", "RecognizedRegion"),
            url=read(data, "url", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class SelectionMask(Model):
    """The segmentation of one marked element on the frame."""

    object_id: int
    """>= 0."""

    rle_mask: SelectionMaskRleMask
    """Run-length encoded mask (COCO-style counts string, column-major)."""

    png_mask: SelectionMaskPngMask
    """The same mask as a Base64 PNG."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["object_id", "rle_mask", "png_mask"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SelectionMask:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            object_id=require(data, "object_id", "int", "SelectionMask"),
            rle_mask=require_model(data.get("rle_mask"), SelectionMaskRleMask.from_dict),
            png_mask=require_model(data.get("png_mask"), SelectionMaskPngMask.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class SelectionMaskData(Model):
    """An object in the API's answers the spec does not describe further."""

    status: int
    """Rejection code; 0 means the video or frame was understood, anything else that recognition
    failed. >= 0."""

    session_id: str
    """The session init-selection opened; it does not change while the selection is edited. At
    least 1 characters."""

    final_unit_deduction: str
    """Units charged for the call, as a decimal string. Matches ^[0-9]+(\\.[0-9]+)?$."""

    final_balance_deduction: BalanceDeduction | None = None
    """Money charged for the task (newest docs only)."""

    res: SelectionMaskDataRes

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["status", "session_id", "final_unit_deduction", "final_balance_deduction", "res"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SelectionMaskData:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            status=require(data, "status", "int", "SelectionMaskData"),
            session_id=require(data, "session_id", "str", "SelectionMaskData"),
            final_unit_deduction=require(data, "final_unit_deduction", "str", "SelectionMaskData"),
            final_balance_deduction=parse_model(
                data.get("final_balance_deduction"), BalanceDeduction.from_dict
            ),
            res=require_model(data.get("res"), SelectionMaskDataRes.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class SelectionMaskDataRes(Model):
    """An object in the API's answers the spec does not describe further."""

    frame_index: int
    """>= 0."""

    rle_mask_list: list[SelectionMask]
    """One mask per marked element on the frame."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["frame_index", "rle_mask_list"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SelectionMaskDataRes:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            frame_index=require(data, "frame_index", "int", "SelectionMaskDataRes"),
            rle_mask_list=require_models(data.get("rle_mask_list"), SelectionMask.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class SelectionMaskPngMask(Model):
    """The same mask as a Base64 PNG."""

    size: list[int]
    """[height, width] of the mask in pixels. At least 2 items; at most 2 items."""

    base64: str

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["size", "base64"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SelectionMaskPngMask:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            size=require(data, "size", "list", "SelectionMaskPngMask"),
            base64=require(data, "base64", "str", "SelectionMaskPngMask"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class SelectionMaskRleMask(Model):
    """Run-length encoded mask (COCO-style counts string, column-major)."""

    size: list[int]
    """[height, width] of the mask in pixels. At least 2 items; at most 2 items."""

    counts: str

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["size", "counts"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SelectionMaskRleMask:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            size=require(data, "size", "list", "SelectionMaskRleMask"),
            counts=require(data, "counts", "str", "SelectionMaskRleMask"),
            extra=extra(data, cls.KEYS),
        )
