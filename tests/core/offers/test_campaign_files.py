"""Offer files that start a campaign: send date and window recorded, variants split by segment, unique coupon
codes in the file and in the platform's codes file, and redemptions matched after the next Shopify import."""

from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest

from core.campaigns.results import campaign_results
from core.errors import ShopkeeperError
from core.importers.pipeline import import_file
from core.offers import OfferSpec, Variant, make_offer
from core.offers.campaign import parse_variant
from core.store import open_shop

HEADER = ["Name", "Email", "Financial Status", "Created at", "Currency", "Total", "Discount Code",
          "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Accepts Marketing", "Billing Name"]


def shopify_file(path, orders):
    """Write a Shopify orders export: one line per order (name, email, day, code, price)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for name, email, when, code, price in orders:
            writer.writerow([name, email, "paid", f"{when} 10:00:00 +0000", "EUR", f"{price:.2f}", code or "", 1,
                             "Mug", f"{price:.2f}", "MUG", "yes", email.split("@")[0].title() + " Doe"])
    return path


@pytest.fixture
def shop(tmp_path):
    """A shop of 120 customers with 1-3 orders each in 2024 (Shopify export, everyone accepts marketing)."""
    rng = np.random.default_rng(0)
    orders, n = [], 1000
    for i in range(120):
        for _ in range(int(rng.integers(1, 4))):
            day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 150)))
            orders.append((f"#{n}", f"buyer{i}@example.com", f"{day:%Y-%m-%d}", None, float(rng.integers(5, 60))))
            n += 1
    db = open_shop(tmp_path / "shop.shop.db")
    import_file(db, shopify_file(tmp_path / "orders1.csv", orders))
    return db


def test_variants_codes_and_redemptions_after_an_import(shop, tmp_path):
    spec = OfferSpec(audience="all", target="mailchimp", control_share=0.2, seed=9, sent_at="2024-06-01",
                     window_days=20, variants=(Variant("A", subject_template="Hello {first_name}"),
                                               Variant("B", discount_percent=12, picks="none")),
                     coupon_prefix="june", codes_platform="shopify")
    result = make_offer(shop, spec, tmp_path / "june.csv")
    table = result.table
    assert result.groups == {"A": 48, "B": 48, "control": 24}
    assert (table.loc[table["group"] == "B", "discount_percent"] == 12).all()
    body = pd.read_csv(result.written[0], dtype=str, keep_default_na=False)
    assert list(body.columns[-2:]) == ["GROUP", "COUPON"] and len(body) == 96
    assert body["COUPON"].str.fullmatch(r"JUNE-[2-9A-HJKMNP-TW-Z]{8}").all() and body["COUPON"].is_unique
    assert (body.loc[body["GROUP"] == "B", ["REC1NAME", "REC2NAME"]] == "").all().all()
    assert body.loc[body["GROUP"] == "A", "SUBJECT"].str.startswith("Hello").all()
    codes_file = tmp_path / "june.codes-shopify.csv"
    assert codes_file in result.written
    codes = pd.read_csv(codes_file, dtype=str)
    assert sorted(codes["Code"]) == sorted(body["COUPON"])
    stored = pd.read_sql_query("SELECT customer_id, group_name, coupon_code, in_control FROM campaign_members",
                               shop.conn)
    assert stored["group_name"].value_counts().to_dict() == {"A": 48, "B": 48, "control": 24}
    assert stored.loc[stored["in_control"] == 1, "coupon_code"].isna().all()
    row = shop.execute("SELECT sent_at, window_days, seed, variants FROM campaigns").fetchone()
    assert row[:3] == ("2024-06-01", 20, 9) and '"B"' in row[3]

    # The next export: some mailed customers use their code (in lower case), one after the window, one who was
    # not mailed types somebody else's code, a control customer orders without one.
    emails = dict(zip(body["Email Address"], body["COUPON"]))
    mailed = list(emails)
    control_email = shop.execute("SELECT c.email FROM campaign_members m JOIN customers c ON c.id = m.customer_id "
                                 "WHERE m.group_name = 'control' LIMIT 1").fetchone()[0]
    later = [("#9001", mailed[0], "2024-06-03", emails[mailed[0]].lower(), 30.0),
             ("#9002", mailed[1], "2024-06-15", " " + emails[mailed[1]] + " ", 20.0),
             ("#9003", mailed[2], "2024-06-18", None, 25.0),
             ("#9004", mailed[3], "2024-07-15", emails[mailed[3]], 40.0),  # after the 20-day window
             ("#9005", control_email, "2024-06-05", emails[mailed[4]], 10.0),
             ("#9006", control_email, "2024-08-01", None, 10.0)]
    import_file(shop, shopify_file(tmp_path / "orders2.csv", later))
    result_now, = campaign_results(shop)
    groups = {g.name: g for g in result_now.groups}
    group_of = dict(zip(body["Email Address"], body["GROUP"]))
    # redeemed: the member whose code was used inside the window (by anyone): mailed[0], mailed[1], mailed[4]
    want = pd.Series([group_of[mailed[i]] for i in (0, 1, 4)]).value_counts().to_dict()
    assert {name: g.redeemed for name, g in groups.items() if g.redeemed} == want
    buyers = pd.Series([group_of[mailed[i]] for i in (0, 1, 2)]).value_counts().to_dict()
    assert {name: g.ordered for name, g in groups.items() if name != "control"} == {
        "A": buyers.get("A", 0), "B": buyers.get("B", 0)}
    assert groups["control"].ordered == 1 and groups["control"].redeemed == 0
    assert result_now.final


def test_campaign_settings_are_checked():
    assert parse_variant("B:discount=10;picks=none") == Variant("B", "", 10.0, "none")
    assert parse_variant("A:subject=Hi {first_name}") == Variant("A", "Hi {first_name}")
    for bad in ("A:colour=red", "A:discount=ten"):
        with pytest.raises(ShopkeeperError):
            parse_variant(bad)


@pytest.mark.parametrize("change", [{"sent_at": "1.6.2024"}, {"window_days": 0}, {"variants": (Variant("A"),)},
                                    {"variants": (Variant("A"), Variant("a"))},
                                    {"variants": (Variant("control"), Variant("B"))},
                                    {"coupon_prefix": "two words"},
                                    {"coupon_prefix": "X", "codes_platform": "etsy"}])
def test_bad_campaign_settings_give_one_sentence(shop, tmp_path, change):
    spec = OfferSpec(audience="all", target="csv", **change)
    with pytest.raises(ShopkeeperError) as caught:
        make_offer(shop, spec, tmp_path / "x.csv")
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
