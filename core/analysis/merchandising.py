"""The owner's control over "also bought": pins, bans, category filters, and the fallback chain.

Settings live in the shop database (``core.store.get_setting`` / ``set_setting``):

- ``also_bought.pins``: {product id: [partner ids in the owner's order]} — shown first;
- ``also_bought.bans``: {"products": [ids], "pairs": [[a, b], ...]} — never shown (out of stock, gift cards …);
- ``also_bought.categories``: {"include": [...], "exclude": [...]} — partners must be in an included category
  (when the list is not empty) and not in an excluded one.

``also_bought`` fills a product's list along the chain pinned → rules → same-category bestsellers → segment
bestsellers → shop bestsellers, and says where each item came from.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import sqlite_utils

from core.analysis.bestsellers import bestsellers
from core.analysis.pairs import PairResult, ProductRules, directed_rules, shop_pairs, shop_product_rules
from core.analysis.segments import customer_segment_keys
from core.catalog import roll_up_lines, rollup_map
from core.data import load_lines
from core.errors import ShopkeeperError
from core.store import get_setting, set_setting
from core.messages import MessageTemplate

NO_PRODUCT = MessageTemplate("merchandising.error.no_product", "There is no product number {product} in this shop.")
PIN_TO_ITSELF = MessageTemplate("merchandising.error.pin_to_itself", "A product cannot be pinned to itself.")
SAME_PRODUCT = MessageTemplate("merchandising.error.same_product", "A pair needs two different products.")

PINS = "also_bought.pins"
BANS = "also_bought.bans"
CATEGORIES = "also_bought.categories"
# fixed labels the screens translate (``desktop.i18n.translate_text``): registered as argument-less templates
SOURCE_TEXT = {key: MessageTemplate(f"also_bought.source.{key}", text).template for key, text in {
    "pinned": "pinned by you",
    "rules": "bought together",
    "category": "bestseller in the same category",
    "segment": "bestseller with the customers who buy it",
    "shop": "shop bestseller",
}.items()}
ALSO_COLUMNS = ["position", "product_id", "product_name", "source", "source_text", "together", "confidence",
                "lift", "reason"]


def _product_exists(db, product_id: int) -> None:
    if db.execute("SELECT 1 FROM products WHERE id = ?", [int(product_id)]).fetchone() is None:
        raise ShopkeeperError(NO_PRODUCT(product=str(product_id)))


def pins(db: sqlite_utils.Database) -> dict[int, list[int]]:
    """Return every pin: product id → partner ids in the owner's order."""
    return {int(k): [int(p) for p in v] for k, v in get_setting(db, PINS, {}).items()}


def pin(db: sqlite_utils.Database, product_id: int, partner_id: int, position: int | None = None) -> list[int]:
    """Pin ``partner_id`` for ``product_id`` (at ``position``, 0 = first; default last); returns the new order."""
    product_id, partner_id = int(product_id), int(partner_id)
    if product_id == partner_id:
        raise ShopkeeperError(PIN_TO_ITSELF())
    _product_exists(db, product_id)
    _product_exists(db, partner_id)
    everything = pins(db)
    order = [p for p in everything.get(product_id, []) if p != partner_id]
    order.insert(len(order) if position is None else max(0, int(position)), partner_id)
    everything[product_id] = order
    set_setting(db, PINS, {str(k): v for k, v in everything.items()})
    return order


def unpin(db: sqlite_utils.Database, product_id: int, partner_id: int) -> list[int]:
    """Remove a pin; returns the product's remaining pins."""
    everything = pins(db)
    order = [p for p in everything.get(int(product_id), []) if p != int(partner_id)]
    if order:
        everything[int(product_id)] = order
    else:
        everything.pop(int(product_id), None)
    set_setting(db, PINS, {str(k): v for k, v in everything.items()})
    return order


def bans(db: sqlite_utils.Database) -> dict:
    """Return {"products": set of banned product ids, "pairs": set of frozenset pairs}."""
    data = get_setting(db, BANS, {})
    return {"products": {int(p) for p in data.get("products", [])},
            "pairs": {frozenset((int(a), int(b))) for a, b in data.get("pairs", [])}}


def banned_products(db: sqlite_utils.Database) -> set[int]:
    """Return the ids of products the owner banned from every list."""
    return bans(db)["products"]


# The reasons a product catalog gives (core.importers.catalog): the owner did not choose them in Shopkeeper.
CATALOG_REASONS = ("draft", "unpublished", "out_of_stock")


def held_back_products(db: sqlite_utils.Database) -> pd.DataFrame:
    """Return the products no list may recommend, one row each: ``product_id`` and ``reason`` (``banned`` by the
    owner, ``not_a_product`` such as gift cards and fees, or from the catalog: ``draft``, ``unpublished``,
    ``out_of_stock``). A product with several reasons keeps the first in that order."""
    banned = banned_products(db)
    # only the candidates come back (a shop may have many thousands of products, asked once per list)
    rows = db.execute(
        "SELECT id, is_product, lower(coalesce(status, '')), published, in_stock FROM products WHERE is_product = 0 "
        "OR lower(coalesce(status, '')) IN ('draft', 'archived', 'private', 'pending') OR published = 0 "
        "OR in_stock = 0 OR id IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(sorted(banned))]).fetchall()
    held = []
    for product_id, is_product, status, published, in_stock in rows:
        if product_id in banned:
            reason = "banned"
        elif not is_product:
            reason = "not_a_product"
        elif status in ("draft", "archived", "private", "pending"):
            reason = "draft"
        elif published == 0:
            reason = "unpublished"
        elif in_stock == 0:
            reason = "out_of_stock"
        else:
            continue
        held.append((product_id, reason))
    return pd.DataFrame(held, columns=["product_id", "reason"])


def excluded_product_ids(db: sqlite_utils.Database) -> set[int]:
    """Return the ids of every product that no pick, also-bought list, offer or snippet may recommend
    (``held_back_products``)."""
    return set(held_back_products(db)["product_id"].astype(int))


def _save_bans(db, data) -> None:
    set_setting(db, BANS, {"products": sorted(data["products"]),
                           "pairs": sorted(sorted(pair) for pair in data["pairs"])})


def ban_product(db: sqlite_utils.Database, product_id: int, banned: bool = True) -> None:
    """Ban (or with ``banned=False`` allow again) a product everywhere; returns None."""
    _product_exists(db, product_id)
    data = bans(db)
    (data["products"].add if banned else data["products"].discard)(int(product_id))
    _save_bans(db, data)


def ban_pair(db: sqlite_utils.Database, product_id: int, partner_id: int, banned: bool = True) -> None:
    """Ban (or allow again) showing these two products together, both ways; returns None."""
    if int(product_id) == int(partner_id):
        raise ShopkeeperError(SAME_PRODUCT())
    data = bans(db)
    pair = frozenset((int(product_id), int(partner_id)))
    (data["pairs"].add if banned else data["pairs"].discard)(pair)
    _save_bans(db, data)


def category_filter(db: sqlite_utils.Database) -> dict:
    """Return {"include": [...], "exclude": [...]} category names for partners."""
    data = get_setting(db, CATEGORIES, {})
    return {"include": list(data.get("include", [])), "exclude": list(data.get("exclude", []))}


def set_category_filter(db: sqlite_utils.Database, include=(), exclude=()) -> None:
    """Save which categories partners may come from (empty include = all) and which never; returns None."""
    set_setting(db, CATEGORIES, {"include": sorted(set(include)), "exclude": sorted(set(exclude))})


def _allowed(product_id, partner_id, categories: dict, ban: dict, cats: dict) -> bool:
    if partner_id == product_id or partner_id in ban["products"]:
        return False
    if frozenset((product_id, partner_id)) in ban["pairs"]:
        return False
    category = categories.get(partner_id)
    if cats["include"] and category not in cats["include"]:
        return False
    if cats["exclude"] and category in cats["exclude"]:
        return False
    return True


def also_bought(db: sqlite_utils.Database, product_id: int, n: int = 10, result: PairResult | None = None,
                lines: pd.DataFrame | None = None, min_rule_together: int | None = None,
                segments: pd.Series | None = None, held_back: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the list shown for "customers who bought this also bought", ``n`` items, with the source of each.

    Chain: pinned (owner's order) → rules (most bought together) → same-category bestsellers → bestsellers of
    the segment that buys this product most → shop bestsellers. Banned products, banned pairs, filtered
    categories and products bought with this one less often than chance are left out everywhere except pins (the
    owner's explicit choice); products no list may recommend (``held_back_products``: not products, catalog
    drafts, unpublished or out of stock) are left out everywhere, pins included. A variant (``core.catalog``)
    gets its product's list, and the list names products, not variants.
    Columns: position, product_id, product_name, source (pinned/rules/category/segment/shop), source_text,
    together, confidence, lift, reason. ``result``, ``lines`` and ``segments`` (customer_id → segment key, see
    ``core.analysis.segments.customer_segment_keys``) and ``held_back`` (``held_back_products``) may be passed to
    reuse earlier work. For many products at once, ``also_bought_lists`` gives the same lists much faster.
    """
    product_id = int(product_id)
    _product_exists(db, product_id)
    maker = _ListMaker(db, n, result, lines, segments, held_back, one_product=True)
    product_id = maker.variant_of.get(product_id, product_id)
    rules = maker.result.rules_for(product_id, with_reasons=False)  # reasons only for the few rules listed
    if min_rule_together:
        rules = rules[rules["together"] >= min_rule_together]
    return pd.DataFrame(maker.rows(product_id, rules.itertuples(index=False)), columns=ALSO_COLUMNS)


LISTS_COLUMNS = ["for_product"] + ALSO_COLUMNS


def also_bought_lists(db: sqlite_utils.Database, product_ids, n: int = 10,
                      result: PairResult | ProductRules | None = None, lines: pd.DataFrame | None = None,
                      min_rule_together: int | None = None, segments=None,
                      held_back: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return every "also bought" list of ``product_ids`` in one table: ``for_product`` (the asked id), then the
    rows ``also_bought`` gives that product with the same arguments (ALSO_COLUMNS), the products in the order
    asked. Made in one pass: pins, bans, names and every product's rules are gathered once (a snippet asks for
    hundreds of products). ``result`` may also be the ``ProductRules`` of the asked products (variants rolled up:
    ``core.catalog.rollup_map``); without it only their rules are counted (``pairs.shop_product_rules``).
    ``segments`` may also be a function returning them, called only when a list needs segment bestsellers.
    """
    asked = list(dict.fromkeys(int(p) for p in product_ids))
    missing = set(asked) - _existing(db, asked)
    if missing:
        raise ShopkeeperError(NO_PRODUCT(product=str(next(p for p in asked if p in missing))))
    variant_of = rollup_map(db)
    rolled = {pid: variant_of.get(pid, pid) for pid in asked}
    if result is None:
        result = shop_product_rules(db, set(rolled.values()))
    maker = _ListMaker(db, n, result, lines, segments, held_back)
    if isinstance(result, ProductRules):
        if not set(rolled.values()) <= result.products:
            raise ValueError("the ProductRules given were counted for other products")
        rules = result.rules
    else:
        rules = directed_rules(result.pairs, set(rolled.values()), result.n_baskets)
    if min_rule_together:
        rules = rules[rules["together"] >= min_rule_together]
    by_product: dict[int, list] = {}
    for rule in maker.reachable_rules(rules).itertuples(index=False):
        by_product.setdefault(int(rule.product_id), []).append(rule)
    rows = [(pid,) + row for pid, product in rolled.items() for row in maker.rows(product, by_product.get(product, []))]
    return pd.DataFrame(rows, columns=LISTS_COLUMNS)


def _existing(db, product_ids) -> set[int]:
    ids = sorted({int(p) for p in product_ids})
    found = set()
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        rows = db.execute(f"SELECT id FROM products WHERE id IN ({','.join('?' * len(part))})", part).fetchall()
        found.update(int(row[0]) for row in rows)
    return found


class _ListMaker:
    """What every product's "also bought" list is made from (pins, bans, names, pairs, bestsellers), gathered once,
    and the chain that fills one product's list (``also_bought``, ``also_bought_lists``)."""

    def __init__(self, db, n, result, lines, segments, held_back, one_product: bool = False):
        self.db, self.n, self.one_product = db, n, one_product
        if lines is None:
            lines = load_lines(db)
        self.variant_of = rollup_map(db)
        if self.variant_of:  # a variant's list is its product's, and partners are products, not variants
            lines = roll_up_lines(db, lines)
        self.lines = lines
        self.result = shop_pairs(db, with_triples=False) if result is None else result
        first = lines.drop_duplicates("product_id")
        self.names = dict(zip(first["product_id"], first["product_name"]))
        self.names.update(self.result.names)
        self.categories = dict(zip(first["product_id"], first["category"]))
        ban, self.cats = bans(db), category_filter(db)
        held = held_back_products(db) if held_back is None else held_back
        self.never = set(held.loc[held["reason"] != "banned", "product_id"].astype(int))  # pins may name a ban
        self.ban = {"products": ban["products"] | self.never, "pairs": ban["pairs"]}
        self.pins = pins(db)
        self._segments = segments
        self._below_chance = None
        self._rankings: dict = {}
        self._rows_of_product = None

    def reachable_rules(self, rules: pd.DataFrame) -> pd.DataFrame:
        """Return ``rules`` (``directed_rules``) without those no list may show (``_allowed``) and each product's
        rules past its first ``n``, which a list can never reach (they stay in the same order)."""
        if rules.empty:
            return rules
        product = rules["product_id"].to_numpy(dtype=np.int64)
        partner = rules["partner_id"].to_numpy(dtype=np.int64)
        keep = (partner != product) & ~np.isin(partner, np.fromiter(self.ban["products"], np.int64))
        if self.cats["include"] or self.cats["exclude"]:
            category = pd.Series(partner).map(self.categories)
            if self.cats["include"]:
                keep &= category.isin(self.cats["include"]).to_numpy()
            if self.cats["exclude"]:
                keep &= ~category.isin(self.cats["exclude"]).to_numpy()
        if self.ban["pairs"]:
            keep &= np.fromiter((frozenset((a, b)) not in self.ban["pairs"] for a, b in
                                 zip(product.tolist(), partner.tolist())), bool, len(product))
        rules, product = rules[keep], product[keep]
        # A rule skipped because its partner is pinned was listed as a pin, so n allowed rules always fill a list.
        rank = np.arange(len(product)) - np.searchsorted(product, product, side="left")  # sorted by product
        return rules[rank < self.n]

    def below_chance_partners(self, product_id: int) -> set[int]:
        """Return ``PairResult.below_chance_partners`` (for many products: every product's, read once)."""
        if self.one_product or not isinstance(self.result, PairResult):
            return self.result.below_chance_partners(product_id)
        if self._below_chance is None:
            frame = self.result.below_chance
            partners: dict[int, set[int]] = {}
            for a, b in zip(frame["product_a"].tolist(), frame["product_b"].tolist()):
                partners.setdefault(int(a), set()).add(int(b))
                partners.setdefault(int(b), set()).add(int(a))
            self._below_chance = partners
        return self._below_chance.get(int(product_id), set())

    def ranking(self, key, lines_of) -> pd.Series:
        """Return the product ids of ``bestsellers`` over ``lines_of()``, best first, worked out once per ``key``
        (``bestsellers(lines, k)`` is the first k of them)."""
        if key not in self._rankings:
            self._rankings[key] = bestsellers(lines_of())["product_id"]
        return self._rankings[key]

    def segments(self) -> pd.Series:
        """Return customer_id → segment key (given, made by the given function, or the shop's)."""
        if self._segments is None:
            self._segments = customer_segment_keys(self.db)
        elif callable(self._segments):
            self._segments = self._segments()
        return self._segments

    def buyers(self, product_id: int) -> pd.Series:
        """Return the customer of each line of ``product_id`` that has one."""
        if self._rows_of_product is None:
            self._rows_of_product = self.lines.groupby("product_id", sort=False).indices
        rows = self._rows_of_product.get(product_id)
        if rows is None:
            return pd.Series([], dtype=object)
        return self.lines["customer_id"].iloc[rows].dropna()

    def rows(self, product_id: int, rules) -> list[tuple]:
        """Return the list of ``product_id`` (a product, not a variant) as rows of ALSO_COLUMNS, from its rules
        (rows of ``rules_for`` as named tuples, in its order)."""
        db, n, lines, names, categories = self.db, self.n, self.lines, self.names, self.categories
        ban, cats, never, result = self.ban, self.cats, self.never, self.result
        rows, taken = [], {product_id}

        def add(pid, source, together=None, confidence=None, lift=None, reason=None):
            rows.append((len(rows) + 1, int(pid), names.get(pid) or _name(db, pid), source, SOURCE_TEXT[source],
                         together, confidence, lift, reason or SOURCE_TEXT[source]))
            taken.add(pid)

        for pid in self.pins.get(product_id, []):
            if len(rows) < n and pid not in taken and pid not in never:
                add(pid, "pinned")
        for rule in rules:
            if len(rows) >= n:
                break
            pid = int(rule.partner_id)
            if pid not in taken and _allowed(product_id, pid, categories, ban, cats):
                add(pid, "rules", int(rule.together), float(rule.confidence), float(rule.lift),
                    result.rule_reason(rule))

        # a product bought with this one less often than chance never fills a gap either (core.analysis.pairs)
        below_chance = self.below_chance_partners(product_id) if len(rows) < n else set()

        def fill(candidates, source):
            for pid in candidates:
                if len(rows) >= n:
                    return
                if pid not in taken and pid not in below_chance and _allowed(product_id, pid, categories, ban, cats):
                    add(pid, source)

        category = categories.get(product_id)
        if len(rows) < n and category:
            fill(self.ranking(("category", category), lambda: lines[lines["category"] == category])
                 .head(3 * n + len(taken)), "category")
        if len(rows) < n:
            segments = self.segments()
            buyers = self.buyers(product_id)
            if len(buyers):
                top_segment = buyers.map(segments).mode()
                if len(top_segment):
                    key = top_segment.iat[0]
                    fill(self.ranking(("segment", key), lambda: lines[lines["customer_id"].isin(
                        segments[segments == key].index)]).head(3 * n + len(taken)), "segment")
        if len(rows) < n:
            fill(self.ranking(("shop",), lambda: lines), "shop")
        return rows


def _name(db, product_id) -> str:
    row = db.execute("SELECT name FROM products WHERE id = ?", [int(product_id)]).fetchone()
    return row[0] if row else f"product {product_id}"


def product_names(db: sqlite_utils.Database, product_ids) -> dict[int, str]:
    """Return {product id: name (or SKU, or the id as text)} for ``product_ids`` that exist."""
    ids = sorted({int(i) for i in product_ids})
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id, COALESCE(name, sku, CAST(id AS TEXT)) FROM products WHERE id IN ({marks})", ids)
    return {int(pid): name for pid, name in rows.fetchall()}


def product_categories(db: sqlite_utils.Database) -> list[str]:
    """Return the shop's product categories, sorted (empty when the imports carried none)."""
    rows = db.execute("SELECT DISTINCT category FROM products WHERE category IS NOT NULL AND category != '' "
                      "ORDER BY category").fetchall()
    return [category for (category,) in rows]
