"""Offer files: audiences, consent, control group, target rules, formula safety, discounts and campaign records."""

from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest

from core.analysis.rfm import rfm_table
from core.errors import ShopkeeperError
from core.offers import OfferSpec, available_audiences, build_offer, make_offer, resolve_audience
from core.offers.campaign import control_split, render_subject
from core.offers.countries import iso_country
from core.offers.products import customer_recommendations
from core.offers.targets import SHOPIFY_HEADER
from core.offers.tiers import DiscountTier
from core.store import open_memory_shop, open_shop
from tests.browser.hostile_shop import CUSTOMERS, fill_hostile_shop

ROOT = __import__("pathlib").Path(__file__).resolve().parents[3]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile_db():
    db = open_memory_shop()
    ids = fill_hostile_shop(db)
    db.ids = ids
    return db


@pytest.fixture
def demo_copy(demo_db_path, tmp_path):
    """A writable copy of the demo shop (campaigns get recorded)."""
    src = sqlite3.connect(demo_db_path)
    path = tmp_path / "demo.shop.db"
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_shop(path)
    yield db
    db.conn.close()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_iso_country_codes():
    assert iso_country("United Kingdom") == "GB"
    assert iso_country("UK") == "GB"
    assert iso_country("uk") == "GB"
    assert iso_country("EIRE") == "IE"
    assert iso_country("RSA") == "ZA"
    assert iso_country("European Community") == ""
    assert iso_country(None) == ""


def test_builtin_vip_list_matches_an_independent_rfm_rule(demo_db):
    rfm = rfm_table(demo_db)
    expected = set(rfm.loc[(rfm["monetary"] >= rfm["monetary"].quantile(0.9)) & (rfm["frequency"] >= 2),
                           "customer_id"])
    audience, members = resolve_audience(demo_db, "vip")
    assert audience.key in ("list:vip",)
    if audience.source == "built-in":
        assert set(members["customer_id"]) == expected
    keys = {a.key for a in available_audiences(demo_db)}
    assert {"all", "list:winback"} <= keys


def test_refill_audience_is_the_also_bought_refill_list_and_at_risk_is_not_doubled(demo_db):
    """The offers' "Refill due" audience holds exactly the customers of the Also-bought screen's refill list, and
    the customers screen's "At risk" list is the only at-risk list offered."""
    from core.analysis.replenish import shop_refills_due
    audience, members = resolve_audience(demo_db, "list:replenishment_due")
    expected = set(shop_refills_due(demo_db)["customer_id"])
    assert audience.source == "refills" and len(expected) > 20
    assert set(members["customer_id"]) == expected and audience.size == len(expected)
    keys = {a.key for a in available_audiences(demo_db)}
    assert "list:at_risk" in keys and "list:at_risk_high_value" not in keys


def test_unknown_audience_is_a_plain_error(demo_db):
    with pytest.raises(ShopkeeperError, match="no audience called 'nobody'"):
        resolve_audience(demo_db, "nobody")


def test_mailchimp_file_from_demo_respects_consent_and_holds_out_control(demo_copy, tmp_path):
    result = make_offer(demo_copy, OfferSpec("winback", "mailchimp", control_share=0.1, seed=7,
                                             subject_template="{first_name}, we miss you"), tmp_path / "wb.csv")
    _, members = resolve_audience(demo_copy, "winback")
    ids = ",".join(str(int(i)) for i in members["customer_id"])
    said_no = demo_copy.execute(f"SELECT COUNT(*) FROM customers WHERE id IN ({ids}) AND accepts_marketing = 0"
                                ).fetchone()[0]
    consenting = demo_copy.execute(
        f"SELECT LOWER(email) FROM customers WHERE id IN ({ids}) AND (accepts_marketing IS NULL OR accepts_marketing=1)"
        " AND email LIKE '%@%.%'").fetchall()
    assert result.counts["left_out_no_consent"] == said_no > 0
    rows = read_csv(tmp_path / "wb.csv")
    header, body = rows[0], rows[1:]
    assert header[0] == "Email Address"
    assert {"FNAME", "LNAME"} <= set(header)
    assert all(re.fullmatch(r"[A-Z0-9_]{1,10}", name) for name in header[1:])
    control = read_csv(tmp_path / "wb.control.csv")[1:]
    assert len(control) == round(0.1 * len(consenting))
    file_emails = {r[0].lower() for r in body}
    control_emails = {r[1].lower() for r in control}
    assert not file_emails & control_emails
    assert file_emails | control_emails == {e for (e,) in consenting}
    no_emails = {e.lower() for (e,) in demo_copy.execute("SELECT email FROM customers WHERE accepts_marketing = 0")}
    assert not file_emails & no_emails
    for row in body:
        assert all(len(cell.encode("utf-8")) <= 255 for cell in row)
        country = row[header.index("COUNTRY")]
        assert country == "" or re.fullmatch(r"[A-Z]{2}", country)
        assert row[header.index("SUBJECT")].endswith("we miss you")
    dropped = read_csv(tmp_path / "wb.dropped.csv")
    assert dropped[0] == ["customer_id", "email", "reason"]
    assert sum(1 for r in dropped[1:] if r[2] == "did not accept marketing") == said_no
    # Stored campaign: who was in the file and who was held out.
    campaign = demo_copy.execute("SELECT id, members, control_members, target FROM campaigns").fetchone()
    assert campaign[1:] == (len(body), len(control), "mailchimp")
    held = demo_copy.execute("SELECT COUNT(*) FROM campaign_members WHERE campaign_id=? AND in_control=1",
                             [campaign[0]]).fetchone()[0]
    assert held == len(control)


def test_control_group_is_reproducible_and_seeded(demo_db):
    members = pd.DataFrame({"customer_id": range(1, 501)})
    a = control_split(members, 0.1, seed=1)
    b = control_split(members.iloc[::-1].reset_index(drop=True), 0.1, seed=1)
    c = control_split(members, 0.1, seed=2)
    assert a.sum() == 50
    assert set(members["customer_id"][a]) == set(members.iloc[::-1].reset_index(drop=True)["customer_id"][b])
    assert set(members["customer_id"][a]) != set(members["customer_id"][c])
    first = build_offer(demo_db, OfferSpec("all", "klaviyo", seed=11))
    second = build_offer(demo_db, OfferSpec("all", "klaviyo", seed=11))
    assert first.control["customer_id"].tolist() == second.control["customer_id"].tolist()


def test_target_rules_drop_rows_with_reasons(hostile_db, tmp_path):
    result = make_offer(hostile_db, OfferSpec("all", "klaviyo", control_share=0.0), tmp_path / "k.csv")
    rows = read_csv(tmp_path / "k.csv")
    assert rows[0][0] == "Email"
    emails = [r[0].lower() for r in rows[1:]]
    assert len(emails) == len(set(emails))
    reasons = dict(zip(result.dropped["email"].fillna(""), result.dropped["reason"]))
    assert reasons["not-an-email"] == "e-mail address is not valid"
    assert reasons["nope@example.com"] == "did not accept marketing"
    assert "" in reasons and reasons[""] == "no e-mail address"
    assert sum(r.startswith("the same e-mail") for r in reasons.values()) == 1
    # c8 has no consent recorded: unknown consent is not consent, so it is left out and counted
    assert result.counts["consent_unknown"] == result.counts["left_out_unknown_consent"] == 1
    assert "unknown@example.com" not in emails
    assert reasons["unknown@example.com"] == "no marketing consent recorded"
    expected_in_file = sum(1 for e, *_rest, consent, _t in CUSTOMERS.values()
                           if e and "@" in e and "." in e.split("@")[-1] and consent == 1) - 1  # minus the duplicate
    assert len(emails) == expected_in_file
    # asked for, unknown consent goes in; a "no" never does
    asked = make_offer(hostile_db, OfferSpec("all", "klaviyo", control_share=0.0, include_unknown_consent=True),
                       tmp_path / "k2.csv")
    emails = [r[0].lower() for r in read_csv(tmp_path / "k2.csv")[1:]]
    assert "unknown@example.com" in emails and "nope@example.com" not in emails
    assert asked.counts["left_out_unknown_consent"] == 0


def test_formula_injection_is_neutralised_in_csv_and_xlsx(hostile_db, tmp_path):
    make_offer(hostile_db, OfferSpec("all", "csv", control_share=0.0), tmp_path / "g.csv")
    for row in read_csv(tmp_path / "g.csv")[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_START), cell
    assert any(cell == "'=HYPERLINK(\"http://evil\")" for row in read_csv(tmp_path / "g.csv") for cell in row)
    make_offer(hostile_db, OfferSpec("all", "xlsx", control_share=0.0), tmp_path / "g.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "g.xlsx").active
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'+Bo" in texts and "'@Lee" in texts
    assert not any(t.startswith(FORMULA_START) for t in texts)


def test_mailchimp_limits_and_country_codes(hostile_db, tmp_path):
    make_offer(hostile_db, OfferSpec("all", "mailchimp", control_share=0.0, include_unknown_consent=True),
               tmp_path / "m.csv")
    rows = read_csv(tmp_path / "m.csv")
    header = rows[0]
    by_email = {r[0]: dict(zip(header, r)) for r in rows[1:]}
    assert by_email["ana@example.com"]["COUNTRY"] == "GB"
    assert by_email["bo@example.com"]["COUNTRY"] == "GB"      # written as UK in the shop
    assert by_email["long@example.com"]["COUNTRY"] == "IE"
    assert by_email["unknown@example.com"]["COUNTRY"] == ""
    long_name = by_email["long@example.com"]["FNAME"]
    assert len(long_name.encode("utf-8")) <= 255 and set(long_name) == {"É"}


def test_shopify_tag_file_keeps_existing_tags(hostile_db, tmp_path):
    result = make_offer(hostile_db, OfferSpec("all", "shopify", control_share=0.0, tag="sk-vip"),
                        tmp_path / "s.csv")
    rows = read_csv(tmp_path / "s.csv")
    assert rows[0] == SHOPIFY_HEADER
    tags = {r[2]: r[rows[0].index("Tags")] for r in rows[1:]}
    assert tags["ana@example.com"] == "wholesale, sk-vip"
    assert all("sk-vip" in t for t in tags.values())
    assert result.counts["in_file"] == len(rows) - 1
    with pytest.raises(ShopkeeperError):
        build_offer(hostile_db, OfferSpec("all", "shopify", tag="Bad Tag!"))


def test_discount_tiers_margin_cap_and_cost(demo_db):
    tiers = (DiscountTier("winback", "Win-back", 15.0, ("winback",)),)
    plain = build_offer(demo_db, OfferSpec("winback", "csv", tiers=tiers, control_share=0.0))
    assert set(plain.table["discount_percent"]) == {15.0}
    rfm = rfm_table(demo_db).set_index("customer_id")
    expected = (rfm.loc[plain.table["customer_id"], "average_order"] * 0.15).sum()
    assert plain.cost["max_cost"] == pytest.approx(expected, abs=0.01)
    assert plain.cost["expected_cost"] == pytest.approx(expected * 0.1, abs=0.01)
    capped = build_offer(demo_db, OfferSpec("winback", "csv", tiers=tiers, control_share=0.0, margin_percent=20))
    assert set(capped.table["discount_percent"]) == {10.0}   # half of a 20 % margin
    assert any("margin" in note for note in capped.notes)
    with pytest.raises(ShopkeeperError):
        build_offer(demo_db, OfferSpec("winback", "csv", tiers=(DiscountTier("x", "X", 150.0, ("winback",)),)))


def test_recommendations_are_products_not_yet_bought(demo_db):
    ids = rfm_table(demo_db)["customer_id"].head(30)
    recs = customer_recommendations(demo_db, ids, n=3, use_shop_analysis=False)
    assert recs.groupby("customer_id").size().max() <= 3
    bought = pd.read_sql_query(
        "SELECT DISTINCT o.customer_id, l.product_id FROM order_lines l JOIN orders o ON o.id = l.order_id", demo_db.conn)
    pairs = set(zip(bought["customer_id"], bought["product_id"]))
    assert not any((c, p) in pairs for c, p in zip(recs["customer_id"], recs["product_id"]))
    assert len(recs) == 3 * len(ids)


def test_subject_template():
    assert render_subject("{first_name}, your {favourite_category} picks", {"first_name": "Ola",
                                                                             "favourite_category": "mugs"}) \
        == "Ola, your mugs picks"
    assert render_subject("Hi {first_name}, new {unknown}!", {"first_name": ""}) == "Hi, new!"


def test_export_cli(demo_copy, tmp_path):
    path = demo_copy.conn.execute("PRAGMA database_list").fetchone()[2]
    out = tmp_path / "cli" / "vip.csv"
    done = subprocess.run([sys.executable, "-m", "core", "export", "--db", path, "--audience", "vip", "--target",
                           "klaviyo", "--out", str(out), "--control", "0.2", "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    summary = __import__("json").loads(done.stdout)
    assert summary["counts"]["in_file"] == len(read_csv(out)) - 1
    assert summary["counts"]["control"] == len(read_csv(out.with_name("vip.control.csv"))) - 1
    bad = subprocess.run([sys.executable, "-m", "core", "export", "--db", path, "--audience", "nobody", "--target",
                          "csv", "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1


def test_personal_picks_come_from_the_shop_analysis_when_present(demo_db):
    from core.analysis.recommend import recommend
    from core.analysis.segments import customer_segment_keys
    from core.data import load_lines
    ids = rfm_table(demo_db)["customer_id"].head(10).tolist()
    ours = customer_recommendations(demo_db, ids, n=3)
    theirs = recommend(load_lines(demo_db), customer_ids=ids, n=3, segments=customer_segment_keys(demo_db))
    assert ours["product_id"].tolist() == theirs["product_id"].astype("int64").tolist()


def test_audience_without_emails_gives_a_plain_reason(tmp_path):
    db = open_memory_shop()
    fill_hostile_shop(db)
    db.conn.execute("UPDATE customers SET email = NULL")
    with pytest.raises(ShopkeeperError, match="no e-mail address"):
        build_offer(db, OfferSpec("all", "mailchimp"))
    consent_no = sum(1 for *_rest, consent, _t in CUSTOMERS.values() if consent == 0)
    assert len(build_offer(db, OfferSpec("all", "csv", control_share=0.0, include_unknown_consent=True)).file) == \
        len(CUSTOMERS) - consent_no


def test_a_tiny_shop_lists_audiences_without_clusters(fresh_db, tiny_shop_csv):
    from core.importers.pipeline import import_file
    from core.offers.audiences import available_audiences

    import_file(fresh_db, tiny_shop_csv)
    audiences = available_audiences(fresh_db)
    assert not [a for a in audiences if a.kind == "cluster"]  # 2 customers: too few to group
    everyone = next(a for a in audiences if a.key == "all")
    assert everyone.size == 2


def test_segment_names_in_the_owners_language(demo_db):
    """The file's segment column and the {segment} placeholder use the names the desktop passes in."""
    english = build_offer(demo_db, OfferSpec(audience="list:vip", target="mailchimp", control_share=0.0,
                                             include_unconsented=True, subject_template="{segment}!"))
    names = {"Champions": "Mistrzowie", "Loyal": "Lojalni"}
    polish = build_offer(demo_db, OfferSpec(audience="list:vip", target="mailchimp", control_share=0.0,
                                            include_unconsented=True, subject_template="{segment}!",
                                            segment_names=names))
    before = list(english.file["SEGMENT"])
    assert "Champions" in before
    assert list(polish.file["SEGMENT"]) == [names.get(label, label) for label in before]
    assert "Mistrzowie!" in set(polish.table.get("subject", polish.file.get("SUBJECT", pd.Series())))


def _count_loads(monkeypatch) -> dict:
    """Count the shop frames ShopData reads (core.shop_data's load_orders / load_lines / load_customers)."""
    import core.shop_data as shop_data
    calls = {}
    for name in ("load_orders", "load_lines", "load_customers"):
        def counted(db, *args, _real=getattr(shop_data, name), _name=name, **kwargs):
            calls[_name] = calls.get(_name, 0) + 1
            return _real(db, *args, **kwargs)
        monkeypatch.setattr(shop_data, name, counted)
    return calls


def test_build_offer_loads_the_shop_once_through_one_shop_data(demo_db, monkeypatch):
    """A Database or a ShopData gives the same offer; with a ShopData the lines, orders and customers are read once
    (the audience, RFM table, favourites, picks and catalogue all share them) and stay cached for the caller."""
    from core.shop_data import ShopData
    spec = OfferSpec("list:vip", "mailchimp", include_unknown_consent=True, subject_template="{product_1}")
    from_db = build_offer(demo_db, spec)
    calls = _count_loads(monkeypatch)
    shop = ShopData(demo_db)
    from_shop = build_offer(shop, spec)
    # the orders only when the customer overview is not kept in the shop file (core.result_copy): the RFM table
    # and the lists are then the kept overview's
    once = {"load_lines": 1, "load_customers": 1, **({"load_orders": 1} if "load_orders" in calls else {})}
    assert calls == once
    for name in ("table", "file", "control", "dropped"):
        pd.testing.assert_frame_equal(getattr(from_shop, name), getattr(from_db, name))
    assert (from_shop.counts, from_shop.cost, from_shop.currency, [str(n) for n in from_shop.notes]) == \
        (from_db.counts, from_db.cost, from_db.currency, [str(n) for n in from_db.notes])
    build_offer(shop, OfferSpec("all", "csv"))  # a second offer from the same ShopData reads nothing again
    assert calls == once


def test_offer_pick_lists_hold_buy_again_and_discover(demo_db):
    from core.data import load_lines
    from core.offers.products import customer_pick_lists
    ids = rfm_table(demo_db)["customer_id"].head(8).tolist()
    lists = customer_pick_lists(demo_db, ids, n=3)
    lines = load_lines(demo_db, with_customer_only=True)
    owned = lines.groupby(lines["customer_id"].astype("int64"))["product_id"].agg(set)
    assert set(lists["list"]) == {"buy-again", "discover"}
    for row in lists.itertuples():
        assert (row.product_id in owned[row.customer_id]) == (row.list == "buy-again"), row
    assert (lists.groupby(["customer_id", "list"])["rank"].max() <= 3).all()


def test_offer_file_carries_a_buy_again_and_a_new_product_and_catalog_pictures(demo_copy):
    """The generic offer file's "Buy again" is a product the customer bought (SQL over the shop), "New for you" one
    they never bought; with a picture set on a product, "Recommended N picture" carries it."""
    db = demo_copy
    db.execute("UPDATE products SET image_url = 'https://cdn.example.com/p' || id || '.jpg'")
    db.conn.commit()
    result = build_offer(db, OfferSpec(audience="list:vip", target="csv"))
    bought = pd.read_sql_query(
        "SELECT DISTINCT c.email, p.name FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "JOIN customers c ON c.id = o.customer_id JOIN products p ON p.id = l.product_id", db.conn)
    owned = set(zip(bought["email"], bought["name"]))
    file = result.file
    assert len(file) > 5
    again = file[file["Buy again"].fillna("") != ""]
    new = file[file["New for you"].fillna("") != ""]
    assert len(again) > 0 and len(new) > 0
    assert all((e, n) in owned for e, n in zip(again["E-mail"], again["Buy again"]))
    assert not any((e, n) in owned for e, n in zip(new["E-mail"], new["New for you"]))
    images = dict(db.execute("SELECT name, image_url FROM products").fetchall())
    named = file[file["Recommended 1"].fillna("") != ""]
    assert len(named) > 0
    assert all(images[n] == img for n, img in zip(named["Recommended 1"], named["Recommended 1 picture"]))
