#!/usr/bin/env bash
# Renders every wizard page of a few real runs (healthy sshd, refused, closed at once, tarpit, cancelled)
# to PNGs under Xvfb, in a light, a dark and a high-contrast palette, for a person to review. Not compared pixel by pixel.
#   bash tests/gui/render-pages.sh BUILD_DIR OUTDIR [--lang de]
set -euo pipefail
build=${1:?usage: render-pages.sh BUILD_DIR OUTDIR [--lang de]}
out=${2:?usage: render-pages.sh BUILD_DIR OUTDIR [--lang de]}
shift 2
cmake --build "$build" --target render_pages
mkdir -p "$out"
for palette in "" --dark --contrast; do
    xvfb-run -a -s '-screen 0 1280x900x24' "$build/tests/gui/render_pages" "$out" $palette "$@"
done
