"""Old home of the shop data charts draw from; kept so existing imports keep working.

Use ``core.shop_data`` (``ShopData``, ``as_shop_data``, ``NotAvailable``): one lazily-loading object per shop is the
input of the charts, the dashboard, the report, offers, snippets and also-bought lists.
"""

from core.shop_data import NotAvailable, NotEnoughHistory, ShopData, as_shop_data

__all__ = ["NotAvailable", "NotEnoughHistory", "ShopData", "as_shop_data"]
