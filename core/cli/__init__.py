"""The ``python -m core`` command line: one module per verb, discovered automatically.

A verb module defines ``register(subparsers)`` that adds its sub-parser and sets ``func`` (``args -> int``).
Shared helpers for verbs live in ``core.cli.common``.
"""
