"""Writing tables to files the owner opens in a spreadsheet, safely.

Any text cell starting with ``= + - @``, a tab or a carriage return is prefixed with ``'`` so that
spreadsheets show it as text instead of running it as a formula (CSV injection).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """Return ``value`` with a leading ``'`` if it is text a spreadsheet would treat as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` with every text cell neutralised (numbers are left as numbers)."""
    safe = frame.copy()
    for name in safe.columns:
        if safe[name].dtype == object or pd.api.types.is_string_dtype(safe[name]):
            safe[name] = safe[name].map(neutralise_cell)
    return safe


def write_safe_csv(frame: pd.DataFrame, path: str | Path, encoding: str = "utf-8-sig") -> Path:
    """Write ``frame`` to a CSV (UTF-8 with BOM so Excel reads accents) with formula cells neutralised; returns the path."""
    path = Path(path)
    neutralise_frame(frame).to_csv(path, index=False, encoding=encoding, quoting=csv.QUOTE_MINIMAL)
    return path
