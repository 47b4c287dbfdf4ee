"""From an audience to ready campaign files: personalise, filter by consent, hold out a control group,
validate for the target, write safely, and remember the campaign in the shop database."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import sqlite_utils

from core.atomic import atomic_write
from core.campaigns.codes import CODES_PLATFORMS, NO_CODES_FILE, clean_prefix, codes_path, make_codes, \
    write_codes_file
from core.campaigns.results import DEFAULT_WINDOW_DAYS, check_window
from core.campaigns.split import CONTROL, MAILED, split_groups
from core.errors import ShopkeeperError
from core.messages import Count, Message, MessageTemplate, plain
from core.exports import neutralise_frame, write_safe_csv
from core.offers.audiences import resolve_audience
from core.offers.countries import iso_country
from core.analysis.recommend import LIST_AGAIN, LIST_DISCOVER, LIST_PICKS
from core.offers.products import customer_pick_lists, product_catalog
from core.offers.targets import REASON_TEXTS, REASONS, TARGETS, UNKNOWN_TARGET, apply_target
from core.offers.tiers import (DEFAULT_TIERS, DiscountTier, assign_tiers, cap_percent, discount_inputs,
                               estimate_cost)
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress
from core.shop_data import ShopData, as_shop_data
from core.store import write_transaction

CONTROL_SHARE = MessageTemplate(
    "offers.error.control_share", "The control group must be a share between 0 and 1 (for example 0.1 for 10%).")
EMPTY_AUDIENCE = MessageTemplate("offers.error.empty_audience",
                                 "The audience '{audience}' has no customers in this shop.")
NOT_LINED_UP = MessageTemplate("offers.error.not_lined_up",
                               "The offer file could not be lined up with its customers; nothing was written.")
NOBODY_FITS = MessageTemplate("offers.error.nobody_fits",
                              "No customer in '{audience}' can go into this file ({reasons}).")
FINDING_AUDIENCE = MessageTemplate("offers.progress.audience", "Finding the audience")
PERSONALISING = MessageTemplate("offers.progress.personalising", "Personalising")
CHOOSING_DISCOUNTS = MessageTemplate("offers.progress.discounts", "Choosing discounts")
CHECKING_FILE = MessageTemplate("offers.progress.checking", "Checking the file")

LEFT_OUT_NOTE = MessageTemplate("offers.note.left_out",
                                "{customers} customer(s) who did not accept marketing were left out.")
UNKNOWN_INCLUDED_NOTE = MessageTemplate("offers.note.unknown_included", "{customers} customer(s) have no marketing "
                                        "consent recorded; they are included, as you asked.")
UNKNOWN_LEFT_OUT_NOTE = MessageTemplate("offers.note.unknown_left_out", "{customers} customer(s) have no marketing "
                                        "consent recorded; they are left out (import the shop's customers export, "
                                        "which says who agreed).")
DROPPED_NOTE = MessageTemplate("offers.note.dropped", "{rows} row(s) dropped: {reason}.")
# The ``{reasons}`` of NOBODY_FITS: "12 no e-mail address; 3 did not accept marketing", one part per reason.
DROPPED_COUNT = MessageTemplate("offers.error.dropped_count", "{rows} {reason}")
DROPPED_COUNTS = MessageTemplate("offers.error.dropped_counts", "{first}; {then}")
BAD_SENT_AT = MessageTemplate("offers.error.sent_at", "The send date must be a day written like 2024-03-31.")
VARIANT_COUNT = MessageTemplate("offers.error.variant_count", "An offer has two or three variants, or none.")
VARIANT_NAMES = MessageTemplate(
    "offers.error.variant_names",
    "Each variant needs its own short name (letters, digits, spaces or dashes; not 'control' or 'mailed').")
BAD_VARIANT = MessageTemplate("offers.error.variant",
                              "'{text}' is not a variant; write it like A:subject=Welcome back or B:discount=10.")
BAD_PICKS = MessageTemplate("offers.error.variant_picks", "A variant's picks are 'personal' or 'none'.")
GROUPS_NOTE = MessageTemplate("offers.note.groups", "Groups: {groups}.")
GROUP_SIZE = MessageTemplate("offers.note.group_size", "{group} {customers}")
GROUP_SIZES = MessageTemplate("offers.note.group_sizes", "{first}, {then}")
CODES_NOTE = MessageTemplate("offers.note.codes",
                             "{customers} unique coupon code(s) are in the file; import the codes file into your "
                             "shop before sending.")
CAPPED_NOTE = MessageTemplate("offers.note.capped",
                              "{customers} customer(s) had their discount lowered to stay within your margin.")
_REASON_MESSAGES = {template.template: template for template in REASON_TEXTS.values()}


def _reason_message(reason) -> Message:
    """Return the Message of a dropped row's English ``reason``."""
    template = _REASON_MESSAGES.get(str(reason))
    return template() if template is not None else plain(str(reason))


def _dropped_counts(reasons: pd.Series) -> Message | str:
    """Return how many rows were dropped for each reason (most first) as one Message, or "" when none were."""
    out: Message | str = ""
    for reason, n in reasons.value_counts().items():
        part = DROPPED_COUNT(rows=_whole(n), reason=_reason_message(reason))
        out = DROPPED_COUNTS(first=out, then=part) if out else part
    return out


def _whole(n) -> Count:
    """Return a count whose English is the bare number ("1234"), as these notes always wrote it."""
    return Count(int(n), str(int(n)))

PLACEHOLDERS = ("first_name", "last_name", "favourite_category", "favourite_product", "segment", "discount",
                "product_1", "product_2", "product_3", "last_order_date")


class OfferError(ShopkeeperError):
    """An offer could not be made."""

    code = "offer_error"


PICKS = ("personal", "none")


@dataclass(frozen=True)
class Variant:
    """One version of an offer, sent to its own random group: ``name`` (the group's name), and what differs: a
    ``subject_template`` (empty: the offer's own), a ``discount_percent`` for everyone in it (None: the tiers'), and
    ``picks`` ('personal' product picks, or 'none')."""

    name: str
    subject_template: str = ""
    discount_percent: float | None = None
    picks: str = "personal"


def parse_variant(text: str) -> Variant:
    """Return the Variant written as ``NAME[:key=value[;key=value]]`` with keys subject, discount and picks
    (``B:discount=10``, ``A:subject=Hello {first_name}``, ``C:picks=none``); raises OfferError when it is not one."""
    name, _, rest = (text or "").partition(":")
    settings: dict = {}
    for part in rest.split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in ("subject", "discount", "picks"):
            raise OfferError(BAD_VARIANT(text=str(text)))
        settings[key] = value.strip()
    try:
        discount = float(settings["discount"].rstrip("%")) if "discount" in settings else None
    except ValueError:
        raise OfferError(BAD_VARIANT(text=str(text))) from None
    return Variant(name.strip(), settings.get("subject", ""), discount, settings.get("picks", "personal") or "personal")


def check_variants(variants) -> tuple[Variant, ...]:
    """Return ``variants`` as a tuple; raises OfferError unless there are none or 2-3 with distinct proper names,
    discounts of 0-100 % and known picks."""
    variants = tuple(variants or ())
    if not variants:
        return variants
    if not 2 <= len(variants) <= 3:
        raise OfferError(VARIANT_COUNT())
    names = [v.name.strip() for v in variants]
    if (len({n.lower() for n in names}) != len(names)
            or any(not re.fullmatch(r"[\w][\w -]{0,23}", n) or n.lower() in (CONTROL, MAILED) for n in names)):
        raise OfferError(VARIANT_NAMES())
    for variant in variants:
        if variant.picks not in PICKS:
            raise OfferError(BAD_PICKS())
        if variant.discount_percent is not None and not 0 <= variant.discount_percent <= 100:
            raise OfferError(BAD_VARIANT(text=f"{variant.name}:discount={variant.discount_percent:g}"))
    return variants


def sent_day(text: str | None) -> str:
    """Return the send date ``text`` (YYYY-MM-DD) checked, or today's date when empty; raises OfferError."""
    text = str(text or "").strip()
    if not text:
        return date.today().isoformat()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise OfferError(BAD_SENT_AT())
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise OfferError(BAD_SENT_AT()) from None


@dataclass
class OfferSpec:
    """What the owner chose: audience key, target, discount tiers, control share, consent and subject template."""

    audience: str
    target: str = "csv"
    tiers: tuple[DiscountTier, ...] = DEFAULT_TIERS
    default_percent: float = 0.0
    margin_percent: float | None = None
    max_share_of_margin: float = 0.5
    control_share: float = 0.1
    seed: int = 2024
    # Customers with no recorded consent go in only when the owner says so; a "no" never goes in.
    include_unknown_consent: bool = False
    # Kept for older scripts: it now means include_unknown_consent (a "no" is never overridden).
    include_unconsented: bool = False
    subject_template: str = ""
    tag: str = ""
    redemption_rate: float = 0.1
    name: str = ""
    # segment names in the owner's language, {English label: shown label}, for the file's segment column and
    # the {segment} placeholder (the desktop passes its translations; the CLI keeps English)
    segment_names: dict = field(default_factory=dict)
    # the day the file goes out (YYYY-MM-DD; empty: today) and how many days after it results are judged
    sent_at: str = ""
    window_days: int = DEFAULT_WINDOW_DAYS
    # two or three versions sent to random, segment-balanced groups (none: one mailed group)
    variants: tuple[Variant, ...] = ()
    # unique coupon codes: the prefix (empty: no codes) and the platform whose codes file to write (optional)
    coupon_prefix: str = ""
    codes_platform: str = ""
    # issue 19: no discount for full-price buyers; each tier's percent scaled by predicted value (core.offers.tiers)
    skip_full_price: bool = False
    scale_by_value: bool = False


@dataclass
class OfferResult:
    """A built offer: the ``file`` rows (target columns), the ``control`` rows, ``dropped`` rows with reasons,
    the canonical ``table``, ``counts``, ``cost`` estimate and ``notes`` (plain sentences)."""

    spec: OfferSpec
    audience_label: str
    table: pd.DataFrame
    file: pd.DataFrame
    control: pd.DataFrame
    dropped: pd.DataFrame
    counts: dict
    cost: dict
    currency: str
    notes: list[Message] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    campaign_id: int | None = None
    groups: dict = field(default_factory=dict)

    @property
    def codes(self) -> pd.DataFrame:
        """Return the mailed members' coupon codes: coupon_code, discount_percent, email, group (empty without)."""
        if "coupon_code" not in self.table.columns:
            return pd.DataFrame(columns=["coupon_code", "discount_percent", "email", "group"])
        mailed = self.table[~self.table["in_control"] & self.table["coupon_code"].astype(bool)]
        return mailed[["coupon_code", "discount_percent", "email", "group"]].reset_index(drop=True)


def _consent_flags(table: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Return (said yes, said no, unknown) per row of ``table`` from its ``accepts_marketing`` column."""
    flag = pd.to_numeric(table["accepts_marketing"], errors="coerce")
    return flag == 1, flag == 0, flag.isna()


def _may_be_mailed(table: pd.DataFrame, spec: OfferSpec) -> pd.Series:
    """Return True per row of ``table`` whose customer may get this offer: a yes, or an unknown that ``spec``
    includes; never a no."""
    said_yes, _said_no, unknown = _consent_flags(table)
    return said_yes | (unknown & bool(spec.include_unknown_consent or spec.include_unconsented))


def _filter_consent(table: pd.DataFrame, spec: OfferSpec, counts: dict, notes: list[str]
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (the audience rows that may be mailed, the rows left out with their reason); fills the counts.

    A customer who said no (their latest statement, core.consent) is never included. Unknown consent is not
    consent: such customers are left out unless ``spec.include_unknown_consent`` (or the older
    ``include_unconsented``) says to include them.
    """
    said_yes, said_no, unknown = _consent_flags(table)
    take_unknown = spec.include_unknown_consent or spec.include_unconsented
    left_out = ~_may_be_mailed(table, spec)
    reasons = np.where(said_no[left_out], REASONS["no_consent"], REASONS["unknown_consent"])
    dropped = pd.DataFrame({"customer_id": table.loc[left_out, "customer_id"].values,
                            "email": table.loc[left_out, "email"].values, "reason": reasons})
    counts["consent_yes"] = int(said_yes.sum())
    counts["left_out_no_consent"] = int(said_no.sum())
    counts["consent_unknown"] = int(unknown.sum())
    counts["left_out_unknown_consent"] = int((unknown & ~take_unknown).sum())
    if said_no.any():
        notes.append(LEFT_OUT_NOTE(customers=_whole(int(said_no.sum()))))
    if unknown.any():
        notes.append((UNKNOWN_INCLUDED_NOTE if take_unknown else UNKNOWN_LEFT_OUT_NOTE)(
            customers=_whole(int(unknown.sum()))))
    return table[~left_out], dropped


def default_tag(audience_key: str) -> str:
    """Return the Shopify tag for an audience (``list:vip`` -> ``sk-vip``, ``segment:at_risk`` -> ``sk-at-risk``)."""
    name = audience_key.split("+")[0].split(":", 1)[-1]
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:36] or "offer"
    return f"sk-{slug}"


def render_subject(template: str, values: dict) -> str:
    """Return ``template`` with ``{first_name}``-style placeholders filled (unknown or empty ones become '')."""
    if not template:
        return ""

    def fill(match: re.Match) -> str:
        value = values.get(match.group(1), "")
        return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)

    text = re.sub(r"\{([a-z_0-9]+)\}", fill, template)
    text = re.sub(r"\s+([,.!?])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def control_split(members: pd.DataFrame, share: float, seed: int) -> pd.Series:
    """Return a boolean mask: True for the control group, exactly round(share * n) members.

    Members are ranked by a hash of (seed, customer_id), so the same seed always holds out the same
    customers, whatever order they arrive in.
    """
    if not 0 <= share < 1:
        raise OfferError(CONTROL_SHARE())
    n = int(round(share * len(members)))
    ranks = members["customer_id"].map(
        lambda cid: hashlib.sha256(f"{seed}:{int(cid)}".encode()).hexdigest())
    chosen = ranks.sort_values(kind="stable").index[:n]
    return members.index.isin(chosen)


def _favourites(lines: pd.DataFrame, ids) -> pd.DataFrame:
    mine = lines[lines["customer_id"].isin(ids)]
    if mine.empty:
        return pd.DataFrame(columns=["customer_id", "favourite_category", "favourite_product"])
    by_product = mine.groupby(["customer_id", "product_name"])["line_total"].sum().reset_index()
    fav_product = by_product.sort_values(["customer_id", "line_total", "product_name"],
                                         ascending=[True, False, True]).drop_duplicates("customer_id")
    out = fav_product.rename(columns={"product_name": "favourite_product"})[["customer_id", "favourite_product"]]
    cats = mine[mine["category"].notna() & (mine["category"].astype(str).str.strip() != "")]
    if not cats.empty:
        by_cat = cats.groupby(["customer_id", "category"])["line_total"].sum().reset_index()
        fav_cat = by_cat.sort_values(["customer_id", "line_total", "category"],
                                     ascending=[True, False, True]).drop_duplicates("customer_id")
        out = out.merge(fav_cat.rename(columns={"category": "favourite_category"})[
            ["customer_id", "favourite_category"]], on="customer_id", how="left")
    else:
        out["favourite_category"] = ""
    return out


def build_offer(db_or_shop: sqlite_utils.Database | ShopData, spec: OfferSpec,
                progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled) -> OfferResult:
    """Return the OfferResult for ``spec``: personalised rows for the target, control group and dropped rows.

    ``db_or_shop`` is the shop's Database or its ``core.shop_data.ShopData``: the audience, RFM table, customers,
    order lines, picks and catalogue all come from that one ShopData, so the lines are loaded once.
    Nothing is written; call ``write_offer`` to save the files and ``record_campaign`` to remember it.
    """
    shop = as_shop_data(db_or_shop)
    if spec.target not in TARGETS:
        raise OfferError(UNKNOWN_TARGET(target=str(spec.target), known=', '.join(TARGETS)))
    check_campaign_settings(spec)
    progress(0.0, FINDING_AUDIENCE())
    audience, members = resolve_audience(shop, spec.audience)
    if members.empty:
        raise OfferError(EMPTY_AUDIENCE(audience=audience.label))
    check_cancelled(cancelled)
    rfm = shop.rfm
    people = shop.customers
    table = members.merge(people[["customer_id", "key", "email", "first_name", "last_name", "country",
                                  "accepts_marketing", "tags"]], on="customer_id", how="left")
    table = table.merge(rfm[["customer_id", "last_order", "frequency", "monetary", "average_order",
                             "country"]].rename(columns={"country": "rfm_country", "frequency": "orders",
                                                         "monetary": "value"}), on="customer_id", how="left")
    table["country"] = table["country"].fillna(table["rfm_country"])
    table["country_code"] = table["country"].map(iso_country)
    table["last_order_date"] = table["last_order"].dt.strftime("%Y-%m-%d").fillna("")
    progress(0.2, PERSONALISING())
    lines = shop.lines
    table = table.merge(_favourites(lines, table["customer_id"]), on="customer_id", how="left")
    if spec.segment_names:
        table["segment_label"] = table["segment_label"].map(lambda label: spec.segment_names.get(label, label))
    check_cancelled(cancelled)
    # the blended picks and, for e-mails that show "buy again" and "new for you" apart, the first of each list;
    # only for customers the consent check lets through (the others leave the file, and a customer's picks do
    # not depend on who else is asked about)
    picks = customer_pick_lists(shop, table.loc[_may_be_mailed(table, spec), "customer_id"], n=3, lines=lines,
                                cancelled=cancelled, lists=(LIST_PICKS, LIST_AGAIN, LIST_DISCOVER))
    catalog = product_catalog(shop).set_index("product_id")
    known = catalog["url"].where(catalog["url"].notna() & (catalog["url"] != ""),
                                 catalog["handle"].where(catalog["handle_known"]))
    for prefix, key, rank in [(f"rec{i}", LIST_PICKS, i) for i in (1, 2, 3)] + [("again", LIST_AGAIN, 1),
                                                                                ("discover", LIST_DISCOVER, 1)]:
        chosen = picks[(picks["list"] == key) & (picks["rank"] == rank)].set_index("customer_id")["product_id"]
        product = table["customer_id"].map(chosen)
        table[f"{prefix}_name"] = product.map(catalog["name"])
        table[f"{prefix}_url"] = product.map(known)
        if key == LIST_PICKS:
            table[f"{prefix}_price"] = product.map(catalog["price"]).round(2)
            table[f"{prefix}_image"] = product.map(catalog["image_url"])
    progress(0.6, CHOOSING_DISCOUNTS())
    audience_keys = tuple(part.split(":", 1)[-1] for part in audience.key.split("+"))
    if spec.skip_full_price or spec.scale_by_value:
        table = table.merge(discount_inputs(shop, table["customer_id"], with_value=spec.scale_by_value),
                            on="customer_id", how="left")
    table = assign_tiers(table, spec.tiers, spec.default_percent, spec.margin_percent, spec.max_share_of_margin,
                         audience_keys, skip_full_price=spec.skip_full_price, scale_by_value=spec.scale_by_value)
    if spec.subject_template or any(v.subject_template for v in spec.variants):
        table["subject"] = _subjects(table, spec.subject_template)
    counts = {"audience": int(len(table))}
    notes: list[Message] = []
    table, consent_dropped = _filter_consent(table, spec, counts, notes)
    check_cancelled(cancelled)
    progress(0.7, CHECKING_FILE())
    tag = spec.tag or default_tag(audience.key)
    result = apply_target(table.reset_index(drop=True), spec.target, tag)
    notes.extend(result.notes)
    dropped = pd.concat([consent_dropped, result.dropped], ignore_index=True) if len(result.dropped) else \
        consent_dropped
    valid_ids = set(table["customer_id"]) - set(result.dropped["customer_id"])
    kept = table[table["customer_id"].isin(valid_ids)].reset_index(drop=True)
    # result.frame rows are in table order minus dropped rows: align by position with ``kept``.
    frame = result.frame.reset_index(drop=True)
    if len(frame) != len(kept):
        raise OfferError(NOT_LINED_UP())
    if kept.empty:
        raise OfferError(NOBODY_FITS(audience=audience.label, reasons=_dropped_counts(dropped["reason"])))
    if not 0 <= spec.control_share < 1:
        raise OfferError(CONTROL_SHARE())
    group_names = [v.name for v in spec.variants] or [MAILED]
    kept["group"] = split_groups(kept, group_names, spec.control_share, spec.seed).to_numpy()
    in_control = (kept["group"] == CONTROL).to_numpy()
    kept["in_control"] = in_control
    if spec.variants or spec.coupon_prefix:
        kept = _apply_variants(kept, spec)
        if spec.variants:
            kept["variant"] = kept["group"].where(~in_control, "")
        if spec.coupon_prefix:
            kept["coupon_code"] = ""
            taken = [r[0] for r in shop.db.execute(
                "SELECT coupon_code FROM campaign_members WHERE coupon_code IS NOT NULL").fetchall()]
            kept.loc[~in_control, "coupon_code"] = make_codes(int((~in_control).sum()), spec.coupon_prefix,
                                                              spec.seed, taken)
        again = apply_target(kept.drop(columns=["in_control"]), spec.target, tag)
        frame = again.frame.reset_index(drop=True)
        if len(frame) != len(kept):
            raise OfferError(NOT_LINED_UP())
    control_rows = kept[in_control]
    control = pd.DataFrame({"customer_id": control_rows["customer_id"].values,
                            "email": control_rows["email"].values, "segment": control_rows["segment_label"].values,
                            "discount_tier": control_rows["discount_tier"].values,
                            "held_out": "yes - do not send"})
    file_rows = frame[~in_control].reset_index(drop=True)
    for reason, n in result.dropped["reason"].value_counts().items():
        notes.append(DROPPED_NOTE(rows=_whole(n), reason=_reason_message(reason)))
    counts.update({"dropped_invalid": int(len(result.dropped)), "in_file": int(len(file_rows)),
                   "control": int(in_control.sum())})
    sizes = kept["group"].value_counts()
    groups = {name: int(sizes.get(name, 0)) for name in [*group_names, CONTROL]}
    if spec.variants:
        notes.append(GROUPS_NOTE(groups=_group_sizes(groups)))
    if spec.coupon_prefix:
        notes.append(CODES_NOTE(customers=_whole(int((~in_control).sum()))))
    cost = estimate_cost(kept[~in_control], spec.redemption_rate)
    capped = int(kept["discount_capped"].sum())
    if capped:
        notes.append(CAPPED_NOTE(customers=_whole(capped)))
    progress(1.0, None)
    return OfferResult(spec=spec, audience_label=audience.label, table=kept, file=file_rows, control=control,
                       dropped=dropped.reset_index(drop=True), counts=counts, cost=cost,
                       currency=shop.currency, notes=notes, groups=groups)


def check_campaign_settings(spec: OfferSpec) -> None:
    """Raise OfferError (or a codes/window error) when the spec's send date, window, variants or coupon settings
    cannot be used; returns None."""
    sent_day(spec.sent_at)
    check_window(spec.window_days)
    check_variants(spec.variants)
    if spec.coupon_prefix:
        clean_prefix(spec.coupon_prefix)
    if spec.codes_platform and spec.codes_platform not in CODES_PLATFORMS:
        raise OfferError(NO_CODES_FILE(platform=str(spec.codes_platform), known=", ".join(CODES_PLATFORMS)))


def _subjects(table: pd.DataFrame, template: str) -> list[str]:
    """Return each row's subject line from ``template`` and the row's own values."""
    return [render_subject(template, {
        "first_name": r.first_name, "last_name": r.last_name, "favourite_category": r.favourite_category,
        "favourite_product": r.favourite_product, "segment": r.segment_label,
        "discount": f"{r.discount_percent:g}%", "product_1": r.rec1_name, "product_2": r.rec2_name,
        "product_3": r.rec3_name, "last_order_date": r.last_order_date}) for r in table.itertuples()]


def _apply_variants(kept: pd.DataFrame, spec: OfferSpec) -> pd.DataFrame:
    """Return ``kept`` with each variant's discount (capped by the margin), picks and subject line applied to its
    group's rows."""
    out = kept.copy()
    for variant in spec.variants:
        rows = out["group"] == variant.name
        if not rows.any():
            continue
        if variant.discount_percent is not None:
            capped = cap_percent(variant.discount_percent, spec.margin_percent, spec.max_share_of_margin)
            out.loc[rows, "discount_percent"] = round(capped, 2)
            out.loc[rows, "discount_capped"] = capped < variant.discount_percent
            out.loc[rows, "discount_tier"] = f"{variant.name} {variant.discount_percent:g}%"
        if variant.picks == "none":
            for i in (1, 2, 3):
                out.loc[rows, [f"rec{i}_name", f"rec{i}_url", f"rec{i}_price", f"rec{i}_image"]] = None
            out.loc[rows, ["again_name", "again_url", "discover_name", "discover_url"]] = None
        template = variant.subject_template or spec.subject_template
        if template:
            out.loc[rows, "subject"] = _subjects(out[rows], template)
    return out


def _group_sizes(groups: dict) -> Message | str:
    """Return "A 120, B 119, control 27" as one Message."""
    out: Message | str = ""
    for name, n in groups.items():
        part = GROUP_SIZE(group=str(name), customers=_whole(n))
        out = GROUP_SIZES(first=out, then=part) if out else part
    return out


def output_paths(out: str | Path, target: str) -> dict[str, Path]:
    """Return the file paths an offer writes: ``main``, ``control`` and ``dropped`` beside ``out``."""
    out = Path(out)
    suffix = ".xlsx" if target == "xlsx" else ".csv"
    if out.suffix.lower() != suffix:
        out = out.with_suffix(suffix) if out.suffix else out.with_name(out.name + suffix)
    return {"main": out, "control": out.with_name(out.stem + ".control.csv"),
            "dropped": out.with_name(out.stem + ".dropped.csv")}


def write_xlsx(frame: pd.DataFrame, path: Path) -> Path:
    """Write ``frame`` to an .xlsx sheet with formula-like text neutralised and stored as text; returns the path."""
    safe = neutralise_frame(frame)
    with atomic_write(path, "wb") as handle, pd.ExcelWriter(handle, engine="openpyxl") as writer:
        safe.to_excel(writer, index=False, sheet_name="Offer")
        sheet = writer.sheets["Offer"]
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    return path


def write_offer(result: OfferResult, out: str | Path) -> list[Path]:
    """Write the offer file, the control group file (when any) and the dropped-rows file (when any).

    Every cell is formula-injection safe (core.exports). Returns the written paths, main file first.
    """
    paths = output_paths(out, result.spec.target)
    paths["main"].parent.mkdir(parents=True, exist_ok=True)
    written = []
    if result.spec.target == "xlsx":
        written.append(write_xlsx(result.file, paths["main"]))
    else:
        # Mailchimp, Klaviyo and Shopify expect plain UTF-8 (a BOM would become part of the first header).
        encoding = "utf-8-sig" if result.spec.target == "csv" else "utf-8"
        written.append(write_safe_csv(result.file, paths["main"], encoding=encoding))
    for extra in ("control", "dropped"):
        frame = getattr(result, extra)
        if len(frame):
            written.append(write_safe_csv(frame, paths[extra]))
        elif paths[extra].exists():
            paths[extra].unlink()
    codes = result.codes
    if result.spec.codes_platform and len(codes):
        title = result.spec.name or str(result.audience_label)
        written.append(write_codes_file(codes, result.spec.codes_platform,
                                        codes_path(paths["main"], result.spec.codes_platform), title=title))
    result.written = written
    return written


def record_campaign(db: sqlite_utils.Database, result: OfferResult, files=()) -> int:
    """Store the campaign (who, what, when, files, control group) in the shop database; returns its id."""
    spec = result.spec
    settings = asdict(spec)
    settings["tiers"] = [asdict(t) for t in spec.tiers]
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    sent_at = sent_day(spec.sent_at)
    name = spec.name or f"{result.audience_label} ({spec.target}) {sent_at}"
    table = result.table
    groups = table["group"] if "group" in table.columns else \
        pd.Series(np.where(table["in_control"], CONTROL, MAILED), index=table.index)
    codes = table["coupon_code"] if "coupon_code" in table.columns else pd.Series("", index=table.index)
    with write_transaction(db) as conn:
        cursor = conn.execute(
            "INSERT INTO campaigns(name, created_at, audience, target, settings, files, members, control_members, "
            "estimated_cost_minor, currency, sent_at, window_days, seed, variants) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, now, spec.audience, spec.target, json.dumps(settings, default=str),
             json.dumps([str(f) for f in files]), int(result.counts["in_file"]), int(result.counts["control"]),
             int(round(result.cost["max_cost"] * 100)), result.currency, sent_at, check_window(spec.window_days),
             int(spec.seed), json.dumps([asdict(v) for v in spec.variants])))
        campaign_id = int(cursor.lastrowid)
        conn.executemany(
            "INSERT INTO campaign_members(campaign_id, customer_id, in_control, discount_percent, group_name, "
            "coupon_code) VALUES (?,?,?,?,?,?)",
            [(campaign_id, int(cid), int(bool(control)), float(pct), str(group), code or None)
             for cid, control, pct, group, code in zip(table["customer_id"], table["in_control"],
                                                       table["discount_percent"], groups, codes)])
    result.campaign_id = campaign_id
    return campaign_id


def list_campaigns(db: sqlite_utils.Database) -> pd.DataFrame:
    """Return the stored campaigns, newest first: id, name, created_at, audience, target, members, control_members,
    estimated_cost, currency, files, sent_at, window_days."""
    return pd.read_sql_query(
        "SELECT id, name, created_at, audience, target, members, control_members, estimated_cost_minor / 100.0 "
        "AS estimated_cost, currency, files, sent_at, window_days FROM campaigns ORDER BY id DESC", db.conn)


def make_offer(db_or_shop: sqlite_utils.Database | ShopData, spec: OfferSpec, out: str | Path, record: bool = True,
               progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled) -> OfferResult:
    """Build, write and (when ``record``) remember an offer; returns the OfferResult with ``written`` paths.

    ``db_or_shop`` is the shop's Database or its ShopData (``build_offer`` loads everything through one)."""
    shop = as_shop_data(db_or_shop)
    result = build_offer(shop, spec, progress=progress, cancelled=cancelled)
    files = write_offer(result, out)
    if record:
        record_campaign(shop.db, result, files)
    return result
