#!/usr/bin/env bash
# Makes the scan family of the evaluation corpus: typeset corpus PDFs printed and scanned, as a user's scanner
# would give them — rasterised at 200 dpi in grey, turned by a slight angle, with sensor noise, JPEG-compressed and
# wrapped as image-only PDFs (no text layer). Each scan's gold is its source PDF's gold, producer "scan".
#
#   evaluation/make-scans.sh        # writes evaluation/corpus/scan-NAME.pdf and scan-NAME.gold.json
#
# Needs (Debian): apt-get install -y --no-install-recommends poppler-utils imagemagick img2pdf python3
# The angle and the noise are fixed per document (below), so a rerun gives the same pages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/corpus"
for c in pdftoppm convert img2pdf python3; do
  command -v "$c" >/dev/null || { echo "make-scans: $c missing: apt-get install poppler-utils imagemagick img2pdf python3" >&2; exit 2; }
done
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

# source document, angle in degrees (clockwise), noise attenuation
scans=(
  "tex-onecol-perpage-arabic 0.6 0.4"
  "lo-onecol-perpage-circled -0.4 0.3"
)
for entry in "${scans[@]}"; do
  read -r name angle noise <<<"$entry"
  echo "make-scans: $name (rotated $angle°, noise $noise)" >&2
  rm -f "$work"/*
  pdftoppm -r 200 -gray "$corpus/$name.pdf" "$work/page"
  for page in "$work"/page-*.pgm; do
    size=$(identify -format '%wx%h' "$page")
    convert "$page" -background white -rotate "$angle" -gravity center -extent "$size" \
      -seed 7 -attenuate "$noise" +noise Gaussian -quality 70 "${page%.pgm}.jpg"
  done
  img2pdf --pagesize A4 --producer "" -o "$corpus/scan-$name.pdf" "$work"/page-*.jpg
  python3 - "$corpus/$name.gold.json" "$corpus/scan-$name.gold.json" "scan-$name.pdf" <<'PY'
import json, sys
gold = json.load(open(sys.argv[1], encoding="utf-8"))
gold["file"] = sys.argv[3]
gold["producer"] = "scan"
json.dump(gold, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
done
ls -la "$corpus"/scan-* >&2
