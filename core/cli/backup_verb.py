"""``python -m core backup``: back up a shop now, list its backups, or restore one."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from core.backup import DEFAULT_KEEP, list_backups, make_backup, restore_backup
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import print_json, print_table
from core.errors import NotAShopError
from core.locations import default_shop_path
from core.privacy import finish_pending_erasures
from core.store import NO_SHOP

VERB = "backup"


def register(subparsers) -> None:
    """Add the ``backup`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="back up a shop, list its backups or restore one",
        description="Without options: copy the shop into the backups folder next to it (the newest "
        f"{DEFAULT_KEEP} are kept; imports and upgrades make one automatically). --list shows them; "
        "--restore NAME puts one back (the current state is backed up first).")
    add_db_argument(parser)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list this shop's backups, newest first")
    action.add_argument("--restore", metavar="NAME", help="restore the backup with this file name")
    parser.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="how many backups to keep (default 5)")
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Back up, list or restore; returns the exit code."""
    path = args.db or default_shop_path()
    if args.list:
        backups = list_backups(path)
        if args.json:
            print_json([b.to_dict() for b in backups])
        elif not backups:
            print(f"There are no backups of {path} yet.")
        else:
            print_table(pd.DataFrame([{"name": b.name, "made (UTC)": b.created_at, "reason": b.reason,
                                       "size (MB)": round(b.size_bytes / 1e6, 1)} for b in backups]))
        return 0
    if not path.exists():
        raise NotAShopError(NO_SHOP(path=str(path)))
    # An interrupted erase is finished first, so neither a new backup nor a restore carries the customer back.
    for problem in finish_pending_erasures(path)["problems"]:
        print(problem, file=sys.stderr)
    if args.restore:
        safety = restore_backup(path, args.restore, keep=args.keep)
        data = {"restored": args.restore, "previous_state_saved_as": safety.name if safety else None}
        if args.json:
            print_json(data)
        else:
            print(f"Restored {args.restore}." + (f" The state before is saved as {safety.name}." if safety else ""))
        return 0
    made = make_backup(path, "manual", keep=args.keep)
    if args.json:
        print_json({"backup": made.name, "path": str(made), "size_bytes": made.stat().st_size})
    else:
        print(f"Backed up to {made}.")
    return 0
