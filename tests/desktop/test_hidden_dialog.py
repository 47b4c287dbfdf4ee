"""The "Hidden from suggestions" dialog: hidden products and pairs can be shown again, whole categories hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.analysis import merchandising as merch
from core.importers.pipeline import import_file
from desktop.widgets.hidden_dialog import HiddenDialog


def _shop(fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    ids = [row[0] for row in fresh_db.execute("SELECT id FROM products ORDER BY id").fetchall()]
    fresh_db.execute("UPDATE products SET category = 'Kitchen' WHERE id = ?", [ids[0]])
    fresh_db.execute("UPDATE products SET category = 'Garden' WHERE id = ?", [ids[1]])
    fresh_db.conn.commit()
    return ids


def test_show_again_undoes_the_ticked_bans_only(qtbot, fresh_db, tiny_shop_csv):
    ids = _shop(fresh_db, tiny_shop_csv)
    merch.ban_product(fresh_db, ids[0])
    merch.ban_product(fresh_db, ids[1])
    merch.ban_pair(fresh_db, ids[0], ids[2])
    dialog = HiddenDialog(fresh_db)
    qtbot.addWidget(dialog)
    names = merch.product_names(fresh_db, ids)
    texts = [dialog.hidden.item(row).text() for row in range(dialog.hidden.count())]
    assert len(texts) == 3 and any(names[ids[0]] in t and names[ids[2]] in t for t in texts)
    for row in range(dialog.hidden.count()):
        key = dialog.hidden.item(row).data(Qt.ItemDataRole.UserRole)
        if key in (("product", ids[1]), ("pair", min(ids[0], ids[2]), max(ids[0], ids[2]))):
            dialog.hidden.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.show_again.click()
    bans = merch.bans(fresh_db)
    assert bans["products"] == {ids[0]} and bans["pairs"] == set()
    assert dialog.hidden.count() == 1


def test_categories_ticked_are_never_suggested(qtbot, fresh_db, tiny_shop_csv):
    _shop(fresh_db, tiny_shop_csv)
    dialog = HiddenDialog(fresh_db)
    qtbot.addWidget(dialog)
    assert [dialog.categories.item(r).text() for r in range(dialog.categories.count())] == ["Garden", "Kitchen"]
    assert dialog.no_categories.isHidden()
    dialog.categories.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert merch.category_filter(fresh_db)["exclude"] == ["Garden"]
    again = HiddenDialog(fresh_db)
    qtbot.addWidget(again)
    assert again.categories.item(0).checkState() == Qt.CheckState.Checked


def test_a_shop_without_categories_says_so(qtbot, fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    dialog = HiddenDialog(fresh_db)
    qtbot.addWidget(dialog)
    assert dialog.categories.isHidden() and not dialog.no_categories.isHidden()
    assert not dialog.show_again.isEnabled()
