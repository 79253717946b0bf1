"""Make resources/aidstation.ico (the icon of both Windows programs) from the desk's own icon,
resources/icons/aidstation.svg: Qt draws each size crisp, Pillow writes the .ico.

Run after changing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/windows/make_icon.py`
(the .ico is kept in the repository, so a build needs neither step)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "aidstation.svg"
TARGET = ROOT / "resources" / "aidstation.ico"
SIZES = (256, 128, 64, 48, 32, 24, 16)  # what Explorer, the taskbar and title bars ask for


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} does not render")
    images = [render(renderer, size) for size in SIZES]
    images[0].save(TARGET, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[1:])
    print(f"{TARGET.relative_to(ROOT)}: {', '.join(map(str, SIZES))} px, {TARGET.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
