"""Importers: read shop exports (CSV/XLSX) of many layouts and write them into a shop database.

Each layout is an ``ImportFormat`` plug-in in its own module, registered in ``core.importers.registry``.
``core.importers.pipeline.import_file`` is the one entry point used by the CLI and the GUI.
"""
