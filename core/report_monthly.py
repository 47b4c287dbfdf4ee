"""The owner's report's monthly page (issue 19): campaign results, segment movements over the last month and the
first-product insight, then the movements chart on a page of its own.

Every text is a keyed Message; the report's ``FrontPage.explanation`` (the desktop's ``translate_text``) turns each
into the reader's language, so the page follows the UI language like the front page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from matplotlib.figure import Figure

from core.analysis.first_purchase import product_insight, repeat_by_first_product
from core.analysis.movements import Movements, last_month, movements, segment_text
from core.campaigns.results import campaign_results
from core.charts.common import FONT_SIZE
from core.charts.movements import MOVEMENT_TEXTS, movements_chart
from core.messages import Message, MessageTemplate, count, day, percent
from core.shop_data import ShopData

MAX_CAMPAIGNS = 3
MAX_MOVES = 6
MAX_PRODUCTS = 5

HEADING = MessageTemplate("report.monthly.heading", "What changed from {start} to {end}")
CAMPAIGNS = MessageTemplate("report.monthly.campaigns", "Campaign results")
NO_CAMPAIGNS = MessageTemplate("report.monthly.no_campaigns",
                               "No campaign recorded yet: save an offer file with a control group to see here whether "
                               "it worked.")
CAMPAIGN_LINE = MessageTemplate("report.monthly.campaign", "{name} (sent {sent}): {verdict}")
CAMPAIGN_PENDING = MessageTemplate("report.monthly.campaign_pending", "{name} (sent {sent}): no result yet.")
MOVES = MessageTemplate("report.monthly.movements", "Segment movements")
NO_MOVES = MessageTemplate("report.monthly.no_movements", "No customer changed segment in this month.")
FIRST_PRODUCTS = MessageTemplate("report.monthly.first_products", "Which first purchase brings customers back")
NO_FIRST_PRODUCTS = MessageTemplate(
    "report.monthly.no_first_products",
    "Not enough first orders yet: a product needs at least 10 first buyers to compare.")
PRODUCT_LINE = MessageTemplate("report.monthly.product",
                               "{product}: {rate} of {customers} first buyers came back (shop: {shop_rate})")


@dataclass
class MonthlyContent:
    """What the monthly page says: the period, campaign lines, movement sentences, first-product lines, and the
    Movements (for the chart page)."""

    start: object
    end: object
    campaigns: list[Message] = field(default_factory=list)
    moves: list[Message] = field(default_factory=list)
    products: list[Message] = field(default_factory=list)
    insight: Message | None = None
    movements: Movements | None = None


def monthly_content(shop: ShopData) -> MonthlyContent:
    """Return the monthly page's content for ``shop``: the month before its last order."""
    start, end = last_month(shop.db)
    content = MonthlyContent(start, end)
    for result in campaign_results(shop.db)[:MAX_CAMPAIGNS]:
        sent = day(date.fromisoformat(str(result.sent_at)[:10]))
        content.campaigns.append(CAMPAIGN_LINE(name=result.name, sent=sent, verdict=result.verdict)
                                 if result.verdict is not None else CAMPAIGN_PENDING(name=result.name, sent=sent))
    content.movements = movements(shop.db, start, end)
    content.moves = content.movements.sentences(MAX_MOVES)
    table = shop.cached("repeat_by_first_product",
                        lambda: repeat_by_first_product(shop.db, orders=shop.orders, lines=shop.lines))
    content.insight = product_insight(table)
    for row in table.head(MAX_PRODUCTS).itertuples():
        content.products.append(PRODUCT_LINE(product=str(row.product_name), rate=percent(row.repeat_rate),
                                             customers=count(row.first_buyers), shop_rate=percent(row.shop_rate)))
    return content


def monthly_pages(shop: ShopData, wrap, size: tuple[float, float], translate=str) -> list[Figure]:
    """Return the monthly page and the movements chart page as Figures of ``size`` inches; ``wrap(text, size,
    width_pt)`` breaks lines (the report's own), ``translate`` turns a Message into the reader's text."""
    content = monthly_content(shop)
    figure = Figure(figsize=size, dpi=100)
    width_pt = 0.88 * size[0] * 72
    line_height = FONT_SIZE * 1.3 / (size[1] * 72)
    figure.text(0.05, 0.93, translate(HEADING(start=day(content.start), end=day(content.end))), fontsize=20,
                fontweight="bold")
    y = 0.86
    sections = [(CAMPAIGNS(), content.campaigns, NO_CAMPAIGNS()),
                (MOVES(), content.moves, NO_MOVES()),
                (FIRST_PRODUCTS(), ([content.insight] if content.insight is not None else []) + content.products,
                 NO_FIRST_PRODUCTS())]
    for heading, lines, empty in sections:
        figure.text(0.05, y, translate(heading), fontsize=FONT_SIZE + 4, fontweight="bold")
        y -= line_height * 1.6
        for line in lines or [empty]:
            if y < 0.08:  # the page is full; the CLI and the screens list everything
                break
            wrapped = wrap(translate(line), FONT_SIZE, width_pt)
            figure.text(0.06, y, "•  " + "\n    ".join(wrapped), fontsize=FONT_SIZE, va="top")
            y -= line_height * len(wrapped) + 0.012
        y -= 0.03
    labels = {key: translate(template()) for key, template in MOVEMENT_TEXTS.items()}
    names = {key: translate(segment_text(key, content.movements.scheme))
             for key in ["new"] + content.movements.segment_order}
    chart = movements_chart(content.movements, labels=labels, names=names)
    chart.set_size_inches(*size)
    return [figure, chart]
