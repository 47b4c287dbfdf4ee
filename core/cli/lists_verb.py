"""``python -m core lists``: the VIP, win-back and at-risk lists (``--as-of``: as they stood on a past day)."""

from __future__ import annotations

import argparse
from datetime import date

from core.analysis.lists import LIST_INFO, build_lists, customer_overview, lapse_risk_table, with_shop_ids
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table, to_records
from core.customer_ids import shop_customer_ids
from core.messages import MessageTemplate

VERB = "lists"
COLUMNS = ["customer_id", "name", "email", "country", "recency_days", "frequency", "monetary",
           "typical_interval_days", "clv", "churn_probability", "segment", "reason"]
BAD_DAY = MessageTemplate("cli.lists.bad_day", "'{text}' is not a date; write it as YYYY-MM-DD.")
NO_BUYERS = "No customers with orders yet: import your orders first (python -m core import FILE)."


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(str(BAD_DAY(text=text))) from None


def register(subparsers) -> None:
    """Add the ``lists`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="VIP, win-back and at-risk customer lists",
                                   description="Lists to act on: VIP (most valuable), win-back (silent much longer "
                                   "than they usually wait) and at risk (valuable and likely to stop ordering). "
                                   "Win-back and at-risk lists keep the most valuable customers; the rest are "
                                   "counted as 'more'.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("list", nargs="?", choices=list(LIST_INFO), help="show one list (default: sizes of all)")
    parser.add_argument("--csv", metavar="FILE", help="write the list to a CSV file")
    parser.add_argument("--top", type=int, default=None, help="VIP list size as a number of customers")
    parser.add_argument("--top-percent", type=float, default=10.0, help="VIP list size in percent (default 10)")
    parser.add_argument("--factor", type=float, default=2.0,
                        help="win-back: silent at least this many times their usual interval (default 2)")
    parser.add_argument("--max-percent", type=float, default=20.0,
                        help="win-back and at-risk lists keep at most this percent of all customers (default 20)")
    parser.add_argument("--as-of", type=_day, default=None, metavar="YYYY-MM-DD",
                        help="the lists as they stood on that day: only orders placed before it count")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save the lists; returns the exit code."""
    db = open_db(args)
    overview = customer_overview(db, as_of=args.as_of)
    lists = build_lists(overview, vip_top=args.top, vip_percent=args.top_percent, winback_factor=args.factor,
                        max_share=args.max_percent / 100.0)
    if overview.table.empty and not args.json and not args.csv:  # a new shop, customers only, all cancelled
        print(NO_BUYERS)
        return 0
    shop_ids = shop_customer_ids(db)
    if not args.list:
        sizes = [{"list": k, "label": v.label, "customers": len(v.members), "explanation": v.explanation,
                  "more": v.more} for k, v in lists.items()]
        if args.json:
            lapse = overview.lapse
            for row in sizes:
                members = with_shop_ids(lists[row["list"]].members, shop_ids)
                row["members"] = to_records(members[[c for c in ["customer", *COLUMNS] if c in members.columns]])
            print_json({"lists": sizes, "predictions": overview.clv.message,
                        "as_of": args.as_of.isoformat() if args.as_of else None,
                        "lapse_ranking": {"method": lapse.method if lapse else None,
                                          "note": lapse.note if lapse else None},
                        "lapse_risk": to_records(lapse_risk_table(overview, shop_ids))})
        else:
            for key, row in zip(lists, sizes):
                more = lists[key].more_message
                print(f"{row['label']}: {row['customers']:,} customers. {row['explanation']}"
                      + (f" {more}" if more else ""))
            print(overview.clv.message)
            if overview.lapse is not None and overview.lapse.note is not None:
                print(overview.lapse.note)
        return 0
    chosen = lists[args.list]
    members = with_shop_ids(chosen.members, shop_ids)
    members = members[[c for c in ["customer", *COLUMNS] if c in members.columns]]
    if args.csv:
        from core.exports import write_safe_csv
        write_safe_csv(members, args.csv)
        print(f"Wrote {len(members):,} customers to {args.csv}.")
    elif args.json:
        print_json(to_records(members))
    elif members.empty:
        print(f"Nobody is on the {chosen.label} list right now. {chosen.explanation}")
    else:
        print_table(members)
        if chosen.more_message:
            print(chosen.more_message)
    return 0
