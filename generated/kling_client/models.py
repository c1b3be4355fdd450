"""What the Kling API answers, as typed models. Generated from spec/ by kling-codegen: do not edit.

Models are frozen dataclasses built with ``from_dict``. Parsing is tolerant of growth: fields the
spec does not know land in ``extra`` and enum values it does not know are kept as plain strings,
so a newer server never crashes a poll. It is honest about types: an optional value of the wrong
JSON type becomes None (logged as drift), and a required value that is missing or of the wrong
type raises ``ResponseShapeError``. ``request_id`` is the id of the answer a result came from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from ._designs import DESIGNS
from ._parsing import (
    Model,
    extra,
    parse_model,
    parse_models,
    read,
    require,
    require_model,
    require_models,
    succeeded_result,
)

CurrentTaskStatus: TypeAlias = Literal["submitted", "processing", "succeeded", "failed"]
"""submitted -> processing -> succeeded | failed (note the -ed; the legacy design writes
succeed)."""

ImageAspectRatio: TypeAlias = Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
"""Width:height of the generated images."""

Mode: TypeAlias = Literal["std", "pro"]
"""`std` is faster and cheaper; `pro` gives higher quality."""

Sound: TypeAlias = Literal["on", "off"]
"""Whether the video is generated with sound (v2.6 and later)."""

TaskStatus: TypeAlias = Literal["submitted", "processing", "succeed", "failed"]
"""Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

VideoAspect: TypeAlias = Literal["16:9", "9:16", "1:1", "21:9", "4:3", "3:4"]
"""Width:height of the output: 16:9, 9:16 and 1:1 everywhere, 21:9 on kling-4.0 and
kling-4.0-flash, 4:3 and 3:4 on kling-4.0-flash only."""

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

VideoResolution: TypeAlias = Literal["720p", "1080p", "4k"]
"""Output resolution; each model takes only some of these values (the client checks them)."""

VideoShotType: TypeAlias = Literal["customize", "intelligence"]
"""How a multi-shot video is split: `customize` follows your multi_prompt storyboard,
`intelligence` lets the model cut the prompt into shots. Required when multi_shot is true."""


def _tagged(
    key: str, factories: Mapping[str, Callable[[Mapping[str, Any]], Any]]
) -> Callable[[Mapping[str, Any]], Any]:
    """A factory for a union the spec tags with a discriminator: the model its ``key`` names
    (an object with a value this version does not know is kept as it came)."""

    def build(data: Mapping[str, Any]) -> Any:
        factory = factories.get(str(data.get(key)))
        return factory(data) if factory is not None else dict(data)

    return build


@dataclass(frozen=True, kw_only=True)
class AccountCosts(Model):
    """The resource packs, behind a second code/msg pair of their own. An account with no packs
    gets only {code: 0, msg: success}, so the pack list is optional."""

    code: int
    """Status of the lookup itself; 0 when it worked."""

    msg: str
    """Text that goes with code."""

    resource_pack_subscribe_infos: list[ResourcePackSubscription] = field(default_factory=list)
    """One entry per resource pack."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["code", "msg", "resource_pack_subscribe_infos"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AccountCosts:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            code=require(data, "code", "int", "AccountCosts"),
            msg=require(data, "msg", "str", "AccountCosts"),
            resource_pack_subscribe_infos=require_models(
                data.get("resource_pack_subscribe_infos"), ResourcePackSubscription.from_dict
            ),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class AiMultiShotResult(Model):
    """The sets of views a finished AI multi-shot task made."""

    images: list[ImageSetItem] = field(default_factory=list)

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["images"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiMultiShotResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            images=require_models(data.get("images"), ImageSetItem.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class AiMultiShotTask(Model):
    """An AI multi-shot task: the task object of every family, except that task_result.images
    lists sets of views (ImageSetItem) instead of single images."""

    task_id: str
    """The system's id for the task."""

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    task_status_msg: str | None = None
    """Why the task failed; empty otherwise."""

    task_info: TaskInfo | None = None
    """What the caller attached to the task."""

    task_result: AiMultiShotResult | None = None
    """The sets of views a finished AI multi-shot task made."""

    final_unit_deduction: str | None = None
    """Units charged, as a decimal string."""

    created_at: int
    """Creation time, Unix milliseconds."""

    updated_at: int
    """Last change, Unix milliseconds."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "task_id",
            "task_status",
            "task_status_msg",
            "task_info",
            "task_result",
            "final_unit_deduction",
            "created_at",
            "updated_at",
        ]
    )

    def result(self) -> AiMultiShotResult:
        """What the succeeded task produced (arrays it did not produce are empty).

        Raises:
            TaskFailedError: The task failed.
            KlingError: The task has not finished yet.
            ResponseShapeError: The task succeeded but the answer carries no result.
        """
        return succeeded_result(self, self.task_result, DESIGNS["legacy"], "AiMultiShotTask")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiMultiShotTask:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "AiMultiShotTask"),
            task_status=require(data, "task_status", "str", "AiMultiShotTask"),
            task_status_msg=read(data, "task_status_msg", "str"),
            task_info=parse_model(data.get("task_info"), TaskInfo.from_dict),
            task_result=parse_model(data.get("task_result"), AiMultiShotResult.from_dict),
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            created_at=require(data, "created_at", "int", "AiMultiShotTask"),
            updated_at=require(data, "updated_at", "int", "AiMultiShotTask"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class AssetDeletion(Model):
    """What a delete route answers with."""

    task_id: str
    """Id of the deletion."""

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["task_id", "task_status"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssetDeletion:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "AssetDeletion"),
            task_status=require(data, "task_status", "str", "AssetDeletion"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class AudioItem(Model):
    """One generated audio. Sound effects and video-to-audio carry MP3 and WAV renditions
    (url_mp3/url_wav, duration_mp3/duration_wav); text-to-speech carries url and duration."""

    id: str

    url: str | None = None

    duration: str | None = None

    url_mp3: str | None = None

    url_wav: str | None = None

    duration_mp3: str | None = None

    duration_wav: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["id", "url", "duration", "url_mp3", "url_wav", "duration_mp3", "duration_wav"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AudioItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "AudioItem"),
            url=read(data, "url", "str"),
            duration=read(data, "duration", "str"),
            url_mp3=read(data, "url_mp3", "str"),
            url_wav=read(data, "url_wav", "str"),
            duration_mp3=read(data, "duration_mp3", "str"),
            duration_wav=read(data, "duration_wav", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class AudioOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["audio"]

    id: str

    mp3_url: str | None = None

    wav_url: str | None = None

    mp3_duration: str | None = None

    wav_duration: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["type", "id", "mp3_url", "wav_url", "mp3_duration", "wav_duration"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AudioOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "AudioOutput"),
            id=require(data, "id", "str", "AudioOutput"),
            mp3_url=read(data, "mp3_url", "str"),
            wav_url=read(data, "wav_url", "str"),
            mp3_duration=read(data, "mp3_duration", "str"),
            wav_duration=read(data, "wav_duration", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class BalanceDeduction(Model):
    """Money charged for the task (newest docs only)."""

    quota: str | None = None

    list_price: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["quota", "list_price"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BalanceDeduction:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            quota=read(data, "quota", "str"),
            list_price=read(data, "list_price", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class BillingItem(Model):
    """One charge. A task that failed before generating shows one entry with only `amount: "0"`;
    Comfy Router's output schema says some tasks omit `charge_type` and `cash_type` comes only
    with cash."""

    charge_type: Literal["cash", "unit"] | None = None
    """`cash` from the balance, `unit` from a resource pack; absent on the zero charge of a
    failed task."""

    cash_type: Literal["balance", "test_balance"] | None = None
    """Cash only."""

    amount: str
    """Decimal string: the discounted price (cash) or the units (unit)."""

    currency: Literal["CNY", "USD"] | None = None
    """Cash only."""

    package_type: Literal["video", "image", "audio"] | None = None
    """Unit only."""

    list_price: str | None = None
    """Cash only."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["charge_type", "cash_type", "amount", "currency", "package_type", "list_price"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BillingItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            charge_type=read(data, "charge_type", "str"),
            cash_type=read(data, "cash_type", "str"),
            amount=require(data, "amount", "str", "BillingItem"),
            currency=read(data, "currency", "str"),
            package_type=read(data, "package_type", "str"),
            list_price=read(data, "list_price", "str"),
            extra=extra(data, cls.KEYS),
        )


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
class CurrentTask(Model):
    """A task as /tasks and callbacks show it, whatever route (either design) created it. No
    task_result, no product or model field; a failed task has no business code, only message."""

    id: str
    """The system id: 18 digits live (2026-09-28), as the mock makes them."""

    status: CurrentTaskStatus
    """submitted -> processing -> succeeded | failed (note the -ed; the legacy design writes
    succeed)."""

    message: str | None = None
    """The failure reason (e.g. content risk); empty otherwise."""

    create_time: int
    """Unix milliseconds."""

    update_time: int
    """Unix milliseconds."""

    external_id: str | None = None
    """The options.external_task_id sent (note the different key)."""

    outputs: list[VideoOutput | ImageOutput | AudioOutput | VoiceOutput | ElementOutput] | None = (
        None
    )

    billing: list[BillingItem] = field(default_factory=list)
    """What the task was charged; units are deducted when the task completes."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "status",
            "message",
            "create_time",
            "update_time",
            "external_id",
            "outputs",
            "billing",
        ]
    )

    def videos(self) -> list[VideoOutput]:
        """The task's outputs of type ``video`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, VideoOutput)]

    def images(self) -> list[ImageOutput]:
        """The task's outputs of type ``image`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, ImageOutput)]

    def audios(self) -> list[AudioOutput]:
        """The task's outputs of type ``audio`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, AudioOutput)]

    def voices(self) -> list[VoiceOutput]:
        """The task's outputs of type ``voice`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, VoiceOutput)]

    def elements(self) -> list[ElementOutput]:
        """The task's outputs of type ``element`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, ElementOutput)]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CurrentTask:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "CurrentTask"),
            status=require(data, "status", "str", "CurrentTask"),
            message=read(data, "message", "str"),
            create_time=require(data, "create_time", "int", "CurrentTask"),
            update_time=require(data, "update_time", "int", "CurrentTask"),
            external_id=read(data, "external_id", "str"),
            outputs=parse_models(
                data.get("outputs"),
                _tagged(
                    "type",
                    {
                        "video": VideoOutput.from_dict,
                        "image": ImageOutput.from_dict,
                        "audio": AudioOutput.from_dict,
                        "voice": VoiceOutput.from_dict,
                        "element": ElementOutput.from_dict,
                    },
                ),
            ),
            billing=require_models(data.get("billing"), BillingItem.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class CurrentTaskCreated(Model):
    """The live create answer: id, status, an empty message and the times; external_id only when
    options.external_task_id was sent."""

    id: str

    status: CurrentTaskStatus
    """submitted -> processing -> succeeded | failed (note the -ed; the legacy design writes
    succeed)."""

    message: str | None = None
    """Empty on a create."""

    create_time: int

    update_time: int

    external_id: str | None = None
    """Absent when no external id was sent."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["id", "status", "message", "create_time", "update_time", "external_id"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CurrentTaskCreated:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "CurrentTaskCreated"),
            status=require(data, "status", "str", "CurrentTaskCreated"),
            message=read(data, "message", "str"),
            create_time=require(data, "create_time", "int", "CurrentTaskCreated"),
            update_time=require(data, "update_time", "int", "CurrentTaskCreated"),
            external_id=read(data, "external_id", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class CurrentTaskCursorPage(Model):
    """An object in the API's answers the spec does not describe further."""

    result: list[CurrentTask] = field(default_factory=list)
    """Absent on an empty page (live)."""

    count: int
    """>= 0."""

    next_cursor: str | None = None
    """Absent on an empty page (live)."""

    has_more: bool

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["result", "count", "next_cursor", "has_more"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CurrentTaskCursorPage:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            result=require_models(data.get("result"), CurrentTask.from_dict),
            count=require(data, "count", "int", "CurrentTaskCursorPage"),
            next_cursor=read(data, "next_cursor", "str"),
            has_more=require(data, "has_more", "bool", "CurrentTaskCursorPage"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementItem(Model):
    """An object in the API's answers the spec does not describe further."""

    element_id: int

    element_name: str

    element_description: str | None = None

    reference_type: Literal["video_refer", "image_refer"] | None = None

    element_image_list: dict[str, Any] | None = None

    element_video_list: dict[str, Any] | None = None

    element_voice_info: dict[str, Any] | None = None

    tag_list: list[ElementItemTagListItem] = field(default_factory=list)

    owned_by: str | None = None

    status: Literal["succeed", "deleted"] | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "element_id",
            "element_name",
            "element_description",
            "reference_type",
            "element_image_list",
            "element_video_list",
            "element_voice_info",
            "tag_list",
            "owned_by",
            "status",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            element_id=require(data, "element_id", "int", "ElementItem"),
            element_name=require(data, "element_name", "str", "ElementItem"),
            element_description=read(data, "element_description", "str"),
            reference_type=read(data, "reference_type", "str"),
            element_image_list=read(data, "element_image_list", "dict"),
            element_video_list=read(data, "element_video_list", "dict"),
            element_voice_info=read(data, "element_voice_info", "dict"),
            tag_list=require_models(data.get("tag_list"), ElementItemTagListItem.from_dict),
            owned_by=read(data, "owned_by", "str"),
            status=read(data, "status", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementItemTagListItem(Model):
    """An object in the API's answers the spec does not describe further."""

    tag_id: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["tag_id"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementItemTagListItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            tag_id=read(data, "tag_id", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementMaterial(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["image", "video", "voice"]

    role: Literal["frontal", "reference", "refer"] | None = None
    """Image roles frontal/reference (English query page) or frontal/refer (callback and Chinese
    pages); video and voice are refer."""

    url: str

    id: str | None = None
    """Voice materials only."""

    name: str | None = None
    """Voice materials only."""

    owned_by: str | None = None
    """Voice materials only."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "role", "url", "id", "name", "owned_by"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementMaterial:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "ElementMaterial"),
            role=read(data, "role", "str"),
            url=require(data, "url", "str", "ElementMaterial"),
            id=read(data, "id", "str"),
            name=read(data, "name", "str"),
            owned_by=read(data, "owned_by", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["element"]

    id: str

    name: str

    description: str | None = None

    element_type: Literal["video_character_elements", "multi_image_elements"] | None = None

    references: list[ElementMaterial] = field(default_factory=list)
    """Name on the English query pages."""

    materials: list[ElementMaterial] = field(default_factory=list)
    """Name on the callback page."""

    owned_by: str | None = None

    status: Literal["succeeded", "deleted"] | None = None

    tags: list[ElementOutputTagsItem] = field(default_factory=list)

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "type",
            "id",
            "name",
            "description",
            "element_type",
            "references",
            "materials",
            "owned_by",
            "status",
            "tags",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "ElementOutput"),
            id=require(data, "id", "str", "ElementOutput"),
            name=require(data, "name", "str", "ElementOutput"),
            description=read(data, "description", "str"),
            element_type=read(data, "element_type", "str"),
            references=require_models(data.get("references"), ElementMaterial.from_dict),
            materials=require_models(data.get("materials"), ElementMaterial.from_dict),
            owned_by=read(data, "owned_by", "str"),
            status=read(data, "status", "str"),
            tags=require_models(data.get("tags"), ElementOutputTagsItem.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementOutputTagsItem(Model):
    """An object in the API's answers the spec does not describe further."""

    id: int | None = None

    name: str | None = None

    description: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["id", "name", "description"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementOutputTagsItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=read(data, "id", "int"),
            name=read(data, "name", "str"),
            description=read(data, "description", "str"),
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
class ImageItem(Model):
    """An object in the API's answers the spec does not describe further."""

    index: int
    """Position of the image in the batch. >= 0; <= 9."""

    url: str
    """Where the image can be downloaded (kept 30 days)."""

    watermark_url: str | None = None
    """The watermarked copy, when watermarking is on."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["index", "url", "watermark_url"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            index=require(data, "index", "int", "ImageItem"),
            url=require(data, "url", "str", "ImageItem"),
            watermark_url=read(data, "watermark_url", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ImageOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["image"]

    url: str

    watermark_url: str | None = None

    group_id: str | None = None
    """Only for grouped images. No id or index on image outputs."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "url", "watermark_url", "group_id"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "ImageOutput"),
            url=require(data, "url", "str", "ImageOutput"),
            watermark_url=read(data, "watermark_url", "str"),
            group_id=read(data, "group_id", "str"),
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
class ImageSetItem(Model):
    """One set of three views of an element (AI multi-shot). The page's index comment reads
    "0-2", so a task makes three sets."""

    index: int
    """Position of the set. >= 0; <= 2."""

    url_1: str

    url_2: str

    url_3: str

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["index", "url_1", "url_2", "url_3"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageSetItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            index=require(data, "index", "int", "ImageSetItem"),
            url_1=require(data, "url_1", "str", "ImageSetItem"),
            url_2=require(data, "url_2", "str", "ImageSetItem"),
            url_3=require(data, "url_3", "str", "ImageSetItem"),
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
class LedgerDetail(Model):
    """An object in the API's answers the spec does not describe further."""

    task_id: str

    api_key_name: str | None = None

    product_function: str | None = None
    """e.g. Image to Video."""

    model_name: str | None = None

    resolution: Literal["720p", "1080p", "4k"] | None = None
    """legacy std -> 720p, pro -> 1080p."""

    duration: str | None = None
    """Video only."""

    refer_video_input: bool | None = None

    video_sound: Literal["native", "original", "off"] | None = None

    voice_control: bool | None = None

    deduction_time: str
    """Unix milliseconds as a string."""

    cash_type: Literal["balance", "test_balance"] | None = None
    """Cash ledger."""

    balance_before_deduction: float | None = None

    balance_after_deduction: float | None = None

    deduction_amount: float | None = None

    list_price: float | None = None

    currency: Literal["CNY", "USD"] | None = None

    package_id: str | None = None
    """Unit ledger."""

    product_type: Literal["video", "image", "try-on"] | None = None
    """Unit ledger."""

    unit_before_deduction: float | None = None

    unit_after_deduction: float | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "task_id",
            "api_key_name",
            "product_function",
            "model_name",
            "resolution",
            "duration",
            "refer_video_input",
            "video_sound",
            "voice_control",
            "deduction_time",
            "cash_type",
            "balance_before_deduction",
            "balance_after_deduction",
            "deduction_amount",
            "list_price",
            "currency",
            "package_id",
            "product_type",
            "unit_before_deduction",
            "unit_after_deduction",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LedgerDetail:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "LedgerDetail"),
            api_key_name=read(data, "api_key_name", "str"),
            product_function=read(data, "product_function", "str"),
            model_name=read(data, "model_name", "str"),
            resolution=read(data, "resolution", "str"),
            duration=read(data, "duration", "str"),
            refer_video_input=read(data, "refer_video_input", "bool"),
            video_sound=read(data, "video_sound", "str"),
            voice_control=read(data, "voice_control", "bool"),
            deduction_time=require(data, "deduction_time", "str", "LedgerDetail"),
            cash_type=read(data, "cash_type", "str"),
            balance_before_deduction=read(data, "balance_before_deduction", "float"),
            balance_after_deduction=read(data, "balance_after_deduction", "float"),
            deduction_amount=read(data, "deduction_amount", "float"),
            list_price=read(data, "list_price", "float"),
            currency=read(data, "currency", "str"),
            package_id=read(data, "package_id", "str"),
            product_type=read(data, "product_type", "str"),
            unit_before_deduction=read(data, "unit_before_deduction", "float"),
            unit_after_deduction=read(data, "unit_after_deduction", "float"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class LedgerResult(Model):
    """An object in the API's answers the spec does not describe further."""

    result: LedgerResultResult | None = None

    next_cursor: str | None = None

    has_more: bool

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["result", "next_cursor", "has_more"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LedgerResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            result=parse_model(data.get("result"), LedgerResultResult.from_dict),
            next_cursor=read(data, "next_cursor", "str"),
            has_more=require(data, "has_more", "bool", "LedgerResult"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class LedgerResultResult(Model):
    """An object in the API's answers the spec does not describe further."""

    detail: list[LedgerDetail] = field(default_factory=list)

    count: int | None = None
    """>= 0."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["detail", "count"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LedgerResultResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            detail=require_models(data.get("detail"), LedgerDetail.from_dict),
            count=read(data, "count", "int"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class OldCustomElement(Model):
    """An object in the API's answers the spec does not describe further."""

    element_id: int

    element_name: str

    element_description: str | None = None

    element_frontal_image: str | None = None

    element_refer_list: list[OldCustomElementElementReferListItem] = field(default_factory=list)

    tag_list: list[OldCustomElementTagListItem] = field(default_factory=list)

    owned_by: str | None = None

    final_unit_deduction: str | None = None
    """Preset elements only."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "element_id",
            "element_name",
            "element_description",
            "element_frontal_image",
            "element_refer_list",
            "tag_list",
            "owned_by",
            "final_unit_deduction",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OldCustomElement:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            element_id=require(data, "element_id", "int", "OldCustomElement"),
            element_name=require(data, "element_name", "str", "OldCustomElement"),
            element_description=read(data, "element_description", "str"),
            element_frontal_image=read(data, "element_frontal_image", "str"),
            element_refer_list=require_models(
                data.get("element_refer_list"), OldCustomElementElementReferListItem.from_dict
            ),
            tag_list=require_models(data.get("tag_list"), OldCustomElementTagListItem.from_dict),
            owned_by=read(data, "owned_by", "str"),
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class OldCustomElementElementReferListItem(Model):
    """An object in the API's answers the spec does not describe further."""

    image_url: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["image_url"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OldCustomElementElementReferListItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            image_url=read(data, "image_url", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class OldCustomElementTagListItem(Model):
    """An object in the API's answers the spec does not describe further."""

    id: str | None = None

    name: str | None = None

    description: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["id", "name", "description"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OldCustomElementTagListItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=read(data, "id", "str"),
            name=read(data, "name", "str"),
            description=read(data, "description", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ParentVideo(Model):
    """The video a task built on (video-extend, advanced lip sync, video-to-audio)."""

    id: str

    url: str

    duration: str
    """Length in seconds, as a decimal string."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["id", "url", "duration"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParentVideo:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "ParentVideo"),
            url=require(data, "url", "str", "ParentVideo"),
            duration=require(data, "duration", "str", "ParentVideo"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetElement(Model):
    """An official element; owned_by is always kling."""

    element_id: int

    element_name: str

    element_description: str | None = None

    reference_type: Literal["video_refer", "image_refer"] | None = None

    element_image_list: dict[str, Any] | None = None

    element_video_list: dict[str, Any] | None = None

    element_voice_info: dict[str, Any] | None = None

    tag_list: list[PresetElementTagListItem] = field(default_factory=list)

    owned_by: Literal["kling"]

    status: Literal["succeed", "deleted"] | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "element_id",
            "element_name",
            "element_description",
            "reference_type",
            "element_image_list",
            "element_video_list",
            "element_voice_info",
            "tag_list",
            "owned_by",
            "status",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetElement:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            element_id=require(data, "element_id", "int", "PresetElement"),
            element_name=require(data, "element_name", "str", "PresetElement"),
            element_description=read(data, "element_description", "str"),
            reference_type=read(data, "reference_type", "str"),
            element_image_list=read(data, "element_image_list", "dict"),
            element_video_list=read(data, "element_video_list", "dict"),
            element_voice_info=read(data, "element_voice_info", "dict"),
            tag_list=require_models(data.get("tag_list"), PresetElementTagListItem.from_dict),
            owned_by=require(data, "owned_by", "str", "PresetElement"),
            status=read(data, "status", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetElementRecord(Model):
    """A task-like record of the preset list, holding official elements in task_result.elements."""

    task_id: str

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    task_status_msg: str | None = None

    task_info: TaskInfo | None = None
    """What the caller attached to the task."""

    task_result: PresetElementRecordTaskResult

    final_unit_deduction: str | None = None

    created_at: int
    """Unix milliseconds."""

    updated_at: int
    """Unix milliseconds."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "task_id",
            "task_status",
            "task_status_msg",
            "task_info",
            "task_result",
            "final_unit_deduction",
            "created_at",
            "updated_at",
        ]
    )

    def result(self) -> PresetElementRecordTaskResult:
        """What the succeeded task produced (arrays it did not produce are empty).

        Raises:
            TaskFailedError: The task failed.
            KlingError: The task has not finished yet.
            ResponseShapeError: The task succeeded but the answer carries no result.
        """
        return succeeded_result(self, self.task_result, DESIGNS["legacy"], "PresetElementRecord")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetElementRecord:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "PresetElementRecord"),
            task_status=require(data, "task_status", "str", "PresetElementRecord"),
            task_status_msg=read(data, "task_status_msg", "str"),
            task_info=parse_model(data.get("task_info"), TaskInfo.from_dict),
            task_result=require_model(
                data.get("task_result"), PresetElementRecordTaskResult.from_dict
            ),
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            created_at=require(data, "created_at", "int", "PresetElementRecord"),
            updated_at=require(data, "updated_at", "int", "PresetElementRecord"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetElementRecordTaskResult(Model):
    """An object in the API's answers the spec does not describe further."""

    elements: list[PresetElement]

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["elements"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetElementRecordTaskResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            elements=require_models(data.get("elements"), PresetElement.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetElementTagListItem(Model):
    """An object in the API's answers the spec does not describe further."""

    tag_id: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["tag_id"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetElementTagListItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            tag_id=read(data, "tag_id", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetVoice(Model):
    """An official voice; owned_by is always kling."""

    voice_id: str

    voice_name: str

    trial_url: str

    owned_by: Literal["kling"]
    """`kling` for preset voices, otherwise the account's id."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["voice_id", "voice_name", "trial_url", "owned_by"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetVoice:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            voice_id=require(data, "voice_id", "str", "PresetVoice"),
            voice_name=require(data, "voice_name", "str", "PresetVoice"),
            trial_url=require(data, "trial_url", "str", "PresetVoice"),
            owned_by=require(data, "owned_by", "str", "PresetVoice"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetVoiceRecord(Model):
    """A task-like record of the preset list, holding official voices in task_result.voices."""

    task_id: str

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    task_status_msg: str | None = None

    task_result: PresetVoiceRecordTaskResult

    created_at: int
    """Unix milliseconds."""

    updated_at: int
    """Unix milliseconds."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["task_id", "task_status", "task_status_msg", "task_result", "created_at", "updated_at"]
    )

    def result(self) -> PresetVoiceRecordTaskResult:
        """What the succeeded task produced (arrays it did not produce are empty).

        Raises:
            TaskFailedError: The task failed.
            KlingError: The task has not finished yet.
            ResponseShapeError: The task succeeded but the answer carries no result.
        """
        return succeeded_result(self, self.task_result, DESIGNS["legacy"], "PresetVoiceRecord")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetVoiceRecord:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "PresetVoiceRecord"),
            task_status=require(data, "task_status", "str", "PresetVoiceRecord"),
            task_status_msg=read(data, "task_status_msg", "str"),
            task_result=require_model(
                data.get("task_result"), PresetVoiceRecordTaskResult.from_dict
            ),
            created_at=require(data, "created_at", "int", "PresetVoiceRecord"),
            updated_at=require(data, "updated_at", "int", "PresetVoiceRecord"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetVoiceRecordTaskResult(Model):
    """An object in the API's answers the spec does not describe further."""

    voices: list[PresetVoice]

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["voices"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetVoiceRecordTaskResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            voices=require_models(data.get("voices"), PresetVoice.from_dict),
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
class ResourcePackSubscription(Model):
    """One resource pack of the account and what is left of it."""

    resource_pack_name: str
    """Display name of the pack."""

    resource_pack_id: str
    """Identifier of the pack."""

    resource_pack_type: Literal["decreasing_total", "constant_period"]
    """`decreasing_total`: a total that is used up; `constant_period`: a fixed amount per period."""

    total_quantity: float
    """Units the pack holds. >= 0."""

    remaining_quantity: float
    """Units left; this figure lags by about 12 hours. >= 0."""

    purchase_time: int
    """When the pack was bought, Unix milliseconds."""

    effective_time: int
    """When the pack starts to count, Unix milliseconds."""

    invalid_time: int
    """When the pack expires, Unix milliseconds."""

    status: Literal["toBeOnline", "online", "expired", "runOut"]
    """`toBeOnline` not yet in effect, `online` in effect, `expired` past invalid_time, `runOut`
    used up."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "resource_pack_name",
            "resource_pack_id",
            "resource_pack_type",
            "total_quantity",
            "remaining_quantity",
            "purchase_time",
            "effective_time",
            "invalid_time",
            "status",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResourcePackSubscription:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            resource_pack_name=require(
                data, "resource_pack_name", "str", "ResourcePackSubscription"
            ),
            resource_pack_id=require(data, "resource_pack_id", "str", "ResourcePackSubscription"),
            resource_pack_type=require(
                data, "resource_pack_type", "str", "ResourcePackSubscription"
            ),
            total_quantity=require(data, "total_quantity", "float", "ResourcePackSubscription"),
            remaining_quantity=require(
                data, "remaining_quantity", "float", "ResourcePackSubscription"
            ),
            purchase_time=require(data, "purchase_time", "int", "ResourcePackSubscription"),
            effective_time=require(data, "effective_time", "int", "ResourcePackSubscription"),
            invalid_time=require(data, "invalid_time", "int", "ResourcePackSubscription"),
            status=require(data, "status", "str", "ResourcePackSubscription"),
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


@dataclass(frozen=True, kw_only=True)
class Task(Model):
    """An asynchronous task as the query routes (and callbacks) return it."""

    task_id: str
    """The system's id for the task."""

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    task_status_msg: str | None = None
    """Why the task failed (e.g. content moderation); empty otherwise."""

    task_info: TaskInfo | None = None
    """What the caller attached to the task."""

    task_result: TaskResult | None = None
    """What a finished task produced. Which arrays appear depends on the kind of task."""

    watermark_info: WatermarkInfo | None = None
    """Whether results also carry a watermarked copy (`watermark_url`). Custom watermarks are not
    supported."""

    final_unit_deduction: str | None = None
    """Units charged, as a decimal string."""

    final_balance_deduction: BalanceDeduction | None = None
    """Money charged for the task (newest docs only)."""

    created_at: int
    """Creation time, Unix milliseconds."""

    updated_at: int
    """Last change, Unix milliseconds."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "task_id",
            "task_status",
            "task_status_msg",
            "task_info",
            "task_result",
            "watermark_info",
            "final_unit_deduction",
            "final_balance_deduction",
            "created_at",
            "updated_at",
        ]
    )

    def result(self) -> TaskResult:
        """What the succeeded task produced (arrays it did not produce are empty).

        Raises:
            TaskFailedError: The task failed.
            KlingError: The task has not finished yet.
            ResponseShapeError: The task succeeded but the answer carries no result.
        """
        return succeeded_result(self, self.task_result, DESIGNS["legacy"], "Task")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Task:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "Task"),
            task_status=require(data, "task_status", "str", "Task"),
            task_status_msg=read(data, "task_status_msg", "str"),
            task_info=parse_model(data.get("task_info"), TaskInfo.from_dict),
            task_result=parse_model(data.get("task_result"), TaskResult.from_dict),
            watermark_info=parse_model(data.get("watermark_info"), WatermarkInfo.from_dict),
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            final_balance_deduction=parse_model(
                data.get("final_balance_deduction"), BalanceDeduction.from_dict
            ),
            created_at=require(data, "created_at", "int", "Task"),
            updated_at=require(data, "updated_at", "int", "Task"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class TaskInfo(Model):
    """What the caller attached to the task."""

    external_task_id: str | None = None
    """The caller's own id, when one was sent."""

    parent_video: ParentVideo | None = None
    """The video a task built on (video-extend, advanced lip sync, video-to-audio)."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["external_task_id", "parent_video"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskInfo:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            external_task_id=read(data, "external_task_id", "str"),
            parent_video=parse_model(data.get("parent_video"), ParentVideo.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class TaskResult(Model):
    """What a finished task produced. Which arrays appear depends on the kind of task."""

    result_type: Literal["single", "series"] | None = None
    """Image Omni only."""

    images: list[ImageItem] = field(default_factory=list)

    series_images: list[ImageItem] = field(default_factory=list)

    videos: list[VideoItem] = field(default_factory=list)

    audios: list[AudioItem] = field(default_factory=list)

    voices: list[VoiceItem] = field(default_factory=list)

    elements: list[ElementItem] = field(default_factory=list)

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["result_type", "images", "series_images", "videos", "audios", "voices", "elements"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            result_type=read(data, "result_type", "str"),
            images=require_models(data.get("images"), ImageItem.from_dict),
            series_images=require_models(data.get("series_images"), ImageItem.from_dict),
            videos=require_models(data.get("videos"), VideoItem.from_dict),
            audios=require_models(data.get("audios"), AudioItem.from_dict),
            voices=require_models(data.get("voices"), VoiceItem.from_dict),
            elements=require_models(data.get("elements"), ElementItem.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class VideoItem(Model):
    """One generated video. Effects results carry no duration (the 2026-09-20 audit; no page in
    the reference sheets shows one, so unverified), hence duration is optional."""

    id: str
    """Video id, reusable by extend, lip sync and video-to-audio for 30 days."""

    url: str

    watermark_url: str | None = None

    duration: str | None = None
    """Length in seconds as a decimal string, e.g. "5" or "5.041"."""

    session_id: str | None = None
    """Multi-elements only; the selection session the video came from."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["id", "url", "watermark_url", "duration", "session_id"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VideoItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "VideoItem"),
            url=require(data, "url", "str", "VideoItem"),
            watermark_url=read(data, "watermark_url", "str"),
            duration=read(data, "duration", "str"),
            session_id=read(data, "session_id", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class VideoOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["video"]

    id: str

    url: str
    """Hotlink-protected; cleared after 30 days."""

    watermark_url: str | None = None
    """Only when options.watermark_info.enabled was true."""

    duration: str | None = None
    """Seconds as a decimal string ("5.041"). Absent when the task's own route reports no
    duration (an effects video listed through /tasks)."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "id", "url", "watermark_url", "duration"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VideoOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "VideoOutput"),
            id=require(data, "id", "str", "VideoOutput"),
            url=require(data, "url", "str", "VideoOutput"),
            watermark_url=read(data, "watermark_url", "str"),
            duration=read(data, "duration", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class VoiceItem(Model):
    """An object in the API's answers the spec does not describe further."""

    voice_id: str

    voice_name: str

    trial_url: str | None = None

    owned_by: str | None = None
    """`kling` for preset voices, otherwise the account's id."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["voice_id", "voice_name", "trial_url", "owned_by"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            voice_id=require(data, "voice_id", "str", "VoiceItem"),
            voice_name=require(data, "voice_name", "str", "VoiceItem"),
            trial_url=read(data, "trial_url", "str"),
            owned_by=read(data, "owned_by", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class VoiceOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["voice"]

    id: str

    name: str

    url: str | None = None
    """The preview."""

    owned_by: str | None = None
    """`kling` for official voices, else the creator's id."""

    status: Literal["succeeded", "deleted"] | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "id", "name", "url", "owned_by", "status"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "VoiceOutput"),
            id=require(data, "id", "str", "VoiceOutput"),
            name=require(data, "name", "str", "VoiceOutput"),
            url=read(data, "url", "str"),
            owned_by=read(data, "owned_by", "str"),
            status=read(data, "status", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class WatermarkInfo(Model):
    """Whether results also carry a watermarked copy (`watermark_url`). Custom watermarks are not
    supported."""

    enabled: bool | None = None
    """True to also produce a watermarked copy of every result."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["enabled"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WatermarkInfo:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            enabled=read(data, "enabled", "bool"),
            extra=extra(data, cls.KEYS),
        )
