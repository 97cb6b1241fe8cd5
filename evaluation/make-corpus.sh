#!/usr/bin/env bash
# Makes the layout-diversity corpus: test PDFs typeset by producers this project does not control, each with a
# gold JSON made from the source text it was typeset from (never read back from the PDF).
#
#   evaluation/make-corpus.sh                   # regenerate evaluation/corpus/*.pdf and *.gold.json
#   evaluation/make-corpus.sh --refresh-source  # first re-derive evaluation/source/pool.json from samples/*.pdf
#   evaluation/make-corpus.sh --only libreoffice # only one producer's documents (libreoffice or xelatex); the
#                                                # other producer's PDFs in evaluation/corpus/ stay as they are
#
# Steps:
#   1. source text: evaluation/source/pool.json holds the headings, paragraphs (with the offsets of their note
#      marks and the notes' texts) and tables of the two sample PDFs, as `bin/indexer extract` read them once.
#      It is committed and frozen, so the gold never changes when the extractor does; --refresh-source derives it
#      again (needs a build: mvn -B -o -DskipTests package).
#   2. evaluation/corpus.py generate writes one .fodt (LibreOffice flat ODF) or .tex (XeLaTeX + ctex) per document
#      plus NAME.gold.json; the document list (producer, layout, note style, which text) is DOCUMENTS in corpus.py.
#   3. soffice --headless --convert-to pdf (LibreOffice Writer: footnotes per page with circled numbers, continuous
#      arabic footnotes, endnotes, two-column sections around a full-width table, header and footer) and
#      xelatex, run twice for per-page footnote numbers (ctexart: \footnote with footmisc perpage, a two-column
#      journal page with a full-width title and abstract block, tables, fancyhdr running heads). A per-page
#      circled numbering is checked in the PDF (corpus.py relabel): LibreOffice headless can print a page's first
#      body mark with the previous page's number; then the labels are written into the .fodt and it is converted again.
#   4. PDFs and gold are copied to evaluation/corpus/ (committed: CI and `mvn verify` read them and need neither
#      LibreOffice nor TeX).
#
# Needs (Debian): apt-get install -y --no-install-recommends libreoffice-writer-nogui texlive-xetex \
#   texlive-lang-chinese texlive-latex-extra fonts-noto-cjk python3   (as root it installs what is missing)
# Fonts: Noto Serif/Sans CJK SC for both producers. Dates in the PDFs come from SOURCE_DATE_EPOCH where the
# producer honours it (XeTeX does; LibreOffice writes the conversion time), so bytes differ between runs, text not.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
refresh=0
only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --refresh-source) refresh=1 ;;
    --only) only="${2:-}"; shift
      [[ $only == libreoffice || $only == xelatex ]] || { echo "make-corpus: --only takes libreoffice or xelatex" >&2; exit 2; } ;;
    -h|--help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "make-corpus: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

need() { # $1 = command, $2 = Debian packages
  command -v "$1" >/dev/null && return
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "make-corpus: $1 missing; installing $2" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $2 >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $2 >/dev/null; }
  else
    echo "make-corpus: $1 missing. Install it: sudo apt-get install $2" >&2; exit 2
  fi
}
need python3 python3
need pdfinfo poppler-utils
[[ $only == xelatex ]] || need soffice "libreoffice-writer-nogui fonts-noto-cjk"
[[ $only == libreoffice ]] || need xelatex "texlive-xetex texlive-lang-chinese texlive-latex-extra fonts-noto-cjk"
if ! fc-list : family | grep "Noto Serif CJK SC" >/dev/null; then
  echo "make-corpus: the Noto CJK fonts are missing: apt-get install fonts-noto-cjk" >&2; exit 2
fi

build="$root/target/evaluation"
rm -rf "$build"; mkdir -p "$build/extract" "$build/src"

if [[ $refresh -eq 1 || ! -f "$here/source/pool.json" ]]; then
  for f in "$root"/samples/*.pdf; do
    "$root/bin/indexer" extract "$f" > "$build/extract/$(basename "$f" .pdf).json"
  done
  python3 "$here/corpus.py" source "$build"/extract/*.json
fi

python3 "$here/corpus.py" generate "$build/src"
case "$only" in  # the other producer's sources are not typeset
  libreoffice) rm -f "$build"/src/*.tex ;;
  xelatex) rm -f "$build"/src/*.fodt ;;
esac
export SOURCE_DATE_EPOCH=1764547200   # 2025-12-01, for the producers that honour it
cd "$build/src"
convert() { # a profile of its own per run: a concurrent soffice (or a stale lock) never blocks the conversion
  rm -f "${1%.fodt}.pdf"
  soffice -env:UserInstallation="file://$build/lo-profile-${1%.fodt}" --headless --convert-to pdf "$1" >/dev/null 2>&1
  [[ -s "${1%.fodt}.pdf" ]] || { echo "make-corpus: soffice made no PDF from $1" >&2; exit 1; }
}
shopt -s nullglob
for f in *.fodt; do
  convert "$f"
  if grep -q 'text:start-numbering-at="page"' "$f"; then
    # per-page numbers: LibreOffice headless may give a page's first body mark the previous page's number
    rc=0; python3 "$here/corpus.py" relabel "$f" "${f%.fodt}.pdf" || rc=$?
    if [[ $rc -eq 3 ]]; then
      convert "$f"
      python3 "$here/corpus.py" relabel "$f" "${f%.fodt}.pdf" || { echo "make-corpus: marks of $f still wrong" >&2; exit 1; }
    elif [[ $rc -ne 0 ]]; then exit 1; fi
  fi
done
for f in *.tex; do
  for pass in 1 2; do   # the second pass has the page of every footnote (footmisc perpage)
    xelatex -interaction=nonstopmode -halt-on-error "$f" >/dev/null 2>&1 \
      || { echo "make-corpus: xelatex failed on $f; see $build/src/${f%.tex}.log" >&2; exit 1; }
  done
done

mkdir -p "$here/corpus"
if [[ -z $only ]]; then
  rm -f "$here"/corpus/*.pdf "$here"/corpus/*.gold.json  # scans are made again by make-scans.sh
fi
for gold in *.gold.json; do
  name="${gold%.gold.json}"
  [[ -f $name.fodt || -f $name.tex ]] || continue  # a producer left out by --only
  cp "$name.pdf" "$gold" "$here/corpus/"
  pages=$(pdfinfo "$name.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  echo "make-corpus: evaluation/corpus/$name.pdf ($pages pages) + $gold"
done
