#!/usr/bin/env python3
"""Draws the Teams app icons (no dependencies): color.png 192x192 and outline.png 32x32 (white on transparent).
Three circles around a table: a learning group. Run once; the PNGs are committed."""
import struct, zlib, os

def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def group(size):
    c, r, s = size / 2, size * 0.26, size * 0.13
    seats = [(c, c - r), (c - r * 0.87, c + r * 0.5), (c + r * 0.87, c + r * 0.5)]
    def inside(x, y):
        px, py = x + 0.5, y + 0.5
        if (px - c) ** 2 + (py - c) ** 2 <= (size * 0.12) ** 2: return True
        return any((px - sx) ** 2 + (py - sy) ** 2 <= s ** 2 for sx, sy in seats)
    return inside

here = os.path.dirname(os.path.abspath(__file__))
big = group(192)
png(os.path.join(here, "color.png"), 192, lambda x, y: (255, 255, 255, 255) if big(x, y) else (31, 122, 107, 255))
small = group(32)
png(os.path.join(here, "outline.png"), 32, lambda x, y: (255, 255, 255, 255) if small(x, y) else (0, 0, 0, 0))
