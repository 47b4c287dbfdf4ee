"""Parts of the Customers screen (``desktop.views.customers_view``): one module per tab (``segments``,
``all_customers``, ``lists``, ``predictions``, ``clusters``: mixins of ``CustomersView``, whose class name stays the
translation context of their texts), ``table`` (the customer table, over the shared ``FrameTable``) and ``jobs``
(its work, run in workers)."""
