"""Keyed messages: every sentence core shows the owner is a template with a stable key plus its arguments.

``str(message)`` renders English (the command line, JSON and logs keep their text); the desktop translates the
*template* (Qt Linguist context ``messages``) and formats the *arguments* in the UI language. Nothing is ever
parsed back out of an English sentence.

Define a template once, at module level, next to the code that uses it::

    WINBACK = MessageTemplate("lists.winback.reason", "usually orders every {days} days, silent for {silent}")
    reason = WINBACK(days=count(30), silent=count(94))

Arguments are plain text or typed values (``count``, ``number``, ``percent``, ``money``, ``day``, or a nested
Message): each keeps the English text core chose and the raw value the desktop formats its own way. Templates
use plain ``{name}`` fields only (no format specs), so a translation may move them freely.
``catalogue()`` returns every template of core: the one catalogue (``scripts/write_message_catalogue.py`` writes it
out for Qt Linguist as ``desktop/message_catalogue.py``).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import string
import sys
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_TEMPLATES: dict[str, str] = {}
_MODULES: dict[str, str] = {}
_FORMATTER = string.Formatter()


def template_fields(template: str) -> list[str]:
    """Return the names of the ``{fields}`` of ``template`` in order; raises ValueError for specs or positions."""
    fields = []
    for _literal, name, spec, conversion in _FORMATTER.parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"template field {{{name}}} must be a plain name without a format: {template!r}")
        fields.append(name)
    return fields


@functools.lru_cache(maxsize=4096)
def _field_names(template: str) -> frozenset[str]:
    """Return the set of ``template``'s fields, parsed once per template (a list of pairs makes thousands of
    messages from a few templates)."""
    return frozenset(template_fields(template))


@dataclass(frozen=True)
class Arg:
    """A typed argument: ``value`` for the desktop to format, ``english`` as core writes it."""

    value: Any
    english: str

    def __str__(self) -> str:
        return self.english


@dataclass(frozen=True)
class Count(Arg):
    """A whole number of things (customers, orders)."""


@dataclass(frozen=True)
class Number(Arg):
    """A number shown with ``places`` decimals."""

    places: int = 0


@dataclass(frozen=True)
class Percent(Arg):
    """A share 0..1 shown as a percentage with ``places`` decimals."""

    places: int = 0


@dataclass(frozen=True)
class Money(Arg):
    """An amount of ``currency`` (major units)."""

    currency: str = ""


@dataclass(frozen=True)
class Day(Arg):
    """A calendar day."""


def count(value: int) -> Count:
    """Return a Count whose English is ``1,234``."""
    return Count(int(value), f"{int(value):,}")


def number(value: float, places: int = 0) -> Number:
    """Return a Number whose English is ``1,234.5`` with ``places`` decimals."""
    return Number(float(value), f"{float(value):,.{places}f}", places)


def percent(fraction: float, places: int = 0) -> Percent:
    """Return a Percent whose English is ``12%`` (``fraction`` 0.12)."""
    return Percent(float(fraction), f"{float(fraction) * 100:.{places}f}%", places)


def money(value: float, currency: str = "", english: str | None = None) -> Money:
    """Return a Money; ``english`` is core's own rendering (default ``1,234.50 EUR``)."""
    text = english if english is not None else (f"{float(value):,.2f} {currency}".strip())
    return Money(float(value), text, currency or "")


def day(value: date | datetime, english: str | None = None) -> Day:
    """Return a Day whose English is ``value`` as ``2024-03-09`` unless ``english`` is given."""
    return Day(value, english if english is not None else f"{value:%Y-%m-%d}")


class Message:
    """A sentence for the owner: ``key``, its English ``template`` and the ``args`` that fill it.

    Compares equal to its English text, so code and tests that treat it as a string keep working.
    """

    __slots__ = ("key", "template", "args")

    def __init__(self, key: str, template: str, /, **args: Any):  # positional: a field may be named "key"
        fields = _field_names(template)
        if not args.keys() >= fields:  # compared in place: lists make tens of thousands of messages
            raise ValueError(f"message {key!r} lacks {', '.join(sorted(fields - args.keys()))}")
        self.key, self.template, self.args = key, template, args

    def __str__(self) -> str:
        return self.template.format(**{name: str(value) for name, value in self.args.items()})

    def __repr__(self) -> str:
        return f"Message({self.key!r}: {str(self)!r})"

    def __eq__(self, other) -> bool:
        if isinstance(other, Message):
            return (self.key, str(self)) == (other.key, str(other))
        return isinstance(other, str) and str(self) == other

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, text: str) -> bool:
        return text in str(self)

    def __add__(self, other) -> str:
        return str(self) + str(other)

    def __radd__(self, other) -> str:
        return str(other) + str(self)


class MessageTemplate:
    """A registered template: calling it with the arguments returns the Message."""

    def __init__(self, key: str, template: str):
        template_fields(template)
        known = _TEMPLATES.get(key)
        if known is not None and known != template:
            raise ValueError(f"message key {key!r} is used for two templates")
        _TEMPLATES[key] = template
        self.key, self.template = key, template
        self.module = sys._getframe(1).f_globals.get("__name__", "")  # catalogue() lists core's own only
        _MODULES.setdefault(key, self.module)  # the defining module, not a later caller of the same key

    def __call__(self, /, **args: Any) -> Message:
        return Message(self.key, self.template, **args)

    def __repr__(self) -> str:
        return f"MessageTemplate({self.key!r}, {self.template!r})"


def plain(text: str | Message) -> Message:
    """Return ``text`` as a Message (a Message unchanged; a str as an untranslated one-off, key ``plain``)."""
    if isinstance(text, Message):
        return text
    return Message("plain", "{text}", text=str(text))


def catalogue() -> dict[str, str]:
    """Return ``{key: English template}`` of every message core defines (imports every core module first)."""
    import core

    for info in pkgutil.walk_packages(core.__path__, "core."):
        if info.name != "core.__main__":
            importlib.import_module(info.name)
    return {key: text for key, text in sorted(_TEMPLATES.items()) if _MODULES[key].startswith("core.")}
