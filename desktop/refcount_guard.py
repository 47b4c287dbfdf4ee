"""Keep PySide6's signal emits from wearing out ``True``.

PySide6 6.12.0's ``SignalInstance.emit`` hands back ``True`` without owning a reference to it, so every emit
made from Python takes one reference away from ``True`` (measured: 100 emits, 100 references fewer). The app
starts with about 8,000; progress reports, finished tasks and screen activity emit thousands of times an hour,
and when the count reaches zero the interpreter aborts ("bool_dealloc: deallocating True or False"). ``True``
and ``False`` are never really freed, so holding extra references to them is harmless: ``top_up`` keeps a large
reserve and the app tops it up every few seconds (a few bytes per emit, a few MB over a long day).
"""

from __future__ import annotations

import sys

RESERVE = 1_000_000  # references kept on True and False: hours of emits between two top-ups
TOP_UP_EVERY_MS = 5_000

_held: list = []


def top_up(minimum: int = RESERVE) -> int:
    """Hold enough references to ``True`` and ``False`` that each has at least ``minimum``; returns how many
    references were added."""
    added = 0
    for value in (True, False):
        missing = minimum - sys.getrefcount(value)
        if missing > 0:
            _held.extend([value] * missing)
            added += missing
    return added


def emit_takes_a_reference() -> bool:
    """Return True when this PySide6's ``emit`` takes a reference from ``True`` (the bug this module guards
    against), measured on a throwaway signal."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        sig = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(20):
        probe.sig.emit()
    return sys.getrefcount(True) < before - 10


def install(app) -> object:
    """Top the reserve up now and every few seconds while ``app`` runs; returns the QTimer (keep it)."""
    from PySide6.QtCore import QTimer

    top_up()
    timer = QTimer(app)
    timer.setInterval(TOP_UP_EVERY_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
