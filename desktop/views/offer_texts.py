"""Texts of the Offers screen listed for pyside6-lupdate: the snippet paste guides core gives the screen
(tests/desktop/test_offers_view.py keeps them in step with core.snippets.guide.GUIDES) and what to do after an
offer file is saved (``UPLOAD_GUIDES`` per target, ``CONTROL_FILE``, ``CODES_FILES``, ``RESULTS``). (Notes about an
offer file are core.messages Messages, translated with desktop.i18n.translate_text.)"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

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

UPLOAD_GUIDES = {
    "mailchimp": QT_TRANSLATE_NOOP(
        "OffersView",
        "Next, in Mailchimp: Audience > Import contacts > Upload a file, choose the offer file, match the columns "
        "(they are already named as merge fields: FNAME, DISCOUNT, REC1NAME …) and tag the contacts with the "
        "campaign's name. Then send your e-mail to that tag."),
    "klaviyo": QT_TRANSLATE_NOOP(
        "OffersView",
        "Next, in Klaviyo: Lists & segments > Create new > List, then Import contacts and upload the offer file. "
        "The extra columns become profile properties you can use in the e-mail."),
    "shopify": QT_TRANSLATE_NOOP(
        "OffersView",
        "Next, in Shopify: Customers > Import, upload the offer file and tick \"Overwrite existing customers\" so "
        "they get the tag (their existing tags are kept in the file). Then use the tag in Shopify Email or your "
        "e-mail app."),
    "csv": QT_TRANSLATE_NOOP(
        "OffersView",
        "Next: import the file into your e-mail tool (it has one row per customer with their e-mail, name, "
        "discount and picks), or use it for a letter or phone campaign."),
    "xlsx": QT_TRANSLATE_NOOP(
        "OffersView",
        "Next: open the file in Excel or import it into your e-mail tool (one row per customer with their "
        "e-mail, name, discount and picks)."),
}
CONTROL_FILE = QT_TRANSLATE_NOOP(
    "OffersView",
    "The .control.csv file lists the control group: customers chosen at random who must NOT get this offer. Do not "
    "upload or mail it. Comparing them with those mailed shows what the offer really did, beyond what customers "
    "would have bought anyway.")
CODES_FILES = {
    "shopify": QT_TRANSLATE_NOOP(
        "OffersView",
        "The .codes-shopify.csv file holds every customer's coupon code for a bulk import with the Matrixify app "
        "(Discounts); import it before sending, so the codes work at checkout."),
    "woocommerce": QT_TRANSLATE_NOOP(
        "OffersView",
        "The .codes-woocommerce.csv file holds every customer's coupon (single use, limited to their e-mail) for a "
        "coupon import plugin; import it before sending, so the codes work at checkout."),
}
RESULTS = QT_TRANSLATE_NOOP(
    "OffersView",
    "Results appear on the Campaigns screen once you import the orders placed after the send date.")
