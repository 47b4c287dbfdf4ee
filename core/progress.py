"""Progress reporting and cooperative cancellation for long-running core functions.

Every long function in core takes ``progress`` (called with a fraction 0..1 and an optional message)
and ``cancelled`` (returns True when the user asked to stop). Both default to no-ops, so scripts can
ignore them.
"""

from __future__ import annotations

from typing import Callable, Optional

from core.errors import Cancelled

ProgressCallback = Callable[[float, Optional[str]], None]
CancelCheck = Callable[[], bool]


def no_progress(fraction: float, message: str | None = None) -> None:
    """Ignore a progress report; returns None."""


def never_cancelled() -> bool:
    """Return False: the default cancel check for callers that cannot cancel."""
    return False


def check_cancelled(cancelled: CancelCheck) -> None:
    """Raise Cancelled when ``cancelled()`` is true; returns None otherwise."""
    if cancelled():
        raise Cancelled()


def sub_progress(progress: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """Return a callback that maps 0..1 onto ``start..end`` of ``progress`` (for steps of a larger job)."""

    def report(fraction: float, message: str | None = None) -> None:
        progress(start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return report
