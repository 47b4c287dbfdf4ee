"""Draw the Shopkeeper app icon (a little shop front with a striped awning) as SVG, PNG, ICO and ICNS.

Run from the repository root: ``python resources/icons/make_icon.py``. No downloads; Qt renders the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STRIPES = 6


def icon_svg() -> str:
    """Return the icon as SVG text (256 x 256 user units)."""
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">',
        '<title>Shopkeeper</title>',
        '<rect x="8" y="8" width="240" height="240" rx="48" fill="#1f5f8b"/>',
        # shop body
        '<rect x="44" y="108" width="168" height="108" rx="6" fill="#fdf6e3"/>',
        # door and window
        '<rect x="60" y="138" width="44" height="78" rx="4" fill="#8a5a2b"/>',
        '<circle cx="96" cy="180" r="4" fill="#f2c14e"/>',
        '<rect x="120" y="136" width="76" height="50" rx="4" fill="#9ed0f0" stroke="#5a8fb0" stroke-width="4"/>',
        '<line x1="158" y1="136" x2="158" y2="186" stroke="#5a8fb0" stroke-width="4"/>',
        # roof board
        '<rect x="36" y="42" width="184" height="22" rx="6" fill="#f2c14e"/>',
    ]
    # awning: alternating red/white stripes with scalloped lower edge
    left, width, top, height = 36, 184, 62, 40
    stripe = width / STRIPES
    for i in range(STRIPES):
        x = left + i * stripe
        colour = "#d64545" if i % 2 == 0 else "#ffffff"
        r = stripe / 2
        parts.append(
            f'<path d="M{x:.1f},{top} h{stripe:.1f} v{height} '
            f'a{r:.1f},{r:.1f} 0 0 1 {-stripe:.1f},0 z" fill="{colour}"/>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> int:
    """Write shopkeeper.svg, shopkeeper.png (256 px), shopkeeper-512.png, .ico and .icns; returns 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for rendering)
    svg = icon_svg()
    (HERE / "shopkeeper.svg").write_text(svg, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    for size, name, fmt in ((256, "shopkeeper.png", "PNG"), (512, "shopkeeper-512.png", "PNG"),
                            (256, "shopkeeper.ico", "ICO"), (512, "shopkeeper.icns", "ICNS")):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(HERE / name), fmt):
            print(f"could not write {name} (no {fmt} image plug-in)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
