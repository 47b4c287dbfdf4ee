"""The Offers screen on the demo shop: Mailchimp, Klaviyo and Shopify tag files with a control group, and snippets."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtGui import QGuiApplication

from desktop import errors
from desktop.main_window import MainWindow
from desktop.workers import wait_for_tasks


@pytest.fixture
def view(qtbot):
    errors.recorded_errors = []
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_demo()
    win.show_view("offers")
    assert wait_for_tasks(60_000)
    yield win.views["offers"]
    assert errors.recorded_errors == []
    errors.recorded_errors = None


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("target, first_header", [("mailchimp", "Email Address"), ("klaviyo", "Email"),
                                                  ("shopify", "First Name")])
def test_offer_files_with_control_group(view, tmp_path, target, first_header):
    assert view.audience.count() > 5
    view.audience.setCurrentIndex(view.audience.findData("list:winback"))
    view.target.setCurrentIndex(view.target.findData(target))
    view.control.setValue(20)
    view.preview()
    assert wait_for_tasks(60_000)
    result = view.result
    assert result is not None and view.save_button.isEnabled()
    assert view.model.rowCount() == result.counts["in_file"] > 0
    assert "control group" in view.summary.text()
    out = tmp_path / f"{target}.csv"
    view.save_to(out)
    assert wait_for_tasks(60_000)
    body = rows(out)
    assert body[0][0] == first_header
    assert len(body) - 1 == result.counts["in_file"]
    control = rows(tmp_path / f"{target}.control.csv")
    total = result.counts["in_file"] + result.counts["control"]
    assert len(control) - 1 == round(0.2 * total)
    if target == "shopify":
        assert all("sk-winback" in r[body[0].index("Tags")] for r in body[1:])
    stored = view.shop.db.execute("SELECT target, members, control_members FROM campaigns ORDER BY id DESC"
                                  ).fetchone()
    assert stored == (target, result.counts["in_file"], result.counts["control"])


def test_snippets_tab_makes_copies_and_saves(view, tmp_path):
    view.tabs.setCurrentIndex(1)
    for kind in ("also-bought", "also-bought-liquid", "vip-banner-liquid", "bestsellers"):
        view.kind.setCurrentIndex(view.kind.findData(kind))
        view.max_products.setValue(50)
        view.make_snippet()
        assert wait_for_tasks(60_000)
        assert view.snippet.kind == kind
        assert view.code.toPlainText() == view.snippet.text
        assert f"{view.snippet.size_bytes:,} bytes" in view.snippet_info.text()
        assert view.guide.toPlainText().strip()
        view.copy_snippet()
        assert QGuiApplication.clipboard().text() == view.snippet.text
        saved = view.save_snippet_to(tmp_path / f"{kind}.html")
        assert saved.read_bytes() == view.snippet.text.encode("utf-8")
    assert "@example.com" not in view.code.toPlainText()


def test_render_offers_view_png(view, tmp_path):
    view.window().resize(1280, 820)
    paths = view.selftest_extras(tmp_path)
    for path in paths:
        assert path.exists() and path.stat().st_size > 5000
    view.grab().save(str(tmp_path / "offers.png"))


def test_offer_file_segment_names_follow_the_ui_language(qapp):
    from desktop import i18n
    from desktop.views.offers_view import OffersView
    assert OffersView.segment_names() == {}  # English: core's names as they are
    i18n.install_translator(qapp, "pl")
    try:
        names = OffersView.segment_names()
    finally:
        i18n.install_translator(qapp, "en")
    assert names["Champions"] == "Mistrzowie" and len(names) >= 10


def test_paste_guides_and_offer_notes_in_the_ui_language(qapp):
    """The guides listed for translation are core's own, and in Polish both guides and notes come translated."""
    from PySide6.QtCore import QCoreApplication

    from core.snippets.guide import GUIDES
    from desktop import i18n
    from desktop.views import offer_texts
    assert offer_texts.GUIDES == GUIDES
    from core.offers.campaign import DROPPED_NOTE, LEFT_OUT_NOTE, _reason_message, _whole
    note = LEFT_OUT_NOTE(customers=_whole(2))
    assert i18n.translate_text(note) == "2 customer(s) who did not accept marketing were left out."
    i18n.install_translator(qapp, "pl")
    try:
        guides = {key: QCoreApplication.translate("OffersView", text) for key, text in GUIDES.items()}
        polish_note = i18n.translate_text(note)
        dropped = i18n.translate_text(DROPPED_NOTE(rows=_whole(3), reason=_reason_message("no e-mail address")))
    finally:
        i18n.install_translator(qapp, "en")
    assert all(guides[key] != GUIDES[key] for key in GUIDES)
    assert "{{ product.handle }}" in guides["also-bought-liquid"] and "sk-vip" in guides["vip-banner"]
    assert polish_note == "Pominięci klienci bez zgody na marketing: 2."
    assert dropped == "Odrzucone wiersze (brak adresu e-mail): 3."


def test_save_dialog_opens_in_the_shops_exports_folder(view, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    asked = {}

    def fake_dialog(parent, title, start, filters=""):
        asked["start"] = start
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    view.audience.setCurrentIndex(view.audience.findData("list:winback"))
    view.preview()
    assert wait_for_tasks(120_000)
    view._ask_save()
    assert str(view.shop.path.parent / "exports") in asked["start"]


def test_control_plan_warns_on_a_tiny_audience_and_sizes_a_large_one(view):
    sizes = view.audience_sizes
    tiny = next(key for key, size in sizes.items() if 0 < size < 20)
    view.audience.setCurrentIndex(view.audience.findData(tiny))
    assert view.control_plan.text().startswith("This audience is too small for any test")
    view.audience.setCurrentIndex(view.audience.findData("all"))
    view.control.setValue(20)
    n = sizes["all"]
    assert f"With {round(0.2 * n)} customers held out and {n - round(0.2 * n)} mailed" in view.control_plan.text()


def test_variants_and_codes_from_the_screen(view, tmp_path):
    view.audience.setCurrentIndex(view.audience.findData("all"))
    view.target.setCurrentIndex(view.target.findData("klaviyo"))
    view.variant_count.setCurrentIndex(view.variant_count.findData(3))
    view.variant_rows[0][1].setText("Hello {first_name}")
    view.variant_rows[2][3].setChecked(True)
    view.codes.setChecked(True)
    view.code_prefix.setText("spring")
    view.codes_file.setCurrentIndex(view.codes_file.findData("woocommerce"))
    view.preview()
    assert wait_for_tasks(120_000)
    assert set(view.result.groups) == {"A", "B", "C", "control"}
    view.save_to(tmp_path / "k.csv")
    assert wait_for_tasks(120_000)
    body = rows(tmp_path / "k.csv")
    header = body[0]
    codes_in_file = {r[header.index("Coupon Code")] for r in body[1:]}
    groups = {r[header.index("Group")] for r in body[1:]}
    assert groups == {"A", "B", "C"} and all(code.startswith("SPRING-") for code in codes_in_file)
    woo = rows(tmp_path / "k.codes-woocommerce.csv")
    assert {r[0] for r in woo[1:]} == codes_in_file
    assert "Lists & segments" in view.next_steps.text() and ".codes-woocommerce.csv" in view.next_steps.text()


@pytest.mark.parametrize("target, words", [("mailchimp", "Audience > Import contacts > Upload"),
                                           ("klaviyo", "Lists & segments"), ("shopify", "Customers > Import"),
                                           ("csv", "e-mail tool"), ("xlsx", "Excel")])
def test_next_steps_after_saving_name_the_target_and_the_control_file(qapp, target, words):
    from desktop.views.offers_view import next_steps
    text = next_steps(target, ["offer.csv", "offer.control.csv"])
    assert words in text and "must NOT get this offer" in text and "Campaigns screen" in text
    assert "must NOT" not in next_steps(target, ["offer.csv"])


def test_full_price_buyers_get_no_discount_and_the_tier_table_shows_the_saving(view):
    """The demo shop's history has no codes and no marked-down lines (checked by SQL here), so every customer buys at
    full price: with the option on, no one in the file gets a discount and the saving is the whole flat cost."""
    db = view.shop.db
    discounted = db.execute("SELECT COUNT(*) FROM orders WHERE coalesce(discount_code, '') != '' "
                            "OR coalesce(discount_minor, 0) > 0 OR coalesce(order_discount_minor, 0) > 0").fetchone()[0]
    discounted += db.execute("SELECT COUNT(*) FROM order_lines WHERE discount_minor > 0").fetchone()[0]
    assert discounted == 0
    view.audience.setCurrentIndex(view.audience.findData("list:vip"))
    for box in (view.vip_pct, view.winback_pct, view.risk_pct, view.other_pct):
        box.setValue(10)
    view.preview()
    assert wait_for_tasks(60_000)
    flat = view.result
    assert view.tier_table.isVisibleTo(view) and flat.cost["max_cost"] > 0
    view.skip_full_price.setChecked(True)
    view.preview()
    assert wait_for_tasks(60_000)
    result = view.result
    assert result.spec.skip_full_price
    tiers = view.tier_table.frame_model.frame()
    assert tiers["customers"].sum() == result.counts["in_file"]
    assert tiers["no_discount"].sum() == result.counts["in_file"]
    assert result.cost["max_cost"] == 0
    assert result.cost["saving"] == pytest.approx(flat.cost["max_cost"])
    assert "less than the same discount for everyone" in view.summary.text()


def test_send_date_shows_a_four_digit_year(view):
    assert "yyyy" in view.sent_at.displayFormat()
    assert str(view.sent_at.date().year()) in view.sent_at.text()


def test_quick_audiences_first_and_the_owners_pick_survives_the_full_list(view):
    """Segments and countries arrive before the lists (which wait for the customer-value model); a segment the
    owner picked meanwhile stays picked, and without a pick the VIP list is chosen once it exists."""
    from core.offers.audiences import QUICK_KINDS, available_audiences
    from core.shop_data import ShopData
    shop = ShopData(view.shop.db)
    quick, every = available_audiences(shop, QUICK_KINDS), available_audiences(shop)
    view._audience_chosen = False
    view._show_audiences(quick)
    assert view.audience.count() == len(quick) and view.audience.findData("list:vip") < 0
    segment = next(a.key for a in quick if a.kind == "segment")
    view.audience.setCurrentIndex(view.audience.findData(segment))
    view.audience.activated.emit(view.audience.currentIndex())  # as a click on the item does
    view._show_audiences(every)
    assert view.audience.count() == len(every) and view.audience.currentData() == segment
    view._audience_chosen = False
    view._show_audiences(every)
    assert view.audience.currentData() == "list:vip"


def test_the_audiences_worker_says_what_it_works_out(demo_db):
    """The busy bar says what the audiences' worker runs, and each stage is delivered as it is ready: segments and
    countries, then the customer lists (the screen opens on VIP), then the refills due, then the groups too."""
    from core.offers.audiences import QUICK_KINDS, available_audiences
    from desktop.views.offers_view import _audiences

    events = []
    steps = {"segments": "segments…", "lists": "lists…", "groups": "refills and groups…"}
    everything = _audiences(demo_db, steps, progress=lambda fraction, text: events.append((fraction, text)),
                            deliver=lambda part: events.append(("delivered", [a.key for a in part])))
    stages = [QUICK_KINDS, QUICK_KINDS | {"lists"}, QUICK_KINDS | {"lists", "refills"}]
    expected = []
    for number, (step, kinds) in enumerate(zip(("segments", "lists", "groups"), stages)):
        expected += [(number / 4, steps[step]), ("delivered", [a.key for a in available_audiences(demo_db, kinds)])]
    assert events == expected
    keys = [a.key for a in everything]
    assert keys == [a.key for a in available_audiences(demo_db)]
    delivered = [set(event[1]) for event in events if event[0] == "delivered"]
    assert "list:vip" not in delivered[0] and "list:vip" in delivered[1]
    assert "list:replenishment_due" not in delivered[1] and "list:replenishment_due" in delivered[2]
    assert not any(key.startswith("cluster:") for key in delivered[2])
    assert any(key.startswith("cluster:") for key in keys)  # the demo shop has groups: they come last


def test_the_offers_first_sight_is_the_customer_lists(view):
    from core.offers.audiences import QUICK_KINDS, available_audiences
    from core.shop_data import ShopData
    shop = ShopData(view.shop.db)
    view.set_shop(view.shop)  # the audiences are worked out again: until they are, the segments alone are not it
    view._show_audiences(available_audiences(shop, QUICK_KINDS))
    assert view.running("audiences") and not view.first_sight_shown()
    view._show_audiences(available_audiences(shop, QUICK_KINDS | {"lists"}))
    assert view.first_sight_shown()
    assert wait_for_tasks(60_000)
    assert view.first_sight_shown() and view.audience.findData("list:replenishment_due") >= 0


def test_a_preview_that_cannot_be_made_clears_the_last_one_and_says_why(view, monkeypatch):
    """After a preview, a second one that core refuses (nobody can be mailed) shows core's sentence, no rows of the
    earlier file, and no "press Preview" invitation in the empty table."""
    from core.offers.campaign import EMPTY_AUDIENCE, OfferError
    from desktop.views import offers_view
    view.audience.setCurrentIndex(view.audience.findData("list:winback"))
    view.preview()
    assert wait_for_tasks(60_000)
    assert view.model.rowCount() > 0 and view.save_button.isEnabled()

    def refuse(_db, spec, **_kwargs):
        raise OfferError(EMPTY_AUDIENCE(audience="VIP"))

    monkeypatch.setattr(offers_view, "build_offer", refuse)
    view.preview()
    assert wait_for_tasks(60_000)
    assert view.result is None and view.model.rowCount() == 0 and not view.save_button.isEnabled()
    assert view.summary.text() == str(EMPTY_AUDIENCE(audience="VIP"))
    assert "Preview" not in view.table.empty_text() and "above" in view.table.empty_text()
