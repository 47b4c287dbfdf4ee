"""UI state kept between runs (QSettings): recent shops, last view, window geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    """Return the app's QSettings (organisation and application names are set in ``desktop.app``)."""
    return QSettings()


def recent_shops() -> list[Path]:
    """Return recently opened shop files that still exist, newest first."""
    value = settings().value("recent_shops", []) or []
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in value if Path(p).exists()]


def remember_shop(path: Path) -> None:
    """Put ``path`` first in the recent shops list; returns None."""
    items = [str(path)] + [str(p) for p in recent_shops() if Path(p) != Path(path)]
    settings().setValue("recent_shops", items[:MAX_RECENT])
