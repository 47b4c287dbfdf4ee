"""Shared pieces of every chart: a fresh Figure (never pyplot state), money formatting, message figures.

Charts are built on ``matplotlib.figure.Figure`` directly so they work without any GUI backend: the CLI and
the report save them, the desktop puts them on a ``FigureCanvasQTAgg``.
"""

from __future__ import annotations

import contextvars
import numbers
import string
import textwrap
from contextlib import contextmanager
from dataclasses import dataclass

import matplotlib
import matplotlib.ticker as mticker
from matplotlib.figure import Figure
from matplotlib.text import Text

# PDFs (the owner's report, charts saved as .pdf) embed DejaVu Sans as TrueType with a Unicode map, so text copied
# out of them keeps its Polish and Russian letters (matplotlib's default Type 3 fonts lose them).
matplotlib.rcParams["pdf.fonttype"] = 42
matplotlib.rcParams["ps.fonttype"] = 42
matplotlib.rcParams["font.family"] = "sans-serif"
matplotlib.rcParams["font.sans-serif"] = ["DejaVu Sans"] + [
    name for name in matplotlib.rcParams["font.sans-serif"] if name != "DejaVu Sans"]

# A calm, colour-blind-friendly palette (Okabe-Ito), used by every chart.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILION = "#D55E00"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
GREY = "#999999"
YELLOW = "#F0E442"
PALETTE = [BLUE, ORANGE, GREEN, VERMILION, SKY, PURPLE, YELLOW, GREY]

DEFAULT_SIZE = (9.0, 5.0)
FONT_SIZE = 10.5

_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "PLN": "zł", "JPY": "¥", "CHF": "CHF", "BRL": "R$",
            "RUB": "₽", "CZK": "Kč", "SEK": "kr", "NOK": "kr", "DKK": "kr", "CAD": "C$", "AUD": "A$",
            "HUF": "Ft", "INR": "₹"}
_SUFFIX = {"PLN", "CZK", "SEK", "NOK", "DKK", "HUF", "CHF"}


def new_figure(size: tuple[float, float] = DEFAULT_SIZE) -> Figure:
    """Return an empty Figure of ``size`` inches with the charts' common look (no pyplot involved)."""
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.set_facecolor("white")
    return figure


def style_axes(ax) -> None:
    """Give ``ax`` the common look: no top/right frame, light grid behind the data; returns None."""
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.set_axisbelow(True)
    ax.tick_params(labelsize=FONT_SIZE - 1)
    ax.xaxis.label.set_size(FONT_SIZE)
    ax.yaxis.label.set_size(FONT_SIZE)


def set_title(figure_or_ax, title: str) -> None:
    """Set a chart title in plain words, bold and readable; returns None."""
    if isinstance(figure_or_ax, Figure):
        figure_or_ax.suptitle(title, fontsize=FONT_SIZE + 3, fontweight="bold", wrap=True)
    else:
        figure_or_ax.set_title(title, fontsize=FONT_SIZE + 3, fontweight="bold", loc="left")


def currency_symbol(currency: str | None) -> str:
    """Return the symbol for an ISO currency code ('GBP' -> '£'); the code itself when unknown; '' for none."""
    if not currency:
        return ""
    return _SYMBOLS.get(currency.upper(), currency.upper())


@dataclass(frozen=True)
class NumberStyle:
    """How a chart writes numbers: decimal and group marks, shortened thousands/millions ("{0}k", "{0} tys.") and,
    when set, where the currency symbol goes ("{number} {symbol}"). The defaults are English."""

    decimal: str = "."
    group: str = ","
    thousands: str = "{0}k"
    millions: str = "{0}M"
    money: str = ""  # empty: English rules (£1,234; 12 zł; CHF 12)

    def number(self, value: float, decimals: int = 0) -> str:
        """Return ``value`` with this style's marks: 1234.5 -> "1,234.5" (English) or "1 234,5"."""
        return self.marks(f"{value:,.{decimals}f}")

    def marks(self, text: str) -> str:
        """Return English-formatted number ``text`` ("1,234.5") with this style's decimal and group marks."""
        if (self.decimal, self.group) == (".", ","):
            return text
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)


ENGLISH = NumberStyle()
_STYLE: contextvars.ContextVar[NumberStyle] = contextvars.ContextVar("number_style", default=ENGLISH)


def style_from_labels(labels: dict | None) -> NumberStyle:
    """Return the NumberStyle that a chart's ``labels`` ask for (keys ``format:decimal``, ``format:group``,
    ``format:thousands``, ``format:millions``, ``format:money``); English for what they leave out."""
    labels = labels or {}
    return NumberStyle(**{field: labels.get(f"format:{field}") or getattr(ENGLISH, field)
                          for field in ("decimal", "group", "thousands", "millions", "money")})


@contextmanager
def number_style(style: NumberStyle):
    """Make ``style`` the current chart number style inside the ``with`` block (per thread); yields it."""
    token = _STYLE.set(style)
    try:
        yield style
    finally:
        _STYLE.reset(token)


def current_style() -> NumberStyle:
    """Return the number style charts are being drawn with (English outside ``number_style``)."""
    return _STYLE.get()


class _StyledFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        text = format(value, format_spec)
        if not isinstance(value, numbers.Number) or isinstance(value, bool):
            return text
        return current_style().marks(text)


_STYLED = _StyledFormatter()


def styled(template: str, **values) -> str:
    """Return ``template.format(**values)`` with numbers in the current style ("{orders:,}" -> "1 234")."""
    return _STYLED.format(template, **values)


def format_count(value: float, style: NumberStyle | None = None) -> str:
    """Return a whole count with the current style's group mark: '1,234' / '1 234'."""
    return (style or current_style()).number(float(value), 0)


def format_money(value: float, currency: str | None, decimals: int | None = None, compact_from: int = 10_000,
                 style: NumberStyle | None = None) -> str:
    """Return ``value`` as owners read money: '£1,234', '£12.5k', '£1.2M', '12 zł' (thousands shortened from
    ``compact_from`` on); in another ``style`` (default: the current one) '12,5 tys. £'."""
    style = style or current_style()
    symbol = currency_symbol(currency)
    magnitude = abs(value)
    if decimals is None:
        decimals = 2 if magnitude < 10 and magnitude != int(magnitude) else 0
    if magnitude >= 1_000_000:
        text = style.millions.format(style.number(value / 1_000_000, 1).removesuffix(style.decimal + "0"))
    elif magnitude >= compact_from:
        text = style.thousands.format(style.number(value / 1_000, 1).removesuffix(style.decimal + "0"))
    else:
        text = style.number(value, decimals)
    if not symbol:
        return text
    if style.money:
        sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
        return sign + style.money.format(number=text, symbol=symbol)
    if currency and currency.upper() in _SUFFIX:
        return f"{text} {symbol}"
    if len(symbol) > 1 and symbol.isalpha():
        return f"{symbol} {text}"
    return f"{symbol}{text}" if not text.startswith("-") else f"-{symbol}{text[1:]}"


def money_axis(axis, currency: str | None) -> None:
    """Format an axis (``ax.yaxis``/``ax.xaxis``) as money in ``currency`` and the current number style;
    returns None."""
    style = current_style()  # the ticks are drawn later, maybe on another thread: keep the style now
    axis.set_major_formatter(mticker.FuncFormatter(
        lambda v, _pos: format_money(v, currency, 0, compact_from=1_000, style=style)))


def count_axis(axis, nbins: int | str = "auto") -> None:
    """Format an axis as whole counts with thousands separators and integer ticks; returns None."""
    axis.set_major_locator(mticker.MaxNLocator(nbins=nbins, integer=True))
    style = current_style()
    axis.set_major_formatter(mticker.FuncFormatter(lambda v, _pos: format_count(v, style)))


def shorten(text: str, width: int = 28) -> str:
    """Return ``text`` cut to ``width`` characters with an ellipsis (product names get long)."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class BarLabel(Text):
    """The label at the end of a horizontal bar, placed when drawn (so at the size the chart is shown, a narrow
    dashboard column or a printed page): inside the bar in white when it fits there, else just after the bar when
    the axes have room, else in the wider of the two, cut short with an ellipsis. It never runs off the axes."""

    def __init__(self, ax, value: float, y: float, text: str, fontsize: float):
        super().__init__(value, y, text, va="center", fontsize=fontsize)
        self.full_text = text
        self.value = float(value)
        ax.add_artist(self)
        self.set_clip_on(False)  # placed to fit instead: a clipped label would show half a number

    def _width(self, renderer) -> float:
        return self.get_window_extent(renderer).width

    def _fit(self, text: str, room: float, renderer) -> str:
        """Return ``text`` shortened with "…" until it is at most ``room`` pixels wide (at least "…")."""
        self.set_text(text)
        cut = len(text.strip())
        while cut > 0 and self._width(renderer) > room:
            cut -= 1
            self.set_text(text[:len(text) - len(text.lstrip())] + text.strip()[:cut].rstrip() + "…"
                          + text[len(text.rstrip()):])
        return self.get_text()

    def draw(self, renderer) -> None:
        if not self.get_visible() or self.axes is None:
            return
        ax = self.axes
        start = ax.transData.transform((0.0, 0.0))[0]
        end = ax.transData.transform((self.value, 0.0))[0]
        inside_room = max(end - start, 0.0)
        outside_room = max(ax.bbox.x1 - end, 0.0)
        self.set_horizontalalignment("right")
        self.set_color("white")
        self.set_fontweight("bold")
        self.set_text(self.full_text + "  ")
        if self._width(renderer) <= inside_room:
            return super().draw(renderer)
        self.set_horizontalalignment("left")
        self.set_color("#222222")
        self.set_fontweight("normal")
        self.set_text("  " + self.full_text)
        if self._width(renderer) > outside_room:
            if inside_room > outside_room:
                self.set_horizontalalignment("right")
                self.set_color("white")
                self.set_fontweight("bold")
                self._fit(self.full_text + "  ", inside_room, renderer)
            else:
                self._fit("  " + self.full_text, outside_room, renderer)
        return super().draw(renderer)


def message_figure(title: str, message: str, size: tuple[float, float] = DEFAULT_SIZE) -> Figure:
    """Return a Figure that shows ``title`` and a plain ``message`` instead of a chart (empty or tiny shops)."""
    figure = new_figure(size)
    ax = figure.add_subplot()
    ax.set_axis_off()
    set_title(figure, title)
    ax.text(0.5, 0.55, "\n".join(textwrap.wrap(message, 60)), ha="center", va="center",
            fontsize=FONT_SIZE + 2, color="#555555", transform=ax.transAxes)
    figure.shopkeeper_message = message  # lets tests and the desktop tell a message from a chart
    return figure


def is_message_figure(figure: Figure) -> bool:
    """Return True when ``figure`` is a message figure rather than a chart."""
    return getattr(figure, "shopkeeper_message", None) is not None


class NotEnoughData(Exception):
    """Raised inside chart builders to turn into a message figure (not shown to users as an error).

    ``reason`` names a sentence in ``core.charts.texts.MESSAGES`` (filled with ``params``); ``sentence`` is a
    ready sentence from another part of the app, shown as it is."""

    def __init__(self, reason: str, sentence: str | None = None, **params):
        super().__init__(sentence or reason)
        self.reason = reason
        self.sentence = sentence
        self.params = params
