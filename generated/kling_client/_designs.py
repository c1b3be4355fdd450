"""Each design of the API in the words its tasks use: which attribute holds a task's id, status,
failure reason, result and external id, and how its final statuses are spelled. Every resource
and model reads its design's words here. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from ._waiting import TaskWords

DESIGNS: dict[str, TaskWords] = {
    "current": TaskWords(
        id="id",
        status="status",
        message="message",
        results="outputs",
        external_id="external_id",
        succeeded="succeeded",
        failed="failed",
    ),
    "legacy": TaskWords(
        id="task_id",
        status="task_status",
        message="task_status_msg",
        results="task_result",
        external_id="task_info.external_task_id",
        succeeded="succeed",
        failed="failed",
    ),
}
