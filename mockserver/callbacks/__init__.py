"""Task callbacks: POST the bare task object to ``callback_url`` on every status change.

A task's status changes are known when it is created (they follow from its plan and the mock
clock), so creating it queues one delivery per coming change, due at the mock time of that
change (``queue``). A dispatcher per process claims due deliveries with a lease, so with several
workers each is sent once, in order per task; it retries a failing receiver with exponential
backoff and records every attempt (``dispatcher``). Only allow-listed hosts are reached
(``allowlist``); with a secret every POST is signed the Standard Webhooks way (``signing``).
"""

from .allowlist import DEFAULT_HOSTS, AllowList
from .dispatcher import Dispatcher, Renderer
from .queue import DeliveryQueue
from .sender import HttpSender, Sender
from .settings import CallbackSettings
from .signing import signature, verify_signature

__all__ = [
    "DEFAULT_HOSTS",
    "AllowList",
    "CallbackSettings",
    "DeliveryQueue",
    "Dispatcher",
    "HttpSender",
    "Renderer",
    "Sender",
    "signature",
    "verify_signature",
]
