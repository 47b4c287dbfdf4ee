"""The Shop snippets tab: paste-in shop widgets (also bought, bestsellers, VIP banner) with a paste guide.

A mixin of ``OffersView`` (``desktop.views.offers_view``): the screen keeps one class, whose name stays the
translation context of these texts (``translate("OffersView", …)``)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QSpinBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from core.atomic import atomic_write
from core.snippets import KINDS, build_snippet
from desktop.i18n import format_number


def tr(text: str) -> str:
    """Return ``text`` translated in the Offers screen's context."""
    return QCoreApplication.translate("OffersView", text)


def preview_html(snippet) -> str:
    """Return static HTML showing what the snippet looks like (scripts do not run in the preview)."""
    text = snippet.text
    if snippet.kind in ("also-bought", "also-bought-liquid", "woocommerce"):
        match = re.search(r'id="sk-also-bought-data">(.*?)</script>', text, re.S)
        data = json.loads(match.group(1)) if match else {"recs": {}, "items": []}
        if not data["recs"]:
            return ""
        handle, refs = next(iter(data["recs"].items()))
        cards = "".join(
            f'<td style="border:1px solid #ccc;padding:8px"><b>{html.escape(data["items"][i][0])}</b><br>'
            f'{html.escape(data["items"][i][2])}</td>' for i in refs)
        return (f"<p><i>{html.escape(handle)}</i></p>"
                f"<h3>Customers also bought</h3><table cellspacing=6><tr>{cards}</tr></table>")
    # Bestsellers and banners are plain HTML: show them without their scripts and styles.
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", text, flags=re.S)
    return re.sub(r"\{%.*?%\}", "", text).replace(" hidden>", ">")


class SnippetTab:
    """The Shop snippets tab of ``OffersView``."""

    def _snippet_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        kind_labels = {"also-bought": tr("Also bought (HTML)"),
                       "also-bought-liquid": tr("Also bought (Shopify Liquid)"),
                       "woocommerce": tr("Also bought (WooCommerce)"),
                       "bestsellers": tr("Bestsellers block"), "vip-banner": tr("VIP banner (HTML)"),
                       "vip-banner-liquid": tr("VIP banner (Shopify Liquid)")}
        for key in KINDS:
            self.kind.addItem(kind_labels[key], key)
        self.max_products = QSpinBox()
        self.max_products.setRange(5, 2000)
        self.max_products.setValue(200)
        self.max_products.setPrefix(tr("top "))
        self.banner_message = QLineEdit(tr("Welcome back! As a VIP you get early access to our new collection."))
        self.make_button = QPushButton(tr("Make snippet"))
        self.copy_button = QPushButton(tr("Copy to clipboard"))
        self.save_snippet_button = QPushButton(tr("Save…"))
        self.copy_button.setEnabled(False)
        self.save_snippet_button.setEnabled(False)
        for widget in (QLabel(tr("Widget")), self.kind, QLabel(tr("Products")), self.max_products,
                       QLabel(tr("Banner text")), self.banner_message, self.make_button, self.copy_button,
                       self.save_snippet_button):
            bar.addWidget(widget)
        self.snippet_info = QLabel()
        split = QSplitter()
        self.code = QPlainTextEdit()
        self.code.setReadOnly(True)
        self.preview_view = QTextBrowser()
        self.guide = QPlainTextEdit()
        self.guide.setReadOnly(True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview_view)
        right.addWidget(self.guide)
        split.addWidget(self.code)
        split.addWidget(right)
        layout.addLayout(bar)
        layout.addWidget(self.snippet_info)
        layout.addWidget(split, 1)
        self.make_button.clicked.connect(self.make_snippet)
        self.copy_button.clicked.connect(self.copy_snippet)
        self.save_snippet_button.clicked.connect(self._ask_save_snippet)
        return page

    def make_snippet(self):
        """Build the chosen snippet in the background; returns the Task."""
        if self.shop is None:
            return None
        options = {"max_products": self.max_products.value(), "message": self.banner_message.text()}
        self.snippet_info.setText(tr("Working…"))
        return self.start("snippet", build_snippet, self.kind.currentData(), **options, on_done=self._show_snippet,
                          on_failed=lambda e: self._failed(self.snippet_info, tr("Could not make the snippet"),
                                                           e))

    def _show_snippet(self, snippet) -> None:
        self.snippet = snippet
        self.code.setPlainText(snippet.text)
        self.preview_view.setHtml(preview_html(snippet))
        self.guide.setPlainText(tr("Where to paste this") + "\n\n" + tr(snippet.guide))
        info = tr("{0} bytes, no customer data.").format(format_number(snippet.size_bytes))
        if snippet.products and snippet.kind != "bestsellers":
            info += " " + tr("{0} products have recommendations.").format(snippet.products)
        self.snippet_info.setText(info)
        self.copy_button.setEnabled(True)
        self.save_snippet_button.setEnabled(True)

    def copy_snippet(self) -> None:
        """Put the snippet's text on the clipboard; returns None."""
        if self.snippet is not None:
            QGuiApplication.clipboard().setText(self.snippet.text)
            self.snippet_info.setText(self.snippet_info.text() + " " + tr("Copied."))

    def _ask_save_snippet(self) -> None:
        if self.snippet is None:
            return
        suffix = "liquid" if self.snippet.kind.endswith("liquid") else "html"
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the snippet"), f"{self.snippet.kind}.{suffix}")
        if name:
            self.save_snippet_to(Path(name))

    def save_snippet_to(self, out: Path) -> Path:
        """Write the current snippet to ``out``; returns the path."""
        with atomic_write(out, "w", encoding="utf-8") as handle:
            handle.write(self.snippet.text)
        return out
