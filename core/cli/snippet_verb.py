"""``python -m core snippet``: write a paste-in widget for the shop (also bought, bestsellers, VIP banner)."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.atomic import write_text_atomic
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json
from core.snippets import KINDS, build_snippet
from core.snippets.texts import SHOP_LANGUAGES

VERB = "snippet"


def register(subparsers) -> None:
    """Add the ``snippet`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="write a shop widget: also bought, bestsellers or a VIP banner (HTML or Shopify Liquid)",
        description="Write a small, self-contained widget to paste into your shop. It holds product names, links "
        "and prices only - never customer data.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--kind", required=True, choices=KINDS, help="which widget")
    parser.add_argument("--out", required=True, type=Path, help="the file to write")
    parser.add_argument("--max-products", type=int, default=200,
                        help="only the N best-selling products get recommendations (keeps the widget small)")
    parser.add_argument("--per-product", type=int, default=4, help="cards shown per product (default 4)")
    parser.add_argument("--audience", default=None, help="bestsellers among this segment or list")
    parser.add_argument("--country", default=None, help="bestsellers in this country")
    parser.add_argument("--top", type=int, default=8, help="how many bestsellers (default 8)")
    parser.add_argument("--tag", default="sk-vip", help="customer tag or page class for the banner")
    parser.add_argument("--message", default=None, help="banner text")
    parser.add_argument("--shop-lang", default="en", choices=SHOP_LANGUAGES,
                        help="the language of your shop's customers: the widget's texts and prices (default en)")
    parser.add_argument("--heading", default=None, help="your own heading instead of the shop language's")
    parser.add_argument("--button", default=None, help="your own card button text instead of the shop language's")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build and write the snippet; returns the exit code."""
    db = open_db(args)
    snippet = build_snippet(db, args.kind, max_products=args.max_products, per_product=args.per_product,
                            audience=args.audience, country=args.country, top_n=args.top, tag=args.tag,
                            message=args.message or None, shop_lang=args.shop_lang, heading=args.heading,
                            button=args.button)
    write_text_atomic(args.out, snippet.text)  # all-or-nothing: an earlier snippet survives a failure
    if args.json:
        print_json({"kind": snippet.kind, "file": str(args.out), "size_bytes": snippet.size_bytes,
                    "products": snippet.products, "notes": snippet.notes, "guide": snippet.guide,
                    "shop_lang": snippet.shop_lang, "held_back": sum(snippet.held_back.values()),
                    "held_back_reasons": snippet.held_back, "links_guessed": snippet.links_guessed})
    else:
        print(f"Wrote {args.out} ({snippet.size_bytes:,} bytes).")
        for note in snippet.notes:
            print(f"- {note}")
        print()
        print(snippet.guide)
    return 0
