"""The generic mapping on real-shaped files in Polish, Latvian and Russian: the command line guesses the columns
exactly as the wizard does (one core function), imports with no flags, carries order values written on an order's
first row only, takes the currency from the file's language, saves the mapping for the next file of that layout,
and names the fields and the --map it needs when it cannot place them. Figures are computed with pandas."""

import json

import pandas as pd
import pytest

from core.__main__ import main
from core.data import load_orders
from core.importers.batch import import_batch
from core.importers.generic import mapping_setting_key
from core.importers.pipeline import inspect_file
from core.store import get_setting, open_shop

# (language, encoding, header: order, date, e-mail, product, quantity, price; the currency its language implies)
LANGUAGES = [
    ("pl", "cp1250", ["Numer zamówienia", "Data zamówienia", "Adres e-mail", "Nazwa produktu", "Ilość", "Cena"],
     "PLN"),
    ("lv", "cp1257", ["Pasūtījuma numurs", "Datums", "E-pasts", "Prece", "Daudzums", "Cena"], "EUR"),
    ("ru", "cp1251", ["Номер заказа", "Дата", "Почта", "Товар", "Количество", "Цена"], "RUB"),
]
PRODUCTS = {"pl": ["Żółta lampka", "Kubek ręcznie malowany", "Świeca sojowa"],
            "lv": ["Dzintara krelles", "Linu dvielis", "Māla krūze"],
            "ru": ["Чай зелёный", "Мёд липовый", "Кружка"]}


def language_file(path, language, encoding, header, first_row_only=True):
    """Write a ';' file with decimal commas and dd.mm.yyyy dates; date and e-mail on each order's first row only."""
    names = PRODUCTS[language]
    rows = []
    orders = [("Z-101", "03.02.2025", "ala@example.com", [(names[0], 2, "12,50"), (names[1], 1, "30,00")]),
              ("Z-102", "15.02.2025", "ola@example.com", [(names[2], 3, "9,99")]),
              ("Z-103", "21.02.2025", "ala@example.com", [(names[1], 1, "30,00"), (names[2], 1, "9,99"),
                                                         (names[0], 4, "12,50")])]
    for order, day, email, items in orders:
        for number, (product, qty, price) in enumerate(items):
            first = number == 0 or not first_row_only
            rows.append([order, day if first else "", email if first else "", product, str(qty), price])
    frame = pd.DataFrame(rows, columns=header)
    frame.to_csv(path, sep=";", index=False, encoding=encoding)
    return frame


def expected_revenue(frame: pd.DataFrame) -> pd.Series:
    order, qty, price = frame.columns[0], frame.columns[4], frame.columns[5]
    value = pd.to_numeric(frame[qty]) * pd.to_numeric(frame[price].str.replace(",", "."))
    return value.groupby(frame[order]).sum().sort_index()


@pytest.mark.parametrize("language, encoding, header, currency", LANGUAGES)
def test_command_line_imports_with_no_flags(tmp_path, capsys, language, encoding, header, currency):
    path = tmp_path / f"sprzedaz_{language}.csv"
    frame = language_file(path, language, encoding, header)
    db_path = tmp_path / "shop.db"
    assert main(["import", str(path), "--db", str(db_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["format_key"], out["rows_skipped"]) == ("generic", 0)  # no row lost for its empty date
    assert (out["orders_added"], out["lines_added"]) == (frame[header[0]].nunique(), len(frame))
    db = open_shop(db_path)
    got = load_orders(db).set_index("order_ref")["revenue"].sort_index()
    want = expected_revenue(frame)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    assert {r[0] for r in db.execute("SELECT DISTINCT currency FROM orders")} == {currency}
    # the mapping the command line used is the wizard's guess, saved under the header's hash
    saved = get_setting(db, mapping_setting_key(list(frame.columns)))
    assert saved == inspect_file(path).suggested_mapping
    assert saved["quantity"] == header[4] and saved["price"] == header[5]


def test_an_unplaced_column_is_named_with_its_map(tmp_path, capsys):
    path = tmp_path / "export.csv"
    pd.DataFrame({"Ref": ["A1"], "When": ["2025-01-02"], "Thing": ["Mug"], "Cost": ["3.50"]}).to_csv(path,
                                                                                                    index=False)
    assert main(["import", str(path), "--db", str(tmp_path / "shop.db")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "Columns not placed: date, order_id, product_name, price" in err
    assert "--map date=COLUMN --map order_id=COLUMN --map product_name=COLUMN --map price=COLUMN" in err


def test_a_file_without_currency_evidence_asks_for_it(tmp_path, capsys):
    path = tmp_path / "sales.csv"
    pd.DataFrame({"Order": ["A1"], "Date": ["2025-01-02"], "Email": ["a@example.com"], "Product": ["Mug"],
                  "Quantity": ["1"], "Price": ["3.50"]}).to_csv(path, index=False)
    db = tmp_path / "shop.db"
    assert main(["import", str(path), "--db", str(db)]) == 1
    assert "--currency" in capsys.readouterr().err  # never silently EUR
    assert main(["import", str(path), "--db", str(db), "--currency", "GBP", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["lines_added"] == 1


def test_order_totals_only_file(fresh_db, tmp_path):
    path = tmp_path / "zamowienia.csv"
    frame = pd.DataFrame({"Numer zamówienia": ["1", "2", "3"], "Data": ["01.03.2025", "02.03.2025", "05.03.2025"],
                          "E-mail": ["a@example.pl", "b@example.pl", "a@example.pl"],
                          "Wartość zamówienia": ["120,00", "35,50", "80,25"], "Zwrot": ["0,00", "0,00", "10,25"],
                          "Status": ["Dostarczone", "Anulowane", "Dostarczone"]})
    frame.to_csv(path, sep=";", index=False, encoding="cp1250")
    info = inspect_file(path)
    assert info.suggested_mapping["order_total"] == "Wartość zamówienia"
    assert info.suggested_mapping["refund_amount"] == "Zwrot" and not info.unplaced
    result = import_batch(fresh_db, [path])
    counted = frame["Status"] != "Anulowane"
    money = lambda col: pd.to_numeric(frame[col].str.replace(",", "."))  # noqa: E731
    want = (money("Wartość zamówienia") - money("Zwrot"))[counted].sum()
    assert load_orders(fresh_db)["revenue"].sum() == pytest.approx(want)
    assert fresh_db.execute("SELECT COUNT(*) FROM orders WHERE lines_known = 0").fetchone()[0] == len(frame)
    assert result.products_note


def test_product_url_and_discount_from_a_generic_file(fresh_db, tmp_path):
    path = tmp_path / "sales.csv"
    frame = pd.DataFrame({"Order number": ["A1", "A1", "A2"], "Date": ["2025-01-02", "", "2025-01-03"],
                          "Email": ["a@example.de", "", "b@example.de"], "Product": ["Mug", "Plate", "Mug"],
                          "Quantity": ["2", "1", "1"], "Price": ["5.00", "12.00", "5.00"],
                          "Discount": ["2.20", "", "0"], "Product URL": ["https://shop.example/mug",
                                                                         "https://shop.example/plate",
                                                                         "https://shop.example/mug"]})
    frame.to_csv(path, index=False)
    import_batch(fresh_db, [path])
    urls = dict(fresh_db.execute("SELECT name, url FROM products"))
    assert urls == dict(zip(frame["Product"], frame["Product URL"]))
    gross = (pd.to_numeric(frame["Quantity"]) * pd.to_numeric(frame["Price"])).groupby(frame["Order number"]).sum()
    discount = pd.to_numeric(frame["Discount"].replace("", None)).groupby(frame["Order number"]).first()
    assert load_orders(fresh_db)["revenue"].sum() == pytest.approx((gross - discount).sum())


@pytest.mark.parametrize("language, encoding, header, currency", LANGUAGES)
def test_legacy_generic_file_matches_its_utf8_twin(tmp_path, language, encoding, header, currency):
    from core.store import open_memory_shop
    from tests.core.importers.test_legacy_encodings import figures
    shops = []
    for name, enc in (("twin.csv", "utf-8"), ("legacy.csv", encoding)):
        path = tmp_path / name
        language_file(path, language, enc, header)
        db = open_memory_shop()
        import_batch(db, [path])
        shops.append(figures(db))
    assert shops[0] == shops[1] and shops[0]["currencies"] == [currency]


def test_the_files_currency_column_wins(tmp_path, capsys):
    path = tmp_path / "sales.csv"
    frame = pd.DataFrame({"Order": ["A1", "A2"], "Date": ["2025-01-02", "2025-01-03"],
                          "Email": ["a@example.com", "b@example.com"], "Product": ["Mug", "Cup"],
                          "Quantity": ["1", "2"], "Price": ["35.00", "20.00"], "Currency": ["sek", "SEK"]})
    frame.to_csv(path, index=False)
    db_path = tmp_path / "shop.db"
    assert main(["import", str(path), "--db", str(db_path), "--json"]) == 0  # no --currency needed
    db = open_shop(db_path)
    assert {r[0] for r in db.execute("SELECT DISTINCT currency FROM orders")} == {"SEK"}
