"""The list of known import formats and automatic detection by column names."""

from __future__ import annotations

from core.errors import ImportFailed
from core.importers.base import ImportFormat
from core.importers.cdnow import CdnowFormat
from core.importers.generic import GenericFormat
from core.importers.olist import OlistFormat, table_role
from core.importers.online_retail import OnlineRetailFormat
from core.importers.prestashop import PrestaShopFormat
from core.importers.shopify import ShopifyCustomersFormat, ShopifyOrdersFormat
from core.importers.woocommerce import WooAnalyticsFormat, WooCommerceFormat

FORMATS: dict[str, ImportFormat] = {}


def register(fmt: ImportFormat) -> ImportFormat:
    """Add a format to the registry; returns it."""
    FORMATS[fmt.key] = fmt
    return fmt


for _fmt in (OnlineRetailFormat(), ShopifyOrdersFormat(), ShopifyCustomersFormat(), WooCommerceFormat(),
             WooAnalyticsFormat(), PrestaShopFormat(), CdnowFormat(), OlistFormat(), GenericFormat()):
    register(_fmt)


def get_format(key: str) -> ImportFormat:
    """Return the format registered under ``key``; raises ImportFailed with the known keys otherwise."""
    try:
        return FORMATS[key]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise ImportFailed(f"Unknown file format '{key}'; known formats are: {known}.") from None


def detect_format(columns: list[str]) -> tuple[ImportFormat | None, float]:
    """Return the best matching format for a header and its score (None, 0 when nothing fits)."""
    if table_role(columns) is not None:
        return FORMATS["olist"], 1.0
    best, best_score = None, 0.0
    for fmt in FORMATS.values():
        score = fmt.detect(columns)
        if score > best_score:
            best, best_score = fmt, score
    if best_score < 0.75:
        return None, best_score
    return best, best_score
