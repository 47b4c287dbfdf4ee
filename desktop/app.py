"""Start-up: ``shopkeeper [--demo] [--db PATH] [--lang xx] [--selftest OUTDIR]``."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from core import __version__
from core.child_process import EVALUATION_CHILD


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the parsed command-line options of the desktop app."""
    parser = argparse.ArgumentParser(prog="shopkeeper", description="Shopkeeper: know every customer of your shop.")
    parser.add_argument("--demo", action="store_true", help="open the bundled demo shop")
    parser.add_argument("--db", type=Path, help="open this shop database file")
    parser.add_argument("--lang", help="user-interface language: en, pl, lv or ru (default: the system's)")
    parser.add_argument("--selftest", type=Path, metavar="OUTDIR",
                        help="open every view on the demo shop (or the shop given with --db), save a PNG of each "
                        "into OUTDIR, then exit (exit code 1 on any error)")
    parser.add_argument("--version", action="version", version=f"Shopkeeper {__version__}")
    return parser.parse_args(argv)


NO_SCREEN = "no screen found: run on a desktop or use --selftest"

# Qt platform plug-ins that draw without a display server.
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}


def screen_missing(environ=None, platform: str | None = None) -> bool:
    """Return True when Qt would find no screen: on Linux and other X11/Wayland systems, no ``DISPLAY`` nor
    ``WAYLAND_DISPLAY`` and no headless ``QT_QPA_PLATFORM``. Windows and macOS always have one."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = (environ.get("QT_QPA_PLATFORM") or "").split(":")[0].strip().lower()
    if chosen in _HEADLESS_PLATFORMS:
        return False
    if chosen in ("xcb", ""):
        has_x = bool(environ.get("DISPLAY"))
        return not (has_x or (chosen == "" and environ.get("WAYLAND_DISPLAY")))
    if chosen.startswith("wayland"):
        return not environ.get("WAYLAND_DISPLAY")
    return False  # another plug-in: let Qt decide


def limit_native_threads(environ=None) -> dict[str, str]:
    """Ask numpy's BLAS and scikit-learn's OpenMP for one thread each (unless the user set otherwise); returns
    the settings in force. Call before numpy is imported: later calls change nothing."""
    environ = os.environ if environ is None else environ
    # Each screen's work already runs in a worker thread: native thread pools beside them only spin against
    # each other on a two-core laptop (the demo's screens took 1.5-2x longer with them, benchmarks/README.md).
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        environ.setdefault(name, "1")
    return {name: environ[name] for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def main(argv: list[str] | None = None) -> int:
    """Run the desktop app; returns the process exit code (2 when there is no screen to show it on). Started as
    the report's evaluation child (``core.child_process``), it runs that instead, without a window."""
    limit_native_threads()
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [EVALUATION_CHILD]:
        from core.background_evaluation import main as evaluation_child
        return evaluation_child(argv[1:])
    args = parse_args(argv)
    if args.selftest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif screen_missing() and _running_application() is None:
        # Qt would abort with a core dump and a page about plug-ins; the owner gets one sentence instead.
        print(NO_SCREEN, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Shopkeeper")
    app.setApplicationName("Shopkeeper")
    app.setApplicationVersion(__version__)
    from desktop import refcount_guard
    guard = refcount_guard.install(app)  # noqa: F841 - PySide6 6.12's emit wears out True (see the module)
    from desktop.app_settings import isolate_if_home_set
    isolate_if_home_set()
    try:
        from desktop.i18n import install_translator
    except ImportError:
        install_translator = None
    if install_translator:
        install_translator(app, args.lang)
    if args.selftest:
        from desktop.selftest import run_selftest
        return run_selftest(args.selftest, args.db)

    from desktop.main_window import MainWindow

    window = MainWindow()
    if args.db:
        window.open_shop(args.db)
    elif args.demo:
        window.open_demo()
    else:
        from desktop import app_settings
        recent = app_settings.recent_shops()
        if recent:
            window.open_shop(recent[0])
    window.show()
    # Start-up objects live for the whole run: move them out of the collector's reach so a full collection
    # during an import does not pause the window (benchmark: longest stall 64 -> 33 ms).
    gc.collect()
    gc.freeze()
    return app.exec()


def _running_application():
    """Return the running QApplication (a test's, the self-test's) or None, without creating one."""
    if "PySide6.QtWidgets" not in sys.modules:
        return None
    from PySide6.QtWidgets import QApplication
    return QApplication.instance()


if __name__ == "__main__":
    sys.exit(main())
