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

from core.analysis.bestsellers import buyer_bestsellers
from core.analysis.merchandising import CATALOG_REASONS, also_bought_lists, held_back_products
from core.analysis.pairs import product_rules
from core.catalog import has_catalog, product_facts, roll_up_lines
from core.errors import ShopkeeperError
from core.messages import Count, Message, MessageTemplate
from core.personal_data import known_people
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress
from core.shop_data import ShopData, as_shop_data
from core.snippets.escape import html_attr, html_text, is_liquid_safe, safe_url, script_json
from core.snippets.guide import paste_guide
from core.snippets.texts import format_price, shop_language, shop_texts

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
HELD_BACK_NOTE = MessageTemplate(
    "snippets.note.held_back", "{products} product(s) held back: drafts, unpublished or out of stock in your "
    "catalog; they are never recommended.")
GUESSED_NOTE = MessageTemplate(
    "snippets.note.links_guessed", "Links are guesses made from product names: no product catalog is imported. "
    "Import your shop's product export (Shopify: Products > Export; WooCommerce: Products > Export) so the links "
    "and pictures are the shop's own.")
SOME_GUESSED_NOTE = MessageTemplate(
    "snippets.note.some_links_guessed", "{products} product(s) in the snippet have no link in your catalog: their "
    "links are guessed from their names.")
LEFT_OUT_NOTE = MessageTemplate("snippets.note.left_out", "{products} product(s) were left out because their name "
                                "holds a customer's e-mail or name (this note is for you only, it is not in the "
                                "snippet): {names}.")

KINDS = ("also-bought", "also-bought-liquid", "woocommerce", "bestsellers", "vip-banner", "vip-banner-liquid")
KIND_LABELS = {
    "also-bought": "Also bought (HTML)", "also-bought-liquid": "Also bought (Shopify Liquid)",
    "woocommerce": "Also bought (WooCommerce)", "bestsellers": "Bestsellers block",
    "vip-banner": "VIP banner (HTML)", "vip-banner-liquid": "VIP banner (Shopify Liquid)",
}


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
    # The shop language its texts and prices are in (core.snippets.texts.SHOP_LANGUAGES).
    shop_lang: str = "en"
    # Products never recommended because the catalog says draft / unpublished / out of stock: {reason: count}.
    held_back: dict[str, int] = field(default_factory=dict)
    # True when some links are guessed from product names (no catalog, or products the catalog gives no link).
    links_guessed: bool = False
    # A product handle the widget has recommendations for (the browser preview shows that product's cards).
    sample_product: str = ""


def catalog_holds(db: sqlite_utils.Database) -> dict[str, int]:
    """Return {reason: products} the catalog holds back (``draft``, ``unpublished``, ``out_of_stock``; see
    ``core.analysis.merchandising.held_back_products``), only reasons with products."""
    held = held_back_products(db)
    counts = held.loc[held["reason"].isin(CATALOG_REASONS), "reason"].value_counts()
    return {str(reason): int(n) for reason, n in counts.items()}


def products_naming_customers(db: sqlite_utils.Database) -> dict[int, str]:
    """Return {product_id: name} of products whose name, SKU, handle or link holds customer data: a known
    customer's e-mail or full name, or any e-mail address (an engraving note, a gift card "for jane@…").
    Snippets are public, so these products are left out of every snippet."""
    known = known_people(db, with_products=False)
    answers: dict[str, bool] = {}  # each text is checked once (a name, its handle and its SKU often repeat)

    def names_someone(text: str) -> bool:
        if text not in answers:
            answers[text] = bool(known.text_mentions(text)) or text.strip().casefold() in known.emails
        return answers[text]

    found = {}
    for product_id, name, sku, handle, url in db.execute(
            "SELECT id, name, sku, handle, url FROM products").fetchall():
        texts = [t for t in (name, sku, url) if isinstance(t, str)]
        if isinstance(handle, str):
            texts.append(handle.replace("-", " ").replace("_", " "))
        if isinstance(name, str):
            texts.append(re.sub(r"[-_]+", " ", name))
        if any(names_someone(t) for t in texts):
            found[int(product_id)] = str(name)
    return found


def _left_out_note(left_out: dict[int, str]) -> Message:
    names = "; ".join(sorted(left_out.values()))
    return LEFT_OUT_NOTE(products=Count(len(left_out), str(len(left_out))), names=names)


ALSO_BOUGHT_CSS = (".sk-ab{margin:1.5em 0;font:inherit}.sk-ab h3{margin:0 0 .6em}"
                   ".sk-ab-cards{display:flex;flex-wrap:wrap;gap:12px}"
                   ".sk-ab-card{flex:1 1 150px;max-width:220px;border:1px solid #ddd;border-radius:6px;"
                   "padding:10px;text-decoration:none;color:inherit;display:block}"
                   ".sk-ab-card:hover{border-color:#888}.sk-ab-name{display:block;font-weight:600}"
                   ".sk-ab-price{display:block;margin-top:4px;color:#555}"
                   ".sk-ab-img{display:block;width:100%;height:auto;margin-bottom:6px;border-radius:4px}"
                   ".sk-ab-button{display:inline-block;margin-top:8px;padding:4px 10px;border:1px solid #888;"
                   "border-radius:4px;font-size:.9em}")

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
    var image = String(item[3] || "");
    if (/^(https?:\/\/|\/(?!\/))/i.test(image)) {
      var img = document.createElement("img");
      img.className = "sk-ab-img";
      img.setAttribute("src", image);
      img.setAttribute("alt", "");
      img.setAttribute("loading", "lazy");
      card.appendChild(img);
    }
    card.appendChild(name);
    if (item[2]) {
      var price = document.createElement("span");
      price.className = "sk-ab-price";
      price.textContent = String(item[2]);
      card.appendChild(price);
    }
    if (data.button) {
      var button = document.createElement("span");
      button.className = "sk-ab-button";
      button.textContent = String(data.button);
      card.appendChild(button);
    }
    box.appendChild(card);
  }
  root.style.display = "";
})();"""


def _safe_link(url) -> str:
    return safe_url(url) if isinstance(url, str) else ""


def recommendation_map(source: sqlite_utils.Database | ShopData, max_products: int = 200, per_product: int = 4,
                       url_pattern: str = "/products/{handle}", progress: ProgressCallback = no_progress,
                       cancelled: CancelCheck = never_cancelled, leave_out=None, shop_lang: str = "en",
                       shown: set | None = None) -> tuple[dict, int]:
    """Return (the map embedded in the widget, number of products with recommendations).

    Only the ``max_products`` best-selling products get an entry (each with up to ``per_product`` others, from
    the shop's also-bought lists: ``core.analysis.merchandising.also_bought_lists``). Variants count as their product
    (``core.catalog.roll_up_lines``). Products in ``leave_out`` (default: ``products_naming_customers``) and
    products no list may recommend (``excluded_product_ids``: bans, drafts, unpublished, out of stock) appear
    neither as keys nor as cards. Links, pictures and prices come from ``core.catalog.product_facts`` (the
    catalog's, else guessed from the name with ``url_pattern``); prices are written for ``shop_lang``.
    Map: ``{"v":1, "max":N, "items":[[name, url, price, image], ...], "recs":{handle:[item indexes]},
    "alias":{sku:handle}}``. When ``shown`` (a set) is given, the ids of every product in the map are added to it.
    """
    shop = as_shop_data(source)
    leave_out = set(products_naming_customers(shop.db) if leave_out is None else leave_out)
    held = held_back_products(shop.db)
    leave_out |= set(held["product_id"].astype(int))
    counted = roll_up_lines(shop.db, shop.lines)  # variants on their product: the pairs are counted so
    lines = counted
    if leave_out:
        lines = lines[~lines["product_id"].isin(list(leave_out))]
    facts = product_facts(shop.db, url_pattern=url_pattern)
    facts = facts[~facts.index.isin(list(leave_out))]
    top = buyer_bestsellers(lines, max_products)["product_id"].tolist() if not lines.empty else []
    handles = {pid: str(facts.at[pid, "handle"] or "").lower() for pid in top if pid in facts.index}
    check_cancelled(cancelled)
    # every list at once (the same lists ``also_bought`` gives one by one with the shop's pair result), from the
    # rules of these products only; segments only if a list needs them
    listed = [pid for pid, handle in handles.items() if handle]
    progress(0.1, None)
    rules = product_rules(counted, listed, shop.pair_options)
    check_cancelled(cancelled)
    progress(0.5, None)
    lists = also_bought_lists(shop.db, listed, n=per_product + 2, result=rules, lines=lines,
                              segments=shop.segment_keys, held_back=held)
    picks_of: dict[int, list[int]] = {}
    for product_id, other in zip(lists["for_product"].tolist(), lists["product_id"].tolist()):
        picks_of.setdefault(int(product_id), []).append(int(other))
    items: list[list[str]] = []
    index_of: dict[int, int] = {}
    recs: dict[str, list[int]] = {}
    alias: dict[str, str] = {}
    for step, product_id in enumerate(top):
        if step % 20 == 0:
            check_cancelled(cancelled)
            progress(0.8 + 0.2 * step / max(1, len(top)), None)
        if product_id not in facts.index:
            continue
        handle = handles[product_id]
        if not handle or handle in recs:
            continue
        refs = []
        for other in picks_of.get(int(product_id), []):
            if other not in facts.index or len(refs) >= per_product:
                continue
            if other not in index_of:
                row = facts.loc[other]
                index_of[other] = len(items)
                items.append([str(row["name"]), _safe_link(row["url"]),
                              format_price(row["price"], row["currency"], shop_lang), _safe_link(row["image_url"])])
            refs.append(index_of[other])
        if refs:
            recs[handle] = refs
            if shown is not None:
                shown.add(int(product_id))
                shown.update(other for other, index in index_of.items() if index in refs)
            sku = facts.at[product_id, "sku"]
            if isinstance(sku, str) and sku.strip() and sku.strip().lower() != handle:
                alias[sku.strip().lower()] = handle
    progress(1.0, None)
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


def _bestseller_rows(shop: ShopData, top_n: int, leave_out: set, customer_ids, country, lang: str,
                     shown: set) -> list[str]:
    lines = roll_up_lines(shop.db, shop.lines)
    if customer_ids is not None:
        lines = lines[lines["customer_id"].isin(pd.Series(list(customer_ids), dtype="int64"))]
    if country:
        lines = lines[lines["country"].fillna("").str.lower() == country.lower()]
    lines = lines[~lines["product_id"].isin(list(leave_out))]
    if lines.empty:
        return []
    top = buyer_bestsellers(lines, top_n)["product_id"].astype(int).tolist()
    shown.update(top)
    facts = product_facts(shop.db, top)
    rows = []
    for product_id in top:
        row = facts.loc[product_id]
        url = _safe_link(row["url"])
        name = html_text(row["name"])
        link = f'<a href="{html_attr(url)}">{name}</a>' if url else name
        price = format_price(row["price"], row["currency"], lang)
        rows.append(f'<li>{link} <span class="sk-bs-price">{html_text(price)}</span></li>')
    return rows


def build_snippet(source: sqlite_utils.Database | ShopData, kind: str, *, max_products: int = 200, per_product: int = 4,
                  heading: str | None = None, button: str | None = None, shop_lang: str = "en", product: str = "",
                  audience: str | None = None, country: str | None = None, top_n: int = 8, tag: str = "sk-vip",
                  message: str | None = None, progress: ProgressCallback = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> Snippet:
    """Return the Snippet of ``kind`` (see KINDS), built from the shop's products only.

    Texts are in ``shop_lang`` (``core.snippets.texts``: en, pl, lv, ru, de), with ``heading`` (the also-bought or
    bestsellers title), ``button`` (the cards' button) and ``message`` (the banner) replacing the defaults when
    given; prices are written the way that language does. ``max_products``/``per_product`` cap the also-bought
    map; ``product`` pre-fills data-product (HTML kind); ``audience``/``country``/``top_n`` choose the
    bestsellers; ``tag`` makes the banner. Products the catalog holds back (drafts, unpublished, out of stock) are
    never in it; ``held_back`` counts them, and ``links_guessed`` says when no catalog gave the real links.
    """
    lang = shop_language(shop_lang)
    texts = shop_texts(lang, heading=heading, button=button, banner=message)
    shown: set[int] = set()  # the products whose links the snippet carries
    notes: list[Message] = []
    count = 0
    sample = ""
    shop = as_shop_data(source)
    recommending = kind in ("also-bought", "also-bought-liquid", "woocommerce", "bestsellers")
    left_out = products_naming_customers(shop.db) if recommending else {}
    held = catalog_holds(shop.db) if recommending else {}
    guessed = recommending and not has_catalog(shop.db)
    if kind in ("also-bought", "also-bought-liquid", "woocommerce"):
        pattern = "/product/{handle}/" if kind == "woocommerce" else "/products/{handle}"
        data, count = recommendation_map(shop, max_products, per_product, pattern, progress, cancelled,
                                         leave_out=set(left_out), shop_lang=lang, shown=shown)
        if count == 0:
            raise SnippetError(NO_PAIRS())
        data["button"] = texts.button
        sample = next(iter(data["recs"]))
        if kind == "also-bought-liquid":
            text = _also_bought(data, texts.heading, "{{ product.handle | escape }}")
            if not is_liquid_safe(text, ("{{ product.handle | escape }}",)):
                raise SnippetError(SNIPPET_UNSAFE())
        else:
            text = _also_bought(data, texts.heading, html_attr(product.strip().lower()))
        notes.append(CAPPED_NOTE(products=Count(int(count), str(count)), limit=Count(int(max_products),
                                                                                         str(max_products))))
    elif kind == "bestsellers":
        ids = None
        if audience:
            # imported here: audiences bring the CLV model (scipy.optimize, half a second) no other widget needs
            from core.offers.audiences import resolve_audience
            aud, members = resolve_audience(shop, audience)
            ids = members["customer_id"]
            notes.append(AMONG_NOTE(audience=aud.label))
        leave = set(left_out) | set(held_back_products(shop.db)["product_id"].astype(int))
        rows = _bestseller_rows(shop, top_n, leave, ids, country, lang, shown)
        if not rows:
            raise SnippetError(NO_SALES())
        count = len(rows)
        text = ('<div class="sk-bestsellers">\n'
                f"<h3>{html_text(texts.bestsellers if heading is None else texts.heading)}</h3>\n<ol>\n"
                + "\n".join(rows) + "\n</ol>\n</div>\n"
                "<style>.sk-bestsellers ol{padding-left:1.2em}.sk-bestsellers li{margin:.3em 0}"
                ".sk-bs-price{color:#555}</style>\n")
    elif kind == "vip-banner-liquid":
        tag = _check_tag(tag)
        text = (f"{{% if customer and customer.tags contains '{tag}' %}}\n"
                f'<div class="sk-banner" role="status">{_banner_message(texts.banner)}</div>\n'
                f"<style>{BANNER_CSS}</style>\n{{% endif %}}\n")
        allowed = (f"{{% if customer and customer.tags contains '{tag}' %}}", "{% endif %}")
        if not is_liquid_safe(text, allowed):
            raise SnippetError(BANNER_UNSAFE())
    elif kind == "vip-banner":
        tag = _check_tag(tag)
        text = (f'<div class="sk-banner" data-sk-class="{tag}" role="status" hidden>'
                f"{_banner_message(texts.banner)}</div>\n"
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
    if sum(held.values()):
        total = sum(held.values())
        notes.append(HELD_BACK_NOTE(products=Count(total, str(total))))
    if guessed:
        notes.append(GUESSED_NOTE())
    elif shown:  # a catalog without links for some products (a WooCommerce export has no permalinks)
        unknown = int((~product_facts(shop.db, shown)["url_known"].astype(bool)).sum())
        if unknown:
            guessed = True
            notes.append(SOME_GUESSED_NOTE(products=Count(unknown, str(unknown))))
    if left_out:
        notes.append(_left_out_note(left_out))
    size = len(text.encode("utf-8"))
    return Snippet(kind=kind, text=text, size_bytes=size, products=count, guide=paste_guide(kind), notes=notes,
                   shop_lang=lang, held_back=held, links_guessed=guessed, sample_product=sample)
