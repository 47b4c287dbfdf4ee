"""A columnar copy of the order lines kept inside the shop file: a million lines read in milliseconds (issue 20).

Every analysis starts by reading a few numeric columns of every order line (``core.data.LINE_COLUMNS``). Even as
joined text (``core.columnar``) SQLite needs about a second per million lines for that. The copy keeps those
columns as raw arrays in the ``line_copy`` table (one blob per column, in rowid order, cut in parts far below
SQLite's blob limit), so a load is one small query.

The copy is never stale: triggers on ``order_lines`` (schema migration 5) empty it when any line is added, changed
or removed, by this program or any other. An import writes a fresh copy inside its own transaction (so the copy
and the lines commit together); a load that finds no copy reads the table and stores one when the shop is free to
write, and otherwise simply reads the table.
"""

from __future__ import annotations

import sqlite3

import numpy as np

from core.columnar import read_columns

PART_ROWS = 50_000_000
"""Rows per stored blob: 400 MB at 8 bytes a value, well below SQLite's default 1 GB blob limit."""

ColumnSpec = dict[str, tuple[str, type]]
"""Output name → (SQL expression over order_lines, numpy dtype), as ``core.columnar.read_columns`` takes."""

LINE_COLUMNS: ColumnSpec = {
    "order_id": ("order_id", np.int64), "product_id": ("product_id", np.int64), "quantity": ("quantity", np.float64),
    "net_minor": ("COALESCE(net_minor, line_total_minor)", np.int64), "unit_price_minor": ("unit_price_minor", np.int64),
    "gross_minor": ("COALESCE(gross_minor, line_total_minor)", np.int64)}
"""The order_lines columns every load of orders and lines reads (``core.data``), as the copy holds them."""


def _narrowest(values: np.ndarray) -> np.ndarray:
    """Return integer ``values`` as int32 when they all fit (half the bytes to store and read), else unchanged."""
    if values.dtype.kind == "i" and len(values) and values.dtype.itemsize > 4:
        info = np.iinfo(np.int32)
        if values.min() >= info.min and values.max() <= info.max:
            return values.astype(np.int32)
    return values


def read_copy(conn: sqlite3.Connection, columns: ColumnSpec = LINE_COLUMNS) -> dict[str, np.ndarray] | None:
    """Return ``{name: array}`` of every order line from the stored copy, or None when the copy does not hold
    all of ``columns`` as they are defined now (no copy yet, the lines changed since, or an older definition)."""
    try:
        stored = conn.execute("SELECT name, part, definition, dtype FROM line_copy ORDER BY name, part").fetchall()
    except sqlite3.OperationalError:  # a shop from before the copy existed, opened without migrating
        return None
    parts: dict[str, list[tuple[int, str, str]]] = {}
    for name, part, definition, dtype in stored:
        parts.setdefault(name, []).append((part, definition, dtype))
    for name, (sql, _dtype) in columns.items():
        found = parts.get(name)
        if not found or any(definition != sql for _part, definition, _kind in found) \
                or [part for part, *_ in found] != list(range(len(found))):
            return None
    arrays = {}
    cursor = conn.execute("SELECT name, data FROM line_copy ORDER BY name, part")  # one read: one state
    pieces: dict[str, list[np.ndarray]] = {name: [] for name in columns}
    kinds = {name: [np.dtype(kind) for _part, _definition, kind in parts[name]] for name in columns}
    for name, data in cursor:  # one blob at a time: each is turned into its column and let go
        if name in pieces:
            pieces[name].append(np.frombuffer(data, dtype=kinds[name][len(pieces[name])]).astype(columns[name][1]))
    for name, found in pieces.items():
        arrays[name] = np.concatenate(found) if len(found) > 1 else found[0]
    if len({len(values) for values in arrays.values()}) > 1:
        return None
    return arrays


def write_copy(conn: sqlite3.Connection, columns: ColumnSpec = LINE_COLUMNS) -> dict[str, np.ndarray]:
    """Read ``columns`` of every order line from the table and store them as the copy; returns the arrays."""
    arrays = read_columns(conn, "order_lines", columns)
    store_copy(conn, columns, arrays)
    return arrays


def has_copy(conn: sqlite3.Connection, columns: ColumnSpec = LINE_COLUMNS) -> bool:
    """Return True when the stored copy holds every one of ``columns`` as defined now (without reading it)."""
    stored = dict(conn.execute("SELECT name, definition FROM line_copy WHERE part = 0").fetchall())
    return all(stored.get(name) == sql for name, (sql, _dtype) in columns.items())


def discard_copy(conn: sqlite3.Connection) -> None:
    """Remove the copy before a write transaction changes many lines; returns None. The triggers would empty it
    at the first change anyway, but then their deletes count in ``total_changes`` (an import counts its lines
    by it); ``keep_copy`` at the end of the transaction stores the new one."""
    conn.execute("DELETE FROM line_copy")


def keep_copy(conn: sqlite3.Connection) -> None:
    """Store a fresh copy unless the current one is still whole; returns None. Call at the end of the write
    transaction that changed the lines (an import), so the lines and their copy commit together."""
    if not has_copy(conn):
        write_copy(conn)


def store_copy(conn: sqlite3.Connection, columns: ColumnSpec, arrays: dict[str, np.ndarray]) -> None:
    """Replace the stored copy with ``arrays`` (read from the lines as they are in this transaction); returns
    None."""
    conn.execute("DELETE FROM line_copy")
    rows = []
    for name, (sql, _dtype) in columns.items():
        values = _narrowest(np.ascontiguousarray(arrays[name]))
        for part, start in enumerate(range(0, max(len(values), 1), PART_ROWS)):
            piece = values[start:start + PART_ROWS]
            rows.append((name, part, sql, piece.dtype.str, piece.tobytes()))
    conn.executemany("INSERT INTO line_copy(name, part, definition, dtype, data) VALUES (?, ?, ?, ?, ?)", rows)


def line_columns(conn: sqlite3.Connection, columns: ColumnSpec = LINE_COLUMNS) -> dict[str, np.ndarray]:
    """Return ``{name: array}`` of every order line in rowid order: from the copy when it is there, else read from
    the table and, when the shop can be written at once, stored as the copy for the next load."""
    arrays = read_copy(conn, columns)
    if arrays is not None:
        return arrays
    if conn.in_transaction:  # the caller's own transaction: read its view, store nothing behind its back
        return read_columns(conn, "order_lines", columns)
    return _read_and_store(conn, columns)


def _read_and_store(conn: sqlite3.Connection, columns: ColumnSpec) -> dict[str, np.ndarray]:
    """Read the lines under a write lock taken without waiting and store the copy; when the shop is busy (an
    import is writing) or read-only, just read the lines."""
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        return read_columns(conn, "order_lines", columns)
    conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    try:
        arrays = read_copy(conn, columns)  # another process may have stored it meanwhile
        if arrays is None:
            arrays = write_copy(conn, columns)
        conn.execute("COMMIT")
        return arrays
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return read_columns(conn, "order_lines", columns)
