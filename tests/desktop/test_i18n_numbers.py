"""Editable number lists (score cut-offs) in the local way: decimal comma in Polish, Latvian and Russian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop.i18n import format_number_list, parse_number_list

POLISH = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_format_uses_the_local_decimal_mark():
    values = [7, 30.5, 90, 1500.25]
    assert format_number_list(values, locale=POLISH) == "7; 30,5; 90; 1500,25"
    assert format_number_list(values, locale=RUSSIAN) == "7; 30,5; 90; 1500,25"
    assert format_number_list(values, locale=ENGLISH) == "7; 30.5; 90; 1500.25"


@pytest.mark.parametrize("locale", [POLISH, RUSSIAN, ENGLISH])
def test_what_is_shown_reads_back(locale):
    values = [2.0, 3.5, 12.0, 1234.75]
    assert parse_number_list(format_number_list(values, locale=locale), 4, locale) == values


def test_parse_accepts_either_decimal_mark_and_spaces():
    assert parse_number_list("7; 30,5; 1 500; 90.5", 4, POLISH) == [7, 30.5, 1500, 90.5]
    assert parse_number_list("7, 30.5, 90, 180", 4, ENGLISH) == [7, 30.5, 90, 180]  # the old comma list
    assert parse_number_list("7; 30,5; 90; 180", 4, ENGLISH) == [7, 30.5, 90, 180]


def test_parse_refuses_wrong_input():
    assert parse_number_list("7; abc; 90; 180", 4, POLISH) is None
    assert parse_number_list("7; 30; 90", 4, POLISH) is None
    assert parse_number_list("7,5", 4, ENGLISH) is None
