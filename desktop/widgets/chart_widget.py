"""A chart on screen: a matplotlib Figure from ``core.charts`` on a Qt canvas, with Save and Copy buttons.

Usage::

    widget = ChartWidget(name="revenue_by_month")
    widget.set_figure(figure)          # a matplotlib.figure.Figure built by core (any thread)
    widget.save("chart.png")           # or .svg / .pdf
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from core.atomic import atomic_write
from desktop.widgets.chart_canvas import ChartCanvas


class ChartWidget(QWidget):
    """Shows one Figure; 'Save…' writes PNG or SVG, 'Copy' puts a PNG image on the clipboard."""

    sig_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, name: str = "chart"):
        super().__init__(parent)
        self.name = name
        self.folder: Path | None = None  # where Save… opens (the shop's exports folder, set by the screen)
        self.figure: Figure | None = None
        self.canvas: ChartCanvas | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.placeholder = QLabel(self.tr("Loading…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.placeholder, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture or an SVG drawing"))
        self.save_button.clicked.connect(self.choose_save_path)
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this chart to the clipboard, to paste into an e-mail or document"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        for button in (self.save_button, self.copy_button):
            button.setEnabled(False)
            bar.addWidget(button)
        layout.addLayout(bar)

    def drawing_size(self) -> tuple[int, int, float] | None:
        """Return the size a chart set now would be drawn at (width and height in pixels, device pixel ratio), or
        None when that is not known yet (no chart and no laid-out placeholder)."""
        area = self.canvas if self.canvas is not None else self.placeholder
        if not area.isVisible() or area.width() <= 0 or area.height() <= 0:
            return None
        return area.width(), area.height(), float(area.devicePixelRatioF() or 1.0)

    def set_figure(self, figure: Figure | None) -> None:
        """Show ``figure`` (None shows the loading text again); returns None."""
        layout = self.layout()
        if self.canvas is not None:
            layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
            self.canvas = None
        self.figure = figure
        self.placeholder.setVisible(figure is None)
        if figure is not None:
            self.canvas = ChartCanvas(figure)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.canvas.setMinimumHeight(260)
            layout.insertWidget(0, self.canvas, 1)
            self.canvas.draw_idle()  # so the first paint (even a grab() before any resize) draws the chart
        self.save_button.setEnabled(figure is not None)
        self.copy_button.setEnabled(figure is not None)

    def set_message(self, text: str) -> None:
        """Show a plain text instead of a chart (e.g. an error); returns None."""
        self.set_figure(None)
        self.placeholder.setText(text)

    def save(self, path: str | Path) -> Path:
        """Save the chart to ``path``; the suffix picks the format (.png, .svg, .pdf); returns the path."""
        path = Path(path)
        if self.figure is None:
            raise ValueError("no chart to save")
        if not path.suffix:
            path = path.with_suffix(".png")
        with atomic_write(path, "wb") as handle:
            self.figure.savefig(handle, format=path.suffix.lower().lstrip("."),
                                dpi=150 if path.suffix.lower() == ".png" else None)
        self.sig_saved.emit(str(path))
        return path

    def png_bytes(self, dpi: int = 120) -> bytes:
        """Return the chart as PNG bytes."""
        import io
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=dpi)
        return buffer.getvalue()

    def image(self) -> QImage:
        """Return the chart as a QImage (what Copy puts on the clipboard)."""
        return QImage.fromData(QByteArray(self.png_bytes()), "PNG")

    def copy_to_clipboard(self) -> None:
        """Put the chart on the clipboard as an image; returns None."""
        if self.figure is not None:
            QGuiApplication.clipboard().setImage(self.image())

    def choose_save_path(self) -> None:
        """Ask where to save (PNG or SVG) and save there; returns None."""
        if self.figure is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), str((self.folder or Path.home()) / f"{self.name}.png"),
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".svg" if "svg" in chosen.lower() else ".png"
        try:
            self.save(path)
        except OSError as exc:
            from desktop.errors import show_error
            show_error(self, self.tr("Could not save the chart"), exc)
