#!/usr/bin/env python3
"""Regenerate the raster app icons from resources/icons/neph-gui.svg.

Writes:
  resources/icons/hicolor/scalable/apps/io.github.nephgui.NephGui.svg (copy of the SVG)
  resources/icons/hicolor/<N>x<N>/apps/io.github.nephgui.NephGui.png   (N in SIZES)
  resources/icons/neph-gui.ico                                          (Windows exe/installer)

Needs a Python with PySide6 (QtSvg) and Pillow. Runs headless:
  QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
Pass --check to only verify that the committed files match what would be generated.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

APP_ID = "io.github.nephgui.NephGui"
SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 32, 48, 256)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE_SVG = ICONS / "neph-gui.svg"


def render_png(svg_bytes: bytes, size: int) -> bytes:
    """Render the SVG into a size x size antialiased PNG, returned as bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_bytes))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE_SVG}: Qt cannot parse this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)  # fully transparent
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    return bytes(buffer.data().data())


def make_ico(pngs: dict[int, bytes]) -> bytes:
    """Build a multi-size .ico from the PNG renderings (no resampling by Pillow)."""
    from PIL import Image

    images = [Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in ICO_SIZES]
    largest = images[-1]
    out = io.BytesIO()
    # Pillow takes the other sizes from append_images when they match exactly,
    # so each size is our own Qt rendering, not a downscale of the 256 px one.
    largest.save(
        out,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    return out.getvalue()


def outputs() -> dict[Path, bytes]:
    svg = SOURCE_SVG.read_bytes()
    pngs = {size: render_png(svg, size) for size in SIZES}
    files: dict[Path, bytes] = {
        ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": svg,
        ICONS / "neph-gui.ico": make_ico(pngs),
    }
    for size, data in pngs.items():
        files[ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = data
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify, do not write")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841

    stale = []
    for path, data in outputs().items():
        rel = path.relative_to(ROOT)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(rel)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {rel} ({len(data)} bytes)")
    if stale:
        print("stale icons (run packaging/make_icons.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
