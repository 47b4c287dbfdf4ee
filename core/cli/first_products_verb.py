"""``python -m core first-products``: do customers whose first order had a product (or a discount code) come back
more often than average?"""

from __future__ import annotations

import argparse

from core.analysis.first_purchase import (
    MIN_FIRST_BUYERS,
    product_insight,
    repeat_by_first_code,
    repeat_by_first_product,
)
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table
from core.exports import write_safe_csv

VERB = "first-products"


def register(subparsers) -> None:
    """Add the ``first-products`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="repeat rate by first product or first discount code",
                                   description="For each product in customers' first orders: how many of those "
                                   "customers ordered again, against the shop's average.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--codes", action="store_true", help="by the discount code of the first order instead")
    parser.add_argument("--min-buyers", type=int, default=MIN_FIRST_BUYERS, metavar="N",
                        help=f"list only products/codes with at least N first buyers (default {MIN_FIRST_BUYERS})")
    parser.add_argument("--csv", metavar="FILE", help="write the table to a CSV file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save the repeat rates; returns the exit code."""
    db = open_db(args)
    min_buyers = max(1, args.min_buyers)
    out = repeat_by_first_code(db, min_buyers) if args.codes else repeat_by_first_product(db, min_buyers)
    if args.csv:
        write_safe_csv(out, args.csv)
        print(f"Wrote {len(out):,} rows to {args.csv}.")
    elif args.json:
        print_json(out)
    else:
        insight = None if args.codes else product_insight(out)
        if insight is not None:
            print(insight)
        print_table(out)
    return 0
