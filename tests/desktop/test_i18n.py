"""Languages: shipped .ts files are complete and consistent, .qm files are current, the main window speaks
each language, and money/number/date formatting follows the locale."""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = ("pl", "lv", "ru")
# Python format fields ({0}, {name}, {0:,.2f}) and Qt's %1..%9 / %n
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?::[^{}]*)?\}|%[1-9n]")


def _spaces(text: str) -> str:
    """Normalise the non-breaking / narrow spaces Qt uses as group separators to plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def load_ts(lang: str) -> list[dict]:
    """Return every message of shopkeeper_<lang>.ts as dicts: context, source, translations, type."""
    tree = ET.parse(TRANSLATIONS / f"shopkeeper_{lang}.ts")
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            messages.append({"context": name, "source": message.findtext("source"), "forms": forms,
                             "type": translation.get("type", ""), "numerus": message.get("numerus") == "yes"})
    return messages


def ts_lookup(lang: str) -> dict[tuple[str, str], str]:
    """Return {(context, source): translation} for the singular messages of a .ts file."""
    return {(m["context"], m["source"]): m["forms"][0] for m in load_ts(lang) if not m["numerus"]}


@pytest.fixture
def private_settings(qapp, tmp_path):
    """QSettings in a temporary folder; restores English and the app names afterwards."""
    names = (qapp.organizationName(), qapp.applicationName())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setOrganizationName("ShopkeeperTest")
    qapp.setApplicationName("ShopkeeperTest")
    yield tmp_path
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


# ---------------------------------------------------------------- the .ts files


@pytest.mark.parametrize("lang", SHIPPED)
def test_shipped_ts_file_has_no_unfinished_entries(lang):
    messages = load_ts(lang)
    assert len(messages) > 100
    unfinished = [m["source"] for m in messages if m["type"] == "unfinished" or not all(f.strip() for f in m["forms"])]
    assert unfinished == [], f"{lang}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_keep_placeholders_and_accelerators(lang):
    problems = []
    for m in load_ts(lang):
        source_slots = sorted(PLACEHOLDER.findall(m["source"]))
        for form in m["forms"]:
            if sorted(PLACEHOLDER.findall(form)) != source_slots:
                problems.append((m["source"], form))
        # a menu accelerator in the source ("&File") needs one in the translation, or Alt+key stops working
        if re.search(r"&[^&\s]", m["source"]) and not any(re.search(r"&[^&\s]", f) for f in m["forms"]):
            problems.append((m["source"], m["forms"][0]))
    assert problems == []


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_are_in_the_right_script(lang):
    """Russian uses Cyrillic; Polish and Latvian use Latin letters with their own diacritics somewhere."""
    texts = " ".join(f for m in load_ts(lang) for f in m["forms"])
    cyrillic = len(re.findall(r"[\u0400-\u04FF]", texts))
    latin = len(re.findall(r"[A-Za-z]", PLACEHOLDER.sub("", texts)))
    if lang == "ru":
        assert cyrillic > latin
    else:
        assert cyrillic == 0
        assert re.search({"pl": "[ąęłńśźżó]", "lv": "[āēīūģķļņšž]"}[lang], texts)


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease is not installed")
@pytest.mark.parametrize("lang", SHIPPED)
def test_committed_qm_matches_its_ts(lang, tmp_path):
    target = tmp_path / f"shopkeeper_{lang}.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(TRANSLATIONS / f"shopkeeper_{lang}.ts"), "-qm", str(target)],
                   check=True, capture_output=True, timeout=60)
    assert (TRANSLATIONS / f"shopkeeper_{lang}.qm").read_bytes() == target.read_bytes(), \
        "run: bash scripts/update_translations.sh --release"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed")
def test_every_string_in_the_code_is_translated(tmp_path):
    """Run lupdate over desktop/ into a scratch file: every string found must be translated in every .ts."""
    scratch = tmp_path / "scratch_pl.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", "-locations", "none", *sources, "-ts", str(scratch)], check=True,
                   capture_output=True, timeout=120, cwd=ROOT)
    tree = ET.parse(scratch)
    found = {(c.findtext("name"), m.findtext("source")) for c in tree.getroot().iter("context")
             for m in c.iter("message")}
    for lang in SHIPPED:
        done = {(m["context"], m["source"]) for m in load_ts(lang) if m["type"] != "unfinished"}
        missing = sorted(found - done)
        assert missing == [], f"{lang}: run scripts/update_translations.sh and translate {missing[:5]}"


# ---------------------------------------------------------------- installing a language


def test_choose_language_prefers_argument_then_setting_then_system(private_settings):
    assert i18n.choose_language("pl") == "pl"
    assert i18n.choose_language("ru_RU") == "ru"
    i18n.save_language("lv")
    assert i18n.choose_language(None) == "lv"
    assert i18n.choose_language("xx") == "lv"  # unsupported argument: fall back to the saved choice
    i18n.save_language(None)
    assert i18n.saved_language() is None
    assert i18n.choose_language(None) == i18n.system_language()
    assert i18n.system_language() in i18n.LANGUAGES


@pytest.mark.parametrize("lang", SHIPPED)
def test_install_translator_translates_and_switches_back(qapp, private_settings, lang):
    expected = ts_lookup(lang)[("FirstVisitGuide", "Got it")]
    assert i18n.install_translator(qapp, lang) == lang
    assert QCoreApplication.translate("FirstVisitGuide", "Got it") == expected != "Got it"
    assert i18n.current_language() == lang
    assert QLocale().language() == i18n.locale_for(lang).language()
    assert i18n.install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("FirstVisitGuide", "Got it") == "Got it"


@pytest.mark.parametrize("lang", ["en", *SHIPPED])
def test_main_window_in_each_language(qtbot, qapp, private_settings, lang, tmp_path):
    """The sidebar, menus and welcome text of a fresh main window are in the chosen language."""
    from desktop.main_window import MainWindow

    english = MainWindow()
    qtbot.addWidget(english)
    english_titles = {view_id: view.view_title() for view_id, view in english.views.items()}
    english_menus = [a.text() for a in english.menuBar().actions()]
    contexts = {view_id: type(view).__name__ for view_id, view in english.views.items()}
    english.close()

    i18n.install_translator(qapp, lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    menus = [a.text() for a in window.menuBar().actions()]
    if lang == "en":
        assert sidebar == list(english_titles.values())
        return
    table = ts_lookup(lang)
    expected = [table.get((contexts[v], english_titles[v]), english_titles[v]) for v in english_titles]
    assert sidebar == expected
    assert sum(a != b for a, b in zip(sidebar, english_titles.values())) >= len(sidebar) - 1
    assert len(menus) == len(english_menus)
    assert all(ours.replace("&", "") != theirs.replace("&", "") for ours, theirs in zip(menus, english_menus))
    window.grab().save(str(tmp_path / f"main_{lang}.png"))


# ---------------------------------------------------------------- formatting


def test_money_number_and_date_formats_follow_the_language():
    pl, ru, lv, en = (i18n.locale_for(code) for code in ("pl", "ru", "lv", "en"))
    assert _spaces(i18n.format_money(1234.5, "PLN", locale=pl)) == "1 234,50 zł"
    assert _spaces(i18n.format_money(1234567.891, "EUR", locale=lv)) == "1 234 567,89 €"
    assert _spaces(i18n.format_money(99.999, "RUB", locale=ru)) == "100,00 ₽"
    assert i18n.format_money(1234.5, "GBP", locale=en) == "£1,234.50"
    assert i18n.format_money(-12, "GBP", locale=en) == "-£12.00"
    assert _spaces(i18n.format_money(-12, "PLN", locale=pl)) == "-12,00 zł"
    assert i18n.format_money(0.5, None, locale=en) == "0.50"
    assert i18n.format_money(float("nan"), "GBP") == "–"
    assert _spaces(i18n.format_number(1234567, locale=pl)) == "1 234 567"
    assert i18n.format_number(1234.567, 2, locale=en) == "1,234.57"
    assert _spaces(i18n.format_number(-1234.5, 1, locale=ru)) == "-1 234,5"
    assert i18n.format_date(dt.date(2025, 3, 12), locale=pl) == "12.03.2025"
    assert i18n.format_date(dt.datetime(2025, 3, 5, 23, 59), locale=ru) == "05.03.2025"
    assert i18n.format_date("2025-03-05T10:00:00Z", locale=lv) == "05.03.2025"
    assert i18n.format_date(dt.date(2025, 3, 12), locale=en) == "12/03/2025"
    assert i18n.format_date(None) == "–"
    assert i18n.format_percent(0.25, locale=en) == "25%"
    assert _spaces(i18n.format_percent(0.25, locale=ru)) == "25 %"


def test_format_number_rounds_half_away_from_zero_like_a_receipt():
    en = i18n.locale_for("en")
    for value in (0.125, 2.675, 1234.005, -0.125):
        expected = math.copysign(math.floor(abs(value) * 100 + 0.5 + 1e-9) / 100, value)
        assert i18n.format_number(value, 2, locale=en) == f"{expected:,.2f}"


def test_pandas_timestamps_and_missing_dates():
    pd = pytest.importorskip("pandas")
    pl = i18n.locale_for("pl")
    assert i18n.format_date(pd.Timestamp("2024-12-01 10:00", tz="UTC"), locale=pl) == "01.12.2024"
    assert i18n.format_date(pd.NaT, locale=pl) == "–"


def test_core_texts_in_english_are_core_own_text(qapp, private_settings):
    """In English a Message shows exactly core's text, and a fixed label is its own English."""
    from core.analysis.pairs import reason_text
    from core.dashboard import NO_ORDERS

    i18n.install_translator(qapp, "en")
    reason = reason_text(1234, 4100, "MUG", 5.2)
    assert i18n.translate_text(reason) == str(reason) == \
        "bought together in 1,234 of 4,100 orders that contain MUG; 5.2× more often than by chance"
    assert i18n.translate_text("Champions") == "Champions"
    assert i18n.translate_text(NO_ORDERS()) == "No orders yet."
    assert i18n.translate_text("") == "" and math.isnan(i18n.translate_text(float("nan")))


@pytest.mark.parametrize("lang", SHIPPED)
def test_segment_list_and_reason_texts_are_translated_at_run_time(qapp, private_settings, lang):
    import pandas as pd

    from core.analysis import lists
    from core.analysis.segments import SEGMENT_TEXTS
    from core.offers.audiences import UNION, Audience

    i18n.install_translator(qapp, lang)
    champions = SEGMENT_TEXTS["segments.rf10.champions.name"]()
    assert i18n.translate_text("Champions") == i18n.translate_message(champions) != "Champions"
    assert i18n.translate_text("Win-back") != "Win-back"
    vip = lists.LIST_TEXTS["vip"][0]()
    union = Audience("list:vip+segment:champions", UNION(first=vip, second=champions), "union", 3)
    assert str(union.label) == "VIP + Champions"
    assert i18n.audience_label(union) == f"{i18n.translate_text('VIP')} + {i18n.translate_text('Champions')}"
    # reasons as core writes them: built from a tiny overview-like table by core's own helper
    reason = lists._winback_reason(3, 1234.0, 4000.0, 30.0)
    assert reason == "usually orders every 1,234 days, silent for 4,000" and reason.key == lists.WINBACK_REPEAT.key
    pattern = QCoreApplication.translate("messages", lists.WINBACK_REPEAT.template)
    assert i18n.translate_text(reason) == pattern.format(days=i18n.format_number(1234),
                                                         silent=i18n.format_number(4000))
    assert "1,234" not in i18n.translate_text(reason)  # numbers follow the UI locale (pl/lv/ru group with a space)
    silent = lists.AT_RISK_SILENT(ratio=lists.number(2.5, 1))
    assert i18n.translate_text(silent) == QCoreApplication.translate("messages", lists.AT_RISK_SILENT.template).format(
        ratio=i18n.format_number(2.5, 1))


@pytest.mark.parametrize("lang", SHIPPED)
def test_pair_pick_and_refill_reasons_are_translated(qapp, private_settings, lang):
    from core.analysis.pairs import reason_text
    from core.analysis.recommend import PICK_REBUY, PICK_SIMILAR
    from core.analysis.replenish import due_text
    from core.messages import count

    i18n.install_translator(qapp, lang)
    name = "RED MUG; SET OF 2"  # a product name stays whole, whatever it holds
    for lift in (5.2, 0.4, 1.0):
        english = reason_text(1234, 4100, name, lift)
        translated = i18n.translate_text(english)
        assert translated != str(english) and name in translated
        assert "bought together" not in translated and "chance" not in translated
        assert i18n.format_number(1234) in translated and i18n.format_number(4100) in translated
    baskets = i18n.translate_text(reason_text(3, 9, "MUG", 2.0, unit="baskets"))
    assert baskets != i18n.translate_text(reason_text(3, 9, "MUG", 2.0))
    refill = due_text(30.4, 1234)
    assert refill == "usually rebuys every 30 days, last bought 1,234 days ago"  # the English the CLI prints
    assert i18n.translate_text(refill) == QCoreApplication.translate(
        "messages", "usually rebuys every {days} days, last bought {since} days ago").format(
        days="30", since=i18n.format_number(1234))
    for message in (PICK_SIMILAR(product="MUG, RED"), PICK_REBUY(orders=count(3), days=count(45))):
        assert "bought" not in i18n.translate_text(message)


@pytest.mark.parametrize("lang", SHIPPED)
def test_dashboard_headline_explanations_from_core_are_translated(qapp, private_settings, lang, demo_db, fresh_db):
    from core.dashboard import headline_figures

    i18n.install_translator(qapp, lang)
    english_words = re.compile(r"\b(orders?|customers?|revenue|days|before|together|people|yet)\b", re.I)
    heads = headline_figures(demo_db) + headline_figures(fresh_db)
    assert len(heads) >= 10
    for head in heads:
        translated = i18n.translate_text(head.explanation)
        assert translated and translated != head.explanation, head.explanation
        assert not english_words.search(translated), (head.key, translated)
        assert not translated.endswith(".."), translated
    revenue = next(h for h in headline_figures(demo_db) if h.key == "revenue_30d")
    # the last order's date in the local short form (dd.MM.yyyy in pl/lv/ru), not "09 Dec 2011"
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", i18n.translate_text(revenue.explanation))


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_cluster_description_core_can_write_is_translated(qapp, private_settings, lang):
    import itertools

    from core.analysis.clusters import describe_centre

    i18n.install_translator(qapp, lang)
    seen = set()
    for r, f, m, b in itertools.product((-1.0, 0.0, 1.0), repeat=4):  # every level of every z-score
        for country, share in (("Latvia", 0.8), (None, 0.0)):
            english = describe_centre({"recency": r, "frequency": f, "monetary": m, "basket": b}, country, share)
            seen.add(str(english))
            translated = i18n.translate_text(english)
            assert translated != english and translated[0].isupper(), english
            assert not re.search(r"\b(buyers|spend|recently|mostly)\b", translated), translated
            assert ("Latvia" in translated) == (country is not None)
    assert len(seen) == 3 * 3 * 3 * 3 * 2  # frequency × basket × recency × spend levels × country or not
    frequent = describe_centre({"recency": -1.0, "frequency": 1.0, "monetary": 1.0, "basket": 0.0}, "Latvia", 0.9)
    assert frequent == "Frequent buyers, bought recently, high total spend, mostly Latvia"


def test_i18n_parses_no_sentences():
    """desktop/i18n.py keeps languages and formatting: no regular expressions, no mirrored tables of core's text."""
    source = (Path(i18n.__file__)).read_text(encoding="utf-8")
    assert "\nimport re\n" not in source and "QT_TRANSLATE_NOOP" not in source


def test_dashboard_and_also_bought_show_core_sentences_in_polish(qtbot, qapp, private_settings, demo_db_path):
    """Sentences core writes in English (headline explanations, pair reasons) reach the screens translated."""
    from core.dashboard import headline_figures
    from core.store import open_shop
    from desktop.shop import Shop
    from desktop.views.also_bought_view import _local_reasons
    from desktop.views.dashboard_view import DashboardView
    from desktop.workers import wait_for_tasks

    db = open_shop(demo_db_path)
    english = {h.key: h.explanation for h in headline_figures(db)}
    db.conn.close()
    i18n.install_translator(qapp, "pl")
    shop = Shop(demo_db_path)
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_shop(shop)
    try:
        assert wait_for_tasks(120_000)
        shown = {card.key: card.note.text() for card in view.cards if not card.isHidden()}
        assert shown and set(shown) <= set(english)
        translated = [key for key, text in shown.items() if text and text != english[key]]
        assert len(translated) >= len(shown) - 1, (shown, english)
    finally:
        shop.close()
    import pandas as pd

    from core.analysis.pairs import reason_text
    i18n.install_translator(qapp, "pl")
    try:
        reasons = _local_reasons(pd.DataFrame({"reason": [reason_text(23, 410, "X", 5.2)]}))
    finally:
        i18n.install_translator(qapp, "en")
    assert "23" in reasons.iloc[0] and "bought together" not in reasons.iloc[0]
