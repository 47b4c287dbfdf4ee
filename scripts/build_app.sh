#!/usr/bin/env bash
# Build the double-click app: compile translations (.ts -> .qm), then PyInstaller one-folder build.
# Output: dist/shopkeeper/shopkeeper (Linux; Windows: shopkeeper.exe; macOS: dist/Shopkeeper.app).
# Needs: pip install -e ".[build]"   (PyInstaller; PySide6 provides pyside6-lrelease)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

LRELEASE=$(command -v pyside6-lrelease || true)
for ts in resources/translations/shopkeeper_*.ts; do
    [ -e "$ts" ] || continue
    if [ -n "$LRELEASE" ]; then
        "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
    else
        echo "pyside6-lrelease not found: using the committed ${ts%.ts}.qm" >&2
    fi
done

python3 -m PyInstaller --noconfirm --clean --log-level WARN build.spec

if [ -d dist/Shopkeeper.app ]; then
    target=dist/Shopkeeper.app
else
    target=dist/shopkeeper
fi
echo "Built $target in $(( $(date +%s) - start )) s; size $(du -sh "$target" | cut -f1)"
