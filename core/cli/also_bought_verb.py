"""``python -m core also-bought``: products bought together (the whole shop's top pairs, or one product's list)."""

from __future__ import annotations

import argparse

from core.analysis.pairs import PairOptions, find_product, load_pair_options, shop_pairs, shop_product_rules
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table

VERB = "also-bought"


def register(subparsers) -> None:
    """Add the ``also-bought`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="products customers buy together, with the reason for each",
        description="Without --product: the shop's pairs bought together most often. With --product: what "
        "customers who bought that product also bought (pinned items, rules, then bestsellers), with the reason.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--product", metavar="X", help="product SKU, number or part of its name")
    parser.add_argument("--min-together", type=int, default=None, metavar="N",
                        help="only pairs bought together in at least N orders (default: the shop's setting, 3)")
    parser.add_argument("--max-items", type=int, default=None, metavar="N",
                        help="leave out orders with more than N different products (default 100; 0 = keep all)")
    parser.add_argument("--customer-days", type=int, default=None, metavar="N",
                        help="count a customer's purchases within N days as one basket instead of single orders")
    parser.add_argument("--bundles", action="store_true",
                        help="list sets of three products bought together instead of pairs")
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many items to list (default 10)")
    parser.add_argument("--csv", metavar="FILE", help="write the table to a CSV file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save pairs / one product's list; returns the exit code."""
    db = open_db(args)
    options: PairOptions = load_pair_options(db)
    if args.min_together is not None:
        options.min_together = args.min_together
    if args.max_items is not None:
        options.max_basket_items = args.max_items or None
    if args.customer_days is not None:
        options.customer_window_days = args.customer_days or None
    if args.product and not args.bundles:
        from core.analysis.merchandising import also_bought_lists
        from core.catalog import rollup_map
        product = find_product(db, args.product)
        rules = shop_product_rules(db, [rollup_map(db).get(product, product)], options)  # its rules only
        table = also_bought_lists(db, [product], n=args.top, result=rules).drop(columns=["for_product"])
        what = "items"
    elif args.bundles:
        table, what = shop_pairs(db, options, with_triples=True).triples, "sets of three"
    else:
        table, what = shop_pairs(db, options, with_triples=False).pairs, "pairs"
    if args.csv:
        from core.exports import write_safe_csv
        write_safe_csv(table, args.csv)
        print(f"Wrote {len(table):,} {what} to {args.csv}.")
    elif args.json:
        print_json(table if args.product else table.head(args.top))  # --csv for every pair
    else:
        print_table(table.drop(columns=[c for c in ("source_text",) if c in table]), max_rows=args.top)
    return 0
