"""Unique coupon codes per campaign member, and the codes file a shop platform imports in bulk.

A code is the owner's prefix, a dash and random characters from an alphabet without look-alikes (no 0/O, 1/I/L,
and no U/V either), drawn from a generator seeded by the campaign's seed, so a rebuilt file gets the same codes.
Codes are matched to orders case-insensitively (``normalise_code``).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from core.errors import ShopkeeperError
from core.exports import write_safe_csv
from core.messages import MessageTemplate

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
CODE_LENGTH = 8
BAD_PREFIX = MessageTemplate("campaigns.error.code_prefix",
                             "A coupon code prefix may hold letters and digits only, at most 12 (like WINBACK).")
NO_CODES_FILE = MessageTemplate("campaigns.error.no_codes_file",
                                "'{platform}' has no codes file; choose one of {known}.")
CODES_PLATFORMS = ("shopify", "woocommerce")
"""Platforms whose bulk import of discount codes Shopkeeper writes a file for."""
# Shopify's admin has no codes import of its own; Matrixify's "Discounts" import (the usual Shopify bulk tool) adds
# every row's Code to the discount named in Title (rows sharing a Title become codes of one discount).
SHOPIFY_CODES_HEADER = ["Title", "Command", "Code"]
# WooCommerce's core product CSV importer does not take coupons; this is the column set of the widely used
# coupon import extensions (one row per coupon; the discount is set per row).
WOOCOMMERCE_CODES_HEADER = ["post_title", "discount_type", "coupon_amount", "usage_limit", "usage_limit_per_user",
                            "individual_use", "email_restrictions", "date_expires"]


class CodeError(ShopkeeperError):
    """Coupon codes could not be made as asked."""

    code = "coupon_codes"


def normalise_code(code) -> str:
    """Return ``code`` as codes are compared: trimmed and upper-case ("" for none)."""
    if code is None or (isinstance(code, float) and np.isnan(code)):
        return ""
    return str(code).strip().upper()


def clean_prefix(prefix: str) -> str:
    """Return the prefix upper-cased; raises CodeError unless it is 1-12 letters and digits."""
    text = (prefix or "").strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,12}", text):
        raise CodeError(BAD_PREFIX())
    return text


def make_codes(count: int, prefix: str, seed: int, taken=()) -> list[str]:
    """Return ``count`` distinct codes ``PREFIX-XXXXXXXX`` (random characters of CODE_ALPHABET, seeded), none of
    them in ``taken`` (compared case-insensitively)."""
    head = clean_prefix(prefix)
    rng = np.random.default_rng(seed)
    seen = {normalise_code(code) for code in taken}
    codes: list[str] = []
    alphabet = np.array(list(CODE_ALPHABET))
    while len(codes) < count:
        batch = rng.integers(0, len(alphabet), size=(count - len(codes), CODE_LENGTH))
        for row in batch:
            code = f"{head}-{''.join(alphabet[row])}"
            if code not in seen:
                seen.add(code)
                codes.append(code)
    return codes


def codes_frame(codes: pd.DataFrame, platform: str, title: str = "Shopkeeper offer", expires: str = ""
                ) -> pd.DataFrame:
    """Return the bulk-import table of ``codes`` (columns coupon_code, discount_percent, email) for ``platform``:
    Shopify (Matrixify "Discounts": one discount per percent, titled "``title`` N%", each member's code merged into
    it) or a WooCommerce coupons CSV (one percent coupon per row, single use, limited to the member's e-mail)."""
    if platform == "shopify":
        titles = codes["discount_percent"].map(lambda p: f"{title} {float(p):g}%")
        return pd.DataFrame({"Title": titles.to_numpy(), "Command": "MERGE",
                             "Code": codes["coupon_code"].astype(str).to_numpy()}, columns=SHOPIFY_CODES_HEADER)
    if platform == "woocommerce":
        email = codes["email"].astype(object).where(codes["email"].notna(), "") if "email" in codes else ""
        return pd.DataFrame({"post_title": codes["coupon_code"].astype(str).to_numpy(), "discount_type": "percent",
                             "coupon_amount": codes["discount_percent"].map(lambda p: f"{float(p):g}").to_numpy(),
                             "usage_limit": 1, "usage_limit_per_user": 1, "individual_use": "yes",
                             "email_restrictions": np.asarray(email), "date_expires": expires},
                            columns=WOOCOMMERCE_CODES_HEADER)
    raise CodeError(NO_CODES_FILE(platform=str(platform), known=", ".join(CODES_PLATFORMS)))


def codes_path(offer_file: str | Path, platform: str) -> Path:
    """Return where the codes file of an offer file goes: ``<offer>.codes-<platform>.csv`` beside it."""
    offer_file = Path(offer_file)
    return offer_file.with_name(f"{offer_file.stem}.codes-{platform}.csv")


def write_codes_file(codes: pd.DataFrame, platform: str, path: str | Path, title: str = "Shopkeeper offer",
                     expires: str = "") -> Path:
    """Write the codes file of ``platform`` to ``path`` (formula-safe CSV, UTF-8 without BOM); returns the path."""
    return write_safe_csv(codes_frame(codes, platform, title, expires), path, encoding="utf-8")
