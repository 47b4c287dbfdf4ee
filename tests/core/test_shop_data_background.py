"""ShopData.evaluation_soon works the evaluation out on a thread of its own (the report draws its other pages
meanwhile): the result is the one evaluation() gives directly, and a shop too young for it says so the same way."""

from __future__ import annotations

import pandas as pd
import pytest

from core.shop_data import NotEnoughHistory, ShopData
from core.store import open_memory_shop


def test_background_evaluation_equals_the_direct_one(demo_db):
    direct = ShopData(demo_db).evaluation()
    early = ShopData(demo_db)
    early.evaluation_soon()
    early.evaluation_soon()  # asking twice starts one piece of work
    assert len(early._background) == 1
    pd.testing.assert_frame_equal(early.evaluation(), direct)
    assert early.evaluation().attrs == direct.attrs and not early._background


def test_too_little_history_is_said_the_same_way(tiny_shop_csv):
    from core.importers.pipeline import import_file
    db = open_memory_shop()
    import_file(db, tiny_shop_csv)
    with pytest.raises(NotEnoughHistory) as direct:
        ShopData(db).evaluation()
    early = ShopData(db)
    early.evaluation_soon()
    with pytest.raises(NotEnoughHistory) as background:
        early.evaluation()
    assert background.value.sentence == direct.value.sentence
