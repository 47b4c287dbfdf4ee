"""Starting the app without a screen prints one sentence and exits non-zero instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import NO_SCREEN, screen_missing

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("environ, missing", [
    ({}, True),
    ({"DISPLAY": ":0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),  # xcb needs X, not Wayland
    ({"QT_QPA_PLATFORM": "wayland"}, True),
    ({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
])
def test_screen_missing_on_linux(environ, missing):
    assert screen_missing(environ, "linux") is missing


def test_windows_and_macos_always_have_a_screen():
    assert not screen_missing({}, "win32")
    assert not screen_missing({}, "darwin")


def test_no_display_prints_one_sentence_and_exits_non_zero():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "desktop"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    if sys.platform.startswith(("win", "darwin")):
        pytest.skip("Windows and macOS always have a screen")
    assert done.returncode != 0
    assert done.stderr.strip() == NO_SCREEN == "no screen found: run on a desktop or use --selftest"
    assert done.stdout == ""
