"""``python -m core lists``: the VIP, win-back and at-risk lists."""

from __future__ import annotations

import argparse

from core.analysis.lists import LIST_INFO, build_lists, customer_overview
from core.cli.common import add_db_argument, add_json_argument, open_db, print_json, print_table, to_records

VERB = "lists"
COLUMNS = ["customer_id", "name", "email", "country", "recency_days", "frequency", "monetary",
           "typical_interval_days", "clv", "churn_probability", "segment", "reason"]
NO_BUYERS = "No customers with orders yet: import your orders first (python -m core import FILE)."


def register(subparsers) -> None:
    """Add the ``lists`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="VIP, win-back and at-risk customer lists",
                                   description="Lists to act on: VIP (most valuable), win-back (silent much longer "
                                   "than they usually wait) and at risk (valuable and slipping away).")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("list", nargs="?", choices=list(LIST_INFO), help="show one list (default: sizes of all)")
    parser.add_argument("--csv", metavar="FILE", help="write the list to a CSV file")
    parser.add_argument("--top", type=int, default=None, help="VIP list size as a number of customers")
    parser.add_argument("--top-percent", type=float, default=10.0, help="VIP list size in percent (default 10)")
    parser.add_argument("--factor", type=float, default=2.0,
                        help="win-back: silent at least this many times their usual interval (default 2)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save the lists; returns the exit code."""
    overview = customer_overview(open_db(args))
    lists = build_lists(overview, vip_top=args.top, vip_percent=args.top_percent, winback_factor=args.factor)
    if overview.table.empty and not args.json and not args.csv:  # a new shop, customers only, all cancelled
        print(NO_BUYERS)
        return 0
    if not args.list:
        sizes = [{"list": k, "label": v.label, "customers": len(v.members), "explanation": v.explanation}
                 for k, v in lists.items()]
        if args.json:
            print_json({"lists": sizes, "predictions": overview.clv.message})
        else:
            for row in sizes:
                print(f"{row['label']}: {row['customers']:,} customers. {row['explanation']}")
            print(overview.clv.message)
        return 0
    members = lists[args.list].members
    members = members[[c for c in COLUMNS if c in members.columns]]
    if args.csv:
        from core.exports import write_safe_csv
        write_safe_csv(members, args.csv)
        print(f"Wrote {len(members):,} customers to {args.csv}.")
    elif args.json:
        print_json(to_records(members))
    elif members.empty:
        print(f"Nobody is on the {lists[args.list].label} list right now. {lists[args.list].explanation}")
    else:
        print_table(members)
    return 0
