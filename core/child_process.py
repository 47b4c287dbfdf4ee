"""How Shopkeeper starts a process of its own to work beside the one the owner waits on (the report's picks
evaluation, ``core.background_evaluation``).

From source the child is ``python -m core.background_evaluation …``. In the frozen app the executable is the window,
not Python, so the child is that executable with ``EVALUATION_CHILD`` as its first argument: ``desktop.app.main``
hands such a start over to ``core.background_evaluation.main`` before anything else (no window, no Qt). This module
stays free of heavy imports because the app's entry point reads it at every start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

EVALUATION_CHILD = "--evaluation-child"
_PROJECT_ROOT = Path(__file__).resolve().parent.parent


def evaluation_command(arguments: list[str]) -> list[str]:
    """Return the command that runs ``core.background_evaluation.main(arguments)`` in a new process."""
    if getattr(sys, "frozen", False):
        return [sys.executable, EVALUATION_CHILD, *arguments]
    return [sys.executable, "-m", "core.background_evaluation", *arguments]


def child_environment() -> dict[str, str]:
    """Return the environment for a child: this process's, with this copy of ``core`` first on the module path
    (whatever the current folder or an installed package; the frozen app ignores it)."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join([str(_PROJECT_ROOT), *filter(None, [environment.get("PYTHONPATH")])])
    return environment
