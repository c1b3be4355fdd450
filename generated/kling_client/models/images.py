"""What ``client.images`` answers, as typed models.

Generated from spec/ by kling-codegen: do not edit. Import the models from ``kling_client.models``,
which re-exports every module's names.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["ImageAspectRatio"]

ImageAspectRatio: TypeAlias = Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
"""Width:height of the generated images."""
