"""Results kept inside the shop file (issue 20): the customer overview, a model fit of a second or two on a large
shop, is worked out once per state of the shop's data, not once per screen and session of the app.

A kept result is a dataclass holding frames, numbers, texts, times and Messages. It is written as data, never as
pickled objects (a shop file may come from elsewhere): every frame column as a blob (``core.table_copy``'s column
encoding), everything else as tagged JSON that names only the dataclasses the caller allows.

A kept result is never stale:
- triggers (schema migration 7) empty ``result_copy`` when any order, line, product, customer or setting is added,
  changed or removed, by this program or any other, so an erased customer leaves it in the same transaction;
- it is stored only when nothing was committed to the shop between the reads it was made from and the store (by
  the connection ``core.load_cache`` watches the shop with: its own commit does not make the process's frames
  stale);
- it is used only by the code that made it (``code_fingerprint``): a newer program works it out again.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

import core
from core.load_cache import shared_result, state_of, write_unchanged
from core.messages import Count, Day, Message, Money, Number, Percent
from core.table_copy import decoded_column, encoded_column

TABLE = "result_copy"
META = "meta"
"""The row holding a result's tagged JSON (each frame column is a row of its own, named ``<frame>/<column>``)."""
TAGGED = "tagged"
"""The kind of an object column kept as numbers into its distinct values' tagged JSON (``_tagged_column``)."""
ARGUMENT_CLASSES = (Count, Number, Percent, Money, Day)
"""The typed Message arguments a kept result may hold."""


class _NotKept(Exception):
    """The value holds something this module does not write exactly (the result is then simply not kept)."""


@functools.cache
def code_fingerprint() -> str:
    """Return a digest of the program's core code: of every core source file, or of the built app's executable
    (its size and time) when it runs frozen. A result kept by other code is not used."""
    digest = hashlib.sha256(core.__version__.encode())
    if getattr(sys, "frozen", False):
        stat = os.stat(sys.executable)
        digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
        return digest.hexdigest()
    root = Path(core.__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def kept_result(db, key: tuple, build: Callable[[], object], classes: tuple[type, ...]):
    """Return the result kept in the shop ``db`` under ``key`` (a tuple of texts and numbers) when there is one
    made from the shop's current data by this code, else ``build()``, kept for the next time when the shop is
    free to write at once. ``classes`` are the dataclasses the result is made of."""
    key_text = json.dumps(list(key))
    kept = read_result(db.conn, key_text, classes)  # valid in any transaction too: a change there emptied it
    if kept is not None:
        return kept
    token = state_of(db)  # None inside the caller's own transaction, or for a shop without a file
    value = build()
    # kept only when nothing was committed since the reads it was made from (checked under the write lock), by
    # the connection that watches the shop for the process, so the frames the process keeps stay current
    write_unchanged(token, lambda conn: store_result(conn, key_text, value))
    return value


def shared_kept(db, key: tuple, build: Callable[[], object], classes: tuple[type, ...]):
    """Return ``build()``'s result for the shop ``db`` under ``key``: worked out once per state of the shop's data,
    kept by the process for every screen (``core.load_cache.shared_result``, handed out as copies) and in the shop
    file for the next session (``kept_result``)."""
    return shared_result(db, key, lambda: kept_result(db, key, build, classes))


def read_kept(db, key: tuple, classes: tuple[type, ...]):
    """Return the result kept in the shop ``db`` under ``key`` by this code for its current data, or None;
    works nothing out."""
    return read_result(db.conn, json.dumps(list(key)), classes)


def read_result(conn: sqlite3.Connection, key_text: str, classes: tuple[type, ...]):
    """Return the result kept under ``key_text`` by this code, or None (none kept, or not readable here)."""
    try:
        rows = conn.execute(f"SELECT item, kind, data FROM {TABLE} WHERE key = ? AND code = ? ORDER BY item",
                            (key_text, code_fingerprint())).fetchall()
    except sqlite3.OperationalError:  # a shop from before the table existed, opened without migrating
        return None
    blobs = {item: (kind, data) for item, kind, data in rows}
    if META not in blobs:
        return None
    try:
        meta = json.loads(blobs[META][1].decode("utf-8"))
        allowed = {cls.__name__: cls for cls in (*classes, *ARGUMENT_CLASSES)}
        frames = {path: _frame(shape, path, blobs, allowed) for path, shape in meta["frames"].items()}
        return _decoded(meta["value"], frames, allowed)
    except (KeyError, IndexError, TypeError, ValueError, _NotKept):  # written by other code under its fingerprint
        return None


def _frame(shape: dict, path: str, blobs: dict, classes: dict) -> pd.DataFrame:
    data = {}
    for index, (name, kind, *values) in enumerate(shape["columns"]):
        stored_kind, blob = blobs[f"{path}/{index}"]
        if stored_kind != kind:
            raise _NotKept(path)
        if kind == TAGGED:
            distinct = np.empty(len(values[0]), dtype=object)
            for number, value in enumerate(values[0]):  # one by one: a tuple is a value, not a row of values
                distinct[number] = _decoded(value, {}, classes)
            data[name] = pd.Series(distinct[np.frombuffer(blob, dtype=np.int32)], dtype=object)
        else:
            data[name] = decoded_column(kind, [blob], shape["rows"])
        if len(data[name]) != shape["rows"]:
            raise _NotKept(path)
    frame = pd.DataFrame(data, copy=False)
    if len(frame.columns) != len(shape["columns"]):
        raise _NotKept(path)
    return frame


def store_result(conn: sqlite3.Connection, key_text: str, value) -> bool:
    """Replace what is kept under ``key_text`` (and anything kept by other code) with ``value``, inside the
    caller's transaction; returns False (storing nothing) when the value cannot be written exactly."""
    frames: dict[str, pd.DataFrame] = {}
    try:
        encoded = _encoded(value, "result", frames)
        rows, meta_frames = [], {}
        for path, frame in frames.items():
            if not (isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0 and frame.index.step == 1) \
                    or not all(isinstance(name, str) for name in frame.columns) or frame.columns.duplicated().any():
                raise _NotKept(path)
            meta_frames[path] = {"rows": len(frame), "columns": []}
            for index, name in enumerate(frame.columns):
                column = encoded_column(frame[name])
                if column is None and frame[name].dtype == object:
                    codes, values = _tagged_column(frame[name], f"{path}/{name}")
                    meta_frames[path]["columns"].append([name, TAGGED, values])
                    rows.append((f"{path}/{index}", TAGGED, codes))
                    continue
                if column is None or len(column[1]) != 1:
                    raise _NotKept(f"{path}/{name}")
                kind, (blob,) = column
                meta_frames[path]["columns"].append([name, kind])
                rows.append((f"{path}/{index}", kind, blob))
        meta = json.dumps({"value": encoded, "frames": meta_frames}, allow_nan=True).encode("utf-8")
    except _NotKept:
        return False
    fingerprint = code_fingerprint()
    conn.execute(f"DELETE FROM {TABLE} WHERE key = ? OR code <> ?", (key_text, fingerprint))
    conn.executemany(f"INSERT INTO {TABLE}(key, code, item, kind, data) VALUES (?, ?, ?, ?, ?)",
                     [(key_text, fingerprint, item, kind, blob)
                      for item, kind, blob in [(META, "json", meta), *rows]])
    return True


def _tagged_column(column: pd.Series, path: str) -> tuple[bytes, list]:
    """Return (each row's number among the column's distinct values, as int32 bytes; those values as tagged JSON)
    for an object column no ``table_copy`` encoding takes (Messages, texts beside missing values). Values are
    told apart by identity, the way a column mapped from a few Messages holds them. Raises _NotKept."""
    numbers: dict[int, int] = {}
    distinct: list = []
    codes = np.empty(len(column), dtype=np.int32)
    for row, value in enumerate(column.to_numpy(dtype=object)):
        code = numbers.get(id(value))
        if code is None:
            code = numbers[id(value)] = len(distinct)
            distinct.append(value)
        codes[row] = code
    inside: dict = {}
    values = [_encoded(value, f"{path}.{index}", inside) for index, value in enumerate(distinct)]
    if inside:
        raise _NotKept(path)  # a frame inside a cell
    return codes.tobytes(), values


def discard_results(conn: sqlite3.Connection) -> None:
    """Remove every kept result before a write transaction changes many rows (see ``table_copy.discard_copies``:
    the triggers' deletes would count in ``total_changes``); returns None."""
    conn.execute(f"DELETE FROM {TABLE}")


# ---- tagged JSON -------------------------------------------------------------------------------------------------

def _encoded(value, path: str, frames: dict):
    """Return ``value`` as tagged JSON; its frames go to ``frames`` under their path. Raises _NotKept."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, np.integer)) and not isinstance(value, np.bool_):
        return {"int": int(value)}
    if isinstance(value, (float, np.floating)):
        return {"float": float(value)}
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, pd.DataFrame):
        frames[path] = value
        return {"frame": path}
    if isinstance(value, np.ndarray) and value.dtype.kind in "iufb":  # JSON gives each number back exactly
        return {"array": [value.dtype.str, list(value.shape), value.ravel().tolist()]}
    if isinstance(value, pd.Timestamp):
        if value is pd.NaT:
            raise _NotKept(path)
        return {"timestamp": value.isoformat()}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Message):
        return {"message": [value.key, value.template,
                            {name: _encoded(arg, f"{path}.{name}", frames) for name, arg in value.args.items()}]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {field.name: _encoded(getattr(value, field.name), f"{path}.{field.name}", frames)
                  for field in dataclasses.fields(value) if field.init}
        return {"dataclass": [type(value).__name__, fields]}
    if isinstance(value, dict) and all(isinstance(name, str) for name in value):
        return {"dict": {name: _encoded(item, f"{path}.{name}", frames) for name, item in value.items()}}
    if isinstance(value, dict):  # keys other than texts (a number of groups → its score)
        return {"pairs": [[_encoded(name, f"{path}.{index}", frames), _encoded(item, f"{path}.{index}", frames)]
                          for index, (name, item) in enumerate(value.items())]}
    if isinstance(value, (list, tuple)):
        return {"list" if isinstance(value, list) else "tuple":
                [_encoded(item, f"{path}.{index}", frames) for index, item in enumerate(value)]}
    raise _NotKept(path)


def _decoded(data, frames: dict, classes: dict):
    """Return the value of tagged JSON ``data`` (see ``_encoded``); only dataclasses in ``classes`` are made."""
    if data is None or isinstance(data, (bool, str)):
        return data
    (tag, inner), = data.items()
    if tag == "int":
        return int(inner)
    if tag == "float":
        return float(inner)
    if tag == "frame":
        return frames[inner]
    if tag == "array":
        dtype, shape, values = inner
        return np.array(values, dtype=np.dtype(dtype)).reshape(shape)
    if tag == "timestamp":
        return pd.Timestamp(inner)
    if tag == "datetime":
        return datetime.fromisoformat(inner)
    if tag == "date":
        return date.fromisoformat(inner)
    if tag == "message":
        key, template, args = inner
        return Message(key, template, **{name: _decoded(arg, frames, classes) for name, arg in args.items()})
    if tag == "dataclass":
        name, fields = inner
        return classes[name](**{field: _decoded(item, frames, classes) for field, item in fields.items()})
    if tag == "dict":
        return {name: _decoded(item, frames, classes) for name, item in inner.items()}
    if tag == "pairs":
        return {_decoded(name, frames, classes): _decoded(item, frames, classes) for name, item in inner}
    if tag in ("list", "tuple"):
        items = [_decoded(item, frames, classes) for item in inner]
        return items if tag == "list" else tuple(items)
    raise _NotKept(tag)
