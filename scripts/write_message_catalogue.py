"""Write desktop/message_catalogue.py: every core.messages template marked for Qt Linguist (context "messages").

Run by scripts/update_translations.sh before lupdate; tests/desktop/test_messages.py keeps the file current.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.messages import catalogue  # noqa: E402


def catalogue_source() -> str:
    """Return the text of desktop/message_catalogue.py for the current core catalogue."""
    lines = ['"""Every template of core.messages, marked for Qt Linguist (context "messages").',
             "",
             "Written by scripts/write_message_catalogue.py; tests/desktop/test_messages.py keeps it equal to core's",
             'catalogue. Do not edit by hand."""',
             "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP",
             "",
             "MESSAGES = {"]
    for key, template in catalogue().items():
        lines.append(f"    {key!r}: QT_TRANSLATE_NOOP({'messages'!r}, {template!r}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    (ROOT / "desktop" / "message_catalogue.py").write_text(catalogue_source(), encoding="utf-8")
