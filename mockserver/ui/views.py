"""The dashboard's pages. Each page has one live region; ``?partial=1`` renders just that region,
which the page's script fetches every second and merges row by row (rows whose ``data-version``
did not change are kept, so a playing video keeps playing).

The pages only read. Every change (clock, faults, limits, reset) is a call from the browser to the
existing admin API under /__mock/, so the dashboard adds no second way to change the mock.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from flask import Blueprint, Flask, current_app, render_template, request
from flask.blueprints import BlueprintSetupState
from markupsafe import Markup, escape

from mockserver.core.errors import KlingError
from mockserver.core.state import state_of
from mockserver.domain import limits
from mockserver.http import admin
from mockserver.http.current import current_state

from . import key_hints
from .exchanges import EXTENSION, Exchanges
from .rows import STATUSES, TaskFilter, designs, families, select, utc_text

bp = Blueprint(
    "kling_ui",
    __name__,
    url_prefix="/__mock/ui",
    template_folder="templates",
    static_folder="static",
)
log = logging.getLogger("kling_mock.ui")
PAGE_SIZE = 25
_URL = re.compile(r"https?://[^\s\"<>]+")
SCANNED = 10_000  # newest tasks a status filter looks through (a status is computed per task)


@bp.record_once
def _install(setup: BlueprintSetupState) -> None:
    app = setup.app
    assert isinstance(app, Flask)
    state = state_of(app)
    app.extensions[EXTENSION] = Exchanges(
        state.store.db, state.store.writer, state.settings.journal_size
    )
    app.extensions[key_hints.EXTENSION] = key_hints.KeyHints(state.store.db)
    app.jinja_env.filters["utc"] = utc_text
    app.jinja_env.filters["linkify"] = linkify
    app.jinja_env.filters["pretty"] = pretty


def pretty(value: Any) -> str:
    """JSON indented for reading; text (a body that is not JSON) as it is."""
    if isinstance(value, str):
        return value
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)


def linkify(text: str) -> Markup:
    """Text with every http(s) URL made a link: media in a request are shown by reference."""
    parts: list[Markup] = []
    last = 0
    for found in _URL.finditer(text):
        url = escape(found.group())
        parts += [escape(text[last : found.start()]), Markup(f'<a href="{url}">{url}</a>')]
        last = found.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def _page(template: str, region: str, **context: Any) -> str:
    """The whole page, or only its live region when the script asks (``?partial=1``)."""
    if request.args.get("partial"):
        return render_template(region, **context)
    return render_template(template, region=region, **_controls(), **context)


def _controls() -> dict[str, Any]:
    """What the controls on every page start from: the clock, the fault plan, the limits."""
    state = current_state()
    return {
        "clock": state.clock.describe(),
        "faults": state.fault_plan().to_json(),
        "limits": limits.active(state).to_json(),
    }


#: The highest ``?page=`` / ``?limit=`` the pages read: past any store, within SQLite's integers.
MAX_WHOLE = 1_000_000_000


def _whole(name: str, default: int) -> int:
    text = request.args.get(name, "")
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_WHOLE)):
        return default
    return min(int(text), MAX_WHOLE)


@bp.get("/", strict_slashes=False)
@bp.get("/tasks")
def tasks() -> str:
    state = current_state()
    args = request.args
    wanted = TaskFilter(
        owner=args.get("owner", ""),
        family=args.get("family", ""),
        status=args.get("status", ""),
        design=args.get("design", ""),
    )
    now = state.clock.now_ms()
    page = max(_whole("page", 1), 1)
    offset = (page - 1) * PAGE_SIZE
    owner, operations = wanted.owner or None, wanted.operations(state)
    if wanted.status or wanted.design:  # decided per task: look through the newest SCANNED
        records = state.store.tasks.newest(owner, operations, SCANNED)
    else:  # the page itself, and one more to know whether another page follows
        records = state.store.tasks.newest(owner, operations, PAGE_SIZE + 1, offset)
        offset = 0
    rows, more = select(state, records, wanted, now, request.host_url, offset, PAGE_SIZE)
    owners = state.store.tasks.owners()
    state.store.writer.flush()  # this worker's finished exchanges teach their keys' hints first
    return _page(
        "ui/tasks.html",
        "ui/_tasks.html",
        rows=rows,
        more=more,
        page=page,
        wanted=wanted,
        now=now,
        owners=owners,
        hints=current_app.extensions[key_hints.EXTENSION].of(owners),
        families=families(state),
        statuses=STATUSES,
        designs=designs(state),
    )


@bp.get("/journal")
def journal() -> str:
    state = current_state()
    limit = min(max(_whole("limit", 100), 1), state.settings.journal_size)
    return _page("ui/journal.html", "ui/_journal.html", entries=state.store.journal.recent(limit))


@bp.get("/journal/<request_id>")
def journal_entry(request_id: str) -> str:
    state = current_state()
    entries = state.store.journal.recent(state.settings.journal_size)
    entry = next((e for e in entries if e.get("request_id") == request_id), None)
    found = current_app.extensions[EXTENSION].of(request_id)
    exchange = found.shown() if found is not None else None
    if entry is None and exchange is None:
        raise KlingError(1203, f"no journal entry has request id {request_id}")
    return render_template(
        "ui/exchange.html",
        entry=entry,
        exchange=exchange,
        request_id=request_id,
        **_controls(),
    )


@bp.get("/coverage")
def coverage_grid() -> str:
    report = admin.coverage_report().get_json()  # the admin API's report, as it answers it
    return _page("ui/coverage.html", "ui/_coverage.html", report=report)


@bp.get("/usage")
def usage_page() -> str:
    """Per account and pack: slots held against the limit, units used against the balance."""
    report = admin.usage().get_json()  # the admin API's report, as it answers it
    owners = sorted(report["accounts"])
    current_state().store.writer.flush()  # this worker's exchanges teach their keys' hints first
    return _page(
        "ui/usage.html",
        "ui/_usage.html",
        accounts={owner: report["accounts"][owner] for owner in owners},
        hints=current_app.extensions[key_hints.EXTENSION].of(owners),
    )


@bp.get("/callbacks")
def callbacks() -> str:
    state = current_state()
    queue = state.dispatcher.queue if state.dispatcher is not None else None
    found = queue.deliveries(request.args.get("task_id") or None, 200) if queue else []
    return _page("ui/callbacks.html", "ui/_callbacks.html", deliveries=found)
