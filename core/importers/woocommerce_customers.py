"""WooCommerce customer lists: Analytics → Customers download and the WebToffee / "Export users" user lists.

Analytics: ``Name, Username, Last active, Date registered, Email, Orders, Total spend, AOV, Country / Region,
City, Region, Postal code``. User exports: ``customer_id|ID, user_login, user_email, first_name, last_name,
user_registered, billing_phone, billing_country, billing_city, …``. Newsletter consent is read from a
newsletter / marketing column when the list has one (1 / 0, yes / no; unknown when empty or absent: unknown is not
consent). ``Date registered`` / ``user_registered`` becomes the customer's ``created_at``.
"""

from __future__ import annotations

import pandas as pd

from core.importers import reasons as why
from core.importers.base import ImportFormat, ImportOptions, column, empty_canonical
from core.importers.diagnose import CUSTOMER
from core.importers.shopify import ShopifyCustomersFormat, split_name
from core.importers.values import clean_text, detect_day_first, normalise_email, parse_bool, parse_datetimes
from core.messages import MessageTemplate

EMAIL = ("Email", "user_email", "billing_email")
REGISTERED = ("Date registered", "user_registered", "Date Registered")
CONSENT = ("Newsletter", "newsletter", "marketing_consent", "accepts_marketing", "Accepts Marketing",
           "newsletter_subscribed", "mailpoet_subscribed", "Subscribed")


class WooCustomersFormat(ImportFormat):
    key = "woocommerce_customers"
    label = MessageTemplate("import.format.woocommerce_customers", "WooCommerce customers export")()
    platform = "woocommerce"
    customers_only = True
    signature = (EMAIL, ("Name", "first_name"), REGISTERED, ("Total spend", "Orders", "user_login", "Username"))
    required = ((CUSTOMER, EMAIL + ("customer_id", "ID", "Username", "user_login")),)
    notice = ShopifyCustomersFormat.notice

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        out["customer_external_id"] = clean_text(column(raw, "customer_id", "ID", "Username", "user_login"))
        out["customer_email"] = normalise_email(column(raw, *EMAIL))
        first, last = split_name(column(raw, "Name"))
        out["first_name"] = clean_text(column(raw, "first_name", "billing_first_name")).fillna(first)
        out["last_name"] = clean_text(column(raw, "last_name", "billing_last_name")).fillna(last)
        out["phone"] = clean_text(column(raw, "billing_phone", "Phone"))
        out["country"] = clean_text(column(raw, "Country / Region", "billing_country", "Country"))
        out["city"] = clean_text(column(raw, "City", "billing_city"))
        out["accepts_marketing"] = parse_bool(column(raw, *CONSENT))
        registered = column(raw, *REGISTERED)
        day_first = options.day_first if options.day_first is not None else detect_day_first(registered)
        out["created_at"] = parse_datetimes(registered, day_first)[0]
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[out["customer_email"].isna() & out["customer_external_id"].isna()] = why.NO_EMAIL_OR_CUSTOMER_ID
        out["skip_reason"] = reason
        return out
