"""The Shop snippets tab: paste-in shop widgets (also bought, bestsellers, VIP banner) with a paste guide.

A mixin of ``OffersView`` (``desktop.views.offers_view``): the screen keeps one class, whose name stays the
translation context of these texts (``translate("OffersView", …)``)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSpinBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from core.atomic import atomic_write
from core.errors import ShopkeeperError
from core.snippets import KINDS, build_snippet
from core.snippets.builders import GUESSED_NOTE, HELD_BACK_NOTE, SOME_GUESSED_NOTE
from core.snippets.preview import exports_folder, write_preview
from core.snippets.texts import (LANGUAGE_NAMES, SHOP_LANGUAGES, chosen_shop_language, save_shop_language,
                                 shop_texts)
from desktop.errors import show_error
from desktop.i18n import format_number, translate_text


translate = QCoreApplication.translate


def preview_html(snippet) -> str:
    """Return static HTML showing what the snippet looks like (scripts do not run in the preview)."""
    text = snippet.text
    if snippet.kind in ("also-bought", "also-bought-liquid", "woocommerce"):
        match = re.search(r'id="sk-also-bought-data">(.*?)</script>', text, re.S)
        data = json.loads(match.group(1)) if match else {"recs": {}, "items": []}
        if not data["recs"]:
            return ""
        handle, refs = next(iter(data["recs"].items()))
        heading = re.search(r"<h3>(.*?)</h3>", text, re.S)  # already escaped by core
        cards = "".join(
            f'<td style="border:1px solid #ccc;padding:8px"><b>{html.escape(data["items"][i][0])}</b><br>'
            f'{html.escape(data["items"][i][2])}</td>' for i in refs)
        return (f"<p><i>{html.escape(handle)}</i></p>"
                f"<h3>{heading.group(1) if heading else ''}</h3><table cellspacing=6><tr>{cards}</tr></table>")
    # Bestsellers and banners are plain HTML: show them without their scripts and styles.
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", text, flags=re.S)
    return re.sub(r"\{%.*?%\}", "", text).replace(" hidden>", ">")


class SnippetTab:
    """The Shop snippets tab of ``OffersView``: widget, shop language (independent of the app's language), the
    owner's own texts, then make, copy, save or preview in the browser."""

    def _snippet_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.kind = QComboBox()
        kind_labels = {"also-bought": translate("OffersView", "Also bought (HTML)"),
                       "also-bought-liquid": translate("OffersView", "Also bought (Shopify Liquid)"),
                       "woocommerce": translate("OffersView", "Also bought (WooCommerce)"),
                       "bestsellers": translate("OffersView", "Bestsellers block"),
                       "vip-banner": translate("OffersView", "VIP banner (HTML)"),
                       "vip-banner-liquid": translate("OffersView", "VIP banner (Shopify Liquid)")}
        for key in KINDS:
            self.kind.addItem(kind_labels[key], key)
        self.max_products = QSpinBox()
        self.max_products.setRange(5, 2000)
        self.max_products.setValue(200)
        self.max_products.setPrefix(translate("OffersView", "top "))
        self.shop_lang = QComboBox()
        self.shop_lang.setToolTip(translate(
            "OffersView", "The language of your shop's customers: the widget's texts and prices. It does not change "
            "Shopkeeper's own language."))
        for code in SHOP_LANGUAGES:
            self.shop_lang.addItem(LANGUAGE_NAMES[code], code)
        self._shop_lang_for = None  # the shop whose language the box shows
        self.shop_lang.activated.connect(self._shop_language_chosen)
        self.shop_lang.currentIndexChanged.connect(self._show_default_texts)
        self.heading_text = QLineEdit()
        self.button_text = QLineEdit()
        self.banner_message = QLineEdit()
        self.make_button = QPushButton(translate("OffersView", "Make snippet"))
        self.copy_button = QPushButton(translate("OffersView", "Copy to clipboard"))
        self.save_snippet_button = QPushButton(translate("OffersView", "Save…"))
        self.browser_button = QPushButton(translate("OffersView", "Preview in browser"))
        self.browser_button.setToolTip(translate(
            "OffersView", "Write the snippet into a sample page in the shop's exports folder and open it in your web "
            "browser."))
        for button in (self.copy_button, self.save_snippet_button, self.browser_button):
            button.setEnabled(False)
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("OffersView", "Widget")), 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(QLabel(translate("OffersView", "Products")), 0, 2)
        grid.addWidget(self.max_products, 0, 3)
        grid.addWidget(QLabel(translate("OffersView", "Shop language")), 0, 4)
        grid.addWidget(self.shop_lang, 0, 5)
        grid.addWidget(QLabel(translate("OffersView", "Heading")), 1, 0)
        grid.addWidget(self.heading_text, 1, 1)
        grid.addWidget(QLabel(translate("OffersView", "Button")), 1, 2)
        grid.addWidget(self.button_text, 1, 3)
        grid.addWidget(QLabel(translate("OffersView", "Banner text")), 1, 4)
        grid.addWidget(self.banner_message, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 2)
        bar = QHBoxLayout()
        for widget in (self.make_button, self.copy_button, self.save_snippet_button, self.browser_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.snippet_info = QLabel()
        self.snippet_info.setWordWrap(True)
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
        layout.addLayout(grid)
        layout.addLayout(bar)
        layout.addWidget(self.snippet_info)
        layout.addWidget(split, 1)
        self.make_button.clicked.connect(self.make_snippet)
        self.copy_button.clicked.connect(self.copy_snippet)
        self.save_snippet_button.clicked.connect(self._ask_save_snippet)
        self.browser_button.clicked.connect(self.preview_in_browser)
        self._show_default_texts()
        return page

    def _show_default_texts(self, _index: int = 0) -> None:
        """Show the shop language's own texts as placeholders: an empty box means "use these"."""
        texts = shop_texts(self.shop_lang.currentData() or "en")
        self.heading_text.setPlaceholderText(texts.heading)
        self.button_text.setPlaceholderText(texts.button)
        self.banner_message.setPlaceholderText(texts.banner)

    def _default_shop_language(self) -> None:
        """Show the shop's snippet language: the one the owner chose last time, else the one its currency suggests
        (PLN: Polish). Read once per shop."""
        if self._shop_lang_for == self.shop.path:
            return
        self._shop_lang_for = self.shop.path
        index = self.shop_lang.findData(chosen_shop_language(self.shop.db))
        self.shop_lang.setCurrentIndex(max(0, index))

    def _shop_language_chosen(self, _index: int) -> None:
        """Remember the owner's choice in the shop (in the background); returns None."""
        if self.shop is not None:
            self._shop_lang_for = self.shop.path
            self.start("shop_lang", save_shop_language, self.shop_lang.currentData())

    def make_snippet(self):
        """Build the chosen snippet in the background; returns the Task."""
        if self.shop is None:
            return None
        self._default_shop_language()
        options = {"max_products": self.max_products.value(), "shop_lang": self.shop_lang.currentData(),
                   "heading": self.heading_text.text().strip() or None,
                   "button": self.button_text.text().strip() or None,
                   "message": self.banner_message.text().strip() or None}
        self.snippet_info.setText(translate("OffersView", "Working…"))
        return self.start("snippet", build_snippet, self.kind.currentData(), **options, on_done=self._show_snippet,
                          on_failed=lambda e: self._failed(
                              self.snippet_info, translate("OffersView", "Could not make the snippet"), e))

    def _show_snippet(self, snippet) -> None:
        self.snippet = snippet
        self.code.setPlainText(snippet.text)
        self.preview_view.setHtml(preview_html(snippet))
        self.guide.setPlainText(translate("OffersView", "Where to paste this") + "\n\n"
                                + translate("OffersView", snippet.guide))
        info = translate("OffersView", "{0} bytes, no customer data.").format(format_number(snippet.size_bytes))
        if snippet.products and snippet.kind != "bestsellers":
            info += " " + translate("OffersView", "{0} products have recommendations.").format(snippet.products)
        # what the catalog held back, and whether the links are guesses (with how to import the catalog)
        for note in snippet.notes:
            if getattr(note, "key", "") in (HELD_BACK_NOTE.key, GUESSED_NOTE.key, SOME_GUESSED_NOTE.key):
                info += "\n" + translate_text(note)
        self.snippet_info.setText(info)
        for button in (self.copy_button, self.save_snippet_button, self.browser_button):
            button.setEnabled(True)

    def preview_in_browser(self) -> Path | None:
        """Write the snippet into a sample page in the shop's exports folder and open it in the default browser;
        returns the page's path (None when there is no snippet or it could not be written)."""
        if self.snippet is None or self.shop is None:
            return None
        note = translate("OffersView", "A sample page made by Shopkeeper to show the snippet; it is not your shop.")
        try:
            path = write_preview(self.snippet, exports_folder(self.shop.db), note)
        except ShopkeeperError as error:  # a full disk or a read-only folder: said plainly
            show_error(self, translate("OffersView", "Could not write the preview page"), error)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.snippet_info.setText(self.snippet_info.text() + "\n"
                                  + translate("OffersView", "Preview page: {0}").format(str(path)))
        return path

    def copy_snippet(self) -> None:
        """Put the snippet's text on the clipboard; returns None."""
        if self.snippet is not None:
            QGuiApplication.clipboard().setText(self.snippet.text)
            self.snippet_info.setText(self.snippet_info.text() + " " + translate("OffersView", "Copied."))

    def _ask_save_snippet(self) -> None:
        if self.snippet is None:
            return
        suffix = "liquid" if self.snippet.kind.endswith("liquid") else "html"
        name, _ = QFileDialog.getSaveFileName(self, translate("OffersView", "Save the snippet"),
                                              f"{self.snippet.kind}.{suffix}")
        if name:
            self.save_snippet_to(Path(name))

    def save_snippet_to(self, out: Path) -> Path:
        """Write the current snippet to ``out``; returns the path."""
        with atomic_write(out, "w", encoding="utf-8") as handle:
            handle.write(self.snippet.text)
        return out
