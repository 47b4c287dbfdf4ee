"""Charts and the owner's report as PDF: text copied out of them keeps Polish and Russian letters."""

from __future__ import annotations

import io

import pytest

from core.charts import chart_spec
from core.charts.common import new_figure
from core.report import write_report
from core.shop_data import ShopData
from tests.core.charts.pdf_text import pdf_text

POLISH = "Zażółć gęślą jaźń: przychód 1 234,50 zł"
RUSSIAN = "Съешь же ещё этих мягких французских булок"


def _figure_pdf(*texts: str) -> bytes:
    figure = new_figure((6, 3))
    for index, text in enumerate(texts):
        figure.text(0.05, 0.2 + 0.3 * index, text, fontweight="bold" if index % 2 else "normal")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    return buffer.getvalue()


def test_chart_pdf_text_keeps_polish_and_russian_letters():
    data = _figure_pdf(POLISH, RUSSIAN)
    assert b"/ToUnicode" in data and b"/Type3" not in data  # TrueType with a Unicode map, not Type 3 glyphs
    assert b"DejaVuSans" in data
    lines = pdf_text(data).splitlines()
    assert POLISH in lines and RUSSIAN in lines


def test_the_check_fails_without_the_unicode_map():
    data = _figure_pdf(POLISH, RUSSIAN).replace(b"/ToUnicode", b"/NoUnicode")  # same length, map unreachable
    text = pdf_text(data)
    assert POLISH not in text and RUSSIAN not in text


def test_a_shop_chart_saved_as_pdf_has_its_translated_title(demo_db):
    figure = chart_spec("revenue_by_month").builder(ShopData(demo_db), title="Выручка и заказы по месяцам")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    assert "Выручка и заказы по месяцам" in pdf_text(buffer.getvalue())


@pytest.mark.slow
def test_report_pdf_text_is_copyable_in_polish_and_russian(demo_db, tmp_path):
    titles = {"revenue_by_month": "Przychód i zamówienia według miesięcy", "segments": "Сегменты покупателей"}
    out = write_report(demo_db, tmp_path / "raport.pdf", shop_name="Sklep Łódź", titles=titles)
    text = pdf_text(out.read_bytes())
    for expected in titles.values():
        assert expected in text
    assert "Sklep Łódź" in text
