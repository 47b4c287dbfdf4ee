"""Columnar copies of the order lines and the orders kept inside the shop file: loads in milliseconds (issue 20).

Every analysis starts by reading a few columns of every order line (``LINE_COLUMNS``) and of every order
(``ORDER_COLUMNS``). Even as joined text (``core.columnar``) SQLite needs about a second per million lines, and
0.6 s for 250,000 orders handed over row by row. A copy keeps those columns ready for numpy in a table of its own
(``line_copy``, ``order_copy``: one blob per column and part, in rowid order): numbers as raw arrays (int32 where
the values fit), texts joined by a separator that no value holds.

A copy is never stale: triggers on its source table (schema migrations 5 and 6) empty it when any row is added,
changed or removed, by this program or any other. An import writes fresh copies inside its own transaction (so a
table and its copy commit together); a load that finds no copy reads the table and stores one when the shop is free
to write, and otherwise simply reads the table. A load always gives the frame the table itself would give.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Callable

import numpy as np
import pandas as pd

from core.columnar import read_columns

PART_ROWS = 50_000_000
"""Rows per stored blob: 400 MB at 8 bytes a value, well below SQLite's default 1 GB blob limit."""

SEPARATOR, MISSING = "\x1f", "\x1e"
"""A copied text column is its values joined by the unit separator, a missing value written as the record
separator; a column holding either character is not copied (the table is read instead)."""

LINE_COLUMNS = {
    "order_id": ("order_id", np.int64), "product_id": ("product_id", np.int64), "quantity": ("quantity", np.float64),
    "net_minor": ("COALESCE(net_minor, line_total_minor)", np.int64),
    "unit_price_minor": ("unit_price_minor", np.int64),
    "gross_minor": ("COALESCE(gross_minor, line_total_minor)", np.int64)}
"""The order_lines columns every load of orders and lines reads (``core.data``): name → (SQL, numpy dtype)."""

ORDER_COLUMNS = ["id", "external_id", "customer_id", "ordered_at", "is_cancelled", "country", "currency"]
"""The orders columns every load of orders and lines reads (``core.data``), in this order."""


@dataclass(frozen=True)
class TableCopy:
    """One copied table: its copy table, each copied column's definition (a change of definition makes an older
    copy unusable) and how to read the frame from the table itself."""

    copy_table: str
    definitions: dict[str, str]
    read_table: Callable[[sqlite3.Connection], pd.DataFrame]


def _read_line_table(conn: sqlite3.Connection) -> pd.DataFrame:
    return pd.DataFrame(read_columns(conn, "order_lines", LINE_COLUMNS), copy=False)


def _read_order_table(conn: sqlite3.Connection) -> pd.DataFrame:
    return pd.read_sql_query(f"SELECT {', '.join(ORDER_COLUMNS)} FROM orders ORDER BY id", conn)


LINES = TableCopy("line_copy", {name: sql for name, (sql, _dtype) in LINE_COLUMNS.items()}, _read_line_table)
"""The order lines' copy: LINE_COLUMNS as arrays in rowid order."""

ORDERS = TableCopy("order_copy", {name: name for name in ORDER_COLUMNS}, _read_order_table)
"""The orders' copy: ORDER_COLUMNS by id, as ``pandas.read_sql_query`` gives them."""

COPIES = (LINES, ORDERS)


def _narrowest(values: np.ndarray) -> np.ndarray:
    """Return integer ``values`` as int32 when they all fit (half the bytes to store and read), else unchanged."""
    if values.dtype.kind == "i" and len(values) and values.dtype.itemsize > 4:
        info = np.iinfo(np.int32)
        if values.min() >= info.min and values.max() <= info.max:
            return values.astype(np.int32)
    return values


def encoded_column(column: pd.Series) -> tuple[str, list[bytes]] | None:
    """Return (kind, blob per part) for one column, or None when it cannot be copied exactly. The kind of a number
    column is "<stored dtype>:<dtype>" (stored narrower where the values fit); of a time column
    "time:<unit>:<zone>" (its whole numbers; zone "" or "UTC"); of a text column "str" (pandas' text), "text"
    (object dtype, every value a text) or "none" (every value missing, as read_sql_query gives such a column)."""
    if column.dtype.kind in "iufb" and not isinstance(column.dtype, pd.api.extensions.ExtensionDtype):
        values = np.ascontiguousarray(column.to_numpy())
        stored = _narrowest(values)
        return f"{stored.dtype.str}:{values.dtype.str}", _parts(stored)
    if column.dtype.kind == "M":
        zone = getattr(column.dtype, "tz", None)
        if zone is not None and str(zone) != "UTC":
            return None  # a local zone's wall times would not come back the same way
        unit = np.datetime_data(getattr(column.dtype, "base", column.dtype))[0]
        values = column.dt.tz_localize(None) if zone is not None else column
        return f"time:{unit}:{zone or ''}", _parts(np.ascontiguousarray(values.to_numpy().view(np.int64)))
    missing = column.isna().to_numpy()
    is_text = isinstance(column.dtype, pd.StringDtype) and column.dtype.na_value is np.nan
    if is_text or (column.dtype == object and missing.all()):
        kind = "str" if is_text else "none"
    elif column.dtype == object and not missing.any():
        kind = "text"
    else:
        return None  # any other kind of column is read from the table
    values = column.to_numpy(dtype=object)
    present = values[~missing]
    if len(present) and pd.api.types.infer_dtype(present, skipna=False) != "string":
        return None  # a value that is not a text
    joined = SEPARATOR.join(present)  # checked in one piece (a value's separator or marker shows in it)
    if joined.count(SEPARATOR) != max(len(present) - 1, 0) or MISSING in joined:
        return None  # a value holds a separator: the split would not give the values back
    texts = np.where(missing, MISSING, values).tolist()
    blobs = [SEPARATOR.join(texts[start:start + PART_ROWS]).encode("utf-8")
             for start in range(0, max(len(texts), 1), PART_ROWS)]
    return kind, blobs


def _parts(values: np.ndarray) -> list[bytes]:
    """Return the bytes of ``values`` in parts of at most PART_ROWS values (one part when empty)."""
    return [values[start:start + PART_ROWS].tobytes() for start in range(0, max(len(values), 1), PART_ROWS)]


def decoded_column(kind: str, blobs: list[bytes], rows: int) -> pd.Series | np.ndarray:
    """Return one column of ``rows`` rows from its kind and blobs (see ``encoded_column``); ``rows`` is only
    read for text kinds."""
    if kind in ("str", "none", "text"):
        values = np.array(SEPARATOR.join(blob.decode("utf-8") for blob in blobs).split(SEPARATOR) if rows else [],
                          dtype=object)
        if kind != "text":
            values[values == MISSING] = None
        return pd.Series(values, dtype="str" if kind == "str" else object)
    if kind.startswith("time:"):
        _time, unit, zone = kind.split(":")
        series = pd.Series(_joined(blobs, np.dtype(np.int64)).view(f"M8[{unit}]"))
        return series.dt.tz_localize(zone) if zone else series
    stored, dtype = kind.split(":")
    return _joined(blobs, np.dtype(stored)).astype(np.dtype(dtype))


def _joined(blobs: list[bytes], dtype: np.dtype) -> np.ndarray:
    pieces = [np.frombuffer(blob, dtype=dtype) for blob in blobs]
    return np.concatenate(pieces) if len(pieces) > 1 else pieces[0]


def read_copy(conn: sqlite3.Connection, copy: TableCopy) -> pd.DataFrame | None:
    """Return the copied frame, or None when the copy does not hold every column as defined now (no copy yet,
    the table changed since, or an older definition)."""
    try:
        stored = conn.execute(f"SELECT name, part, definition, dtype FROM {copy.copy_table} "
                              "ORDER BY name, part").fetchall()
    except sqlite3.OperationalError:  # a shop from before the copy existed, opened without migrating
        return None
    parts: dict[str, list[tuple[int, str, str]]] = {}
    for name, part, definition, kind in stored:
        parts.setdefault(name, []).append((part, definition, kind))
    for name, sql in copy.definitions.items():
        found = parts.get(name)
        if not found or any(definition != sql for _part, definition, _kind in found) \
                or [part for part, *_ in found] != list(range(len(found))):
            return None
    blobs: dict[str, list[bytes]] = {name: [] for name in copy.definitions}
    for name, data in conn.execute(f"SELECT name, data FROM {copy.copy_table} ORDER BY name, part"):  # one read
        if name in blobs:
            blobs[name].append(data)
    numbers = [name for name in copy.definitions if ":" in parts[name][0][2]]
    if not numbers:
        return None  # the rows are counted by a number column (every copy has one)
    columns = {name: decoded_column(parts[name][0][2], blobs[name], -1) for name in numbers}
    rows = {len(values) for values in columns.values()}
    if len(rows) > 1:
        return None
    row_count = rows.pop()
    for name in copy.definitions:
        if name not in columns:
            columns[name] = decoded_column(parts[name][0][2], blobs[name], row_count)
            if len(columns[name]) != row_count:
                return None
    return pd.DataFrame({name: columns[name] for name in copy.definitions}, copy=False)


def store_copy(conn: sqlite3.Connection, copy: TableCopy, frame: pd.DataFrame) -> bool:
    """Replace the stored copy with ``frame`` (read from the table in this transaction); returns False (and
    stores nothing) when a column cannot be copied exactly."""
    if frame.empty:
        return False  # an empty table reads at once (and read_sql_query types an empty frame's columns apart)
    rows = []
    for name, sql in copy.definitions.items():
        encoded = encoded_column(frame[name])
        if encoded is None:
            return False
        kind, blobs = encoded
        rows.extend((name, part, sql, kind, blob) for part, blob in enumerate(blobs))
    conn.execute(f"DELETE FROM {copy.copy_table}")
    conn.executemany(f"INSERT INTO {copy.copy_table}(name, part, definition, dtype, data) VALUES (?, ?, ?, ?, ?)",
                     rows)
    return True


def has_copy(conn: sqlite3.Connection, copy: TableCopy) -> bool:
    """Return True when the stored copy holds every column as defined now (without reading it)."""
    stored = dict(conn.execute(f"SELECT name, definition FROM {copy.copy_table} WHERE part = 0").fetchall())
    return all(stored.get(name) == sql for name, sql in copy.definitions.items())


def discard_copies(conn: sqlite3.Connection) -> None:
    """Remove every copy before a write transaction changes many rows; returns None. The triggers would empty
    them at the first change anyway, but then their deletes count in ``total_changes`` (an import counts its rows
    by it); ``keep_copies`` at the end of the transaction stores new ones."""
    for copy in COPIES:
        conn.execute(f"DELETE FROM {copy.copy_table}")


def keep_copies(conn: sqlite3.Connection) -> None:
    """Store a fresh copy of each table whose copy is not whole; returns None. Call at the end of the write
    transaction that changed the tables (an import), so the tables and their copies commit together."""
    for copy in COPIES:
        if not has_copy(conn, copy):
            store_copy(conn, copy, copy.read_table(conn))


def copied_frame(conn: sqlite3.Connection, copy: TableCopy) -> pd.DataFrame:
    """Return the copied columns of every row of the table: from the copy when it is there, else read from the
    table and, when the shop can be written at once, stored as the copy for the next load."""
    frame = read_copy(conn, copy)
    if frame is not None:
        return frame
    if conn.in_transaction:  # the caller's own transaction: read its view, store nothing behind its back
        return copy.read_table(conn)
    return _read_and_store(conn, copy)


def line_columns(conn: sqlite3.Connection) -> dict[str, np.ndarray]:
    """Return LINE_COLUMNS of every order line in rowid order, as arrays of their dtypes (``copied_frame``)."""
    frame = copied_frame(conn, LINES)
    return {name: frame[name].to_numpy().astype(dtype, copy=False) for name, (_sql, dtype) in LINE_COLUMNS.items()}


def _read_and_store(conn: sqlite3.Connection, copy: TableCopy) -> pd.DataFrame:
    """Read the table under a write lock taken without waiting and store its copy; when the shop is busy (an
    import is writing) or read-only, just read the table."""
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        return copy.read_table(conn)
    conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    try:
        frame = read_copy(conn, copy)  # another process may have stored it meanwhile
        if frame is None:
            frame = copy.read_table(conn)
            store_copy(conn, copy, frame)
        conn.execute("COMMIT")
        return frame
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return copy.read_table(conn)
