"""The All customers tab: every customer with their scores and segment.

A mixin of ``CustomersView`` (``desktop.views.customers_view``): the screen keeps one class, whose name
stays the translation context of these texts (``translate("CustomersView", …)``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.customers.table import CustomerTable

translate = QCoreApplication.translate


class AllCustomersTab:
    """The all customers tab of ``CustomersView``."""

    def _build_all_tab(self) -> None:
        self.all_customers = CustomerTable(empty=translate("CustomersView", "No customers with orders yet."))
        self.all_customers.sig_open.connect(self.open_profile)
        self.table = self.all_customers.view           # the main customers table (used by the shell's tests)
        self.tabs.addTab(self.all_customers, translate("CustomersView", "All customers"))
