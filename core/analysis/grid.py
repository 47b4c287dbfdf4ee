"""The recency × frequency grid's cells: which customers sit in one cell.

One function for every caller (``python -m core segments --customers R,F`` and the Customers screen's grid), so
a cell means the same everywhere.
"""

from __future__ import annotations

import pandas as pd

from core.errors import ShopkeeperError
from core.messages import MessageTemplate

NOT_A_CELL = MessageTemplate(
    "grid.error.not_a_cell",
    "A grid cell is two scores from 1 to 5 (recency, frequency); {recency},{frequency} is not one.")

SCORES = range(1, 6)


def customers_in_cell(scores: pd.DataFrame, r_score: int, f_score: int) -> pd.DataFrame:
    """Return the rows of ``scores`` (a segment table with ``r_score`` and ``f_score``, e.g.
    ``core.analysis.segments.segment_table``) in grid cell R``r_score`` F``f_score``, in the table's order.

    Raises ShopkeeperError when a score is not 1 to 5.
    """
    r_score, f_score = int(r_score), int(f_score)
    if r_score not in SCORES or f_score not in SCORES:
        raise ShopkeeperError(NOT_A_CELL(recency=str(r_score), frequency=str(f_score)))
    return scores[(scores["r_score"] == r_score) & (scores["f_score"] == f_score)]
