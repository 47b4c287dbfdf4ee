#!/usr/bin/env bash
# One command that installs everything and runs the test suite (offscreen Qt, no screen needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_system_packages.sh
python3 -m pip install -q --disable-pip-version-check -e ".[test]"
export QT_QPA_PLATFORM=offscreen
# CI also runs the slow adversarial tests (fuzzing, kill -9 during import / erase / report, bombs); locally they are
# opt-in: bash scripts/test.sh -m "slow or not slow"
if [ -n "${CI:-}" ]; then
    set -- -m "slow or not slow" "$@"
fi
python3 -m pytest "$@"
