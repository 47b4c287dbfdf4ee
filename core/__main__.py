"""``python -m core VERB``: the Shopkeeper command line (mirrors the desktop app)."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

import core.cli
from core import __version__
from core.errors import ShopkeeperError


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every verb module in ``core.cli`` registered."""
    parser = argparse.ArgumentParser(prog="python -m core",
                                     description="Shopkeeper: know every customer of your online shop.")
    parser.add_argument("--version", action="version", version=f"Shopkeeper {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full error (traceback) on failure")
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    for module_info in sorted(pkgutil.iter_modules(core.cli.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"core.cli.{module_info.name}")
        if hasattr(module, "register"):
            module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    if debug:
        argv.remove("--debug")
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except ShopkeeperError as exc:
        if debug:
            raise
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``... | head``): nothing more to say, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return 141
    except Exception as exc:  # the contract: one plain sentence, no traceback unless --debug
        if debug:
            raise
        print(f"Error: something went wrong ({type(exc).__name__}: {exc}). Run again with --debug for details.",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
