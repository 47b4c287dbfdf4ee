"""The guard against PySide6 emits wearing out True: the reserve is kept, and emits no longer bring True near
zero (on a PySide6 with the bug, 100 emits take 100 references; the check below can fail without the guard)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop import refcount_guard


class _Emitter(QObject):
    sig = Signal(object)


def test_top_up_gives_back_what_emits_took(qtbot):
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(5_000):
        emitter.sig.emit(("x", 1))
    taken = before - sys.getrefcount(True)
    if refcount_guard.emit_takes_a_reference():
        assert taken >= 4_900  # the bug the guard is for: one reference per emit
    added = refcount_guard.top_up(minimum=before)
    assert added >= taken and sys.getrefcount(True) >= before
    refcount_guard.top_up()
    assert sys.getrefcount(True) >= refcount_guard.RESERVE and sys.getrefcount(False) >= refcount_guard.RESERVE


def test_the_app_tops_up_on_a_timer(qapp):
    timer = refcount_guard.install(qapp)
    try:
        assert timer.isActive() and timer.interval() == refcount_guard.TOP_UP_EVERY_MS
    finally:
        timer.stop()
