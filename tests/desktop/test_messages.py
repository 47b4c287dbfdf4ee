"""Keyed messages: the catalogue for Qt Linguist matches core's, every template is translated in every language
with the same fields, and a message shows in the UI language with local digits."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from core.messages import MessageTemplate, catalogue, count, day, money, number, percent, template_fields
from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]


def _writer():
    spec = importlib.util.spec_from_file_location("write_message_catalogue",
                                                  ROOT / "scripts" / "write_message_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_qt_catalogue_is_current():
    assert (ROOT / "desktop" / "message_catalogue.py").read_text(encoding="utf-8") == _writer().catalogue_source(), \
        "run: python scripts/write_message_catalogue.py && bash scripts/update_translations.sh"


@pytest.mark.parametrize("lang", ["pl", "lv", "ru"])
def test_every_template_is_translated_with_the_same_fields(qapp, lang):
    i18n.install_translator(qapp, lang)
    try:
        problems = []
        for key, template in catalogue().items():
            translated = QCoreApplication.translate("messages", template)
            if translated == template and any(c.isalpha() for c in template.replace("{", "").replace("}", "")):
                problems.append(f"untranslated {key}")
                continue
            if sorted(template_fields(translated)) != sorted(template_fields(template)):
                problems.append(f"fields differ {key}: {translated!r}")
            sample = {name: count(1234) for name in template_fields(template)}
            assert i18n.translate_message(MessageTemplate(key, template)(**sample))
        assert problems == [], problems[:10]
    finally:
        i18n.install_translator(qapp, "en")


def test_message_text_and_local_arguments(qapp):
    greet = MessageTemplate("test.greeting", "{who} bought {n} items for {paid} ({share}) on {when}, {rate}")
    message = greet(who="Ala", n=count(1234), paid=money(1234.5, "EUR", english="€1,234.50"),
                    share=percent(0.125, 1), when=day(date(2024, 3, 9)), rate=number(2.5, 1))
    assert str(message) == "Ala bought 1,234 items for €1,234.50 (12.5%) on 2024-03-09, 2.5"
    assert message == str(message) and "1,234 items" in message
    i18n.install_translator(qapp, "pl")
    try:
        shown = i18n.translate_message(message)
    finally:
        i18n.install_translator(qapp, "en")
    assert "1\u00a0234" in shown or "1 234" in shown  # Polish digit grouping
    assert "2,5" in shown and "12,5" in shown


def test_templates_take_plain_fields_only():
    with pytest.raises(ValueError):
        MessageTemplate("test.bad", "{n:,} orders")
    MessageTemplate("test.once", "one text")
    with pytest.raises(ValueError):
        MessageTemplate("test.once", "another text for a key in use")
    assert "test.once" not in catalogue()  # the catalogue lists core's own templates only
    with pytest.raises(ValueError):
        MessageTemplate("test.missing", "{a} and {b}")(a="x")
