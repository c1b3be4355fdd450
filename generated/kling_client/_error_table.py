"""The spec's error table as the client acts on it: each business code's error class, and the
codes worth trying again later. Generated from spec/ (its error table) by kling-codegen: do
not edit.

::

    KlingError                      code, message, request_id, status on every error
    ├── APIError                    the server answered with a non-zero business code
    │   ├── AuthenticationError         401 / 1000-1004 (missing, invalid, expired credentials)
    │   ├── PermissionDeniedError       403 / 1103; 429 / 1304 (no API or model access, IP list)
    │   ├── InvalidRequestError         400 / 1200, 1201 (also raised by client-side validation)
    │   ├── ContentPolicyError          400 / 1300, 1301 (a policy or content-security rule fired)
    │   ├── NotFoundError               404 / 1202, 1203 (no such route or task)
    │   ├── RateLimitError              429 / 1302 (too many requests; retried)
    │   │   └── ConcurrencyLimitError   429 / 1303 (too many running tasks; retried)
    │   ├── InsufficientBalanceError    429 / 1100-1102 (account, arrears, resource pack used up)
    │   └── ServerError                 5xx / 5000-5002 (retried)
    ├── APIConnectionError          no answer: DNS, refused connection, broken socket (retried)
    │   └── APITimeoutError         no answer within the per-call timeout (retried)
    ├── TaskFailedError             the task ended with its design's failed status
    └── WaitTimeoutError            wait() gave up before the task finished
"""

from __future__ import annotations

from ._errors import ErrorTable

ERRORS = ErrorTable(
    by_code={
        1000: "AuthenticationError",
        1001: "AuthenticationError",
        1002: "AuthenticationError",
        1003: "AuthenticationError",
        1004: "AuthenticationError",
        1100: "InsufficientBalanceError",
        1101: "InsufficientBalanceError",
        1102: "InsufficientBalanceError",
        1103: "PermissionDeniedError",
        1200: "InvalidRequestError",
        1201: "InvalidRequestError",
        1202: "NotFoundError",
        1203: "NotFoundError",
        1300: "ContentPolicyError",
        1301: "ContentPolicyError",
        1302: "RateLimitError",
        1303: "ConcurrencyLimitError",
        1304: "PermissionDeniedError",
        5000: "ServerError",
        5001: "ServerError",
        5002: "ServerError",
    },
    retried=frozenset([1302, 1303, 5000, 5001, 5002]),
)
