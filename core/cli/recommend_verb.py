"""``python -m core recommend``: personal picks (one customer or everyone), or how good the picks would have been."""

from __future__ import annotations

import argparse

import pandas as pd

from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table, to_records
from core.errors import ShopkeeperError
from core.messages import MessageTemplate

VERB = "recommend"

SAY_WHO = MessageTemplate("cli.recommend.say_who",
                          "Say which customer with --customer ID (or use --evaluate, --bestsellers or --refills).")
BAD_DATE = MessageTemplate("cli.recommend.bad_date", "The date {date} is not a date like 2011-06-01.")


def register(subparsers) -> None:
    """Add the ``recommend`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="products a customer is likely to buy next, or --evaluate to test the picks",
        description="List the products a customer is likely to buy next: a blend of 'buy again' (their own "
        "products, by how often and recently they bought them and how often people rebuy them) and 'discover' "
        "(products new to them, from customers with similar histories, products bought together and their "
        "segment's or country's bestsellers), with the reason for each. --all lists everyone's picks; --as-of "
        "makes them only from orders before a date. --evaluate tests the picks over rolling periods against "
        "bestsellers, buy-again, item-kNN and EASE.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--customer", metavar="ID", help="customer number (as in your shop's export) or e-mail")
    parser.add_argument("--all", action="store_true", help="picks for every customer (columns customer, rank, sku, "
                        "product, list, source)")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="use only orders before this date")
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many picks (default 10)")
    parser.add_argument("--evaluate", action="store_true",
                        help="test the picks on rolling periods of --weeks weeks (train on the orders before each)")
    parser.add_argument("--weeks", type=int, default=12, help="weeks in each --evaluate period (default 12)")
    parser.add_argument("--windows", type=int, default=4, help="how many --evaluate periods (default 4)")
    parser.add_argument("--bestsellers", choices=["shop", "country", "segment"],
                        help="list bestsellers for the whole shop, per country or per customer segment")
    parser.add_argument("--refills", action="store_true",
                        help="list customers whose refill of a regularly rebought product is due now")
    parser.add_argument("--csv", metavar="FILE", help="write the table to a CSV file")
    parser.set_defaults(func=run)


def _date(text: str | None):
    if text is None:
        return None
    try:
        return pd.Timestamp(text).tz_localize("UTC") if pd.Timestamp(text).tzinfo is None else pd.Timestamp(text)
    except ValueError as error:
        raise ShopkeeperError(BAD_DATE(date=str(text))) from error


def run(args: argparse.Namespace) -> int:
    """Print or save picks, bestsellers, refills or the evaluation; returns the exit code."""
    db = open_db(args)
    sentence = ""
    as_of = _date(args.as_of)
    if args.bestsellers:
        from core.analysis.recommend import shop_bestsellers
        table = shop_bestsellers(db, args.bestsellers, args.top)
    elif args.refills:
        from core.analysis.replenish import shop_refills_due
        table = shop_refills_due(db)
    elif args.evaluate:
        from core.analysis.picks_eval import legacy_methods, pooled_frame, shop_picks_evaluation
        result = shop_picks_evaluation(db, args.windows, args.weeks)
        sentence = result.sentence
        if args.json and not args.csv:
            print_json({"sentence": str(sentence), "methods": to_records(legacy_methods(result)),
                        "windows": to_records(result.windows), "evaluation": to_records(result.table),
                        "differences": to_records(result.differences)})
            return 0
        table = result.table if args.csv else pooled_frame(result).round(4)
    elif args.all:
        from core.analysis.recommend import shop_picks
        table = shop_picks(db, as_of, args.top)
    elif args.customer is None:
        raise ShopkeeperError(SAY_WHO())
    else:
        from core.analysis.recommend import recommend_for_customer
        table = recommend_for_customer(db, args.customer, args.top, as_of)
    if args.csv:
        from core.exports import write_safe_csv
        write_safe_csv(table, args.csv)
        print(f"Wrote {len(table):,} rows to {args.csv}.")
    elif args.json:
        print_json(table)
    else:
        print_table(table)
        if sentence:
            print(sentence)
    return 0
