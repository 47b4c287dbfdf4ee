"""UI state kept between runs (QSettings): recent shops, last view, window geometry."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def keep_settings_in(folder: Path) -> Path:
    """Keep every QSettings() value (recent shops, language, guides) in an INI file under ``folder``.

    Used when SHOPKEEPER_HOME points the app at another data folder (tests, the self-test, a portable copy), so
    such runs neither read nor change the user's own settings. Returns the settings folder."""
    target = Path(folder) / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(target))
    return target


def isolate_if_home_set() -> Path | None:
    """Call ``keep_settings_in(SHOPKEEPER_HOME)`` when that variable is set; returns the folder or None."""
    home = os.environ.get("SHOPKEEPER_HOME")
    return keep_settings_in(Path(home)) if home else None


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
