"""The snippet paste guides core gives the Offers screen, listed so that pyside6-lupdate puts them in the .ts files;
tests/desktop/test_offers_view.py keeps them in step with core.snippets.guide.GUIDES. (Notes about an offer file
are core.messages Messages, translated with desktop.i18n.translate_text.)"""

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
