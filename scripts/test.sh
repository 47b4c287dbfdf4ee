#!/usr/bin/env bash
# One command that installs everything and runs the test suite (offscreen Qt, no screen needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_system_packages.sh
python3 -m pip install -q --disable-pip-version-check -e ".[test]"
export QT_QPA_PLATFORM=offscreen
python3 -m pytest "$@"
