"""``python -m core segments``: RFM segments (counts, revenue, explanation, action), the 5×5 grid, or the
customers of one segment / grid cell."""

from __future__ import annotations

import argparse

from core.analysis.grid import customers_in_cell
from core.analysis.segments import SCHEMES, Cutoffs, rf_grid, segment_summary, segment_table
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table
from core.errors import ShopkeeperError
from core.messages import MessageTemplate

VERB = "segments"

BAD_CELL = MessageTemplate("cli.segments.bad_cell", "A grid cell is two scores like 5,4 (recency, frequency).")
NO_SEGMENT = MessageTemplate("cli.segments.no_segment", "There is no segment '{segment}' in the {scheme} map.")


def _four(text: str) -> list[float]:
    values = [float(v) for v in text.split(",") if v.strip()]
    if len(values) != 4:
        raise argparse.ArgumentTypeError("give four comma-separated numbers (for scores 2, 3, 4 and 5)")
    return values


def register(subparsers) -> None:
    """Add the ``segments`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="RFM segments with counts, revenue and suggested actions",
                                   description="Score customers 1-5 on recency, frequency and spend and group "
                                   "them into named segments (Champions, At Risk, ...), with what to do for each.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--csv", metavar="FILE", help="write the table to a CSV file")
    parser.add_argument("--scheme", choices=SCHEMES, default="rf10",
                        help="rf10: recency × frequency, 10 segments (default); putler11: recency × "
                        "(frequency+spend)/2, 11 segments")
    parser.add_argument("--grid", action="store_true", help="show the 5×5 recency × frequency grid instead")
    parser.add_argument("--customers", metavar="SEGMENT",
                        help="list the customers of one segment (key such as champions) or grid cell (R,F e.g. 5,4)")
    parser.add_argument("--recency-cutoffs", type=_four, metavar="D2,D3,D4,D5",
                        help="most days since the last order for R scores 2..5, e.g. 365,180,90,30")
    parser.add_argument("--frequency-cutoffs", type=_four, metavar="N2,N3,N4,N5",
                        help="least orders for F scores 2..5, e.g. 2,3,5,10")
    parser.add_argument("--monetary-cutoffs", type=_four, metavar="M2,M3,M4,M5",
                        help="least spend for M scores 2..5")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save the segments; returns the exit code."""
    cutoffs = None
    if args.recency_cutoffs or args.frequency_cutoffs or args.monetary_cutoffs:
        cutoffs = Cutoffs(args.recency_cutoffs or [], args.frequency_cutoffs or [], args.monetary_cutoffs or [])
    table = segment_table(open_db(args), scheme=args.scheme, cutoffs=cutoffs)
    if args.customers:
        key = args.customers.strip()
        if "," in key:
            try:
                r, f = (int(v) for v in key.split(","))
            except ValueError:
                raise ShopkeeperError(BAD_CELL()) from None
            out = customers_in_cell(table, r, f)
        else:
            if key not in set(segment_summary(table, args.scheme)["segment"]):
                raise ShopkeeperError(NO_SEGMENT(segment=key, scheme=str(args.scheme)))
            out = table[table["segment"] == key]
        out = out[["customer_id", "name", "email", "country", "recency_days", "frequency", "monetary",
                   "r_score", "f_score", "m_score", "segment", "segment_label"]]
    elif args.grid:
        out = rf_grid(table, args.scheme)
    else:
        out = segment_summary(table, args.scheme)
        out["customer_share"] = (out["customer_share"] * 100).round(1)
        out["revenue_share"] = (out["revenue_share"] * 100).round(1)
        out = out.rename(columns={"customer_share": "customer_percent", "revenue_share": "revenue_percent"})
    if args.csv:
        from core.exports import write_safe_csv
        write_safe_csv(out, args.csv)
        print(f"Wrote {len(out):,} rows to {args.csv}.")
    elif args.json:
        print_json(out)
    else:
        cols = [c for c in out.columns if c not in ("explanation", "action")]
        print_table(out[cols])
    return 0
