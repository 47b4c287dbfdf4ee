"""Offers screen: turn an audience into a campaign file (Mailchimp, Klaviyo, Shopify tags, CSV, XLSX) with a
control group, and make paste-in shop widgets (also bought, bestsellers, VIP banner) with a paste guide."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFileDialog, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
                               QTabWidget, QVBoxLayout, QWidget)

from core.campaigns.codes import CODES_PLATFORMS
from core.campaigns.planning import plan_control, shop_order_rate
from core.errors import ShopkeeperError
from core.offers.audiences import available_audiences
from core.offers.campaign import LEFT_OUT_NOTE, OfferSpec, Variant, build_offer, record_campaign, write_offer
from core.offers.products import prepare_picks
from core.offers.targets import TARGETS
from core.offers.tiers import DiscountTier, tier_preview
from core.snippets.preview import exports_folder
from desktop.errors import plain_message, show_error
from desktop.i18n import audience_label, date_format, local_format, segment_names, translate_text
from desktop.widgets.explain import explain_link
from desktop.widgets.frame_table import FrameTable
from desktop.views.base import ShopView
from desktop.views.offer_texts import CODES_FILES, CONTROL_FILE, RESULTS, UPLOAD_GUIDES
from desktop.views.snippet_tab import SnippetTab

VARIANT_NAMES = ("A", "B", "C")


def _audiences(db, steps: dict | None = None, progress=None, deliver=None):
    """Worker: every audience of the shop ``db``; with ``deliver``, they are delivered as they are worked out: the
    segments and countries, then the customer lists (a model fit), then the refills due (the repurchase model),
    then the groups (a clustering) with everything. ``progress`` is told each step's text from ``steps``
    ("segments", "lists", "groups": the screen's own, in the UI language), for the busy bar."""
    from core.offers.audiences import QUICK_KINDS
    from core.shop_data import ShopData
    steps = steps or {}
    shop = ShopData(db)
    stages = [("segments", QUICK_KINDS), ("lists", QUICK_KINDS | {"lists"}),
              ("groups", QUICK_KINDS | {"lists", "refills"})]
    for number, (step, kinds) in enumerate(stages):
        if progress:
            progress(number / (len(stages) + 1), steps.get(step))
        if deliver:
            deliver(available_audiences(shop, kinds))
    return available_audiences(shop)


def _save(db, result, out):
    """Worker: write the offer's files and record the campaign in the shop ``db``; returns the files."""
    files = write_offer(result, out)
    record_campaign(db, result, files)
    return files


def next_steps(target: str, files, codes_platform: str = "") -> str:
    """Return what to do after saving an offer file for ``target``, in the UI language: where to upload it, what
    the control file is and why not to mail it, the codes file when there is one, and where results appear."""
    tr = lambda text: QCoreApplication.translate("OffersView", text)  # noqa: E731
    parts = [tr(UPLOAD_GUIDES.get(target, UPLOAD_GUIDES["csv"]))]
    names = [Path(f).name for f in files]
    if any(".control." in name for name in names):
        parts.append(tr(CONTROL_FILE))
    if codes_platform and any(".codes-" in name for name in names):
        parts.append(tr(CODES_FILES[codes_platform]))
    parts.append(tr(RESULTS))
    return "\n\n".join(parts)


class OffersView(SnippetTab, ShopView):
    """Audience + target + discounts + control share -> preview -> save files; and shop snippets."""

    view_id = "offers"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.snippet = None
        self.audience_sizes: dict[str, int] = {}
        self.order_rate = None
        self.saved_files: list = []
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
        self.skip_full_price = QCheckBox(self.tr("No discount for customers who buy at full price"))
        self.skip_full_price.setToolTip(self.tr(
            "Customers who rarely use a code or a sale price (under half of their orders) get the offer without "
            "a discount: they buy anyway, so a discount mostly costs you."))
        self.scale_by_value = QCheckBox(self.tr("Scale each discount by the customer's predicted value"))
        self.scale_by_value.setToolTip(self.tr(
            "Customers expected to spend more get up to 1.5 times the tier's discount, those expected to spend "
            "less down to half of it, never above the margin cap."))
        form.addRow(self.skip_full_price)
        form.addRow(self.scale_by_value)
        control_row = QHBoxLayout()  # the field and a "What does this mean?" link
        control_row.addWidget(self.control)
        control_row.addWidget(explain_link("control_group"))
        control_row.addStretch(1)
        form.addRow(self.tr("Control group %"), control_row)
        self.control.setToolTip(self.tr(
            "The control group: customers chosen at random who do not get the offer, so that comparing them with "
            "those mailed shows what the offer really changed."))
        self.control_plan = QLabel()
        self.control_plan.setWordWrap(True)
        form.addRow(self.control_plan)
        form.addRow(self.tr("Subject line"), self.subject)
        form.addRow(self.tr("Shopify tag"), self.tag)
        form.addRow(self.unconsented)
        form.addRow(self.unconsented_warning)
        self._campaign_rows(form)
        self.audience.currentIndexChanged.connect(self.update_control_plan)
        self._audience_chosen = False  # the owner picked an audience: a longer list arriving keeps it
        self.audience.activated.connect(lambda _index: setattr(self, "_audience_chosen", True))
        self.control.valueChanged.connect(self.update_control_plan)
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
        self.table = FrameTable(sortable=False, select_rows=False,
                                empty=self.tr("Press Preview to see the first rows of the offer file here."))
        self.model = self.table.frame_model
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.next_steps.setVisible(False)
        self.campaigns_button = QPushButton(self.tr("Open the Campaigns screen"))
        self.campaigns_button.setVisible(False)
        self.campaigns_button.clicked.connect(self._open_campaigns)
        self.tier_table = FrameTable(sortable=False, select_rows=False)
        self.tier_table.setVisible(False)
        right.addWidget(self.summary)
        right.addWidget(self.tier_table)
        right.addWidget(self.table, 1)
        right.addWidget(self.next_steps)
        right.addWidget(self.campaigns_button)
        scroll = QScrollArea()
        scroll.setWidget(form_box)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(form_box.sizeHint().width() + 24)
        outer.addWidget(scroll)
        outer.addLayout(right, 1)
        return page

    def _campaign_rows(self, form: QFormLayout) -> None:
        """Add the send date, results window, variants and coupon code settings to ``form``; returns None."""
        self.sent_at = QDateEdit(QDate.currentDate())
        self.sent_at.setCalendarPopup(True)
        self.sent_at.setDisplayFormat(date_format())  # the local order with a four-digit year, not "06.12.26"
        self.window_days = QSpinBox()
        self.window_days.setRange(1, 365)
        self.window_days.setValue(30)
        self.window_days.setSuffix(self.tr(" days"))
        self.campaign_name = QLineEdit()
        self.campaign_name.setPlaceholderText(self.tr("audience, file and date when empty"))
        form.addRow(self.tr("Campaign name"), self.campaign_name)
        form.addRow(self.tr("Sent on"), self.sent_at)
        form.addRow(self.tr("Judge results after"), self.window_days)
        self.variant_count = QComboBox()
        self.variant_count.addItem(self.tr("No variants"), 0)
        self.variant_count.addItem(self.tr("2 variants"), 2)
        self.variant_count.addItem(self.tr("3 variants"), 3)
        form.addRow(self.tr("Variants"), self.variant_count)
        self.variant_box = QWidget()
        grid = QGridLayout(self.variant_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Subject line")), 0, 1)
        grid.addWidget(QLabel(self.tr("Discount")), 0, 2)
        self.variant_rows = []
        for i, name in enumerate(VARIANT_NAMES, start=1):
            subject = QLineEdit()
            subject.setPlaceholderText(self.tr("as above"))
            discount = QDoubleSpinBox()
            discount.setRange(-1, 100)
            discount.setDecimals(1)
            discount.setSuffix(" %")
            discount.setSpecialValueText(self.tr("as the tiers"))
            discount.setValue(-1)
            no_picks = QCheckBox(self.tr("no product picks"))
            label = QLabel(name)
            for column, widget in enumerate((label, subject, discount, no_picks)):
                grid.addWidget(widget, i, column)
            self.variant_rows.append((label, subject, discount, no_picks))
        form.addRow(self.variant_box)
        self.variant_count.currentIndexChanged.connect(self._show_variant_rows)
        self._show_variant_rows()
        self.codes = QCheckBox(self.tr("A unique coupon code for each customer"))
        self.code_prefix = QLineEdit("SK")
        self.code_prefix.setMaxLength(12)
        self.codes_file = QComboBox()
        self.codes_file.addItem(self.tr("no codes file"), "")
        labels = {"shopify": self.tr("Shopify (Matrixify) codes file"),
                  "woocommerce": self.tr("WooCommerce coupons file")}
        for key in CODES_PLATFORMS:
            self.codes_file.addItem(labels[key], key)
        form.addRow(self.codes)
        form.addRow(self.tr("Code prefix"), self.code_prefix)
        form.addRow(self.tr("Codes file for"), self.codes_file)
        self.codes.toggled.connect(self.code_prefix.setEnabled)
        self.codes.toggled.connect(self.codes_file.setEnabled)
        self.code_prefix.setEnabled(False)
        self.codes_file.setEnabled(False)

    def _show_variant_rows(self) -> None:
        count = self.variant_count.currentData() or 0
        self.variant_box.setVisible(count > 0)
        for i, row in enumerate(self.variant_rows):
            for widget in row:
                widget.setVisible(i < count)

    def variants(self) -> tuple[Variant, ...]:
        """Return the variants the owner set up (none when "No variants")."""
        count = self.variant_count.currentData() or 0
        out = []
        for label, subject, discount, no_picks in self.variant_rows[:count]:
            out.append(Variant(label.text(), subject.text().strip(),
                               None if discount.value() < 0 else discount.value(),
                               "none" if no_picks.isChecked() else "personal"))
        return tuple(out)

    def update_control_plan(self) -> None:
        """Say what the chosen control group can show for the chosen audience, or that it is too small for any
        test (the owner may still send); returns None."""
        size = self.audience_sizes.get(self.audience.currentData() or "", 0)
        if self.result is not None and self.result.spec.audience == self.audience.currentData():
            size = self.result.counts["in_file"] + self.result.counts["control"]
        if not size:
            self.control_plan.setText("")
            return
        plan = plan_control(size, self.control.value() / 100.0, self.order_rate)
        self.control_plan.setText(translate_text(plan.message))
        self.control_plan.setStyleSheet("color: #a15c00" if plan.too_small else "")
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
                         tag=self.tag.text().strip(), segment_names=self.segment_names(),
                         sent_at=self.sent_at.date().toString("yyyy-MM-dd"), window_days=self.window_days.value(),
                         variants=self.variants(), name=self.campaign_name.text().strip(),
                         skip_full_price=self.skip_full_price.isChecked(),
                         scale_by_value=self.scale_by_value.isChecked(),
                         coupon_prefix=self.code_prefix.text().strip() if self.codes.isChecked() else "",
                         codes_platform=(self.codes_file.currentData() or "") if self.codes.isChecked() else "")

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
        self.order_rate = None
        self.audience_sizes = {}
        self.control_plan.setText("")
        self.next_steps.setVisible(False)
        self.campaigns_button.setVisible(False)
        if shop is None:
            return
        self._audience_chosen = False
        steps = {"segments": self.tr("Working out the segments and countries…"),
                 "lists": self.tr("Working out the customer lists and groups…"),
                 "groups": self.tr("Working out the refills due and the customer groups…")}
        self.start("audiences", _audiences, steps, on_done=self._audiences_ready, on_partial=self._show_audiences,
                   on_failed=lambda e: show_error(self, self.tr("Could not load audiences"), e))
        self.start("order_rate", shop_order_rate, on_done=self._got_order_rate)

    def _got_order_rate(self, rate) -> None:
        self.order_rate = rate
        self.update_control_plan()

    def _audiences_ready(self, audiences) -> None:
        self._show_audiences(audiences)
        # the picks' settings an offer needs, chosen now so that Preview does not wait for them
        self.start("prepare_picks", prepare_picks)

    def first_sight_shown(self) -> bool:
        """Return True when the audience chooser holds what the screen opens on: the customer lists (VIP first),
        or every audience the shop has once they are all worked out (the groups and refills come after)."""
        return self.audience.findData("list:vip") >= 0 or (self.audience.count() > 0
                                                            and not self.running("audiences"))

    def _show_audiences(self, audiences) -> None:
        chosen = self.audience.currentData() if self._audience_chosen else None
        self.audience.blockSignals(True)
        self.audience.clear()
        kinds = {"list": self.tr("List"), "segment": self.tr("Segment"), "cluster": self.tr("Cluster"),
                 "filter": self.tr("Filter")}
        self.audience_sizes = {audience.key: audience.size for audience in audiences}
        for audience in audiences:
            self.audience.addItem(self.tr("{0}: {1} ({2} customers)").format(
                kinds.get(audience.kind, audience.kind), audience_label(audience), audience.size), audience.key)
        self.audience.blockSignals(False)
        index = self.audience.findData(chosen or "list:vip")  # the owner's pick survives the longer list
        if index >= 0:
            self.audience.setCurrentIndex(index)
        self.audience.currentIndexChanged.emit(self.audience.currentIndex())

    def work_stopped(self) -> None:
        """Replace the "working" text after the owner stopped the offer; returns None."""
        self.summary.setText(self.tr("Stopped."))

    def preview(self):
        """Build the offer in the background and show its rows; returns the Task."""
        if self.shop is None or not self.audience.currentData():
            return None
        self.summary.setText(self.tr("Working…"))
        self.save_button.setEnabled(False)
        return self.start("offer", build_offer, self.spec(), on_done=self._show_offer, on_failed=self._offer_failed)

    def _offer_failed(self, error) -> None:
        """Say why no offer file could be made, and clear the preview: rows of an earlier preview would read as this
        one's, and "press Preview" would be wrong after a press. Returns None."""
        self.result = None
        self.table.clear()
        self.table.set_empty_text(self.tr("Nothing to preview: the sentence above says why."))
        self.next_steps.setVisible(False)
        self.campaigns_button.setVisible(False)
        self._failed(self.summary, self.tr("Could not make the offer"), error)

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
        self.table.resize_columns(None)
        c = result.counts
        lines = [self.tr("{0}: {1} customers in the file, {2} held out as a control group.").format(
                     translate_text(result.audience_label), c["in_file"], c["control"]),
                 self.tr("Left out because they did not accept marketing: {0}.").format(c["left_out_no_consent"]),
                 self.tr("Dropped by the file's rules: {0}.").format(c["dropped_invalid"]),
                 local_format(self.tr("Estimated discount cost: {0:,.2f} {1} if everyone orders once ({2:,.2f} "
                                      "at {3:.0%} redemption)."), result.cost["max_cost"], result.currency,
                              result.cost["expected_cost"], result.cost["redemption_rate"])]
        if result.cost.get("saving"):
            lines.append(local_format(self.tr("That is {0:,.2f} {1} less than the same discount for everyone."),
                                      result.cost["saving"], result.currency))
        self._show_tiers(result)
        # the consent line above already counts who was left out; core's note says it again (for the CLI)
        lines += [translate_text(note) for note in result.notes if getattr(note, "key", "") != LEFT_OUT_NOTE.key]
        self.summary.setText("\n".join(lines))
        self.save_button.setEnabled(c["in_file"] > 0)
        self.next_steps.setVisible(False)
        self.campaigns_button.setVisible(False)
        self.update_control_plan()

    def _show_tiers(self, result) -> None:
        """Show the discount cost per tier (core's ``tier_preview``) under the summary; returns None."""
        tiers = tier_preview(result.cost)
        self.tier_table.setVisible(not tiers.empty)
        if tiers.empty:
            return
        names = {"VIP early access": self.tr("VIP early access"), "Win-back": self.tr("Win-back"),
                 "At risk, high value": self.tr("At risk, high value")}  # the tiers spec() sets up
        tiers = tiers.assign(tier=tiers["tier"].map(lambda label: names.get(label, translate_text(label))))
        self.tier_table.frame_model.set_frame(tiers, {
            "tier": self.tr("Tier"), "customers": self.tr("Customers"), "percent": self.tr("Discount %"),
            "no_discount": self.tr("Without discount"), "max_cost": self.tr("Cost ({0})").format(result.currency),
            "flat_cost": self.tr("Flat discount cost"), "saving": self.tr("Saving")})
        self.tier_table.resize_columns(None)
        table = self.tier_table  # as tall as its rows, no empty band under one or two tiers
        table.setFixedHeight(table.horizontalHeader().height() + 2 * table.frameWidth() + 2
                             + sum(table.rowHeight(row) for row in range(len(tiers)))
                             + table.horizontalScrollBar().sizeHint().height())

    def _ask_save(self) -> None:
        if self.result is None:
            return
        suffix = "xlsx" if self.result.spec.target == "xlsx" else "csv"
        folder = exports_folder(self.shop.db)
        folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the offer file"),
                                              str(folder / f"{self.result.spec.target}-offer.{suffix}"),
                                              self.tr("Files (*.{0})").format(suffix))
        if name:
            self.save_to(Path(name))

    def save_to(self, out: Path):
        """Write the previewed offer (and its control/dropped files) to ``out`` and record it with the send date and
        window shown now (the owner may have changed them since the preview); returns the Task."""
        self.result.spec = dataclasses.replace(self.result.spec, name=self.campaign_name.text().strip(),
                                               sent_at=self.sent_at.date().toString("yyyy-MM-dd"),
                                               window_days=self.window_days.value())
        return self.start("save", _save, self.result, out, on_done=self._saved,
                          on_failed=lambda e: show_error(self, self.tr("Could not save the offer"), e))

    def _saved(self, files) -> None:
        self.saved_files = list(files)
        self.summary.setText(self.summary.text() + "\n" + self.tr("Saved: {0}").format(
            ", ".join(str(f) for f in files)))
        self.next_steps.setText(next_steps(self.result.spec.target, files, self.result.spec.codes_platform))
        self.next_steps.setVisible(True)
        window = self.window()
        has_campaigns = "campaigns" in getattr(window, "views", {})
        self.campaigns_button.setVisible(has_campaigns)
        if has_campaigns:
            window.views["campaigns"].refresh()

    def _open_campaigns(self) -> None:
        window = self.window()
        if hasattr(window, "show_view"):
            window.show_view("campaigns")

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
