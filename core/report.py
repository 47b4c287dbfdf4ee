"""The owner's report: one PDF with the headline figures, the top actions and every chart (matplotlib PdfPages)."""

from __future__ import annotations

import textwrap
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from core.charts import CHARTS
from core.charts.common import BLUE, FONT_SIZE
from core.charts.sources import ShopData, as_shop_data
from core.dashboard import headline_figures, top_actions
from core.errors import ShopkeeperError
from core.progress import check_cancelled, never_cancelled, no_progress

A4_LANDSCAPE = (11.69, 8.27)


class ReportFailed(ShopkeeperError):
    """The report file could not be written."""

    code = "report_failed"


def _card_text(explanation: str, width: int = 35, lines: int = 4) -> str:
    """Return ``explanation`` wrapped for a headline card: at most ``lines`` lines, an ellipsis when cut."""
    wrapped = textwrap.wrap(explanation, width)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return "\n".join(wrapped)


def _front_page(shop: ShopData, shop_name: str) -> Figure:
    """Return the first page: shop name, period, headline figures with explanations and the top actions."""
    figure = Figure(figsize=A4_LANDSCAPE, dpi=100)
    orders = shop.orders
    period = ""
    if not orders.empty:
        period = (f"Orders from {orders['ordered_at'].min():%d %b %Y} to {orders['ordered_at'].max():%d %b %Y}"
                  f" · currency {shop.currency or '—'}")
    figure.text(0.05, 0.93, f"How {shop_name} is doing", fontsize=22, fontweight="bold")
    figure.text(0.05, 0.885, period or "No orders imported yet.", fontsize=FONT_SIZE + 1, color="#555555")
    headlines = headline_figures(shop)
    columns = 4
    width, height = 0.9 / columns, 0.19
    for index, headline in enumerate(headlines):
        row, col = divmod(index, columns)
        x, y = 0.05 + col * width, 0.66 - row * (height + 0.03)
        figure.patches.append(
            FancyBboxPatch(
                (x, y), width - 0.015, height, boxstyle="round,pad=0.004,rounding_size=0.01",
                transform=figure.transFigure, facecolor="#f2f7fb", edgecolor="#c6dbef"))
        figure.text(x + 0.012, y + height - 0.035, headline.title, fontsize=FONT_SIZE, color="#333333")
        figure.text(x + 0.012, y + height - 0.09, headline.text, fontsize=22, fontweight="bold", color=BLUE)
        figure.text(x + 0.012, y + 0.012, _card_text(headline.explanation),
                    fontsize=FONT_SIZE - 2, color="#555555", va="bottom")
    figure.text(0.05, 0.38, "What to do next", fontsize=FONT_SIZE + 4, fontweight="bold")
    y = 0.34
    for action in top_actions(shop):
        lines = textwrap.wrap(action, 130)
        figure.text(0.06, y, "•  " + "\n    ".join(lines), fontsize=FONT_SIZE, va="top")
        y -= 0.03 * len(lines) + 0.015
    figure.text(0.05, 0.02, f"Made by Shopkeeper on {datetime.now(timezone.utc):%d %b %Y}. Revenue counts paid "
                "orders without cancellations, returns or postage in products.", fontsize=FONT_SIZE - 3,
                color="#888888")
    return figure


def report_pages(shop: ShopData, shop_name: str = "your shop", progress=no_progress, cancelled=never_cancelled,
                 titles: dict | None = None, labels: dict | None = None):
    """Yield the report's pages as Figures: the front page, then one page per chart (A4 landscape width).

    ``titles`` ({chart key: title}) and ``labels`` ({chart key: {label key: text}}) translate the charts."""
    steps = len(CHARTS) + 1
    progress(0.0, "Headline figures")
    yield _front_page(shop, shop_name)
    for index, spec in enumerate(CHARTS, start=1):
        check_cancelled(cancelled)
        progress(index / steps, spec.title)
        figure = spec.builder(shop, title=(titles or {}).get(spec.key), labels=(labels or {}).get(spec.key))
        figure.set_size_inches(*A4_LANDSCAPE)  # every page the same size, for printing
        yield figure


def write_report(db: sqlite_utils.Database | ShopData, out: str | Path, shop_name: str = "your shop",
                 progress=no_progress, cancelled=never_cancelled, titles: dict | None = None,
                 labels: dict | None = None) -> Path:
    """Write the owner's report PDF to ``out``; returns its path.

    Page 1 holds the headline figures and the top actions; one chart per following page. Charts that cannot
    be drawn yet (empty shop, analysis missing) appear as a short message page. ``titles`` and ``labels``
    translate the charts (see ``report_pages``).
    """
    shop = as_shop_data(db)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with PdfPages(out) as pdf:
            for figure in report_pages(shop, shop_name, progress, cancelled, titles, labels):
                pdf.savefig(figure)
            info = pdf.infodict()
            info["Title"] = f"Owner's report: {shop_name}"
            info["Creator"] = "Shopkeeper"
    except OSError as exc:
        raise ReportFailed(f"Could not write the report to {out}: {exc.strerror or exc}.") from exc
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    progress(1.0, None)
    return out
