"""Errors that carry a plain-language message for the shop owner.

Core raises these; the command line prints ``str(error)`` and the desktop shows it in a dialog.
``code`` is a stable key the desktop may use to pick a translated message.
"""

from core.messages import Message, MessageTemplate, plain

CANCELLED = MessageTemplate("error.cancelled", "Cancelled; nothing was changed.")


class ShopkeeperError(Exception):
    """A problem the user can understand and act on (bad file, missing shop, ...).

    ``message`` is a keyed ``core.messages.Message`` (a plain str is wrapped as an untranslated one);
    ``str(error)`` is its English text.
    """

    code = "error"

    def __init__(self, message: str | Message, **details):
        self.message = plain(message)
        super().__init__(str(self.message))
        self.details = details


class NotAShopError(ShopkeeperError):
    """The file given as a shop database is not one."""

    code = "not_a_shop"


class ImportFailed(ShopkeeperError):
    """An import could not be completed; the database is unchanged."""

    code = "import_failed"


class Cancelled(ShopkeeperError):
    """The user cancelled long work; everything it started was rolled back."""

    code = "cancelled"

    def __init__(self, message: str | Message | None = None):
        super().__init__(CANCELLED() if message is None else message)


class ShopBusyError(ShopkeeperError):
    """Another program (or another Shopkeeper window) is writing to this shop right now."""

    code = "shop_busy"
