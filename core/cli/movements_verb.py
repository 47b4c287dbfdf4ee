"""``python -m core movements``: how customers moved between segments from one day to another, and who moved."""

from __future__ import annotations

import argparse

import pandas as pd

from core.analysis.movements import export_movement, last_month, movements
from core.analysis.segments import SCHEMES
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table, to_records
from core.errors import ShopkeeperError
from core.exports import write_safe_csv
from core.messages import MessageTemplate

VERB = "movements"

BAD_DAY = MessageTemplate("cli.movements.bad_day", "'{text}' is not a date; write it like 2024-11-01.")
BAD_MOVE = MessageTemplate("cli.movements.bad_move",
                           "A movement is two segment keys like champions:at_risk (new:promising for new customers).")


def _day(text: str):
    try:
        return pd.Timestamp(text).date()
    except ValueError:
        raise ShopkeeperError(BAD_DAY(text=text)) from None


def register(subparsers) -> None:
    """Add the ``movements`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="how customers moved between segments between two dates",
                                   description="Rebuild the segments at two past dates from the order history and "
                                   "count who moved where (e.g. Champions who became At Risk). Default: the month "
                                   "before the last order.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="start date (default: a month before --to)")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="end date (default: the last order's day)")
    parser.add_argument("--scheme", choices=SCHEMES, default="rf10", help="segment map (default rf10)")
    parser.add_argument("--members", metavar="FROM:TO",
                        help="list the customers of one movement, e.g. champions:at_risk")
    parser.add_argument("--csv", metavar="FILE", help="write the table (or the movement's customers) to a CSV file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save the movements; returns the exit code."""
    db = open_db(args)
    end = _day(args.end) if args.end else last_month(db)[1]
    start = _day(args.start) if args.start else (pd.Timestamp(end) - pd.DateOffset(months=1)).date()
    moves = movements(db, start, end, scheme=args.scheme)
    if args.members:
        from_key, sep, to_key = args.members.partition(":")
        if not sep or not from_key.strip() or not to_key.strip():
            raise ShopkeeperError(BAD_MOVE())
        from_key, to_key = from_key.strip(), to_key.strip()
        if args.csv:
            path = export_movement(db, moves, from_key, to_key, args.csv)
            print(f"Wrote {len(moves.members_of(from_key, to_key)):,} customers to {path}.")
            return 0
        out = moves.members_of(from_key, to_key)
    else:
        out = moves.table
    if args.csv:
        write_safe_csv(out, args.csv)
        print(f"Wrote {len(out):,} rows to {args.csv}.")
    elif args.json:
        print_json({"from": start.isoformat(), "to": end.isoformat(), "scheme": args.scheme,
                    "sentences": [str(s) for s in moves.sentences()], "rows": to_records(out)} if not args.members else out)
    else:
        for sentence in [] if args.members else moves.sentences():
            print(sentence)
        print_table(out)
    return 0
