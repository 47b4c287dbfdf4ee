"""The Clusters tab: groups of similar customers and who is in each.

A mixin of ``CustomersView`` (``desktop.views.customers_view``): the screen keeps one class, whose name
stays the translation context of these texts (``translate("CustomersView", …)``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import local_format, translate_text
from desktop.widgets.explain import explain_link
from desktop.views.customers.jobs import load_clusters
from desktop.views.customers.table import CustomerTable

translate = QCoreApplication.translate


class ClustersTab:
    """The clusters tab of ``CustomersView``."""

    def _build_clusters_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        self.cluster_k = QComboBox()
        self.cluster_k.addItem(translate("CustomersView", "Choose automatically"), 0)
        for k in range(2, 9):
            self.cluster_k.addItem(translate("CustomersView", "{0} groups").format(k), k)
        self.cluster_k.currentIndexChanged.connect(self._start_clusters)
        controls.addWidget(QLabel(translate("CustomersView", "Number of groups:")))
        controls.addWidget(self.cluster_k)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.cluster_text = QLabel()
        self.cluster_text.setWordWrap(True)
        cluster_title = QHBoxLayout()
        cluster_title.addWidget(self.cluster_text, 1)
        cluster_title.addWidget(explain_link("silhouette"))
        layout.addLayout(cluster_title)
        self.cluster_table = CustomerTable()
        self.cluster_table.view.clicked.connect(self._cluster_chosen)
        layout.addWidget(self.cluster_table, 1)
        self.cluster_customers = CustomerTable(empty=translate("CustomersView",
                                                               "Click a group above to see its customers."))
        self.cluster_customers.sig_open.connect(self.open_profile)
        layout.addWidget(self.cluster_customers, 1)
        self.tabs.addTab(page, translate("CustomersView", "Clusters"))
        self.clusters_page = page

    def _tab_changed(self, _index: int) -> None:
        if (self.tabs.currentWidget() is self.clusters_page and self.cluster_result is None
                and not self.running("clusters")):
            self._start_clusters()

    def _start_clusters(self) -> None:
        if self.shop is None:
            return
        self.cluster_text.setText(translate("CustomersView", "Finding groups of similar customers…"))
        self.cluster_table.show_waiting(translate("CustomersView", "Finding groups of similar customers…"))
        k = self.cluster_k.currentData() or None
        self.start("clusters", load_clusters, k, on_done=self._clusters_ready, on_failed=self._clusters_failed)

    def _clusters_failed(self, error) -> None:
        from desktop.errors import plain_message
        self.cluster_text.setText(plain_message(error))
        self.cluster_table.view.set_empty_text("")  # the sentence above says why

    def _clusters_ready(self, result) -> None:
        self.cluster_result = result
        self.cluster_text.setText(local_format(translate("CustomersView", "{0} groups (silhouette {1:.2f}; closer to 1 = more distinct). Click a "
                                          "group to see its customers."), result.k, result.silhouette))
        clusters = result.clusters.assign(customer_id=result.clusters["cluster"],
                                          description=result.clusters["description"].map(
                                              translate_text),
                                          name=result.clusters["name"].map(translate_text))
        self.cluster_table.set_frame(clusters, {
            "name": translate("CustomersView", "Group"), "description": translate("CustomersView", "Description"), "customers": translate("CustomersView", "Customers"),
            "avg_recency_days": translate("CustomersView", "Days since last order"), "avg_orders": translate("CustomersView", "Orders"),
            "avg_spend": translate("CustomersView", "Spent"), "avg_order": translate("CustomersView", "Average order"),
            "top_country": translate("CustomersView", "Main country")})

    def _cluster_chosen(self, index) -> None:
        if self.cluster_result is None or self.segmented.empty:
            return
        source = self.cluster_table.proxy.mapToSource(index).row()
        cluster = int(self.cluster_table.model.frame().iloc[source]["cluster"])
        ids = self.cluster_result.assignments.loc[self.cluster_result.assignments["cluster"] == cluster, "customer_id"]
        frame = self.segmented[self.segmented["customer_id"].isin(set(ids))]
        self.cluster_customers.set_frame(frame, self._headers(), "monetary")
