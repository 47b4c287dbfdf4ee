"""core/ must stay pure Python: no Qt, no Qt matplotlib backend, and importable without PySide6."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "matplotlib.backends.backend_qt",
             "matplotlib.backends.backend_qtagg", "desktop")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_import_no_qt_or_desktop():
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_core_cli_runs_without_loading_qt():
    code = ("import sys, runpy; sys.argv=['core','--help']\n"
            "try: runpy.run_module('core', run_name='__main__')\n"
            "except SystemExit: pass\n"
            "bad=[m for m in sys.modules if m.startswith(('PySide6','shiboken6','PyQt'))]\n"
            "print('QT_LOADED' if bad else 'CLEAN', bad)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "CLEAN" in result.stdout, result.stdout + result.stderr
