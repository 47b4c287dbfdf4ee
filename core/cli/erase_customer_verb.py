"""``python -m core erase-customer``: erase one customer from a shop (GDPR art. 17)."""

from __future__ import annotations

import argparse
import sys

from core.backup import backup_dir
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json
from core.errors import ShopkeeperError
from core.locations import default_shop_path
from core.messages import MessageTemplate
from core.privacy import CustomerNotFound, compact_shop, erase_customer, find_customer

VERB = "erase-customer"

SAY_WHO = MessageTemplate("cli.erase.say_who", "Say which customer to erase: --email ADDRESS or --id NUMBER.")
NEEDS_YES = MessageTemplate("cli.erase.needs_yes", "Add --yes to erase a customer when not running interactively.")


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
        raise ShopkeeperError(SAY_WHO())
    path = args.db or default_shop_path()
    try:
        customer = find_customer(db, email=args.email, customer_id=args.customer_id)
        label = f"customer {customer['id']} ({customer['email'] or customer['key']})"
        customer_id, email = customer["id"], None
    except CustomerNotFound:
        if args.email is None or args.keep_backups:
            raise
        # Not in the shop any more: erase_customer looks in the backups (and says so when it is nowhere).
        label, customer_id, email = f"{args.email.strip()} (from the backups)", None, args.email
    if not args.yes:
        if not sys.stdin.isatty():
            raise ShopkeeperError(NEEDS_YES())
        answer = input(f"Erase {label} for good? Type yes: ")
        if answer.strip().lower() != "yes":
            print("Nothing was erased.")
            return 1
    result = erase_customer(db, email=email, customer_id=customer_id, delete_orders=args.delete_orders,
                            include_backups=not args.keep_backups)
    if args.json:
        print_json(result.to_dict())
        return 0
    if result.only_in_backups:
        print(f"{label} was no longer in the shop; erased from {result.backups_erased} backup(s) that still held them.")
    else:
        done = (f"{result.orders_deleted:,} orders deleted" if args.delete_orders
                else f"{result.orders_anonymised:,} orders kept for product figures without their name")
        print(f"Erased {label}: {done}.")
        if args.keep_backups:
            if result.backups_still_holding:
                print(f"  {result.backups_still_holding} backup(s) made before now still hold this customer (a "
                      "restore erases them again); delete those you no longer need from "
                      f"{backup_dir(path)}.")
        else:
            print(f"  Backups cleaned: {result.backups_erased} (every backup of this shop that held them).")
    for file in result.files_mentioning:
        print(f"  Also found in this file (written by Shopkeeper or kept beside the shop); delete it yourself: {file}")
    if result.nowhere:
        print("  Their e-mail is no longer anywhere Shopkeeper looked: the shop file, its backups and the files "
              "it wrote.")
    elif result.email:
        if result.db_bytes_found:
            print(f"  Their e-mail is still in the shop file {result.db_bytes_found} time(s); close other "
                  "Shopkeeper windows and run erase-customer --compact-only.")
        else:
            print("  Their e-mail is no longer anywhere in the shop file.")
        if result.backup_bytes_found:
            print(f"  Their e-mail is still in the backups folder {result.backup_bytes_found} time(s).")
    print("  Importing an old export that lists them would bring them back.")
    return 0
