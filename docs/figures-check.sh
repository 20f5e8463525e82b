#!/usr/bin/env bash
# Checks the figure set the way a reader sees it: regenerates it (burstsim figures, in every format),
# checks each figure exists as SVG, PNG and PDF, loads every image of index.html in headless Chromium
# and fails when one is missing or does not decode, then leaves a screenshot of index.html to look at.
#
# Usage: docs/figures-check.sh [OUT_DIR]        (default OUT_DIR: /tmp/burstsim-figures)
# Needs: dotnet, chromium (Debian: apt-get install -y chromium). Optional in CI: not run by .ci/run.
# Environment: FIGURES_ARGS (e.g. "--quick" for a fast layout check), CHROMIUM (browser binary).
# Figures themselves need nothing beyond dotnet: fonts are bundled, PNG and PDF come from SkiaSharp.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/burstsim-figures}"
browser="${CHROMIUM:-chromium}"
command -v "$browser" >/dev/null || { echo "figures-check: $browser not found; install it with: sudo apt-get install -y chromium" >&2; exit 2; }

# shellcheck disable=SC2086 # FIGURES_ARGS is a list of options
dotnet run --project "$root/Scenarios" -c Release -- figures --out "$out" --format svg,png,pdf ${FIGURES_ARGS:-}

index="$out/index.html"
mapfile -t images < <(grep -o '<img src="[^"]*"' "$index" | sed 's/^<img src="//; s/"$//')
[ "${#images[@]}" -gt 0 ] || { echo "figures-check: index.html shows no images" >&2; exit 1; }

missing=0
for image in "${images[@]}"; do
  [ -s "$out/$image" ] || { echo "figures-check: missing image $image" >&2; missing=1; }
done
for svg in "$out"/figures/*.svg; do
  for ext in png pdf; do
    [ -s "${svg%.svg}.$ext" ] || { echo "figures-check: missing ${svg%.svg}.$ext" >&2; missing=1; }
  done
done
[ "$missing" -eq 0 ] || exit 1

# index.html has no scripts (by design), so a separate page beside it loads the same images and
# reports how many the browser could not decode (naturalWidth 0).
probe="$out/.figures-check.html"
trap 'rm -f "$probe"' EXIT
{
  echo '<!DOCTYPE html><html><body>'
  for image in "${images[@]}"; do echo "<img src=\"$image\">"; done
  echo '<script>window.addEventListener("load", function () {'
  echo '  var bad = Array.from(document.images).filter(function (i) { return !i.complete || i.naturalWidth === 0; }).map(function (i) { return i.getAttribute("src"); });'
  echo '  document.body.setAttribute("data-result", "images=" + document.images.length + " broken=" + bad.length + " " + bad.join(" "));'
  echo '});</script></body></html>'
} > "$probe"

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --virtual-time-budget=10000)
result="$("$browser" "${flags[@]}" --dump-dom "file://$probe" 2>/dev/null | grep -o 'data-result="[^"]*"' || true)"
echo "figures-check: $result"
case "$result" in
  *"images=${#images[@]} broken=0 "*) ;;
  *) echo "figures-check: Chromium could not show every image of index.html" >&2; exit 1 ;;
esac

shot="$out/index-screenshot.png"
"$browser" "${flags[@]}" --screenshot="$shot" --window-size=1400,2000 "file://$index" 2>/dev/null
[ -s "$shot" ] || { echo "figures-check: Chromium wrote no screenshot of index.html" >&2; exit 1; }
echo "figures-check: ok, ${#images[@]} images; screenshot $shot"
