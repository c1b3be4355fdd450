"""Kling business errors: code raising a ``KlingError`` names only the business code.

The error table of spec/common.yaml maps each business code to its HTTP status. The pipeline's
envelope stage (and, for what fails outside the API view, ``mockserver.http.errors``) writes the
error into the Kling envelope.
"""

from __future__ import annotations

from spec.errors import codes_of, status_of_code

#: business code -> HTTP status, as spec/common.yaml's error table (x-kling-errors) lists them.
STATUS_OF_CODE: dict[int, int] = status_of_code()


def meaning(code: int) -> str:
    """What a business code means, in the error table's words ("" for a code it does not list)."""
    entry = codes_of().get(code)
    return entry.meaning if entry is not None else ""


class KlingError(Exception):
    """An answer in the error envelope; the HTTP status follows from the business code."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    @property
    def status(self) -> int:
        return STATUS_OF_CODE[self.code]

    @property
    def headers(self) -> dict[str, str]:
        """Headers the error answer carries besides the envelope (none by default)."""
        return {}
