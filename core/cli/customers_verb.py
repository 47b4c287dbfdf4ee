"""``python -m core customers``: the per-customer RFM table (top customers by spend first)."""

from __future__ import annotations

import argparse

from core.analysis.rfm import rfm_table
from core.cli.common import add_db_argument, add_json_argument, open_db, print_json, print_table

VERB = "customers"


def register(subparsers) -> None:
    """Add the ``customers`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="customers with recency, frequency and spend, best first",
                                   description="List customers with days since last order, number of orders "
                                   "and net spend, highest spend first.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--top", type=int, default=None, help="show only the N best customers")
    parser.add_argument("--csv", metavar="FILE", help="write the table to a CSV file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save the RFM table; returns the exit code."""
    table = rfm_table(open_db(args))
    if args.top:
        table = table.head(args.top)
    if args.csv:
        from core.exports import write_safe_csv
        write_safe_csv(table, args.csv)
        print(f"Wrote {len(table):,} customers to {args.csv}.")
    elif args.json:
        print_json(table)
    else:
        print_table(table)
    return 0
