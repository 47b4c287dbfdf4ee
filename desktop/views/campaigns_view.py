"""Campaigns screen: did it work? Every campaign saved from the Offers screen, judged on the orders imported since
it was sent: each group (mailed, variants, control), the difference against the control with its 95 % interval,
one sentence, and the window the results are judged on (editable)."""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from core.campaigns.results import campaign_results, set_window_days
from core.campaigns.split import CONTROL, MAILED
from core.offers.targets import TARGET_LABELS
from desktop.errors import plain_message, show_error
from desktop.i18n import format_date, format_money, format_number, format_percent, translate_text
from desktop.views.base import ShopView
from desktop.widgets.empty_text import SentenceList
from desktop.widgets.frame_table import FrameTable

ROLE_ID = Qt.ItemDataRole.UserRole


class CampaignsView(ShopView):
    """List of campaigns on the left; the chosen one's sentence, groups, comparisons and window on the right."""

    view_id = "campaigns"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results = []
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        split = QSplitter()
        self.campaigns = SentenceList()
        self.campaigns.currentRowChanged.connect(self._show_current)
        split.addWidget(self.campaigns)
        right = QWidget()
        column = QVBoxLayout(right)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.groups = FrameTable(sortable=False)
        self.groups.setToolTip(self.tr(
            "The control group: customers chosen at random who did not get the offer, so that comparing them with "
            "those mailed shows what the offer really changed."))
        self.comparisons = FrameTable(sortable=False)
        self.group_sentences = QLabel()
        self.group_sentences.setWordWrap(True)
        self.explain = QLabel(self.tr(
            "The control group was not mailed: it shows what customers would have done anyway. The difference "
            "between a mailed group and the control is what the campaign did; the interval is where the true "
            "difference lies with 95 % confidence."))
        self.explain.setWordWrap(True)
        window_row = QHBoxLayout()
        self.window_days = QSpinBox()
        self.window_days.setRange(1, 365)
        self.window_days.setSuffix(self.tr(" days"))
        self.save_window_button = QPushButton(self.tr("Judge on this window"))
        self.save_window_button.clicked.connect(self.save_window)
        window_row.addWidget(QLabel(self.tr("Window after sending")))
        window_row.addWidget(self.window_days)
        window_row.addWidget(self.save_window_button)
        window_row.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.verdict)
        column.addWidget(QLabel(self.tr("Groups")))
        column.addWidget(self.groups, 1)
        column.addWidget(QLabel(self.tr("Each mailed group against the control")))
        column.addWidget(self.comparisons, 1)
        column.addWidget(self.group_sentences)
        column.addWidget(self.explain)
        column.addLayout(window_row)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

    def view_title(self) -> str:
        return self.tr("Campaigns")

    def set_shop(self, shop) -> None:
        super().set_shop(shop)
        self.results = []
        self.campaigns.clear()
        self._clear_detail()
        if shop is None:
            self.status.setText("")
            return
        self.refresh()

    def refresh(self):
        """Judge every campaign again in the background; returns the Task (None without a shop)."""
        if self.shop is None:
            return None
        self.status.setText(self.tr("Working…"))
        self.campaigns.show_waiting(self.tr("Judging each campaign on the orders imported so far…"))
        return self.start("results", campaign_results, on_done=self._show_results, on_failed=self._failed)

    def work_stopped(self) -> None:
        """Replace the "working" text after the owner stopped the campaigns' results; returns None."""
        self.status.setText(self.tr("Stopped."))

    def _failed(self, error) -> None:
        self.status.setText(plain_message(error))
        self.campaigns.set_empty_text("")
        show_error(self, self.tr("Could not read the campaigns"), error)

    def _show_results(self, results) -> None:
        chosen = self.current_id()
        known = {r.id for r in self.results}
        added = [r.id for r in results if r.id not in known]
        if known and added:  # a campaign saved since the last look is the one to show
            chosen = max(added)
        self.results = list(results)
        self.campaigns.blockSignals(True)
        self.campaigns.clear()
        for result in self.results:
            item = QListWidgetItem(self.tr("{0} (sent {1})").format(result.name, format_date(
                pd.Timestamp(result.sent_at).date())))
            item.setData(ROLE_ID, result.id)
            self.campaigns.addItem(item)
        self.campaigns.blockSignals(False)
        self.campaigns.set_empty_text(self.tr("No campaigns yet."))
        if not self.results:
            self.status.setText(self.tr(
                "No campaigns yet. Save an offer file on the Offers screen: its results appear here after you "
                "import the orders that follow."))
            self._clear_detail()
            return
        self.status.setText(self.tr("{0} campaign(s). Results use the orders imported so far.").format(
            format_number(len(self.results))))
        ids = [r.id for r in self.results]
        self.campaigns.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
        self._show_current(self.campaigns.currentRow())

    def current_id(self) -> int | None:
        """Return the id of the campaign shown, or None."""
        item = self.campaigns.currentItem()
        return None if item is None else int(item.data(ROLE_ID))

    def current_result(self):
        """Return the CampaignResult shown, or None."""
        chosen = self.current_id()
        return next((r for r in self.results if r.id == chosen), None)

    def _clear_detail(self) -> None:
        self.title.setText("")
        self.verdict.setText("")
        self.groups.frame_model.set_frame(pd.DataFrame())
        self.comparisons.frame_model.set_frame(pd.DataFrame())
        self.group_sentences.setText("")
        self.save_window_button.setEnabled(False)

    def group_label(self, name: str) -> str:
        """Return a group's name for the screen: 'mailed' and 'control' translated, variants as named."""
        return {MAILED: self.tr("mailed"), CONTROL: self.tr("control"), "all mailed": self.tr("all mailed")}.get(
            name, name)

    def _show_current(self, _row: int) -> None:
        result = self.current_result()
        if result is None:
            self._clear_detail()
            return
        self.title.setText(self.tr("{0}: {1}, sent {2}; judged on the {3} days to {4}.").format(
            result.name, self.target_label(result.target), format_date(pd.Timestamp(result.sent_at).date()),
            format_number(result.window_days), format_date(pd.Timestamp(result.window_ends).date())))
        self.verdict.setText(translate_text(result.verdict))
        headers = {"group": self.tr("Group"), "members": self.tr("Members"), "ordered": self.tr("Ordered"),
                   "rate": self.tr("Order rate"), "revenue": self.tr("Revenue per member"),
                   "redeemed": self.tr("Codes used")}
        groups = pd.DataFrame({
            "group": [self.group_label(g.name) for g in result.groups],
            "members": [g.members for g in result.groups], "ordered": [g.ordered for g in result.groups],
            "rate": [format_percent(g.order_rate, 1) for g in result.groups],
            "revenue": [format_money(g.revenue_per_member, result.currency) for g in result.groups],
            "redeemed": [g.redeemed for g in result.groups]})
        self.groups.frame_model.set_frame(groups, headers)
        self.groups.resize_columns(None)
        compare_headers = {"group": self.tr("Group"), "difference": self.tr("Order rate difference"),
                           "interval": self.tr("95 % interval"), "revenue": self.tr("Revenue per member difference"),
                           "revenue_interval": self.tr("95 % interval (revenue)")}
        rows = [{"group": self.group_label(c.group), "difference": self.points(c.rate_difference),
                 "interval": self.tr("{0} to {1}").format(self.points(c.low), self.points(c.high)),
                 "revenue": self.money(c.revenue_difference, result.currency),
                 "revenue_interval": self.tr("{0} to {1}").format(self.money(c.revenue_low, result.currency),
                                                                   self.money(c.revenue_high, result.currency))}
                for c in result.comparisons]
        self.comparisons.frame_model.set_frame(pd.DataFrame(rows, columns=list(compare_headers)), compare_headers)
        self.comparisons.resize_columns(None)
        # with variants the verdict speaks of all mailed groups together; each group's own sentence goes below
        self.group_sentences.setText("\n".join(
            self.tr("{0}: {1}").format(self.group_label(c.group), translate_text(c.sentence))
            for c in result.comparisons) if len(result.comparisons) > 1 else "")
        self.window_days.setValue(result.window_days)
        self.save_window_button.setEnabled(True)

    @staticmethod
    def target_label(target: str) -> str:
        """Return the file type a campaign was saved as, in the Offers screen's words (its translations)."""
        label = TARGET_LABELS.get(target)
        return QCoreApplication.translate("OffersView", label) if label else target

    def points(self, share: float) -> str:
        """Return a rate difference as signed points ("+5,2 pts"), "–" when unknown."""
        if share is None or not math.isfinite(share):
            return "–"
        sign = "+" if share > 0 else ""
        return self.tr("{0} points").format(sign + format_number(share * 100, 1))

    @staticmethod
    def money(value: float, currency: str) -> str:
        """Return a signed amount, "–" when unknown."""
        if value is None or not math.isfinite(value):
            return "–"
        return ("+" if value > 0 else "") + format_money(value, currency)

    def save_window(self):
        """Store the window shown for the chosen campaign and judge again; returns the Task (None if none)."""
        chosen = self.current_id()
        if chosen is None or self.shop is None:
            return None
        return self.start("window", set_window_days, chosen, self.window_days.value(),
                          on_done=lambda _none: self.refresh(),
                          on_failed=lambda e: show_error(self, self.tr("Could not change the window"), e))


VIEW_CLASS = CampaignsView
