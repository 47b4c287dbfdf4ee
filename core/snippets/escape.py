"""Escaping for every place a product name, URL or price can land in a snippet.

All helpers also neutralise Liquid delimiters (``{{``, ``{%``) so a product named ``{{ shop.secret }}`` stays
text in a Shopify theme, and ``script_json`` makes JSON that cannot end its ``<script>`` element
(``</script>``, ``<!--``) or break JavaScript parsing (U+2028/U+2029).
"""

from __future__ import annotations

import html
import json
import re

_STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"')


def html_text(value) -> str:
    """Return ``value`` as safe HTML text or attribute content (quotes, <, >, & and { } as entities)."""
    text = "" if value is None else str(value)
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


html_attr = html_text


def safe_url(value) -> str:
    """Return ``value`` when it is an http(s) URL or a site path (``/products/x``), else an empty string."""
    text = "" if value is None else str(value).strip()
    if re.match(r"^https?://[^\s\"'<>]+$", text, re.IGNORECASE):
        return text
    if re.match(r"^/(?!/)[^\s\"'<>]*$", text):
        return text
    return ""


def script_json(data) -> str:
    """Return ``data`` as JSON safe inside ``<script type="application/json">`` and in Liquid templates.

    Non-ASCII (so U+2028/U+2029) is escaped, ``< > &`` become ``\\u003c`` style escapes, braces inside strings
    become ``\\u007b``/``\\u007d``, and ``}}`` between values gets a space.
    """
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), sort_keys=False)

    def fix_string(match: re.Match) -> str:
        s = match.group(0)
        return s.replace("{", "\\u007b").replace("}", "\\u007d")

    text = _STRING_RE.sub(fix_string, text)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    while "}}" in text:
        text = text.replace("}}", "} }")
    return text


def is_liquid_safe(text: str, allowed: tuple[str, ...] = ()) -> bool:
    """Return True when ``text`` has no Liquid delimiters except the ``allowed`` fragments."""
    for fragment in allowed:
        text = text.replace(fragment, "")
    return "{{" not in text and "{%" not in text
