"""Languages: pick and install the UI translation, and format money, numbers and dates the local way.

The UI language is English, Polish, Latvian or Russian. It comes from ``--lang``, else the "language" entry
in QSettings (chosen in Settings), else the system locale; anything else falls back to English.
Translations are Qt Linguist files: ``resources/translations/shopkeeper_<lang>.ts`` (sources) compiled to
``.qm`` (committed, and rebuilt by ``scripts/build_app.sh``). Qt's own strings (dialog buttons) come from
the ``qtbase_<lang>.qm`` files PySide6 ships.

Formatting uses the QLocale made default by ``install_translator``: the system locale when it speaks the UI
language (so an en_GB system keeps 12/03/2025), else the language's main country (pl_PL, lv_LV, ru_RU; en_GB
for English, since most shops we serve are European).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import string
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from core.locations import resources_dir
from core.messages import Count, Day, Message, Money, Number, Percent

LANGUAGES = {"en": "English", "pl": "Polski", "lv": "Latviešu", "ru": "Русский"}
"""UI languages and their names in their own language (shown untranslated in Settings)."""

SETTINGS_KEY = "language"
DEFAULT_TERRITORY = {
    "en": QLocale.Country.UnitedKingdom,
    "pl": QLocale.Country.Poland,
    "lv": QLocale.Country.Latvia,
    "ru": QLocale.Country.Russia,
}
_LANGUAGE_ENUM = {
    "en": QLocale.Language.English,
    "pl": QLocale.Language.Polish,
    "lv": QLocale.Language.Latvian,
    "ru": QLocale.Language.Russian,
}
CURRENCY_SYMBOLS = {
    "GBP": "£", "EUR": "€", "USD": "$", "PLN": "zł", "RUB": "₽", "UAH": "₴", "CZK": "Kč", "SEK": "kr",
    "NOK": "kr", "DKK": "kr", "CHF": "CHF", "BRL": "R$", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "HUF": "Ft",
    "RON": "lei", "BGN": "лв", "TRY": "₺", "INR": "₹", "KZT": "₸", "BYN": "Br", "GEL": "₾",
}
_NO_DECIMALS = {"JPY", "KRW", "HUF", "ISK", "CLP"}

_installed: list[QTranslator] = []


def translations_dir():
    """Return the folder holding the shopkeeper_<lang>.ts/.qm files."""
    return resources_dir() / "translations"


def system_language() -> str:
    """Return the system locale's language if Shopkeeper speaks it, else "en"."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language() -> str | None:
    """Return the language chosen in Settings, or None for "follow the system"."""
    value = QSettings().value(SETTINGS_KEY, "") or ""
    return value if value in LANGUAGES else None


def save_language(lang: str | None) -> None:
    """Remember ``lang`` (a code in LANGUAGES, or None to follow the system) for the next start; returns None."""
    QSettings().setValue(SETTINGS_KEY, lang if lang in LANGUAGES else "")


def choose_language(lang: str | None = None) -> str:
    """Return the UI language to use: ``lang`` if supported, else the saved choice, else the system's."""
    if lang:
        code = lang.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return saved_language() or system_language()


def locale_for(lang: str) -> QLocale:
    """Return the QLocale used for numbers and dates with UI language ``lang``."""
    system = QLocale.system()
    if system.language() == _LANGUAGE_ENUM.get(lang):
        return system
    return QLocale(_LANGUAGE_ENUM.get(lang, QLocale.Language.English),
                   DEFAULT_TERRITORY.get(lang, QLocale.Country.UnitedKingdom))


_installed_language = "en"


def current_language() -> str:
    """Return the code of the UI language installed last ("en" before any install)."""
    # A plain module variable, not a QObject property: table models ask for every cell, and PySide6's
    # property() of an unset name hands back None without a reference (the interpreter aborted at exit).
    return _installed_language


def install_translator(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translations for ``lang`` (or the saved/system choice) into ``app``; returns the language code.

    Replaces translators installed by an earlier call, so it can be called again to switch language
    (widgets built before the switch keep their old texts until rebuilt). Also makes the matching QLocale
    the default, so QLocale() and the format_* helpers follow the UI language.
    """
    global _installed_language
    code = choose_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        ours = QTranslator(app)
        if ours.load(f"shopkeeper_{code}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_base = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{code}", qt_path):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    QLocale.setDefault(locale_for(code))
    _installed_language = code if code in LANGUAGES else "en"
    return code


def _money_decimals(currency: str | None) -> int:
    return 0 if (currency or "").upper() in _NO_DECIMALS else 2


def currency_symbol(currency: str | None) -> str:
    """Return the symbol shown for an ISO currency code ("PLN" -> "zł"); unknown codes are shown as they are."""
    if not currency:
        return ""
    return CURRENCY_SYMBOLS.get(currency.upper(), currency.upper())


def format_money(value, currency: str | None = None, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """Return ``value`` (major units, e.g. 1234.5) as local money text: "1 234,50 zł", "£1,234.50".

    ``currency`` is an ISO code (the shop's currency); None or "" gives the plain number with 2 decimals.
    Missing values (None, NaN) give "–".
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    loc = locale or QLocale()
    places = _money_decimals(currency) if decimals is None else decimals
    if not currency:
        return _grouped(loc, float(value), places)
    amount = abs(float(value))
    text = loc.toCurrencyString(amount, currency_symbol(currency), places)
    # Qt follows CLDR, which leaves 4-digit amounts ungrouped in some languages ("1234,50 zł"); owners
    # expect "1 234,50 zł", so the number part is always grouped.
    text = text.replace(loc.toString(amount, "f", places), _grouped(loc, amount, places), 1)
    # a plain minus sign, not the accounting brackets some locales use: "-£12.00", "-12,00 zł"
    negative = float(value) < 0 and _rounded_text(amount, places).strip("0.") != ""
    return loc.negativeSign() + text if negative else text


def _rounded_text(value: float, places: int) -> str:
    """Return ``value`` rounded half away from zero to ``places`` decimals, as "1234.50"."""
    quantum = Decimal(1).scaleb(-places)
    return str(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def _grouped(loc: QLocale, value: float, places: int) -> str:
    """Return ``value`` with ``places`` decimals and the locale's group separator on every 3 digits."""
    text = _rounded_text(abs(value), places)
    whole, _, fraction = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = loc.groupSeparator().join(groups)
    if fraction:
        out += loc.decimalPoint() + fraction
    if value < 0 and any(ch not in "0" for ch in text if ch.isdigit()):
        out = loc.negativeSign() + out
    return out


def format_number(value, decimals: int = 0, locale: QLocale | None = None) -> str:
    """Return ``value`` with the local digit grouping and decimal mark: 1234567 -> "1 234 567" (pl).

    Digits are grouped from 1 000 up in every language.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    loc = locale or QLocale()
    return _grouped(loc, float(value), decimals)


def format_percent(fraction, decimals: int = 0, locale: QLocale | None = None) -> str:
    """Return a fraction (0.25) as local percent text: "25%" (en), "25 %" (ru/lv/pl follow their locale)."""
    if fraction is None or (isinstance(fraction, float) and math.isnan(fraction)):
        return "–"
    loc = locale or QLocale()
    number = loc.toString(float(fraction) * 100, "f", decimals)
    sign = loc.percent()
    return f"{number}\u00a0{sign}" if loc.language() == QLocale.Language.Russian else f"{number}{sign}"


def date_format(locale: QLocale | None = None) -> str:
    """Return the locale's short date pattern with a four-digit year ("dd.MM.yyyy" for pl, "dd/MM/yyyy" en_GB)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    # two-digit day and month ("05.03.2025"), as on invoices
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    return re.sub(r"(?<!M)M(?!M)", "MM", pattern)


def format_date(value, locale: QLocale | None = None) -> str:
    """Return a date (datetime.date/datetime, pandas Timestamp, QDate or ISO text) as local short text.

    Polish, Latvian and Russian give "12.03.2025"; en_GB gives "12/03/2025". Missing values give "–".
    """
    if value is None:
        return "–"
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if not isinstance(value, QDate):
        try:
            if value != value:  # NaN / NaT
                return "–"
            value = QDate(value.year, value.month, value.day)
        except (AttributeError, TypeError, ValueError):
            return str(value)
    loc = locale or QLocale()
    return loc.toString(value, date_format(loc))


# ---------------------------------------------------------------------------------------- core's English texts
# core returns stable keys plus English names; these tables put those English texts into the translation files
# (lupdate reads QT_TRANSLATE_NOOP), in the contexts the views translate them in. A test checks that they cover
# every segment name/explanation/action of core.analysis.segments, the lists of core.analysis.lists and the
# built-in audiences of core.offers.audiences, word for word.
SEGMENT_TEXTS = (
    QT_TRANSLATE_NOOP("segments", "Champions"),
    QT_TRANSLATE_NOOP("segments", "Bought recently and often; your best customers."),
    QT_TRANSLATE_NOOP("segments", "Reward them: early access to new products, a thank-you gift, ask for reviews."),
    QT_TRANSLATE_NOOP("segments", "Loyal"),
    QT_TRANSLATE_NOOP("segments", "Buy often, but not quite as recently as the champions."),
    QT_TRANSLATE_NOOP("segments", "Offer a loyalty programme or members-only products; ask for referrals."),
    QT_TRANSLATE_NOOP("segments", "Potential Loyalists"),
    QT_TRANSLATE_NOOP("segments", "Recent customers with a few orders."),
    QT_TRANSLATE_NOOP("segments", "Invite them to a loyalty programme and recommend related products."),
    QT_TRANSLATE_NOOP("segments", "New Customers"),
    QT_TRANSLATE_NOOP("segments", "Bought for the first time very recently."),
    QT_TRANSLATE_NOOP("segments", "Welcome them: a helpful follow-up e-mail and a small second-order offer."),
    QT_TRANSLATE_NOOP("segments", "Promising"),
    QT_TRANSLATE_NOOP("segments", "Bought once, fairly recently."),
    QT_TRANSLATE_NOOP("segments", "Build the relationship: show best-sellers and a free-shipping threshold."),
    QT_TRANSLATE_NOOP("segments", "Need Attention"),
    QT_TRANSLATE_NOOP("segments", "Average recency and frequency; could go either way."),
    QT_TRANSLATE_NOOP("segments", "Send a limited-time offer based on what they bought before."),
    QT_TRANSLATE_NOOP("segments", "About to Sleep"),
    QT_TRANSLATE_NOOP("segments", "Few orders and not seen for a while."),
    QT_TRANSLATE_NOOP("segments", "Remind them with popular products and a modest discount."),
    QT_TRANSLATE_NOOP("segments", "At Risk"),
    QT_TRANSLATE_NOOP("segments", "Used to buy often but have not ordered for a long time."),
    QT_TRANSLATE_NOOP("segments", "Win them back with a personal e-mail and a good discount."),
    QT_TRANSLATE_NOOP("segments", "Can't Lose Them"),
    QT_TRANSLATE_NOOP("segments", "Your most frequent buyers of the past, now silent."),
    QT_TRANSLATE_NOOP("segments", "Contact them personally: find out what went wrong and make a strong offer."),
    QT_TRANSLATE_NOOP("segments", "Hibernating"),
    QT_TRANSLATE_NOOP("segments", "Few orders, long ago."),
    QT_TRANSLATE_NOOP("segments", "Include them in general newsletters only; do not spend much on them."),
    QT_TRANSLATE_NOOP("segments", "Bought recently, buy often and spend the most."),
    QT_TRANSLATE_NOOP("segments", "Reward them: early access, loyalty perks, ask for reviews."),
    QT_TRANSLATE_NOOP("segments", "Loyal Customers"),
    QT_TRANSLATE_NOOP("segments", "Spend good money often and respond to promotions."),
    QT_TRANSLATE_NOOP("segments", "Upsell higher-value products; ask for reviews and referrals."),
    QT_TRANSLATE_NOOP("segments", "Potential Loyalist"),
    QT_TRANSLATE_NOOP("segments", "Recent customers who spent a fair amount."),
    QT_TRANSLATE_NOOP("segments", "Offer membership or a loyalty programme; recommend other products."),
    QT_TRANSLATE_NOOP("segments", "Recent Customers"),
    QT_TRANSLATE_NOOP("segments", "Bought most recently, but not often."),
    QT_TRANSLATE_NOOP("segments", "Welcome them and help them succeed with what they bought."),
    QT_TRANSLATE_NOOP("segments", "Recent shoppers who have not spent much yet."),
    QT_TRANSLATE_NOOP("segments", "Create brand awareness; offer free trials or samples."),
    QT_TRANSLATE_NOOP("segments", "Customers Needing Attention"),
    QT_TRANSLATE_NOOP("segments", "Above-average recency, frequency and spend."),
    QT_TRANSLATE_NOOP("segments", "Make limited-time offers based on their past purchases."),
    QT_TRANSLATE_NOOP("segments", "About To Sleep"),
    QT_TRANSLATE_NOOP("segments", "Below-average recency and frequency; will be lost soon."),
    QT_TRANSLATE_NOOP("segments", "Share valuable resources, popular products or renewal discounts."),
    QT_TRANSLATE_NOOP("segments", "Spent big and bought often, but long ago."),
    QT_TRANSLATE_NOOP("segments", "Send personal e-mails to reconnect; offer renewals and useful resources."),
    QT_TRANSLATE_NOOP("segments", "Made the biggest and most frequent purchases, but long ago."),
    QT_TRANSLATE_NOOP("segments", "Win them back with new products; talk to them before a competitor does."),
    QT_TRANSLATE_NOOP("segments", "Last purchase long ago; low spend and few orders."),
    QT_TRANSLATE_NOOP("segments", "Offer other relevant products and special discounts; recreate interest."),
    QT_TRANSLATE_NOOP("segments", "Lost"),
    QT_TRANSLATE_NOOP("segments", "Lowest recency, frequency and spend."),
    QT_TRANSLATE_NOOP("segments", "Revive interest with an outreach campaign; otherwise ignore."),
    QT_TRANSLATE_NOOP("segments", "New"),
    QT_TRANSLATE_NOOP("segments", "At risk"),
    QT_TRANSLATE_NOOP("segments", "Unknown"),
)
LIST_TEXTS = (
    QT_TRANSLATE_NOOP("lists", "VIP"),
    QT_TRANSLATE_NOOP("lists", "Your most valuable customers: top by predicted value (or by past spend when history is short)."),  # noqa: E501
    QT_TRANSLATE_NOOP("lists", "Win-back"),
    QT_TRANSLATE_NOOP("lists", "Customers who have been silent much longer than they usually wait between orders."),
    QT_TRANSLATE_NOOP("lists", "At risk"),
    QT_TRANSLATE_NOOP("lists", "High-value customers whose chance of still being a customer is dropping."),
    QT_TRANSLATE_NOOP("lists", "VIP (top 10% by spend, 2+ orders)"),
    QT_TRANSLATE_NOOP("lists", "Win-back (repeat buyers, no order for 180+ days)"),
    QT_TRANSLATE_NOOP("lists", "At risk, high value (above-median spend, 90-180 days quiet)"),
    QT_TRANSLATE_NOOP("lists", "Replenishment due (past their usual gap between orders)"),
    QT_TRANSLATE_NOOP("lists", "Refill due (usually rebuys a product they bought about now)"),
    QT_TRANSLATE_NOOP("lists", "New (one order in the last 60 days)"),
    QT_TRANSLATE_NOOP("lists", "One-time buyers"),
)

_REASONS = (
    (re.compile(r"^predicted value (.+)$"), QT_TRANSLATE_NOOP("lists", "predicted value {0}")),
    (re.compile(r"^spent (.+)$"), QT_TRANSLATE_NOOP("lists", "spent {0}")),
    (re.compile(r"^usually orders every (.+) days, silent for (.+)$"),
     QT_TRANSLATE_NOOP("lists", "usually orders every {0} days, silent for {1}")),
    (re.compile(r"^bought once; customers here usually reorder within (.+) days, silent for (.+)$"),
     QT_TRANSLATE_NOOP("lists", "bought once; customers here usually reorder within {0} days, silent for {1}")),
    (re.compile(r"^chance of having stopped: (.+) %, up from (.+) % a month ago$"),
     QT_TRANSLATE_NOOP("lists", "chance of having stopped: {0} %, up from {1} % a month ago")),
    (re.compile(r"^silent (.+)× longer than usual$"), QT_TRANSLATE_NOOP("lists", "silent {0}× longer than usual")),
)
"""The sentences core.analysis.lists.build_lists writes into a list's ``reason`` column, as patterns."""


def _local_number(text: str) -> str:
    """Return an English-formatted number ("1,234" or "2.5") in the UI locale's way, other text unchanged."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return text
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return format_number(value, decimals)


def translate_by_pattern(text: str, context: str, patterns) -> str | None:
    """Return ``text`` through the first (regex, English template) of ``patterns`` that matches it: the template
    translated in ``context`` and filled with the regex groups, numbers among them in local digits; None when no
    pattern matches."""
    for pattern, template in patterns:
        found = pattern.match(text)
        if found:
            return QCoreApplication.translate(context, template).format(*(_local_number(g) for g in found.groups()))
    return None


def segment_names() -> dict[str, str]:
    """Return {English segment name of every scheme: its name in the UI language}."""
    try:
        from core.analysis.segments import SCHEMES, segment_info
        names = {name for scheme in SCHEMES for name in segment_info(scheme)["name"]}
    except Exception:  # the segments module is another part of the app
        return {}
    return {name: translate_segment(name) for name in names}


def translate_segment(text: str) -> str:
    """Return the UI-language version of a segment name, explanation or action that core gave in English."""
    return QCoreApplication.translate("segments", text) if text else ""


def translate_list(text: str) -> str:
    """Return the UI-language version of a customer list's English label or explanation (VIP, Win-back ...)."""
    return QCoreApplication.translate("lists", text) if text else ""


def translate_reason(text: str) -> str:
    """Return a list member's English ``reason`` ("silent 2.5× longer than usual") in the UI language.

    Numbers are re-formatted the local way; a sentence that matches no known pattern is returned unchanged.
    """
    if current_language() == "en":  # core already wrote it in English, formatted as it should be
        return text
    if not isinstance(text, str):
        return text
    for pattern, source in _REASONS:
        found = pattern.match(text)
        if found:
            return QCoreApplication.translate("lists", source).format(*(_local_number(g) for g in found.groups()))
    return QCoreApplication.translate("lists", text)


def audience_label(audience) -> str:
    """Return an offers audience's label (core.offers.audiences.Audience) in the UI language.

    Segments and lists are translated; a union ("VIP + Win-back") is translated part by part; cluster and filter
    audiences describe themselves and are returned as they are.
    """
    label = str(getattr(audience, "label", "") or "")
    kind = getattr(audience, "kind", "")
    if kind == "segment":
        return translate_segment(label)
    if kind == "list":
        return translate_list(label)
    if kind == "union":
        return translate_audience_text(label)
    return label


def translate_audience_text(label: str) -> str:
    """Return an audience label known only as text (a list, a segment, or several joined by " + ", as an offer
    result names its audience) in the UI language; other text unchanged."""
    parts = []
    for part in label.split(" + "):
        translated = translate_list(part)
        parts.append(translated if translated != part else translate_segment(part))
    return " + ".join(parts)


# ---- rule reasons ("Also bought", profile suggestions): core.analysis.pairs.reason_text
_PAIR_PREFIX = re.compile(r"^bought together in ([\d,]+) of ([\d,]+) (orders|baskets) that contain (.*)$", re.S)
_PAIR_PREFIX_TEXTS = {
    "orders": QT_TRANSLATE_NOOP("reasons", "bought together in {0} of {1} orders that contain {2}"),
    "baskets": QT_TRANSLATE_NOOP("reasons", "bought together in {0} of {1} baskets that contain {2}"),
}
_PAIR_SUFFIXES = (
    (re.compile(r"; ([\d.]+)× more often than by chance$"),
     QT_TRANSLATE_NOOP("reasons", "{0}× more often than by chance")),
    (re.compile(r"; less often than chance would give \(([\d.]+)×\)$"),
     QT_TRANSLATE_NOOP("reasons", "less often than chance would give ({0}×)")),
    (re.compile(r"; about as often as chance would give$"),
     QT_TRANSLATE_NOOP("reasons", "about as often as chance would give")),
)


_PRODUCT_REASONS = (  # core.analysis.recommend (personal picks) and core.analysis.replenish.due_text
    (re.compile(r"^bought it in (\d+) order\(s\); customers usually rebuy it every (\d+) days$"),
     QT_TRANSLATE_NOOP("reasons", "bought it in {0} order(s); customers usually rebuy it every {1} days")),
    (re.compile(r"^often bought with (.+), which they bought$", re.S),
     QT_TRANSLATE_NOOP("reasons", "often bought with {0}, which they bought")),
    (re.compile(r"^usually rebuys every (\d+) days, last bought ([\d,]+) days ago$"),
     QT_TRANSLATE_NOOP("reasons", "usually rebuys every {0} days, last bought {1} days ago")),
)


def translate_pair_reason(text: str) -> str:
    """Return a product's English reason in the UI language: a "bought together" rule's
    (core.analysis.pairs.reason_text), a personal pick's (core.analysis.recommend) or a refill's
    (core.analysis.replenish.due_text).

    "bought together in 23 of 410 orders that contain RED MUG; 5.2× more often than by chance" keeps the
    product name as it is and formats the numbers the local way; other text is returned unchanged.
    """
    if current_language() == "en":  # core already wrote it in English, formatted as it should be
        return text
    if not isinstance(text, str):
        return text
    for pattern, source in _PRODUCT_REASONS:
        found = pattern.match(text)
        if found:
            return QCoreApplication.translate("reasons", source).format(*(_local_number(g) for g in found.groups()))
    rest, suffix = text, ""
    for pattern, source in _PAIR_SUFFIXES:
        found = pattern.search(rest)
        if found:
            rest = rest[:found.start()]
            suffix = QCoreApplication.translate("reasons", source).format(*(_local_number(g) for g in found.groups()))
            break
    found = _PAIR_PREFIX.match(rest)
    if not found:
        return text
    together, total, unit, name = found.groups()
    out = QCoreApplication.translate("reasons", _PAIR_PREFIX_TEXTS[unit]).format(
        _local_number(together), _local_number(total), name)
    return f"{out}; {suffix}" if suffix else out


class _LocalFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not format_spec:
            return super().format_field(value, format_spec)
        found = re.fullmatch(r",?(?:\.(\d+))?([f%]?)", format_spec)
        if not found:
            return super().format_field(value, format_spec)
        places = int(found.group(1) or 0)
        if found.group(2) == "%":
            return format_percent(value, places)
        return format_number(value, places)


def local_format(template: str, *args, **kwargs) -> str:
    """Return ``template.format(*args, **kwargs)`` with numbers under ",", ".1f", ",.2f" or ".0%" specs in the
    UI language's digits ("1 234,50"); other fields as str.format gives them."""
    return _LocalFormatter().format(template, *args, **kwargs)


def format_money_short(value, currency: str | None = None, locale: QLocale | None = None) -> str:
    """Return money for a headline card, whole units and thousands/millions shortened from 10 000 on:
    "£900", "89,6 tys. £" (pl), "1,2 млн £" (ru). Missing values give "–"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    loc = locale or QLocale()
    magnitude = abs(float(value))
    if magnitude < 10_000:
        return format_money(value, currency, decimals=0 if magnitude >= 10 else None, locale=loc)
    if magnitude < 1_000_000:
        scaled, pattern = float(value) / 1_000, QCoreApplication.translate("money", "{0}k")
    else:
        scaled, pattern = float(value) / 1_000_000, QCoreApplication.translate("money", "{0}M")
    places = 0 if _rounded_text(abs(scaled), 1).endswith(".0") else 1
    number = _grouped(loc, abs(scaled), places)
    return format_money(scaled, currency, decimals=places, locale=loc).replace(number, pattern.format(number), 1)


def chart_number_labels(locale: QLocale | None = None) -> dict[str, str]:
    """Return the ``format:*`` chart labels (see core.charts.common.style_from_labels) that make charts write
    numbers and money as the UI language does ("1 234", "89,6 tys. £"); empty in English (core's own style)."""
    if _installed_language == "en":
        return {}
    loc = locale or QLocale()
    sample = loc.toCurrencyString(1.0, "¤", 0)
    money = sample.replace("1", "{number}", 1).replace("¤", "{symbol}", 1)
    labels = {"format:decimal": loc.decimalPoint(), "format:group": loc.groupSeparator(),
              "format:thousands": QCoreApplication.translate("money", "{0}k"),
              "format:millions": QCoreApplication.translate("money", "{0}M")}
    if "{number}" in money and "{symbol}" in money:
        labels["format:money"] = money
    return labels


def headline_value(headline, currency: str | None) -> str:
    """Return a core.dashboard.Headline's figure as shown in the UI language: core's own text in English, else
    the value with local digits ("1 439", "72 %", "89,6 tys. £")."""
    if _installed_language == "en" or headline.value is None:
        return headline.text
    if headline.key == "repeat_rate":
        return format_percent(headline.value, 0 if headline.value >= 0.01 or headline.value == 0 else 1)
    if headline.key in ("revenue_30d", "revenue_90d", "average_order"):
        return format_money_short(headline.value, currency)
    return format_number(headline.value)


# ---- dashboard headline explanations: core.dashboard.headline_figures
_HEADLINE_FIXED = (
    QT_TRANSLATE_NOOP("headlines", "No customers yet: import your orders to see how many come back."),
    QT_TRANSLATE_NOOP("headlines", "No orders yet."),
    QT_TRANSLATE_NOOP("headlines", "Good customers in the 'At Risk' and 'Can't Lose Them' segments: they used to buy often but have gone quiet."),  # noqa: E501
    QT_TRANSLATE_NOOP("headlines", "Repeat customers silent for more than twice their usual time between orders."),
)
_HEADLINE_PATTERNS = (
    (re.compile(r"^People who placed at least one order \(([\d,]+) orders? in all\)\.$"),
     QT_TRANSLATE_NOOP("headlines", "People who placed at least one order ({0} orders in all).")),
    (re.compile(r"^([\d,]+) of ([\d,]+) customers ordered more than once\.$"),
     QT_TRANSLATE_NOOP("headlines", "{0} of {1} customers ordered more than once.")),
    (re.compile(r"^Revenue divided by the number of orders \(([\d,]+)\)\.$"),
     QT_TRANSLATE_NOOP("headlines", "Revenue divided by the number of orders ({0}).")),
    (re.compile(r"^Your top (\S+) of customers by spend; together (\S+) of customer revenue\.$"),
     QT_TRANSLATE_NOOP("headlines", "Your top {0} of customers by spend; together {1} of customer revenue.")),
)
_HEADLINE_REVENUE = re.compile(r"^Orders in the (\d+) days up to the last order \((\d{2} \w{3} \d{4})\)"
                               r"(?:; ([+−])(\S+) on the \d+ days before)?\.$")
_HEADLINE_TOGETHER = re.compile(r" Together (\S+) of customer revenue\.$")


def _local_date(text: str) -> str:
    """Return "09 Dec 2011" as the UI locale's short date, or the text unchanged."""
    try:
        return format_date(_dt.datetime.strptime(text, "%d %b %Y").date())
    except ValueError:
        return text


def translate_headline_explanation(text: str) -> str:
    """Return a dashboard headline's English explanation (core.dashboard.Headline.explanation) in the UI language.

    Counts and dates are re-formatted the local way; a sentence that matches nothing known is returned unchanged.
    """
    if current_language() == "en":  # core already wrote it in English, formatted as it should be
        return text
    if not isinstance(text, str) or not text:
        return text
    if text in _HEADLINE_FIXED:
        return QCoreApplication.translate("headlines", text)
    for pattern, source in _HEADLINE_PATTERNS:
        found = pattern.match(text)
        if found:
            return QCoreApplication.translate("headlines", source).format(*(_local_number(g) for g in found.groups()))
    found = _HEADLINE_REVENUE.match(text)
    if found:
        days, day, sign, change = found.groups()
        out = QCoreApplication.translate("headlines", "Orders in the {0} days up to the last order ({1})").format(
            days, _local_date(day))
        if sign:
            out += QCoreApplication.translate("headlines", "; {0}{1} on the {2} days before").format(sign, change, days)
        return out if out.endswith(".") else out + "."  # Russian ends on "дн." already
    found = _HEADLINE_TOGETHER.search(text)
    if found:  # the VIP list's explanation plus its share of revenue
        head = translate_list(text[:found.start()])
        return head + " " + QCoreApplication.translate("headlines", "Together {0} of customer revenue.").format(
            found.group(1))
    return translate_list(text)


# ---- customer groups: core.analysis.clusters.describe_centre ("Frequent buyers, bought recently, mostly France")
_CLUSTER_PARTS = {
    "occasional buyers": QT_TRANSLATE_NOOP("clusters", "occasional buyers"),
    "frequent buyers": QT_TRANSLATE_NOOP("clusters", "frequent buyers"),
    "regular buyers": QT_TRANSLATE_NOOP("clusters", "regular buyers"),
    "occasional small-basket buyers": QT_TRANSLATE_NOOP("clusters", "occasional small-basket buyers"),
    "occasional big-basket buyers": QT_TRANSLATE_NOOP("clusters", "occasional big-basket buyers"),
    "frequent small-basket buyers": QT_TRANSLATE_NOOP("clusters", "frequent small-basket buyers"),
    "frequent big-basket buyers": QT_TRANSLATE_NOOP("clusters", "frequent big-basket buyers"),
    "regular small-basket buyers": QT_TRANSLATE_NOOP("clusters", "regular small-basket buyers"),
    "regular big-basket buyers": QT_TRANSLATE_NOOP("clusters", "regular big-basket buyers"),
    "not seen for a long time": QT_TRANSLATE_NOOP("clusters", "not seen for a long time"),
    "bought recently": QT_TRANSLATE_NOOP("clusters", "bought recently"),
    "low total spend": QT_TRANSLATE_NOOP("clusters", "low total spend"),
    "high total spend": QT_TRANSLATE_NOOP("clusters", "high total spend"),
}
_CLUSTER_COUNTRY = re.compile(r"^mostly (.+)$")


def translate_cluster_description(text: str) -> str:
    """Return a customer group's English description (core.analysis.clusters.describe_centre) in the UI language.

    The country name stays as core gives it; a description with an unknown part is returned unchanged.
    """
    if current_language() == "en":  # core already wrote it in English, formatted as it should be
        return text
    if not isinstance(text, str) or not text:
        return text
    out = []
    for index, part in enumerate(text.split(", ")):
        key = part[0].lower() + part[1:] if index == 0 else part
        if key in _CLUSTER_PARTS:
            out.append(QCoreApplication.translate("clusters", _CLUSTER_PARTS[key]))
            continue
        found = _CLUSTER_COUNTRY.match(key)
        if not found or index == 0:
            return text
        out.append(QCoreApplication.translate("clusters", "mostly {0}").format(found.group(1)))
    joined = ", ".join(out)
    return joined[:1].upper() + joined[1:]


def translate_message(message) -> str:
    """Return a core ``Message`` in the UI language: its template translated (Qt context ``messages``), its
    arguments formatted with the UI locale (counts, numbers, percentages, money, days; nested messages too).

    A plain str is returned unchanged; a template without a translation stays English.
    """
    if not isinstance(message, Message):
        return str(message)
    template = QCoreApplication.translate("messages", message.template)
    args = {name: _local_argument(value) for name, value in message.args.items()}
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: English rather than nothing
        return str(message)


def _local_argument(value) -> str:
    """Return one message argument as text in the UI language."""
    if isinstance(value, Message):
        return translate_message(value)
    if isinstance(value, Count):
        return format_number(value.value)
    if isinstance(value, Percent):
        return format_percent(value.value, value.places)
    if isinstance(value, Number):
        return format_number(value.value, value.places)
    if isinstance(value, Money):
        return format_money(value.value, value.currency or None)
    if isinstance(value, Day):
        return format_date(value.value)
    return str(value)
