"""The list of known import formats and automatic detection by column names."""

from __future__ import annotations

from core.errors import ImportFailed
from core.importers.base import ImportFormat
from core.importers.catalog import CATALOG_FORMATS
from core.importers.cdnow import CdnowFormat
from core.importers.diagnose import missing_key_columns
from core.importers.etsy import EtsyFormat
from core.importers.diagnose import nearest_format as _nearest
from core.importers.generic import GenericFormat
from core.importers.olist import OlistFormat
from core.importers.online_retail import OnlineRetailFormat
from core.importers.prestashop import PrestaShopCustomersFormat, PrestaShopDetailFormat, PrestaShopFormat
from core.importers.shopify import ShopifyCustomersFormat, ShopifyOrdersFormat
from core.importers.squarespace import SquarespaceOrdersFormat
from core.importers.woocommerce import WooAnalyticsFormat, WooCommerceFormat
from core.importers.woocommerce_customers import WooCustomersFormat
from core.importers.woocommerce_packed import WooPackedItemsFormat
from core.messages import MessageTemplate

FORMATS: dict[str, ImportFormat] = {}


def register(fmt: ImportFormat) -> ImportFormat:
    """Add a format to the registry; returns it."""
    FORMATS[fmt.key] = fmt
    return fmt


for _fmt in (OnlineRetailFormat(), ShopifyOrdersFormat(), SquarespaceOrdersFormat(), ShopifyCustomersFormat(),
             WooCommerceFormat(), WooPackedItemsFormat(), WooAnalyticsFormat(), WooCustomersFormat(),
             PrestaShopFormat(), PrestaShopDetailFormat(), PrestaShopCustomersFormat(), CdnowFormat(), OlistFormat(),
             EtsyFormat(), GenericFormat()):
    register(_fmt)
for _fmt in CATALOG_FORMATS:  # product catalogs (issue 18): a platform's own layout first, the generic list last
    register(_fmt)


UNKNOWN_FORMAT = MessageTemplate("import.error.unknown_format", "Unknown file format '{name}'; known formats are: "
                                 "{known}.")


def get_format(key: str) -> ImportFormat:
    """Return the format registered under ``key``; raises ImportFailed with the known keys otherwise."""
    try:
        return FORMATS[key]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise ImportFailed(UNKNOWN_FORMAT(name=key, known=known)) from None


def detect_format(columns: list[str]) -> tuple[ImportFormat | None, float]:
    """Return the best matching format for a header and its score (None, 0 when nothing fits).

    A layout scores by its signature columns, and 0 when one of its key columns is missing (see
    ``core.importers.diagnose.KEY_COLUMNS``): a file it could not import a single row of is not that layout.
    """
    found = multi_file_format(columns)
    if found is not None:
        return found[0], 1.0
    best, best_score = None, 0.0
    for fmt in FORMATS.values():
        score = fmt.detect(columns)
        if score and missing_key_columns(fmt, columns):
            score = 0.0
        if score > best_score:
            best, best_score = fmt, score
    if best_score < 0.75:
        return None, best_score
    return best, best_score


def multi_file_format(columns: list[str]) -> tuple[ImportFormat, str] | None:
    """Return (format, role) when a header is one table of a multi-file set (Olist-style), else None."""
    for fmt in FORMATS.values():
        if fmt.multi_file:
            role = fmt.role_of(columns)
            if role is not None:
                return fmt, role
    return None


def nearest_format(columns: list[str]) -> tuple[ImportFormat | None, list[tuple[str, str]]]:
    """Return the layout a header looks most like (by signature) and [(meaning, column)] it lacks."""
    return _nearest(columns, FORMATS.values())
