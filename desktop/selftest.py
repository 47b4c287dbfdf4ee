"""``shopkeeper --selftest OUTDIR``: open every screen on the demo shop offscreen and save a PNG of each."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication


def run_selftest(outdir: Path) -> int:
    """Render every view (and its extras) to ``outdir``; returns 0 when all worked, 1 otherwise."""
    from desktop import errors
    from desktop.main_window import MainWindow
    from desktop.workers import wait_for_tasks

    errors.recorded_errors = []

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    failures = []
    window = MainWindow()
    window.resize(1280, 820)
    window.show()
    QApplication.processEvents()
    window.grab().save(str(outdir / "00_no_shop.png"))
    if not window.open_demo():
        print("selftest: the demo shop did not open", file=sys.stderr)
        return 1
    for index, (view_id, view) in enumerate(window.views.items(), start=1):
        try:
            window.show_view(view_id)
            if not wait_for_tasks(120_000):
                failures.append(f"{view_id}: background work did not finish")
            QApplication.processEvents()
            target = outdir / f"{index:02d}_{view_id}.png"
            if not window.grab().save(str(target)):
                failures.append(f"{view_id}: could not save {target}")
            print(f"selftest: {target}")
            extras = getattr(view, "selftest_extras", None)
            if extras:
                for path in extras(outdir) or []:
                    print(f"selftest: {path}")
                wait_for_tasks(120_000)
        except Exception:
            failures.append(f"{view_id}: {traceback.format_exc()}")
    failures += [f"error shown to the user: {e}" for e in errors.recorded_errors]
    for failure in failures:
        print(f"selftest FAILED: {failure}", file=sys.stderr)
    print(f"selftest: {len(window.views)} views, {len(failures)} failures")
    window.close()
    return 1 if failures else 0
