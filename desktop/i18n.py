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
import string
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QSettings, QTranslator

from core.analysis.segments import SCHEMES, segment_info
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
    # the computer's own conventions when it speaks that language ("C", a server's locale, has none)
    if system.language() == _LANGUAGE_ENUM.get(lang) and system.name() not in ("C", "POSIX"):
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


def format_number_list(values, max_decimals: int = 2, locale: QLocale | None = None) -> str:
    """Return numbers for an editable field in the local way, separated by "; ": "7; 30,5; 90; 180" (pl),
    "7; 30.5; 90; 180" (en); whole numbers without decimals, others with up to ``max_decimals``."""
    loc = locale or QLocale()
    texts = []
    for value in values:
        places = 0
        while places < max_decimals and abs(round(float(value), places) - float(value)) > 1e-9:
            places += 1
        texts.append(_grouped(loc, float(value), places).replace(loc.groupSeparator(), ""))
    return "; ".join(texts)


def parse_number_list(text: str, count: int | None = None, locale: QLocale | None = None) -> list[float] | None:
    """Return the numbers typed in a field as floats, or None when one is not a number (or there are not
    ``count`` of them). Numbers are separated by ";" (or "," where the decimal mark is "."); a decimal comma
    or point both work, spaces inside a number ("1 500") are ignored."""
    loc = locale or QLocale()
    separators = ";" if loc.decimalPoint() == "," or ";" in text else ";,"
    parts = [text]
    for separator in separators:
        parts = [piece for part in parts for piece in part.split(separator)]
    values = []
    for part in parts:
        cleaned = "".join(part.split()).replace("\u00a0", "").replace("\u202f", "")
        if not cleaned:
            continue
        cleaned = cleaned.replace(loc.decimalPoint(), ".").replace(",", ".")
        try:
            values.append(float(cleaned))
        except ValueError:
            return None
    if count is not None and len(values) != count:
        return None
    return values


def english_plural(text: str, count: int) -> str:
    """Return a ``tr("%n thing(s)", "", count)`` result with an untranslated "(s)" resolved: "1 day", "2 days".

    Translations carry their own plural forms (Qt's numerus entries); only English falls back to the source."""
    return text.replace("(s)", "" if abs(count) == 1 else "s")


def date_format(locale: QLocale | None = None) -> str:
    """Return the locale's short date pattern with a four-digit year ("dd.MM.yyyy" for pl, "dd/MM/yyyy" en_GB)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    # two-digit day and month ("05.03.2025"), as on invoices: a lone d or M is doubled
    out = []
    for index, char in enumerate(pattern):
        lone = char in "dM" and pattern[index - 1:index] != char and pattern[index + 1:index + 2] != char
        out.append(char * 2 if lone else char)
    return "".join(out)


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


def format_datetime(value, locale: QLocale | None = None) -> str:
    """Return a moment (ISO text such as "2026-12-06T09:41:16Z", naive text taken as UTC, or a datetime) as the
    owner's local date and time in the local format: "06.12.2026 10:41" (pl, in Warsaw); "–" when missing,
    unreadable text unchanged."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, str):
        try:
            moment = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    elif isinstance(value, _dt.datetime):
        moment = value
    else:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    loc = locale or QLocale()
    return loc.toString(local, f"{date_format(loc)} HH:mm")


# ---------------------------------------------------------------------------------------- core's texts
# Every text core shows is a core.messages template (desktop/message_catalogue.py lists them for lupdate, context
# "messages"): a sentence with figures comes as a Message, a fixed label (a segment or list name) as its English
# text, which is the source of its argument-less template.
def translate_text(value):
    """Return a text from core in the UI language: a ``Message`` through ``translate_message``, a fixed English
    label (a segment, list or audience name) through its template; anything else (a missing value) unchanged."""
    if isinstance(value, Message):  # in English core's own text, written as the command line prints it
        return str(value) if current_language() == "en" else translate_message(value)
    if isinstance(value, str):
        return QCoreApplication.translate("messages", value) if value else ""
    return value


def segment_names() -> dict[str, str]:
    """Return {English segment name of every scheme: its name in the UI language}."""
    names = {name for scheme in SCHEMES for name in segment_info(scheme)["name"]}
    return {name: translate_text(name) for name in names}


def audience_label(audience) -> str:
    """Return an offers audience's label (core.offers.audiences.Audience, a Message) in the UI language."""
    return translate_text(getattr(audience, "label", ""))


def _number_spec(spec: str) -> tuple[int, bool] | None:
    """Return (decimal places, is a percentage) of a ",", ".1f", ",.2f" or ".0%" format spec; None for others."""
    kind = spec[-1:] if spec[-1:] in ("f", "%") else ""
    body = spec[:len(spec) - len(kind)]
    body = body[1:] if body.startswith(",") else body
    if body == "":
        return 0, kind == "%"
    if body.startswith(".") and body[1:].isdigit():
        return int(body[1:]), kind == "%"
    return None


class _LocalFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not format_spec:
            return super().format_field(value, format_spec)
        found = _number_spec(format_spec)
        if found is None:
            return super().format_field(value, format_spec)
        places, is_percent = found
        return format_percent(value, places) if is_percent else format_number(value, places)


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
