"""Helpers shared by the command-line verbs: the --db option, JSON/CSV output, opening the shop."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import sqlite_utils

from core.cli.arguments import shop_path
from core.errors import NotAShopError
from core.messages import Arg, Message, MessageTemplate, count
from core.privacy import finish_pending_erasures
from core.python_values import python_values
from core.store import open_shop

NO_SHOP_YET = MessageTemplate(
    "cli.no_shop_yet",
    "There is no shop database at {path}; import a file first (python -m core import FILE --db {path}).")
ERASES_FINISHED = MessageTemplate("cli.erases_finished", "Finished {count} erase(s) that had been interrupted.")


def open_db(args: argparse.Namespace, create: bool = False) -> sqlite_utils.Database:
    """Return the shop named by ``--db``; raises NotAShopError when it does not exist and ``create`` is False."""
    path = shop_path(args)
    if not create and not Path(path).exists():
        raise NotAShopError(NO_SHOP_YET(path=str(path)))
    db = open_shop(path, create=create)
    # An erase that was cut short (killed, disk full, shop busy) is finished before anything else reads the shop.
    finished = finish_pending_erasures(path, db)
    if finished["finished"]:
        print(ERASES_FINISHED(count=count(finished["finished"])), file=sys.stderr)
    for problem in finished["problems"]:
        print(problem, file=sys.stderr)
    return db


def _plain(value):
    if isinstance(value, (Message, Arg)):
        return str(value)  # keyed messages print their English text
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def to_records(frame: pd.DataFrame) -> list[dict]:
    """Return a DataFrame as JSON-ready records (timestamps ISO, NaN as null)."""
    keys = list(frame.columns)
    if len(set(keys)) != len(keys):  # repeated column names: the last one wins, as in to_dict
        return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]
    columns = [python_values(frame.iloc[:, i], _plain) for i in range(frame.shape[1])]
    return [dict(zip(keys, values)) for values in zip(*columns)] if keys else [{} for _ in range(len(frame))]


_SCALARS = (str, int, float, bool, type(None))


def json_text(data) -> str:
    """Return ``data`` as ``json.dumps(data, indent=2, ensure_ascii=False)`` writes it (other values through
    ``_plain``); see ``json_pieces``."""
    return "".join(json_pieces(data))


def json_pieces(data, level: int = 0) -> Iterator[str]:
    """Yield the text of ``json_text(data)`` in pieces (a record at a time), as if ``data`` stood ``level`` levels
    deep. Lists of flat records (every value a string, number, bool or None), also as values of dicts, are written
    a record at a time by the C encoder, with the same text: the indenting encoder is pure Python (0.4 s per 25,000
    records)."""
    outer, inner = "  " * level, "  " * (level + 1)
    if type(data) is dict and data and all(type(key) is str for key in data):
        yield "{\n"
        for number, (key, value) in enumerate(data.items()):
            separator = ",\n" if number else ""
            yield f"{separator}{inner}{json.dumps(key, ensure_ascii=False)}: "
            yield from json_pieces(value, level + 1)
        yield f"\n{outer}}}"
    elif type(data) is list and data and all(
            type(record) is dict and record and all(type(value) in _SCALARS for value in record.values())
            for record in data):
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",\n  " + inner, ": ")).encode
        for number, record in enumerate(data):
            yield f"{',' if number else '['}\n{inner}{{\n  {inner}" + encode(record)[1:-1] + f"\n{inner}}}"
        yield f"\n{outer}]"
    else:  # json escapes the line breaks inside strings, so every line break here is the layout's own
        yield json.dumps(data, indent=2, ensure_ascii=False, default=_plain).replace("\n", "\n" + outer)


def print_json(data) -> None:
    """Print ``data`` (dict, list or DataFrame) as indented JSON on stdout, a piece at a time; returns None."""
    if isinstance(data, pd.DataFrame):
        data = to_records(data)
    for piece in json_pieces(data):
        sys.stdout.write(piece)
    sys.stdout.write("\n")


def print_table(frame: pd.DataFrame, max_rows: int = 50) -> None:
    """Print a DataFrame as a plain text table (at most ``max_rows`` rows); returns None."""
    if frame.empty:
        print("(nothing to show)")
        return
    shown = frame.head(max_rows).copy()
    for column in shown.columns:
        if pd.api.types.is_datetime64_any_dtype(shown[column]):
            stamps = shown[column]
            whole_days = stamps.dropna().dt.strftime("%H:%M:%S").eq("00:00:00").all()
            # "2011-11-08" (or "2011-11-08 14:05") rather than "2011-11-08 00:00:00+00:00"
            shown[column] = stamps.dt.strftime("%Y-%m-%d" if whole_days else "%Y-%m-%d %H:%M").fillna("")
    with pd.option_context("display.max_columns", 20, "display.width", 160):
        print(shown.to_string(index=False))
    if len(frame) > max_rows:
        print(f"... {len(frame) - max_rows:,} more rows (use --json or --csv for all)")
