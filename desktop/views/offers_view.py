"""Offers screen: turn an audience into a campaign file (Mailchimp, Klaviyo, Shopify tags, CSV, XLSX) with a
control group, and make paste-in shop widgets (also bought, bestsellers, VIP banner) with a paste guide."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from core.errors import ShopkeeperError
from core.offers.audiences import available_audiences
from core.offers.campaign import LEFT_OUT_NOTE, OfferSpec, build_offer, record_campaign, write_offer
from core.offers.targets import TARGETS
from core.offers.tiers import DiscountTier
from desktop.errors import plain_message, show_error
from desktop.i18n import audience_label, local_format, segment_names, translate_text
from desktop.widgets.frame_table import FrameTable
from desktop.views.base import ShopView
from desktop.views.snippet_tab import SnippetTab


def _save(db, result, out):
    """Worker: write the offer's files and record the campaign in the shop ``db``; returns the files."""
    files = write_offer(result, out)
    record_campaign(db, result, files)
    return files


class OffersView(SnippetTab, ShopView):
    """Audience + target + discounts + control share -> preview -> save files; and shop snippets."""

    view_id = "offers"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.snippet = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._offer_tab(), self.tr("Offer files"))
        self.tabs.addTab(self._snippet_tab(), self.tr("Shop snippets"))

    # ------------------------------------------------------------------------------------------ offer tab
    def _offer_tab(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        form_box = QGroupBox(self.tr("Campaign"))
        form = QFormLayout(form_box)
        self.audience = QComboBox()
        self.target = QComboBox()
        labels = {"mailchimp": self.tr("Mailchimp audience (CSV)"), "klaviyo": self.tr("Klaviyo list (CSV)"),
                  "shopify": self.tr("Shopify customer tags (CSV)"), "csv": self.tr("Spreadsheet (CSV)"),
                  "xlsx": self.tr("Excel (XLSX)")}
        for key in TARGETS:
            self.target.addItem(labels[key], key)
        self.vip_pct = self._percent(0)
        self.winback_pct = self._percent(15)
        self.risk_pct = self._percent(10)
        self.other_pct = self._percent(0)
        self.margin = self._percent(0)
        self.margin.setSpecialValueText(self.tr("no cap"))
        self.control = self._percent(10)
        self.control.setMaximum(50)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("e.g. {first_name}, picked for you: {product_1}"))
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("sk-vip (from the audience when empty)"))
        self.unconsented = QCheckBox(self.tr("Also include customers whose consent is not recorded"))
        self.unconsented_warning = QLabel(self.tr(
            "Only if you know they agreed: unknown consent is not consent. Customers who said no are never "
            "included."))
        self.unconsented_warning.setWordWrap(True)
        self.unconsented_warning.setVisible(False)
        self.unconsented.toggled.connect(self.unconsented_warning.setVisible)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("File for"), self.target)
        form.addRow(self.tr("VIP early access %"), self.vip_pct)
        form.addRow(self.tr("Win-back %"), self.winback_pct)
        form.addRow(self.tr("At risk, high value %"), self.risk_pct)
        form.addRow(self.tr("Everyone else %"), self.other_pct)
        form.addRow(self.tr("Your margin % (caps discounts at half)"), self.margin)
        form.addRow(self.tr("Control group %"), self.control)
        form.addRow(self.tr("Subject line"), self.subject)
        form.addRow(self.tr("Shopify tag"), self.tag)
        form.addRow(self.unconsented)
        form.addRow(self.unconsented_warning)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.save_button = QPushButton(self.tr("Save files…"))
        self.save_button.setEnabled(False)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self._ask_save)
        right = QVBoxLayout()
        self.summary = QLabel(self.tr("Choose an audience and press Preview."))
        self.summary.setWordWrap(True)
        self.table = FrameTable(sortable=False, select_rows=False)
        self.model = self.table.frame_model
        right.addWidget(self.summary)
        right.addWidget(self.table, 1)
        outer.addWidget(form_box)
        outer.addLayout(right, 1)
        return page

    def _percent(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100)
        box.setDecimals(1)
        box.setSuffix(" %")
        box.setValue(value)
        return box

    def spec(self) -> OfferSpec:
        """Return the OfferSpec for the current choices."""
        tiers = (DiscountTier("vip_early_access", "VIP early access", self.vip_pct.value(),
                              ("vip", "champions", "loyal")),
                 DiscountTier("winback", "Win-back", self.winback_pct.value(), ("winback", "lost", "hibernating")),
                 DiscountTier("at_risk_high_value", "At risk, high value", self.risk_pct.value(),
                              ("at_risk_high_value", "at_risk")))
        return OfferSpec(audience=self.audience.currentData() or "", target=self.target.currentData(), tiers=tiers,
                         default_percent=self.other_pct.value(),
                         margin_percent=self.margin.value() or None, control_share=self.control.value() / 100.0,
                         include_unknown_consent=self.unconsented.isChecked(), subject_template=self.subject.text(),
                         tag=self.tag.text().strip(), segment_names=self.segment_names())

    @staticmethod
    def segment_names() -> dict:
        """Return {English segment name: name in the UI language} for the offer file's segment column (only the
        names that differ: English needs none)."""
        return {name: shown for name, shown in segment_names().items() if shown != name}

    def view_title(self) -> str:
        return self.tr("Offers")

    def set_shop(self, shop) -> None:
        super().set_shop(shop)
        self.audience.clear()
        self.result = None
        self.save_button.setEnabled(False)
        self.model.set_frame(pd.DataFrame())
        if shop is None:
            return
        self.start("audiences", available_audiences, on_done=self._show_audiences,
                   on_failed=lambda e: show_error(self, self.tr("Could not load audiences"), e))

    def _show_audiences(self, audiences) -> None:
        self.audience.clear()
        kinds = {"list": self.tr("List"), "segment": self.tr("Segment"), "cluster": self.tr("Cluster"),
                 "filter": self.tr("Filter")}
        for audience in audiences:
            self.audience.addItem(self.tr("{0}: {1} ({2} customers)").format(
                kinds.get(audience.kind, audience.kind), audience_label(audience), audience.size), audience.key)
        index = self.audience.findData("list:vip")
        if index >= 0:
            self.audience.setCurrentIndex(index)

    def preview(self):
        """Build the offer in the background and show its rows; returns the Task."""
        if self.shop is None or not self.audience.currentData():
            return None
        self.summary.setText(self.tr("Working…"))
        self.save_button.setEnabled(False)
        return self.start("offer", build_offer, self.spec(), on_done=self._show_offer,
                          on_failed=lambda e: self._failed(self.summary, self.tr("Could not make the offer"), e))

    def _failed(self, label: QLabel, title: str, error) -> None:
        """Show why there is nothing to preview: core's plain sentence (an audience without customers, nothing
        bought together yet, a new shop) goes where the result would have been; an unexpected error still opens
        the error dialog. Returns None."""
        if isinstance(error, ShopkeeperError):
            label.setText(plain_message(error))
            return
        label.setText("")
        show_error(self, title, error)

    def _show_offer(self, result) -> None:
        self.result = result
        self.model.set_frame(result.file, {name: name for name in result.file.columns})
        self.table.resizeColumnsToContents()
        c = result.counts
        lines = [self.tr("{0}: {1} customers in the file, {2} held out as a control group.").format(
                     translate_text(result.audience_label), c["in_file"], c["control"]),
                 self.tr("Left out because they did not accept marketing: {0}.").format(c["left_out_no_consent"]),
                 self.tr("Dropped by the file's rules: {0}.").format(c["dropped_invalid"]),
                 local_format(self.tr("Estimated discount cost: {0:,.2f} {1} if everyone orders once ({2:,.2f} "
                                      "at {3:.0%} redemption)."), result.cost["max_cost"], result.currency,
                              result.cost["expected_cost"], result.cost["redemption_rate"])]
        # the consent line above already counts who was left out; core's note says it again (for the CLI)
        lines += [translate_text(note) for note in result.notes if getattr(note, "key", "") != LEFT_OUT_NOTE.key]
        self.summary.setText("\n".join(lines))
        self.save_button.setEnabled(c["in_file"] > 0)

    def _ask_save(self) -> None:
        if self.result is None:
            return
        suffix = "xlsx" if self.result.spec.target == "xlsx" else "csv"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the offer file"),
                                              f"{self.result.spec.target}-offer.{suffix}",
                                              self.tr("Files (*.{0})").format(suffix))
        if name:
            self.save_to(Path(name))

    def save_to(self, out: Path):
        """Write the previewed offer (and its control/dropped files) to ``out`` and record it; returns the Task."""
        return self.start("save", _save, self.result, out, on_done=self._saved,
                          on_failed=lambda e: show_error(self, self.tr("Could not save the offer"), e))

    def _saved(self, files) -> None:
        self.saved_files = list(files)
        self.summary.setText(self.summary.text() + "\n" + self.tr("Saved: {0}").format(
            ", ".join(str(f) for f in files)))

    def selftest_extras(self, outdir) -> list[Path]:
        """Save pictures of an offer preview and a snippet for the self-test; returns their paths."""
        from desktop.workers import wait_for_tasks
        outdir = Path(outdir)
        paths = []
        self.preview()
        wait_for_tasks(120_000)
        path = outdir / "offers_preview.png"
        self.grab().save(str(path))
        paths.append(path)
        self.tabs.setCurrentIndex(1)
        self.make_snippet()
        wait_for_tasks(120_000)
        path = outdir / "offers_snippet.png"
        self.grab().save(str(path))
        paths.append(path)
        self.tabs.setCurrentIndex(0)
        return paths


VIEW_CLASS = OffersView
