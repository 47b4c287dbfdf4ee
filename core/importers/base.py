"""The plug-in contract every import format implements, and the canonical line table they produce.

A format turns one chunk of raw text rows (a DataFrame of strings, columns as in the file) into a
*canonical* DataFrame with the columns in ``CANONICAL_COLUMNS``. The pipeline does everything else:
reading, line numbering, customer keys, writing, counting, atomicity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

# column -> meaning. Only ORDER_ID, ORDERED_AT and either PRODUCT_NAME or SKU are required.
CANONICAL_COLUMNS: dict[str, str] = {
    "order_id": "the shop's order / invoice number",
    "ordered_at": "UTC ISO-8601 timestamp of the order",
    "utc_offset_min": "original UTC offset in minutes, if the export had one",
    "status": "normalised order status: paid, pending, cancelled, refunded, partially_refunded, voided",
    "is_cancelled": "1 when the order does not count towards revenue",
    "currency": "ISO currency code",
    "order_total_minor": "order total in minor units",
    "shipping_minor": "shipping charged, minor units",
    "discount_minor": "discount given, minor units",
    "discount_code": "discount code used",
    "customer_email": "normalised e-mail",
    "customer_external_id": "the platform's customer id",
    "first_name": "customer's first name",
    "last_name": "customer's last name",
    "company": "customer's company",
    "phone": "customer's phone",
    "country": "customer's / order's country",
    "city": "customer's city",
    "accepts_marketing": "1 / 0 / NA",
    "sku": "product code",
    "product_name": "product name",
    "category": "product category",
    "quantity": "units (negative for returns)",
    "unit_price_minor": "unit price, minor units",
    "line_total_minor": "line total, minor units",
    "skip_reason": "None to keep the row, else a plain reason it was skipped",
}

# The SKU of the one placeholder line an order-level-only export (PrestaShop list) gets: not a product.
ORDER_TOTAL_SKU = "ORDER TOTAL"
ORDER_TOTAL_NAME = "Order total (the export has no line items)"

NON_PRODUCT_CODES = frozenset({
    "POST", "DOT", "M", "D", "C2", "BANK CHARGES", "AMAZONFEE", "CRUK", "PADS", "S", "B", "ADJUST",
    "ADJUST2", "TEST001", "TEST002", "GIFT", "SP1002", ORDER_TOTAL_SKU,
})


NON_PRODUCT_NAME_WORDS = ("postage", "shipping", "gift card", "bank charges", "amazon fee", "manual",
                          "discount", "adjust", "carriage")


def non_product_mask(sku: pd.Series, name: pd.Series, extra_codes: frozenset[str] = frozenset()) -> pd.Series:
    """Return a boolean Series: True where a line is postage, a fee, a gift card or a manual adjustment."""
    codes = NON_PRODUCT_CODES | {c.upper() for c in extra_codes}
    by_code = sku.astype("string").str.strip().str.upper().isin(codes).fillna(False)
    lowered = name.astype("string").str.lower()
    by_name = pd.Series(False, index=name.index)
    for word in NON_PRODUCT_NAME_WORDS:
        by_name |= lowered.str.startswith(word).fillna(False)
    return (by_code | by_name).astype(bool)


@dataclass
class ImportOptions:
    """Choices the user (or the sniffer) made for one import."""

    format_key: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    day_first: bool | None = None
    currency: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    chunk_rows: int = 100_000
    # Formats keep what must survive a chunk boundary here (e.g. the last order's header fields).
    state: dict = field(default_factory=dict)


class ImportFormat:
    """Base class of a file layout. Subclasses set the class attributes and implement ``to_canonical``."""

    key: str = ""
    label: str = ""
    platform: str = ""
    # Columns whose presence identifies the layout (case-insensitive). Any one of each tuple is enough.
    signature: tuple[tuple[str, ...], ...] = ()
    order_level_only: bool = False
    # True for customer lists (no orders): the pipeline merges rows into customers only.
    customers_only: bool = False
    # True for layouts that need several files together (Olist): use pipeline.import_files.
    multi_file: bool = False
    # A plain sentence shown after import (e.g. that an order-level export has no baskets).
    notice: str = ""

    def detect(self, columns: list[str]) -> float:
        """Return a 0..1 score of how well ``columns`` match this layout."""
        if not self.signature:
            return 0.0
        present = {c.strip().lower() for c in columns}
        hits = sum(1 for alternatives in self.signature if any(a.lower() in present for a in alternatives))
        return hits / len(self.signature)

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        """Inspect the first chunk before parsing (decide decimal/date order); may raise ShopkeeperError."""

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        """Return the canonical DataFrame for ``raw`` (same index); set ``skip_reason`` for rows to skip."""
        raise NotImplementedError


def column(raw: pd.DataFrame, *names: str) -> pd.Series:
    """Return the first column of ``raw`` whose name matches one of ``names`` (case-insensitive), else all-NA."""
    lookup = {c.strip().lower(): c for c in raw.columns}
    for name in names:
        if name.lower() in lookup:
            return raw[lookup[name.lower()]]
    return pd.Series(pd.NA, index=raw.index, dtype="string")


def empty_canonical(index: pd.Index) -> pd.DataFrame:
    """Return an all-NA canonical DataFrame on ``index`` for a format to fill in."""
    frame = pd.DataFrame(index=index)
    for name in CANONICAL_COLUMNS:
        frame[name] = pd.Series(pd.NA, index=index, dtype="object")
    return frame


STATUS_WORDS: dict[str, str] = {
    "paid": "paid", "completed": "paid", "complete": "paid", "processing": "paid", "delivered": "paid",
    "shipped": "paid", "invoiced": "paid", "approved": "paid", "fulfilled": "paid", "authorized": "paid",
    "payment accepted": "paid", "delivered ": "paid", "on-hold": "pending", "on hold": "pending",
    "pending": "pending", "pending payment": "pending", "created": "pending", "awaiting payment": "pending",
    "awaiting check payment": "pending", "awaiting bank wire payment": "pending",
    "cancelled": "cancelled", "canceled": "cancelled", "failed": "cancelled", "unavailable": "cancelled",
    "payment error": "cancelled", "refunded": "refunded", "refund": "refunded", "partially_refunded":
    "partially_refunded", "partially refunded": "partially_refunded", "voided": "voided", "void": "voided",
    "trash": "cancelled", "checkout-draft": "pending", "draft": "pending",
    # PrestaShop and other back offices in the owner's language
    "dostarczone": "paid", "wysłane": "paid", "płatność zaakceptowana": "paid", "zrealisowane": "paid",
    "anulowane": "cancelled", "anulowano": "cancelled", "zwrot": "refunded", "zwrot pieniędzy": "refunded",
    "oczekiwanie na płatność": "pending", "bezahlt": "paid", "versandt": "paid", "zugestellt": "paid",
    "storniert": "cancelled", "erstattet": "refunded", "zahlung akzeptiert": "paid", "livré": "paid",
    "expédié": "paid", "paiement accepté": "paid", "annulé": "cancelled", "remboursé": "refunded",
    "доставлен": "paid", "оплачен": "paid", "отменен": "cancelled", "отменён": "cancelled",
    "возврат": "refunded", "ожидает оплаты": "pending",
}
NOT_COUNTED = frozenset({"cancelled", "refunded", "voided"})


def normalise_status(series: pd.Series, default: str = "paid") -> tuple[pd.Series, pd.Series]:
    """Return (normalised status, 1/0 is_cancelled) for platform status words; unknown words count as paid."""
    text = series.astype("string").str.strip().str.lower().str.replace(r"^wc-", "", regex=True)
    status = text.map(lambda v: STATUS_WORDS.get(v, default) if isinstance(v, str) else default).astype(object)
    cancelled = status.isin(NOT_COUNTED).astype(int)
    return status, cancelled
