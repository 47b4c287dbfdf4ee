"""``python -m core export``: write an offer file (Mailchimp, Klaviyo, Shopify tags, CSV, XLSX) for an audience."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.campaigns.codes import CODES_PLATFORMS
from core.campaigns.results import DEFAULT_WINDOW_DAYS
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json
from core.offers.campaign import OfferSpec, make_offer, parse_variant, sent_day
from core.offers.targets import TARGETS
from core.offers.tiers import DEFAULT_TIERS, parse_tiers

VERB = "export"


def register(subparsers) -> None:
    """Add the ``export`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="write a campaign file for a segment or list (Mailchimp, Klaviyo, Shopify tags, CSV, XLSX)",
        description="Write a personalised campaign file for an audience, leave out customers who did not accept "
        "marketing, hold out a control group in a separate file, and remember the campaign in the shop.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--audience", required=True,
                        help="segment or list, e.g. vip, winback, segment:champions, country:France (join with +)")
    parser.add_argument("--target", required=True, choices=TARGETS, help="the file type to write")
    parser.add_argument("--out", required=True, type=Path, help="the file to write")
    parser.add_argument("--control", type=float, default=0.1,
                        help="share held out as a control group (default 0.1 = 10%%)")
    parser.add_argument("--seed", type=int, default=2024, help="seed for choosing the control group")
    parser.add_argument("--discounts", default=None,
                        help="discount tiers as key=percent, e.g. vip=0,winback=15,at_risk=10")
    parser.add_argument("--default-discount", type=float, default=0.0, help="discount for everyone else")
    parser.add_argument("--margin", type=float, default=None,
                        help="your margin in percent; discounts are capped at half of it")
    parser.add_argument("--subject", default="", help="subject line template, e.g. '{first_name}, for you'")
    parser.add_argument("--tag", default="", help="Shopify tag to add (default sk-AUDIENCE)")
    parser.add_argument("--include-unknown-consent", action="store_true",
                        help="also include customers whose marketing consent is not recorded (unknown consent is "
                             "not consent: only do this if you know they agreed); a 'no' is never included")
    parser.add_argument("--include-unconsented", action="store_true",
                        help="older name of --include-unknown-consent")
    parser.add_argument("--no-record", action="store_true", help="do not store the campaign in the shop")
    parser.add_argument("--sent-at", default="", metavar="YYYY-MM-DD",
                        help="the day the file is sent, for judging results (default today)")
    parser.add_argument("--window-days", type=int, default=DEFAULT_WINDOW_DAYS,
                        help=f"days after sending to judge results on (default {DEFAULT_WINDOW_DAYS})")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME[:key=value;...]",
                        help="a version sent to its own random group; give two or three, e.g. "
                             "'A:subject=Hello {first_name}' 'B:discount=10' 'C:picks=none'")
    parser.add_argument("--codes", default="", metavar="PREFIX",
                        help="give every mailed customer a unique coupon code starting with PREFIX (a COUPON column)")
    parser.add_argument("--codes-file", choices=CODES_PLATFORMS, default=None,
                        help="also write the codes file for the platform's bulk import (needs --codes)")
    parser.add_argument("--name", default="", help="the campaign's name (default: audience, target and date)")
    parser.add_argument("--skip-full-price", action="store_true",
                        help="no discount for customers who buy at full price (fewer than half of their orders on a "
                             "deal); the cost estimate shows what this saves against a flat discount")
    parser.add_argument("--scale-by-value", action="store_true",
                        help="scale each tier's discount by the customer's predicted value (0.5-1.5x), within the "
                             "margin cap")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build and write the offer; returns the exit code."""
    db = open_db(args)
    spec = OfferSpec(audience=args.audience, target=args.target,
                     tiers=tuple(parse_tiers(args.discounts)) if args.discounts else DEFAULT_TIERS,
                     default_percent=args.default_discount, margin_percent=args.margin, control_share=args.control,
                     seed=args.seed, subject_template=args.subject,
                     include_unknown_consent=args.include_unknown_consent or args.include_unconsented,
                     tag=args.tag, sent_at=args.sent_at, window_days=args.window_days,
                     variants=tuple(parse_variant(text) for text in args.variant), coupon_prefix=args.codes,
                     codes_platform=(args.codes_file or "") if args.codes else "", name=args.name,
                     skip_full_price=args.skip_full_price, scale_by_value=args.scale_by_value)
    result = make_offer(db, spec, args.out, record=not args.no_record)
    summary = {"audience": result.audience_label, "target": args.target, "counts": result.counts,
               "estimated_cost": result.cost, "currency": result.currency, "files": [str(p) for p in result.written],
               "campaign_id": result.campaign_id, "notes": result.notes, "groups": result.groups,
               "sent_at": sent_day(spec.sent_at), "window_days": spec.window_days}
    if args.json:
        print_json(summary)
    else:
        print(f"{result.audience_label}: {result.counts['in_file']:,} customers in {result.written[0]}"
              f" ({result.counts['control']:,} held out as a control group).")
        for note in result.notes:
            print(f"- {note}")
        print(f"Estimated discount cost: {result.cost['max_cost']:,.2f} {result.currency} if everyone orders once "
              f"({result.cost['expected_cost']:,.2f} at {result.cost['redemption_rate']:.0%} redemption).")
        for path in result.written[1:]:
            print(f"Also wrote {path}")
    return 0
