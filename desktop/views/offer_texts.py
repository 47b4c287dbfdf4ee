"""English texts core gives the Offers screen (snippet paste guides, notes about the offer file), listed so that
pyside6-lupdate puts them in the .ts files; tests/desktop/test_offers_view.py keeps the guides in step with
core.snippets.guide.GUIDES."""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n import translate_by_pattern

GUIDES = {
    'also-bought': QT_TRANSLATE_NOOP(
        "OffersView",
        'Also bought (HTML + JavaScript)\n' 'Any shop: paste it on the product page where the cards should appear. Put the product\'s handle (the last part of its web address) in data-product="...", or leave it empty and the widget reads it from the address (/products/HANDLE or /product/HANDLE/).\n' 'Shopify: use the Liquid version instead - it fills in the product by itself.\n' 'WooCommerce: use the WooCommerce version.'),  # noqa: E501
    'also-bought-liquid': QT_TRANSLATE_NOOP(
        "OffersView",
        'Also bought for Shopify (Liquid)\n' '1. Shopify admin > Online Store > Themes > Customize.\n' '2. Open a product page template, click Add block (or Add section) > Custom Liquid.\n' '3. Paste the snippet into the Custom Liquid box and click Save.\n' 'It uses {{ product.handle }} to find the product, so nothing else needs changing.'),  # noqa: E501
    'woocommerce': QT_TRANSLATE_NOOP(
        "OffersView",
        'Also bought for WooCommerce (HTML block)\n' "1. WordPress admin > Appearance > Editor (or Widgets) and open the Single Product template; or edit a product's description.\n" '2. Add a Custom HTML block where the cards should appear and paste the snippet.\n' '3. Save. The widget reads the product from the address (/product/NAME/).'),  # noqa: E501
    'bestsellers': QT_TRANSLATE_NOOP(
        "OffersView",
        'Bestsellers block (plain HTML, no script)\n' 'Shopify: Online Store > Themes > Customize > Add section > Custom Liquid (or Custom HTML), paste, Save.\n' 'WooCommerce: add a Custom HTML block to the home page or a landing page and paste.'),  # noqa: E501
    'vip-banner-liquid': QT_TRANSLATE_NOOP(
        "OffersView",
        'VIP / welcome-back banner for Shopify (Liquid)\n' '1. First import the Shopify customer file from Offers, so your customers carry the tag (for example sk-vip).\n' '2. Online Store > Themes > Customize > Header (or any section) > Add block > Custom Liquid; paste; Save.\n' 'Only signed-in customers with the tag see the message.'),  # noqa: E501
    'vip-banner': QT_TRANSLATE_NOOP(
        "OffersView",
        'VIP / welcome-back banner (HTML + JavaScript)\n' 'The banner shows when the page (the <html> or <body> element, or any element) has the class named in data-sk-class, for example sk-vip. Your shop or a plugin must add that class for signed-in VIP customers.\n' 'WooCommerce: add a Custom HTML block to the header or a page and paste.\n' 'Shopify: use the Liquid version instead.'),  # noqa: E501
}

# Notes about an offer file (core.offers.campaign / targets): (core's English pattern, template to translate)
LEFT_OUT = re.compile(r"^(\d+) customer\(s\) who did not accept marketing were left out\.$")
NOTES = (
    (LEFT_OUT,
     QT_TRANSLATE_NOOP("OffersView", "Customers who did not accept marketing, left out: {0}.")),
    (re.compile(r"^(\d+) customer\(s\) who did not accept marketing are included, as you asked\.$"),
     QT_TRANSLATE_NOOP("OffersView", "Customers who did not accept marketing, included as you asked: {0}.")),
    (re.compile(r"^(\d+) customer\(s\) have no marketing consent recorded; they are included\.$"),
     QT_TRANSLATE_NOOP("OffersView", "Customers with no marketing consent recorded (included): {0}.")),
    (re.compile(r"^(\d+) customer\(s\) had their discount lowered to stay within your margin\.$"),
     QT_TRANSLATE_NOOP("OffersView", "Customers whose discount was lowered to stay within your margin: {0}.")),
    (re.compile(r"^(\d+) text cell\(s\) were shortened to Mailchimp's 255-byte limit\.$"),
     QT_TRANSLATE_NOOP("OffersView", "Text cells shortened to Mailchimp's 255-byte limit: {0}.")),
    (re.compile(r"^(\d+) customer\(s\) have no known country; their COUNTRY is left empty\.$"),
     QT_TRANSLATE_NOOP("OffersView", "Customers with no known country (COUNTRY left empty): {0}.")),
    (re.compile(r"^(\d+) row\(s\) dropped: (.+)\.$", re.S),
     QT_TRANSLATE_NOOP("OffersView", "Rows dropped ({1}): {0}.")),
)


def translate_note(text: str) -> str:
    """Return a note core wrote about an offer file in the UI language (as it is when no pattern matches)."""
    return translate_by_pattern(text, "OffersView", NOTES) or text
