#!/usr/bin/env bash
# One command that installs everything and opens Shopkeeper on the bundled demo shop.
# It says what it installs before each step; nothing is installed twice (apt and pip skip what is there).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

echo "Shopkeeper demo: 1/3 Qt's system libraries (apt-get, only those missing; may ask for your sudo password):"
sed -n '/^PACKAGES="/,/"$/p' scripts/install_system_packages.sh | tr -d '"' | sed 's/^PACKAGES=//' | tr -s ' \n' ' ' \
    | fold -s -w 100 | sed 's/^/    /'
echo
bash scripts/install_system_packages.sh

echo "Shopkeeper demo: 2/3 Shopkeeper and its Python packages into $($PYTHON -c 'import sys; print(sys.prefix)')"
echo "    (pip install -e .: $($PYTHON - <<'PY'
import re
text = open("pyproject.toml", encoding="utf-8").read()
block = text.split("dependencies = [", 1)[1].split("]", 1)[0]
print(", ".join(re.findall(r'"([A-Za-z0-9_.-]+)', block)))
PY
))"
$PYTHON -m pip install -q --disable-pip-version-check -e .

echo "Shopkeeper demo: 3/3 opening the demo shop"
exec shopkeeper --demo "$@"
