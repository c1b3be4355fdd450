"""Kling business errors: code raising a ``KlingError`` names only the business code.

The error table of spec/common.yaml maps each business code to its HTTP status. The pipeline's
envelope stage (and, for what fails outside the API view, ``mockserver.http.errors``) writes the
error into the Kling envelope.
"""

from __future__ import annotations

from spec.errors import status_of_code

#: business code -> HTTP status, as spec/common.yaml lists them (its ErrorBodyNNN schemas).
STATUS_OF_CODE: dict[int, int] = status_of_code()


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
