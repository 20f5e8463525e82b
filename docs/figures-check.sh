#!/usr/bin/env bash
# Checks the figure set the way a reader and a reviewer see it:
#  1. regenerates it (burstsim figures) in the screen style and in the paper style at 3.5 in and 7 in, and the paper
#     figures of one scenario through run (burstsim run paper-startup --style paper), every figure as SVG, PNG and PDF;
#  2. loads every image of each index.html in headless Chromium and fails when one is missing or does not decode;
#  3. checks every paper figure as printed (docs/figures-print-check.py): 300 dpi in the PNG's pHYs chunk and the PNG
#     and PDF page at the printed width, no text below 7 pt as printed (PDF words measured by pdftotext, SVG font sizes),
#     no baked-in title (each caption's title is looked for in the figure's text);
#  4. leaves screenshots of index.html at 1400 px and at phone width (390 px), and every PDF page rendered to PNG
#     (pdftoppm, 150 dpi) under OUT_DIR/pdf-pages/, to look at.
#
# Usage: docs/figures-check.sh [OUT_DIR]        (default OUT_DIR: /tmp/burstsim-figures)
# Needs: dotnet, python3, chromium, poppler-utils (pdfinfo, pdftotext, pdftoppm). On Debian the missing ones are
# installed with apt-get (as root, or through sudo). Optional in CI: not run by .ci/run.
# Environment: FIGURES_ARGS (e.g. "--quick" for a fast layout check), CHROMIUM (browser binary).
# Figures themselves need nothing beyond dotnet: fonts are bundled, PNG and PDF come from SkiaSharp.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/burstsim-figures}"
browser="${CHROMIUM:-chromium}"

# What the check runs with, installed when missing (Debian package names).
need=()
command -v "$browser" >/dev/null || need+=(chromium)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null && command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v python3 >/dev/null || need+=(python3)
if [ "${#need[@]}" -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v apt-get >/dev/null || { echo "figures-check: missing ${need[*]}; install them (Debian: apt-get install -y ${need[*]})" >&2; exit 2; }
  echo "figures-check: installing ${need[*]}" >&2
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  [ "${CHROMIUM:-}" ] || browser=chromium
fi

burstsim() { dotnet run --project "$root/Scenarios" -c Release -- "$@"; }
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --virtual-time-budget=10000)

# Every image of DIR/index.html exists, decodes in Chromium, and a screenshot at each width is written.
check_page() {
  local dir="$1" index="$1/index.html"
  mapfile -t images < <(grep -o '<img src="[^"]*"' "$index" | sed 's/^<img src="//; s/"$//')
  [ "${#images[@]}" -gt 0 ] || { echo "figures-check: $index shows no images" >&2; exit 1; }
  local missing=0 image svg ext
  for image in "${images[@]}"; do
    [ -s "$dir/$image" ] || { echo "figures-check: missing image $dir/$image" >&2; missing=1; }
  done
  for svg in "$dir"/figures/*.svg; do
    for ext in png pdf; do
      [ -s "${svg%.svg}.$ext" ] || { echo "figures-check: missing ${svg%.svg}.$ext" >&2; missing=1; }
    done
  done
  [ "$missing" -eq 0 ] || exit 1

  # index.html has no scripts (by design), so a separate page beside it loads the same images and
  # reports how many the browser could not decode (naturalWidth 0).
  local probe="$dir/.figures-check.html"
  {
    echo '<!DOCTYPE html><html><body>'
    for image in "${images[@]}"; do echo "<img src=\"$image\">"; done
    echo '<script>window.addEventListener("load", function () {'
    echo '  var bad = Array.from(document.images).filter(function (i) { return !i.complete || i.naturalWidth === 0; }).map(function (i) { return i.getAttribute("src"); });'
    echo '  document.body.setAttribute("data-result", "images=" + document.images.length + " broken=" + bad.length + " " + bad.join(" "));'
    echo '});</script></body></html>'
  } > "$probe"
  local result
  result="$("$browser" "${flags[@]}" --dump-dom "file://$probe" 2>/dev/null | grep -o 'data-result="[^"]*"' || true)"
  rm -f "$probe"
  echo "figures-check: $dir: $result"
  case "$result" in
    *"images=${#images[@]} broken=0 "*) ;;
    *) echo "figures-check: Chromium could not show every image of $index" >&2; exit 1 ;;
  esac

  local size shot
  for size in 1400,2000 390,2400; do
    shot="$dir/index-screenshot-${size%%,*}px.png"
    "$browser" "${flags[@]}" --hide-scrollbars --screenshot="$shot" --window-size="$size" "file://$index" 2>/dev/null
    [ -s "$shot" ] || { echo "figures-check: Chromium wrote no screenshot of $index at ${size%%,*} px" >&2; exit 1; }
  done
}

# Every PDF page of DIR/figures rendered to a PNG to look at (as a PDF viewer shows it).
render_pdfs() {
  local dir="$1" pages="$out/pdf-pages/$(basename "$1")" pdf
  mkdir -p "$pages"
  for pdf in "$dir"/figures/*.pdf; do
    pdftoppm -r 150 -png -singlefile "$pdf" "$pages/$(basename "${pdf%.pdf}")"
  done
}

# shellcheck disable=SC2086 # FIGURES_ARGS is a list of options
burstsim figures --out "$out/screen" --format svg,png,pdf ${FIGURES_ARGS:-}
check_page "$out/screen"
for width in 3.5 7; do
  # shellcheck disable=SC2086
  burstsim figures --out "$out/paper-${width}in" --style paper --width "${width}in" --format svg,png,pdf ${FIGURES_ARGS:-}
  check_page "$out/paper-${width}in"
  python3 "$root/docs/figures-print-check.py" "$width" "$out/paper-${width}in/figures" "$out/paper-${width}in/figures/captions.md"
  render_pdfs "$out/paper-${width}in"
done

burstsim run paper-startup --out "$out/run-paper-startup" --style paper --width 3.5in --figures svg,png,pdf >/dev/null
python3 "$root/docs/figures-print-check.py" 3.5 "$out/run-paper-startup/figures"
render_pdfs "$out/run-paper-startup"

echo "figures-check: ok; screenshots $out/*/index-screenshot-*px.png, PDF pages $out/pdf-pages/"
