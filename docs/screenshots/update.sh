#!/usr/bin/env bash
# Copies the pages the browser tests photographed (portal/target/screenshots, made by BrowserTest and
# AccessibilityTest in real headless Chromium) into this gallery, scaled down. Run after `mvn verify -pl portal`.
# Needs ImageMagick (Debian: imagemagick).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shots="$here/../../portal/target/screenshots"
[ -d "$shots" ] || { echo "no $shots: run the portal's browser tests first (mvn verify -pl portal)" >&2; exit 1; }
command -v convert >/dev/null || { echo "ImageMagick's convert is missing: apt-get install imagemagick" >&2; exit 1; }
pages=(
  a11y-zh-home a11y-en-home a11y-zh-search-facet a11y-en-search-facet a11y-zh-search-implied a11y-en-search-implied
  a11y-zh-facet-dialog a11y-en-facet-dialog a11y-zh-tab-quotations a11y-en-tab-quotations a11y-zh-tab-sources
  a11y-en-tab-sources a11y-zh-tab-documents a11y-en-tab-documents a11y-zh-sentence-search a11y-en-sentence-search
  a11y-zh-document a11y-en-document a11y-zh-source a11y-en-source a11y-zh-matrix a11y-en-matrix a11y-zh-cite
  a11y-en-cite a11y-zh-list a11y-en-list a11y-zh-not-found a11y-en-not-found a11y-zh-admin-login a11y-en-admin-login
  a11y-admin-documents-one a11y-admin-job 13-timeline-range 10-search-phone
)
for page in "${pages[@]}"; do
  [ -f "$shots/$page.png" ] || { echo "missing screenshot $page.png" >&2; exit 1; }
  convert "$shots/$page.png" -resize 50% -strip +dither -colors 96 "PNG8:$here/$page.png"
done
echo "wrote ${#pages[@]} screenshots to $here"
