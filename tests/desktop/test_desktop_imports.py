"""The desktop's import graph: no core.cli, no cycle between the customers screen and the profile window."""

from __future__ import annotations

import ast
from pathlib import Path

from core.cli.lists_verb import COLUMNS
from desktop.views.customers.jobs import LIST_EXPORT_COLUMNS

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def imported_modules(path: Path) -> set[str]:
    """Return the modules ``path`` imports (top level and inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_desktop_never_imports_the_command_line():
    offenders = [str(path.relative_to(DESKTOP)) for path in DESKTOP.rglob("*.py")
                 if any(name == "core.cli" or name.startswith("core.cli.") for name in imported_modules(path))]
    assert offenders == []


def test_the_customers_screen_keeps_its_module_name():
    import desktop.views.customers_view as screen
    from desktop.views import VIEW_MODULES
    assert "customers_view" in VIEW_MODULES and screen.VIEW_CLASS is screen.CustomersView
    assert screen.LIST_EXPORT_COLUMNS == LIST_EXPORT_COLUMNS


def test_profile_window_does_not_import_the_screens():
    assert not [name for name in imported_modules(DESKTOP / "profile_window.py") if name.startswith("desktop.views")]


def test_exported_lists_have_the_command_lines_columns():
    assert LIST_EXPORT_COLUMNS == COLUMNS
