"""English texts that core gives the import wizard (format names, column labels, skip reasons, notices,
mapping problems, progress), listed here so that pyside6-lupdate puts them in the .ts files; the wizard
translates them in the "ImportWizard" context. tests/desktop/test_wizard_texts.py keeps this list complete."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CORE_TEXTS = (
    QT_TRANSLATE_NOOP("ImportWizard", 'value is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'quantity is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'date is not YYYYMMDD'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no customer id'),
    QT_TRANSLATE_NOOP("ImportWizard", 'price or total is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no product name or code'),
    QT_TRANSLATE_NOOP("ImportWizard", 'date is missing or not a date'),
    QT_TRANSLATE_NOOP("ImportWizard", 'price is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no product id'),
    QT_TRANSLATE_NOOP("ImportWizard", "item's order is not in the orders file"),
    QT_TRANSLATE_NOOP("ImportWizard", 'order has no items in the items file'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no product code or name'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no invoice number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'malformed row (more fields than the header)'),
    QT_TRANSLATE_NOOP("ImportWizard", 'total is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no order id'),
    QT_TRANSLATE_NOOP("ImportWizard", 'line price is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'line quantity is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no product name or SKU'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no order number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no e-mail and no customer id'),
    QT_TRANSLATE_NOOP("ImportWizard", 'line total is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'net revenue is not a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no products listed'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Online Retail (UCI) invoice lines'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Shopify orders export'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Shopify customers export'),
    QT_TRANSLATE_NOOP("ImportWizard", 'A customer list has no orders: customers were added or updated, and no orders were imported.'),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportWizard", 'WooCommerce order export (one row per item)'),
    QT_TRANSLATE_NOOP("ImportWizard", 'WooCommerce Analytics → Orders CSV'),
    QT_TRANSLATE_NOOP("ImportWizard", 'PrestaShop order list (order totals only)'),
    QT_TRANSLATE_NOOP("ImportWizard", 'This PrestaShop export lists orders without their line items: revenue and customers are imported, but baskets and product pairs need an export with line items.'),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportWizard", 'CDNOW-style purchase records (customer, date, quantity, value)'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Olist-style set of files (orders, items, customers, products)'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Any table (choose the columns)'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Customer id'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Customer e-mail'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Order / invoice number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Order date'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Product code / SKU'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Product name'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Quantity'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Unit price'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Line total'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Category'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Country'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Order status'),
    QT_TRANSLATE_NOOP("ImportWizard", 'order'),
    QT_TRANSLATE_NOOP("ImportWizard", 'date (UTC)'),
    QT_TRANSLATE_NOOP("ImportWizard", 'customer'),
    QT_TRANSLATE_NOOP("ImportWizard", 'status'),
    QT_TRANSLATE_NOOP("ImportWizard", 'product'),
    QT_TRANSLATE_NOOP("ImportWizard", 'quantity'),
    QT_TRANSLATE_NOOP("ImportWizard", 'line total'),
    QT_TRANSLATE_NOOP("ImportWizard", 'currency'),
    QT_TRANSLATE_NOOP("ImportWizard", 'problem'),
    QT_TRANSLATE_NOOP("ImportWizard", "Choose the column for the order number, or for the customer (each customer's purchases on one day then form one order)."),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportWizard", 'Choose the column for the product name or the product code.'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Choose the column for the unit price or the line total.'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Import finished'),
    QT_TRANSLATE_NOOP("ImportWizard", 'Files checked'),
    # core.importers.diagnose: what a key column holds, and why nothing of a file can be imported
    QT_TRANSLATE_NOOP("ImportWizard", 'the customer'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the date'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the invoice number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the order number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the price'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the product'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the products'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the quantity'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the revenue'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the total'),
    QT_TRANSLATE_NOOP("ImportWizard", 'the value'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no row has a price that reads as a number (check the price column and the decimal separator)'),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportWizard", 'no row has a quantity that reads as a number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no row has a date that could be read (check the date column and the date order)'),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportWizard", 'every date is before 1990 or after tomorrow (check the date column and the date order)'),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportWizard", 'no row has an order number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no row names a product (no product name or code)'),
    QT_TRANSLATE_NOOP("ImportWizard", 'no row has an e-mail, a customer id or a phone number'),
    QT_TRANSLATE_NOOP("ImportWizard", 'every row has more fields than the header (check the column separator)'),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportWizard", "the files do not fit together (no item's order is in the orders file)"),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportWizard", 'no row could be used'),
)

# sentences with a value in them: (pattern of core's English, template to translate)
TEMPLATES = (
    QT_TRANSLATE_NOOP("ImportWizard", "Choose the column for '{0}'."),
    QT_TRANSLATE_NOOP("ImportWizard", "The file has no column '{0}'."),
    QT_TRANSLATE_NOOP("ImportWizard", 'Reading {0}'),
    QT_TRANSLATE_NOOP("ImportWizard", '{0} rows read'),
    QT_TRANSLATE_NOOP("ImportWizard", '{0} rows checked'),
)
