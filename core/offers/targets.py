"""The file formats offers are written in, and each one's rules (checked before anything is written).

Every target turns the canonical offer table (see ``campaign.build_offer``) into its own columns and returns the
rows it had to drop with a plain reason for each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from core.errors import ShopkeeperError
from core.messages import Count, MessageTemplate, Number
from core.exports import neutralise_cell

NOT_A_MERGE_TAG = MessageTemplate("offers.error.merge_tag", "The Mailchimp column {name} is not a valid merge tag.")
BAD_COUNTRY = MessageTemplate("offers.error.country_code",
                              "A country code in the Mailchimp file is not a two-letter ISO code.")
KLAVIYO_TOO_BIG = MessageTemplate(
    "offers.error.klaviyo_size",
    "The Klaviyo file would be {size} MB, over Klaviyo's 50 MB limit; choose a smaller audience.")
BAD_SHOPIFY_TAG = MessageTemplate(
    "offers.error.shopify_tag", "The Shopify tag must be short, lowercase letters, digits and dashes (like sk-vip).")
UNKNOWN_TARGET = MessageTemplate("offers.error.unknown_target",
                                 "'{target}' is not a file type Shopkeeper writes; choose one of {known}.")

EMAIL_RE = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]{2,}$")
MAILCHIMP_TAG_RE = re.compile(r"^[A-Z0-9_]{1,10}$")
MAILCHIMP_MAX_BYTES = 255
KLAVIYO_MAX_BYTES = 50 * 1024 * 1024
SHOPIFY_MAX_TAG_CHARS = 255
SHOPIFY_HEADER = ["First Name", "Last Name", "Email", "Company", "Address1", "Address2", "City", "Province",
                  "Province Code", "Country", "Country Code", "Zip", "Phone", "Accepts Email Marketing",
                  "Accepts SMS Marketing", "Tags", "Note", "Tax Exempt"]
TARGETS = ("mailchimp", "klaviyo", "shopify", "csv", "xlsx")
TARGET_LABELS = {"mailchimp": "Mailchimp audience (CSV)", "klaviyo": "Klaviyo list (CSV)",
                 "shopify": "Shopify customer tags (CSV)", "csv": "Spreadsheet (CSV)", "xlsx": "Excel (XLSX)"}
REASON_TEXTS = {key: MessageTemplate(f"offers.dropped.{key}", text) for key, text in (
    ("no_email", "no e-mail address"),
    ("bad_email", "e-mail address is not valid"),
    ("duplicate_email", "the same e-mail address appears twice (kept the first)"),
    ("no_consent", "did not accept marketing"),
    ("unknown_consent", "no marketing consent recorded"),
)}
REASONS = {key: template.template for key, template in REASON_TEXTS.items()}
"""Why a customer is not in an offer file, by key (English; the ``reason`` column of the dropped rows)."""


def _whole(n) -> Count:
    """Return a count whose English is the bare number ("1234"), as these notes always wrote it."""
    return Count(int(n), str(int(n)))


SHORTENED_NOTE = MessageTemplate("offers.note.shortened",
                                 "{cells} text cell(s) were shortened to Mailchimp's 255-byte limit.")
NO_COUNTRY_NOTE = MessageTemplate("offers.note.no_country",
                                  "{customers} customer(s) have no known country; their COUNTRY is left empty.")


class InvalidOfferFile(ShopkeeperError):
    """An offer file would break its target's rules."""

    code = "invalid_offer_file"


@dataclass
class TargetResult:
    """What a target made: ``frame`` (ready to write), ``dropped`` (customer_id, email, reason), ``notes``."""

    frame: pd.DataFrame
    dropped: pd.DataFrame
    notes: list[str]


def _text(series: pd.Series) -> pd.Series:
    return series.astype(object).where(series.notna(), "").astype(str).replace({"nan": "", "<NA>": "", "None": ""})


def truncate_bytes(text: str, limit: int) -> str:
    """Return ``text`` cut to at most ``limit`` UTF-8 bytes without splitting a character."""
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    return raw[:limit].decode("utf-8", "ignore")


def _drop(frame: pd.DataFrame, mask: pd.Series, reason: str, dropped: list) -> pd.DataFrame:
    mask = mask.astype(bool)
    if mask.any():
        gone = frame.loc[mask]
        dropped.append(pd.DataFrame({"customer_id": gone["customer_id"].values, "email": gone["email"].values,
                                     "reason": REASONS[reason]}))
    return frame.loc[~mask]


def check_emails(offer: pd.DataFrame, unique: bool) -> tuple[pd.DataFrame, list]:
    """Return (rows with a valid e-mail, list of dropped frames); duplicates dropped when ``unique``."""
    dropped: list = []
    frame = offer.copy()
    frame["email"] = _text(frame["email"]).str.strip()
    frame = _drop(frame, frame["email"] == "", "no_email", dropped)
    frame = _drop(frame, ~frame["email"].map(lambda e: bool(EMAIL_RE.match(e))), "bad_email", dropped)
    if unique:
        frame = _drop(frame, frame["email"].str.lower().duplicated(), "duplicate_email", dropped)
    return frame, dropped


def _campaign_fields(frame: pd.DataFrame, group_header: str, code_header: str) -> dict[str, pd.Series]:
    """Return the variant and coupon code columns under the target's headers, for an offer that has them (the
    ``variant`` column exists only when the offer has variants)."""
    out = {}
    if "variant" in frame.columns:
        out[group_header] = _text(frame["variant"])
    if "coupon_code" in frame.columns:
        out[code_header] = _text(frame["coupon_code"])
    return out


def _recs(offer: pd.DataFrame, style: str) -> dict[str, pd.Series]:
    out = {}
    for i in (1, 2, 3):
        for part, mc, kl in (("name", "NAME", "Name"), ("url", "URL", "URL"), ("price", "PRICE", "Price"),
                             ("image", "IMG", "Image")):
            column = f"rec{i}_{part}"
            values = offer[column] if column in offer.columns else pd.Series("", index=offer.index)
            values = values.map(lambda v: "" if pd.isna(v) else (f"{v:.2f}" if isinstance(v, float) else str(v)))
            out[f"REC{i}{mc}" if style == "mailchimp" else f"Recommended {i} {kl}"] = values
    for prefix, mc, kl in (("again", "AGAIN", "Buy again"), ("discover", "DISC", "New for you")):
        for part, mc_part, kl_part in (("name", "NAME", "Name"), ("url", "URL", "URL")):
            column = f"{prefix}_{part}"
            values = offer[column] if column in offer.columns else pd.Series("", index=offer.index)
            out[f"{mc}{mc_part}" if style == "mailchimp" else f"{kl} {kl_part}"] = values.map(
                lambda v: "" if pd.isna(v) else str(v))
    return out


def mailchimp(offer: pd.DataFrame) -> TargetResult:
    """Return a Mailchimp audience import: ``Email Address``, merge fields FNAME, LNAME and A-Z0-9_ tags."""
    frame, dropped = check_emails(offer, unique=True)
    columns = {
        "Email Address": frame["email"],
        "FNAME": _text(frame["first_name"]), "LNAME": _text(frame["last_name"]),
        "COUNTRY": _text(frame["country_code"]), "SEGMENT": _text(frame["segment_label"]),
        "FAVCAT": _text(frame["favourite_category"]), "FAVPRODUCT": _text(frame["favourite_product"]),
        "LASTORDER": _text(frame["last_order_date"]),
        **_recs(frame, "mailchimp"),
        "DISCOUNT": frame["discount_percent"].map(lambda p: f"{p:g}"),
        "TIER": _text(frame["discount_tier"]),
    }
    if "subject" in frame.columns:
        columns["SUBJECT"] = _text(frame["subject"])
    columns.update(_campaign_fields(frame, "GROUP", "COUPON"))
    out = pd.DataFrame(columns)
    notes: list = []
    truncated = 0
    for name in out.columns:
        if name != "Email Address" and not MAILCHIMP_TAG_RE.match(name):
            raise InvalidOfferFile(NOT_A_MERGE_TAG(name=str(name)))
        # Neutralise formula-like text first so the leading ' counts towards the 255-byte limit.
        before = out[name].astype(str).map(neutralise_cell)
        after = before.map(lambda s: truncate_bytes(s, MAILCHIMP_MAX_BYTES))
        truncated += int((before != after).sum())
        out[name] = after
    if truncated:
        notes.append(SHORTENED_NOTE(cells=_whole(truncated)))
    bad_country = (out["COUNTRY"] != "") & ~out["COUNTRY"].str.fullmatch(r"[A-Z]{2}")
    if bad_country.any():
        raise InvalidOfferFile(BAD_COUNTRY())
    missing = int((out["COUNTRY"] == "").sum())
    if missing:
        notes.append(NO_COUNTRY_NOTE(customers=_whole(missing)))
    return TargetResult(out.reset_index(drop=True), _concat(dropped), notes)


def klaviyo(offer: pd.DataFrame) -> TargetResult:
    """Return a Klaviyo list import: ``Email`` first, no duplicate e-mails, custom properties after."""
    frame, dropped = check_emails(offer, unique=True)
    columns = {
        "Email": frame["email"], "First Name": _text(frame["first_name"]), "Last Name": _text(frame["last_name"]),
        "Country": _text(frame["country_code"]), "Segment": _text(frame["segment_label"]),
        "Favourite Category": _text(frame["favourite_category"]),
        "Favourite Product": _text(frame["favourite_product"]), "Last Order Date": _text(frame["last_order_date"]),
        **_recs(frame, "klaviyo"),
        "Discount Percent": frame["discount_percent"], "Discount Tier": _text(frame["discount_tier"]),
    }
    if "subject" in frame.columns:
        columns["Subject Line"] = _text(frame["subject"])
    columns.update(_campaign_fields(frame, "Group", "Coupon Code"))
    out = pd.DataFrame(columns).reset_index(drop=True)
    size = len(out.to_csv(index=False).encode("utf-8"))
    if size > KLAVIYO_MAX_BYTES:
        raise InvalidOfferFile(KLAVIYO_TOO_BIG(size=Number(size / 1e6, f"{size / 1e6:.0f}")))
    return TargetResult(out, _concat(dropped), [])


def shopify(offer: pd.DataFrame, tag: str) -> TargetResult:
    """Return a Shopify customer import that adds ``tag`` to existing customers (matched by e-mail).

    Existing tags from the shop's import are kept, because Shopify replaces the tags of customers it overwrites.
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", tag or ""):
        raise InvalidOfferFile(BAD_SHOPIFY_TAG())
    frame, dropped = check_emails(offer, unique=True)

    def merged_tags(existing: str, variant: str = "") -> str:
        tags = [t.strip() for t in str(existing or "").split(",") if t.strip() and t.strip().lower() != "nan"]
        tags = [t[:SHOPIFY_MAX_TAG_CHARS] for t in tags]
        extra = [tag] + ([f"{tag}-{re.sub(r'[^a-z0-9]+', '-', variant.lower()).strip('-')}"] if variant else [])
        for new in extra:
            if new not in [t.lower() for t in tags]:
                tags.append(new)
        return ", ".join(tags)

    consent = frame["accepts_marketing"].map(lambda v: "" if pd.isna(v) else ("yes" if int(v) else "no"))
    out = pd.DataFrame({name: "" for name in SHOPIFY_HEADER}, index=frame.index)
    out["First Name"] = _text(frame["first_name"])
    out["Last Name"] = _text(frame["last_name"])
    out["Email"] = frame["email"]
    out["Country Code"] = _text(frame["country_code"])
    out["Accepts Email Marketing"] = consent
    variants = _text(frame["variant"]) if "variant" in frame.columns else pd.Series("", index=frame.index)
    out["Tags"] = [merged_tags(existing, variant) for existing, variant in zip(_text(frame["tags"]), variants)]
    return TargetResult(out[SHOPIFY_HEADER].reset_index(drop=True), _concat(dropped),
                        [f"Every customer in the file gets the tag '{tag}'; their existing tags are kept."])


GENERIC_HEADERS = {
    "customer_id": "Customer number", "email": "E-mail", "first_name": "First name", "last_name": "Last name",
    "country_code": "Country", "segment_label": "Segment", "favourite_category": "Favourite category",
    "favourite_product": "Favourite product", "last_order_date": "Last order", "orders": "Orders",
    "value": "Spent", "average_order": "Average order",
    "rec1_name": "Recommended 1", "rec1_url": "Recommended 1 link", "rec1_price": "Recommended 1 price",
    "rec2_name": "Recommended 2", "rec2_url": "Recommended 2 link", "rec2_price": "Recommended 2 price",
    "rec3_name": "Recommended 3", "rec3_url": "Recommended 3 link", "rec3_price": "Recommended 3 price",
    "rec1_image": "Recommended 1 picture", "rec2_image": "Recommended 2 picture", "rec3_image": "Recommended 3 picture",
    "again_name": "Buy again", "again_url": "Buy again link", "discover_name": "New for you",
    "discover_url": "New for you link",
    "discount_tier": "Discount tier", "discount_percent": "Discount %", "subject": "Subject line",
    "variant": "Variant", "coupon_code": "Coupon code",
}


def generic(offer: pd.DataFrame) -> TargetResult:
    """Return the full personalised table with readable headers (rows without an e-mail are kept)."""
    columns = [c for c in GENERIC_HEADERS if c in offer.columns]
    out = offer[columns].rename(columns=GENERIC_HEADERS).reset_index(drop=True)
    return TargetResult(out, _concat([]), [])


def _concat(frames: list) -> pd.DataFrame:
    if not frames:
        return pd.DataFrame(columns=["customer_id", "email", "reason"])
    return pd.concat(frames, ignore_index=True)


def apply_target(offer: pd.DataFrame, target: str, tag: str = "sk-offer") -> TargetResult:
    """Return the TargetResult for ``target`` (one of TARGETS); raises InvalidOfferFile on unknown targets."""
    if target == "mailchimp":
        return mailchimp(offer)
    if target == "klaviyo":
        return klaviyo(offer)
    if target == "shopify":
        return shopify(offer, tag)
    if target in ("csv", "xlsx"):
        return generic(offer)
    raise InvalidOfferFile(UNKNOWN_TARGET(target=str(target), known=', '.join(TARGETS)))
