"""The plug-in contract every import format implements, and the canonical line table they produce.

A format turns one chunk of raw text rows (a DataFrame of strings, columns as in the file) into a
*canonical* DataFrame with the columns in ``CANONICAL_COLUMNS``. The pipeline does everything else:
reading, line numbering, customer keys, writing, counting, atomicity.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.importers import reasons as why
from core.messages import Message

# column -> meaning. Only ORDER_ID, ORDERED_AT and either PRODUCT_NAME or SKU are required.
CANONICAL_COLUMNS: dict[str, str] = {
    "order_id": "the shop's order / invoice number",
    "ordered_at": "UTC ISO-8601 timestamp of the order",
    "utc_offset_min": "original UTC offset in minutes, if the export had one",
    "status": "normalised order status: paid, pending, cancelled, refunded, partially_refunded, voided, "
              "returned (a return or refund document whose negative lines are subtracted)",
    "is_cancelled": "1 when the order does not count towards revenue (cancelled, voided, fully refunded)",
    "currency": "ISO currency code",
    "order_total_minor": "order total in minor units",
    "shipping_minor": "shipping charged, minor units",
    "discount_minor": "discount given, minor units",
    "discount_code": "discount code used",
    "order_discount_minor": "order-level discount to share over the lines, beyond their own line discounts "
                            "(NA: the order's discount minus its lines' own discounts; 0 when line totals "
                            "already include every discount)",
    "subtotal_minor": "order's product subtotal after discounts, minor units (as exported, for reference)",
    "tax_minor": "order's tax, minor units",
    "fees_minor": "order's fees (payment, platform), minor units",
    "refunded_minor": "amount refunded on an order that still counts (partial refund), minor units",
    "customer_email": "normalised e-mail",
    "customer_external_id": "the platform's customer id",
    "first_name": "customer's first name",
    "last_name": "customer's last name",
    "company": "customer's company",
    "phone": "customer's phone",
    "country": "customer's / order's country",
    "city": "customer's city",
    "accepts_marketing": "e-mail marketing consent: 1 / 0 / NA (unknown)",
    "accepts_sms": "SMS marketing consent: 1 / 0 / NA (unknown)",
    "consent_stated_at": "UTC ISO time the consent columns were true (NA: the order's date, or the file's date "
                         "for a customer list)",
    "sku": "product code",
    "product_name": "product name",
    "category": "product category",
    "quantity": "units (negative for returns)",
    "unit_price_minor": "unit price, minor units",
    "line_total_minor": "line gross (unit price x quantity, before the line's discount), minor units",
    "line_discount_minor": "discount on this line (not already in its unit price), minor units",
    "requires_shipping": "true / false: whether the line is shipped (a fee-like line that is not is an add-on)",
    "skip_reason": "None to keep the row, else a plain reason it was skipped",
}

# The SKU of the one placeholder line an order-level-only export (PrestaShop list) gets: not a product.
ORDER_TOTAL_SKU = "ORDER TOTAL"
ORDER_TOTAL_NAME = "Order total (the export has no line items)"

NON_PRODUCT_CODES = frozenset({
    "POST", "DOT", "M", "D", "C2", "BANK CHARGES", "AMAZONFEE", "CRUK", "PADS", "S", "B", "ADJUST",
    "ADJUST2", "TEST001", "TEST002", "GIFT", "SP1002", ORDER_TOTAL_SKU,
})

# How a line's name says it is not a product. Names are matched lower-cased, on whole words: a space in a phrase
# also matches a hyphen or underscore ("gift-card"), and a phrase never matches inside a longer word, so
# "Gift box of teas", "Gift cardigan", "Tipi tent" and "Adjustable lamp" stay products.
# A name that starts with one of these (the service lines of the Online Retail shop: POSTAGE, CARRIAGE …):
NON_PRODUCT_NAME_WORDS = ("postage", "shipping", "gift card", "bank charges", "amazon fee", "discount", "adjust",
                          "carriage")
# A name that is exactly one of these ("Manual" is an adjustment; a "Manual coffee grinder" is a product):
NON_PRODUCT_NAMES = ("manual",)
# Add-ons anywhere in a name: gift cards, shipping protection / insurance (Route, Navidium, Extend …), free-returns
# fees, donations and tips, in English, Polish, Latvian and Russian.
ADD_ON_PHRASES = (
    # gift cards and vouchers
    "gift card", "giftcard", "egift card", "gift certificate", "gift voucher",
    "karta podarunkowa", "karta prezentowa", "bon podarunkowy", "bon prezentowy",
    "dāvanu karte", "dāvanu kartes", "dāvanu karti", "davanu karte", "dāvanu kupons", "dāvanu sertifikāts",
    "подарочная карта", "подарочный сертификат", "подарочная карточка",
    # shipping protection, insurance, free returns
    "shipping protection", "package protection", "parcel protection", "delivery protection", "order protection",
    "shipping insurance", "package insurance", "parcel insurance", "delivery insurance", "return insurance",
    "returns insurance", "return coverage", "returns coverage", "free returns", "free return", "navidium",
    "shipinsure", "ubezpieczenie przesyłki", "ubezpieczenie paczki", "ochrona przesyłki", "darmowe zwroty",
    "piegādes apdrošināšana", "sūtījuma apdrošināšana", "страховка доставки", "страхование доставки",
    "страховка посылки", "страхование посылки", "бесплатный возврат",
    # donations and tips
    "donation", "donations", "charity donation", "darowizna", "ziedojums", "пожертвование",
    "gratuity", "driver tip", "courier tip", "staff tip", "napiwek", "dzeramnauda", "чаевые",
)
# A tip in English is only a line that is the tip itself ("Tip", "Tips for the team", "Tip 10 %"): a "Felt tip
# pen" or a book "Tips & tricks" is a product.
_TIP_NAME = (r"^\s*(?:add a\s+)?tips?(?:\s+(?:for|to)\s+(?:the\s+|our\s+)?(?:team|staff|driver|courier|crew|us))?"
             r"(?:[\s\d.,:;%()+\-–—/#*!]|\$|€|£|₽|zł|zl|eur|usd|gbp|pln|rub)*$")
# Words that make a line a fee when it needs no shipping (Shopify ``Lineitem requires shipping`` = false).
FEE_WORDS = ("fee", "fees", "charge", "surcharge", "service", "protection", "insurance", "warranty", "guarantee",
             "handling", "processing", "deposit", "opłata", "opłaty", "ubezpieczenie", "gwarancja", "ochrona",
             "maksa", "apdrošināšana", "garantija", "сбор", "комиссия", "страховка", "страхование", "гарантия",
             "услуга")
# Owner's choices in the shop setting ``non_product_codes`` (see core.importers.addons): "CODE" or "NAME:NAME" is
# not a product; with a leading "+" it is a product, whatever the rules above say.
KEEP_PREFIX = "+"
NAME_PREFIX = "NAME:"


def _phrases(words: tuple[str, ...], whole_name: bool = False, at_start: bool = False) -> str:
    body = "|".join(w.replace(" ", r"[\s_\-]+") for w in sorted(words, key=len, reverse=True))
    if whole_name:
        return rf"^\s*(?:{body})\s*$"
    return (r"^\s*" if at_start else r"(?<!\w)") + rf"(?:{body})(?!\w)"


_NAME_RULES = "|".join([_phrases(NON_PRODUCT_NAME_WORDS, at_start=True), _phrases(NON_PRODUCT_NAMES, whole_name=True),
                        _phrases(ADD_ON_PHRASES), _TIP_NAME])
_FEE_RULE = _phrases(FEE_WORDS)
_NOT_SHIPPED = frozenset({"false", "no", "n", "0", "f", "nie", "nē", "нет"})


def override_code(sku, name) -> str:
    """Return the entry of the ``non_product_codes`` setting that names this product: its code, else NAME:name."""
    if sku is not None and not pd.isna(sku) and str(sku).strip():
        return str(sku).strip().upper()
    return NAME_PREFIX + str(name).strip().upper()


def non_product_mask(sku: pd.Series, name: pd.Series, extra_codes: frozenset[str] = frozenset(),
                     requires_shipping: pd.Series | None = None) -> pd.Series:
    """Return a boolean Series: True where a line is not a product.

    Not products: postage, fees, manual adjustments, and add-ons (tips, gift cards, shipping protection, donations,
    free-returns fees; ``ADD_ON_PHRASES``); with ``requires_shipping`` (true/false per line), also a line that
    needs no shipping and has a fee-like name (``FEE_WORDS``). ``extra_codes`` are the owner's entries (setting
    ``non_product_codes``): ``CODE`` / ``NAME:NAME`` set a line aside, ``+CODE`` / ``+NAME:NAME`` keep it a
    product.
    """
    extra = {str(c).strip().upper() for c in extra_codes}
    keep = {c[len(KEEP_PREFIX):] for c in extra if c.startswith(KEEP_PREFIX)}
    codes = NON_PRODUCT_CODES | {c for c in extra if not c.startswith((KEEP_PREFIX, NAME_PREFIX))}
    names = {c[len(NAME_PREFIX):] for c in extra if c.startswith(NAME_PREFIX)}
    code = sku.astype("string").str.strip().str.upper().to_numpy(dtype=object, na_value=None)
    text = name.astype("string")
    upper_name = text.str.strip().str.upper().to_numpy(dtype=object, na_value=None)
    lowered = text.str.lower()
    out = lowered.str.contains(_NAME_RULES, regex=True).fillna(False).to_numpy(dtype=bool)
    out |= pd.Series(code).isin(codes).to_numpy() | pd.Series(upper_name).isin(names).to_numpy()
    if requires_shipping is not None:
        not_shipped = requires_shipping.astype("string").str.strip().str.lower().isin(_NOT_SHIPPED).fillna(False)
        out |= not_shipped.to_numpy(dtype=bool) & lowered.str.contains(_FEE_RULE, regex=True).fillna(False).to_numpy(
            dtype=bool)
    kept = pd.Series(code).isin(keep).to_numpy() | pd.Series(upper_name).isin(
        {k[len(NAME_PREFIX):] for k in keep if k.startswith(NAME_PREFIX)}).to_numpy()
    return pd.Series(out & ~kept, index=name.index, dtype=bool)


@dataclass
class ImportOptions:
    """Choices the user (or the sniffer) made for one import."""

    format_key: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    day_first: bool | None = None
    currency: str | None = None
    # The currency the file's language points to (core.importers.file_locale), set by the pipeline: a format uses
    # it when neither the file nor ``currency`` says.
    locale_currency: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    # When the file's statements (consent in a customer list) were true: the file's date, set by the pipeline.
    file_time: str | None = None
    chunk_rows: int = 100_000
    # Formats keep what must survive a chunk boundary here (e.g. the last order's header fields).
    state: dict = field(default_factory=dict)


class ImportFormat:
    """Base class of a file layout. Subclasses set the class attributes and implement ``to_canonical``."""

    key: str = ""
    label: Message | str = ""
    platform: str = ""
    # Columns whose presence identifies the layout (case-insensitive). Any one of each tuple is enough.
    signature: tuple[tuple[str, ...], ...] = ()
    order_level_only: bool = False
    # True for customer lists (no orders): the pipeline merges rows into customers only.
    customers_only: bool = False
    # True for layouts that need several files together (Olist): each file is one table of the set (``role_of``),
    # the tables are joined (``join``) and imported as one (pipeline.import_files). The batch planner
    # (core.importers.batch) asks every multi-file format, never a format by name.
    multi_file: bool = False
    # Tables of a multi-file set that are recognised but not needed (not read).
    unread_roles: tuple[str, ...] = ()
    # A plain sentence shown after import (e.g. that an order-level export has no baskets).
    notice: Message | str = ""
    # True for product catalogs (core.importers.catalog): rows are products, written by the format's
    # ``write_catalog(conn, usable, result, options)``, not orders.
    catalog_only: bool = False
    # For a layout without products (or a set that may lack its items file): which export adds them (a Message).
    products_export: Message | str = ""

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

    @classmethod
    def role_of(cls, columns: list[str]) -> str | None:
        """Return which table of a multi-file set a header is ('orders', 'items', …), or None (not one of ours)."""
        return None

    def join(self, tables: dict[str, pd.DataFrame], options: ImportOptions) -> tuple[pd.DataFrame, Counter, list]:
        """Multi-file formats: return (joined rows, skip reasons of rows that could not join, those rows) from
        {role: table}, the joined rows sorted by order."""
        raise NotImplementedError

    def describe_set(self, roles: dict[str, str]) -> list[Message]:
        """Multi-file formats: return plain sentences on how the chosen files join, given {role: file name}."""
        return []


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
    # Shopify: an expired authorisation was never paid; a partly paid order is still owed
    "expired": "cancelled", "partially_paid": "pending", "partially paid": "pending",
    # PrestaShop and other back offices in the owner's language
    "dostarczone": "paid", "wysłane": "paid", "płatność zaakceptowana": "paid", "zrealisowane": "paid",
    "anulowane": "cancelled", "anulowano": "cancelled", "zwrot": "refunded", "zwrot pieniędzy": "refunded",
    "oczekiwanie na płatność": "pending", "bezahlt": "paid", "versandt": "paid", "zugestellt": "paid",
    "storniert": "cancelled", "erstattet": "refunded", "zahlung akzeptiert": "paid", "livré": "paid",
    "expédié": "paid", "paiement accepté": "paid", "annulé": "cancelled", "remboursé": "refunded",
    "доставлен": "paid", "оплачен": "paid", "отменен": "cancelled", "отменён": "cancelled",
    "возврат": "refunded", "ожидает оплаты": "pending",
    "доставлено": "paid", "отправлено": "paid", "платеж принят": "paid", "платёж принят": "paid",
    "оплата принята": "paid", "отменено": "cancelled", "возврат средств": "refunded", "ошибка оплаты": "cancelled",
    "piegādāts": "paid", "nosūtīts": "paid", "apmaksāts": "paid", "maksājums pieņemts": "paid",
    "atcelts": "cancelled", "atmaksāts": "refunded", "gaida maksājumu": "pending", "maksājuma kļūda": "cancelled",
    "zrealizowane": "paid", "przygotowanie w toku": "paid", "błąd płatności": "cancelled",
    "częściowy zwrot": "partially_refunded",
}
NOT_COUNTED = frozenset({"cancelled", "refunded", "voided"})


def normalise_status(series: pd.Series, default: str = "paid") -> tuple[pd.Series, pd.Series]:
    """Return (normalised status, 1/0 is_cancelled) for platform status words; unknown words count as paid."""
    text = series.astype("string").str.strip().str.lower().str.replace(r"^wc-", "", regex=True)
    status = text.map(lambda v: STATUS_WORDS.get(v, default) if isinstance(v, str) else default).astype(object)
    cancelled = status.isin(NOT_COUNTED).astype(int)
    return status, cancelled


NOT_A_DATE_REASON = why.NOT_A_DATE


def mark_bad_dates(reason: pd.Series, ordered_at: pd.Series, raw_dates: pd.Series, day_first: bool | None) -> None:
    """Set ``reason`` (in place) for rows without a usable date: not a date, or a date before 1990 / after tomorrow.

    Only the rows whose date did not parse are looked at again, so a clean file pays nothing for the check.
    """
    from core.importers.values import IMPLAUSIBLE_DATE_REASON, implausible_dates
    # positions, not labels: a damaged file can give a chunk a repeated or a multi-level index
    missing = ordered_at.isna().to_numpy(dtype=bool)
    reason.iloc[np.flatnonzero(missing)] = NOT_A_DATE_REASON
    # a signed "year" (-2011-04-16) is damage, not a date far in the past
    signed = raw_dates.astype("string").str.strip().str.match(r"^[-+]").fillna(False).to_numpy(dtype=bool)
    maybe = np.flatnonzero(missing & raw_dates.notna().to_numpy(dtype=bool) & ~signed)
    if len(maybe):
        implausible = implausible_dates(raw_dates.iloc[maybe].reset_index(drop=True), day_first).to_numpy(dtype=bool)
        reason.iloc[maybe[implausible]] = IMPLAUSIBLE_DATE_REASON
