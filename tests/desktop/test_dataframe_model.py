"""The DataFrame table model: labels, hidden columns, sorting by raw values with missing values."""

import pandas as pd
from PySide6.QtCore import Qt

from desktop.models.dataframe_model import DataFrameModel, FrameSortProxy


def test_sorts_nullable_columns_by_value_with_missing_last(qtbot):
    frame = pd.DataFrame({
        "name": pd.array(["b", "a", None, "c"], dtype="string"),
        "spent": pd.array([10.5, None, 1200.0, 99.0], dtype="Float64"),
        "orders": pd.array([3, 1, None, 12], dtype="Int64"),
        "secret": [1, 2, 3, 4],
    })
    model = DataFrameModel()
    model.set_frame(frame, {"name": "Customer", "spent": "Spent", "orders": "Orders"})
    assert model.columnCount() == 3 and model.column_index("secret") == -1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Spent"
    proxy = FrameSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.column_index("orders"), Qt.SortOrder.DescendingOrder)
    shown = [proxy.index(r, model.column_index("orders")).data() for r in range(4)]
    assert shown == ["12", "3", "1", ""]
    proxy.sort(model.column_index("spent"), Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, model.column_index("spent")).data() == "1,200.00"
    proxy.setFilterFixedString("c")
    assert proxy.rowCount() == 1


def test_numbers_and_dates_follow_the_ui_language(qapp):
    from desktop import i18n
    from desktop.models.dataframe_model import DataFrameModel

    frame = pd.DataFrame({"spent": [1234.5], "orders": [1387], "when": [pd.Timestamp("2025-03-12")]})
    model = DataFrameModel()
    model.set_frame(frame)
    i18n.install_translator(qapp, "en")  # as the app does at start
    english = [model.data(model.index(0, c)) for c in range(3)]
    assert english[:2] == ["1,234.50", "1,387"]
    # a local date, not an ISO stamp: 12/03/2025 (or 03/12/2025 where the computer says so)
    assert english[2] in ("12/03/2025", "03/12/2025"), english[2]
    try:
        i18n.install_translator(qapp, "pl")
        polish = [model.data(model.index(0, c)) for c in range(3)]
    finally:
        i18n.install_translator(qapp, "en")
    assert polish[0].replace("\u00a0", " ") == "1 234,50"
    assert polish[1].replace("\u00a0", " ") == "1 387"
    assert polish[2] == "12.03.2025"


def test_long_texts_show_whole_on_hover(qapp):
    from desktop.models.dataframe_model import DataFrameModel

    reason = "bought together in 108 of 249 orders that contain ROUND SNACK BOXES; 3.8× more often than by chance"
    model = DataFrameModel()
    model.set_frame(pd.DataFrame({"product": ["MUG"], "reason": [reason]}))
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == reason
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
