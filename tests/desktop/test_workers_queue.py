"""Background work (for screens not shown) waits behind the shown screen's work and runs one piece at a time."""

from __future__ import annotations

import threading

from desktop.workers import promote, start_task, wait_for_tasks


def _work(name, log, release=None, cancelled=None):
    """Worker: note the start, wait for ``release`` when given, note the end; returns ``name``."""
    log.append(("start", name))
    if release is not None:
        release.wait(10)
    log.append(("end", name))
    return name


def test_background_work_waits_for_the_shown_screen_and_runs_one_at_a_time(qtbot):
    log: list = []
    release = threading.Event()
    front = start_task(_work, "front", log, release)
    first = start_task(_work, "first", log, background=True)
    second = start_task(_work, "second", log, background=True)
    qtbot.wait(200)
    assert ("start", "first") not in log and ("start", "second") not in log  # waiting behind "front"
    release.set()
    assert wait_for_tasks(10_000)
    assert [first.result, second.result, front.result] == ["first", "second", "front"]
    starts = [entry for entry in log if entry[0] == "start"]
    assert starts[0] == ("start", "front")
    # one background task at a time: "first" ended before "second" started
    assert log.index(("end", "first")) < log.index(("start", "second"))


def test_promoted_work_runs_at_once_and_cancelled_waiting_work_never_runs(qtbot):
    log: list = []
    release = threading.Event()
    blocker = start_task(_work, "blocker", log, release)
    shown = start_task(_work, "shown", log, background=True)
    dropped = start_task(_work, "dropped", log, background=True)
    promote(shown)  # its screen was shown: it runs beside the foreground work
    qtbot.waitUntil(lambda: ("end", "shown") in log, timeout=5_000)
    dropped.cancel()
    release.set()
    assert wait_for_tasks(10_000)
    assert ("start", "dropped") not in log
    assert dropped.error is not None and blocker.result == "blocker"
