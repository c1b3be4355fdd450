"""Every bound on a value the admin API or the command line accepts, in one place, with its reason.

A value outside its bound is refused (400/1201 in the Kling envelope, or one line and exit 2 on the
command line) before it is stored, so no setting can leave the mock unable to answer.
"""

from __future__ import annotations

MAX_SPEED = 10_000.0
"""Mock seconds per real second. At 10,000 a 10-minute callback backoff passes in 60 ms of real
time, so more is never needed; and mock time then takes ~290 days of uptime to reach MAX_MOCK_MS.
(``{"speed": 1e300}`` used to overflow every later timestamp.)"""

MAX_MOCK_MS = 253_402_300_799_999
"""9999-12-31T23:59:59.999Z: the last instant Python's datetime and four-digit ISO 8601 years can
show, so every client can still turn ``created_at`` into a date. The clock stops there."""

MAX_ADVANCE_MS = 366 * 24 * 3600 * 1000
"""One ``advance_ms`` moves the clock at most a year: past the longest period Kling documents
(30-day retention of results) and every plan, backoff and window the mock simulates; repeat it to
go further."""

MAX_LIST_LIMIT = 10_000
"""``?limit=`` of the admin lists: enough for any test run, small enough for one JSON answer."""

MAX_RETRY_AFTER_S = 3_600
"""``Retry-After`` of an injected fault, in whole seconds: longer would only stall a CI run (the
generated client waits at most 60 s anyway)."""

MAX_FAULT_PATHS = 100
"""Glob patterns of a fault plan; each request is matched against all of them."""

MAX_FAULT_PATH_CHARS = 1_000
"""Characters of one glob pattern (the URL limit of a request is 8,000 bytes)."""

MAX_JSON_MEMBERS = 10_000
"""Members of one JSON object or items of one array in a body: a Kling body has a few dozen
fields and lists of a few images; a body of a million unknown keys would cost a warning each
(time and memory for nothing), so it is refused as not a Kling body (400/1200)."""

MAX_JSON_DEPTH = 64
"""Nesting of a JSON body: Kling bodies nest at most about five levels; deeper input would only
exhaust the recursion of the validators that walk it."""

MAX_URL_BYTES = 8_000
"""Path and query of a request, as received: the usual limit of HTTP gateways (nginx's 8 KiB header
buffers, gunicorn's 8,190-byte request line), which real Kling traffic passes through too."""

MAX_HEADER_BYTES = 8_000
"""One request header, name and value: a JWT is a few hundred bytes."""

MAX_SLOTS = 100_000
"""Concurrency slots of one resource pack: Kling's plans allow a few dozen parallel tasks; leave the
pack out for no limit."""

MAX_UNITS = 1e12
"""Units of one resource pack's balance: far past any pack Kling sells (thousands of units)."""

MAX_RATE_LIMIT = 1_000_000
"""Requests of one account per rate window; leave ``rate_limit`` out for no limit."""

MAX_RATE_WINDOW_MS = MAX_ADVANCE_MS
"""The rate limit's sliding window, a year at most: a request is remembered that long. (A window
past SQLite's integers made every create answer 500.)"""

PORTS = (1, 65_535)
"""TCP ports ``kling-mock serve --port`` can bind."""


def within(value: float, low: float, high: float) -> bool:
    """True for a finite number in [low, high] (NaN is never within)."""
    return low <= value <= high
