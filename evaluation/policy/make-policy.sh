#!/usr/bin/env bash
# Makes the policy-document corpus: five Chinese policy texts written for the purpose (evaluation/policy/policy.py),
# typeset by LibreOffice Writer in four layouts (GB/T 9704 红头文件 of 2012 and of the 1999 style, a statute with
# chapters and articles, a plain web PDF, a white paper), each with a gold JSON made from the source text
# (never read back from the PDF).
#
#   evaluation/policy/make-policy.sh     # regenerate evaluation/policy/*.pdf and *.gold.json
#
# Steps: policy.py generate writes NAME.fodt (LibreOffice flat ODF) and NAME.gold.json into a scratch directory;
# soffice --headless --convert-to pdf typesets each; the PDFs and gold are copied here, replacing the old ones.
# Needs: python3, soffice (libreoffice-writer-nogui), fonts-noto-cjk (Noto Serif CJK SC, Noto Sans CJK SC),
# pdfinfo (poppler-utils). LibreOffice writes the conversion time into the PDF, so bytes differ between runs, text not.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
case "${1:-}" in
  "") ;;
  -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "make-policy: unknown option $1" >&2; exit 2 ;;
esac
for c in python3 soffice pdfinfo; do
  command -v "$c" >/dev/null || { echo "make-policy: $c missing (apt-get install python3 libreoffice-writer-nogui poppler-utils)" >&2; exit 2; }
done
for family in "Noto Serif CJK SC" "Noto Sans CJK SC"; do
  fc-list : family | grep -q "$family" || { echo "make-policy: font $family missing: apt-get install fonts-noto-cjk" >&2; exit 2; }
done

build="$(mktemp -d "${TMPDIR:-/tmp}/make-policy.XXXXXX")"
trap 'rm -rf "$build"' EXIT
python3 "$here/policy.py" generate "$build/src"
cd "$build/src"
for f in *.fodt; do
  # a profile of its own: a concurrent soffice (or a stale lock) never blocks the conversion
  soffice -env:UserInstallation="file://$build/lo-profile" --headless --convert-to pdf "$f" >/dev/null 2>&1
  [[ -s "${f%.fodt}.pdf" ]] || { echo "make-policy: soffice made no PDF from $f" >&2; exit 1; }
done

rm -f "$here"/*.pdf "$here"/*.gold.json
for gold in *.gold.json; do
  name="${gold%.gold.json}"
  cp "$name.pdf" "$gold" "$here/"
  pages=$(pdfinfo "$name.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  echo "make-policy: evaluation/policy/$name.pdf ($pages pages, $(( $(stat -c %s "$name.pdf") / 1024 )) KB) + $gold"
done
