"""The import wizard's pages, one module per page (the wizard itself is ``desktop.wizard.import_wizard``). Each
page keeps its class name, which is the Qt translation context of its texts."""

from desktop.wizard.pages.files import FilesPage
from desktop.wizard.pages.preview import PreviewPage
from desktop.wizard.pages.mapping import MappingPage
from desktop.wizard.pages.validate import ValidatePage
from desktop.wizard.pages.import_page import ImportPage
from desktop.wizard.pages.result import ResultPage

__all__ = ["FilesPage", "PreviewPage", "MappingPage", "ValidatePage", "ImportPage", "ResultPage"]
