"""Shopkeeper core: store, importers, analytics and exporters. Pure Python, no Qt."""

__version__ = "0.1.0"
