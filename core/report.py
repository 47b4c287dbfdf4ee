"""The owner's report: one PDF with the headline figures, the top actions and every chart (matplotlib PdfPages)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import FancyBboxPatch
from matplotlib.textpath import text_to_path

from core.atomic import WriteFailed, atomic_write
from core.charts import CHARTS
from core.charts.common import BLUE, FONT_SIZE
from core.dashboard import Headline, headline_figures, top_actions
from core.errors import ShopkeeperError
from core.messages import MessageTemplate
from core.progress import check_cancelled, never_cancelled, no_progress
from core.report_monthly import monthly_pages
from core.shop_data import ShopData, as_shop_data

A4_LANDSCAPE = (11.69, 8.27)
PAGE_WIDTH_PT, PAGE_HEIGHT_PT = A4_LANDSCAPE[0] * 72, A4_LANDSCAPE[1] * 72

HEADLINE_FIGURES = MessageTemplate("report.progress.headline", "Headline figures")
MONTHLY_PAGE = MessageTemplate("report.progress.monthly", "What changed this month")
CANNOT_WRITE = MessageTemplate("report.error.cannot_write", "Could not write the report to {path}: {reason}.")
# core.atomic's write failures (by key) said of the report: the first {file} becomes "the report {file}".
WRITE_FAILURES = {
    "write.disk_full": MessageTemplate(
        "report.write.disk_full",
        "The disk is full, so the report {file} could not be written; any earlier {file} is unchanged. Free some "
        "space and try again."),
    "write.read_only_folder": MessageTemplate(
        "report.write.read_only_folder",
        "the report {file} could not be written because the folder {folder} is read-only or you may not write "
        "there; choose another folder."),
    "write.no_folder": MessageTemplate(
        "report.write.no_folder", "the report {file} could not be written because the folder {folder} does not exist."),
    "write.failed": MessageTemplate(
        "report.write.failed", "the report {file} could not be written ({reason}); any earlier {file} is unchanged."),
}


class ReportFailed(ShopkeeperError):
    """The report file could not be written."""

    code = "report_failed"


def _width_pt(text: str, size: float) -> float:
    """Return the width in points of ``text`` set in the default font at ``size``."""
    return text_to_path.get_text_width_height_descent(text, FontProperties(size=size), ismath=False)[0]


def _wrap(text: str, size: float, width_pt: float, max_lines: int | None = None) -> list[str]:
    """Return ``text`` broken into lines no wider than ``width_pt`` points at ``size`` (measured, so Cyrillic
    and long Polish words fit as well as English); at most ``max_lines``, the last cut with an ellipsis."""
    lines: list[str] = []
    for word in text.split():
        if lines and _width_pt(f"{lines[-1]} {word}", size) <= width_pt:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and _width_pt(last + "…", size) > width_pt:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _fit_size(text: str, size: float, width_pt: float, smallest: float) -> float:
    """Return the font size, at most ``size`` and at least ``smallest``, at which ``text`` fits ``width_pt``."""
    width = _width_pt(text, size)
    return size if width <= width_pt else max(smallest, size * width_pt / width)


# The front page's words by key, in English; ``write_report(front=...)`` takes translated ones with the same
# {placeholders}.
FRONT_TEXTS = {
    "heading": "How {shop} is doing",
    "period": "Orders from {first} to {last} · currency {currency}",
    "no_orders": "No orders imported yet.",
    "next_steps": "What to do next",
    "footer": "Made by Shopkeeper on {today}. Revenue is sales after discounts and refunds, without shipping and "
              "tax; cancelled orders and returns are left out.",
    "pdf_title": "Owner's report: {shop}",
}


@dataclass
class FrontPage:
    """How the front page speaks: its ``texts`` (keys of FRONT_TEXTS) and the functions that put headlines,
    actions, dates and numbers into the reader's language. The defaults are English."""

    texts: dict = field(default_factory=dict)
    action_texts: dict = field(default_factory=dict)  # keys of core.dashboard.ACTION_TEXTS
    headline_title: Callable[[Headline], str] = lambda headline: headline.title
    value_text: Callable[[Headline, str | None], str] = lambda headline, currency: headline.text
    explanation: Callable[[object], str] = str  # a headline explanation (a core.messages.Message) as text
    date: Callable[[datetime], str] = lambda when: f"{when:%d %b %Y}"
    number: Callable[[int], str] | None = None
    money: Callable[[float, str | None], str] | None = None

    def text(self, key: str, **values) -> str:
        """Return the front-page text ``key`` filled with ``values``."""
        return (self.texts.get(key) or FRONT_TEXTS[key]).format(**values)


def _front_page(shop: ShopData, shop_name: str, front: FrontPage | None = None) -> Figure:
    """Return the first page: shop name, period, headline figures with explanations and the top actions."""
    front = front or FrontPage()
    figure = Figure(figsize=A4_LANDSCAPE, dpi=100)
    orders = shop.orders
    if orders.empty:
        period = front.text("no_orders")
    else:
        period = front.text("period", first=front.date(orders["ordered_at"].min()),
                            last=front.date(orders["ordered_at"].max()), currency=shop.currency or "—")
    figure.text(0.05, 0.93, front.text("heading", shop=shop_name), fontsize=22, fontweight="bold")
    figure.text(0.05, 0.885, period, fontsize=FONT_SIZE + 1, color="#555555")
    headlines = headline_figures(shop)
    columns = 4
    width, height = 0.9 / columns, 0.2
    inner_pt = (width - 0.015 - 0.03) * PAGE_WIDTH_PT  # a little short of the card: rendering runs wider
    for index, headline in enumerate(headlines):
        row, col = divmod(index, columns)
        x, y = 0.05 + col * width, 0.645 - row * (height + 0.025)
        figure.patches.append(
            FancyBboxPatch(
                (x, y), width - 0.015, height, boxstyle="round,pad=0.004,rounding_size=0.01",
                transform=figure.transFigure, facecolor="#f2f7fb", edgecolor="#c6dbef"))
        title = front.headline_title(headline)
        figure.text(x + 0.012, y + height - 0.035, title, color="#333333",
                    fontsize=_fit_size(title, FONT_SIZE, inner_pt, FONT_SIZE - 3))
        value = front.value_text(headline, shop.currency)
        figure.text(x + 0.012, y + height - 0.085, value, fontsize=_fit_size(value, 22, inner_pt, 14),
                    fontweight="bold", color=BLUE)
        explanation = _wrap(front.explanation(headline.explanation), FONT_SIZE - 2, inner_pt, max_lines=5)
        figure.text(x + 0.012, y + 0.012, "\n".join(explanation), fontsize=FONT_SIZE - 2, color="#555555",
                    va="bottom")
    figure.text(0.05, 0.365, front.text("next_steps"), fontsize=FONT_SIZE + 4, fontweight="bold")
    y = 0.33
    line_height = FONT_SIZE * 1.25 / PAGE_HEIGHT_PT
    for action in top_actions(shop, texts=front.action_texts, number=front.number, money=front.money):
        lines = _wrap(action, FONT_SIZE, 0.87 * PAGE_WIDTH_PT)
        figure.text(0.06, y, "•  " + "\n    ".join(lines), fontsize=FONT_SIZE, va="top")
        y -= line_height * len(lines) + 0.014
    figure.text(0.05, 0.02, front.text("footer", today=front.date(datetime.now(timezone.utc))),
                fontsize=FONT_SIZE - 3, color="#888888")
    return figure


def report_pages(shop: ShopData, shop_name: str = "your shop", progress=no_progress, cancelled=never_cancelled,
                 titles: dict | None = None, labels: dict | None = None, front: FrontPage | None = None):
    """Yield the report's pages as Figures: the front page, the monthly page and its movements chart
    (``core.report_monthly``), then one page per chart (A4 landscape width).

    ``titles`` ({chart key: title}) and ``labels`` ({chart key: {label key: text}}) translate the charts,
    ``front`` the front page."""
    steps = len(CHARTS) + 2
    if any(spec.key == "recommendation_evaluation" for spec in CHARTS):
        try:
            shop.evaluation_soon()  # the longest page: worked out while the others are drawn
        except Exception:  # noqa: BLE001 - the page itself says what went wrong when it is drawn
            pass
    progress(0.0, HEADLINE_FIGURES())
    yield _front_page(shop, shop_name, front)
    check_cancelled(cancelled)
    progress(1 / steps, MONTHLY_PAGE())
    yield from monthly_pages(shop, _wrap, A4_LANDSCAPE, (front or FrontPage()).explanation)
    for index, spec in enumerate(CHARTS, start=2):
        check_cancelled(cancelled)
        progress(index / steps, spec.title_message)
        figure = spec.builder(shop, title=(titles or {}).get(spec.key), labels=(labels or {}).get(spec.key))
        figure.set_size_inches(*A4_LANDSCAPE)  # every page the same size, for printing
        yield figure


def write_report(db: sqlite_utils.Database | ShopData, out: str | Path, shop_name: str = "your shop",
                 progress=no_progress, cancelled=never_cancelled, titles: dict | None = None,
                 labels: dict | None = None, front: FrontPage | None = None) -> Path:
    """Write the owner's report PDF to ``out``; returns its path.

    Page 1 holds the headline figures and the top actions; one chart per following page. Charts that cannot
    be drawn yet (empty shop, analysis missing) appear as a short message page. ``titles`` and ``labels``
    translate the charts and ``front`` the front page (see ``report_pages``).
    """
    shop = as_shop_data(db)
    out = Path(out)
    try:
        # all-or-nothing: a kill, a cancel or a full disk part-way leaves an earlier report as it was
        with atomic_write(out, "wb") as handle, PdfPages(handle) as pdf:
            for figure in report_pages(shop, shop_name, progress, cancelled, titles, labels, front):
                pdf.savefig(figure)
            info = pdf.infodict()
            info["Title"] = (front or FrontPage()).text("pdf_title", shop=shop_name)
            info["Creator"] = "Shopkeeper"
    except WriteFailed as exc:
        template = WRITE_FAILURES.get(exc.message.key)
        raise ReportFailed(template(**exc.message.args) if template else exc.message) from exc
    except OSError as exc:
        raise ReportFailed(CANNOT_WRITE(path=str(out), reason=str(exc.strerror or exc))) from exc
    finally:
        shop.stop_background()  # a cancelled or failed report leaves no evaluation running
    progress(1.0, None)
    return out
