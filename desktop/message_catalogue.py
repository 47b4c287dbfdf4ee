"""Every template of core.messages, marked for Qt Linguist (context "messages").

Written by scripts/write_message_catalogue.py; tests/desktop/test_messages.py keeps it equal to core's
catalogue. Do not edit by hand."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
}
