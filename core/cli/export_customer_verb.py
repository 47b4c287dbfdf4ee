"""``python -m core export-customer``: everything the shop holds about one customer (GDPR art. 20)."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json
from core.privacy import customer_data, export_customer

VERB = "export-customer"


def register(subparsers) -> None:
    """Add the ``export-customer`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="export one customer's data as JSON or CSV (data portability request)",
        description="Write everything the shop holds about one customer (details, platform ids, orders with "
        "their lines, campaigns) to a .json or .csv file.")
    add_db_argument(parser)
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--email", help="the customer's e-mail address")
    who.add_argument("--id", type=int, dest="customer_id", help="the customer's number in Shopkeeper")
    parser.add_argument("--out", type=Path, required=True, help="file to write: NAME.json or NAME.csv")
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the customer's data; returns the exit code."""
    db = open_db(args)
    path = export_customer(db, args.out, email=args.email, customer_id=args.customer_id)
    data = customer_data(db, email=args.email, customer_id=args.customer_id)
    summary = {"file": str(path), "customer_id": data["customer"]["id"], "orders": len(data["orders"]),
               "lines": sum(len(o["lines"]) for o in data["orders"]), "campaigns": len(data["campaigns"])}
    if args.json:
        print_json(summary)
    else:
        print(f"Wrote {summary['orders']:,} orders ({summary['lines']:,} lines) of customer "
              f"{summary['customer_id']} to {path}.")
    return 0
