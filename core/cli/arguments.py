"""The options every verb shares (``--db``, ``--json``) and the shop file they name.

Kept free of pandas and the analysis modules: a verb's module is imported before its work starts, and the ``report``
verb starts its background evaluation before loading anything heavy (``core.cli.report_verb``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from core.locations import default_shop_path


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--db PATH`` (default: the shop in the per-user data folder); returns None."""
    parser.add_argument("--db", type=Path, default=None,
                        help="shop database file (default: my-shop.shop.db in the Shopkeeper data folder)")


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--json`` (machine-readable output); returns None."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def shop_path(args: argparse.Namespace) -> Path:
    """Return the shop file ``--db`` names (the default shop when it names none)."""
    return Path(args.db or default_shop_path())
