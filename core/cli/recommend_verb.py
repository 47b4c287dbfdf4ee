"""``python -m core recommend``: one customer's personal picks, or how good the picks would have been."""

from __future__ import annotations

import argparse

from core.cli.common import add_db_argument, add_json_argument, open_db, print_json, print_table
from core.errors import ShopkeeperError
from core.messages import MessageTemplate

VERB = "recommend"

SAY_WHO = MessageTemplate("cli.recommend.say_who",
                          "Say which customer with --customer ID (or use --evaluate, --bestsellers or --refills).")


def register(subparsers) -> None:
    """Add the ``recommend`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="products a customer is likely to buy next, or --evaluate to test the picks",
        description="List the products a customer is likely to buy next (rebuys of products people rebuy "
        "regularly, products similar to what they bought, then bestsellers), with the reason for each. "
        "--evaluate tests the picks on the last weeks of orders against the shop's bestsellers.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--customer", metavar="ID", help="customer number (as in your shop's export) or e-mail")
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many picks (default 10)")
    parser.add_argument("--evaluate", action="store_true",
                        help="test the picks: train on older orders, check against the last --weeks weeks")
    parser.add_argument("--weeks", type=int, default=12, help="weeks held back for --evaluate (default 12)")
    parser.add_argument("--bestsellers", choices=["shop", "country", "segment"],
                        help="list bestsellers for the whole shop, per country or per customer segment")
    parser.add_argument("--refills", action="store_true",
                        help="list customers whose refill of a regularly rebought product is due now")
    parser.add_argument("--csv", metavar="FILE", help="write the table to a CSV file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save one customer's picks or the evaluation; returns the exit code."""
    db = open_db(args)
    sentence = ""
    if args.bestsellers:
        from core.analysis.recommend import shop_bestsellers
        table = shop_bestsellers(db, args.bestsellers, args.top)
    elif args.refills:
        from core.analysis.replenish import shop_refills_due
        table = shop_refills_due(db)
    elif args.evaluate:
        from core.analysis.evaluate import shop_evaluation
        table, sentence = shop_evaluation(db, args.weeks)
        if args.json:
            from core.cli.common import to_records
            print_json({"sentence": sentence, "methods": to_records(table)})
            return 0
    elif args.customer is None:
        raise ShopkeeperError(SAY_WHO())
    else:
        from core.analysis.recommend import recommend_for_customer
        table = recommend_for_customer(db, args.customer, args.top)
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
