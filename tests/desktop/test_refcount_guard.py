"""The guard against PySide6 emits wearing out True: the reserve is kept, and emits no longer bring True near
zero (on a PySide6 with the bug, 100 emits take 100 references; the check below can fail without the guard)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop import refcount_guard


class _Emitter(QObject):
    sig = Signal(object)


def test_top_up_keeps_the_reserve_after_many_emits(qtbot):
    refcount_guard.top_up()
    emitter = _Emitter()
    for _ in range(5_000):
        emitter.sig.emit(("x", 1))
    assert sys.getrefcount(True) > refcount_guard.RESERVE // 2
    added = refcount_guard.top_up()
    assert sys.getrefcount(True) >= refcount_guard.RESERVE and sys.getrefcount(False) >= refcount_guard.RESERVE
    if refcount_guard.emit_takes_a_reference():
        assert added >= 4_900  # what the emits took was given back (give or take references made meanwhile)


def test_the_app_tops_up_on_a_timer(qapp):
    timer = refcount_guard.install(qapp)
    try:
        assert timer.isActive() and timer.interval() == refcount_guard.TOP_UP_EVERY_MS
    finally:
        timer.stop()
