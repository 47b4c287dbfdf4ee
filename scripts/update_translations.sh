#!/usr/bin/env bash
# Refresh the translation sources from the code: every self.tr()/translate()/QT_TRANSLATE_NOOP string in desktop/
# goes into resources/translations/shopkeeper_{pl,lv,ru}.ts (existing translations kept, dropped strings removed).
# Then translate the new entries (Qt Linguist, or by editing the .ts), and compile with
#   pyside6-lrelease resources/translations/shopkeeper_pl.ts   (scripts/build_app.sh does this for all)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p resources/translations
python3 scripts/write_message_catalogue.py
mapfile -t SOURCES < <(find desktop -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in pl lv ru; do
    pyside6-lupdate -no-obsolete -locations none -target-language "$lang" "${SOURCES[@]}" \
        -ts "resources/translations/shopkeeper_${lang}.ts"
done
if [ "${1:-}" = "--release" ]; then
    for lang in pl lv ru; do
        pyside6-lrelease -silent "resources/translations/shopkeeper_${lang}.ts"
    done
fi
