"""Shopkeeper desktop app (PySide6). Only calls ``core``; nothing in ``core`` knows this package exists."""
