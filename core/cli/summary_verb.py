"""``python -m core summary``: headline counts of a shop."""

from __future__ import annotations

import argparse

from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json
from core.summary import shop_summary

VERB = "summary"


def register(subparsers) -> None:
    """Add the ``summary`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="headline counts: customers, orders, revenue, date range",
                                   description="Print the shop's headline counts.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the summary; returns the exit code."""
    summary = shop_summary(open_db(args))
    if args.json:
        print_json(summary)
    else:
        width = max(len(k) for k in summary)
        for key, value in summary.items():
            print(f"{key.replace('_', ' '):<{width}}  {value:,}" if isinstance(value, (int, float))
                  else f"{key.replace('_', ' '):<{width}}  {value}")
    return 0
