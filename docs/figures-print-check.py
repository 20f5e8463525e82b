#!/usr/bin/env python3
"""Checks paper-style figures as a printer and a reviewer see them (used by docs/figures-check.sh).

Usage: figures-print-check.py WIDTH_INCHES FOLDER [CAPTIONS.md]

For every figure NAME in FOLDER (NAME.svg, NAME.png, NAME.pdf; each that exists is checked):
- PNG: a pHYs chunk of 300 dots per inch, and WIDTH_INCHES x 300 pixels wide (the printed width);
- PDF: page width WIDTH_INCHES x 72 pt (pdfinfo), every word at least 7 pt as printed (pdftotext -bbox: DejaVu
  Sans' box is 1.164 em high, so a word of 7 pt is 8.15 pt tall, or wide when turned), none above the 8 pt of axis
  labels (a title is 9 pt), and no caption title in its text;
- SVG: width="WIDTH_INCHESin", every font-size at least 7 (points: the viewBox is in points), none above the 8 pt
  of axis labels (a title is 9 pt), and no caption title in its text.
Titles come from CAPTIONS.md (the "**Title.**" lines of figures/captions.md, or run's lines after each "## " heading).
Prints one line per defect and exits 1 when there is any, else prints a summary and exits 0.
"""
import glob
import html
import os
import re
import struct
import subprocess
import sys

MIN_POINTS = 7.0
MAX_POINTS = 8.0  # axis labels and panel names; a figure title is 9 pt on paper, 15 px on screen
DEJAVU_BOX_EM = 1.164


def png_dpi(path):
    with open(path, "rb") as f:
        data = f.read()
    width = struct.unpack(">I", data[16:20])[0]
    at = 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"pHYs":
            x, y, unit = struct.unpack(">IIB", data[at + 8:at + 17])
            return width, (x * 0.0254 if unit == 1 else None), (y * 0.0254 if unit == 1 else None)
        at += 12 + length
    return width, None, None


def titles_of(captions):
    if not captions or not os.path.exists(captions):
        return []
    text = open(captions, encoding="utf-8").read()
    bold = re.findall(r"^\*\*(.+?)\.\*\*", text, re.M)
    plain = re.findall(r"^## .*\n\n(.+?)\.\n", text, re.M)
    return [t for t in bold + plain if len(t) > 12]


def words(text):
    return " ".join(text.split())


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    inches, folder = float(sys.argv[1]), sys.argv[2]
    titles = titles_of(sys.argv[3] if len(sys.argv) > 3 else os.path.join(folder, "captions.md"))
    defects, checked, smallest = [], 0, 99.0
    stems = sorted({os.path.splitext(p)[0] for ext in ("svg", "png", "pdf") for p in glob.glob(os.path.join(folder, "*." + ext))})
    for stem in stems:
        name = os.path.basename(stem)
        if os.path.exists(stem + ".png"):
            checked += 1
            width, dx, dy = png_dpi(stem + ".png")
            if dx is None or abs(dx - 300) > 0.5 or abs(dy - 300) > 0.5:
                defects.append(f"{name}.png: resolution {dx} x {dy} dpi in pHYs, want 300")
            if abs(width - inches * 300) > 2:
                defects.append(f"{name}.png: {width} px wide, want {inches * 300:.0f} (300 dpi at {inches} in)")
        if os.path.exists(stem + ".pdf"):
            checked += 1
            info = subprocess.run(["pdfinfo", stem + ".pdf"], capture_output=True, text=True, check=True).stdout
            size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
            if not size or abs(float(size.group(1)) - inches * 72) > 1:
                defects.append(f"{name}.pdf: page {size.group(0) if size else '?'}, want {inches * 72:.0f} pt wide")
            bbox = subprocess.run(["pdftotext", "-bbox", stem + ".pdf", "-"], capture_output=True, text=True, check=True).stdout
            found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', bbox)
            for x0, y0, x1, y1, word in found:
                w, h, n = float(x1) - float(x0), float(y1) - float(y0), len(html.unescape(word))
                # A word's box is its advance along the text and 1.164 em across it; the y label is turned a quarter,
                # so either side may be the font's. A side is the font's when the other is a plausible advance for the
                # word (0.25 to 1 em per character, DejaVu Sans averaging about 0.55); when both are, the larger reading is taken.
                def reading(low):
                    found = [side / DEJAVU_BOX_EM for side, along in ((h, w), (w, h)) if low <= along / (n * side / DEJAVU_BOX_EM) <= 1.0]
                    return max(found) if found else h / DEJAVU_BOX_EM
                # Too small: the kindest reading (narrow letters such as "is" average 0.25 em). Too large: the likely one.
                points, likely = reading(0.25), reading(0.4)
                smallest = min(smallest, points)
                if points < MIN_POINTS - 0.05:
                    defects.append(f"{name}.pdf: '{html.unescape(word)}' is {points:.1f} pt as printed, below {MIN_POINTS}")
                if likely > MAX_POINTS + 0.3 and n >= 4:
                    defects.append(f"{name}.pdf: '{html.unescape(word)}' is {likely:.1f} pt, above the {MAX_POINTS:g} pt labels (a baked-in title?)")
            text = words(html.unescape(" ".join(f[4] for f in found)))
            defects += [f"{name}.pdf: draws its title '{t}' (the caption carries it)" for t in titles if words(t) in text]
        if os.path.exists(stem + ".svg"):
            checked += 1
            svg = open(stem + ".svg", encoding="utf-8").read()
            width = re.search(r'<svg[^>]* width="([^"]+)"', svg)
            if not width or width.group(1) != f"{inches:g}in":
                defects.append(f"{name}.svg: width {width.group(1) if width else '?'}, want {inches:g}in")
            sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', svg)]
            if sizes:
                smallest = min(smallest, min(sizes))
            if sizes and min(sizes) < MIN_POINTS - 0.01:
                defects.append(f"{name}.svg: text at {min(sizes):g} pt, below {MIN_POINTS}")
            if sizes and max(sizes) > 8.01:
                defects.append(f"{name}.svg: text at {max(sizes):g} pt, above the 8 pt labels (a title?)")
            text = words(html.unescape(" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))))
            defects += [f"{name}.svg: draws its title '{t}' (the caption carries it)" for t in titles if words(t) in text]
    for d in defects:
        print("figures-check: " + d)
    if checked == 0:
        print(f"figures-check: no figure in {folder}")
        return 1
    if not defects:
        print(f"figures-check: {folder}: {checked} files of {len(stems)} figures at {inches:g} in: 300 dpi, page {inches * 72:.0f} pt wide, smallest text {smallest:.1f} pt, no titles")
    return 1 if defects else 0


if __name__ == "__main__":
    sys.exit(main())
