"""``python -m core VERB``: the Shopkeeper command line (mirrors the desktop app)."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

import core.cli
from core import __version__
from core.child_process import leave_at_once
from core.errors import ShopkeeperError


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser with every verb module in ``core.cli`` registered (with ``only``, just the
    module of that verb when it has one: the others' imports cost a second of start-up)."""
    parser = argparse.ArgumentParser(prog="python -m core",
                                     description="Shopkeeper: know every customer of your online shop.")
    parser.add_argument("--version", action="version", version=f"Shopkeeper {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full error (traceback) on failure")
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    names = sorted(m.name for m in pkgutil.iter_modules(core.cli.__path__))
    wanted = f"{only.replace('-', '_')}_verb" if only else None
    if wanted in names and getattr(importlib.import_module(f"core.cli.{wanted}"), "VERB", None) == only:
        names = [wanted]
    for name in names:
        module = importlib.import_module(f"core.cli.{name}")
        if hasattr(module, "register"):
            module.register(subparsers)
    return parser


def main(argv: list[str] | None = None, as_program: bool = False) -> int:
    """Run the command line; returns the process exit code. ``as_program`` (``python -m core``): a verb that
    closes everything it wrote (``leaves_at_once`` among its defaults) ends the process as soon as it succeeds."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    if debug:
        argv.remove("--debug")
    parser = build_parser(argv[0] if argv and not argv[0].startswith("-") else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        code = int(args.func(args) or 0)
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
    if as_program and code == 0 and getattr(args, "leaves_at_once", False):
        leave_at_once(code)
    return code


if __name__ == "__main__":
    sys.exit(main(as_program=True))
