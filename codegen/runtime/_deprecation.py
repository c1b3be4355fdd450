"""``@deprecated`` for the old names of renamed resources, with no dependency to install.

Type checkers read ``typing_extensions.deprecated`` (they ship its stubs, so nothing is installed
for it) and flag every use of an old name (mypy: ``--enable-error-code deprecated``; pyright and
IDEs strike it through). At run time the same decorator warns with ``DeprecationWarning`` from
the caller's line each time the old name is touched.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:

    def deprecated(message: str) -> Callable[[F], F]:
        """Warn ``message`` (a ``DeprecationWarning``) whenever the decorated callable is called."""

        def mark(function: F) -> F:
            @functools.wraps(function)
            def warn(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, DeprecationWarning, stacklevel=2)
                return function(*args, **kwargs)

            warn.__deprecated__ = message
            return warn

        return mark


__all__ = ["deprecated"]
