#!/usr/bin/env python3
"""Draws the home-screen icons of the web app manifest (web/src/main/webapp/icons/*.png): white "CDTT" on the
brand blue of cdtt.css (--brand #0b5394). Run once from the repository root; the PNGs are committed. Plain Python
(zlib), no image library needed. "any" icons have rounded corners; the maskable one fills the square and keeps the
letters inside the central 80 % safe zone that Android's masks never cut."""
import os
import struct
import zlib

BRAND = (0x0B, 0x53, 0x94)
WHITE = (0xFF, 0xFF, 0xFF)
GLYPHS = {  # 5 x 7
    'C': ["01111", "10000", "10000", "10000", "10000", "10000", "01111"],
    'D': ["11110", "10001", "10001", "10001", "10001", "10001", "11110"],
    'T': ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
}


def icon(size, maskable):
    text = "CDTT"
    columns = len(text) * 6 - 1          # 5 per glyph, 1 between
    width_share = 0.62 if maskable else 0.74
    cell = max(1, int(size * width_share / columns))
    left = (size - columns * cell) // 2
    top = (size - 7 * cell) // 2
    radius = 0 if maskable else size * 0.18
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter: none
        for x in range(size):
            alpha = 255
            if radius:
                cx = min(max(x + 0.5, radius), size - radius)
                cy = min(max(y + 0.5, radius), size - radius)
                if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2:
                    alpha = 0
            colour = BRAND
            gx, gy = (x - left) // cell, (y - top) // cell
            if 0 <= gy < 7 and 0 <= gx < columns and x >= left and y >= top:
                glyph, col = divmod(gx, 6)
                if col < 5 and GLYPHS[text[glyph]][gy][col] == "1":
                    colour = WHITE
            row += bytes(colour) + bytes([alpha])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = os.path.join("web", "src", "main", "webapp", "icons")
    os.makedirs(out, exist_ok=True)
    for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False),
                                 ("icon-maskable-512.png", 512, True), ("apple-touch-icon.png", 180, True)]:
        with open(os.path.join(out, name), "wb") as f:
            f.write(icon(size, maskable))
        print(name)
