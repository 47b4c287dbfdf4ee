"""A sample page holding a snippet, for the owner to see it work in a real browser before pasting it.

``write_preview(snippet, folder, note)`` writes ``snippet-preview.html`` into ``folder`` (the shop's exports
folder, ``exports_folder``) in one step (``core.atomic``) and returns its path. The page shows the snippet as a
product page would: the also-bought widget on a product it has recommendations for, a VIP banner as a tagged
customer sees it, Liquid tags filled in the way Shopify would. Nothing but the snippet (products only) and the
owner's ``note`` is in it.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import sqlite_utils

from core.atomic import write_text_atomic
from core.snippets.builders import Snippet
from core.snippets.escape import html_attr, html_text

PREVIEW_NAME = "snippet-preview.html"
PAGE_STYLE = ("body{font-family:system-ui,sans-serif;margin:0;background:#fafafa;color:#222}"
              "main{max-width:960px;margin:0 auto;padding:2em 1.5em;background:#fff;min-height:100vh}"
              ".sk-preview-note{padding:.6em 1em;background:#fff7d6;border:1px solid #e6d28a;border-radius:6px}")


def exports_folder(db: sqlite_utils.Database) -> Path:
    """Return the shop's exports folder: ``exports`` beside the shop file (a temporary folder for a shop kept in
    memory). The folder is not created here."""
    row = db.execute("PRAGMA database_list").fetchone()
    if row and row[2]:
        return Path(row[2]).parent / "exports"
    return Path(tempfile.gettempdir()) / "shopkeeper-exports"


def preview_page(snippet: Snippet, note: str = "") -> str:
    """Return the HTML of a sample page holding ``snippet`` as a shop page would show it (see the module text)."""
    text = snippet.text
    sample = html_attr(snippet.sample_product)
    text = text.replace("{{ product.handle | escape }}", sample)  # what Shopify puts there on that product's page
    if snippet.kind in ("also-bought", "woocommerce"):
        text = re.sub(r'data-product="[^"]*"', f'data-product="{sample}"', text, count=1)
    text = re.sub(r"\{% if customer and customer\.tags contains '[a-z0-9_-]+' %\}\n?", "", text)
    text = text.replace("{% endif %}\n", "").replace("{% endif %}", "")
    tag = re.search(r'data-sk-class="([a-z0-9_-]+)"', text)
    body_class = f' class="{tag.group(1)}"' if tag else ""  # the page of a customer who has the VIP class
    note_html = f'<p class="sk-preview-note">{html_text(note)}</p>\n' if note else ""
    return (f'<!DOCTYPE html>\n<html lang="{html_attr(snippet.shop_lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>Shopkeeper preview: {html_text(snippet.kind)}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n"
            f"<body{body_class}>\n<main>\n{note_html}{text}</main>\n</body>\n</html>\n")


def write_preview(snippet: Snippet, folder: str | Path, note: str = "") -> Path:
    """Write the sample page for ``snippet`` into ``folder`` (all-or-nothing); returns the file's path."""
    return write_text_atomic(Path(folder) / PREVIEW_NAME, preview_page(snippet, note))
