"""quick_handover shortens the interpreter's switch interval while background work runs, and restores it."""

from __future__ import annotations

import sys
import threading

from core.handover import HANDOVER_SECONDS, quick_handover


def test_interval_is_short_inside_and_restored_after():
    before = sys.getswitchinterval()
    assert before > HANDOVER_SECONDS
    with quick_handover():
        assert sys.getswitchinterval() == HANDOVER_SECONDS
    assert sys.getswitchinterval() == before


def test_overlapping_blocks_restore_the_first_interval_when_the_last_ends():
    before = sys.getswitchinterval()
    inside, release = threading.Event(), threading.Event()
    seen = []

    def background():
        with quick_handover():
            inside.set()
            release.wait(5)
        seen.append(sys.getswitchinterval())

    thread = threading.Thread(target=background)
    thread.start()
    assert inside.wait(5)
    with quick_handover(0.001):  # a longer wish inside another block keeps the shorter interval
        assert sys.getswitchinterval() == HANDOVER_SECONDS
    assert sys.getswitchinterval() == HANDOVER_SECONDS  # the background block still runs
    release.set()
    thread.join(5)
    assert seen == [before] and sys.getswitchinterval() == before


def test_interval_is_restored_when_the_work_fails():
    before = sys.getswitchinterval()
    try:
        with quick_handover():
            raise ValueError("boom")
    except ValueError:
        pass
    assert sys.getswitchinterval() == before
