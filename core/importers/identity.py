"""Whether a file's customer ids can be trusted to tell people apart.

A customer export opened and re-saved in a spreadsheet loses the tail of long ids: ``7071428329643`` becomes
``7.07142E+12`` or ``7071420000000``, and three different people share one id. Merging by such an id hands one
person's data to another. Ids are trusted only when they look intact; otherwise the whole file is matched by
e-mail (and phone) instead, and the owner is told why.
"""

from __future__ import annotations

import pandas as pd

from core.messages import Message, MessageTemplate

SCIENTIFIC = r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$"
LONG_ID_DIGITS = 10
ROUNDED_TAIL = "0000"
SCIENTIFIC_IDS = MessageTemplate("import.identity.scientific", "customer ids were rounded by a spreadsheet (scientific "
                                 "notation such as 7.07142E+12)")
ROUNDED_IDS = MessageTemplate("import.identity.rounded", "customer ids were rounded by a spreadsheet (long ids "
                              "ending in zeros)")
SHARED_IDS = MessageTemplate("import.identity.shared", "one customer id belongs to people with different e-mails")


def damaged_id_reason(frame: pd.DataFrame, one_row_per_customer: bool) -> Message | None:
    """Return why the ``customer_external_id`` column of canonical rows looks damaged, or None if it looks intact.

    Damage: an id in scientific notation; two or more long ids ending in four zeros (a spreadsheet's rounding;
    intact 13-digit ids end so once in 10,000); one id carrying several different e-mails (two in a customer
    list, where each row is one person; three in an order file, where a person may change address).
    """
    ids = frame["customer_external_id"].astype("string").str.strip()
    present = ids.dropna()
    if present.empty:
        return None
    if present.str.fullmatch(SCIENTIFIC).any():
        return SCIENTIFIC_IDS()
    digits = present[present.str.fullmatch(r"\d+").fillna(False)]
    long_ids = digits[digits.str.len() >= LONG_ID_DIGITS].drop_duplicates()
    if long_ids.str.endswith(ROUNDED_TAIL).sum() >= 2:
        return ROUNDED_IDS()
    emails = frame["customer_email"].astype("string")
    both = pd.DataFrame({"id": ids, "email": emails}).dropna()
    if len(both):
        per_id = both.drop_duplicates().groupby("id")["email"].size()
        if (per_id >= (2 if one_row_per_customer else 3)).any():
            return SHARED_IDS()
    return None
