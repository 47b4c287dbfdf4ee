"""No customer data in a public snippet, even inside a product name (an engraving note, a gift card "for
jane@…"): such products are left out, and the owner is told which."""

from __future__ import annotations

import pytest

from core.__main__ import main as cli
from core.importers.pipeline import import_file
from core.snippets import build_snippet
from core.store import open_shop

CUSTOMERS = [(f"{100 + i}.0", f"buyer{i}@shop.example", f"Anna{i}", f"Kowalska{i}") for i in range(12)]
CUSTOMERS[0] = ("100.0", "marta.ozola@example.lv", "Marta", "Ozola")
PERSONAL = {"P1": "ENGRAVED MUG FOR MARTA OZOLA", "P2": "GIFT CARD FOR jane@gifts.example"}
PLAIN = {"A1": "RED MUG", "B2": "BLUE MUG", "C3": "TEA TOWEL", "D4": "EGG CUP"}
SECRETS = ["marta ozola", "ozola", "jane@gifts.example", "marta.ozola@example.lv"]


@pytest.fixture
def shop(tmp_path):
    lines = ["Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country,Email,First Name,"
             "Last Name"]
    invoice = 7000
    for n, (cid, email, first, last) in enumerate(CUSTOMERS):
        for k in range(3):
            invoice += 1
            # every basket holds a personal product beside plain ones, so without the filter they would be
            # best sellers and each other's "also bought"
            for code in ("P1", "A1", "B2") if (n + k) % 2 else ("P2", "C3", "A1", "D4"):
                name = {**PERSONAL, **PLAIN}[code]
                lines.append(f"{invoice},{code},{name},1,2024-0{k + 1}-1{n % 9} 10:00:00,5.00,{cid},Poland,{email},"
                             f"{first},{last}")
    export = tmp_path / "orders.csv"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = open_shop(tmp_path / "s.shop.db")
    import_file(db, export)
    yield db
    db.conn.close()


@pytest.mark.parametrize("kind", ["also-bought", "also-bought-liquid", "woocommerce", "bestsellers"])
def test_products_naming_customers_are_left_out_and_named_in_a_note(shop, kind):
    snippet = build_snippet(shop, kind, top_n=10)
    text = snippet.text.casefold()
    assert [s for s in SECRETS if s in text] == []
    assert "red mug" in text  # the rest of the catalogue is still there
    notes = " ".join(str(note) for note in snippet.notes)
    for name in PERSONAL.values():
        assert name in notes
    assert "2 product(s)" in notes


def test_cli_prints_the_note(shop, tmp_path, capsys):
    out = tmp_path / "bestsellers.html"
    path = shop.conn.execute("PRAGMA database_list").fetchone()[2]
    assert cli(["snippet", "--db", path, "--kind", "bestsellers", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert PERSONAL["P1"] in printed and PERSONAL["P2"] in printed
    assert [s for s in SECRETS if s in out.read_text(encoding="utf-8").casefold()] == []
