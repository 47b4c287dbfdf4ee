"""Writing tables to files the owner opens in a spreadsheet, safely.

Any text cell starting with ``= + - @``, a tab or a carriage return is prefixed with ``'`` so that
spreadsheets show it as text instead of running it as a formula (CSV injection). Two kinds of cell are left
as they are, because the prefix would corrupt them and they cannot run:

* plain numbers written as text (``-5``, ``+3.20``, ``-1,5``): a spreadsheet reads them as the number;
* e-mail addresses made only of letters, digits and ``. _ % + -`` around one ``@`` with a dotted domain
  (``+jane@x.com``, ``-orders@shop.pl``). Mailchimp, Klaviyo and Shopify import the raw text, and a ``'``
  prefix would make the address invalid there. Why such a cell is harmless in a spreadsheet: everything
  that lets a formula act or leak - a function call ``HYPERLINK(...)`` / ``WEBSERVICE(...)`` (needs
  parentheses), a DDE link ``cmd|' /C calc'!A0`` (needs ``|`` and ``!``), an external reference
  (``!``, ``[``), a string (``"``) - uses characters outside that set. At worst Excel reads
  ``-jane@x.com`` as the formula ``=-jane@x.com``, finds no name ``jane`` and shows ``#NAME?`` in the
  grid (LibreOffice's CSV import does not evaluate formulas by default and shows the text); the file on
  disk keeps the address intact. Such cells are written quoted in the CSV.

The files are written all-or-nothing (``core.atomic.atomic_write``): a failure leaves any earlier file intact.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from core.atomic import atomic_write

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
SAFE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def is_plain_number(text: str) -> bool:
    """Return True for text that is only a number (``-5``, ``+3.20``, ``1,5``, ``-1e3``)."""
    return _PLAIN_NUMBER.fullmatch(text) is not None


def is_safe_email(text: str) -> bool:
    """Return True for an e-mail address whose characters cannot form a harmful formula (see module doc)."""
    return SAFE_EMAIL.fullmatch(text) is not None


def neutralise_cell(value):
    """Return ``value`` with a leading ``'`` if it is text a spreadsheet would treat as a formula.

    Plain numbers and safe e-mail addresses (see the module doc) are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not is_plain_number(value) \
            and not is_safe_email(value):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` with every text cell neutralised (numbers are left as numbers)."""
    safe = frame.copy()
    for position in range(safe.shape[1]):
        column = safe.iloc[:, position]
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            safe.isetitem(position, column.map(neutralise_cell))
    return safe


def _kept_emails(frame: pd.DataFrame) -> set[str]:
    """Return the cell texts starting with + or - that are kept as safe e-mails (the CSV quotes them)."""
    found = set()
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            for value in column.dropna().unique():
                if isinstance(value, str) and value[:1] in ("+", "-") and is_safe_email(value):
                    found.add(value)
    return found


def write_safe_csv(frame: pd.DataFrame, path: str | Path, encoding: str = "utf-8-sig") -> Path:
    """Write ``frame`` to a CSV (UTF-8 with BOM so Excel reads accents) with formula cells neutralised; returns the path.

    Written all-or-nothing (``core.atomic``): a full disk or a read-only folder raises ``core.atomic.WriteFailed``
    and leaves any earlier file unchanged. E-mail cells starting with ``+`` or ``-`` are kept and quoted.
    """
    path = Path(path)
    safe = neutralise_frame(frame)
    kept = _kept_emails(safe)
    with atomic_write(path, "w", encoding=encoding, newline="") as handle:
        if not kept:
            safe.to_csv(handle, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        else:
            _write_quoting(handle, safe.to_csv(index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n"), kept)
    return path


def _write_quoting(handle, text: str, kept: set[str]) -> None:
    """Write the CSV ``text`` (as pandas rendered it) to ``handle`` again, with the cells in ``kept`` quoted."""
    for row in csv.reader(io.StringIO(text, newline="")):
        line = ",".join(_quoted(cell) if cell in kept else _minimal(cell) for cell in row)
        handle.write((line or '""') + "\n")


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def _minimal(cell: str) -> str:
    return _quoted(cell) if any(ch in cell for ch in ',"\r\n') else cell
