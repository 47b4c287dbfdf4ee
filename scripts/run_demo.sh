#!/usr/bin/env bash
# One command that installs everything and opens Shopkeeper on the bundled demo shop.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_system_packages.sh
python3 -m pip install -q --disable-pip-version-check -e .
exec shopkeeper --demo "$@"
