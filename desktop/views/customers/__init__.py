"""Parts of the Customers screen (``desktop.views.customers_view``): ``table`` (the table widget every customer
table on the screen uses) and ``jobs`` (its work, run in workers). The screen's tabs stay in ``customers_view``,
whose class name is the translation context of their texts."""
