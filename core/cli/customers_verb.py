"""``python -m core customers``: the per-customer RFM table (top customers by spend first)."""

from __future__ import annotations

import argparse

from core.analysis.rfm import rfm_table
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table

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
    parser.add_argument("--search", metavar="TEXT", help="find customers by name, e-mail or customer number")
    parser.add_argument("--profile", type=int, metavar="ID",
                        help="show one customer's profile: orders, favourites, segment and predictions")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save the RFM table (or search results, or one profile); returns the exit code."""
    if args.profile is not None:
        return _profile(args)
    if args.search:
        from core.analysis.profile import search_customers
        table = search_customers(open_db(args), args.search)
    else:
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


def _profile(args: argparse.Namespace) -> int:
    from core.analysis.profile import customer_profile
    from core.cli.common import to_records
    p = customer_profile(open_db(args), args.profile)
    if args.json:
        print_json({"identity": p["identity"], "sources": to_records(p["sources"]),
                    "summary": {k: v for k, v in p["summary"].items()}, "orders": to_records(p["orders"]),
                    "favourite_products": to_records(p["favourite_products"]),
                    "favourite_categories": to_records(p["favourite_categories"])})
        return 0
    ident, s = p["identity"], p["summary"]
    print(f"{ident['name']} (customer {ident['id']}) {ident.get('email') or ''} {ident.get('country') or ''}".strip())
    if s:
        print(f"Segment: {s.get('segment_label')} (R{s.get('r_score')} F{s.get('f_score')} M{s.get('m_score')}) - "
              f"{s.get('segment_action', '')}")
        print(f"Orders: {s['frequency']}, spent {s['monetary']:,.2f}, last order {s['recency_days']} days ago.")
        if s.get("predictions_reliable"):
            print(f"Predicted value (12 months): {s['clv']:,.2f}; chance still a customer: {s['p_alive']:.0%}.")
    print_table(p["orders"], max_rows=20)
    return 0
