"""Hand the interpreter over sooner while a background thread of numpy steps runs beside Python-heavy work.

CPython lets a running thread keep the interpreter lock for up to the switch interval (5 ms by default) after another
thread asks for it. A thread that alternates short Python steps with long numpy steps (which release the lock), such
as the picks' evaluation the report works out while it draws its other pages, then waits up to 5 ms after every numpy
step while the drawing holds the interpreter: with a pure-Python thread beside it the 1M-line shop's evaluation took
25 s instead of 17 s (0.5 ms interval) on a loaded machine. ``quick_handover`` shortens the interval while such a
thread runs and restores the process's own interval when the last one ends.
"""

from __future__ import annotations

import sys
import threading
from contextlib import contextmanager

HANDOVER_SECONDS = 0.0005

_lock = threading.Lock()
_active = 0
_previous: float | None = None


@contextmanager
def quick_handover(seconds: float = HANDOVER_SECONDS):
    """Within the ``with`` block the switch interval is at most ``seconds``; the interval the process had before
    the first of several overlapping blocks comes back when the last of them ends. Yields None."""
    global _active, _previous
    with _lock:
        if _active == 0:
            _previous = sys.getswitchinterval()
        _active += 1
        sys.setswitchinterval(min(sys.getswitchinterval(), seconds))
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _previous is not None:
                sys.setswitchinterval(_previous)
                _previous = None
