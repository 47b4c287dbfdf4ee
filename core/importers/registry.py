"""The list of known import formats and automatic detection by column names."""

from __future__ import annotations

from core.errors import ImportFailed
from core.importers.base import ImportFormat
from core.importers.online_retail import OnlineRetailFormat

FORMATS: dict[str, ImportFormat] = {}


def register(fmt: ImportFormat) -> ImportFormat:
    """Add a format to the registry; returns it."""
    FORMATS[fmt.key] = fmt
    return fmt


register(OnlineRetailFormat())


def get_format(key: str) -> ImportFormat:
    """Return the format registered under ``key``; raises ImportFailed with the known keys otherwise."""
    try:
        return FORMATS[key]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise ImportFailed(f"Unknown file format '{key}'; known formats are: {known}.") from None


def detect_format(columns: list[str]) -> tuple[ImportFormat | None, float]:
    """Return the best matching format for a header and its score (None, 0 when nothing fits)."""
    best, best_score = None, 0.0
    for fmt in FORMATS.values():
        score = fmt.detect(columns)
        if score > best_score:
            best, best_score = fmt, score
    if best_score < 0.75:
        return None, best_score
    return best, best_score
