"""``python -m core erase-customer``: erase one customer from a shop (GDPR art. 17)."""

from __future__ import annotations

import argparse
import sys

from core.backup import backup_dir
from core.cli.common import add_db_argument, add_json_argument, open_db, print_json
from core.errors import ShopkeeperError
from core.locations import default_shop_path
from core.privacy import compact_shop, erase_customer, find_customer

VERB = "erase-customer"


def register(subparsers) -> None:
    """Add the ``erase-customer`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="erase one customer from the shop and its backups (right to be forgotten)",
        description="Erase one customer: their details, platform ids and campaign records go; their orders stay "
        "for product statistics but no longer point at them (use --delete-orders to remove the orders too). "
        "The file is then compacted so the e-mail is gone from the disk.")
    add_db_argument(parser)
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--email", help="the customer's e-mail address")
    who.add_argument("--id", type=int, dest="customer_id", help="the customer's number in Shopkeeper")
    who.add_argument("--compact-only", action="store_true",
                     help="only compact the shop file (after an erase that another window held up)")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument("--delete-orders", action="store_true",
                        help="delete the customer's orders as well (revenue and product figures will change)")
    parser.add_argument("--keep-backups", action="store_true",
                        help="do not erase the customer from the automatic backups")
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Erase the customer after confirmation; returns the exit code."""
    db = open_db(args)
    if args.compact_only:
        compact_shop(db)
        if args.json:
            print_json({"compacted": True})
        else:
            print("The shop file is compacted.")
        return 0
    if args.email is None and args.customer_id is None:
        raise ShopkeeperError("Say which customer to erase: --email ADDRESS or --id NUMBER.")
    customer = find_customer(db, email=args.email, customer_id=args.customer_id)
    label = customer["email"] or customer["key"]
    if not args.yes:
        if not sys.stdin.isatty():
            raise ShopkeeperError("Add --yes to erase a customer when not running interactively.")
        answer = input(f"Erase customer {customer['id']} ({label}) for good? Type yes: ")
        if answer.strip().lower() != "yes":
            print("Nothing was erased.")
            return 1
    result = erase_customer(db, customer_id=customer["id"], delete_orders=args.delete_orders,
                            include_backups=not args.keep_backups)
    if args.json:
        print_json(result.to_dict())
        return 0
    done = (f"{result.orders_deleted:,} orders deleted" if args.delete_orders
            else f"{result.orders_anonymised:,} orders kept for product figures without their name")
    print(f"Customer {result.customer_id} ({label}) erased: {done}.")
    if result.email:
        print(f"  Their e-mail is still in the shop file {result.db_bytes_found} time(s); close other Shopkeeper "
              "windows and run erase-customer --compact-only." if result.db_bytes_found
              else "  Their e-mail is no longer anywhere in the shop file.")
    if args.keep_backups:
        if result.backups_still_holding:
            print(f"  {result.backups_still_holding} backup(s) made before now still hold this customer, so "
                  "restoring one brings them back; delete those you no longer need from "
                  f"{backup_dir(args.db or default_shop_path())}.")
    else:
        print(f"  Backups cleaned: {result.backups_erased} (every backup of this shop that held them).")
    for file in result.files_mentioning:
        print(f"  This file outside the shop still mentions them; delete it yourself: {file}")
    print("  Importing an old export that lists them would bring them back.")
    return 0
