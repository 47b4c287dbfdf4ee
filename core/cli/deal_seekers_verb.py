"""``python -m core deal-seekers``: each customer's share of orders bought on a deal (code or marked-down price)."""

from __future__ import annotations

import argparse

from core.analysis.discounts import DEAL_SEEKER_SHARE, deal_shares, deal_summary, summary_sentence
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table, to_records
from core.exports import write_safe_csv

VERB = "deal-seekers"


def register(subparsers) -> None:
    """Add the ``deal-seekers`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="who buys on a deal and who pays full price",
                                   description="Per customer: orders, orders with a discount code or a "
                                   "marked-down price, and whether they are a deal seeker (at least half their "
                                   "orders on a deal) or a full-price buyer.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--threshold", type=float, default=DEAL_SEEKER_SHARE, metavar="SHARE",
                        help=f"share of orders on a deal that makes a deal seeker (default {DEAL_SEEKER_SHARE})")
    parser.add_argument("--csv", metavar="FILE", help="write the per-customer table to a CSV file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save the deal shares; returns the exit code."""
    out = deal_shares(open_db(args), threshold=args.threshold)
    if args.csv:
        write_safe_csv(out, args.csv)
        print(f"Wrote {len(out):,} rows to {args.csv}.")
    elif args.json:
        summary = deal_summary(out)
        print_json({"summary": summary, "sentence": str(summary_sentence(summary)), "threshold": args.threshold, "customers": to_records(out)})
    else:
        print(summary_sentence(deal_summary(out)))
        print_table(out)
    return 0
