"""Keyed messages: the catalogue for Qt Linguist matches core's, every template is translated in every language
with the same fields, and a message shows in the UI language with local digits."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from core.messages import Message, MessageTemplate, catalogue, count, day, money, number, percent, template_fields
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


def _finished_translations(lang: str) -> dict[str, str]:
    """Return {source: translation} of the finished entries of context "messages" in the shipped .ts file."""
    root = ElementTree.parse(ROOT / "resources" / "translations" / f"shopkeeper_{lang}.ts").getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") != "messages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished", "obsolete", "vanished") and (translation.text or ""):
                out[message.findtext("source")] = translation.text
    return out


@pytest.mark.parametrize("lang", ["pl", "lv", "ru"])
def test_every_template_is_translated_with_the_same_fields(qapp, lang):
    finished = _finished_translations(lang)
    problems = []
    for key, template in catalogue().items():
        if template not in finished:
            problems.append(f"untranslated {key}")
        elif sorted(template_fields(finished[template])) != sorted(template_fields(template)):
            problems.append(f"fields differ {key}: {finished[template]!r}")
    assert problems == [], problems[:10]
    i18n.install_translator(qapp, lang)  # and the compiled .qm gives them, filled with local digits
    try:
        for key, template in catalogue().items():
            sample = {name: count(1234) for name in template_fields(template)}
            shown = i18n.translate_message(Message(key, template, **sample))
            assert shown == finished[template].format(**{n: i18n.format_number(1234) for n in sample}), key
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
