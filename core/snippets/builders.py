"""Paste-in shop widgets built from products only (never customer data).

``build_snippet(shop, kind, ...)`` (a database or one ``core.shop_data.ShopData``, which loads the order lines
once) returns a Snippet with the text, its size in bytes and notes. Kinds:
``also-bought`` (HTML + CSS + JS with the product -> recommendations map as JSON), ``also-bought-liquid``
(Shopify, uses ``product.handle``), ``woocommerce`` (HTML block), ``bestsellers`` (static HTML),
``vip-banner-liquid`` (``customer.tags contains 'sk-vip'``) and ``vip-banner`` (HTML + JS keyed on a class).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
import sqlite_utils

from core.errors import ShopkeeperError
from core.messages import Count, Message, MessageTemplate
from core.offers.audiences import resolve_audience
from core.offers.products import also_bought_pairs, bestsellers, product_catalog
from core.personal_data import known_people
from core.progress import CancelCheck, ProgressCallback, never_cancelled, no_progress
from core.shop_data import ShopData, as_shop_data
from core.snippets.escape import html_attr, html_text, is_liquid_safe, safe_url, script_json
from core.snippets.guide import paste_guide

BAD_TAG = MessageTemplate("snippets.error.tag",
                          "The customer tag must be short lowercase letters, digits and dashes, like sk-vip.")
NO_PAIRS = MessageTemplate("snippets.error.no_pairs",
                           "No products were bought together often enough to recommend anything yet.")
SNIPPET_UNSAFE = MessageTemplate("snippets.error.unsafe",
                                 "The snippet could not be made safe for Shopify; nothing was produced.")
NO_SALES = MessageTemplate("snippets.error.no_sales", "There are no sales to pick bestsellers from for this choice.")
BANNER_UNSAFE = MessageTemplate("snippets.error.banner_unsafe",
                                "The banner could not be made safe for Shopify; nothing was produced.")
UNKNOWN_KIND = MessageTemplate("snippets.error.unknown_kind",
                               "'{kind}' is not a snippet Shopkeeper makes; choose one of {known}.")

CAPPED_NOTE = MessageTemplate("snippets.note.capped",
                              "{products} products have recommendations (capped at the {limit} best sellers).")
AMONG_NOTE = MessageTemplate("snippets.note.among", "Bestsellers among: {audience}.")
LEFT_OUT_NOTE = MessageTemplate("snippets.note.left_out", "{products} product(s) were left out because their name "
                                "holds a customer's e-mail or name (this note is for you only, it is not in the "
                                "snippet): {names}.")

KINDS = ("also-bought", "also-bought-liquid", "woocommerce", "bestsellers", "vip-banner", "vip-banner-liquid")
KIND_LABELS = {
    "also-bought": "Also bought (HTML)", "also-bought-liquid": "Also bought (Shopify Liquid)",
    "woocommerce": "Also bought (WooCommerce)", "bestsellers": "Bestsellers block",
    "vip-banner": "VIP banner (HTML)", "vip-banner-liquid": "VIP banner (Shopify Liquid)",
}
CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "CAD": "CA$", "AUD": "A$", "JPY": "¥", "CHF": "CHF ",
                    "PLN": "zł ", "BRL": "R$"}


class SnippetError(ShopkeeperError):
    """A snippet could not be made."""

    code = "snippet_error"


@dataclass
class Snippet:
    """A finished snippet: ``text`` to paste, ``size_bytes`` (UTF-8), ``products`` in it, ``guide`` and notes."""

    kind: str
    text: str
    size_bytes: int
    products: int
    guide: str
    notes: list[Message] = field(default_factory=list)


def format_price(value, currency: str) -> str:
    """Return a price for display (``£2.55``; ``2.55 XYZ`` for other currencies; '' when unknown)."""
    if value is None or pd.isna(value):
        return ""
    symbol = CURRENCY_SYMBOLS.get(currency or "")
    return f"{symbol}{value:,.2f}" if symbol else f"{value:,.2f} {currency}".strip()


def products_naming_customers(db: sqlite_utils.Database) -> dict[int, str]:
    """Return {product_id: name} of products whose name, SKU, handle or link holds customer data: a known
    customer's e-mail or full name, or any e-mail address (an engraving note, a gift card "for jane@…").
    Snippets are public, so these products are left out of every snippet."""
    known = known_people(db, with_products=False)
    found = {}
    for product_id, name, sku, handle, url in db.execute(
            "SELECT id, name, sku, handle, url FROM products").fetchall():
        texts = [t for t in (name, sku, url) if isinstance(t, str)]
        if isinstance(handle, str):
            texts.append(handle.replace("-", " ").replace("_", " "))
        if isinstance(name, str):
            texts.append(re.sub(r"[-_]+", " ", name))
        if any(known.text_mentions(t) for t in texts) or any(
                t.strip().casefold() in known.emails for t in texts):
            found[int(product_id)] = str(name)
    return found


def _left_out_note(left_out: dict[int, str]) -> Message:
    names = "; ".join(sorted(left_out.values()))
    return LEFT_OUT_NOTE(products=Count(len(left_out), str(len(left_out))), names=names)


def _item_url(row, url_pattern: str) -> str:
    url = safe_url(row.url) if isinstance(row.url, str) else ""
    if url:
        return url
    return safe_url(url_pattern.replace("{handle}", row.handle)) if row.handle else ""


ALSO_BOUGHT_CSS = (".sk-ab{margin:1.5em 0;font:inherit}.sk-ab h3{margin:0 0 .6em}"
                   ".sk-ab-cards{display:flex;flex-wrap:wrap;gap:12px}"
                   ".sk-ab-card{flex:1 1 150px;max-width:220px;border:1px solid #ddd;border-radius:6px;"
                   "padding:10px;text-decoration:none;color:inherit;display:block}"
                   ".sk-ab-card:hover{border-color:#888}.sk-ab-name{display:block;font-weight:600}"
                   ".sk-ab-price{display:block;margin-top:4px;color:#555}")

# The widget script: no '{{' or '{%' anywhere (it is also pasted into Liquid), text set with textContent,
# links only when http(s) or a site path, lookups only on the map's own keys.
ALSO_BOUGHT_JS = r"""(function () {
  var root = document.getElementById("sk-also-bought");
  var dataEl = document.getElementById("sk-also-bought-data");
  if (!root || !dataEl) { return; }
  var data;
  try { data = JSON.parse(dataEl.textContent); } catch (e) { return; }
  var own = function (obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); };
  var key = (root.getAttribute("data-product") || "").trim().toLowerCase();
  if (!key) {
    var m = window.location.pathname.match(/\/products?\/([^\/?#]+)/);
    if (m) { try { key = decodeURIComponent(m[1]).toLowerCase(); } catch (e) { key = ""; } }
  }
  if (own(data.alias, key)) { key = data.alias[key]; }
  if (!own(data.recs, key)) { root.style.display = "none"; return; }
  var max = parseInt(root.getAttribute("data-max"), 10) || data.max;
  var box = root.querySelector(".sk-ab-cards");
  var list = data.recs[key].slice(0, max);
  for (var i = 0; i < list.length; i++) {
    var item = data.items[list[i]];
    if (!item) { continue; }
    var card = document.createElement("a");
    card.className = "sk-ab-card";
    var url = String(item[1] || "");
    if (/^(https?:\/\/|\/(?!\/))/i.test(url)) { card.setAttribute("href", url); }
    var name = document.createElement("span");
    name.className = "sk-ab-name";
    name.textContent = String(item[0]);
    card.appendChild(name);
    if (item[2]) {
      var price = document.createElement("span");
      price.className = "sk-ab-price";
      price.textContent = String(item[2]);
      card.appendChild(price);
    }
    box.appendChild(card);
  }
  root.style.display = "";
})();"""


def recommendation_map(source: sqlite_utils.Database | ShopData, max_products: int = 200, per_product: int = 4,
                       url_pattern: str = "/products/{handle}", progress: ProgressCallback = no_progress,
                       cancelled: CancelCheck = never_cancelled, leave_out=None) -> tuple[dict, int]:
    """Return (the map embedded in the widget, number of products with recommendations).

    Only the ``max_products`` best-selling products get an entry (each with up to ``per_product`` others).
    Products in ``leave_out`` (default: ``products_naming_customers``) appear neither as keys nor as cards.
    Map: ``{"v":1, "max":N, "items":[[name, url, price], ...], "recs":{handle:[item indexes]}, "alias":{sku:handle}}``.
    """
    shop = as_shop_data(source)
    leave_out = set(products_naming_customers(shop.db) if leave_out is None else leave_out)
    lines = shop.lines
    if leave_out:
        lines = lines[~lines["product_id"].isin(list(leave_out))]
    catalog = product_catalog(shop).set_index("product_id")
    catalog = catalog[~catalog.index.isin(list(leave_out))]
    currency = catalog["currency"].iloc[0] if len(catalog) else ""
    top = bestsellers(shop, n=max_products, lines=lines)["product_id"].tolist()
    pairs = also_bought_pairs(shop, per_product=per_product, lines=lines, product_ids=top, progress=progress,
                              cancelled=cancelled)
    pairs = pairs[pairs["product_id"].isin(top)]
    items: list[list[str]] = []
    index_of: dict[int, int] = {}
    recs: dict[str, list[int]] = {}
    alias: dict[str, str] = {}
    for product_id in top:
        chosen = pairs.loc[pairs["product_id"] == product_id, "rec_product_id"].tolist()[:per_product]
        if not chosen or product_id not in catalog.index:
            continue
        handle = str(catalog.at[product_id, "handle"]).lower()
        if not handle or handle in recs:
            continue
        refs = []
        for other in chosen:
            if other not in catalog.index:
                continue
            if other not in index_of:
                row = catalog.loc[other]
                row_ns = type("Row", (), {"url": row["url"], "handle": row["handle"]})
                index_of[other] = len(items)
                items.append([str(row["name"]), _item_url(row_ns, url_pattern), format_price(row["price"], currency)])
            refs.append(index_of[other])
        if refs:
            recs[handle] = refs
            sku = catalog.at[product_id, "sku"]
            if isinstance(sku, str) and sku.strip() and sku.strip().lower() != handle:
                alias[sku.strip().lower()] = handle
    return {"v": 1, "max": per_product, "items": items, "recs": recs, "alias": alias}, len(recs)


def _also_bought(data: dict, heading: str, product_attr: str) -> str:
    return (f'<div id="sk-also-bought" class="sk-ab" data-product="{product_attr}" style="display:none">\n'
            f"<h3>{html_text(heading)}</h3>\n<div class=\"sk-ab-cards\"></div>\n</div>\n"
            f"<style>{ALSO_BOUGHT_CSS}</style>\n"
            f'<script type="application/json" id="sk-also-bought-data">{script_json(data)}</script>\n'
            f"<script>\n{ALSO_BOUGHT_JS}\n</script>\n")


def _banner_message(message: str) -> str:
    return html_text(message)


def _check_tag(tag: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", tag or ""):
        raise SnippetError(BAD_TAG())
    return tag


BANNER_CSS = (".sk-banner{margin:0;padding:.7em 1em;background:#1f3b5b;color:#fff;text-align:center;"
              "font:inherit}")


def build_snippet(source: sqlite_utils.Database | ShopData, kind: str, *, max_products: int = 200, per_product: int = 4,
                  heading: str = "Customers also bought", product: str = "", audience: str | None = None,
                  country: str | None = None, top_n: int = 8, tag: str = "sk-vip",
                  message: str = "Welcome back! As a VIP you get early access to our new collection.",
                  progress: ProgressCallback = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> Snippet:
    """Return the Snippet of ``kind`` (see KINDS), built from the shop's products only.

    ``max_products``/``per_product`` cap the also-bought map; ``product`` pre-fills data-product (HTML kind);
    ``audience``/``country``/``top_n`` choose the bestsellers; ``tag``/``message`` make the banner.
    """
    notes: list[Message] = []
    count = 0
    shop = as_shop_data(source)
    left_out = products_naming_customers(shop.db) if kind in ("also-bought", "also-bought-liquid", "woocommerce",
                                                         "bestsellers") else {}
    if kind in ("also-bought", "also-bought-liquid", "woocommerce"):
        pattern = "/product/{handle}/" if kind == "woocommerce" else "/products/{handle}"
        data, count = recommendation_map(shop, max_products, per_product, pattern, progress, cancelled,
                                         leave_out=set(left_out))
        if count == 0:
            raise SnippetError(NO_PAIRS())
        if kind == "also-bought-liquid":
            text = _also_bought(data, heading, "{{ product.handle | escape }}")
            if not is_liquid_safe(text, ("{{ product.handle | escape }}",)):
                raise SnippetError(SNIPPET_UNSAFE())
        else:
            text = _also_bought(data, heading, html_attr(product.strip().lower()))
        notes.append(CAPPED_NOTE(products=Count(int(count), str(count)), limit=Count(int(max_products),
                                                                                         str(max_products))))
    elif kind == "bestsellers":
        ids = None
        title = heading if heading != "Customers also bought" else "Bestsellers"
        if audience:
            aud, members = resolve_audience(shop, audience)
            ids = members["customer_id"]
            notes.append(AMONG_NOTE(audience=aud.label))
        top = bestsellers(shop, n=top_n + len(left_out), customer_ids=ids, country=country)
        top = top[~top["product_id"].isin(list(left_out))].head(top_n)
        if top.empty:
            raise SnippetError(NO_SALES())
        rows = []
        for row in top.itertuples():
            url = _item_url(row, "/products/{handle}")
            name = html_text(row.name)
            link = f'<a href="{html_attr(url)}">{name}</a>' if url else name
            price = format_price(row.price, row.currency)
            rows.append(f'<li>{link} <span class="sk-bs-price">{html_text(price)}</span></li>')
        count = len(top)
        text = ('<div class="sk-bestsellers">\n'
                f"<h3>{html_text(title)}</h3>\n<ol>\n" + "\n".join(rows) + "\n</ol>\n</div>\n"
                "<style>.sk-bestsellers ol{padding-left:1.2em}.sk-bestsellers li{margin:.3em 0}"
                ".sk-bs-price{color:#555}</style>\n")
    elif kind == "vip-banner-liquid":
        tag = _check_tag(tag)
        text = (f"{{% if customer and customer.tags contains '{tag}' %}}\n"
                f'<div class="sk-banner" role="status">{_banner_message(message)}</div>\n'
                f"<style>{BANNER_CSS}</style>\n{{% endif %}}\n")
        allowed = (f"{{% if customer and customer.tags contains '{tag}' %}}", "{% endif %}")
        if not is_liquid_safe(text, allowed):
            raise SnippetError(BANNER_UNSAFE())
    elif kind == "vip-banner":
        tag = _check_tag(tag)
        text = (f'<div class="sk-banner" data-sk-class="{tag}" role="status" hidden>{_banner_message(message)}</div>\n'
                f"<style>{BANNER_CSS}</style>\n"
                "<script>\n(function () {\n"
                '  var banners = document.querySelectorAll(".sk-banner[data-sk-class]");\n'
                "  for (var i = 0; i < banners.length; i++) {\n"
                '    var cls = banners[i].getAttribute("data-sk-class");\n'
                "    if (!/^[a-z0-9_-]+$/.test(cls)) { continue; }\n"
                "    var on = document.documentElement.classList.contains(cls) || document.body.classList.contains(cls)"
                ' || document.querySelector("." + cls) !== null;\n'
                "    if (on) { banners[i].hidden = false; }\n"
                "  }\n})();\n</script>\n")
    else:
        raise SnippetError(UNKNOWN_KIND(kind=str(kind), known=', '.join(KINDS)))
    if left_out:
        notes.append(_left_out_note(left_out))
    size = len(text.encode("utf-8"))
    return Snippet(kind=kind, text=text, size_bytes=size, products=count, guide=paste_guide(kind), notes=notes)
